"""Council mentions: every council the story names, resolved to the right authority."""

from __future__ import annotations

from datetime import date

from graph.extract.councils import Mentions, background, find_mentions
from graph.extract.layout import segment
from graph.gazetteer import load

GAZ = load()


def named(text: str, pub: date | None = date(2024, 1, 10)) -> list[tuple[str, str]]:
    """(printed text, gazetteer name) of every mention."""
    doc = segment(text)
    return [
        (text[m.span.start : m.span.end], GAZ.by_code[m.dfe_code].name)
        for m in find_mentions(doc, GAZ, pub)
    ]


def test_the_longest_name_wins() -> None:
    got = named("North East Lincolnshire and Lincolnshire were both inspected in spring.")
    assert got == [
        ("North East Lincolnshire", "North East Lincolnshire"),
        ("Lincolnshire", "Lincolnshire"),
    ]


def test_a_county_is_not_its_city() -> None:
    got = named("Derbyshire and Derby City Council work together.")
    assert [n for _, n in got] == ["Derbyshire", "Derby"]


def test_the_council_words_are_part_of_the_mention() -> None:
    got = named("Ofsted praised Stockton-on-Tees Borough Council and Telford & Wrekin Council.")
    assert got == [
        ("Stockton-on-Tees Borough Council", "Stockton-on-Tees"),
        ("Telford & Wrekin Council", "Telford and Wrekin"),
    ]


def test_possessives_and_alternative_names() -> None:
    got = named("Hull's children's services and Bournemouth, Christchurch and Poole were rated.")
    assert [n for _, n in got] == ["Kingston upon Hull", "Bournemouth, Christchurch and Poole"]


def test_people_and_institutions_named_like_councils_are_not_councils() -> None:
    assert named("Social worker Jane Kent said the team was proud.") == []
    assert named("Researchers at Durham University studied the reforms.") == []
    assert named("The Leicester Mercury reported the findings.") == []


def test_ambiguous_names_need_a_council_word_or_a_preposition() -> None:
    assert named("Reading the report, Ofsted staff were pleased.") == []
    assert named("MPs in Westminster debated the bill.") == []
    assert named("Westminster politicians debated the bill.") == []
    assert [n for _, n in named("Westminster's children's services were praised.")] == [
        "Westminster"
    ]
    assert [n for _, n in named("Bury was rated good.")] == ["Bury"]
    assert [n for _, n in named("Reading Borough Council was praised.")] == ["Reading"]


def test_lowercase_words_are_never_councils() -> None:
    assert named("Children in care should not have to bury their feelings or keep reading.") == []


def test_names_resolve_by_the_publication_year() -> None:
    old = named("Dorset was praised by inspectors.", date(2016, 5, 1))
    new = named("Dorset was praised by inspectors.", date(2023, 5, 1))
    assert GAZ.resolve("Dorset", 2016).dfe_code != GAZ.resolve("Dorset", 2023).dfe_code
    assert old[0][1] == new[0][1] == "Dorset"
    doc = segment("Dorset was praised by inspectors.")
    assert (
        find_mentions(doc, GAZ, date(2016, 5, 1))[0].dfe_code
        == GAZ.resolve("Dorset", 2016).dfe_code
    )
    assert (
        find_mentions(doc, GAZ, date(2023, 5, 1))[0].dfe_code
        == GAZ.resolve("Dorset", 2023).dfe_code
    )


def test_councils_in_furniture_are_not_mentions() -> None:
    text = (
        "Ofsted praises Oldham\n\nOldham was praised by inspectors for its leadership.\n\n"
        "Related articles\n\nWigan rated good\n12/01/2024\nRead more\n"
        "Unit 2, High Street, Essex CO4 3ZL\n"
    )
    assert {n for _, n in named(text)} == {"Oldham"}


def test_mentions_lookups() -> None:
    text = "Barnet and Enfield. Later, Haringey."
    found = Mentions(find_mentions(segment(text), GAZ, None))
    assert [m.dfe_code for m in found.within(0, 19)] == [
        GAZ.resolve("Barnet").dfe_code,
        GAZ.resolve("Enfield").dfe_code,
    ]
    assert found.before(20).dfe_code == GAZ.resolve("Enfield").dfe_code
    assert found.after(20).dfe_code == GAZ.resolve("Haringey").dfe_code
    assert found.before(0) is None


def _background(text: str, pub: date | None = date(2025, 3, 1)) -> dict[str, bool]:
    doc = segment(text)
    return {
        GAZ.by_code[m.dfe_code].name: background(doc.text, m, pub, GAZ)
        for m in find_mentions(doc, GAZ, pub)
    }


def test_a_council_named_as_history_is_background() -> None:
    text = (
        "Cumberland Council, created in 2023 when Cumbria County Council was abolished, has "
        "been inspected."
    )
    assert _background(text) == {"Cumberland": False, "Cumbria": True}
    text = "Westmorland and Furness Council, which replaced the former Cumbria, was inspected."
    assert _background(text) == {"Westmorland and Furness": False, "Cumbria": True}


def test_half_of_a_shared_name_is_background() -> None:
    text = "Services in North and West Northamptonshire are run by a children's trust."
    assert _background(text) == {"West Northamptonshire": True}
    assert _background("North Northamptonshire was inspected.") == {"North Northamptonshire": False}


def test_a_council_abolished_before_publication_is_background() -> None:
    text = "Northamptonshire County Council was rated inadequate in 2019."
    assert _background(text, date(2019, 5, 1)) == {"Northamptonshire": False}
    assert _background(text, date(2024, 5, 1)) == {"Northamptonshire": True}


def test_short_forms_of_joined_names() -> None:
    got = named("Stockton and Telford were inspected, as was Southend.")
    assert [n for _, n in got] == ["Stockton-on-Tees", "Telford and Wrekin", "Southend-on-Sea"]
    # a head shared by two councils, or a council's own name, is no short form
    assert [n for _, n in named("Kingston was inspected.")] == []
    assert [n for _, n in named("Bournemouth was inspected.", date(2015, 1, 1))] == ["Bournemouth"]


def test_a_grade_printed_with_capitals_may_follow_a_council_name() -> None:
    doc = segment("Ofsted has rated Hartlepool Outstanding for the first time.")
    assert [m.dfe_code for m in find_mentions(doc, GAZ, None)] == [
        GAZ.resolve("Hartlepool").dfe_code
    ]
