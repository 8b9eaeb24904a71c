"""Judgements: the grades an article reports, per area, for current and past inspections.

A grade word counts only when the sentence rates something with it. Each grade
mention is read within its clause:

- is it a rating? "rated/judged (as) X", "an X rating/verdict", "X by Ofsted",
  a headline or cross-head setting it beside a council ("Knowsley – inadequate"),
  "rise to X", "from X to Y", "remains/retained X", "the inspectorate's top rating",
  "still 'X'"; "requires improvement" with a council or its services as subject.
  Not: "a good service", "good practice", hypotheticals and negations ("on our
  journey to be rated good", "before services are consistently good", "aims to be
  outstanding"), lists of grades ("good or outstanding"), other things Ofsted grades
  (schools, nurseries, children's homes, providers), national figures ("councils
  rated good"), and grades in sentences about monitoring or focused visits (which
  give none) unless they belong to a dated earlier inspection;
- for which area? an area phrase before the grade in its clause ("its adoption
  support was considered good", "the categories of adoption and leadership gained
  good ratings"), put before the subject ("For help and protection, the council was
  judged inadequate"; "Overall, and for leadership, ...") or just after the grade
  ("judged good for its leadership, management and governance"); otherwise the
  overall effectiveness. Another inspectorate working with Ofsted ("carried out by
  Ofsted and the Care Quality Commission") is no thing graded; a move "from X to Y"
  that is only an aim ("what we need to do to move our services from adequate to
  good") is no grade;
- when? "previously", "last inspection", "had been", "from X", "moves out of X",
  "since our X judgement" mark an earlier inspection; a year printed with the grade
  ("the requires improvement rating it received in 2017") gives its year, with the
  month if printed ("in July 2013");
- which council? the first council named in the clause, else in the sentence, else
  the council the story was last about (so "It had previously been rated..." and
  "Meanwhile, X..." work); the lede's "a council" is the first council named next.

The inspection the article reports (the current one) takes its year from a year
printed with its grades or its date ("inspected in March 2023", "At its last
inspection, in 2011, ..."), from a month only ("following a visit in May"): the latest
such month on or before the publication date, or from a date counted from publication
("an inspection last month", "earlier this year"). Without any its year is unknown
(None). "Its first inspection, in April" is a new council's current inspection; a
first inspection with a year is an earlier one. Months of the visit
("in June and July", "September and early October") and the framework, when
printed ("child protection arrangements", "ILACS"), go on the inspection.

Grades stated together: "X was judged inadequate, as was Y" gives Y the same grade;
"rated good overall, with outstanding leadership" grades the area named after the
second adjective; "rated inadequate in 2014 and 2016" is two earlier inspections;
"all areas were rated good, apart from adoption" gives every area the inspection's
framework grades (SIF 2014-2017: six; ILACS: four, five with care leavers from 2023)
but the ones left out or graded on their own ("the other three areas" likewise); a
list of areas cut at ", and" keeps its grade. The 2009-2012 framework's safeguarding
judgement is help and protection; "capacity to improve" is no area.

A monitoring or focused visit later than every graded or dated inspection the story
gives is the story's current inspection: it takes no grade, and its quotes and themes
are about it. A council named as history ("created when Cumbria County Council was
abolished") takes no undated grade.

A grade given for an earlier inspection without a year joins a dated earlier
inspection of the same council with the same grade, else the one earlier inspection
the story dates, if it dates only one. A grade stated twice is one
judgement (the first span is kept).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from graph.extract import grades as g
from graph.extract.councils import Mentions, background
from graph.extract.dates import month_year
from graph.extract.layout import Document
from graph.extract.prose import Sentence, clauses, sentences
from graph.extract.records import (
    CouncilMention,
    InspectionKey,
    InspectionRecord,
    JudgementRecord,
    Span,
)
from graph.gazetteer import Gazetteer

_LEDE_SENTENCES = 3
# inspections that give no grade
_VISITS = ("monitoring-visit", "focused-visit", "jtai")
# Words that may follow a bare grade adjective without making it name a thing.
_FUNCTION_WORDS = frozenset(
    {
        "overall", "by", "from", "for", "in", "at", "on", "and", "but", "or", "with", "after",
        "following", "since", "again", "as", "when", "while", "under", "until", "before",
        "across", "because", "though", "although", "this", "that", "which", "who", "where",
        "last", "earlier", "previously", "the", "a", "an", "its", "their", "was", "were", "is",
        "are", "has", "have", "had", "to", "too", "also", "now", "still", "once", "yet",
        "already", "then", "there", "here", "so", "despite", "rating", "ratings", "twice",
        "three", "four", "five", "times", "every", "each", "apart", "except", "save", "bar",
        "other",
    }
)  # fmt: skip
# "help and protection in Enfield was judged good": an area phrase and its council
_AREA_OF_COUNCIL = re.compile(
    r"(?:['’]s?)?(?:\s+(?:services?|support|work))?\s+(?:of\s+children\s+)?(?:in|at|for|of|by)\s+",
    re.IGNORECASE,
)
_AREA_AFTER = re.compile(
    rf"[{re.escape(g.Q)}\s]*(?:overall\s+)?(?:for|in|on|across)\s+(?:its|the|their|our)?\s*",
    re.IGNORECASE,
)
# "for the experiences and progress of children in care": words before the area's name
_AREA_LEAD = re.compile(
    r"(?:experiences?(?:\s+and\s+progress)?|progress|quality|effectiveness|services?|support|work|outcomes?)"
    r"\s+(?:of|for|with)\s+(?:the\s+|its\s+|their\s+|our\s+)?",
    re.IGNORECASE,
)
_OVERALL_AND = re.compile(
    rf"[{re.escape(g.Q)}\s]*overall\s*(?:,|and|as\s+well\s+as)\s+(?=(?:for|in)\s)", re.IGNORECASE
)
# the words that finish an area's name ("the impact of leaders on social work practice")
_AREA_END = re.compile(r"(?:\s+(?:on|with|in|for|who|of)\s+[^,;.:!?]{0,70}?)?\s*,?\s*", re.I)
# "..., for children in care and for care leavers": the next area of a list after a grade,
# past the words that finish the last one ("the impact of leaders on social work practice")
_AREA_LIST_NEXT = re.compile(
    r"(?:\s+(?:on|with|in|for|who|of)\s+[^,;.:!?]{0,70}?)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    r"(?=(?:for|in)\s)",
    re.IGNORECASE,
)
_SAFEGUARDING_SUBJECT = re.compile(
    r"\bsafeguarding(?:\s+(?:in|at|for)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})?"
    r"\s+(?:was|were|"
    r"is|are|has\s+been|had\s+been)\b",
    re.IGNORECASE,
)
_SAFEGUARDING = re.compile(r"safeguarding\b(?!\s+(?:board|partnership))", re.IGNORECASE)
_GAP = re.compile(
    rf"[{re.escape(g.Q)}\s]*,?\s*(?:and|while|whilst|with|but)\s+(?:its|the|their|for\s+)?",
    re.IGNORECASE,
)
_VERB = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|said|says)\b", re.IGNORECASE)
_ASIDE_END = re.compile(
    r"\s*,\s*(?:\w+\s+){0,3}?(?:was|were|is|are|has|have|had|remains?|remained|stays?|stayed|"
    r"continues?|continued)\b"
)
_LIST_AND = re.compile(r",?\s*(?:and|or)?\s*")
_STANDING = re.compile(
    r"\b(?:remains?|remained|still|currently|continues\s+to\s+be|is\s+rated|are\s+rated)\b"
    r"[^.;]{0,25}$",
    re.IGNORECASE,
)
# "At its last inspection, in 2011, ...": an aside that is only a date
_DATE_ASIDE = re.compile(r",\s*(?:in|during|back\s+in)\s+", re.IGNORECASE)
_INSPECTION_END = re.compile(r"\b(?:inspection|visit|inspected|report)\s*$", re.IGNORECASE)
# "For help and protection and leadership, the council was judged ..."
_FRONTED = re.compile(r"\s*(?:for|in|on|across)\s+(?:the\s+|its\s+|their\s+)?", re.IGNORECASE)
_AREA_TAIL = (
    r"(?:['’]s?)?(?:\s+(?:services?|support|work))?(?:\s+of\s+(?:children|young\s+people))?"
)
_FRONTED_JOIN = re.compile(
    _AREA_TAIL + r"\s*(?:,\s*)?(?:(?:and|&)\s+)?(?:(?:for|in)\s+)?"
    r"(?:the\s+|its\s+)?",
    re.IGNORECASE,
)
_FRONTED_END = re.compile(_AREA_TAIL + r"\s*,\s+", re.IGNORECASE)
_OVERALL_LEAD = re.compile(r"\W*overall\W*(?:and\W*)?", re.IGNORECASE)
# "..., with outstanding leadership", "and good adoption services"
_WITH_BEFORE = re.compile(r"(?:,\s*|\s)(?:with|and|including)\s+(?:an?\s+)?$", re.IGNORECASE)
_AREA_NOUN = re.compile(r"\s+")
# Between two grades of a list: "good overall, good for ...", "good for leaders, and good"
_LIST_ITEM = re.compile(
    rf"[{re.escape(g.Q)}]?(?:\s+(?:overall|(?:for|in)\s+[^.;:!?]{{0,90}}?))?[{re.escape(g.Q)}]?"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*[–—-]\s*(?:and\s+)?)",
    re.IGNORECASE,
)
_AND_LEAD = re.compile(r"\W*and\s+", re.IGNORECASE)
_AREA_NOUN_END = re.compile(
    r"(?:\s+(?:services?|support|work|performance))?\s*(?:[.;,]|\s+(?:and|but|while|whilst)\b|$)",
    re.IGNORECASE,
)
# "rated good last year", "judged inadequate earlier this year"
_RELATIVE_AFTER = re.compile(
    r"(?:[ \t]+(?!and\b|but\b)[\w'’-]+){0,5}?[ \t]+"
    r"(?P<when>last|this|earlier\s+this|(?:late|early)\s+last)\s+(?P<unit>month|year)\b",
    re.IGNORECASE,
)
_BESIDE_COUNCIL = re.compile(
    rf"(?:['’]s?)?(?:\s+(?:children['’]s\s+(?:social\s+care|services)|council|social\s+care))?"
    rf"\s*(?:[:–—-]\s*)?[{re.escape(g.Q)}]?",
    re.IGNORECASE,
)
_NEW_PREDICATE = re.compile(
    r"\b(?:now|is|are|was|were|has|have|been|rated|judged|graded|found|deemed)\b", re.IGNORECASE
)
# A time phrase leading a sentence: "At its last inspection, in 2016, ...", "When Ofsted
# last graded us, in 2019, ...", "Back in 2012, ..."
_LEAD_TIME = re.compile(
    r"\W*(?:(?:at|during|after|following|when)\s+(?P<phrase>[^,.;:!?]{0,100}?)"
    r"(?:,\s*(?:in|back\s+in)\s+(?:(?:early|late|mid)[-\s]+)?(?:[A-Z][a-z]+\s+)?"
    r"(?P<y>(?:19|20)\d\d))?\s*,"
    r"|(?:back\s+)?in\s+(?:(?:early|late|mid)[-\s]+)?(?:[A-Z][a-z]+\s+)?(?P<y2>(?:19|20)\d\d)\s*,?)"
    r"\s+",
    re.IGNORECASE,
)
_EARLIER_WORD = re.compile(r"\b(?:last|previous(?:ly)?|earlier|prior)\b", re.IGNORECASE)
# ... that a new grade leaves behind: "but it has now been rated good"
_NEW_TIME = re.compile(
    r"\b(?:now|today|this\s+time|since|later|subsequently|latest|new|has\s+been|have\s+been)\b",
    re.IGNORECASE,
)
_YEAR_PHRASE = r"(?:in|at)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d"
_DATED_ITEM_BEFORE = re.compile(
    rf"[{re.escape(g.Q)}\s]*{_YEAR_PHRASE}\s*(?:,\s*(?:and\s+|then\s+)?|\s+(?:and|then)\s+)"
    rf"(?:(?:again|later|now)\s+)?[{re.escape(g.Q)}]?"
)
_DATED_ITEM_AFTER = re.compile(rf"[{re.escape(g.Q)}]?\s+{_YEAR_PHRASE}\b")
_DEFINITE = re.compile(rf"\b(?:the|this|that)\s+[{re.escape(g.Q)}]?$", re.IGNORECASE)
# Between councils named together: "Leeds and Bradford", "Sefton, Knowsley and Wirral"
_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|,?\s+(?:and|&)\s+)(?:both\s+)?")
_PLURAL = re.compile(r"\b(?:have|were|are|both|each|all)\b", re.IGNORECASE)
# councils named as the object of a preposition ("formerly of Sefton and Wirral")
_OBJECT_BEFORE = re.compile(
    r"\b(?:of|from|with|between|by|to|than|like|unlike|among|alongside)\s+(?:both\s+)?$",
    re.IGNORECASE,
)
# "both councils", "the two", "the pair": councils named together before
_BOTH = re.compile(
    r"\b(?:both(?:\s+(?:councils|authorities|of\s+them))?|the\s+(?:two|three|four|pair)\b"
    r"(?:\s+(?:councils|authorities))?|each\s+(?:council|authority))\b",
    re.IGNORECASE,
)
_A_COUNCIL = re.compile(r"\b(?:a|one)\s+(?:local\s+)?(?:council|authority)\b", re.IGNORECASE)


@dataclass
class _Grade:
    start: int
    end: int
    grade: str
    areas: list[str]
    council: str
    previous: bool
    year: int | None = None
    months: tuple[int, ...] = ()
    framework: str | None = None
    # "all areas were rated good, apart from adoption": every area of the inspection's
    # framework but these (None: the grade is for ``areas`` only)
    all_but: tuple[str, ...] | None = None
    # "in three of the four areas": that many of the framework's areas besides overall,
    # the ones not graded apart (None: not such a grade)
    some: int | None = None
    # the year of an inspection the sentence before dates ("Ofsted inspected X in 2016.
    # Services were rated inadequate."): the grade's when it clashes with the current one
    context_year: int | None = None


@dataclass
class _Cue:
    """A printed date of an inspection ("a visit in May", "in July 2013")."""

    start: int
    end: int
    council: str
    previous: bool
    months: tuple[int, ...]
    year: int | None
    framework: str | None
    report: bool = False  # when the report came out, not when inspectors visited


@dataclass
class Inspections:
    """What the article says of each council's inspections; ``about`` reads it too."""

    current: dict[str, InspectionKey] = field(default_factory=dict)
    previous: dict[str, list[InspectionKey]] = field(default_factory=dict)
    records: list[InspectionRecord] = field(default_factory=list)
    # councils whose current inspection is a monitoring or focused visit (no grades)
    visits: set[str] = field(default_factory=set)
    # sentences that grade or date several councils together: (start, end, councils)
    together: list[tuple[int, int, tuple[str, ...]]] = field(default_factory=list)


def _quoted(text: str, start: int, end: int) -> bool:
    """A grade in scare quotes: 'good', “requires improvement”."""
    return start > 0 and text[start - 1] in g.Q and end < len(text) and text[end] in g.Q


def _year_tokens(text: str, start: int, end: int) -> list[re.Match[str]]:
    out = []
    for m in g.YEAR.finditer(text, start, end):
        if g.NOT_INSPECTION_YEAR.search(text[max(0, m.start() - 20) : m.start()]):
            continue
        out.append(m)
    return out


class _Reader:
    def __init__(self, doc: Document, mentions: list[CouncilMention], pub: date | None) -> None:
        self.doc = doc
        self.text = doc.text
        self.pub = pub
        # councils named only as background (history, a shared name) take no undated grade
        aside = [m for m in mentions if background(self.text, m, pub)]
        self.mentions = Mentions([m for m in mentions if m not in aside])
        self.background = Mentions(aside)
        self.sents = [s for s in sentences(doc)]
        self.grades: list[_Grade] = []
        self.cues: list[_Cue] = []
        self._clause_start = 0
        self._sent_start = 0
        self._pair_from: int | None = None  # start of the "from" grade of "from X to Y"
        self._group: list[str] = []  # the last councils named together
        self.together: list[tuple[int, int, tuple[str, ...]]] = []  # graded together

    # -- which council --------------------------------------------------------------
    def council_for(self, sent: Sentence, index: int, cs: int, at: int) -> str | None:
        inside = self.mentions.within(cs, at)
        if inside:  # the council named nearest before the grade in its clause
            return inside[-1].dfe_code
        before = self.mentions.within(sent.start, at)
        if before:
            return before[-1].dfe_code
        after = self.mentions.within(at, sent.end)
        if after and sent.kind in ("title", "heading"):
            return after[0].dfe_code
        if after and not self.mentions.before(sent.start):
            return after[0].dfe_code
        last = self.mentions.before(sent.start)
        if last is not None:
            return last.dfe_code
        if sent.kind in ("title", "heading"):
            return None
        body_index = sum(1 for s in self.sents[:index] if s.kind not in ("title", "heading"))
        if body_index < _LEDE_SENTENCES and _A_COUNCIL.search(self.text, sent.start, sent.end):
            nxt = self.mentions.after(sent.end)
            return nxt.dfe_code if nxt else None
        return None

    # -- one grade mention ----------------------------------------------------------
    def read_grade(
        self,
        m: re.Match[str],
        sent: Sentence,
        index: int,
        cs: int,
        ce: int,
        prev_end: int,
        next_start: int,
    ) -> list[_Grade]:
        text = self.text
        grade = g.grade_of(m)
        gs, ge = m.start(), m.end()
        self._clause_start = cs
        self._sent_start = sent.start
        before = text[prev_end:gs]
        tail = text[max(prev_end, gs - 120) : gs]
        after = text[ge:ce]
        clause_before = text[cs:gs]
        if g.OR_ANOTHER.match(after) or g.OR_BEFORE.search(text[max(cs, gs - 25) : gs]):
            return []  # "good or outstanding": a list of grades, not a grade
        quoted = _quoted(text, gs, ge)
        with_area = self._with_area(m, sent, gs, ge, ce)
        if with_area:  # "rated good overall, with outstanding leadership"
            council = self.council_for(sent, index, cs, gs)
            last = self.grades[-1]
            return (
                [
                    _Grade(
                        gs,
                        ge,
                        grade,
                        [with_area],
                        last.council,
                        last.previous,
                        last.year,
                        last.months,
                    )
                ]
                if council == last.council
                else []
            )
        noun_after = bool(g.RATING_NOUN_AFTER.match(after))
        cue = (
            m["top"]
            or m["low"]
            or noun_after
            or g.BY_INSPECTORS_AFTER.match(after)
            or g.RATED_BEFORE.search(tail)
            or g.CHANGE_BEFORE.search(tail)
            or g.FROM_BEFORE.search(tail)
            or g.STATUS_BEFORE.search(tail)
            or g.OVERALL_NEAR.search(tail)
            or g.OVERALL_NEAR.match(after)
            or (prev_end > cs and g.TO_AFTER_GRADE.fullmatch(before))
            or g.AREA_LABEL_BEFORE.search(tail)
            or self._gapped(prev_end, gs)
            or self._dated_list(prev_end, gs, ge, ce)
            or self._headline_grade(sent, gs)
            or self._elliptical(sent, index, cs, gs, ge, ce, prev_end)
        )
        if not cue and (
            m["ri"] or g.FOUND_BEFORE.search(tail) or (quoted and g.COPULA_BEFORE.search(tail))
        ):
            # weaker evidence: what is so graded must be the council or its services
            cue = self._council_subject(clause_before, sent)
        if not cue:
            return []
        if not (m["top"] or m["low"] or noun_after or m["ri"] or quoted):
            # a bare adjective must not go on to name a thing: "good practice", except
            # a rated service ("judged to be providing a good service")
            nxt = re.match(r"\s+([a-z]+)", after)
            if (
                nxt
                and nxt.group(1) not in _FUNCTION_WORDS
                and not (nxt.group(1) == "service" and g.SERVICE_RATED.search(tail))
            ):
                return []
        windows = [text[max(prev_end, gs - 45) : gs]]
        if self._pair_from is not None and prev_end > cs and g.TO_AFTER_GRADE.fullmatch(before):
            # "to move our services from adequate to good": the pair is one aim
            windows.append(text[max(cs, self._pair_from - 45) : self._pair_from])
        for window in windows:
            if g.HYPOTHETICAL.search(window) and not g.NOT_HYPOTHETICAL.search(window):
                return []
        if self._graded_other(cs, gs) or g.NOT_A_COUNCIL.match(text, ge, min(ce, ge + 25)):
            return []
        if g.NOT_AN_AREA.search(text, max(prev_end, cs, gs - 80), gs):
            return []  # "capacity to improve" is graded, but it is no area
        has_council_here = bool(self.mentions.within(sent.start, sent.end))
        if g.GENERIC_PLURAL.search(text, cs, ce) and not has_council_here:
            return []
        council = self.council_for(sent, index, cs, gs)
        # -- when -------------------------------------------------------------------
        prev_cue = g.PREVIOUS_NEAR.search(
            text, max(prev_end, gs - 35), gs
        ) or g.PREVIOUS_FAR.search(text, max(prev_end, cs), gs)
        # (a cue after the grade is its own, not the next grade's: "rated inadequate,
        # having been judged good at its previous inspection")
        previous = (
            bool(prev_cue)
            or bool(g.PREVIOUS_AFTER.match(text[ge:next_start]))
            or bool(g.YEARS_AGO_AFTER.match(text, ge, next_start))
            or self._years_after(sent, max(prev_end, cs), gs)
            # "Two years ago, inspectors rated it inadequate" (unless the clause's earlier
            # grade had it: "RI four years ago and now good")
            or (prev_end <= cs and bool(g.YEARS_AGO.search(text, cs, gs)))
        )
        if not previous and self._coordinated_with_previous(prev_end, gs):
            previous = True
        same = g.SAME_GRADE_IN.match(after)
        if same:  # "remains RI, the same judgement it was given in 2014"
            year, months = None, ()
        else:
            year, months = self._year(prev_end, gs, ge, min(next_start, ce), prev_cue)
        lead = _LEAD_TIME.match(text, sent.start, gs)
        if (
            lead
            and not same
            and not _NEW_TIME.search(text, lead.end(), gs)
            # (not "After being rated inadequate in 2016, X was rated good": a new grade)
            and not g.GRADE.search(lead.group())
        ):
            # "At its last inspection, in 2016, X was rated inadequate and Y good": the
            # time phrase leading the sentence dates every grade in it
            printed = (
                lead["y"]
                or lead["y2"]
                or next((y["year"] for y in g.YEAR.finditer(lead["phrase"] or "")), None)
            )
            earlier = bool(_EARLIER_WORD.search(lead["phrase"] or ""))
            first = not g.GRADE.search(text, sent.start, gs)
            # (a lead year is an earlier grade's only when it is the sentence's first: not
            # "In 2019 X was rated good, having been rated inadequate before")
            if year is None and printed is not None and (earlier or not previous or first):
                year = int(printed)
            previous = previous or earlier
        council = self._unless_background(sent, gs, council, year is not None or previous)
        if council is None:
            return []
        if (
            noun_after
            and year is None
            and not previous
            and _DEFINITE.search(text, max(cs, gs - 12), gs)
            and any(x.council == council and x.grade == grade for x in self.grades)
        ):
            return []  # "the outstanding grade" again: a grade the story has given
        if (
            g.VISIT_WITHOUT_GRADE.search(text, sent.start, sent.end)
            and year is None
            and not previous
        ):
            return []
        framework = g.framework_in(text[max(cs, prev_end) : gs])
        if framework in _VISITS:
            framework = None
        areas = self._areas(prev_end, cs, gs, ge, min(next_start, ce), council)
        out = [_Grade(gs, ge, grade, areas, council, previous, year, months, framework)]
        if year is None and not previous:
            out[0].context_year = self._year_before(index)
        some = g.SOME_AREAS_AFTER.match(after) or g.SOME_AREAS_BEFORE.search(
            text, max(prev_end, cs), gs
        )
        if some:  # "good overall and in three of the four areas"
            out[0].some = g.number(some["n"])
            out[0].areas = ["overall-effectiveness"] if some.groupdict().get("overall") else []
            return out
        every = g.ALL_AREAS_BEFORE.search(text, max(prev_end, cs), gs)
        if every and g.ALL_BUT.search(text, every.end(), gs):
            every = None  # "good in all areas except adoption, which requires improvement"
        if every or g.ALL_AREAS_AFTER.match(after):
            but = g.ALL_BUT.match(text, ge, ce) or g.ALL_BUT.match(after_all(after))
            out[0].all_but = tuple(_areas_in(but["rest"])) if but else ()
        if same:
            out.append(_Grade(gs, ge, grade, areas, council, True, int(same["year"])))
        first = g.FIRST_ACHIEVED.match(after)
        if first:  # "retained its outstanding rating, first achieved in 2020"
            out.append(_Grade(gs, ge, grade, areas, council, True, int(first["year"])))
        again = g.AGAIN_IN.match(after)
        if again and year is not None:  # "judged outstanding in 2018 and again in 2022"
            out.append(_Grade(gs, ge, grade, areas, council, previous, int(again["year"])))
        listed = g.YEAR_LIST.match(after)
        if listed and year is not None and not again:  # "judged inadequate in 2014 and 2016"
            for y in g.YEAR.finditer(listed["rest"]):
                out.append(_Grade(gs, ge, grade, areas, council, previous, int(y["year"])))
        return out

    def _year_before(self, index: int) -> int | None:
        """The year of an inspection (or its report) printed in the sentence before, in the
        same paragraph."""
        if index == 0 or self.sents[index - 1].block != self.sents[index].block:
            return None
        prev = self.sents[index - 1]
        years = [
            m[k]
            for pattern in (g.DATE_CUE, g.YEAR_CUE, g.REPORT_CUE)
            for m in pattern.finditer(self.text, prev.start, prev.end)
            for k in ("y", "y1", "y2", "y3", "y4")
            if k in pattern.groupindex and m[k]
        ]
        return int(years[-1]) if years else None

    def _years_after(self, sent: Sentence, start: int, gs: int) -> bool:
        """ "rated good, six years after inspectors branded it inadequate": an earlier grade
        when the sentence gives another one; alone, the grade some time before the story
        ("MPs met, three months after Ofsted rated it inadequate") is the one it reports."""
        cue = g.YEARS_AFTER.search(self.text, start, gs)
        if cue is None:
            return False
        if re.search(r"years?\s+(?:after|since)", cue.group(), re.IGNORECASE):
            return True
        end = min((i for i in (self.text.find(",", gs, sent.end),) if i >= 0), default=sent.end)
        return any(
            not cue.start() <= m.start() < end
            for m in g.GRADE.finditer(self.text, sent.start, sent.end)
        )

    def _with_area(self, m: re.Match[str], sent: Sentence, gs: int, ge: int, ce: int) -> str | None:
        """ "rated good overall, with outstanding leadership": a grade adjective before an
        area, added by "with" or "and" to a grade read just before in the sentence."""
        if not m["adj"] or not self.grades or self.grades[-1].start < sent.start:
            return None
        if not _WITH_BEFORE.search(self.text, max(sent.start, gs - 20), gs):
            return None
        area = _AREA_NOUN.match(self.text, ge, ce)
        if not area:
            return None
        found = self._area_at(area.end(), ce)
        if found is None or _AREA_NOUN_END.match(self.text, found[1], ce) is None:
            return None
        return found[0]

    def _elliptical(
        self, sent: Sentence, index: int, cs: int, gs: int, ge: int, ce: int, prev_end: int
    ) -> bool:
        """ "judged 'requires improvement' overall but 'good' for adoption", "rated good
        overall, good for leadership and outstanding for adoption": a grade and its area
        alone, after a grade read earlier in the sentence; or a sentence of such items
        after a graded sentence ("Outstanding for leaders, good for care leavers.")."""
        if not self.grades or self._area_after(ge, ce) is None:
            return False
        last = self.grades[-1]
        if last.start >= sent.start:
            lead = self.text[max(cs, prev_end) : gs]
            if prev_end > cs:  # "good overall, good for ...": a list item after a grade
                return bool(_LIST_ITEM.fullmatch(lead))
            return not lead.strip(g.Q + " ,") or bool(_AND_LEAD.fullmatch(lead))
        previous = self.sents[index - 1] if index else None
        return (
            previous is not None
            and last.start >= previous.start
            and cs == sent.start
            and not self.text[cs:gs].strip(g.Q + " ,")
        )

    def _headline_grade(self, sent: Sentence, gs: int) -> bool:
        """A headline or cross-head that sets a grade beside a council: "Knowsley –
        inadequate", "Ofsted: Derby children's services 'good'"."""
        if sent.kind not in ("title", "heading"):
            return False
        named = self.mentions.within(sent.start, gs)
        return bool(named) and bool(_BESIDE_COUNCIL.fullmatch(self.text, named[-1].span.end, gs))

    def _graded_other(self, cs: int, gs: int) -> bool:
        """Whether the clause before the grade names something else Ofsted grades (a
        school, a children's home), other than as an inspector working with Ofsted ("the
        inspection, carried out by Ofsted and the Care Quality Commission, judged ...")."""
        for m in g.NOT_A_COUNCIL.finditer(self.text, cs, gs):
            if not g.AGENT_BEFORE.search(self.text, max(cs, m.start() - 80), m.start()):
                return True
        return False

    def _dated_list(self, prev_end: int, gs: int, ge: int, ce: int) -> bool:
        """ "rated inadequate in 2016 and good in 2022": grades listed, each with its year."""
        return (
            bool(self.grades)
            and self.grades[-1].end == prev_end
            and bool(_DATED_ITEM_BEFORE.fullmatch(self.text, prev_end, gs))
            and bool(_DATED_ITEM_AFTER.match(self.text, ge, ce))
        )

    def _gapped(self, prev_end: int, gs: int) -> bool:
        """ "rated its safeguarding services adequate and its services for looked after
        children good": a grade after an area, joined by "and" to a grade just read."""
        if not self.grades or self.grades[-1].end != prev_end:
            return False
        before = self.text[prev_end:gs]
        return (
            len(before) <= 100
            and bool(_GAP.match(before))
            and bool(_areas_in(before))
            and not _VERB.search(before)
        )

    def _unless_background(
        self, sent: Sentence, gs: int, council: str | None, earlier: bool
    ) -> str | None:
        """When the council named nearest before the grade is named as history, the
        grade is its own only if it is dated or earlier; an undated current grade goes
        to another council of the sentence, or to none."""
        hist = self.background.within(sent.start, gs)
        if not hist:
            return council
        fg = self.mentions.within(sent.start, gs)
        if fg and fg[-1].span.start > hist[-1].span.start:
            return council
        if earlier:
            return hist[-1].dfe_code
        return council if self.mentions.within(sent.start, sent.end) else None

    def _clauses(self, sent: Sentence) -> list[tuple[int, int]]:
        """The sentence's clauses, except that a list of areas cut at ", and" stays with
        its grade ("judged help and protection, children in care, and leadership as
        requiring improvement")."""
        out: list[tuple[int, int]] = []
        for cs, ce in clauses(self.text, sent.start, sent.end, colon=False):
            if out and self._area_list_goes_on(*out[-1], cs, ce):
                out[-1] = (out[-1][0], ce)
            else:
                out.append((cs, ce))
        return out

    def _area_list_goes_on(self, ps: int, pe: int, cs: int, ce: int) -> bool:
        text = self.text
        if not _LIST_AND.fullmatch(text, pe, cs):
            return False
        ends = [m.end() for _, p in g.AREAS for m in p.finditer(text, ps, pe)]
        if not ends:
            return False
        if not g.GRADE.search(text, ps, pe):
            return not text[max(ends) : pe].strip(" ,")
        # "rated good for leadership, for children in care, and for care leavers": the
        # last "for" phrase of a list after a grade
        lead = _AREA_AFTER.match(text, cs)
        return (
            lead is not None
            and lead.group().strip()[:3].lower() in ("for", "in")
            and bool(self._areas_after(cs, ce))
            and _AREA_END.fullmatch(text, max(ends), pe) is not None
            and not g.GRADE.search(text, cs, ce)
        )

    def _as_was(self, read: list[_Grade], ge: int, limit: int) -> list[_Grade]:
        """ "X was judged inadequate, as was Y": Y's areas have the same grade."""
        if not read:
            return []
        m = g.AS_WAS.match(self.text, ge, limit)
        if not m:
            return []
        x = read[0]
        areas = _areas_in(m["rest"])
        if not areas:
            return []
        return [_Grade(x.start, x.end, x.grade, areas, x.council, x.previous, x.year, x.months)]

    def _coordinated_with_previous(self, prev_end: int, gs: int) -> bool:
        """ "the requires improvement rating it received in 2017 and inadequate verdict
        in 2015": a grade joined by "and" to an earlier inspection's grade."""
        if not self.grades or self.grades[-1].end != prev_end or not self.grades[-1].previous:
            return False
        between = self.text[prev_end:gs]
        return (
            len(between) <= 60
            and bool(re.search(r"(?:\band\b|,)", between))
            # "has moved out of X and is now rated Y": a new verb, a new grade
            and not _NEW_PREDICATE.search(between)
        )

    def _council_subject(self, clause_before: str, sent: Sentence) -> bool:
        """'requires improvement' as a verb: its subject must be the council or its
        services, not some areas of practice."""
        last_ok = max((m.end() for m in g.COUNCIL_SUBJECT.finditer(clause_before)), default=-1)
        # a judgement area as the subject: "help and protection was found to be inadequate"
        for _, pattern in g.AREAS:
            last_ok = max([last_ok] + [m.end() for m in pattern.finditer(clause_before)])
        for m in self.mentions.within(sent.start, sent.end):
            if m.span.start < sent.start + len(clause_before) + 1:
                last_ok = max(last_ok, 0)
        last_bad = max((m.end() for m in g.BLOCKING_SUBJECT.finditer(clause_before)), default=-1)
        return last_ok >= 0 and last_ok > last_bad

    def _year(
        self, prev_end: int, gs: int, ge: int, limit: int, prev_cue: re.Match[str] | None
    ) -> tuple[int | None, tuple[int, ...]]:
        text = self.text
        after = [m for m in _year_tokens(text, ge, min(limit, ge + 90))]
        start = prev_end
        if prev_cue is not None:
            start = max(start, prev_cue.start())
        # a year after an earlier grade of the clause is that grade's
        before = (
            [] if prev_end > self._clause_start else _year_tokens(text, max(start, gs - 120), gs)
        )
        # a year inside an aside between commas is not the grade's ("Cumberland, one of
        # two councils that replaced Cumbria in 2023, was rated good")
        before = [
            y
            for y in before
            if not (
                "," in text[self._clause_start : y.start()]
                and _ASIDE_END.match(text, y.end(), gs)
                and not self._date_aside(y.start())
            )
        ]
        best = after[0] if after else (before[-1] if before else None)
        if best is None:
            relative = _RELATIVE_AFTER.match(text, ge, limit)
            if relative and self.pub is not None:  # "was rated good last year"
                months, year = g.relative_date(relative, self.pub)
                return year, months
            return None, ()
        return int(best["year"]), g.months_in(best["months"] or "")

    def _date_aside(self, at: int) -> bool:
        """ "At its last inspection, in 2011, it was rated adequate": an aside that only
        dates the inspection named before it."""
        comma = self.text.rfind(",", self._clause_start, at)
        return (
            comma >= 0
            and bool(_DATE_ASIDE.fullmatch(self.text, comma, at))
            and bool(_INSPECTION_END.search(self.text, max(0, comma - 40), comma))
        )

    def _areas(
        self, prev_end: int, cs: int, gs: int, ge: int, limit: int, council: str
    ) -> list[str]:
        text = self.text
        window_start = max(prev_end, cs, gs - 220)
        if prev_end > cs:  # not the areas of the clause's earlier grade ("X for leadership")
            window_start = max(window_start, self._area_list_after(prev_end, gs)[1])
        named_after = self._areas_after(ge, limit)
        if named_after:  # "rated adequate overall for safeguarding"
            return named_after
        fronted = self._fronted_areas(cs, gs)
        if fronted:
            return fronted
        if g.OVERALL_NEAR.search(text[max(window_start, gs - 20) : gs]) or g.OVERALL_NEAR.match(
            text[ge:limit]
        ):
            return ["overall-effectiveness"]
        found: list[tuple[int, str]] = []
        taken: list[tuple[int, int]] = []
        # a framework's name ("safeguarding and looked after children services") is no area
        for _, pattern in g.FRAMEWORKS:
            taken += [fm.span() for fm in pattern.finditer(text, window_start, gs)]
        for name, pattern in g.AREAS:
            for m in pattern.finditer(text, window_start, gs):
                if any(s <= m.start() < e for s, e in taken):
                    continue
                between = text[m.end() : gs]
                end = self._area_run_end(m.end(), gs)
                if re.search(r"\b(?:council|authority|it|they)\b", between, re.IGNORECASE) or any(
                    m.end() <= x.span.start < gs
                    and not _AREA_OF_COUNCIL.fullmatch(text, end, x.span.start)
                    for x in self.mentions.items
                ):
                    continue
                taken.append((m.start(), m.end()))
                found.append((m.start(), name))
        for m in _SAFEGUARDING_SUBJECT.finditer(text, window_start, gs):
            # the 2009-2012 framework's safeguarding judgement: "safeguarding was rated adequate"
            if not any(s <= m.start() < e for s, e in taken):
                found.append((m.start(), "help-and-protection"))
        names: list[str] = []
        for _, name in sorted(found):
            if name not in names:
                names.append(name)
        return names or ["overall-effectiveness"]

    def _area_run_end(self, pos: int, limit: int) -> int:
        """The end of a list of areas that goes on at ``pos`` ("children in care| and care
        leavers")."""
        while True:
            join = _LIST_AND.match(self.text, pos, limit)
            if join is None or join.end() == pos:
                return pos
            found = self._area_at(join.end(), limit)
            if found is None:
                return pos
            pos = found[1]

    def _fronted_areas(self, cs: int, gs: int) -> list[str]:
        """Areas in a phrase put before the clause's subject: "For help and protection,
        the council was judged inadequate"; "Overall, and for leadership, the council was
        rated good" (overall effectiveness too)."""
        text = self.text
        lead = _FRONTED.match(text, cs, gs)
        if not lead:
            return []
        names: list[str] = []
        pos = lead.end()
        while True:
            area = self._area_at(pos, gs)
            if area is None:
                return []
            names.append(area[0])
            more = _FRONTED_JOIN.match(text, area[1], gs)
            if more and self._area_at(more.end(), gs):
                pos = more.end()
                continue
            close = _FRONTED_END.match(text, area[1], gs)
            if close is None:
                return []
            break
        rest = text[close.end() : gs]
        if _areas_in(rest) or g.GRADE.search(rest):
            return []
        if _OVERALL_LEAD.fullmatch(text, self._sent_start, cs):
            names.insert(0, "overall-effectiveness")
        return list(dict.fromkeys(names))

    def _area_at(self, pos: int, limit: int) -> tuple[str, int] | None:
        """The judgement area named right at ``pos``, and where its words end."""
        for name, pattern in g.AREAS:
            m = pattern.match(self.text, pos, limit)
            if m:
                return name, m.end()
        m = _SAFEGUARDING.match(self.text, pos, limit)
        return ("help-and-protection", m.end()) if m else None

    def _area_after(self, ge: int, limit: int) -> str | None:
        """An area named just after the grade: "judged good for its leadership",
        "rated adequate overall for safeguarding"."""
        found = self._areas_after(ge, limit)
        return found[0] if found else None

    def _areas_after(self, ge: int, limit: int) -> list[str]:
        """The areas named just after the grade, with a list that goes on with "for"
        ("rated inadequate for help and protection, for children in care and for
        leadership"); a "for" phrase that names no area ends the list."""
        return self._area_list_after(ge, limit)[0]

    def _area_list_after(self, ge: int, limit: int) -> tuple[list[str], int]:
        """The areas named just after the grade, and where their words end."""
        names: list[str] = []
        pos = ge
        both = _OVERALL_AND.match(self.text, ge, limit)
        if both:  # "good overall and for adoption"
            names.append("overall-effectiveness")
            pos = both.end()
        end = ge
        while True:
            after = _AREA_AFTER.match(self.text, pos, limit)
            found = self._area_at(after.end(), limit) if after else None
            lead = _AREA_LEAD.match(self.text, after.end(), limit) if after else None
            if found is None and lead is not None:
                found = self._area_at(lead.end(), limit)
            if found is None:
                return (names, end) if len(names) > 1 or not both else ([], ge)
            names.append(found[0])
            end = found[1]
            more = _AREA_LIST_NEXT.match(self.text, found[1], limit)
            if more is None:
                return list(dict.fromkeys(names)), end
            pos = more.end()

    # -- the sentences ----------------------------------------------------------------
    def read(self) -> None:
        text = self.text
        for index, sent in enumerate(self.sents):
            for cs, ce in self._clauses(sent):
                found = list(g.GRADE.finditer(text, cs, ce))
                for k, m in enumerate(found):
                    prev_end = found[k - 1].end() if k else cs
                    next_start = found[k + 1].start() if k + 1 < len(found) else ce
                    self._pair_from = found[k - 1].start() if k else None
                    read = self.read_grade(m, sent, index, cs, ce, prev_end, next_start)
                    read += self._as_was(read, m.end(), min(next_start, ce))
                    self.grades += self._together(read, sent, cs, m.start())
            if sent.kind == "title":
                continue
            self._read_cues(sent, index)
            if self._groups(sent):
                self._group = self._groups(sent)[-1]

    # -- councils graded together -------------------------------------------------------
    def _groups(self, sent: Sentence) -> list[list[str]]:
        """Runs of councils named together in a sentence: "Leeds and Bradford", "Sefton,
        Knowsley and Wirral"."""
        out: list[list[str]] = []
        run: list[CouncilMention] = []
        for m in self.mentions.within(sent.start, sent.end):
            if run and _JOINED.fullmatch(self.text, run[-1].span.end, m.span.start):
                run.append(m)
                continue
            if len(run) > 1:
                out.append(list(dict.fromkeys(x.dfe_code for x in run)))
            run = [m]
        if len(run) > 1:
            out.append(list(dict.fromkeys(x.dfe_code for x in run)))
        return [r for r in out if len(r) > 1]

    def _joint(self, sent: Sentence, cs: int, at: int, council: str) -> list[str]:
        """The councils a grade at ``at`` is given to together with ``council``: a run of
        councils as the subject with a plural verb ("Leeds and Bradford were both rated
        good"), or "both councils", "the two" after such a run."""
        text = self.text
        named = self.mentions.within(cs, at)
        if named:
            last = named[-1]
            run = [last]
            for m in reversed(named[:-1]):
                if not _JOINED.fullmatch(text, m.span.end, run[-1].span.start):
                    break
                run.append(m)
            if (
                len(run) > 1
                and last.dfe_code == council
                and _PLURAL.search(text, last.span.end, at)
                and not _OBJECT_BEFORE.search(
                    text, max(cs, run[-1].span.start - 30), run[-1].span.start
                )
            ):
                return list(dict.fromkeys(m.dfe_code for m in reversed(run)))
            return [council]
        if (
            self._group
            and council in self._group
            and not self.mentions.within(sent.start, at)
            and _BOTH.search(text, cs, at)
        ):
            return list(self._group)
        return [council]

    def _together(self, read: list[_Grade], sent: Sentence, cs: int, at: int) -> list[_Grade]:
        """The grades read, each also given to the councils graded together with its own."""
        out = list(read)
        for x in read:
            joint = self._joint(sent, cs, at, x.council)
            if len(joint) > 1:
                self.together.append((sent.start, sent.end, tuple(joint)))
            for other in joint:
                if other != x.council:
                    out.append(replace(x, council=other))
        return out

    def _read_cues(self, sent: Sentence, index: int) -> None:
        """The printed dates of inspections in a sentence: "a visit in May", "inspected in
        2019", "an inspection last month"."""
        text = self.text
        dated = list(g.DATE_CUE.finditer(text, sent.start, sent.end))
        for pattern in (g.YEAR_CUE, g.RELATIVE_CUE, g.REPORT_CUE):
            dated += [
                y
                for y in pattern.finditer(text, sent.start, sent.end)
                if not any(d.start() <= y.start() < d.end() for d in dated)
            ]
        for m in dated:
            council = self.council_for(sent, index, sent.start, m.start())
            if council is None:
                continue
            # "Inspectors visited Barnet and Enfield in March": the date of each
            together = next((r for r in self._groups(sent) if council in r), [council])
            if together == [council]:
                together = self._joint(sent, sent.start, m.start(), council)
            groups = m.groupdict()
            months: tuple[int, ...]
            if "week" in groups:  # when the report came out (no month of the visit)
                months, year = (), g.report_date(m, self.pub)
                if year is None:
                    continue
            elif "unit" in groups:  # relative to publication
                months, year = g.relative_date(m, self.pub)
                if year is None:
                    continue
            elif "y" in groups:  # a year alone
                months, year = (), int(groups["y"])
            else:
                months = g.months_in(g.cue_months(m))
                printed = g.cue_year(m)
                year = int(printed) if printed else None
            earlier = g.DATE_CUE_PREVIOUS.search(text, max(0, m.start() - 40), m.start())
            # "its first full inspection, in April": a new council's first inspection is
            # the current one when only its month is given
            previous = bool(earlier) and not (
                earlier.group().lower().startswith("first") and year is None
            )
            if "y" in groups and not previous:
                # a bare year goes with an earlier grade of its sentence: "It had
                # previously been rated X after an inspection in 2019"
                previous = bool(
                    g.PREVIOUS_FAR.search(text, sent.start, m.start())
                    or re.search(r"\bsince\b", text[sent.start : m.start()], re.IGNORECASE)
                )
            framework = g.framework_in(text[max(sent.start, m.start() - 60) : m.end()])
            if (
                framework is None
                and g.JOINT_INSPECTORS.search(text, max(sent.start, m.start() - 60), m.end())
                and not g.GRADE.search(text, sent.start, sent.end)
            ):
                framework = "jtai"
            self.cues += [
                _Cue(m.start(), m.end(), each, previous, months, year, framework, "week" in groups)
                for each in together
            ]
            if len(together) > 1:
                self.together.append((sent.start, sent.end, tuple(together)))

    # -- inspections ------------------------------------------------------------------
    def _cue_year(self, c: _Cue) -> int | None:
        if c.year is not None:
            return c.year
        if c.months and self.pub is not None and not c.previous:
            return month_year(c.months[-1], self.pub)
        return None

    def _current_year(self, mine: list[_Grade], cues: list[_Cue]) -> int | None:
        """The year of the inspection the article reports for one council. Monitoring
        and focused visits are not that inspection, unless the story has nothing else."""
        full = [c for c in cues if c.framework not in _VISITS]
        if not mine and not full:
            years = [self._cue_year(c) for c in cues if not c.previous]
            return max((y for y in years if y is not None), default=None)
        cues = full
        # the report's date only when no visit is dated ("published on Tuesday, after
        # inspectors visited in November and December")
        visited = [c for c in cues if not c.report and not c.previous and (c.year or c.months)]
        if visited:
            cues = [c for c in cues if not c.report]
        years = {c.year for c in cues if not c.previous and c.year is not None}
        undated = [x for x in mine if not x.previous and x.year is None]
        for x in mine:
            if x.previous or x.year is None:
                continue
            if not any(_conflicts(u, x.year, [x]) for u in undated):
                years.add(x.year)
        # a month without a year is the latest such month before publication, so it can
        # be later than a dated earlier visit ("in February" after "in September 2012")
        month_only = [c for c in cues if not c.previous and c.year is None and c.months]
        if month_only and self.pub is not None:
            years.add(month_year(month_only[0].months[-1], self.pub))
        return max(years) if years else None

    def _later_visit(self, mine: list[_Grade], cues: list[_Cue]) -> InspectionKey | None:
        """A monitoring or focused visit or a joint inspection that came after every
        graded or dated full inspection the story gives for the council: then the story
        reports the visit ("rated inadequate in March 2019 ... a monitoring visit in
        January"). One in the lede dated by a month alone, in a story with no date, is
        the story's too ("Inspectors visited Sefton in March ... rated good in 2022")."""
        visits = []
        undated = []
        for c in cues:
            year = self._cue_year(c)
            if c.framework in _VISITS and not c.previous and year is not None:
                visits.append((year, c.months[-1] if c.months else 0))
            elif c.framework in _VISITS and not c.previous and c.months and self._in_lede(c.start):
                undated.append(c)
        if not visits and not undated:
            return None
        # an undated new grade ("has now been rated good") is a full inspection's; a
        # standing one ("remains inadequate") is not
        for x in mine:
            if (
                x.year is None
                and not x.previous
                and not _STANDING.search(self.text, max(0, x.start - 40), x.start)
            ):
                return None
        if not visits:
            return InspectionKey(undated[0].council, None)
        latest = max(visits)
        events = [
            (x.year, x.months[-1] if x.months else 12)
            for x in mine
            if x.year is not None and not x.previous
        ]
        for c in cues:
            year = self._cue_year(c)
            if c.framework not in _VISITS and not c.previous and year is not None:
                events.append((year, c.months[-1] if c.months else 12))
        if any(e >= latest for e in events):
            return None
        return InspectionKey(cues[0].council, latest[0])

    def _in_lede(self, at: int) -> bool:
        """Whether ``at`` lies in the story's first body sentences."""
        body = [s for s in self.sents if s.kind not in ("title", "heading")]
        return bool(body) and at < body[min(len(body), _LEDE_SENTENCES) - 1].end

    def assemble(self) -> tuple[Inspections, list[JudgementRecord]]:
        councils = list(
            dict.fromkeys([x.council for x in self.grades] + [c.council for c in self.cues])
        )
        result = Inspections(together=sorted(set(self.together)))
        months: dict[InspectionKey, list[int]] = {}
        frameworks: dict[InspectionKey, str] = {}
        spans: dict[InspectionKey, Span] = {}

        def note(key: InspectionKey, ms: tuple[int, ...], fw: str | None, span: Span) -> None:
            got = months.setdefault(key, [])
            got += [x for x in ms if x not in got]
            if fw and key not in frameworks:
                frameworks[key] = fw
            if key not in spans or span.start < spans[key].start:
                spans[key] = span

        for council in councils:
            mine = [x for x in self.grades if x.council == council]
            cues = [c for c in self.cues if c.council == council]
            visit = self._later_visit(mine, cues)
            if visit is not None:
                result.visits.add(council)
                result.current[council] = visit
            else:
                result.current[council] = InspectionKey(council, self._current_year(mine, cues))

        def key_of(x: _Grade) -> InspectionKey | None:
            """The inspection a grade belongs to; None when it only repeats a dated one."""
            current = result.current[x.council]
            if x.year is not None:
                return InspectionKey(x.council, x.year)
            if x.previous or x.council in result.visits:  # a visit gives no grade
                # an earlier inspection without a year: the dated earlier one with the
                # same grade, if the article gives one
                dated = any(
                    y.council == x.council
                    and y.year is not None
                    and y.year != current.year
                    and y.grade == x.grade
                    and set(y.areas) & set(x.areas)
                    for y in self.grades
                )
                if dated:
                    return None
                # the one earlier inspection the story dates ("It was rated adequate at
                # its last inspection. That inspection took place in 2011.")
                years = {
                    c.year
                    for c in self.cues
                    if c.council == x.council
                    and c.previous
                    and c.year is not None
                    and c.year != current.year
                    and c.framework not in _VISITS
                }
                if len(years) == 1:
                    year = years.pop()
                    if not _conflicts(x, year, self.grades):
                        return InspectionKey(x.council, year)
                return InspectionKey(x.council, None, previous=True)
            if _conflicts(x, current.year, self.grades):
                return InspectionKey(x.council, None, previous=True)
            if (
                x.context_year is not None
                and x.context_year != current.year
                and any(
                    y.council == x.council
                    and y.grade != x.grade
                    and not y.previous
                    and y.year in (None, current.year)
                    and set(y.areas) & set(x.areas)
                    for y in self.grades
                )
            ):
                return InspectionKey(x.council, x.context_year)
            return current

        graded = {x.council for x in self.grades}
        for c in self.cues:
            current = result.current[c.council]
            span = Span(c.start, c.end)
            if c.framework in _VISITS:
                key = InspectionKey(c.council, self._cue_year(c))
                if key != current or c.council not in graded or c.council in result.visits:
                    note(key, c.months, c.framework, span)
            elif not c.previous and (c.year is None or c.year == current.year):
                note(current, c.months, c.framework, span)
            elif c.year is not None:
                note(InspectionKey(c.council, c.year), c.months, c.framework, span)
        judgements: list[JudgementRecord] = []
        seen: set[tuple[InspectionKey, str, str]] = set()
        keys = [key_of(x) for x in self.grades]
        # areas graded on their own are left out of "all areas" ("good in all areas, with
        # care leavers judged outstanding")
        named: dict[tuple[InspectionKey | None, str], set[str]] = {}
        for x, k in zip(self.grades, keys, strict=True):
            for a in x.areas if x.all_but is None and x.some is None else ():
                named.setdefault((k, a), set()).add(x.grade)
        for x, key in zip(self.grades, keys, strict=True):
            if key is None:
                continue
            note(key, x.months, x.framework, Span(x.start, x.end))
            areas = x.areas
            if x.all_but is not None:
                fw = x.framework or frameworks.get(key)
                areas = [
                    a
                    for a in g.framework_areas(fw, key.year)
                    if a not in x.all_but and x.grade in named.get((key, a), {x.grade})
                ]
            elif x.some is not None:
                # the framework's areas besides overall that the story does not grade apart:
                # only when just that many are left
                fw = x.framework or frameworks.get(key)
                rest = [
                    a
                    for a in g.framework_areas(fw, key.year)
                    if a != "overall-effectiveness" and named.get((key, a), {x.grade}) == {x.grade}
                ]
                areas = x.areas + (rest if len(rest) == x.some else [])
            elif "children-in-care" in areas and "care-leavers" in areas:
                # ILACS graded "children in care and care leavers" as one area until 2023
                fw = x.framework or frameworks.get(key)
                if fw != "sif" and key.year is not None and 2018 <= key.year <= 2022:
                    areas = [a for a in areas if a != "care-leavers"]
            for area in areas:
                if (key, area, x.grade) in seen:
                    continue
                seen.add((key, area, x.grade))
                judgements.append(JudgementRecord(key, area, x.grade, Span(x.start, x.end)))
        for council, current in result.current.items():
            result.previous[council] = sorted(
                {k for k in spans if k.dfe_code == council and k.year is not None and k != current},
                key=lambda k: k.year or 0,
            )
        # every inspection the story dates or grades (a council merely named has none)
        used = {j.inspection for j in judgements} | set(spans)
        for key in sorted(used, key=lambda k: (k.dfe_code, k.year or 0)):
            result.records.append(
                InspectionRecord(
                    key=key,
                    months=tuple(months.get(key, ())),
                    framework=frameworks.get(key),
                    span=spans.get(key),
                )
            )
        return result, judgements


def _areas_in(phrase: str) -> list[str]:
    """The judgement areas a phrase names, in order ("adoption performance and the
    experiences and progress of care leavers")."""
    found = sorted((m.start(), name) for name, pattern in g.AREAS for m in pattern.finditer(phrase))
    return list(dict.fromkeys(name for _, name in found))


def after_all(after: str) -> str:
    """The words after an "all areas" phrase that follows the grade."""
    m = g.ALL_AREAS_AFTER.match(after)
    return after[m.end() :] if m else after


def _conflicts(x: _Grade, year: int | None, grades: list[_Grade]) -> bool:
    """Whether a dated grade of the same council and year gives one of x's areas
    another grade: then x is not that inspection's ("rated inadequate in 2014, and
    has since improved to good")."""
    return year is not None and any(
        y.council == x.council
        and y.year == year
        and y.grade != x.grade
        and set(y.areas) & set(x.areas)
        for y in grades
    )


def read_inspections(
    doc: Document, mentions: list[CouncilMention], pub_date: date | None
) -> tuple[Inspections, list[JudgementRecord]]:
    """The article's inspections and judgements (cached on the document)."""
    cached = doc.cache.get("inspections")
    if cached is not None:
        return cached
    reader = _Reader(doc, mentions, pub_date)
    reader.read()
    result = reader.assemble()
    doc.cache["inspections"] = result
    return result


def extract_judgements(
    doc: Document,
    mentions: list[CouncilMention],
    pub_date: date | None,
    gaz: Gazetteer | None = None,
) -> tuple[list[InspectionRecord], list[JudgementRecord]]:
    """The inspections the article reports and the grades it gives them."""
    found, judgements = read_inspections(doc, mentions, pub_date)
    return found.records, judgements
