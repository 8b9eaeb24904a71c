"""Themes: practice themes praised or criticised, read clause by clause."""

from __future__ import annotations

import pytest

from graph.extract.layout import segment
from graph.extract.records import THEMES
from graph.extract.themes import extract_themes


def themes(text: str) -> set[tuple[str, str]]:
    return {(t.theme, t.polarity) for t in extract_themes(segment(text))}


CASES = [
    ("Senior leaders have a clear and ambitious vision for the service.", "leadership", "strength"),
    (
        "High turnover of social workers means children see too many changes.",
        "workforce-stability",
        "weakness",
    ),
    ("The council has reduced its reliance on agency staff.", "workforce-stability", "strength"),
    ("Social workers said their caseloads were manageable.", "caseloads", "strength"),
    ("Some social workers carry caseloads that are too high.", "caseloads", "weakness"),
    ("Staff receive regular, reflective supervision.", "supervision", "strength"),
    ("Supervision is not always recorded or regular.", "supervision", "weakness"),
    ("Management oversight of casework is inconsistent.", "management-oversight", "weakness"),
    (
        "The council has an effective audit programme that leaders use well.",
        "quality-assurance",
        "strength",
    ),
    (
        "Performance data is not used well enough to understand practice.",
        "quality-assurance",
        "weakness",
    ),
    ("Case recording is poor in some teams.", "recording", "weakness"),
    ("Staff told inspectors they feel valued and well supported.", "culture", "strength"),
    (
        "Children benefit from creative direct work that helps them understand their history.",
        "direct-work",
        "strength",
    ),
    (
        "Children's views are not consistently captured in their plans.",
        "voice-of-the-child",
        "weakness",
    ),
    ("Practice is child-focused across the service.", "voice-of-the-child", "strength"),
    (
        "Workers pay careful attention to children's diversity and identity needs.",
        "cultural-sensitivity",
        "strength",
    ),
    (
        "Partnership working with the police and health is strong.",
        "partnership-working",
        "strength",
    ),
    ("There are delays in responding to referrals at the front door.", "front-door", "weakness"),
    ("Strategy discussions are timely and well attended.", "front-door", "strength"),
    ("The quality of assessments is variable.", "assessment", "weakness"),
    ("Child protection conferences are not always held on time.", "child-protection", "weakness"),
    (
        "The council should improve its use of the public law outline.",
        "pre-proceedings",
        "weakness",
    ),
    ("Most children in care live in stable placements.", "children-in-care", "strength"),
    (
        "Personal advisers know care leavers well and help them into work.",
        "care-leavers",
        "strength",
    ),
    ("Adoption work is strong and children find permanent homes quickly.", "adoption", "strength"),
    (
        "Inspectors found weak oversight of private fostering arrangements.",
        "private-fostering",
        "weakness",
    ),
    ("Services for disabled children need to be more responsive.", "disabled-children", "weakness"),
    ("Work to tackle child criminal exploitation is effective.", "exploitation", "strength"),
    (
        "Homeless 16- and 17-year-olds are not always offered an assessment of need.",
        "homeless-young-people",
        "weakness",
    ),
    ("Family hubs provide effective early help to families.", "early-help", "strength"),
    # Ofsted report language, in sentences written for these tests
    (
        "Managers have not had enough oversight of the work held in the duty team.",
        "management-oversight",
        "weakness",
    ),
    (
        "Management oversight is not always evident on case files.",
        "management-oversight",
        "weakness",
    ),
    ("Decisions to end involvement are not always recorded.", "recording", "weakness"),
    ("Social workers told us they felt valued by the council.", "culture", "strength"),
    (
        "Plans rarely reflect what children have told their social workers.",
        "voice-of-the-child",
        "weakness",
    ),
    (
        "The service has listened to young people and acted on what they said.",
        "voice-of-the-child",
        "strength",
    ),
    (
        "Leaders have an accurate understanding of their strengths and weaknesses.",
        "quality-assurance",
        "strength",
    ),  # noqa: E501
    (
        "The new panel has helped partners work together more effectively.",
        "partnership-working",
        "strength",
    ),
    ("Some workers carry very high caseloads.", "caseloads", "weakness"),
    ("Caseloads in the assessment teams are too high.", "caseloads", "weakness"),
    ("Senior managers have lost focus on the basics of practice.", "leadership", "weakness"),
    ("Turmoil in senior leadership has slowed progress.", "leadership", "weakness"),
    (
        "Children who go missing are not always offered a return home interview.",
        "exploitation",
        "weakness",
    ),
    ("Family help teams give timely support to parents.", "early-help", "strength"),
    ("Care plans are regularly reviewed and kept up to date.", "children-in-care", "strength"),
    ("Pathway plans are out of date for some young people.", "care-leavers", "weakness"),
    (
        "Thresholds are not consistently applied by partner agencies.",
        "front-door",
        "weakness",
    ),
    ("There is drift and delay in pre-proceedings work.", "pre-proceedings", "weakness"),
    ("Supervision is regular and reflective.", "supervision", "strength"),
    ("Social workers feel supported and enjoy working for the council.", "culture", "strength"),
    (
        "Families get a timely response when concerns are first raised.",
        "front-door",
        "strength",
    ),
    ("Some care leavers live in unsuitable accommodation.", "care-leavers", "weakness"),
    ("Care leavers live in suitable homes.", "care-leavers", "strength"),
]


def test_every_theme_has_a_case() -> None:
    assert {theme for _, theme, _ in CASES} == set(THEMES)


@pytest.mark.parametrize(("sentence", "theme", "polarity"), CASES)
def test_theme_and_polarity(sentence: str, theme: str, polarity: str) -> None:
    assert (theme, polarity) in themes(sentence)


def test_a_theme_word_without_an_evaluation_gives_nothing() -> None:
    text = (
        "The council runs a fostering service and an adoption team. "
        "Inspectors looked at referrals and assessments during the visit."
    )
    assert themes(text) == set()


def test_demands_for_improvement_are_weaknesses() -> None:
    assert ("assessment", "weakness") in themes(
        "Despite the progress, inspectors want to see assessments updated more regularly."
    )
    assert ("child-protection", "weakness") in themes(
        "Ofsted urged the council to improve the timeliness of child protection conferences."
    )


def test_the_main_clause_sets_the_polarity_of_a_leading_concession() -> None:
    text = (
        "Although the council has worked to reduce changes of social worker, such changes "
        "remain too frequent."
    )
    assert themes(text) == {("workforce-stability", "weakness")}


def test_each_clause_has_its_own_polarity() -> None:
    text = "Leaders are ambitious for children, but caseloads remain too high."
    assert themes(text) == {("leadership", "strength"), ("caseloads", "weakness")}


def test_a_relative_clause_does_not_lend_its_words() -> None:
    text = (
        "Managers make good use of performance information, which tells them what they need "
        "to do next."
    )
    assert themes(text) == {("quality-assurance", "strength")}


def test_a_list_introduced_by_a_criticism_continues_it() -> None:
    text = (
        "Some areas of practice still need improvement. These include work with disabled "
        "children and privately fostered children."
    )
    assert themes(text) == {("disabled-children", "weakness"), ("private-fostering", "weakness")}


def test_a_clause_that_states_a_grade_gives_a_judgement_not_a_theme() -> None:
    assert themes("Inspectors rated adoption support as good.") == set()


def test_evaluative_words_inside_a_theme_term_do_not_decide_another_theme() -> None:
    text = "Workforce stability and recruitment of permanent staff remain challenges."
    assert themes(text) == {("workforce-stability", "weakness")}


def test_the_title_is_not_read_and_furniture_never_is() -> None:
    text = (
        "Strong leadership praised\n\nThe report was published today.\n\n"
        "Support for your practice\nCheck out our supervision hub, available to all subscribers.\n"
    )
    assert themes(text) == set()


def test_spans_are_clauses_of_the_text() -> None:
    text = "Leaders are ambitious for children, but caseloads remain too high."
    doc = segment(text)
    spans = {t.theme: text[t.span.start : t.span.end] for t in extract_themes(doc)}
    assert spans == {
        "leadership": "Leaders are ambitious for children",
        "caseloads": "caseloads remain too high.",
    }


def test_too_meaning_also_is_no_criticism() -> None:
    assert themes("Leaders were praised too.") == {("leadership", "strength")}


def test_feelings_of_the_speaker_are_not_an_evaluation() -> None:
    assert themes("The director said she was proud and pleased with the leadership team.") == set()


def test_intentions_and_pleasantries_are_not_findings() -> None:
    text = (
        "The council said it was committed to improving services for care leavers. "
        "The report is good news for children in care."
    )
    assert themes(text) == set()


def test_a_turn_without_a_theme_of_its_own_decides_the_clause_before() -> None:
    assert themes("Supervision happens monthly but is rarely reflective.") == {
        ("supervision", "weakness")
    }
    # a turn that names its own theme leaves the first clause alone
    assert themes("Leaders are ambitious for children, but caseloads remain too high.") == {
        ("leadership", "strength"),
        ("caseloads", "weakness"),
    }


def test_a_demand_carries_to_the_next_clause_joined_by_and() -> None:
    text = (
        "Ofsted said the council must improve the timeliness of assessments, and the quality "
        "of pathway plans for care leavers."
    )
    assert themes(text) == {("assessment", "weakness"), ("care-leavers", "weakness")}
    text = (
        "Inspectors said the council needed to speed up strategy discussions, and to make sure "
        "care plans are reviewed."
    )
    assert themes(text) == {("front-door", "weakness"), ("children-in-care", "weakness")}


def test_items_after_areas_for_improvement_are_weaknesses() -> None:
    text = (
        "The letter sets out three areas for improvement: the timeliness of child protection "
        "conferences, the use of the public law outline, and support for children who go "
        "missing."
    )
    assert themes(text) == {
        ("child-protection", "weakness"),
        ("pre-proceedings", "weakness"),
        ("exploitation", "weakness"),
    }


def test_praise_does_not_carry_to_a_plain_clause_joined_by_and() -> None:
    text = "Leaders are ambitious for children, and the council runs an adoption team."
    assert themes(text) == {("leadership", "strength")}


def test_not_yet_is_no_turn_of_argument() -> None:
    text = "Its response to children at risk of exploitation is not yet consistently effective."
    assert themes(text) == {("exploitation", "weakness")}


def test_complex_needs_alone_are_not_disability() -> None:
    text = "Too few children with complex needs are considered for adoption."
    assert ("disabled-children", "weakness") not in themes(text)


def test_words_of_a_framework_s_name_are_no_theme() -> None:
    text = (
        "An unannounced inspection of contact, referral and assessment arrangements found "
        "good practice."
    )
    assert themes(text) == set()


def test_a_clear_vision_is_praise() -> None:
    assert themes("Leaders have a clear vision for the service.") == {("leadership", "strength")}


def test_deserve_better_is_a_criticism() -> None:
    assert themes("Care leavers in the county deserve better.") == {("care-leavers", "weakness")}


def test_a_role_title_in_an_attribution_is_no_leadership_theme() -> None:
    text = '"Adoption work is strong," said chief executive Jo Bell.'
    assert themes(text) == {("adoption", "strength")}
    assert themes("The chief executive has been effective in driving change.") == {
        ("leadership", "strength")
    }


def test_the_multi_agency_safeguarding_hub_is_the_front_door_not_partnership() -> None:
    text = "Thresholds are not consistently applied in the multi-agency safeguarding hub."
    assert themes(text) == {("front-door", "weakness")}
    assert themes("Multi-agency working is strong.") == {("partnership-working", "strength")}


def test_a_turn_that_reports_a_new_finding_leaves_the_praise_before_it() -> None:
    text = (
        "The review found effective partnership working in the hub, but warned that too many "
        "families are passed between teams."
    )
    assert themes(text) == {("partnership-working", "strength")}


def test_practice_that_takes_time_or_that_caseloads_allow_is_praise() -> None:
    assert themes("Practitioners take time to find out what children think about their lives.") == {
        ("voice-of-the-child", "strength")
    }
    assert themes("Caseloads allow workers to build relationships with families.") == {
        ("caseloads", "strength")
    }
    assert themes("Caseloads do not allow workers to visit children often enough.") == {
        ("caseloads", "weakness")
    }


def test_a_burden_made_smaller_is_a_strength_but_not_a_plan_to_reduce_it() -> None:
    assert themes("The council has cut caseloads and recruited more permanent staff.") == {
        ("caseloads", "strength"),
        ("workforce-stability", "strength"),
    }
    assert themes("Staff turnover has fallen steadily since the spring.") == {
        ("workforce-stability", "strength")
    }
    assert themes("The service plans to reduce caseloads.") == set()
    assert themes("Caseloads will be reduced next year.") == set()


def test_knowing_or_auditing_something_does_not_evaluate_it() -> None:
    text = "Managers have a good understanding of the quality of work with care leavers."
    assert themes(text) == {("quality-assurance", "strength")}


def test_the_longest_term_wins_and_team_names_are_no_practice() -> None:
    assert themes("The children in care council has a real influence on services.") == {
        ("voice-of-the-child", "strength")
    }
    assert themes("Staff in the assessment team say their caseloads are manageable.") == {
        ("caseloads", "strength")
    }
    assert themes("Agency staff in the children in care teams have been replaced.") == set()


def test_a_child_s_culture_faith_and_identity_are_cultural_sensitivity() -> None:
    assert themes("Plans do not reflect children's faith, culture and language.") == {
        ("cultural-sensitivity", "weakness")
    }
    assert themes(
        "Workers should attend more closely to children's cultural and religious needs."
    ) == {("cultural-sensitivity", "weakness")}
    assert themes("There is a positive culture in which staff feel valued.") == {
        ("culture", "strength")
    }


def test_working_relationships_and_partners_as_subject_are_partnership() -> None:
    assert themes("Working relationships with the police and schools are strong.") == {
        ("partnership-working", "strength")
    }
    assert themes("Partners across the county share information effectively.") == {
        ("partnership-working", "strength")
    }


def test_managers_some_words_before_oversight() -> None:
    text = "Team managers do not consistently provide the oversight that workers need."
    assert themes(text) == {("management-oversight", "weakness")}


def test_an_improvement_plan_is_no_praise_by_itself() -> None:
    assert themes("The council is working with the DfE on its improvement plan.") == set()
    assert themes("The improvement plan is making a real difference for children.") == {
        ("leadership", "strength")
    }


def test_a_settled_team_of_social_workers_is_workforce_stability() -> None:
    assert themes("The council now has a settled team of social workers.") == {
        ("workforce-stability", "strength")
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The council has been unable to recruit enough permanent social workers.",
            {("workforce-stability", "weakness")},
        ),
        ("Thresholds are applied appropriately at the front door.", {("front-door", "strength")}),
        (
            "Thresholds are not applied appropriately at the front door.",
            {("front-door", "weakness")},
        ),
        ("Case records are up to date and clearly written.", {("recording", "strength")}),
        ("Staff morale is high and workers enjoy working here.", {("culture", "strength")}),
        ("Morale is low among social workers.", {("culture", "weakness")}),
        ("There is a culture of high support and high challenge.", {("culture", "strength")}),
        (
            "The voice of the child is not evident in plans.",
            {("voice-of-the-child", "weakness")},
        ),
    ],
)
def test_more_of_the_inspectorate_s_ways_of_praising_and_criticising(
    sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert themes(sentence) == expected


def test_more_words_of_praise_and_criticism() -> None:
    assert themes("The council's work with care leavers is exemplary.") == {
        ("care-leavers", "strength")
    }
    assert themes("Return home interviews are patchy and superficial.") == {
        ("exploitation", "weakness")
    }
    assert themes("The multi-agency safeguarding hub was overwhelmed by referrals.") == {
        ("front-door", "weakness")
    }
    assert themes("Inspectors criticised drift in some child protection cases.") == {
        ("child-protection", "weakness")
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # numbers of cases a worker carries
        (
            "Some social workers in the assessment service were carrying more than 30 cases.",
            {("caseloads", "weakness")},
        ),
        ("Workers in the duty team hold up to 28 children each.", {("caseloads", "weakness")}),
        ("Most social workers now carry around 15 children.", set()),
        # agency staff as a share of the workforce, and many workers in a year
        (
            "Inspectors found that almost half of social workers were agency staff.",
            {("workforce-stability", "weakness")},
        ),
        (
            "Some children had had as many as five social workers in a year.",
            {("workforce-stability", "weakness")},
        ),
        # sharing information and involving other agencies
        (
            "The hub has led to better information sharing between police and the council.",
            {("partnership-working", "strength")},
        ),
        (
            "Strategy discussions do not always involve health professionals.",
            {("front-door", "weakness"), ("partnership-working", "weakness")},
        ),
        # a statutory body's name, and what Ofsted does not grade, are no findings
        ("The Rochdale Safeguarding Children Partnership is not inspected by Ofsted.", set()),
        # knowing frontline practice
        (
            "Senior managers had little understanding of frontline practice.",
            {("leadership", "weakness"), ("quality-assurance", "weakness")},
        ),
        # children at the centre of the work; their own views
        (
            "Children are at the centre of everything social workers do.",
            {("voice-of-the-child", "strength")},
        ),
        (
            "Young people's own views were not always recorded or acted on.",
            {("voice-of-the-child", "weakness"), ("recording", "weakness")},
        ),
        # children seen quickly once referred
        ("Children are seen quickly once concerns are referred.", {("front-door", "strength")}),
        # why decisions were taken, on case files
        (
            "Team managers did not always record on case files why decisions had been made.",
            {("recording", "weakness")},
        ),
        (
            "Planning for disabled young people moving to adult services should start earlier.",
            {("disabled-children", "weakness")},
        ),
        # health assessments are children's health, not social work assessments
        (
            "Some children in care waited too long for their health assessments.",
            {("children-in-care", "weakness")},
        ),
        (
            "The corporate parenting panel is ambitious for care leavers.",
            {("leadership", "strength"), ("care-leavers", "strength")},
        ),
    ],
)
def test_ways_reports_describe_practice(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert themes(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Leaders have a relentless focus on children's experiences.",
            {("leadership", "strength")},
        ),
        (
            "Senior leaders are unwavering in their commitment to early help.",
            {("leadership", "strength"), ("early-help", "strength")},
        ),
        ("Care leavers are well supported by personal advisers.", {("care-leavers", "strength")}),
        (
            "Children in care are helped to stay in touch with their families.",
            {("children-in-care", "strength")},
        ),
        ("Social workers are skilled and compassionate.", set()),
        (
            "Skilled and compassionate foster carers look after children in care.",
            {("children-in-care", "strength")},
        ),
        # not praise
        (
            "Children in care are not supported to keep in touch with their families.",
            {("children-in-care", "weakness")},
        ),
        ("Caseloads are under relentless pressure.", {("caseloads", "weakness")}),
    ],
)
def test_more_praise_in_the_inspectorate_s_words(
    sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert themes(sentence) == expected


def test_what_inspectors_looked_at_is_no_finding() -> None:
    text = (
        "Inspectors spent a week in Leeds, looking at how children in care are supported and "
        "at how well leaders know their services."
    )
    assert themes(text) == set()
    assert themes("The visit examined whether care leavers are well supported.") == set()
    # a finding after the scope is kept
    text = "Inspectors looked at care leavers' services and found them well supported."
    assert themes(text) == {("care-leavers", "strength")}


def test_bullet_items_take_the_evaluation_of_the_line_that_introduces_them() -> None:
    text = (
        "Ofsted's verdict\n\nInspectors identified areas where the council could improve further:\n"
        "- the timeliness of strategy discussions\n- planning for care leavers' housing\n"
    )
    assert themes(text) == {("front-door", "weakness"), ("care-leavers", "weakness")}
    text = (
        "Ofsted's verdict\n\nThe council needs to improve:\n"
        "- making good supervision consistent across teams\n"
    )
    assert themes(text) == {("supervision", "weakness")}
    text = "Ofsted's verdict\n\nInspectors praised:\n- the early help offer\n- direct work\n"
    assert themes(text) == {("early-help", "strength"), ("direct-work", "strength")}
    text = (
        "Ofsted's verdict\n\nInspectors found that:\n- leaders are ambitious\n"
        "- some assessments are too brief\n"
    )
    assert themes(text) == {("leadership", "strength"), ("assessment", "weakness")}


def test_items_under_a_plain_line_or_after_the_list_take_nothing_from_it() -> None:
    text = "Ofsted's verdict\n\nThe council has three teams:\n- the assessment team\n- adoption\n"
    assert themes(text) == set()
    text = (
        "Ofsted's verdict\n\nAreas for improvement:\n- strategy discussions\n\n"
        "The council runs an adoption service.\n"
    )
    assert themes(text) == {("front-door", "weakness")}


def test_plans_some_words_after_will_are_intentions() -> None:
    assert themes("We will be asking the trust for a clear plan on exploitation.") == set()
    text = "The council is going to set up a strong new team for care leavers."
    assert themes(text) == set()
    # a finding reported after the intention is kept
    text = "The mayor will be pleased that inspectors found supervision effective."
    assert themes(text) == {("supervision", "strength")}


def test_a_clause_with_its_own_subject_takes_no_demand_from_the_one_before() -> None:
    text = (
        "We know caseloads are too high in some teams, and we are recruiting eight more social "
        "workers to bring them down."
    )
    assert themes(text) == {("caseloads", "weakness")}
    text = "Ofsted said supervision must improve, and the council has since hired new managers."
    assert themes(text) == {("supervision", "weakness")}


def test_knowing_where_practice_must_improve_is_praise_of_the_knowing() -> None:
    text = "Leaders have an accurate understanding of where practice needs to improve."
    assert ("quality-assurance", "strength") in themes(text)
    text = "Managers had little understanding of what was happening on the front line."
    assert ("quality-assurance", "weakness") in themes(text)


def test_a_firm_grip_is_praise() -> None:
    assert themes("Managers now have a much firmer grip on the front door.") == {
        ("front-door", "strength")
    }


def test_a_turn_leaves_the_praise_of_knowing_alone() -> None:
    text = "Leaders know their services well, but the pace of change has been too slow."
    assert themes(text) == {("leadership", "weakness"), ("quality-assurance", "strength")}
    # a turn still decides the practice before it
    assert themes("Audits are regular but rarely lead to change.") == {
        ("quality-assurance", "weakness")
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # feelings quoted from staff
        ("Social workers said they felt “listened to and valued”.", {("culture", "strength")}),
        # children's views heard, workers who listen to them
        (
            "Their views are “clearly heard” in reviews, inspectors said of children in care.",
            {("voice-of-the-child", "strength")},
        ),
        (
            "Children told inspectors that their social workers ‘really listen’ to them.",
            {("voice-of-the-child", "strength")},
        ),
        # risk recognised at the first contact
        (
            "Children at risk of harm were not always identified quickly enough.",
            {("front-door", "weakness")},
        ),
        ("Children at risk are identified quickly.", {("front-door", "strength")}),
        ("Children at risk were “not always identified”.", {("front-door", "weakness")}),
        # risk of exploitation is the exploitation theme alone
        (
            "Children at risk of sexual exploitation were not routinely identified.",
            {("exploitation", "weakness")},
        ),
        # leaders knowing how practice stands
        (
            "Leaders were too slow to recognise how far practice had declined.",
            {("leadership", "weakness"), ("quality-assurance", "weakness")},
        ),
        # other agencies' staff
        (
            "Some health staff were unclear about when to refer concerns.",
            {("partnership-working", "weakness")},
        ),
    ],
)
def test_findings_in_other_words(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert themes(sentence) == expected
