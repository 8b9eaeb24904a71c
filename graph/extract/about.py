"""About: which inspection each quotation and each practice theme is about.

Stories that cover several councils move from one to the next ("Meanwhile, X
council ...", "Elsewhere, ..."), so a passage is about the council the story is on
at that point:

- a quotation by a council's own people is about that council;
- otherwise the council named in the sentence (before the passage, inside it, or
  after it: "Most children in care in Wirral ..." in a round-up), else the council the
  story last named; in the lede, before any council is named ("a council has been
  rated ..."), the first council named;
- the words of someone neither the inspectorate nor the council (a union, an MP, an
  academic) give no theme, unless they relay the inspectors' findings;
- which of its inspections: the one the article reports (see ``judgements``),
  unless the sentence places the passage in an earlier inspection ("problems
  highlighted during its last inspection in 2015", "at the previous inspection",
  "The previous report, in 2016, ...", "a focused visit in 2017 found"), which a
  following "This included ..." continues. "Improved since the last
  inspection" is about the new one.

Quotations from Ofsted's annual report, a speech or other general publication
(the last document the story named before the passage was not an inspection
report) are about no inspection, and so are themes read from them; such themes are
dropped, as a practice theme of no inspection is no fact of this graph. One theme
is kept per (theme, polarity, inspection), with the evidence of its first mention.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date

from graph.extract import grades as g
from graph.extract.councils import Mentions, background
from graph.extract.judgements import Inspections, read_inspections
from graph.extract.layout import Document
from graph.extract.prose import sentences
from graph.extract.records import (
    CouncilMention,
    InspectionKey,
    InspectionRecord,
    JudgementRecord,
    QuoteRecord,
    ThemeRecord,
)
from graph.extract.themes import CONTINUES

_GENERAL_DOC = re.compile(
    r"\b(?:annual\s+report|chief\s+inspector['’]s\s+(?:annual\s+)?(?:report|commentary|speech)|"
    r"annual\s+(?:review|commentary)|(?:national|thematic)\s+(?:report|review|inspection)|"
    r"(?:a|her|his|the)\s+(?:keynote\s+)?speech|consultation\s+(?:on|document|response)|"
    r"white\s+paper|green\s+paper)\b",
    re.IGNORECASE,
)
_INSPECTION_DOC = re.compile(
    r"\b(?:inspection\s+report|(?:its|the|their|a|an|latest|recent|new|full|last|previous)\s+"
    r"(?:ofsted\s+)?(?:inspection|visit)(?!\s+framework)|inspected|(?:monitoring|focused)\s+"
    r"visits?|inspectors\s+(?:found|said|praised|visited|noted|highlighted|rated|judged|"
    r"urged|want)|report\s+(?:into|on)\s+(?:the\s+)?(?:council|[A-Z]))",
    re.IGNORECASE,
)
_LEDE_SENTENCES = 3
# Things inspected that are not a council's children's social care ...
_OTHER = (
    r"(?:SEND|special\s+educational\s+needs(?:\s+and\s+disabilit(?:y|ies))?|local\s+area\s+"
    r"partnership|(?:children['’]s|residential|care)\s+homes?|home|(?:primary|secondary|special|"
    r"free)\s+schools?|schools?|academ(?:y|ies)|nurser(?:y|ies)|colleges?|youth\s+(?:justice|offending)"
    r"\s+(?:services?|teams?)|fostering\s+agenc(?:y|ies)|short[-\s]breaks?\s+(?:centres?|units?))"
)
_OTHER_INSPECTED = re.compile(
    r"\b(?:inspections?|inspected|visit(?:ed)?|report)\s+(?:of|into|at)\s+(?:[\w'’()-]+\s+){0,5}?"
    rf"{_OTHER}\b|\b{_OTHER}\s+(?:[\w'’-]+\s+){{0,4}}?(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?"
    r"(?:rated|judged|graded|inspected)\b",
    re.IGNORECASE,
)
_SEND = re.compile(r"\b(?:SEND|special\s+educational|local\s+area)\b", re.IGNORECASE)
# ... and back on it
_COUNCIL_SERVICE = re.compile(
    r"\b(?:children['’]s\s+(?:social\s+care|services)|focused\s+visits?|monitoring\s+visits?|"
    r"ILACS|JTAI|joint\s+targeted)\b",
    re.IGNORECASE,
)
_TIME_CLAUSE = re.compile(r"\b(?:since|when|after|before|following|until|from)\b", re.IGNORECASE)
# Words in quotation marks, long enough to be someone's words quoted again
_QUOTED_WORDS = re.compile(r"(?:[“‘\"]|(?<!\w)')(?P<words>[^“”‘’\"\n]{12,120}?)(?:[”’\"]|'(?!\w))")
# "the inadequate rating": a grade the story gave, named again
_GRADE_NAMED = re.compile(
    rf"\b(?:the|this|that|its)\s+[{g._Q}]?(?:(?P<adj>outstanding|good|inadequate|adequate)|"
    rf"(?P<ri>requires?\s+improvement(?:\s+to\s+be\s+good)?))[{g._Q}]?\s+(?:rating|grade|"
    r"judgement|judgment|verdict|label)\b",
    re.IGNORECASE,
)
_RELAYS_INSPECTORS = re.compile(
    r"\b(?:ofsted|inspectors|the\s+(?:report|inspectorate|watchdog|regulator))\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:says?|said|found|finds|told|wrote|writes|concluded|noted)\b",
    re.IGNORECASE,
)


class _Context:
    def __init__(
        self,
        doc: Document,
        mentions: list[CouncilMention],
        found: Inspections,
        quotes: list[QuoteRecord],
        pub_date: date | None = None,
        judgements: list[JudgementRecord] | None = None,
    ) -> None:
        self.text = doc.text
        # a council named only as history is not the one the story is on
        self.mentions = Mentions([m for m in mentions if not background(doc.text, m, pub_date)])
        self.found = found
        self.sents = [s for s in sentences(doc) if s.kind != "title"]
        self._starts = [s.start for s in self.sents]
        self.quotes = sorted(quotes, key=lambda q: q.span.start)
        self._quote_starts = [q.span.start for q in self.quotes]
        self.judgements = judgements or []
        self.earlier = self._earlier_references()
        other = self._other_service()
        documents = self._document_context()
        # quotes: about no inspection in a general document's or a children's home's context
        self.general = [d or o == "other" for d, o in zip(documents, other, strict=True)]
        # themes: none from another kind of inspection, a SEND area inspection included (a
        # council's children's social care is not what it inspects)
        self.other = [o is not None for o in other]

    # -- reading the sentences --------------------------------------------------------
    def _earlier_references(self) -> list[int | None | bool]:
        """Per sentence: the year of the earlier inspection it speaks of, True when it
        gives no year, False when it speaks of no earlier inspection."""
        out: list[int | None | bool] = []
        for s in self.sents:
            ref: int | None | bool = False
            lead = g.YEAR_LEAD.match(self.text, s.start, s.end)
            if lead:
                ref = int(lead["year"])
            for m in g.DATE_CUE.finditer(self.text, s.start, s.end):
                year = g.cue_year(m)
                if ref is False and year:  # "a focused visit in March 2022 found ..."
                    ref = int(year)
            for m in g.REPORT_CUE.finditer(self.text, s.start, s.end):
                year = m["y"] or m["y2"]
                if ref is False and year:  # "Ofsted published its report in April 2017"
                    ref = int(year)
            if ref is False:
                ref = self._graded_earlier(s.start, s.end)
            for m in g.YEAR_CUE.finditer(self.text, s.start, s.end):
                # "a focused visit in 2022 found ..." (but not "since it was inspected in 2019")
                if ref is False and not g.SINCE_BEFORE.search(
                    self.text, max(s.start, m.start() - 40), m.start()
                ):
                    ref = int(m["y"])
            subject = g.EARLIER_SUBJECT.match(self.text, s.start, s.end)
            if ref is False and subject:  # "The previous report, in 2019, criticised ..."
                ref = int(subject["year"]) if subject["year"] else True
            for m in g.EARLIER_INSPECTION.finditer(self.text, s.start, s.end):
                if ref is not False:
                    break
                if g.SINCE_BEFORE.search(self.text, max(s.start, m.start() - 40), m.start()):
                    continue
                year = m["y1"] or m["y2"]
                ref = int(year) if year else True
                break
            if (
                ref is False
                and out
                and out[-1] is not False
                and CONTINUES.match(self.text, s.start, s.end)
            ):
                ref = out[-1]
            if ref is False:
                ref = self._quoted_again(s.start, s.end, out)
            out.append(ref)
        return out

    def _quoted_again(self, start: int, end: int, refs: list[int | None | bool]) -> int | bool:
        """The earlier inspection whose words the sentence quotes again ("When the
        inspectors wrote that leaders were 'too slow to act', ..."): the one the sentence
        that first quoted them spoke of."""
        for m in _QUOTED_WORDS.finditer(self.text, start, end):
            first = self.text.find(m["words"], 0, start)
            index = self.sentence_at(first) if first >= 0 else None
            if index is not None and index < len(refs) and refs[index] is not False:
                return refs[index]
        return False

    def _graded_earlier(self, start: int, end: int) -> int | bool:
        """An earlier inspection the sentence grades ("Services were rated inadequate",
        read as the 2016 inspection's) or names by a grade only it had ("called the
        inadequate rating ..."); False when none."""
        # (not a grade in a clause of time: "improved since the last inspection, which
        # judged them inadequate", "When we were rated RI in 2019 we ...")
        keys = {
            j.inspection
            for j in self.judgements
            if start <= j.span.start < end
            and not _TIME_CLAUSE.search(self.text, start, j.span.start)
        }
        for m in _GRADE_NAMED.finditer(self.text, start, end):
            grade = "requires-improvement" if m["ri"] else m["adj"].lower()
            keys |= {j.inspection for j in self.judgements if j.grade == grade}
        current = set(self.found.current.values())
        if len(keys) != 1 or keys & current:
            return False
        (key,) = keys
        return key.year if key.year is not None else True

    def _other_service(self) -> list[str | None]:
        """Per sentence: whether the story is on an inspection of something other than the
        council's children's social care: "send" (a SEND area inspection, of the council
        and its health partners) or "other" (a children's home, a school), from the
        sentence that says so to a heading or a sentence back on the council's children's
        services; None when not."""
        out: list[str | None] = []
        other: str | None = None
        for s in self.sents:
            if s.kind == "heading":
                other = None
            found = list(_OTHER_INSPECTED.finditer(self.text, s.start, s.end))
            last_other = max((m.end() for m in found), default=-1)
            last_council = max(
                (m.end() for m in _COUNCIL_SERVICE.finditer(self.text, s.start, s.end)), default=-1
            )
            if last_other > last_council:
                last = max(found, key=lambda m: m.end())
                other = "send" if _SEND.search(last.group()) else "other"
            elif last_council > last_other:
                other = None
            out.append(other)
        return out

    def _document_context(self) -> list[bool]:
        """Per sentence: whether the last document named so far is a general one."""
        out: list[bool] = []
        general = False
        for s in self.sents:
            last_general = max(
                (m.end() for m in _GENERAL_DOC.finditer(self.text, s.start, s.end)), default=-1
            )
            last_inspection = max(
                (m.end() for m in _INSPECTION_DOC.finditer(self.text, s.start, s.end)), default=-1
            )
            if last_general > last_inspection:
                general = True
            elif last_inspection > last_general:
                general = False
            out.append(general)
        return out

    def sentence_at(self, offset: int) -> int | None:
        i = bisect_right(self._starts, offset) - 1
        return i if i >= 0 else None

    # -- councils and inspections -------------------------------------------------------
    def council_near(self, index: int | None, start: int, end: int) -> str | None:
        """The council a passage at text[start:end] in sentence ``index`` is about."""
        if index is not None:
            sent = self.sents[index]
            before = self.mentions.within(sent.start, start)
            if before:
                return before[-1].dfe_code
            inside = self.mentions.within(start, min(end, sent.end))
            if inside:
                return inside[0].dfe_code
            after = self.mentions.within(end, sent.end)
            if after:
                return after[0].dfe_code
            last = self.mentions.before(sent.start)
            if last is not None:
                return last.dfe_code
            if index < _LEDE_SENTENCES:
                nxt = self.mentions.after(sent.end)
                return nxt.dfe_code if nxt else None
            return None
        last = self.mentions.before(start)
        return last.dfe_code if last else None

    def inspection(self, council: str, index: int | None) -> InspectionKey:
        ref = self.earlier[index] if index is not None else False
        if ref is False:
            return self.found.current.get(council, InspectionKey(council, None))
        if isinstance(ref, int) and ref is not True:
            return InspectionKey(council, ref)  # the current one when it is that year
        earlier = self.found.previous.get(council, [])
        return earlier[-1] if earlier else InspectionKey(council, None, previous=True)

    def _is_council(self, org: str | None) -> bool:
        return bool(org) and org != "ofsted" and org.isdigit()

    def quote_about(self, q: QuoteRecord) -> InspectionKey | None:
        index = self.sentence_at(q.span.start)
        speaker = q.speaker
        if speaker is not None and self._is_council(speaker.organisation):
            return self.inspection(speaker.organisation or "", index)
        if index is not None and self.general[index]:
            return None
        council = self.council_near(index, q.span.start, q.span.end)
        return self.inspection(council, index) if council else None

    def quote_over(self, start: int, end: int) -> QuoteRecord | None:
        """The quotation that holds most of text[start:end], if any does."""
        best, most = None, 0
        i = bisect_right(self._quote_starts, end)
        while i > 0:
            i -= 1
            q = self.quotes[i]
            if q.span.end <= start:
                break
            shared = min(end, q.span.end) - max(start, q.span.start)
            if shared > most and shared * 2 >= end - start - 2:
                best, most = q, shared
        return best

    def council_says(self, t: ThemeRecord) -> bool:
        """Whether the theme is read from the words of the council's own people."""
        q = self.quote_over(t.span.start, t.span.end)
        return q is not None and q.speaker is not None and self._is_council(q.speaker.organisation)

    def outsider_says(self, t: ThemeRecord) -> bool:
        """Whether the theme is read from the words of someone neither the inspectorate
        nor the council (a union, an MP, an academic): their opinion is no finding, unless
        they relay the inspectors' ("When Ofsted says that ...")."""
        q = self.quote_over(t.span.start, t.span.end)
        if q is None or q.speaker is None:
            return False
        org = q.speaker.organisation
        if q.speaker.kind == "inspectorate" or org == "ofsted" or self._is_council(org):
            return False
        return not _RELAYS_INSPECTORS.search(self.text, t.span.start, t.span.end)

    def group_at(self, index: int | None) -> tuple[str, ...]:
        """The councils graded together before a sentence that names no council itself,
        when no council has been named on its own since ("Barnet and Enfield were both
        rated good. Inspectors praised strong leadership.")."""
        if index is None:
            return ()
        sent = self.sents[index]
        if self.mentions.within(sent.start, sent.end):
            return ()
        groups = [x for x in self.found.together if x[0] <= sent.start]
        if not groups:
            return ()
        _, end, councils = groups[-1]
        if self.mentions.within(end, sent.start):
            return ()
        return councils

    def themes_about(self, t: ThemeRecord) -> list[InspectionKey | None]:
        """The inspections a theme is about: one, or each of councils graded together."""
        index = self.sentence_at(t.span.start)
        group = self.group_at(index)
        if (
            group
            and not self.council_says(t)
            and not (index is not None and (self.general[index] or self.other[index]))
        ):
            return [self.inspection(c, index) for c in group]
        return [self.theme_about(t)]

    def theme_about(self, t: ThemeRecord) -> InspectionKey | None:
        index = self.sentence_at(t.span.start)
        if index is not None and self.other[index]:
            return None
        q = self.quote_over(t.span.start, t.span.end)
        if q is not None and self.council_says(t) and q.speaker is not None:
            return self.inspection(q.speaker.organisation or "", index)
        if index is not None and self.general[index]:
            return None
        council = self.council_near(index, t.span.start, t.span.start)
        return self.inspection(council, index) if council else None


def _holds_any(starts: list[int], start: int, end: int) -> bool:
    i = bisect_right(starts, start - 1)
    return i < len(starts) and starts[i] < end


def assign(
    doc: Document,
    quotes: list[QuoteRecord],
    themes: list[ThemeRecord],
    inspections: list[InspectionRecord],
    mentions: list[CouncilMention],
    pub_date: date | None,
) -> tuple[list[QuoteRecord], list[ThemeRecord]]:
    """Quotations with ``about`` set, and themes with ``inspection`` set (one per
    theme, polarity and inspection; themes about no inspection are dropped)."""
    found, judgements = read_inspections(doc, mentions, pub_date)
    ctx = _Context(doc, mentions, found, quotes, pub_date, judgements)
    quoted = [replace(q, about=ctx.quote_about(q)) for q in quotes]
    # a clause that states a grade ("children in care were found to require
    # improvement") is a judgement, not a practice theme
    graded = sorted(j.span.start for j in judgements)
    themes = [t for t in themes if not _holds_any(graded, t.span.start, t.span.end)]
    themes = [t for t in themes if not ctx.outsider_says(t)]
    placed = [
        (replace(t, inspection=key), ctx.council_says(t))
        for t in themes
        for key in ctx.themes_about(t)
    ]
    # The council's own claim gives way to the inspectors' view of the same theme.
    independent = {(t.theme, t.polarity, t.inspection) for t, own in placed if not own}
    out: list[ThemeRecord] = []
    seen: set[tuple[str, str, InspectionKey]] = set()
    for t, own in placed:
        key = t.inspection
        if key is None or (t.theme, t.polarity, key) in seen:
            continue
        other = "weakness" if t.polarity == "strength" else "strength"
        if own and (t.theme, other, key) in independent:
            continue
        seen.add((t.theme, t.polarity, key))
        out.append(t)
    return quoted, out
