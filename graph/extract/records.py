"""Plain typed records that the extractors produce and the RDF mapping consumes.

Every fact carries the span of the article text it came from. Offsets are Python
``str`` indices (Unicode code points) into ``Article.text``, the exact decoded text
that ingest stored, so ``text[span.start:span.end]`` is always the evidence.

The records know nothing of RDF: ``graph.rdf.mapping`` turns them into triples.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Grade = Literal["outstanding", "good", "requires-improvement", "inadequate", "adequate"]
Area = Literal[
    "overall-effectiveness",
    "help-and-protection",
    "children-in-care",
    "care-leavers",
    "adoption",
    "leadership",
]
Polarity = Literal["strength", "weakness"]
SpeakerKind = Literal["person", "inspectorate", "council", "organisation"]

GRADES: tuple[str, ...] = ("outstanding", "good", "requires-improvement", "adequate", "inadequate")
AREAS: tuple[str, ...] = (
    "overall-effectiveness",
    "help-and-protection",
    "children-in-care",
    "care-leavers",
    "adoption",
    "leadership",
)
THEMES: tuple[str, ...] = (
    "leadership",
    "workforce-stability",
    "caseloads",
    "supervision",
    "management-oversight",
    "quality-assurance",
    "recording",
    "culture",
    "direct-work",
    "voice-of-the-child",
    "cultural-sensitivity",
    "partnership-working",
    "front-door",
    "assessment",
    "child-protection",
    "pre-proceedings",
    "children-in-care",
    "care-leavers",
    "adoption",
    "private-fostering",
    "disabled-children",
    "exploitation",
    "homeless-young-people",
    "early-help",
)
POLARITIES: tuple[str, ...] = ("strength", "weakness")


@dataclass(frozen=True, order=True)
class Span:
    """Half-open range [start, end) of code points in the article text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def of(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True)
class CouncilMention:
    """A place in the text that names a council, resolved to one authority."""

    dfe_code: str  # DfE LA number, the council's key (e.g. "856")
    span: Span


@dataclass(frozen=True, order=True)
class InspectionKey:
    """Identity of an inspection: the council and the year, when the text gives it.

    The same inspection reported by several articles has the same key. An inspection
    whose year the text cannot tell has ``year=None``; such inspections are never
    merged across articles.
    """

    dfe_code: str
    year: int | None
    # An earlier inspection the text does not date ("previously rated inadequate"):
    # kept apart from the undated current one of the same article.
    previous: bool = False


@dataclass(frozen=True)
class InspectionRecord:
    """An inspection an article reports, with what it says of its date and framework."""

    key: InspectionKey
    months: tuple[int, ...] = ()  # months of the visit, 1-12, as the text gives them
    framework: str | None = None  # e.g. "ilacs", "sif", "child-protection"
    span: Span | None = None  # where the article first names it


@dataclass(frozen=True)
class JudgementRecord:
    """A grade for one area of one inspection, as the article states it."""

    inspection: InspectionKey
    area: str  # one of AREAS
    grade: str  # one of GRADES
    span: Span  # the words that state the grade


@dataclass(frozen=True)
class Speaker:
    """Who said something, with the role the article gives them at its date.

    ``name`` is a person's full name as printed (without titles such as Cllr), or an
    organisation's name ("Ofsted", "Leicestershire County Council").
    ``organisation`` is a council's DfE code, ``"ofsted"`` or ``None``.
    """

    name: str
    kind: SpeakerKind
    role: str | None = None
    organisation: str | None = None
    span: Span | None = None  # the mention of the speaker the attribution rests on


@dataclass(frozen=True)
class QuoteRecord:
    """A quoted passage: the text inside the outer marks, one passage per quote."""

    span: Span
    speaker: Speaker | None = None
    about: InspectionKey | None = None  # the inspection it is about, or None
    partial: bool = False  # a fragment quoted inside reported speech


@dataclass(frozen=True)
class ThemeRecord:
    """A practice theme praised (strength) or criticised (weakness)."""

    theme: str  # one of THEMES
    polarity: str  # one of POLARITIES
    span: Span  # the evidence: the sentence or clause that says it
    inspection: InspectionKey | None = None


@dataclass(frozen=True)
class ArticleMeta:
    """What the article says about itself; manifest values win over these."""

    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    date: date | None = None


@dataclass
class ArticleFacts:
    """Everything extracted from one article."""

    meta: ArticleMeta
    inspections: list[InspectionRecord] = field(default_factory=list)
    judgements: list[JudgementRecord] = field(default_factory=list)
    quotes: list[QuoteRecord] = field(default_factory=list)
    themes: list[ThemeRecord] = field(default_factory=list)
