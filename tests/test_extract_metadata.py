"""Metadata: title, byline, publisher and the publication date from the header only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from graph.extract.dates import find_dates, month_year
from graph.extract.layout import segment
from graph.extract.metadata import extract_meta


def meta(text: str):
    return extract_meta(segment(text))


@pytest.mark.parametrize(
    "line",
    [
        "Tuesday, September 5, 2017",
        "Published on Tuesday, September 5, 2017",
        "5 September 2017",
        "05/09/2017",
        "5th Sept 2017",
        "2017-09-05",
        "Published: 5 Sep 2017 10:32",
        "Tue 5 Sep 2017",
        "10:32, 5 SEP 2017",
        "Published 5th Sep 2017, 10:32 BST",
        "2017-09-05T10:32:00Z",
        "Last updated: 10:32 AM, September 5, 2017",
        "Issued: 5 September 2017",
        "Jane Smith5 September 2017",
        "First published 5 September 2017 in News",
    ],
)
def test_printed_date_forms(line: str) -> None:
    text = (
        f"Wirral rated good\n\n{line}\n\nWirral's children's services were rated good by Ofsted.\n"
    )
    assert meta(text).date == date(2017, 9, 5)


def test_uk_pages_write_the_day_first() -> None:
    text = "Halton improves\n03/04/2019\n\nHalton has improved, inspectors said.\n"
    assert meta(text).date == date(2019, 4, 3)


def test_published_wins_over_updated() -> None:
    text = (
        "Kent praised\nUpdated: 9 May 2021\nPublished: 7 May 2021\n\n"
        "Kent was praised by inspectors for its work with families.\n"
    )
    assert meta(text).date == date(2021, 5, 7)


def test_only_an_updated_date_is_still_the_date() -> None:
    text = "Kent praised\nLast updated 9 May 2021\n\nKent was praised by inspectors for its work.\n"
    assert meta(text).date == date(2021, 5, 9)


def test_dates_of_teasers_and_footers_are_not_the_publication_date() -> None:
    text = (
        "Make an Enquiry\nContact Us\n\nHillingdon services improve\n\n"
        "Hillingdon's services for children have improved, according to inspectors.\n"
        "The council was praised for its work with partners across the borough.\n\n"
        "Latest news\n\nFostering week begins\n14/05/2022\n"
        "Councils across the country are marking the start of fostering week [...]\n"
        "Read Full Story\n"
    )
    m = meta(text)
    assert m.date is None
    assert m.title == "Hillingdon services improve"


def test_a_date_in_the_story_is_not_the_publication_date() -> None:
    text = (
        "Bolton praised\n\nBolton was inspected between 5 March 2018 and 16 March 2018, "
        "and the report was published on 20 April 2018.\n"
    )
    assert meta(text).date is None


def test_no_date_at_all_gives_none() -> None:
    assert meta("Ofsted praised the council.\nInspectors were impressed.\n").date is None


def test_title_skips_menus_and_a_lede_is_no_title() -> None:
    assert meta("Skip to content\nMenu\n\nBury rated good by inspectors\n\nBody.\n").title == (
        "Bury rated good by inspectors"
    )
    lede = (
        "Inspectors have praised the council's work with families, saying it has improved "
        "markedly in the past two years across every part of the service.\nMore text.\n"
    )
    assert meta(lede).title is None


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Priya Patel", "Priya Patel"),
        ("By Tom O'Neill", "Tom O'Neill"),
        ("Jane Smith, chief reporter", "Jane Smith"),
        ("By Sam Lee | 4 June 2020", "Sam Lee"),
    ],
)
def test_bylines(byline: str, author: str) -> None:
    text = f"Dudley rated good\n{byline}\n4 June 2020\n\nDudley was rated good by Ofsted.\n"
    assert meta(text).author == author


def test_a_menu_line_or_a_council_is_not_an_author() -> None:
    text = "Dudley rated good\nContact Us\n\nDudley was rated good by Ofsted.\n"
    assert meta(text).author is None
    text = "Dudley rated good\nDudley Council\n\nDudley was rated good by Ofsted.\n"
    assert meta(text).author is None


def test_publisher_from_a_footer_or_a_subscription_offer() -> None:
    footer = (
        "Trafford improves\n\nTrafford has improved, inspectors said.\n\n"
        "Family Matters is an online magazine for practitioners, published by Acme Media.\n"
    )
    assert meta(footer).publisher == "Family Matters"
    offer = (
        "Trafford improves\n\nTrafford has improved, inspectors said.\n\n"
        "Care Weekly Digital membership\n  • Every issue\nFrom £10 / month\nSubscribe\n"
    )
    assert meta(offer).publisher == "Care Weekly"


def test_a_council_press_release_is_published_by_the_council() -> None:
    text = (
        "Children's services praised\n\nSefton Council has welcomed its Ofsted report.\n"
        "Cllr Ann Jones said the staff deserved the praise.\n\nENDS\n"
    )
    assert meta(text).publisher == "Sefton Council"


def test_no_publisher_when_the_page_does_not_say() -> None:
    assert meta("Bexley improves\n\nBexley has improved, inspectors said.\n").publisher is None


def test_find_dates_rejects_impossible_dates_and_keeps_spans() -> None:
    text = "On 31/02/2020 nothing; on 29 February 2020 something."
    found = find_dates(text)
    assert [d.value for d in found] == [date(2020, 2, 29)]
    assert text[found[0].start : found[0].end] == "29 February 2020"


def test_a_month_alone_is_the_latest_such_month_on_or_before_publication() -> None:
    assert month_year(4, date(2024, 7, 15)) == 2024
    assert month_year(7, date(2024, 7, 1)) == 2024
    assert month_year(11, date(2024, 7, 15)) == 2023
    assert month_year(4, None) is None


def test_seed_dates_match_the_gold(seeds: Path) -> None:
    gold_dir = seeds.parent.parent / "gold" / "seeds"
    assert sorted(gold_dir.glob("*.yaml")), gold_dir
    for gold_file in sorted(gold_dir.glob("*.yaml")):
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        text = (seeds / gold["article"]).read_text(encoding="utf-8")
        found = meta(text).date
        expected = gold["date"]
        assert (found.isoformat() if found else None) == (str(expected) if expected else None)


@pytest.mark.parametrize(
    ("header", "author"),
    [
        ("Updated 10:32, 5 SEP 2017\nBy Ann Lowe Local Democracy Reporter", "Ann Lowe"),
        ("Ann Lowe\n14:05 BST, 5 September 2017", "Ann Lowe"),
        ("Posted by Ann Lowe on September 5th, 2017 in News", "Ann Lowe"),
        ("5 September 2017 • 3 min read", None),
    ],
)
def test_header_lines_of_other_layouts(header: str, author: str | None) -> None:
    text = (
        f"Wirral rated good\n{header}\n\nWirral's children's services were rated good by Ofsted.\n"
    )
    m = meta(text)
    assert (m.date, m.author, m.title) == (date(2017, 9, 5), author, "Wirral rated good")


def test_a_date_line_above_the_title() -> None:
    text = (
        "Published: 05 Sep 2017 | Last updated: 06 Sep 2017\nWirral rated good\n\n"
        "Wirral's children's services were rated good by Ofsted.\n"
    )
    m = meta(text)
    assert (m.date, m.title) == (date(2017, 9, 5), "Wirral rated good")


SCRAPED_NEWS_PAGE = """We use cookies to improve your experience. Read our cookie policy.
Accept all
Manage preferences

The Daily Courier
News
Local News
Sport

Foster carers in Barnsley say the council's new support package has changed their lives for good

Carers told the paper the extra help arrived after inspectors praised the service

By Tom Rigby, Chief Reporter
09:05, 14 NOV 2022
Updated 11:40, 14 NOV 2022

Barnsley Council's fostering service has been praised by inspectors for the support it gives carers.

The council said it had recruited twenty new foster families over the past year.
"""


def test_a_long_headline_under_menus_with_a_time_before_the_date() -> None:
    m = meta(SCRAPED_NEWS_PAGE)
    assert m.date == date(2022, 11, 14)
    assert m.title is not None and m.title.startswith("Foster carers in Barnsley")
    assert m.author == "Tom Rigby"


def test_a_standfirst_between_headline_and_byline_keeps_the_date_in_the_header() -> None:
    text = (
        "Wigan children's services improve after a tough three years\n\n"
        "The council's social workers have turned the service round since it was rated "
        "inadequate three years ago, inspectors have said.\n\n"
        "By Amy Cole\nPublished 2nd Mar 2021, 07:15 GMT\nUpdated 2nd Mar 2021, 09:30 GMT\n\n"
        "Wigan's children's services have been rated requires improvement to be good after "
        "an inspection in January, the first full inspection since the council was rated "
        "inadequate.\n\n"
        "Inspectors said leaders had a clear plan and that staff were well supported by "
        "their managers across the whole service.\n"
    )
    m = meta(text)
    assert m.date == date(2021, 3, 2)
    assert m.author == "Amy Cole"


def test_a_date_and_byline_on_one_line() -> None:
    for line in ("14 July 2022 | By Ann Lowe", "By Ann Lowe | 14 July 2022"):
        text = (
            f"Wirral judged good after five years\n{line}\n\n"
            "Wirral's children's services were rated good by Ofsted after a visit in May.\n"
        )
        m = meta(text)
        assert (m.date, m.author) == (date(2022, 7, 14), "Ann Lowe")
