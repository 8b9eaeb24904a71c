"""Paragraphs of the body: the units that quotation and speaker rules read.

Layout gives blocks, and a block may hold several lines (scraped text often has no
blank lines between paragraphs). Quotations run on from one paragraph to the next
and attributions refer back to the previous paragraph, so both need the same list of
paragraphs: every non-blank line of every body block, in order, trimmed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.extract.layout import Document

_LINE = re.compile(r"[^\n\r\u2028\u2029]+")
# Non-breaking, thin and other Unicode spaces count as blank at a paragraph's edges.
_EDGE = " \t\f\v\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\ufeff"  # noqa: E501


@dataclass(frozen=True)
class Paragraph:
    """One trimmed non-blank line of a body block; offsets are into the article text."""

    start: int
    end: int
    kind: str  # the layout kind of its block: "body", "heading" or "title"
    index: int  # position in the list of paragraphs


def paragraphs(doc: Document) -> list[Paragraph]:
    """Every non-blank line of the document's body blocks, in text order."""
    out: list[Paragraph] = []
    for block in sorted(doc.body, key=lambda b: b.span.start):
        base = block.span.start
        for m in _LINE.finditer(doc.text, base, block.span.end):
            line = m.group()
            stripped = line.strip(_EDGE)
            if not stripped:
                continue
            start = m.start() + (len(line) - len(line.lstrip(_EDGE)))
            out.append(Paragraph(start, start + len(stripped), block.kind, len(out)))
    return out
