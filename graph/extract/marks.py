"""Quotation marks: which characters open and close a quotation, and how they pair.

News text mixes every kind of mark: curly and straight, single and double, pairs
that do not match (‘inadequate' or "good'), quotations inside quotations, and the
same characters used as apostrophes (it’s, children’s, councils'). A quotation that
runs on over several paragraphs opens each paragraph with a mark and closes only in
the last one. This module reads the marks of a list of paragraphs and returns the
outer passages; it decides nothing about whether a passage is a real quotation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from graph.extract.paragraphs import Paragraph

DOUBLE_OPEN = "“„‟«"
DOUBLE_CLOSE = "”»"
DOUBLE_EITHER = '"＂″'
SINGLE_OPEN = "‘‚‛‹`"
SINGLE_CLOSE = "’›"
SINGLE_EITHER = "'′"
DOUBLES = DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_EITHER
SINGLES = SINGLE_OPEN + SINGLE_CLOSE + SINGLE_EITHER
MARKS = DOUBLES + SINGLES

_MARK = re.compile(f"[{re.escape(MARKS)}]")
_OPEN_BEFORE = set("([{<–—-/:;,.…!?") | set(MARKS)
_CLOSE_AFTER = set(".,;:!?)]}>–—-/…") | set(MARKS)
_ELISION = re.compile(r"\d\d(?:s\b|\b)")  # ’90s, '09
_TERMINAL = set(".!?…:")


@dataclass(frozen=True)
class Passage:
    """The text inside one outer pair of marks, possibly over several paragraphs."""

    start: int  # just after the opening mark
    end: int  # just before the closing mark, or the paragraph's end when never closed
    opener: int  # offset of the opening mark
    closer: int | None  # offset of the closing mark; None when the text never closes it
    first: int  # index of the paragraph it opens in
    last: int  # index of the paragraph it ends in


def _space(c: str) -> bool:
    return c == "" or c.isspace()


def _possessive_ahead(s: str, j: int) -> bool:
    """Whether the ’ at ``j`` (after an s, before a lowercase word) is a plural possessive
    inside an open single quotation: the next single mark is another closing one."""
    if not (s[j + 1 : j + 2].isspace() and s[j + 2 : j + 3].islower()):
        return False
    for k in range(j + 1, len(s)):
        c = s[k]
        if c not in SINGLES:
            continue
        before = s[k - 1] if k > 0 else ""
        after = s[k + 1] if k + 1 < len(s) else ""
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe
        # a new quotation opening next means this one closed at j
        return not (c in SINGLE_OPEN or (c in SINGLE_EITHER and before.isspace()))
    return False


class _Scanner:
    """A stack of open marks carried across paragraphs."""

    def __init__(self, text: str, paras: Sequence[Paragraph]) -> None:
        self.text = text
        self.paras = paras
        self.stack: list[tuple[str, int, int]] = []  # (family "d"/"s", offset, paragraph)
        self.out: list[Passage] = []

    def _last(self, family: str) -> int | None:
        for k in range(len(self.stack) - 1, -1, -1):
            if self.stack[k][0] == family:
                return k
        return None

    def _close(self, k: int, pos: int, para: int) -> None:
        if k == 0:
            _, opener, first = self.stack[0]
            if pos > opener + 1:
                self.out.append(Passage(opener + 1, pos, opener, pos, first, para))
            self.stack.clear()
        else:
            del self.stack[k:]

    def _mark(self, c: str, j: int, s: str, base: int, para: int, last_dclose: int) -> None:
        prev = s[j - 1] if j > 0 else ""
        nxt = s[j + 1] if j + 1 < len(s) else ""
        left = not _space(nxt) and (_space(prev) or prev in _OPEN_BEFORE)
        right = not _space(prev) and (_space(nxt) or nxt in _CLOSE_AFTER)
        pos = base + j
        if c in SINGLES:
            glued_close = (
                nxt.isupper() and prev.islower() and s[j - 2 : j - 1].isalpha() and c in "’'"
            )
            if (
                prev.isalnum()
                and nxt.isalnum()
                and not (glued_close and self._last("s") is not None)
            ):
                return  # apostrophe: it’s, children’s, O’Brien
            if glued_close:
                right = True  # ‘A stable workforce’Inspectors: a heading glued by scraping
            if _space(prev) and _ELISION.match(s, j + 1):
                return  # ’90s
        d, sg = self._last("d"), self._last("s")
        if c in DOUBLE_OPEN:
            if right and not left and d is not None:
                self._close(d, pos, para)  # a closing mark typed the wrong way round
            else:
                self.stack.append(("d", pos, para))
        elif c in DOUBLE_CLOSE:
            if d is not None:
                self._close(d, pos, para)
            elif self.stack and right:
                self._close(len(self.stack) - 1, pos, para)  # ‘good”
            elif left and not right:
                self.stack.append(("d", pos, para))  # ”good” typed with one glyph
        elif c in DOUBLE_EITHER:
            if d is not None and right:
                self._close(d, pos, para)
            elif left:
                self.stack.append(("d", pos, para))
            elif right and self.stack:
                self._close(len(self.stack) - 1, pos, para)
        elif c in SINGLE_OPEN:
            if right and not left and sg is not None:
                self._close(sg, pos, para)
            elif left or not right:
                self.stack.append(("s", pos, para))
        else:  # ’ › ' ′
            if right:
                if sg is not None:
                    if prev in "sS" and _possessive_ahead(s, j):
                        return  # ‘Our social workers’ dedication is clear,’ he said.
                    self._close(sg, pos, para)
                elif d is not None:
                    # "good' closes a double mark, unless it is a plural possessive
                    # (councils’ budgets) or a real double closer comes later.
                    if prev in "sS" and nxt.isspace() and s[j + 2 : j + 3].islower():
                        return
                    if last_dclose > j:
                        return
                    self._close(d, pos, para)
            elif left and (c != "’" or sg is None):
                self.stack.append(("s", pos, para))

    def _continues(self, i: int) -> int:
        """How the open quotation goes on after paragraph ``i``: 2 = the next paragraph
        opens with a mark of the same kind (run-on quote), 1 = the paragraph was cut by a
        stray line break mid-sentence, 0 = it ends here."""
        if i + 1 >= len(self.paras):
            return 0
        here, nxt = self.paras[i], self.paras[i + 1]
        first = self.text[nxt.start]
        family = self.stack[0][0]
        opens = (DOUBLE_OPEN + DOUBLE_EITHER) if family == "d" else (SINGLE_OPEN + SINGLE_EITHER)
        if first in opens and self._speech_like(i):
            return 2
        if self.text[here.end - 1] not in _TERMINAL and first.islower():
            return 1
        return 0

    def _speech_like(self, i: int) -> bool:
        """Whether the open quotation looks like quoted speech that may run on: it opened
        a paragraph or followed a colon, comma or sentence end, or is several words long
        (a stray mark mid-sentence, as in "rated ‘good in 2019", is not)."""
        _, opener, first = self.stack[0]
        before = self.text[self.paras[first].start : opener].rstrip()
        if not before or before[-1] in ":,.!?…" or first != i:
            return True
        return len(self.text[opener + 1 : self.paras[i].end].split()) >= 5

    def _unclosed(self, para: int) -> None:
        family, opener, first = self.stack[0]
        end = self.paras[para].end
        words = len(self.text[opener + 1 : end].split())
        before = self.text[self.paras[first].start : opener].rstrip()
        at_start = before == "" or before.endswith(":")
        if words >= 3 and (family == "d" or at_start):
            self.out.append(Passage(opener + 1, end, opener, None, first, para))
        self.stack.clear()

    def run(self) -> list[Passage]:
        skip = -1
        for i, p in enumerate(self.paras):
            s = self.text[p.start : p.end]
            last_dclose = max(s.rfind(c) for c in DOUBLE_CLOSE + DOUBLE_EITHER)
            for m in _MARK.finditer(s):
                if m.start() == skip:
                    continue
                self._mark(m.group(), m.start(), s, p.start, i, last_dclose)
            skip = -1
            if self.stack:
                how = self._continues(i)
                if how == 2:
                    del self.stack[1:]
                    skip = 0
                elif how == 0:
                    self._unclosed(i)
        return self.out


def passages(text: str, paras: Sequence[Paragraph]) -> list[Passage]:
    """The outer quoted passages of the paragraphs, in text order."""
    return _Scanner(text, paras).run()
