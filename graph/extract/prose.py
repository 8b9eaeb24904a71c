"""Sentences and clauses of the story's blocks, as offsets into the unchanged text.

Scraping glues sentences together ("in care.With children", "subscribers.‘Heading’")
and leaves odd spaces, so a sentence ends at . ! ? (and any closing marks) followed
by spaces and a capital, a digit or an opening mark, or directly by a capital letter.
Abbreviations (Cllr., Dr., St.), initials (J. Smith) and decimals (3.5) do not end a
sentence. Nothing is rewritten: each sentence is a (start, end) pair into the text.

Clauses cut a sentence at semicolons and at the words that turn an argument (but,
although, while, however, whereas, despite, ", and"): the judgement and theme rules
read a grade or a criticism within its own clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from graph.extract.layout import Block, Document

_OPEN = "\"'“‘«„("
_CLOSE = "\"'”’»)]"
_GAP = r"[ \t\u00a0\u2009\u202f]*"


@cache
def _end(also_before: str) -> re.Pattern[str]:
    """A sentence end: . ! ? and closing marks, before a capital, a digit or an opening
    mark (or one of ``also_before``, e.g. the filler that masks a quotation)."""
    openers = re.escape(_OPEN + also_before)
    return re.compile(rf"[.!?…]+[{re.escape(_CLOSE)}]*(?={_GAP}[{openers}]*[A-Z0-9{openers}])")


_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Mx|Dr|Cllr|Coun|St|Prof|Rev|No|Nos|Sr|Jr|Co|Ltd|Inc|vs|etc|approx|"
    r"Gov|Dept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Fig|Vol|Ch|para|cf)"
    r"|\b[A-Z]|\be\.g|\bi\.e)$"
)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    block: int  # index of its block in ``Document.blocks``
    kind: str  # the block's kind (title, heading, body, list)

    def of(self, text: str) -> str:
        return text[self.start : self.end]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_block(text: str, start: int, end: int, also_before: str = "") -> list[tuple[int, int]]:
    """The sentences of text[start:end]: the one sentence splitter of the extractors."""
    out: list[tuple[int, int]] = []
    pos = start
    for m in _end(also_before).finditer(text, start, end):
        dot = m.start()
        if text[dot] == "." and _ABBREV.search(text, max(start, dot - 8), dot):
            continue
        nxt = m.end()
        prev = text[dot - 1] if dot > start else ""
        if text[dot] == "." and prev.isdigit() and nxt < end and text[nxt].isdigit():
            continue  # 3.5
        if nxt < end and not text[nxt].isspace() and prev.isupper() and text[dot] == ".":
            continue  # U.K.S
        s, e = _trim(text, pos, m.end())
        if e > s:
            out.append((s, e))
        pos = m.end()
    s, e = _trim(text, pos, end)
    if e > s:
        out.append((s, e))
    return out


def sentences(doc: Document) -> list[Sentence]:
    """Every sentence of the document's fact-bearing blocks, in text order (cached)."""
    cached = doc.cache.get("sentences")
    if cached is not None:
        return cached
    body = {id(b) for b in doc.body}
    out: list[Sentence] = []
    for i, block in enumerate(doc.blocks):
        if id(block) not in body:
            continue
        for s, e in split_block(doc.text, block.span.start, block.span.end):
            out.append(Sentence(s, e, i, block.kind))
    doc.cache["sentences"] = out
    return out


def block_of(doc: Document, sent: Sentence) -> Block:
    return doc.blocks[sent.block]


_CLAUSE_BREAK = re.compile(
    r"\s*;\s+|(?P<colon>\s*:\s+)|\s*[–—]\s+|,?\s+\b(?:but|although|though|whereas|however)\b,?\s*"
    r"|,\s+yet\b,?\s*"
    r"|,\s+(?:while|whilst|despite|and|with)\b\s*",
    re.IGNORECASE,
)
_CONCESSIVE = re.compile(
    r"(?:while|whilst|although|though|even though|despite|in spite of)\b[^,;]{3,200}?,\s*",
    re.IGNORECASE,
)


_RELATIVE_BREAK = re.compile(r",\s+(?=(?:which|whereby|who|where)\b)", re.IGNORECASE)


def clauses(
    text: str, start: int, end: int, relative: bool = False, colon: bool = True
) -> list[tuple[int, int]]:
    """The clauses of the sentence text[start:end] (see the module's docstring);
    with ``relative``, relative clauses (", which ...") are clauses of their own;
    without ``colon``, a colon does not cut ("Overall effectiveness: good")."""
    if relative:
        out = []
        for cs, ce in clauses(text, start, end, colon=colon):
            pos = cs
            for m in _RELATIVE_BREAK.finditer(text, cs, ce):
                out.append((pos, m.start()))
                pos = m.end()
            out.append((pos, ce))
        return out
    out: list[tuple[int, int]] = []
    pos = start
    lead = _CONCESSIVE.match(text, start, end)
    if lead:  # "While X, Y": X and Y are two clauses
        comma = text.rindex(",", start, lead.end())
        out.append((start, comma))
        pos = lead.end()
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if m["colon"] and not colon:
            continue
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = max(pos, m.end())
    if end > pos:
        out.append((pos, end))
    return out or [(start, end)]
