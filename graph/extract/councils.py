"""Council mentions: where the story names a council, resolved through the gazetteer.

Every printed name of every council (name, council name, alternative names, with
"and"/"&" and hyphen/space variants) goes into one regular expression, longest
first, so "North East Lincolnshire" wins over "Lincolnshire" and "Leicestershire"
is never "Leicester". Names are matched with their capital letters, so "reading"
and "bury" are words, not councils. A mention's span takes in a following
"(City/County/Borough) Council" and the possessive.

Some names are also people's names or other things (Kent, Poole, Westminster,
Durham): a name right after a capitalised first name ("Jane Kent") or before another
capitalised word that is not part of a council's name ("Durham University") is not a
council; the most ambiguous ones (Reading, Bury, Sutton, Brent, Poole) need a council
word, a preposition or a verb next to them, and Westminster (mostly Parliament) needs
its council words. Title-case headlines are exempt from the capital-letter rules.
The year for resolving names that changed (Dorset, Northamptonshire) is the
publication year. Joined names have their press short forms ("Stockton", "Telford")
when the head names one council only.

``background`` tells a council named only as background: as history ("when Cumbria
County Council was abolished", "the former ..."), as half of a shared name ("North
and West Northamptonshire"), or one that no longer existed at publication.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date
from functools import cache

from graph import gazetteer as gazetteer_mod
from graph.extract.layout import Document
from graph.extract.records import CouncilMention, Span
from graph.gazetteer import Gazetteer, normalise_name

_SUFFIX = (
    r"(?:\s+(?:City|County|Borough|Metropolitan|Metropolitan Borough|District|"
    r"Metropolitan District|City and County|Royal Borough))*(?:\s+[Cc]ouncil)?"
)
# Names that are mostly something else unless a council word or a preposition is near.
_NEEDS_CONTEXT = {"Westminster", "Reading", "Bury", "Sutton", "Brent", "Poole"}
_CONTEXT_AFTER = re.compile(
    r"\s*(?:['’]s?\b|\s(?:City|County|Borough|Metropolitan|Council|council|children|"
    r"Children|social|Social|local|Safeguarding|was|were|has|had|is|are|will)\b)"
)
_CONTEXT_BEFORE = re.compile(
    r"\b(?:in|at|for|of|from|across|to|by|and|Meanwhile,|Elsewhere,|meanwhile,|elsewhere,|"
    r"rated|judged|graded|inspected|visited|praised|criticised|criticized|urged|told|named)\s+$"
)
# Capitalised words that may stand before a council name without making it a surname.
_FREE_BEFORE = {
    "In", "At", "For", "Of", "From", "Across", "To", "By", "And", "But", "Meanwhile",
    "Elsewhere", "While", "Whilst", "The", "Both", "With", "As", "On", "Since", "After",
    "Before", "Like", "Unlike", "Neighbouring", "Nearby", "Rural", "Inner", "Outer",
    "Greater", "Also", "Separately", "However", "Then", "Now", "Only", "Under", "Over",
    "Within", "Outside", "Inside", "Between", "Including", "Where", "When", "Leader",
    "Cllr", "Councillor", "Ofsted", "Royal", "Borough", "City", "County", "Mayor",
    "Why", "How", "What", "Last", "This", "That", "Today", "Yesterday", "Recently",
    "Earlier", "Later", "Previously", "Overall", "Yet", "So", "If", "Although", "Though",
    "Despite", "Whereas", "Among", "Amongst", "Against", "Via", "Per", "Around",
}  # fmt: skip
# Capitalised words that may follow a council name (otherwise "Durham University").
_FREE_AFTER = {
    "City", "County", "Borough", "Metropolitan", "Council", "Children", "Children's",
    "Children’s", "Social", "Safeguarding", "Local", "Family", "Families", "Youth",
    "Ofsted", "MBC", "MDC", "CC", "BC", "Cllr", "Councillor", "Director", "Leader",
    "Mayor", "And", "Partnership", "Early", "Adoption", "Fostering", "Care",
    # grades printed with capitals ("rated Northumberland Requires Improvement")
    "Requires", "Requiring", "Good", "Outstanding", "Inadequate", "Adequate",
}  # fmt: skip
_PREV_WORD = re.compile(r"([A-Z][\w'’-]*)[ \t\u00a0]+$")
_NEXT_WORD = re.compile(r"[ \t\u00a0]+([A-Z][\w'’-]*)")


def _variants(name: str) -> set[str]:
    """Printed forms of a name: and/&, hyphens/spaces."""
    forms = {name}
    for f in list(forms):
        forms.add(f.replace(" and ", " & "))
        forms.add(f.replace(" & ", " and "))
    for f in list(forms):
        forms.add(f.replace("-", " "))
        if " upon " in f or " on " in f:
            forms.add(re.sub(r" (upon|on) ", r"-\1-", f))
    return forms


@cache
def _pattern(gaz_id: int, names: tuple[str, ...]) -> re.Pattern[str]:
    alts = sorted(names, key=len, reverse=True)
    body = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in alts)
    return re.compile(rf"(?<![\w-])(?P<name>{body})(?P<suffix>{_SUFFIX})(?![\w-])")


_JOINED = re.compile(r"^(?P<head>[A-Z][\w']+(?: [A-Z][\w']+)?)(?:-on-| on | upon | with | and )")


def short_forms(gaz: Gazetteer) -> dict[str, str]:
    """Short names the press uses for joined names ("Stockton" for Stockton-on-Tees,
    "Telford" for Telford and Wrekin, "Blackburn" for Blackburn with Darwen), mapped
    to the council's code; only when the head names one council and no other council
    is called by it ("Kingston" is two councils, "Bournemouth" is a council itself)."""
    full = {normalise_name(n) for c in gaz.councils for n in c.names}
    heads: dict[str, set[str]] = {}
    for c in gaz.councils:
        for n in (c.name, c.council_name):
            m = _JOINED.match(n)
            if m:
                heads.setdefault(m["head"], set()).add(c.dfe_code)
    return {
        head: next(iter(codes))
        for head, codes in heads.items()
        if len(codes) == 1 and normalise_name(head) not in full
    }


def _names(gaz: Gazetteer) -> tuple[str, ...]:
    names: set[str] = set(short_forms(gaz))
    for c in gaz.councils:
        for n in c.names:
            # "Leicester council" is the name plus a suffix the pattern already allows
            base = re.sub(r"\s+council$", "", n, flags=re.IGNORECASE)
            if base and base[0].isupper():
                names |= _variants(base)
    return tuple(sorted(names))


def _title_case(line: str) -> bool:
    """A headline in Title Case, where capitals say nothing about names."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _plausible(text: str, m: re.Match[str], title_case: bool = False) -> bool:
    name = m["name"]
    before = text[max(0, m.start() - 40) : m.start()]
    after = text[m.end() : m.end() + 30]
    has_suffix = bool(m["suffix"].strip())
    prev = _PREV_WORD.search(before)
    if prev and prev.group(1) not in _FREE_BEFORE and not has_suffix and not title_case:
        # "Jane Kent", "Sarah Leicester" ... but not at a sentence start ("Kent. Barnet")
        return False
    nxt = _NEXT_WORD.match(after)
    if nxt and not has_suffix and nxt.group(1) not in _FREE_AFTER and not title_case:
        return False  # "Durham University", "Leicester Mercury"
    if re.match(r"\s*(?:Street|Road|Avenue|Lane|University|College|Hospital)\b", after):
        return False
    if name == "Westminster" and not has_suffix:  # mostly Parliament and government
        return bool(re.match(r"['’]s\s+(?:children|social|council)", after))
    if name in _NEEDS_CONTEXT and not has_suffix:
        return bool(_CONTEXT_AFTER.match(after) or _CONTEXT_BEFORE.search(before))
    return True


def find_mentions(doc: Document, gaz: Gazetteer, pub_date: date | None) -> list[CouncilMention]:
    """Every council named in the story's blocks, in text order."""
    names = _names(gaz)
    pattern = _pattern(id(gaz), names)
    short = short_forms(gaz)
    year = pub_date.year if pub_date else None
    out: list[CouncilMention] = []
    for block in doc.body:
        title_case = block.kind in ("title", "heading") and _title_case(block.text)
        for m in pattern.finditer(doc.text, block.span.start, block.span.end):
            if not _plausible(doc.text, m, title_case):
                continue
            council = gaz.resolve(normalise_name(m["name"]), year) or gaz.resolve(m["name"])
            if council is None and m["name"] in short:
                council = gaz.by_code[short[m["name"]]]
            if council is None:
                continue
            out.append(CouncilMention(council.dfe_code, Span(m.start(), m.end())))
    return out


# A council named as history: "created when Cumbria County Council was abolished",
# "the former Northamptonshire council", "which replaced Cumbria".
_HISTORY_AFTER = re.compile(
    r"\s*,?\s*(?:which\s+|that\s+)?(?:was|were|had\s+been|has\s+been|is\s+being)\s+"
    r"(?:\w+\s+)?(?:abolished|replaced|dissolved|scrapped|split(?:\s+up)?|merged|broken\s+up|"
    r"wound\s+up|disbanded)\b|\s*(?:ceased\s+to\s+exist|no\s+longer\s+exists)\b",
    re.IGNORECASE,
)
_HISTORY_BEFORE = re.compile(
    r"\b(?:former|defunct|abolished|now[-\s]abolished|predecessor|then)\s+$|"
    r"\b(?:replac(?:ed|ing|es)|succeed(?:ed|ing|s)|took\s+over\s+from|tak(?:es|ing)\s+over\s+"
    r"from|successor\s+to|split\s+from|carved\s+out\s+of|created\s+(?:from|out\s+of)|formed\s+"
    r"(?:from|out\s+of)|formerly(?:\s+part\s+of)?|part\s+of)\s+(?:the\s+)?(?:former\s+)?$",
    re.IGNORECASE,
)
# "North and West Northamptonshire": a name shared by two councils.
_SHARED_NAME = re.compile(r"\b(?:North|South|East|West|Central|Mid)\s+(?:and|&)\s+$", re.IGNORECASE)


def background(
    text: str, mention: CouncilMention, pub_date: date | None, gaz: Gazetteer | None = None
) -> bool:
    """Whether the mention names a council only as background: as history (abolished,
    replaced, "former"), as half of a shared name, or a council that no longer existed
    when the article was published. Such a council takes no undated grade."""
    start, end = mention.span.start, mention.span.end
    if _HISTORY_AFTER.match(text, end, min(len(text), end + 80)):
        return True
    before = text[max(0, start - 40) : start]
    if _HISTORY_BEFORE.search(before) or _SHARED_NAME.search(before):
        return True
    if pub_date is not None:
        council = (gaz or gazetteer_mod.load()).by_code.get(mention.dfe_code)
        if council is not None and not council.existed_in(pub_date.year):
            return True
    return False


class Mentions:
    """Council mentions in text order, with lookups by position."""

    def __init__(self, mentions: list[CouncilMention]) -> None:
        self.items = sorted(mentions, key=lambda m: m.span.start)
        self._starts = [m.span.start for m in self.items]

    def within(self, start: int, end: int) -> list[CouncilMention]:
        """Mentions that start in [start, end)."""
        return self.items[bisect_left(self._starts, start) : bisect_left(self._starts, end)]

    def before(self, offset: int) -> CouncilMention | None:
        """The last mention that starts before ``offset``."""
        i = bisect_left(self._starts, offset)
        return self.items[i - 1] if i else None

    def after(self, offset: int) -> CouncilMention | None:
        """The first mention that starts at or after ``offset``."""
        i = bisect_left(self._starts, offset)
        return self.items[i] if i < len(self.items) else None
