"""Layout: the article's text cut into blocks, with page furniture marked.

Scraped news pages come as one paragraph per line, with the page around the story:
menus, bylines and dates, picture captions (often printed twice), cross-heads,
adverts for the publisher's other products, subscription offers, lists of other
stories with their dates, footers with addresses and social-media icon names. A
block is one non-blank line; each gets a kind:

- ``title``: the first headline-like line; ``meta``: byline and date lines under it;
- ``heading``: short cross-heads; ``body``: paragraphs; ``list``: bullet items;
- ``caption``: picture captions; ``furniture``: everything that is not the story.

Extractors read ``Document.body`` and never see furniture or captions, so no fact
comes from them. A press release's "Notes to editors" (which often date the inspection
and give the previous grade) are story, up to the press office's contact lines. The
rules look at the genre's patterns (a line repeated at once, a price per month, a
"Read more" link, a postcode), never at any one site's wording.
The text itself is never changed: every span is an offset into ``Document.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from graph.extract.dates import find_dates
from graph.extract.records import Span

BlockKind = Literal["title", "meta", "heading", "body", "caption", "list", "furniture"]
FACT_KINDS = ("title", "heading", "body", "list")


@dataclass(frozen=True)
class Block:
    span: Span
    kind: BlockKind
    text: str


@dataclass
class Document:
    """The exact article text and its blocks; offsets are into ``text``."""

    text: str
    blocks: list[Block] = field(default_factory=list)
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def body(self) -> list[Block]:
        """Blocks that can carry facts: title, headings, body paragraphs, list items."""
        return [b for b in self.blocks if b.kind in FACT_KINDS]

    @property
    def header(self) -> list[Block]:
        """The title and the meta lines (byline, date) around it."""
        return [b for b in self.blocks if b.kind in ("title", "meta")]


# Unicode spaces that scraping leaves at the edges of lines.
SPACES = " \t\f\v\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\ufeff\u200b"  # noqa: E501
_LINE = re.compile(r"[^\n\r\u2028\u2029]+")
_BULLET = re.compile(r"(?:[•●▪◦·*\-–—►▸‣⁃]|\d{1,2}[.)])[" + SPACES + r"]+")
_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?"
# A line that is only a date (with an optional weekday, time or "Published"/"Updated").
_DATE_CORE = (
    rf"(?:{_WEEKDAY}\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS},?\s+\d{{4}}"
    rf"|{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2})"
)
DATE_LINE = re.compile(
    r"^(?:(?:first\s+)?(?:published|posted|updated|last\s+updated|date)(?:\s+on)?:?\s*)?"
    + _DATE_CORE
    + r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\.?$",
    re.IGNORECASE,
)

# Navigation and site chrome: short lines made only of such words.
_NAV_WORDS = {
    "skip", "to", "content", "main", "menu", "home", "search", "contact", "us", "about",
    "make", "an", "enquiry", "enquiries", "login", "log", "in", "sign", "up", "register",
    "subscribe", "today", "now", "share", "this", "article", "print", "email", "tweet",
    "facebook", "twitter", "linkedin", "whatsapp", "instagram", "youtube", "close", "back",
    "top", "next", "previous", "more", "news", "jobs", "events", "cookies", "privacy",
    "policy", "terms", "accessibility", "sitemap", "navigation", "open", "toggle", "my",
    "account", "basket", "cart", "donate", "follow", "read", "full", "story", "the",
    "all", "view", "see", "comments", "comment", "reply", "and", "of", "&", "page",
    "accept", "reject", "manage", "preferences", "settings", "agree", "consent", "options",
}  # fmt: skip
_SOCIAL = re.compile(
    r"\b(?:facebook|twitter|linkedin|instagram|youtube|pinterest|rss|whatsapp|tiktok|"
    r"chevron|bars|close)\b",
    re.IGNORECASE,
)
_READ_MORE = re.compile(
    r"^(?:read (?:full story|more|the full (?:story|article))|continue reading|"
    r"find out more|more info(?:rmation)?|click here.*|view (?:all|more).*)\W*$",
    re.IGNORECASE,
)
# A teaser for another story: "READ MORE: Council rated good", "Related: ...".
_TEASER_LEAD = re.compile(
    r"^(?:read\s+(?:more|next|this)|also\s+read|related(?:\s+(?:story|article|news))?|"
    r"see\s+also|more\s+(?:news|stories|on\s+this)|most\s+read|watch|listen)\s*[:|–—]\s*\S",
    re.IGNORECASE,
)
_PRICE = re.compile(
    r"(?:[£$€]\s?\d[\d.,]*\s*(?:/|per|a)\s*(?:month|year|week|annum)|^from\s+[£$€])", re.I
)
_SUBSCRIBE = re.compile(
    r"\b(?:subscribe|subscription|subscribers?|membership|sign up|free trial|log ?in to|"
    r"already a (?:member|subscriber)|newsletter)\b",
    re.IGNORECASE,
)
_ADVERT_CUES = re.compile(
    r"\b(?:check out|find out more|available (?:to|for) all|subscribers?|subscription|"
    r"sign up|register (?:now|today|here)|book (?:now|your place)|free trial|"
    r"(?:knowledge|practice|resource|learning) (?:and practice )?hub|webinars?|"
    r"download (?:our|the|your)|try it|learn more|visit our|our (?:new )?(?:guide|toolkit))\b",
    re.IGNORECASE,
)
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_FOOTER = re.compile(
    r"(?:©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|website (?:design|by)|"
    r"registered (?:in england|office|charity|company)|company (?:no|number)|"
    r"\bcookie|privacy (?:policy|notice)|terms (?:and|&) conditions|"
    r"\bcollaboration\b.*\bby\b|powered by)",
    re.IGNORECASE,
)
# A site describing itself: "X is an online resource for professionals ..."
SITE_BLURB = re.compile(
    r"^[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,4}\s+is\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}"
    r"(?:resource|magazine|website|site|publication|news\s+(?:service|site)|newsletter|"
    r"platform|journal|newspaper)\b.*\b(?:for|by|from|presented|published)\b"
)
_CAPTION = re.compile(
    r"(?:\b(?:Picture|Photo(?:graph)?|Image|Credit|Photo credit)s?\s*:|\(Photo|"
    r"\bGetty Images\b|\bShutterstock\b|\bAlamy\b|\bPA (?:Wire|Media)\b)"
)
# Headers of the lists of other stories, topic hubs and the like at the page's end.
_TAIL_HEADER = re.compile(
    r"^(?:related(?: (?:articles?|stories|content|news|posts|links|topics|reading))?|"
    r"more (?:on this|from|like this|news|stories|articles).*|(?:latest|recent|top) "
    r"(?:news|stories|articles|posts)|most (?:read|popular|viewed)|you (?:may|might) also "
    r"(?:like|be interested in)|recommended(?: for you)?|read next|further reading|"
    r"knowledge (?:&|and) resources|(?:other|similar) (?:articles|stories|news)|"
    r"popular (?:articles|stories)|trending|tags?:?.*|topics?:|share (?:this|on).*|"
    r"also (?:read|in|on).*|in other news|elsewhere on .*|\d*\s*(?:reader\s+)?comments?"
    r"(?:\s*[:(]\s*\d+\)?)?|"
    r"leave a (?:comment|reply)|join the (?:discussion|conversation)|have your say)\W*$",
    re.IGNORECASE,
)
# Site notices written as sentences: cookie banners, browser warnings, sign-up prompts.
_NOTICE = re.compile(
    r"\bwe use cookies\b|\bcookies?\s+(?:policy|settings|preferences|notice)|accept\s+(?:all\s+)?"
    r"cookies|enable\s+javascript|javascript\s+is\s+(?:disabled|required)|your\s+browser\s+"
    r"(?:is|does)|sign\s+up\s+(?:to|for)\s+(?:our|the)\s+(?:free\s+)?(?:\w+\s+)?newsletter|"
    r"^advertisement$|^sponsored\b|^(?:this|the)\s+article\s+(?:is|was)\s+(?:more\s+than|over)\s+"
    r"\d+\s+years?\s+old",
    re.IGNORECASE,
)
_END_MARK = re.compile(r"^\W*(?:ends|end|-ends-)\W*$", re.IGNORECASE)
_SHARE = re.compile(r"^share\s+(?:on|via|this|to|by)\b", re.IGNORECASE)
_TERMINAL = ".!?…"
_QUOTES = "\"'“”‘’«»„"


def _words(s: str) -> list[str]:
    return _WORDS.findall(s)


def _is_nav(s: str) -> bool:
    words = [w.lower() for w in _words(s)]
    return 0 < len(words) <= 5 and all(w in _NAV_WORDS for w in words)


_CRUMB = re.compile(r"\s(?:\||>|›|»|/)\s")


def _is_breadcrumb(s: str) -> bool:
    """'Home | News | Social care', 'Home > Children > Ofsted'."""
    parts = _CRUMB.split(s)
    return len(parts) >= 3 and all(0 < len(_words(p)) <= 4 for p in parts)


def _is_social(s: str) -> bool:
    return len(_SOCIAL.findall(s)) >= 3


def _is_prose(s: str) -> bool:
    """A paragraph of running text: several words, ending like a sentence."""
    return len(_words(s)) >= 8 and s.rstrip(_QUOTES + ")")[-1:] in _TERMINAL


def _is_heading_like(s: str) -> bool:
    return 0 < len(_words(s)) <= 14 and s.rstrip(_QUOTES)[-1:] not in _TERMINAL + ":;,"


_BYLINE = re.compile(
    r"^(?:[Bb]y\s+(?P<by>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,2})(?:[\s,|–-]+.{0,60})?$|"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,2})"
    r"(?:\s*(?:,|\||-|–)\s*[\w &'’-]{2,40})?$)"
)
_NOT_NAME = re.compile(
    r"\b(?:Council|Ofsted|News|Services?|Care|Children|Report|Inspection|Contact|Us|Home|"
    r"Menu|Search|Subscribe|Today|Social|Government|Department|Agency|Trust|Press|Release|"
    r"Magazine|Digital|Now|Online|Latest|Resources|The|Of|And|For|In|On|At)\b"
)


def is_byline(s: str) -> bool:
    """A short line naming the author: "Jane Smith", "By Jane Smith", "Jane Smith, reporter"."""
    s = s.strip(SPACES)
    m = _BYLINE.match(s)
    if not m:
        return False
    if m["by"]:
        return len(_words(s)) <= 12
    return not _NOT_NAME.search(m["name"])


def _raw_blocks(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_bullet) of every non-blank line, trimmed of spaces and bullets."""
    out = []
    for m in _LINE.finditer(text):
        line = m.group()
        stripped = line.strip(SPACES)
        if not stripped:
            continue
        start = m.start() + len(line) - len(line.lstrip(SPACES))
        end = start + len(stripped)
        bullet = _BULLET.match(text, start, end)
        if bullet and bullet.end() < end:
            out.append((bullet.end(), end, True))
        else:
            out.append((start, end, False))
    return out


def segment(text: str) -> Document:
    """Cut the text into blocks (one per non-blank line) and give each its kind."""
    raw = _raw_blocks(text)
    lines = [text[s:e] for s, e, _ in raw]
    kinds: list[str] = ["list" if bullet else "body" for _, _, bullet in raw]
    n = len(raw)

    # 1. Lines that are furniture on their own.
    for i, s in enumerate(lines):
        if (
            _is_nav(s)
            or _is_breadcrumb(s)
            or _is_social(s)
            or _READ_MORE.match(s)
            or _TEASER_LEAD.match(s)
            or _PRICE.search(s)
            or (_FOOTER.search(s) and not _is_prose(s))
            or (_POSTCODE.search(s) and len(_words(s)) <= 20)
            or SITE_BLURB.match(s)
            or _NOTICE.search(s)
            or (_SHARE.match(s) and len(_words(s)) <= 5)
        ):
            kinds[i] = "furniture"
        elif _CAPTION.search(s) and len(_words(s)) <= 40:
            kinds[i] = "caption"

    # 2. A line printed twice in a row is a picture caption (the image's alt text and
    #    its caption): both copies are captions.
    for i in range(n - 1):
        if lines[i] == lines[i + 1] and kinds[i] != "furniture":
            kinds[i] = kinds[i + 1] = "caption"

    # 3. Adverts for the publisher's other products, with the cross-head above them.
    for i, s in enumerate(lines):
        if kinds[i] == "body" and len(_ADVERT_CUES.findall(s)) >= 2:
            kinds[i] = "furniture"
            if i > 0 and kinds[i - 1] in ("body", "heading") and _is_heading_like(lines[i - 1]):
                kinds[i - 1] = "furniture"

    # 4. Subscription offers: the offer's header, its bullet list and prices. A
    #    "Subscribe" link among the menus above the story is no offer: the headline and
    #    date lines under it stay.
    first_prose = next((i for i, s in enumerate(lines) if _is_prose(s)), n)
    for i, s in enumerate(lines):
        if _SUBSCRIBE.search(s) and not _is_prose(s) and len(_words(s)) <= 8:
            kinds[i] = "furniture"
            if i < first_prose and (_is_nav(s) or _CRUMB.search(s) or len(_words(s)) <= 3):
                continue
            j = i + 1
            while j < n and (kinds[j] in ("list", "furniture") or not _is_prose(lines[j])):
                if kinds[j] == "caption":
                    break
                kinds[j] = "furniture"
                j += 1
            # the offer's title just above ("X Digital membership", "X Magazine")
            if i > 0 and kinds[i - 1] == "list":
                k = i - 1
                while k >= 0 and kinds[k] == "list":
                    kinds[k] = "furniture"
                    k -= 1

    # 5. The page's tail: lists of other stories (a header such as "Related articles",
    #    or dated teasers with "Read more" links). Their teaser paragraphs are prose,
    #    so a teaser is told by its neighbours: a date line or a read-more link.
    #    Dates in the header (before the story's second long paragraph) are the
    #    story's own, not teasers.
    dated = {i for i, s in enumerate(lines) if DATE_LINE.match(s)}
    first_prose = next((i for i, s in enumerate(lines) if _is_prose(s)), n)
    zone, prose_seen = _header_zone(lines, kinds)
    teaser_marks = {
        i
        for i in range(n)
        if (i in dated and i > first_prose and i >= zone) or _READ_MORE.match(lines[i])
    }
    tail = next(
        (
            i
            for i, s in enumerate(lines)
            if i > first_prose
            and (_TAIL_HEADER.match(s) or _END_MARK.match(s))
            # (share buttons under the byline, in the header, are no tail)
            and not (i < zone and _SHARE.match(s))
        ),
        None,
    )
    if tail is not None:
        for i in range(tail, n):
            near_teaser = any(j in teaser_marks for j in range(i - 2, i + 3))
            trimmed = lines[i].rstrip()
            teaser_end = trimmed.endswith(("[...]", "[…]", "...", "…"))
            ender = _END_MARK.match(lines[i])
            if (
                _is_prose(lines[i])
                and not near_teaser
                and not teaser_end
                and len(_words(lines[i])) >= 30
                and not ender
            ):
                continue  # the story goes on (notes to editors, a late paragraph)
            kinds[i] = "furniture"
    _keep_notes_to_editors(lines, kinds, [b for _, _, b in raw], first_prose)
    for i in teaser_marks:
        kinds[i] = "furniture"
        for j in (i - 2, i - 1, i + 1, i + 2):
            if 0 <= j < n and j > first_prose and kinds[j] in ("body", "heading"):
                s = lines[j]
                if _is_heading_like(s) or s.rstrip().endswith(("[...]", "[…]", "…")):
                    kinds[j] = "furniture"

    # 6. The header: near the top, before the story's second paragraph. Short lines
    #    with a date or a byline are meta. The title is the headline just above the
    #    byline and date (with its standfirst), else the first headline-like line;
    #    short lines above the title are the site's menus.
    for i in range(zone):
        if kinds[i] in ("body", "list") and _is_meta_line(lines[i]):
            kinds[i] = "meta"
    # a site's name at the top, above a headline and a dated line, is no byline
    dated_meta = [i for i in range(zone) if kinds[i] == "meta" and find_dates(lines[i])]
    for i in range(zone):
        if (
            kinds[i] == "meta"
            and _masthead(lines[i])
            and dated_meta
            and any(_is_heading_like(lines[j]) for j in range(i + 1, dated_meta[0]))
        ):
            kinds[i] = "furniture"
    title = _headline_above_meta(lines, kinds, zone)
    if title is not None:
        kinds[title] = "title"
        for i in range(title):
            if kinds[i] in ("body", "list") and len(_words(lines[i])) <= 5:
                kinds[i] = "furniture"
    for i in range(zone):
        if title is not None or kinds[i] not in ("body", "list"):
            continue
        s = lines[i]
        if _is_heading_like(s) or (len(_words(s)) <= 20 and s.rstrip()[-1:] in "?!"):
            if prose_seen and i > first_prose:
                continue  # a cross-head below the lede is no title
            title = i
            kinds[i] = "title"

    # 7. Cross-heads: short lines without sentence punctuation inside the story.
    for i, s in enumerate(lines):
        if kinds[i] == "body" and _is_heading_like(s):
            kinds[i] = "meta" if DATE_LINE.match(s) and i <= first_prose else "heading"

    blocks = [
        Block(Span(s, e), kinds[i], text[s:e])  # type: ignore[arg-type]
        for i, (s, e, _) in enumerate(raw)
    ]
    return Document(text, blocks)


# A press release's notes to editors often date the inspection and give the previous
# grade: their items are part of the story, up to the press office's contact lines.
_NOTES_HEADER = re.compile(
    r"^(?:notes?\s+(?:to|for)\s+(?:editors?|news\s*desks?)|editors?['’]?\s*s?['’]?\s+notes?|"
    r"background(?:\s+(?:notes?|information))?|notes?)\W*$",
    re.IGNORECASE,
)
_NOTES_END = re.compile(
    r"^(?:for\s+(?:more|further)\s+(?:information|details)|(?:media|press)\s+(?:enquiries|contacts?|"
    r"office|queries)|contacts?\b|about\s+(?:the\s+)?[A-Z\w]|issued\s+by|ends\b)",
    re.IGNORECASE,
)
_CONTACT = re.compile(r"@|https?://|www\.|\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b")


def _keep_notes_to_editors(
    lines: list[str], kinds: list[str], bullets: list[bool], first_prose: int
) -> None:
    """Mark the items of a "Notes to editors" section as story: numbered or bulleted items
    and sentences, up to a contact line or the next page header."""
    n = len(lines)
    for i in range(first_prose + 1, n):
        if not _NOTES_HEADER.match(lines[i]):
            continue
        for j in range(i + 1, n):
            s = lines[j]
            if _NOTES_END.match(s) or _TAIL_HEADER.match(s) or _is_social(s):
                return
            if _CONTACT.search(s) or _FOOTER.search(s) or len(_words(s)) < 6:
                continue
            if s.rstrip(_QUOTES + ")")[-1:] in _TERMINAL:
                kinds[j] = "list" if bullets[j] else "body"
        return


_HEADER_BLOCKS = 40  # how far down a page's header (menus, headline, byline) may reach


def _header_zone(lines: list[str], kinds: list[str]) -> tuple[int, int]:
    """Where the header ends: at the story's second long paragraph (a standfirst may
    come first), and how many long paragraphs came before that point."""
    prose_seen = 0
    zone = 0
    n = len(lines)
    while zone < min(n, _HEADER_BLOCKS):
        if kinds[zone] == "body" and _is_prose(lines[zone]) and len(_words(lines[zone])) > 16:
            prose_seen += 1
            if prose_seen == 2:
                break
        zone += 1
    return zone, prose_seen


def _headline_above_meta(lines: list[str], kinds: list[str], zone: int) -> int | None:
    """The headline of a page whose byline or date line sits under it: the top of
    the run of longer lines (headline, standfirst) just above the first meta line.
    Menus above it are short lines; the headline has some words and no full stop."""
    first_meta = next((i for i in range(zone) if kinds[i] == "meta"), None)
    if first_meta is None:
        return None
    top = None
    i = first_meta - 1
    while i >= 0 and kinds[i] in ("body", "list", "heading") and len(_words(lines[i])) >= 4:
        top = i
        i -= 1
    if top is None:
        return None
    s = lines[top].rstrip(SPACES + _QUOTES)
    if len(_words(s)) > 30 or s[-1:] in ".:;,":
        return None
    return top


_POSTED_BY = re.compile(r"^(?:posted|written|words)\s+by\s+[A-Z]", re.IGNORECASE)


def _masthead(s: str) -> bool:
    """A short line of capitalised words with no date and no "By": above the headline,
    a site's name, not an author."""
    return not find_dates(s) and not re.match(r"\s*by\s", s, re.IGNORECASE) and len(_words(s)) <= 3


def _is_meta_line(s: str) -> bool:
    """A byline or a short line carrying a date ("Updated 10:32, 5 SEP 2017")."""
    if DATE_LINE.match(s) or is_byline(s) or _BYLINE_DATE.match(s) or _POSTED_BY.match(s):
        return True
    return len(_words(s)) <= 16 and bool(find_dates(s)) and not _is_prose(s)


# "By Jane Smith, 5 September 2017" or "Jane Smith | 05/09/2017"
_BYLINE_DATE = re.compile(
    r"^(?:by\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,2}\s*(?:,|\||-|–|on)\s*" + _DATE_CORE,
    re.IGNORECASE,
)
