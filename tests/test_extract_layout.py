"""Layout: page furniture never reaches the extractors, the story always does, and
every block is an exact slice of the unchanged text."""

from __future__ import annotations

from pathlib import Path

from graph.extract.layout import segment
from graph.extract.prose import clauses, split_block


def kinds(text: str) -> dict[str, str]:
    return {b.text: b.kind for b in segment(text).blocks}


def body_text(text: str) -> str:
    return "\n".join(b.text for b in segment(text).body)


PAGE = """Skip to main content
Home | News | Children's services
Rotherham praised for early help

By Priya Patel
Wednesday, 8 March 2023

Rotherham's children's services have been praised by inspectors for their early help offer.

Families meet a worker at a community centre. Photo: Rotherham Council
Families meet a worker at a community centre. Photo: Rotherham Council

Inspectors found that partners worked well together.

Find practice guidance in our hub
To help your work with families, check out our practice hub. It is open to all subscribers.

Inspectors also said that leaders know their services well.

Related articles

Sefton rated good by Ofsted
02/03/2023
Ofsted has judged Sefton's services good after years of improvement in the borough [...]
Read more

Trade Weekly Digital membership
  • Unlimited online articles
  • Weekly digital edition
From £9 / month
Subscribe

Unit 4, Mill Lane, Sheffield S1 2AB
facebook twitter linkedin youtube instagram
"""


def test_title_byline_and_date_lines_are_the_header() -> None:
    k = kinds(PAGE)
    assert k["Rotherham praised for early help"] == "title"
    assert k["By Priya Patel"] == "meta"
    assert k["Wednesday, 8 March 2023"] == "meta"
    assert k["Skip to main content"] == "furniture"
    assert k["Home | News | Children's services"] == "furniture"


def test_the_story_paragraphs_are_body() -> None:
    body = body_text(PAGE)
    assert "praised by inspectors for their early help offer" in body
    assert "partners worked well together" in body
    assert "leaders know their services well" in body


def test_a_caption_printed_twice_is_a_caption_not_the_story() -> None:
    blocks = [b for b in segment(PAGE).blocks if b.text.startswith("Families meet")]
    assert len(blocks) == 2 and all(b.kind == "caption" for b in blocks)
    assert "Families meet" not in body_text(PAGE)


def test_adverts_related_stories_offers_and_footers_are_furniture() -> None:
    body = body_text(PAGE)
    for gone in (
        "check out our practice hub",
        "Find practice guidance in our hub",
        "Related articles",
        "Sefton",
        "02/03/2023",
        "Read more",
        "Digital membership",
        "Unlimited online articles",
        "£9",
        "Mill Lane",
        "linkedin",
    ):
        assert gone not in body, gone


def test_a_line_repeated_only_once_is_kept() -> None:
    text = "Luton rated good\n\nLuton was rated good.\nInspectors praised its leaders.\n"
    assert "Luton was rated good." in body_text(text)


def test_bullet_items_of_the_story_are_kept_without_their_bullet() -> None:
    text = (
        "Inspectors highlighted:\n"
        "  • Strong work with partners in Dudley.\n"
        "  - Timely assessments.\n"
    )
    doc = segment(text)
    items = [b for b in doc.body if b.kind == "list"]
    assert [b.text for b in items] == [
        "Strong work with partners in Dudley.",
        "Timely assessments.",
    ]


def test_blocks_are_exact_slices_of_the_unchanged_text() -> None:
    text = "\ufeffTitle here\r\n\u00a0 Body paragraph one.\u00a0\n\n\tSecond one.  \n"
    doc = segment(text)
    assert doc.text == text
    for b in doc.blocks:
        assert text[b.span.start : b.span.end] == b.text
        assert b.text == b.text.strip("\ufeff\u00a0 \t\r")


def test_a_story_that_goes_on_after_an_inline_related_link_is_kept() -> None:
    text = (
        "Barnsley improves\n\n"
        "Barnsley has improved its services for children, inspectors said in a report.\n"
        "Related: Doncaster rated good\n"
        "The report found that social workers in Barnsley knew the children they worked with "
        "well, that managers had a firm grip on practice, and that the council's leaders had "
        "a clear plan to keep improving the service for families over the coming years.\n"
    )
    assert "firm grip on practice" in body_text(text)


def test_sentences_glued_by_scraping_are_split_without_changing_offsets() -> None:
    text = "Inspectors praised work with families.With children in care, work was strong."
    parts = [text[s:e] for s, e in split_block(text, 0, len(text))]
    assert parts == [
        "Inspectors praised work with families.",
        "With children in care, work was strong.",
    ]


def test_abbreviations_initials_and_decimals_do_not_end_sentences() -> None:
    text = "Cllr. J. Smith said caseloads fell to 14.5 on average. Dr. Jones agreed."
    parts = [text[s:e] for s, e in split_block(text, 0, len(text))]
    assert parts == ["Cllr. J. Smith said caseloads fell to 14.5 on average.", "Dr. Jones agreed."]


def test_a_heading_glued_after_a_sentence_starts_a_new_one() -> None:
    text = "The hub is open to all members.‘Strong leadership’ Inspectors said leaders were good."
    parts = [text[s:e] for s, e in split_block(text, 0, len(text))]
    assert parts[0] == "The hub is open to all members."


def test_clauses_split_at_turns_of_argument() -> None:
    text = "While some progress was made, delays remain; leaders are strong, but turnover is high."
    got = [text[s:e] for s, e in clauses(text, 0, len(text))]
    assert got == [
        "While some progress was made",
        "delays remain",
        "leaders are strong",
        "turnover is high.",
    ]


def test_seed_pages_lose_their_furniture(seeds: Path) -> None:
    """Trade-press subscription blocks and a teaser list with dates are not story."""
    for path in sorted(seeds.glob("*.txt")):
        doc = segment(path.read_text(encoding="utf-8"))
        body = "\n".join(b.text for b in doc.body)
        assert "/ month" not in body and "Subscribe" not in body, path.name
        assert "Read Full Story" not in body, path.name
        assert "linkedin" not in body, path.name
        for b in doc.blocks:
            assert doc.text[b.span.start : b.span.end] == b.text


def test_site_notices_and_comments_are_furniture() -> None:
    text = (
        "Oldham praised\n\n"
        "We use cookies to give you the best experience. By continuing you agree to this.\n"
        "Oldham's children's services were praised by inspectors for their early help.\n"
        "Inspectors said leaders had a clear plan for the service and its staff.\n\n"
        "3 Comments\n\n"
        "I worked in Oldham for years and the leadership there was always poor, frankly.\n"
    )
    body = body_text(text)
    assert "cookies" not in body and "frankly" not in body
    assert "praised by inspectors" in body


def test_a_read_more_line_with_another_headline_is_furniture() -> None:
    text = (
        "Inspectors said that care leavers in Hartlepool were well supported by their "
        "personal advisers.\n\n"
        "READ MORE: Stockton children's services rated 'inadequate' after damning report\n\n"
        "Related: Middlesbrough council leader quits\n\n"
        "The council's leader said he was proud of the social workers in the town.\n"
    )
    k = kinds(text)
    assert k["READ MORE: Stockton children's services rated 'inadequate' after damning report"] == (
        "furniture"
    )
    assert k["Related: Middlesbrough council leader quits"] == "furniture"
    assert "Stockton" not in body_text(text)
    assert "proud of the social workers" in body_text(text)


def test_cookie_buttons_and_menus_above_the_headline_are_furniture() -> None:
    text = (
        "Accept all\nManage preferences\nNews\nSport\n\n"
        "Children's services in Sefton improve as inspectors praise stable workforce\n\n"
        "By Jo Marsh\n3 May 2024\n\n"
        "Sefton's children's services have improved, inspectors said after a visit in March.\n"
    )
    k = kinds(text)
    assert k["Accept all"] == "furniture"
    assert k["Sport"] == "furniture"
    assert (
        k["Children's services in Sefton improve as inspectors praise stable workforce"] == "title"
    )
    assert k["3 May 2024"] == "meta"


RELEASE = """PRESS RELEASE
Salford children's services rated good

Salford City Council's children's services have been rated good by Ofsted inspectors this week.

The council's director said staff had worked hard to improve services for families.

ENDS

Notes to editors
1. The inspection took place between 3 and 14 March 2025.
2. The council's services were last inspected in 2021, when they were judged requires improvement.
3. The full report is on the Ofsted website: www.example.gov.uk/report
For more information contact the press office on 0161 000 0000.
Share this page
"""


def test_notes_to_editors_are_part_of_the_story_up_to_the_contact_lines() -> None:
    k = kinds(RELEASE)
    assert k["The inspection took place between 3 and 14 March 2025."] == "list"
    assert (
        k[
            "The council's services were last inspected in 2021, when they were judged requires "
            "improvement."
        ]
        == "list"
    )
    assert k["The full report is on the Ofsted website: www.example.gov.uk/report"] == "furniture"
    assert k["For more information contact the press office on 0161 000 0000."] == "furniture"
    assert k["ENDS"] == "furniture"
    # without the header, what follows the end mark stays furniture
    plain = RELEASE.replace("Notes to editors\n", "")
    assert kinds(plain)["The inspection took place between 3 and 14 March 2025."] == "furniture"


def test_a_subscribe_link_in_the_menus_does_not_hide_the_headline_and_date() -> None:
    pages = [
        ("Sign in | Subscribe", "14 July 2022 | By Ann Lowe"),
        ("Subscribe   Log in", "By Ann Lowe | 14 July 2022"),
        ("Subscribe now", "Thursday 14 July 2022"),
    ]
    for menu, dateline in pages:
        text = (
            f"Trade Weekly\nNews | Children | Jobs\n{menu}\n\n"
            "Wirral's children's services judged good after five years of change\n\n"
            f"{dateline}\n\n"
            "Wirral's children's services have been judged good by Ofsted after an inspection "
            "in May, the council said on Wednesday.\n\n"
            "Inspectors found that social workers knew their children well and were supported.\n"
        )
        k = kinds(text)
        assert k[menu] == "furniture"
        assert k["Wirral's children's services judged good after five years of change"] == "title"
        assert k[dateline] == "meta"
        assert k["Trade Weekly"] == "furniture"


def test_a_subscription_offer_in_the_story_still_takes_its_items() -> None:
    text = (
        "Wirral judged good\n\nBy Ann Lowe\n14 July 2022\n\n"
        "Wirral's children's services have been judged good by Ofsted after an inspection "
        "in May, the council said on Wednesday.\n\n"
        "Subscribe today\nUnlimited articles\nThe weekly magazine\n\n"
        "Inspectors found that social workers knew their children well and were supported.\n"
    )
    k = kinds(text)
    assert k["Unlimited articles"] == k["The weekly magazine"] == "furniture"
    assert k["Wirral judged good"] == "title"


def test_a_comments_header_with_its_count_in_brackets_ends_the_story() -> None:
    for header in ("Comments (2)", "Comments: 14", "Reader comments (3)"):
        text = (
            "Oldham praised\n\n"
            "Oldham's children's services were praised by inspectors for their early help.\n"
            "Inspectors said leaders had a clear plan for the service and its staff.\n\n"
            f"{header}\n\n"
            "I worked in Oldham for years and the leadership there was always poor, frankly.\n"
        )
        assert "frankly" not in body_text(text), header


def test_share_buttons_under_the_byline_do_not_end_the_story() -> None:
    text = (
        "Society\n"
        "How Oldham turned its children's services around\n"
        "Four years after a damning report, the council has been rated good. What changed?\n"
        "Ann Lowe\nWed 22 Jan 2020 07.00 GMT\n"
        "Share on Facebook\nShare on Twitter\n"
        "When Ofsted published its report on Oldham in 2016, the verdict was brutal and the "
        "council's leaders said so publicly.\n"
        "This month the borough was rated good after inspectors visited in November.\n"
        "Sam, a team manager, describes a change in culture.\n"
        "“Good is not the finishing line,” the director says.\n"
        "Topics\nSocial care\n"
    )
    body = body_text(text)
    assert "describes a change in culture" in body
    assert "finishing line" in body
    assert "Share on Twitter" not in body
