"""Quotations: the passages inside quotation marks that are someone's words.

``marks`` pairs the marks; this module keeps the passages that are quotations and
drops the ones that are not:

- scare quotes around a grade or rating ('good', “requires improvement”);
- labels and names in quotes (the 'Signs of Safety' model, a scheme dubbed 'x');
- headings (cross-heads) that repeat a phrase in quotes, whether on a line of their
  own or glued to the end or start of a paragraph by scraping.

A quotation's span is the text inside its outer marks; a run-on quotation over
several paragraphs is one passage. ``partial`` marks a fragment quoted inside a
sentence of reported speech, as opposed to whole quoted sentences.
"""

from __future__ import annotations

import re

from graph.extract import marks
from graph.extract.layout import Document
from graph.extract.paragraphs import Paragraph, paragraphs
from graph.extract.records import QuoteRecord, Span

_GRADE = re.compile(
    r"^(?:an? |the )?(?:(?:rated|judged|graded|overall|grade) )?"
    r"(?:outstanding|good|adequate|inadequate|satisfactory|"
    r"requir(?:es?|ed|ing) improvement(?: to be good)?|"
    r"good or (?:better|outstanding)|outstanding or good|"
    r"performing (?:excellently|well|adequately|poorly)|grade [1-4])"
    r"(?: overall)?(?: rating| grade| judgement)?$"
)
_LABEL_CUE = re.compile(
    r"(?:so[- ]called|known as|dubbed|entitled|titled|nicknamed|"
    r"the (?:term|phrase|word|label|slogan|hashtag))\s*$",
    re.IGNORECASE,
)
# A cross-head's label before its quoted phrase: "Havering: ", "BCP council – " (a name)
_LABEL = re.compile(
    r"^[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|and|of|upon|on|&|council|county|city|borough))"
    r"{0,4}\s*[:–—-]\s*$"
)
_SMALL = {"of", "and", "the", "for", "to", "in", "on", "a", "an", "at", "with", "by", "&", "or"}
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_TERMINAL = ".!?…"


def _norm(text: str) -> str:
    return " ".join(w.lower() for w in _WORD.findall(text))


def is_grade(text: str) -> bool:
    """Whether a quoted phrase is only a grade or rating (a scare quote)."""
    return bool(_GRADE.match(_norm(text)))


def _bullet(c: str) -> bool:
    """A character that opens a list item: a dot, a dash, an arrow or an emoji (👉, ✅)."""
    return bool(c) and not c.isalnum() and not c.isspace() and c not in "([{£$€#@&%'\""


def _sentence_start(before: str) -> bool:
    b = before.rstrip()
    return not b or b[-1] in _TERMINAL + ":;" + marks.MARKS or _bullet(b[-1])


def _is_label(inner: str, before: str) -> bool:
    """A name or label in quotes: every word capitalised, mid-sentence, no sentence."""
    if _LABEL_CUE.search(before):
        return True
    words = _WORD.findall(inner)
    if not words or len(words) > 6 or inner.rstrip()[-1:] in _TERMINAL:
        return False
    if _sentence_start(before):
        return False
    return all(w[0].isupper() or w.lower() in _SMALL for w in words) and words[0][0].isupper()


class _Body:
    """The paragraphs with their normalised text, to tell headings and repeats."""

    def __init__(self, text: str, paras: list[Paragraph]) -> None:
        self.text = text
        self.paras = paras
        self.norms = [_norm(text[p.start : p.end]) for p in paras]

    def heading_like(self, p: Paragraph) -> bool:
        s = self.text[p.start : p.end]
        return p.kind in ("heading", "title") or (
            s.rstrip(marks.MARKS)[-1:] not in _TERMINAL and len(s.split()) <= 12
        )

    def repeated(self, inner: str, para: int) -> bool:
        n = _norm(inner)
        return bool(n) and any(n in m for i, m in enumerate(self.norms) if i != para)

    def listed(self, p: Paragraph) -> bool:
        """A list item, or one of the lines after a lead-in ending with a colon ("The report
        found:"): quoted findings listed one a line are quotations, however short."""
        if p.kind == "list":
            return True
        for prev in reversed(self.paras[: p.index]):
            line = self.text[prev.start : prev.end].rstrip()
            if line[-1:] == ":":
                return True
            if prev.kind != "list" and line[:1] not in marks.MARKS and not _bullet(line[:1]):
                return False  # walk back over the items of the list only
        return False

    def is_heading(self, q: marks.Passage) -> bool:
        """A cross-head in quotes: a short phrase standing alone, or glued by scraping to
        the end or start of a paragraph, or a heading that repeats a body phrase."""
        p = self.paras[q.first]
        inner = self.text[q.start : q.end]
        words = len(_WORD.findall(inner))
        phrase = words <= 10 and inner.rstrip()[-1:] not in _TERMINAL and q.first == q.last
        if not phrase or self.listed(p):
            return False
        before = self.text[p.start : q.opener]
        if p.kind in ("title", "heading") and q.closer is not None and before.rstrip()[-1:] != ":":
            return True  # a headline's or cross-head's quoted phrase, repeated or not
        after = self.text[q.closer + 1 if q.closer is not None else q.end : p.end]
        if not before.strip() and not after.strip(" .!?:;,–—-"):
            return True  # the whole paragraph is the quoted phrase
        starts_upper = inner.lstrip()[:1].isupper()
        if (
            starts_upper
            and words <= 8
            and before[-1:] in _TERMINAL
            and not after.strip()
            and q.closer is not None
        ):
            return True  # "...subscribers.‘Bedrock of stability’"
        if starts_upper and words <= 8 and not before.strip() and after[:1].isupper():
            return True  # "‘Bedrock of stability’Ofsted said..."
        if self.heading_like(p) and self.repeated(inner, p.index):
            return True
        # "Havering: ‘They refuse to give up’": a round-up's cross-head, a label and a
        # phrase the story below takes up again
        return (
            self.heading_like(p)
            and q.closer is not None
            and bool(_LABEL.match(before))
            and not after.strip(" .!?")
            and self.echoed(inner, p.index)
        )

    def echoed(self, inner: str, para: int) -> bool:
        """Whether most of a phrase's words come back together in one other paragraph."""
        words = set(_norm(inner).split())
        if len(words) < 2:
            return False
        return any(
            len(words & set(m.split())) >= 0.75 * len(words)
            for i, m in enumerate(self.norms)
            if i != para
        )


def _partial(inner: str) -> bool:
    """A fragment rather than whole quoted sentences."""
    s = inner.strip().lstrip(marks.MARKS + "…. ")
    if not s or not s[0].isupper() and not s[0].isdigit():
        return True
    return len(s.split()) < 5 or s.rstrip(marks.MARKS)[-1:] not in _TERMINAL + ",;:–—-"


def find_quotes(doc: Document) -> list[QuoteRecord]:
    """Every quotation in the body, in text order, without speakers."""
    paras = paragraphs(doc)
    body = _Body(doc.text, paras)
    found: list[QuoteRecord] = []
    for q in marks.passages(doc.text, paras):
        inner = doc.text[q.start : q.end]
        if not any(c.isalnum() for c in inner):
            continue
        before = doc.text[paras[q.first].start : q.opener]
        if is_grade(inner) or _is_label(inner, before) or body.is_heading(q):
            continue
        found.append(QuoteRecord(span=Span(q.start, q.end), partial=_partial(inner)))
    return found
