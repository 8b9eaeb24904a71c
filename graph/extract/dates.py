"""Dates as news pages print them, and months of inspections.

Publication dates come in many printed forms: "Tuesday, September 5, 2017",
"5 September 2017", "5th Sept 2017", "05/09/2017" (UK pages write the day first),
"2017-09-05", with or without "Published on"/"Updated:". ``find_dates`` returns every
such date with its span; the standard library does the calendar checks.

A month given without a year ("an inspection in April") is the latest such month on
or before the publication date (``month_year``); without a publication date there is
no year. A year is never guessed from anything else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# Full month names only, for running text ("in March"; "Mar" or "May" alone are words).
MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_ORD = r"(?:st|nd|rd|th)?"
_DATE = re.compile(
    # (a date glued to a byline by scraping, "Jane Smith14 May 2018", starts mid-word)
    rf"(?:\b|(?<=[a-z])(?=\d)){_WEEKDAY}(?:"
    rf"(?P<d1>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<m1>{MONTH})\.?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{MONTH})\.?\s+(?P<d2>\d{{1,2}}){_ORD},?\s+(?P<y2>\d{{4}})"
    r"|(?P<d3>\d{1,2})[/.](?P<m3>\d{1,2})[/.](?P<y3>\d{4}|\d{2})(?![\d/.])"
    r"|(?P<y4>\d{4})-(?P<m4>\d{2})-(?P<d4>\d{2})(?:T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?)?"
    r")\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FoundDate:
    value: date
    start: int
    end: int


def month_number(name: str) -> int:
    return MONTH_NUMBERS[name[:3].lower()]


def _year(y: str) -> int:
    n = int(y)
    return n + 2000 if len(y) == 2 else n


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[FoundDate]:
    """Every full calendar date printed in text[start:end]."""
    end = len(text) if end is None else end
    out = []
    for m in _DATE.finditer(text, start, end):
        try:
            if m["y1"]:
                d = date(int(m["y1"]), month_number(m["m1"]), int(m["d1"]))
            elif m["y2"]:
                d = date(int(m["y2"]), month_number(m["m2"]), int(m["d2"]))
            elif m["y3"]:
                d = date(_year(m["y3"]), int(m["m3"]), int(m["d3"]))  # UK: day first
            else:
                d = date(int(m["y4"]), int(m["m4"]), int(m["d4"]))
        except ValueError:
            continue
        if 1990 <= d.year <= 2100:
            out.append(FoundDate(d, m.start(), m.end()))
    return out


def month_year(month: int, pub: date | None) -> int | None:
    """The year of the latest ``month`` on or before the publication date."""
    if pub is None:
        return None
    return pub.year if month <= pub.month else pub.year - 1
