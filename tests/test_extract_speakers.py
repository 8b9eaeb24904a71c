"""Speaker and role attribution, on sentences written for these tests in the styles of
news reports, trade press, BBC reports and council press releases; and on the seed
articles (read from ../shared) against their gold."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from graph import gazetteer
from graph.evaluate import speaker_key, token_f1
from graph.extract import layout, quotes, speakers
from graph.extract.records import CouncilMention, Span, Speaker

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GAZ = gazetteer.load()


def code(name: str) -> str:
    council = GAZ.resolve(name)
    assert council is not None, name
    return council.dfe_code


def mentions_of(text: str, names: tuple[str, ...]) -> list[CouncilMention]:
    """Council mentions as the councils extractor gives them: each printed name, resolved."""
    out = []
    for name in names:
        for m in re.finditer(re.escape(name), text):
            out.append(CouncilMention(code(name), Span(m.start(), m.end())))
    return out


def said(text: str, *councils: str) -> dict[str, Speaker | None]:
    """Quotation text -> its speaker."""
    doc = layout.segment(text)
    found = speakers.attribute(doc, quotes.find_quotes(doc), mentions_of(text, councils), GAZ)
    return {text[q.span.start : q.span.end]: q.speaker for q in found}


def who(text: str, *councils: str) -> list[tuple[str | None, str | None, str | None]]:
    """(name, role, organisation) of each quotation's speaker, in order."""
    return [
        (s.name, s.role, s.organisation) if s else (None, None, None)
        for s in said(text, *councils).values()
    ]


# -- where the attribution stands --------------------------------------------------------


def test_name_role_said_colon() -> None:
    text = (
        "Kent County Council was rated good.\n"
        "Cllr Jane Smith, cabinet member for children and families, said: “We accept the "
        "findings in full.”"
    )
    assert who(text, "Kent County Council") == [
        ("Jane Smith", "cabinet member for children and families", code("Kent"))
    ]


def test_said_name_role_after_the_quotation() -> None:
    text = (
        "“We accept the findings,” said Tom Hughes, Derby City Council's director of "
        "children's services."
    )
    assert who(text, "Derby City Council") == [
        ("Tom Hughes", "director of children's services", code("Derby"))
    ]


def test_role_name_said_and_surname_added() -> None:
    text = (
        "Oldham was inspected in May.\n"
        "Oldham's children's services portfolio holder Amir Khan said the council had "
        "listened.\n"
        "“We have a clear plan and the staff to deliver it,” Khan added."
    )
    assert who(text, "Oldham") == [
        ("Amir Khan", "children's services portfolio holder", code("Oldham"))
    ]


def test_role_before_name_with_title_dropped() -> None:
    text = "Cornwall Council was praised.\nDeputy leader Cllr Ann Lee said: “It is a proud day.”"
    assert who(text, "Cornwall Council") == [("Ann Lee", "Deputy leader", code("Cornwall"))]


def test_a_role_ending_in_and_is_someone_elses() -> None:
    text = (
        "Inspectors praised the director of children's services, and Jane Smith said the "
        "result was “deserved”."
    )
    assert who(text) == [("Jane Smith", None, None)]


def test_role_in_place_and_at_the_council() -> None:
    text = (
        "Essex was rated outstanding in March.\n"
        "Councillor Guy Bell, cabinet member with responsibility for young carers in Essex, "
        "said the result was a “credit to everyone who works with families”.\n"
        "Mary Cole, director of children and family services at the council, added: “We are "
        "so proud.”"
    )
    assert who(text, "Essex") == [
        ("Guy Bell", "cabinet member with responsibility for young carers", code("Essex")),
        ("Mary Cole", "director of children and family services", code("Essex")),
    ]


def test_a_named_council_after_the_role_is_its_organisation() -> None:
    text = "“Our staff deserve this,” said Ian Ward, leader of Birmingham City Council."
    assert who(text, "Birmingham City Council") == [("Ian Ward", "leader", code("Birmingham"))]


def test_according_to_and_told() -> None:
    text = (
        "Leaders have a “firm grip” on practice, according to the report.\n"
        "Rita Bose, Hull City Council's director of children's services, told the BBC: "
        "“Our staff deserve this.”"
    )
    assert who(text, "Hull City Council") == [
        ("Ofsted", None, "ofsted"),
        ("Rita Bose", "director of children's services", code("Hull")),
    ]


def test_states_the_report_and_it_adds() -> None:
    text = (
        "“Leaders know their services well and act on what they learn,” states the report.\n"
        "“Children are seen quickly when concerns are raised,” it adds.\n"
        "It adds that “too many care leavers are not in work”."
    )
    assert [w[0] for w in who(text)] == ["Ofsted", "Ofsted", "Ofsted"]


def test_interrupted_quotation_keeps_its_speaker() -> None:
    text = "“We are pleased,” said Jo Brown, “but there is more to do for our families.”"
    assert [w[0] for w in who(text)] == ["Jo Brown", "Jo Brown"]


def test_the_speaker_span_points_at_the_words_naming_the_speaker() -> None:
    text = (
        "Oldham's portfolio holder Amir Khan said the council had listened.\n"
        "“We have a clear plan,” Khan added.\n"
        "“Leaders act on what they learn,” states the report."
    )
    spans = [text[s.span.start : s.span.end] for s in said(text, "Oldham").values()]
    assert spans == ["Khan", "the report"]


# -- pronouns, role nouns and following paragraphs ----------------------------------------


def test_pronoun_and_role_noun_go_back_to_the_person() -> None:
    text = (
        "Bury Council's director, Anna Bell, said she was “thrilled” with the verdict.\n"
        "“It is a team effort across the whole council,” she said.\n"
        "“Nobody here takes it for granted,” the director said."
    )
    assert who(text, "Bury Council") == [("Anna Bell", "director", code("Bury"))] * 3


def test_a_pronoun_skips_names_that_are_not_people() -> None:
    text = (
        "Speaking to BBC Radio Kent, Ann Hale said the council had “turned a corner”.\n"
        "“We are proud of our staff,” she said."
    )
    assert [w[0] for w in who(text)] == ["Ann Hale", "Ann Hale"]


def test_a_role_noun_before_the_person_is_named() -> None:
    text = (
        "A council leader has hailed the “remarkable turnaround” of children's services.\n"
        "Cllr Ian Hale, leader of Oxfordshire County Council, told the Oxford Mail: “I want to "
        "thank every member of staff.”\n"
        "Inspectors said the service had improved under the leadership of director Lucy Butts.\n"
        "Ms Butts said: “I am immensely proud of our teams.”"
    )
    oxon = code("Oxfordshire")
    assert who(text, "Oxfordshire") == [
        ("Ian Hale", "leader", oxon),
        ("Ian Hale", "leader", oxon),
        ("Lucy Butts", "director", oxon),
    ]


def test_an_unattributed_quotation_paragraph_belongs_to_the_previous_speaker() -> None:
    text = (
        "“We have turned the service around,” said Priya Shah, corporate director for "
        "children.\n"
        "“Our social workers stay with us now and families notice the difference.”\n"
        "The council was inspected in June."
    )
    assert [w[0] for w in who(text)] == ["Priya Shah", "Priya Shah"]


def test_a_run_on_quotation_takes_the_speaker_of_its_first_paragraph() -> None:
    text = (
        "Director of children's services Sam Ray said: “This is the result of hard work.\n\n"
        "“Our staff have stayed with us.\n\n"
        "“We are not complacent.”"
    )
    assert who(text) == [("Sam Ray", "Director of children's services", None)]


# -- partial quotations in reported speech -----------------------------------------------


def test_partial_quotations_in_reported_speech() -> None:
    text = (
        "Sefton was inspected in May.\n"
        "Sefton's lead member for children, Tom Ray, praised the “tremendous effort” of "
        "staff.\n"
        "Ofsted said that early help was one of the council's “key strengths”.\n"
        "Inspectors found the council “knows itself well” and urged it to ensure “swifter "
        "action for disabled children”."
    )
    got = said(text, "Sefton")
    assert got["tremendous effort"].name == "Tom Ray"
    assert got["tremendous effort"].role == "lead member for children"
    for fragment in ("key strengths", "knows itself well", "swifter action for disabled children"):
        s = got[fragment]
        assert (s.name, s.kind, s.organisation) == ("Ofsted", "inspectorate", "ofsted")


@pytest.mark.parametrize(
    "subject",
    ["Ofsted", "The report", "Inspectors", "The inspectorate", "The watchdog", "Ofsted's report"],
)
def test_every_way_of_naming_ofsted_is_one_speaker(subject: str) -> None:
    text = f"{subject} said the council had made “significant progress” since 2019."
    [s] = said(text).values()
    assert (s.name, s.kind, s.organisation) == ("Ofsted", "inspectorate", "ofsted")


def test_participle_and_sentence_subject() -> None:
    text = (
        "Wigan was inspected in May.\n"
        "Inspectors raised concerns about the front door, saying “too many referrals wait "
        "for days”.\n"
        "Cllr Jo Platt raised the “inconsistent” quality of plans with the cabinet."
    )
    assert [w[0] for w in who(text, "Wigan")] == ["Ofsted", "Jo Platt"]


def test_the_subject_of_a_passive_sentence_is_not_the_speaker() -> None:
    text = (
        "Ofsted inspected Wigan in May.\n"
        "Wigan Council was praised for its “relentless” focus on early help."
    )
    assert who(text, "Wigan") == [("Ofsted", None, "ofsted")]


def test_the_report_on_a_council_is_ofsted_and_relative_clauses_are_skipped() -> None:
    text = (
        "Ofsted's report on the council said leaders were “determined to improve”.\n"
        "Inspectors who visited the council in March said services were “improving”.\n"
        "The leader of the council said she was “proud of the staff”."
    )
    assert [w[0] for w in who(text)] == ["Ofsted", "Ofsted", None]


def test_passive_praise_by_ofsted() -> None:
    text = "The council has been praised by Ofsted for its “relentless focus” on children."
    assert who(text) == [("Ofsted", None, "ofsted")]


def test_an_unattributed_fragment_in_an_inspection_report_story_is_ofsteds() -> None:
    text = (
        "Inspectors visited Dudley in March.\n"
        "Staff now work in an “open and supportive” culture and caseloads are lower."
    )
    assert who(text, "Dudley") == [("Ofsted", None, "ofsted")]


# -- councils and organisations as speakers ----------------------------------------------


def test_a_council_speaks_as_a_body() -> None:
    text = (
        "Leeds City Council was rated outstanding.\n"
        "Council leaders said they were “particularly pleased” with the care leavers "
        "judgement.\n"
        "In a statement, the council said: “We thank our staff and partners for their work.”\n"
        "A council spokesperson said: “We will keep improving.”"
    )
    got = who(text, "Leeds City Council")
    leeds = code("Leeds")
    assert got == [
        ("Leeds City Council", "council leaders", leeds),
        ("Leeds City Council", None, leeds),
        ("Leeds City Council", "council spokesperson", leeds),
    ]
    assert all(s.kind == "council" for s in said(text, "Leeds City Council").values())


def test_a_council_named_as_the_speaker() -> None:
    text = "Tameside Council said in a statement: “We acknowledge the report and its findings.”"
    [s] = said(text, "Tameside Council").values()
    assert (s.kind, s.organisation) == ("council", code("Tameside"))


def test_the_chief_inspector_is_a_person_at_ofsted() -> None:
    text = "Ofsted’s chief inspector, Martyn Oliver, said: “Too many children wait for help.”"
    [s] = said(text).values()
    assert (s.name, s.kind, s.role, s.organisation) == (
        "Martyn Oliver",
        "person",
        "chief inspector",
        "ofsted",
    )


def test_national_organisations() -> None:
    text = "A Department for Education spokesperson said: “We will not hesitate to intervene.”"
    [s] = said(text).values()
    assert (s.name, s.kind) == ("Department for Education", "organisation")


# -- when not to guess ----------------------------------------------------------------------


def test_unknown_speakers_are_left_unknown() -> None:
    text = (
        "Ofsted rated the service inadequate.\n"
        "Campaigners said the decision was “a betrayal of vulnerable children”.\n"
        "A parent told the local paper: “Nobody listened to us for years and years.”\n"
        "There has been a rise in young people talking about ‘coming out’, the helpline "
        "has revealed.\n"
        "“We are pleased,” she said."
    )
    got = said(text)
    assert len(got) == 4
    assert all(s is None for s in got.values())


def test_the_council_with_no_council_named_is_unknown() -> None:
    assert who("The council said: “We accept the findings of the report.”") == [(None, None, None)]


def test_titles_are_dropped_from_names() -> None:
    text = (
        "Professor Dame Sue Black said: “It is a good day.”\n"
        "Dr Tom O'Brien, chair of the safeguarding partnership, added: “We agree with it.”\n"
        "“It matters,” Mr O'Brien said."
    )
    assert [w[0] for w in who(text)] == ["Sue Black", "Tom O'Brien", "Tom O'Brien"]
    assert who(text)[1][1] == "chair of the safeguarding partnership"


def test_genre_words_are_not_names() -> None:
    text = (
        "Children's Services Director Jo Hart said: “We are ready.”\n"
        "The Leicester Mercury reported that Social Workers were “exhausted”."
    )
    got = who(text)
    assert got[0][:2] == ("Jo Hart", "Children's Services Director")
    assert got[1] == (None, None, None)  # a newspaper reporting is not a speaker we know


# -- the seed articles against their gold -------------------------------------------------


def test_seed_articles_speakers_and_roles_match_gold() -> None:
    gold_files = sorted((SHARED / "gold" / "seeds").glob("*.yaml"))
    assert gold_files, "no seed gold under ../shared"
    names = tuple(sorted({f for f in GAZ.surface_forms()}, key=len, reverse=True))
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    speaker_ok = speaker_total = role_ok = role_total = 0
    for path in gold_files:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        text = (SHARED / "corpus" / "seeds" / gold["article"]).read_text(encoding="utf-8")
        mentions = []
        for m in pattern.finditer(text):
            council = GAZ.resolve(m.group())
            if council is not None:
                mentions.append(CouncilMention(council.dfe_code, Span(m.start(), m.end())))
        doc = layout.segment(text)
        found = speakers.attribute(doc, quotes.find_quotes(doc), mentions, GAZ)
        by_span = {(q.span.start, q.span.end): q.speaker for q in found}
        for g in gold.get("quotes") or []:
            s = by_span.get((g["start"], g["end"]))
            right = speaker_key(g["speaker"]) == speaker_key(s.name if s else None)
            speaker_total += 1
            speaker_ok += right
            if right and g.get("role"):
                role_total += 1
                role_ok += token_f1(g["role"], s.role) >= 0.5
    assert speaker_ok / speaker_total >= 0.95
    assert role_ok / role_total >= 0.85


# -- titles, organisations and roles as the genre prints them -----------------------------


@pytest.mark.parametrize("title", ["Coun", "Cllr.", "Councillor", "Cllr Dr", "Councillor Prof"])
def test_every_councillor_title_is_dropped_from_the_name(title: str) -> None:
    text = (
        "Rochdale was rated good.\n"
        f"{title} Nadia Khan, cabinet member for children, said: “We thank our staff.”"
    )
    assert who(text, "Rochdale") == [
        ("Nadia Khan", "cabinet member for children", code("Rochdale"))
    ]


def test_an_organisations_name_is_not_a_persons() -> None:
    text = (
        "Tom Bell, chief executive of the charity Kids Matter Trust, said: “Children need "
        "stable homes.”\n"
        "Detective Superintendent Ian Lowe, of South Yorkshire Police, said: “We share "
        "information every day.”"
    )
    assert who(text) == [
        ("Tom Bell", "chief executive", None),
        ("Ian Lowe", "Detective Superintendent", None),
    ]


def test_an_employer_after_the_role_is_its_organisation_but_a_board_is_part_of_it() -> None:
    text = (
        "Rochdale was rated good.\n"
        "Ann Rees, president of the Association of Directors of Children’s Services, said: "
        "“Councils cannot do this alone.”\n"
        "Cllr Paul Dean, chair of the LGA’s children and young people board, said: “We need "
        "funding now.”"
    )
    assert who(text, "Rochdale") == [
        ("Ann Rees", "president", None),  # not Rochdale's
        ("Paul Dean", "chair of the LGA’s children and young people board", None),
    ]


def test_a_role_said_as_what_the_person_does() -> None:
    text = (
        "Rochdale was rated good.\n"
        "Jo Kerr, who chairs the local safeguarding board, said: “Partners work well.”\n"
        "Councillor Sam Ito, who leads the council, said: “We are proud.”\n"
        "Ruth Vale, who is the council’s director of children’s services, said: “It is earned.”"
    )
    assert who(text, "Rochdale") == [
        ("Jo Kerr", "chairs the local safeguarding board", None),
        ("Sam Ito", "leads the council", code("Rochdale")),
        ("Ruth Vale", "director of children’s services", code("Rochdale")),
    ]


def test_a_role_between_dashes() -> None:
    text = (
        "Bolton was rated good.\n"
        "Jane Hill – the council’s director of children’s services – said: “We are proud.”"
    )
    assert who(text, "Bolton") == [("Jane Hill", "director of children’s services", code("Bolton"))]


def test_a_first_name_after_the_full_name() -> None:
    text = (
        "Mia Doyle, a care leaver who advises the charity, said the report was “a start”.\n"
        "“Nobody asked us what we needed,” Mia said.\n"
        "Mia said:\n"
        "“We want to be heard before decisions are made about our lives.”"
    )
    assert [w[0] for w in who(text)] == ["Mia Doyle"] * 3


def test_a_first_name_shared_by_two_people_is_nobody() -> None:
    text = "Mia Doyle and Mia Hart spoke to the panel.\n“Nobody asked us what we needed,” Mia said."
    assert who(text) == [(None, None, None)]


# -- a role named before the person, and offices named without a person -------------------


def test_a_role_named_first_and_the_person_next_shares_it() -> None:
    text = (
        "Services for older children are “stretched to breaking point”, with too many placed "
        "far from home, the chief inspector of Ofsted has warned.\n"
        "Launching the annual report, Joan Pike said councils were “doing their best”.\n"
        "“We cannot inspect our way out of this,” Pike said."
    )
    assert who(text) == [("Joan Pike", "chief inspector", "ofsted")] * 3


def test_a_role_named_first_is_not_given_to_someone_with_a_role_of_their_own() -> None:
    text = (
        "Help arrives “too late for too many”, the chief inspector has warned.\n"
        "Tom Reed, leader of Barnsley Council, said the findings were “unfair”."
    )
    got = who(text, "Barnsley Council")
    assert got[0] == ("Ofsted", None, "ofsted")
    assert got[1] == ("Tom Reed", "leader", code("Barnsley"))


def test_an_unnamed_council_office_holder_speaks_for_the_council() -> None:
    text = (
        "Barnsley was rated inadequate.\n"
        "The council’s cabinet member for children told a meeting that the authority was "
        "“determined to improve”.\n"
        "Ofsted’s regional director said the council had “lost focus”."
    )
    assert who(text, "Barnsley") == [
        ("Barnsley Metropolitan Borough Council", "cabinet member for children", code("Barnsley")),
        ("Ofsted", None, "ofsted"),
    ]


def test_an_unnamed_minister_is_nobody() -> None:
    text = "Barnsley was rated inadequate.\nThe minister said councils were “on notice”."
    assert who(text, "Barnsley") == [(None, None, None)]


@pytest.mark.parametrize(
    "subject",
    [
        "The inspectorates",
        "The four inspectorates",
        "Inspectors from Ofsted, the CQC, HMICFRS and HM Inspectorate of Probation",
        "The joint letter",
        "The letter",
        "Their letter",
        "Ofsted’s letter to the council",
        "The joint targeted area inspection",
        "The report’s authors",
    ],
)
def test_a_joint_inspection_and_its_letter_speak_as_ofsted(subject: str) -> None:
    text = (
        "Ofsted, the CQC and the police inspected Derbyshire in February.\n"
        f"{subject} said agencies “share information well when a child is at risk”."
    )
    assert who(text, "Derbyshire") == [("Ofsted", None, "ofsted")]


def test_an_inspector_named_in_an_ofsted_story_is_ofsteds() -> None:
    text = (
        "Ofsted visited Derbyshire in February.\n"
        "HMI Jo Lamb said staff “know their children well”.\n"
        "Detective Inspector Ray Cole said: “We share information every day.”\n"
        "Detective Chief Inspector Amy Fox said: “We work closely with social workers.”"
    )
    assert who(text, "Derbyshire") == [
        ("Jo Lamb", "HMI", "ofsted"),
        ("Ray Cole", "Detective Inspector", None),
        ("Amy Fox", "Detective Chief Inspector", None),
    ]


def test_a_press_release_signs_a_quotation_with_a_dash() -> None:
    text = (
        "Sefton was rated good.\n"
        "Cllr Bob Hale said the result was “a credit to staff”.\n"
        "“Children are at the heart of everything we do.” – Cllr Jo Watts, Cabinet Member "
        "for Children’s Services"
    )
    assert who(text, "Sefton")[1] == (
        "Jo Watts",
        "Cabinet Member for Children’s Services",
        code("Sefton"),
    )


def test_a_dash_before_a_description_is_no_signature() -> None:
    text = (
        "Sefton was rated good.\n"
        "Cllr Jo Watts said it was “a real step forward” – the council’s best result in years."
    )
    assert who(text, "Sefton")[0][0] == "Jo Watts"


def test_a_relative_clause_about_the_past_is_no_role() -> None:
    text = (
        "Sefton was rated good.\n"
        "Priya Das, who took over as director in 2022, said: “Our staff stayed with us.”"
    )
    assert who(text, "Sefton") == [("Priya Das", None, None)]


def test_an_organisation_after_of_that_is_no_portfolio() -> None:
    text = (
        "Norfolk was rated good.\n"
        "Amy Lowe, chief executive of Care Leavers United, said: “They deserve better.”\n"
        "Ben Ash, Director of Children’s Services, said: “We agree.”\n"
        "Leader of the Council, Cllr Sue Platt, said: “I thank every social worker.”"
    )
    assert who(text, "Norfolk") == [
        ("Amy Lowe", "chief executive", None),  # not Norfolk's
        ("Ben Ash", "Director of Children’s Services", code("Norfolk")),
        ("Sue Platt", "Leader", code("Norfolk")),
    ]


@pytest.mark.parametrize(
    "intro",
    [
        "Our young adviser Kyle said:",
        "Kyle, a care leaver from the city, said:",
        "Care leaver Kyle told the charity:",
    ],
)
def test_a_first_name_the_text_describes_is_a_person(intro: str) -> None:
    text = f"{intro} “I was moved five times in a year.”\n“Nobody asked me,” Kyle added."
    assert [w[0] for w in who(text)] == ["Kyle", "Kyle"]


def test_a_lone_capitalised_word_is_not_a_person() -> None:
    text = "Overall, the service is “much improved”, Kyle Smith said.\n“It is,” Overall said."
    assert [w[0] for w in who(text)] == ["Kyle Smith", None]


def test_a_role_noun_matches_whole_words_only() -> None:
    text = (
        "Tom Reed, MP for the area, said he was “thrilled”.\n"
        "Ann Cole, the council’s director of improvement, said the plan had “worked”.\n"
        "“It is the result of years of work,” the MP said."
    )
    assert [w[0] for w in who(text)] == ["Tom Reed", "Ann Cole", "Tom Reed"]


def test_a_party_is_not_part_of_the_role() -> None:
    text = (
        "Wirral was rated good.\n"
        "Cllr Jane Smith, Labour’s cabinet member for children, said: “This is a proud day.”"
    )
    assert who(text, "Wirral") == [("Jane Smith", "cabinet member for children", code("Wirral"))]


def test_a_first_name_with_an_age_is_a_person() -> None:
    text = (
        "Our young adviser, Kyle, 19, said: “I was moved five times in a year.”\n"
        "Kyle added: “Nobody asked me what I wanted.”"
    )
    assert who(text) == [("Kyle", "young adviser", None)] * 2


def test_a_guessed_report_fragment_is_no_antecedent_for_the_next_quotation() -> None:
    text = (
        "Inspectors visited Dudley in March.\n"
        "“We are proud of our staff,” said Cllr Ann Lee.\n"
        "Social workers now have “manageable caseloads” and stay longer.\n"
        "“We will build on this, and we will not stand still.”"
    )
    # the report's fragment is a guess; the paragraph after it is nobody's we know
    assert [w[0] for w in who(text, "Dudley")] == ["Ann Lee", "Ofsted", None]


def test_a_fragment_opening_a_paragraph_does_not_go_on_from_the_one_before() -> None:
    text = (
        "Cllr Ann Lee said: “We are proud of our staff.”\n"
        "“Swift and decisive action” is still needed at the front door."
    )
    assert [w[0] for w in who(text)] == ["Ann Lee", None]


def test_post_nominal_letters_and_an_mps_office() -> None:
    text = (
        "Ofsted inspected Kent in May.\n"
        "Tom Bell MP said: “This is welcome news for families.”\n"
        "Jo Hale OBE, chair of the Kent safeguarding partnership, said: “Partners agree.”"
    )
    assert who(text, "Kent") == [
        ("Tom Bell", "MP", None),
        ("Jo Hale", "chair of the Kent safeguarding partnership", None),
    ]


def test_his_majestys_chief_inspector_is_ofsteds() -> None:
    text = (
        "Ofsted inspected Kent in May.\n"
        "Sir Martyn Oliver, His Majesty’s Chief Inspector, said: “Too many children wait.”"
    )
    assert who(text, "Kent") == [("Martyn Oliver", "Chief Inspector", "ofsted")]


def test_a_board_of_a_national_body_stays_in_the_role() -> None:
    text = (
        "Cllr Ann Rees, chair of the Local Government Association’s Children and Young People "
        "Board, said: “We need funding.”"
    )
    assert who(text) == [
        (
            "Ann Rees",
            "chair of the Local Government Association’s Children and Young People Board",
            None,
        )
    ]


@pytest.mark.parametrize(
    "subject",
    ["Bexley", "The London borough", "Town hall bosses", "A spokesperson for the council"],
)
def test_a_council_by_its_place_or_in_journalese(subject: str) -> None:
    text = f"Ofsted inspected Bexley in May.\n{subject} said it was “delighted” with the outcome."
    [s] = said(text, "Bexley").values()
    assert (s.kind, s.organisation) == ("council", code("Bexley"))


def test_a_persons_statement_is_the_person() -> None:
    text = (
        "Cllr Jo Smith, Bexley’s cabinet member for children, welcomed the report.\n"
        "Cllr Smith’s statement said: “We are proud of our staff.”\n"
        "A Department for Education (DfE) spokesperson said: “We will support the council.”"
    )
    assert [w[:2] for w in who(text, "Bexley")] == [
        ("Jo Smith", "cabinet member for children"),
        ("Department for Education", "spokesperson"),
    ]


def test_a_voice_placed_in_or_at_somewhere_is_that_voice() -> None:
    text = (
        "Ofsted inspected Bexley in May.\n"
        "Inspectors in Bexley said staff were “skilled”.\n"
        "Inspectors at the council found “drift” in some cases.\n"
        "Leaders at the council said they were “proud”."
    )
    assert [w[0] for w in who(text, "Bexley")] == ["Ofsted", "Ofsted", "London Borough of Bexley"]


def test_someone_unknown_speaking_last_stops_the_follow_on() -> None:
    text = (
        "Cllr Ann Lee welcomed the report. A parent told us:\n"
        "“Nobody listened to us for years and years.”\n"
        "Cllr Lee said:\n"
        "“We have listened and we have changed how we work with families.”"
    )
    assert [w[0] for w in who(text)] == [None, "Ann Lee"]


def test_more_reporting_verbs_after_the_quotation() -> None:
    text = (
        "Ofsted rated Wigan inadequate. Cllr Ann Lee and Tom Hale responded.\n"
        "“We will not fail these children again,” Cllr Lee vowed.\n"
        "“A shocking day for the borough,” Mr Hale tweeted."
    )
    assert [w[0] for w in who(text)] == ["Ann Lee", "Tom Hale"]


def test_a_role_named_first_is_not_given_to_a_described_person() -> None:
    text = (
        "Too many children wait “far too long”, the chief inspector has warned.\n"
        "Parent Jo Bloggs said she had waited “months” for a social worker."
    )
    assert who(text) == [("Ofsted", None, "ofsted"), ("Jo Bloggs", None, None)]


def test_a_member_for_a_portfolio_is_the_councils() -> None:
    text = (
        "Warrington Borough Council was judged adequate.\n"
        "Councillor Jean Hart, Executive Board Member for Children’s Services, said:\n"
        "“I am pleased that inspectors have recognised the good work of our staff.”"
    )
    assert who(text, "Warrington Borough Council") == [
        ("Jean Hart", "Executive Board Member for Children’s Services", code("Warrington"))
    ]


def test_a_council_named_as_history_employs_nobody_quoted() -> None:
    text = (
        "Cumberland Council, created when Cumbria County Council was abolished, was rated "
        "good.\n"
        "Cllr Amy Hart, cabinet member for children, said: “We are proud of our staff.”"
    )
    assert who(text, "Cumberland Council", "Cumbria County Council") == [
        ("Amy Hart", "cabinet member for children", code("Cumberland"))
    ]


def test_a_council_of_several_words_in_a_possessive_role() -> None:
    for place in ("North Northamptonshire", "Brighton and Hove", "Redcar and Cleveland"):
        text = (
            f"{place} Council was rated inadequate.\n"
            f"In a statement, {place}'s director of children's services, Sam Lowe, said: "
            "“We accept the findings.”"
        )
        assert who(text, place) == [("Sam Lowe", "director of children's services", code(place))]


def test_a_verb_inside_a_relative_clause_is_not_the_speaker_s() -> None:
    text = (
        "Responding to the report on Norfolk, which rated the council good but judged its "
        "care leavers' services to require improvement, charity chief executive Ana Dale "
        "said: “Care leavers deserve better.”"
    )
    assert [w[0] for w in who(text, "Norfolk")] == ["Ana Dale"]
    text = (
        "Ofsted's letter, which praised the council's front door, said: “Thresholds are well "
        "understood.”"
    )
    assert [w[0] for w in who(text)] == ["Ofsted"]


def test_a_participle_after_with_is_nobody_speaking() -> None:
    text = (
        "Ofsted rated Hull's children's services good.\n"
        "Inspectors praised leaders. Children were described as living in “settled homes”, "
        "with the council's adoption work singled out as a strength."
    )
    assert [w[0] for w in who(text, "Hull")] == ["Ofsted"]


# -- roles as parliamentary, union, academic and council press writing gives them ----------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Joan Hart (Labour, Leeds East) said the council was “still failing children”.",
            ("Joan Hart", "Labour MP for Leeds East", None),
        ),
        (
            "“Families deserve better,” said Peter Lomas (Conservative, Stockton South).",
            ("Peter Lomas", "Conservative MP for Stockton South", None),
        ),
        (
            "Opening the debate, Sara Okoye (Lib Dem, Bath and Frome) asked: “Who will answer?”",
            ("Sara Okoye", "Lib Dem MP for Bath and Frome", None),
        ),
        (
            "Tom Reid (Con, Hexham) told MPs the service was “a disgrace”.",
            ("Tom Reid", "Conservative MP for Hexham", None),
        ),
        (
            "Leeds City Council was rated good.\nCllr Amy Frost (Lab, Headingley) said: “We are "
            "proud of every social worker.”",
            ("Amy Frost", "Labour councillor for Headingley", code("Leeds")),
        ),
        ("Jo Bloggs (left) said: “We are proud of our staff.”", ("Jo Bloggs", None, None)),
        ("Ann Lee (Labour) said: “We are proud of our staff.”", ("Ann Lee", None, None)),
    ],
)
def test_a_party_and_seat_in_brackets_make_an_mp_or_councillor(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert who(text, *(c for c in ("Leeds City Council",) if c in text)) == [expected]


def test_an_mps_bracketed_seat_carries_to_later_mentions() -> None:
    text = (
        "Joan Hart (Labour, Leeds East) opened the debate.\n"
        "Ms Hart said the minister's reply was “not good enough”."
    )
    assert who(text) == [("Joan Hart", "Labour MP for Leeds East", None)]


@pytest.mark.parametrize(
    "intro, role",
    [
        ("Helen Ward, a professor of social work at the University of Leeds, said:",
         "professor of social work"),
        ("Dr Sam Reid, senior lecturer in social policy at Kingston University, said:",
         "senior lecturer in social policy"),
        ("GMB regional organiser Dan Price said:", "regional organiser"),
        ("UNISON North West branch secretary Kay Moss said:", "branch secretary"),
        ("BASW England's national director Mo Reid said:", "national director"),
        ("Kids Matter Trust chief executive Lyn Ode said:", "chief executive"),
        ("Mo Patel, a researcher at the charity Become, said:", "researcher"),
        ("Jo Dunn, a campaigner for care leavers, said:", "campaigner for care leavers"),
    ],
)  # fmt: skip
def test_academics_union_officials_and_charity_heads_have_roles_of_their_own(
    intro: str, role: str
) -> None:
    """Their employer is neither the role nor a council."""
    text = f"Leeds City Council was rated good.\n{intro} “Staff are exhausted.”"
    [(_, got_role, org)] = who(text, "Leeds City Council")
    assert (got_role, org) == (role, None)


def test_a_council_acronym_in_front_of_a_cabinet_role_is_the_council() -> None:
    text = "Kent County Council was rated good.\nKCC cabinet member Jo Bell said: “We are proud.”"
    assert who(text, "Kent County Council") == [("Jo Bell", "cabinet member", code("Kent"))]


@pytest.mark.parametrize(
    "intro, person",
    [
        ("Jo Dunn, a mother of three from the city, said:", ("Jo Dunn", None, None)),
        ("Professor Alan Roe said:", ("Alan Roe", None, None)),
        ("Medway branch secretary Lisa Oke said:", ("Lisa Oke", "Medway branch secretary", None)),
    ],
)
def test_no_role_or_organisation_is_made_up(intro: str, person: tuple[str, None, None]) -> None:
    assert who(f"{intro} “Staff are exhausted.”") == [person]


@pytest.mark.parametrize(
    "subject, council",
    [
        ("A spokesperson for Calderdale council", "Calderdale"),
        ("A spokeswoman for Leeds City Council", "Leeds City Council"),
        ("A Hull council spokesman", "Hull"),
        ("A Calderdale Council spokesman", "Calderdale"),
        ("Kent County Council's spokesperson", "Kent County Council"),
        ("The spokesperson for Wigan Council", "Wigan Council"),
    ],
)
def test_a_council_spokesperson_speaks_for_that_council_in_that_role(
    subject: str, council: str
) -> None:
    """In a round-up of several councils, the council named in the attribution speaks,
    not the one named last."""
    text = (
        "Leeds City Council was rated good, and Kent County Council, Wigan Council, Hull and "
        f"Calderdale were inspected too.\n{subject} said: “We accept the report's findings.”"
    )
    [s] = said(text, "Leeds City Council", "Kent County Council", "Wigan Council", "Hull",
               "Calderdale").values()  # fmt: skip
    assert (s.kind, s.organisation) == ("council", code(council))
    assert s.role is not None and "spokes" in s.role


def test_a_spokesperson_for_a_body_we_cannot_name_is_nobody() -> None:
    text = "Leeds City Council was rated good.\nA spokesperson for the charity said: “Overdue.”"
    assert who(text, "Leeds City Council") == [(None, None, None)]


@pytest.mark.parametrize(
    "intro, expected",
    [
        (
            "Jade, who is 19 and a member of our care leavers' forum, told me: ",
            ("Jade", "member of our care leavers' forum", None),
        ),
        (
            "Fatima, a team manager in the assessment service who joined in 2018, describes the "
            "change.\n",
            ("Fatima", "team manager in the assessment service", None),
        ),
        (
            "Amir, aged 17, a member of the youth council, said: ",
            ("Amir", "member of the youth council", None),
        ),
        ("Instead, a team manager, who asked not to be named, said: ", (None, None, None)),
        ("Sadly, a social worker, who has since left, told us: ", (None, None, None)),
        ("Oddly, a member of staff, not a manager, said: ", (None, None, None)),
    ],
)
def test_a_first_name_described_by_what_the_person_is(
    intro: str, expected: tuple[str | None, str | None, None]
) -> None:
    assert who(f"{intro}“People were scared to make a decision.”") == [expected]


# -- whose words: the report's words inside someone else's speech, and other voices ---------

CONTEXT = "Leeds City Council was inspected in May.\n"


def first_speaker(text: str) -> str | None:
    """The name of the first quotation's speaker, in an article about an inspection."""
    found = who(CONTEXT + text, "Leeds City Council")
    return found[0][0]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Cllr Jo Hart said the report found that managers had “little grip on practice”.",
         "Ofsted"),
        ("Jo Hart spoke next. She told MPs that Ofsted had found caseloads “far too high”.",
         "Ofsted"),
        ("Tom Reid said inspectors had described the front door as “chaotic”.", "Ofsted"),
        ("Parents said the inspectors had found “nothing wrong” at the home.", "Ofsted"),
        ("Coun Ann Rees said the report reflected “years of hard work” by staff.", "Ann Rees"),
        ("Tom Reid said the council was “deeply sorry” for the failings.", "Tom Reid"),
        ("Jo Hart said the verdict, which inspectors described as fair, was “a spur to us”.",
         "Jo Hart"),
    ],
)  # fmt: skip
def test_what_someone_says_the_report_found_is_the_reports(text: str, speaker: str) -> None:
    assert first_speaker(text) == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Jo Hart said staff valued the report's praise for their “tenacious” work.", "Ofsted"),
        ("Jo Hart said Ofsted's description of the service as “chaotic” was unfair.", "Ofsted"),
        ("Tom Reid welcomed the inspectors' criticism of “drift and delay” in planning.",
         "Ofsted"),
        ("Jo Hart said Ofsted's verdict was harsh but she would “learn every lesson”.",
         "Jo Hart"),
        ("Jo Hart said the report's timing was “unfortunate” for the council.", "Jo Hart"),
        ("Tom Reid said the watchdog's visit had been “thorough and fair”.", "Tom Reid"),
    ],
)  # fmt: skip
def test_the_reports_words_named_by_a_noun_of_speech(text: str, speaker: str) -> None:
    assert first_speaker(text) == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Progress remains “too slow”, according to the second Ofsted monitoring visit.",
         "Ofsted"),
        ("A recent Ofsted monitoring visit found “drift and delay” in some cases.", "Ofsted"),
        ("The latest Ofsted report said leaders had “a clear vision”.", "Ofsted"),
        ("Its first Ofsted inspection in four years said staff were “stretched”.", "Ofsted"),
        ("Ofsted and the Care Quality Commission said the area had made “too little progress”.",
         "Ofsted"),
        ("Ofsted, the CQC and HMICFRS found that partners were “working well together”.",
         "Ofsted"),
        ("The CQC and Ofsted said waiting lists were “far too long”.", "Ofsted"),
        ("The Care Quality Commission said waiting lists were “far too long”.",
         "Care Quality Commission"),
        ("The second council visit found the home “clean and welcoming”.", None),
    ],
)  # fmt: skip
def test_ofsted_visits_and_joint_inspections_speak_as_ofsted(
    text: str, speaker: str | None
) -> None:
    assert first_speaker(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Disabled children were well served, with the team praised for its “thoughtful” work.",
        "The fostering team, described as “exceptional”, was singled out.",
        "Care leavers, praised for their “resilience and humour”, now sit on the board.",
        "Social workers told inspectors that they felt “listened to and valued”.",
        "Young people told inspectors: “Our workers never give up on us.”",
        "Children told Ofsted they had “someone to trust” at last.",
        "“We feel valued,” one social worker told inspectors.",
        "“Nobody listens,” a young person told Ofsted inspectors during the visit.",
    ],
)
def test_participles_and_words_told_to_inspectors_are_the_reports(text: str) -> None:
    assert first_speaker(text) == "Ofsted"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Jo Hart told inspectors she was “proud of the team”.", "Jo Hart"),
        ("Parents told the BBC they felt “let down” by the council.", None),
        ("“We feel valued,” a social worker told the Yorkshire Post.", None),
        ("“We feel valued,” Jo Hart told inspectors.", "Jo Hart"),
        ("A mother told the Echo: “Nobody listened to us.”", None),
        ("The film, described as “moving and honest”, won a prize.", None),
    ],
)
def test_words_told_to_others_or_outside_a_report_are_not_ofsteds(
    text: str, speaker: str | None
) -> None:
    assert who(text)[0][0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Our director, Jo Hart, put it best when we met on the day: “We are not finished.”",
        "As Jo Hart put it to me, “good is not the end”.",
        "Jo Hart puts it simply: “We will not stand still.”",
        "Jo Hart, the director, put it this way: “Children come first.”",
        "Jo Hart said the verdict was harsh, but the council would “learn every lesson”.",
        "Jo Hart said the report was fair; the council would “act on every word”.",
    ],
)
def test_the_speaker_of_an_idiom_or_a_reported_clause_going_on(text: str) -> None:
    assert first_speaker(text) == "Jo Hart"


def test_a_clause_going_on_keeps_ofsted_and_a_person_of_its_own_speaks() -> None:
    text = (
        "Ofsted said services had improved, but the council still had “a long way to go”.\n"
        "The report found the council was improving, and Jo Hart was “delighted”."
    )
    assert [w[0] for w in who(CONTEXT + text, "Leeds City Council")] == ["Ofsted", "Jo Hart"]


@pytest.mark.parametrize("bullet", ["👉", "•", "✅", "-"])
def test_list_items_go_on_from_the_line_that_leads_into_them(bullet: str) -> None:
    text = (
        "Leeds children's services rated good\n"
        "Inspectors were with us for two weeks in May, and here are things they wrote:\n"
        f"{bullet} “Children in Leeds are at the heart of everything social workers do.”\n"
        f"{bullet} leaders who are “ambitious for every child”\n"
        f"{bullet} direct work that is “creative and full of warmth”\n"
        "Jo Hart told us what she thought:\n"
        f"{bullet} “It was fair.”"
    )
    assert [w[0] for w in who(text)] == ["Ofsted", "Ofsted", "Ofsted", "Jo Hart"]


def test_items_led_in_by_someone_unknown_are_nobodys() -> None:
    text = (
        "Leeds children's services rated good\n"
        "Jo Hart spoke at the meeting about the new plan.\n"
        "A parent wrote to us afterwards:\n"
        "👉 “Nobody listened to us for years.”\n"
        "👉 a service that was “far too slow”"
    )
    assert [w[0] for w in who(text)] == [None, None]


@pytest.mark.parametrize(
    "text, speakers",
    [
        ("“My adviser is like family,” said Jordan, who left care last year.", ["Jordan"]),
        ("“My adviser is like family,” Jordan said. “She never gave up.”", ["Jordan"] * 2),
        ("“I was moved five times,” Jess explained. Jess, now 21, added: “Nobody asked me.”",
         ["Jess"] * 2),
        ("“We welcome the report,” said Unison.", ["Unison"]),
        ("“We welcome the report,” said Barnardo's.", ["Barnardo's"]),
        ("“Children are safe,” said Ofsted.", ["Ofsted"]),
        ("Mia Doyle and Mia Hart spoke.\n“Nobody asked us,” Mia said.", [None]),
    ],
)  # fmt: skip
def test_a_first_name_by_a_quotations_verb_is_a_person_but_a_body_is_not(
    text: str, speakers: list[str | None]
) -> None:
    assert [w[0] for w in who(text)] == speakers


@pytest.mark.parametrize(
    "intro, expected",
    [
        ("Detective Superintendent Jo Hart of West Yorkshire Police said:",
         ("Jo Hart", "Detective Superintendent", None)),
        ("Jo Hart, headteacher of Park School, said:", ("Jo Hart", "headteacher", None)),
        ("Jo Hart, an expert in child protection at Durham University, said:",
         ("Jo Hart", "expert in child protection", None)),
        ("Jo Hart, who became director last year, said:", ("Jo Hart", "director", code("Leeds"))),
        ("Jo Hart, director since 2019, said:", ("Jo Hart", "director", code("Leeds"))),
        ("Jo Hart, from the University of Bristol, said:", ("Jo Hart", None, None)),
    ],
)  # fmt: skip
def test_a_person_from_a_body_and_a_role_without_its_date(
    intro: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert who(f"{CONTEXT}{intro} “Partners work well.”", "Leeds City Council") == [expected]


def test_the_inspectors_letter_and_it_speak_as_ofsted() -> None:
    text = "The inspectors' letter said leaders had “a clear plan”. It added: “Staff are valued.”"
    assert [w[0] for w in who(CONTEXT + text, "Leeds City Council")] == ["Ofsted", "Ofsted"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jo Hart is the council's director of children's services. She said: “We are proud.”",
         ("Jo Hart", "director of children's services", code("Leeds"))),
        ("The council's director of children's services is Jo Hart. “We are proud,” she said.",
         ("Jo Hart", "director of children's services", code("Leeds"))),
        ("Jo Hart has been the council's cabinet member for children since 2020. “We are "
         "proud,” she said.", ("Jo Hart", "cabinet member for children", code("Leeds"))),
        ("“We are proud,” said Jo Hart. Ms Hart, the council's lead member for children, has "
         "led the work.", ("Jo Hart", "lead member for children", code("Leeds"))),
        ("Jo Hart is a mother of three. She said: “We are proud.”", ("Jo Hart", None, None)),
        ("The answer is Jo Hart, who said: “We are proud.”", ("Jo Hart", None, None)),
    ],
)  # fmt: skip
def test_a_role_stated_with_a_verb_in_another_sentence(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert who(CONTEXT + text, "Leeds City Council") == [expected]


@pytest.mark.parametrize(
    "text, speakers",
    [
        ("The answer came from Jo Hart, who said: “We are proud.”", ["Jo Hart"]),
        ("It was Jo Hart, who said: “We are proud.”", ["Jo Hart"]),
        ("The council thanked Jo Hart, who said: “We are proud.”", ["Jo Hart"]),
        ("“We are proud,” said Jo Hart, who added: “Staff deserve it.”", ["Jo Hart"] * 2),
        ("She told MPs that Ofsted had found: “Children wait too long.”", ["Ofsted"]),
        ("Cllr Tom Reid praised the staff, who he said were “the best in the country”.",
         ["Tom Reid"]),
    ],
)  # fmt: skip
def test_the_verb_that_opens_the_quotation_and_a_relative_who_said(
    text: str, speakers: list[str]
) -> None:
    assert [w[0] for w in who(CONTEXT + text, "Leeds City Council")] == speakers


@pytest.mark.parametrize(
    "intro, role",
    [
        ("Care leaver Kayleigh, 20, said:", "Care leaver"),
        ("Foster carer Jo Hart said:", "Foster carer"),
        ("Jo Hart, a volunteer with the youth panel, said:", "volunteer with the youth panel"),
        ("Cllr Jo Hart, who is responsible for children's services, said:",
         "responsible for children's services"),
        ("Jo Hart, a student social worker whose placement was in Leeds, said:",
         "student social worker"),
        ("Jo Hart, whose son is in care, said:", None),
        ("Jo Hart, 34, from Headingley, said:", None),
        ("Parent Jo Hart said:", None),
    ],
)  # fmt: skip
def test_what_young_people_and_carers_do_is_their_role_but_family_ties_are_not(
    intro: str, role: str | None
) -> None:
    [(_, got, _)] = who(f"{CONTEXT}{intro} “Nobody listened.”", "Leeds City Council")
    assert got == role


@pytest.mark.parametrize(
    "question, answer, speaker",
    [
        ("What did the inspectors find?", "They said our leaders had “a clear line of sight”.",
         "Ofsted"),
        ("What did Ofsted make of your front door?", "It said the front door was “swift”.",
         "Ofsted"),
        ("And what did the report say about caseloads?", "It said they were “manageable”.",
         "Ofsted"),
        ("What did your staff say?", "They said it was “about time” too.", None),
        ("How did you feel on the day?", "They said we were “doing well” and we cried.", None),
        ("What did the minister say?", "She said the council was “on track” now.", None),
    ],
)  # fmt: skip
def test_an_interviews_answer_refers_to_the_voice_its_question_names(
    question: str, answer: str, speaker: str | None
) -> None:
    text = f"Leeds City Council was inspected in March.\nQ: {question}\nA: {answer}"
    assert who(text, "Leeds City Council")[0][0] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The letter, signed by HMI Jo Hart, said leaders had “a firm grip”.", "Ofsted"),
        ("The review, led by Professor Jo Hart, found “serious gaps”.", None),
        ("The council, led by Cllr Jo Hart since 2019, said it was “delighted”.",
         "Leeds City Council"),
        ("Jo Hart, appointed by the council in 2019, said it was “delighted”.", "Jo Hart"),
        ("Praised by inspectors, Jo Hart said she was “delighted”.", "Jo Hart"),
        ("The report, written by inspector Jo Hart, said staff were “committed”.", "Ofsted"),
    ],
)  # fmt: skip
def test_a_person_named_as_an_agent_in_an_aside_is_not_the_speaker(
    text: str, speaker: str | None
) -> None:
    assert first_speaker(text) == speaker


@pytest.mark.parametrize(
    "intro, role",
    [
        ("Jo Hart, the independent chair of the Leeds Safeguarding Children Partnership, said:",
         "independent chair of the Leeds Safeguarding Children Partnership"),
        ("Jo Hart, chair of Leeds Youth Justice Board, said:",
         "chair of Leeds Youth Justice Board"),
        ("Jo Hart, co-chair of the Leeds Children and Families Trust Board, said:",
         "co-chair of the Leeds Children and Families Trust Board"),
        ("Jo Hart, chief executive of Kids Matter Trust, said:", "chief executive"),
    ],
)  # fmt: skip
def test_a_chairs_role_holds_what_they_chair(intro: str, role: str) -> None:
    [(_, got, org)] = who(f"{CONTEXT}{intro} “Partners work well.”", "Leeds City Council")
    assert (got, org) == (role, None)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("A statement from the council said: “We accept the findings.”", "Leeds City Council"),
        ("The council's statement read: “We accept the findings.”", "Leeds City Council"),
        ("A statement issued by Leeds City Council read: “We accept the findings.”",
         "Leeds City Council"),
        ("Ofsted's response read: “Children are not safe.”", "Ofsted"),
        ("Jo Hart's statement read: “We accept the findings.”", "Jo Hart"),
        ("A joint statement from the council and NHS partners said: “We accept them.”", None),
        ("Jo Hart read the report twice and said she was “shocked”.", "Jo Hart"),
    ],
)  # fmt: skip
def test_a_statement_speaks_for_whoever_issued_it(text: str, speaker: str | None) -> None:
    assert first_speaker(text) == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Jo Hart praised the staff who had worked hard, and said: “We are proud.”", "Jo Hart"),
        ("Jo Hart was delighted, and said that it was “a great day”.", "Jo Hart"),
        ("The council was praised by inspectors, and said it was “thrilled”.",
         "Leeds City Council"),
        ("Inspectors visited in May, and said leaders had “a firm grip”.", "Ofsted"),
        ("Jo Hart thanked the staff who stayed, but warned that “there is more to do”.",
         "Jo Hart"),
        ("Meanwhile, parents were angry, and said the council had “failed”.", None),
        ("Ofsted rated the council good and praised its “strong leadership”.", "Ofsted"),
        ("Jo Hart read the report and said it was “fair but tough”.", "Jo Hart"),
        ("Campaigners were angry and said it was “a whitewash”.", None),
    ],
)  # fmt: skip
def test_a_clause_opening_with_its_speech_verb_has_the_sentences_subject(
    text: str, speaker: str | None
) -> None:
    assert first_speaker(text) == speaker


def test_a_verb_before_its_subject_only_follows_a_quotation() -> None:
    text = (
        "“We are proud,” said the council.\n"
        "Parents were angry and said the council had “failed” them."
    )
    assert [w[0] for w in who(CONTEXT + text, "Leeds City Council")] == [
        "Leeds City Council",
        None,
    ]


@pytest.mark.parametrize(
    "before, quote, speaker",
    [
        ("Inspectors noted that social workers were “stable and committed”.",
         "“When I started, people were scared to make a decision.”", None),
        ("Inspectors noted that social workers were “stable and committed”.",
         "“Our teams have never been stronger, and we know it.”", None),
        ("Inspectors noted that social workers were “stable and committed”.",
         "“Children are seen quickly and their plans are reviewed.”", "Ofsted"),
        ("The letter said:", "“We found that children are seen quickly.”", "Ofsted"),
        ("Inspectors wrote: “Leaders know their services well.”",
         "“We saw strong practice in every team.”", "Ofsted"),
        ("Jo Hart said: “This is a proud day.”", "“We are not finished yet.”", "Jo Hart"),
    ],
)  # fmt: skip
def test_a_report_goes_on_in_the_first_person_only_when_introduced_to(
    before: str, quote: str, speaker: str | None
) -> None:
    assert who(f"{CONTEXT}{before}\n{quote}", "Leeds City Council")[-1][0] == speaker
