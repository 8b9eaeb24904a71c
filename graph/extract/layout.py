"""Layout: the article's text cut into blocks, with page furniture marked.

A block is a paragraph-like run of text (a line, or lines without a blank line
between them). Extractors read ``Document.body`` and never see furniture blocks, so
menus, subscription offers, related-story lists and repeated captions yield no facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from graph.extract.records import Span

BlockKind = Literal["title", "meta", "heading", "body", "caption", "list", "furniture"]


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

    @property
    def body(self) -> list[Block]:
        """Blocks that can carry facts: body paragraphs and headings."""
        return [b for b in self.blocks if b.kind in ("body", "heading", "title")]


_LINE = re.compile(r"[^\n]+")


def segment(text: str) -> Document:
    """Cut the text into one block per non-blank line."""
    blocks = []
    for m in _LINE.finditer(text):
        if m.group().strip():
            start = m.start() + (len(m.group()) - len(m.group().lstrip()))
            end = m.end() - (len(m.group()) - len(m.group().rstrip()))
            blocks.append(Block(Span(start, end), "body", text[start:end]))
    return Document(text, blocks)
