"""Sentences around quotations, with the quotations masked out.

Attribution rules read the words outside quotations ("X said", "states the report"),
so the quoted passages (marks included) are replaced by a filler character of the
same length: offsets stay those of the article, and nothing inside a quotation can
look like a speech verb or a name. Sentences are then cut at . ! ? followed by a
capital, including sentences glued together by scraping ("in care.With children"),
but not after common abbreviations and initials (Cllr. J. Smith).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from graph.extract.marks import MARKS
from graph.extract.paragraphs import Paragraph
from graph.extract.prose import split_block
from graph.extract.records import QuoteRecord

FILL = "\u2592"  # ▒ : not a letter, digit, space or punctuation the rules look for


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    para: int  # index of its paragraph


def quote_bounds(text: str, q: QuoteRecord) -> tuple[int, int]:
    """The quotation with its marks: [opening mark, just after the closing mark)."""
    start = (
        q.span.start - 1 if q.span.start > 0 and text[q.span.start - 1] in MARKS else q.span.start
    )
    end = q.span.end + 1 if q.span.end < len(text) and text[q.span.end] in MARKS else q.span.end
    return start, end


def mask(text: str, quotes: Sequence[QuoteRecord]) -> str:
    """The text with every quotation (marks included) replaced by FILL characters,
    line breaks kept so that paragraphs stay where they are."""
    parts: list[str] = []
    pos = 0
    for q in sorted(quotes, key=lambda q: q.span.start):
        start, end = quote_bounds(text, q)
        start = max(start, pos)
        if end <= start:
            continue
        parts.append(text[pos:start])
        parts.append(re.sub(r"[^\n]", FILL, text[start:end]))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def split(masked: str, text: str, paras: Sequence[Paragraph]) -> list[Sentence]:
    """The sentences of every paragraph, in order, cut by ``prose.split_block`` on the
    masked text (a masked quotation may start the next sentence)."""
    out = [
        Sentence(start, end, p.index)
        for p in paras
        for start, end in split_block(masked, p.start, p.end, also_before=FILL)
    ]
    return _split_after_quotes(out, masked, text)


_AFTER_QUOTE = re.compile(rf"{FILL}(?=\s+[A-Z])")
_SAY_TAIL = re.compile(r"^\s+[^.!?]{0,80}?\b(?:said|says|added|adds|explained|commented)\b")


def _split_after_quotes(sents: list[Sentence], masked: str, text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for s in sents:
        start = s.start
        for m in _AFTER_QUOTE.finditer(masked, s.start, s.end):
            inner_end = text[m.start() - 1 : m.start() + 1]
            if not any(c in ".!?" for c in inner_end):
                continue
            if _SAY_TAIL.match(masked, m.end(), s.end):
                continue  # “...improve.” Sarah Russell said.
            out.append(Sentence(start, m.end(), s.para))
            start = m.end()
            while start < s.end and masked[start].isspace():
                start += 1
        out.append(Sentence(start, s.end, s.para))
    return out


class SentenceIndex:
    """Find the sentence holding an offset."""

    def __init__(self, sentences: list[Sentence]) -> None:
        self.sentences = sentences
        self._starts = [s.start for s in sentences]

    def at(self, offset: int) -> int | None:
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < max(self.sentences[i].end, self.sentences[i].start + 1):
            return i
        return None
