"""What the article says about itself: title, author, publisher, publication date.

The date and byline are read only from the header: the title and the lines around
it before the story starts. Dates further down (under teasers for other stories, in
footers, in the story's own sentences) are never the publication date. When there
are several header dates, "Published" wins over "Updated".

The publisher is named only when the page says so: a footer line "X is an online
resource ... presented by Y", a copyright line, the publisher's own subscription
offer ("X Digital membership"), or a council's press release (an end mark such as
"(ends)" after the story, with the council named as an organisation in it).
"""

from __future__ import annotations

import re
from datetime import date

from graph.extract.dates import find_dates
from graph.extract.layout import SPACES, Document, is_byline
from graph.extract.records import ArticleMeta

_HEADER_LINES = 40  # how far from the top a header line may be (menus come first)
_PUBLISHED = re.compile(r"\b(?:published|posted|first published|date)\b", re.IGNORECASE)
_UPDATED = re.compile(r"\b(?:updated|modified|amended)\b", re.IGNORECASE)
_BY = re.compile(r"^by\s+", re.IGNORECASE)
_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,2}")

_SITE_IS = re.compile(
    r"^(?P<site>[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,4})\s+is\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,3}(?:resource|magazine|website|site|publication|news(?:letter)?|"
    r"platform|journal|service|title|newspaper)\b",
)
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    r"(?P<site>[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,4})",
    re.IGNORECASE,
)
_OFFER = re.compile(
    r"^(?P<site>[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,3}?)\s+"
    r"(?:Digital\s+|Print\s+|Online\s+)?(?:membership|subscription)\b",
)
_END_MARK = re.compile(r"^\W*(?:ends|end)\W*$", re.IGNORECASE)
_COUNCIL_ORG = re.compile(
    r"\b(?:(?:[A-Z][\w'’-]+|and|&|upon|on|with)\s+){0,5}?"
    r"(?:(?:City|County|Borough|Metropolitan Borough|District)\s+)?Council\b"
)


def _header_blocks(doc: Document) -> list[int]:
    """Indices of the blocks in the header: meta lines and the title, near the top."""
    out = []
    for i, b in enumerate(doc.blocks[:_HEADER_LINES]):
        if b.kind in ("title", "meta"):
            out.append(i)
        elif b.kind in ("body", "list") and any(k.kind == "body" for k in doc.blocks[:i]):
            break
    return out


def find_date(doc: Document) -> date | None:
    """The publication date printed in the header, or None."""
    published, updated, other = [], [], []
    for i in _header_blocks(doc):
        b = doc.blocks[i]
        pos = b.span.start
        for d in find_dates(doc.text, b.span.start, b.span.end):
            before = doc.text[pos : d.start]  # the words since the previous date
            pos = d.end
            if _UPDATED.search(before):
                updated.append(d.value)
            elif _PUBLISHED.search(before):
                published.append(d.value)
            else:
                other.append(d.value)
    for found in (published, other, updated):
        if found:
            return found[0]
    return None


def find_title(doc: Document) -> str | None:
    return next((b.text.strip(SPACES) for b in doc.blocks if b.kind == "title"), None)


_ROLE_WORDS = {
    "Local", "Democracy", "Reporter", "Correspondent", "Editor", "Chief", "Senior", "Political",
    "Health", "Social", "Education", "News", "Staff", "Writer", "Deputy", "Affairs", "Care",
    "Children", "Home", "Public", "Policy", "Digital", "Community", "Online", "Data", "On", "In",
}  # fmt: skip
_POSTED_BY = re.compile(r"^(?:posted|written|words)\s+by\s+", re.IGNORECASE)


_PARTS = re.compile(r"\s+[|•·]\s+")


def byline_name(line: str) -> str | None:
    """The author's name in a byline, without "By" and without the job title; in a line
    of parts ("14 July 2022 | By Ann Lowe"), the part that starts with "By"."""
    parts = _PARTS.split(line.strip(SPACES))
    line = next((p for p in parts if _BY.match(p) or _POSTED_BY.match(p)), parts[0])
    s = _POSTED_BY.sub("", _BY.sub("", line.strip(SPACES)))
    m = _NAME.match(s)
    if not m:
        return None
    words = m.group().split()
    while words and words[-1] in _ROLE_WORDS:
        words.pop()
    return " ".join(words) if len(words) >= 2 else None


def find_author(doc: Document) -> str | None:
    for i in _header_blocks(doc):
        b = doc.blocks[i]
        if b.kind != "meta":
            continue
        parts = _PARTS.split(b.text.strip(SPACES))
        if any(is_byline(p) or _POSTED_BY.match(p) for p in parts):
            name = byline_name(b.text)
            if name:
                return name
    return None


def find_publisher(doc: Document) -> str | None:
    for b in doc.blocks:
        if b.kind not in ("furniture", "meta", "body"):
            continue
        s = b.text.strip(SPACES)
        for pattern in (_SITE_IS, _OFFER):
            m = pattern.match(s)
            if m and b.kind != "body":
                return m["site"].strip()
    for b in doc.blocks:
        if b.kind == "furniture":
            m = _COPYRIGHT.search(b.text)
            if m:
                return m["site"].strip()
    return _press_release_council(doc)


def _press_release_council(doc: Document) -> str | None:
    """A council's press release: an end mark after the story; the publisher is the
    first council the release names in full ("Leicester City Council")."""
    if not any(_END_MARK.match(b.text) for b in doc.blocks):
        return None
    for b in doc.body:
        m = _COUNCIL_ORG.search(b.text)
        if m and m.group().split()[0] not in {"The", "A", "Every", "Each", "No"}:
            return m.group()
    return None


def extract_meta(doc: Document) -> ArticleMeta:
    """Title, author, publisher and date as the article's text gives them."""
    return ArticleMeta(
        title=find_title(doc),
        author=find_author(doc),
        publisher=find_publisher(doc),
        date=find_date(doc),
    )
