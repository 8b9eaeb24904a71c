"""What the server shows about one resource: its statements (with the named graphs
stating them), the statements pointing at it, labels for everything linked, and,
for a claim, the article's words around the span it rests on.

``describe`` runs inside a query worker (one round trip, under the time limit);
the view turns its plain answer into HTML or RDF. Over the union default graph a
triple comes back once per graph holding it, hence the DISTINCTs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDFS, SKOS
from rdflib.term import Identifier

from graph.rdf.namespaces import OA, OKG, SCHEMA
from graph.store import Store
from server.tasks import Emit

MAX_OUT = 2000
MAX_IN = 200
CONTEXT_CHARS = 240
LABELS = (
    RDFS.label,
    SKOS.prefLabel,
    SCHEMA.name,
    DCTERMS.title,
    OKG.fileName,
    OKG.roleTitle,
    OKG.quotedText,
)
_SAFE_IRI = re.compile(r"[^\s<>\"{}|\\^`]+")

# ?this is bound with VALUES, not with the store's substitutions: Oxigraph plans a
# query without knowing a substituted value, and starting from every selector made
# the span lookup 600 times slower. IRIs are checked (_SAFE_IRI) before they go in.
_OUT = """SELECT DISTINCT ?p ?o ?g WHERE { VALUES ?this { %s }
  ?this ?p ?o . OPTIONAL { GRAPH ?g { ?this ?p ?o } }
} LIMIT """ + str(MAX_OUT)
_NESTED = "SELECT DISTINCT ?p ?o WHERE { VALUES ?this { %s } ?this ?p ?o } LIMIT 100"
NESTED = (OKG.speakerRole,)  # described inline: the role a speaker held when quoted
_IN = "SELECT DISTINCT ?s ?p WHERE { VALUES ?this { %s } ?s ?p ?this } LIMIT " + str(MAX_IN + 1)
_SPAN = f"""SELECT ?article ?start ?end WHERE {{ VALUES ?this {{ %s }}
  ?this <{OA.hasSource}> ?article ; <{OA.hasSelector}> ?sel .
  ?sel a <{OA.TextPositionSelector}> ; <{OA.start}> ?start ; <{OA.end}> ?end .
}} LIMIT 5"""
_TEXT = f"SELECT ?text WHERE {{ VALUES ?this {{ %s }} ?this <{OKG.text}> ?text }} LIMIT 1"


def _about(template: str, iri: object) -> str:
    """``template`` with the IRI in its VALUES clause; ValueError if it is not safe."""
    text = str(iri)
    if not _SAFE_IRI.fullmatch(text):
        raise ValueError(f"not an IRI that can be looked up: {text!r}")
    return template % f"<{text}>"


@dataclass
class Evidence:
    """A span of an article with the words around it."""

    article: str
    start: int
    end: int
    before: str
    exact: str
    after: str


@dataclass
class Description:
    iri: str
    out: list[tuple[Identifier, Identifier, list[str]]] = field(default_factory=list)
    incoming: list[tuple[Identifier, Identifier]] = field(default_factory=list)
    more_incoming: bool = False
    labels: dict[str, str] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)
    nested: dict[str, list[tuple[Identifier, Identifier]]] = field(default_factory=dict)

    @property
    def found(self) -> bool:
        return bool(self.out or self.incoming)

    def values(self, predicate: URIRef) -> list[Identifier]:
        return [o for p, o, _ in self.out if p == predicate]


def _evidence(store: Store, spans: Iterable[URIRef]) -> list[Evidence]:
    """The words of each span (a source with a position selector), with context.

    The span's position is read first and its article's text after, by IRI: asking
    for both at once lets the engine start from every article's text."""
    found = []
    texts: dict[str, str] = {}
    for span in list(dict.fromkeys(spans))[:5]:
        for row in store.query(_about(_SPAN, span)).rows or ():
            article = str(row["article"])
            if article not in texts:
                rows = list(store.query(_about(_TEXT, row["article"])).rows or ())  # type: ignore[dict-item]
                texts[article] = str(rows[0]["text"]) if rows else ""
            text = texts[article]
            try:
                start, end = int(row["start"]), int(row["end"])  # type: ignore[arg-type]
            except (TypeError, ValueError):
                continue
            if not 0 <= start <= end <= len(text):
                continue
            before = text[max(0, start - CONTEXT_CHARS) : start]
            after = text[end : end + CONTEXT_CHARS]
            found.append(Evidence(article, start, end, before, text[start:end], after))
    return found


def _labels(store: Store, iris: Iterable[str]) -> dict[str, str]:
    safe = [i for i in dict.fromkeys(iris) if _SAFE_IRI.fullmatch(i)][:1000]
    if not safe:
        return {}
    values = " ".join(f"<{i}>" for i in safe)
    props = " ".join(f"<{p}>" for p in LABELS)
    result = store.query(
        f"SELECT DISTINCT ?x ?p ?l WHERE {{ VALUES ?x {{ {values} }} VALUES ?p {{ {props} }} "
        f"?x ?p ?l }}"
    )
    rank = {str(p): i for i, p in enumerate(LABELS)}
    best: dict[str, tuple[int, int, str]] = {}
    for row in result.rows or ():
        label = row["l"]
        if not isinstance(label, Literal):
            continue
        lang_rank = 0 if label.language in (None, "en", "en-gb") else 1
        key = (rank[str(row["p"])], lang_rank, str(label))
        x = str(row["x"])
        if x not in best or key < best[x]:
            best[x] = key
    return {x: " ".join(v[2].split()) for x, v in best.items()}


def describe(store: Store, emit: Emit, *, iri: str) -> None:
    """Everything a page about ``iri`` shows, as a Description."""
    this = URIRef(iri)
    desc = Description(iri)
    by_pair: dict[tuple[Identifier, Identifier], list[str]] = {}
    for row in store.query(_about(_OUT, this)).rows or ():
        graphs = by_pair.setdefault((row["p"], row["o"]), [])  # type: ignore[index]
        if row["g"] is not None and str(row["g"]) not in graphs:
            graphs.append(str(row["g"]))
    desc.out = [(p, o, sorted(g)) for (p, o), g in by_pair.items()]
    incoming = list(store.query(_about(_IN, this)).rows or ())
    desc.more_incoming = len(incoming) > MAX_IN
    desc.incoming = [(r["s"], r["p"]) for r in incoming[:MAX_IN]]  # type: ignore[misc]
    # the span a claim rests on: its okg:source, itself if it is a span, or (for a
    # selector) the span holding it
    spans = [o for p, o, _ in desc.out if p == OKG.source and isinstance(o, URIRef)]
    if any(p == OA.hasSelector for p, _, _ in desc.out):
        spans.append(this)
    spans += [s for s, p in desc.incoming if p == OA.hasSelector and isinstance(s, URIRef)]
    desc.evidence = _evidence(store, spans)
    linked = [iri]
    for p, o, graphs in desc.out:
        linked += [str(p), *graphs]
        if isinstance(o, URIRef):
            linked.append(str(o))
    for s, p in desc.incoming:
        linked += [str(p)] + ([str(s)] if isinstance(s, URIRef) else [])
    linked += [e.article for e in desc.evidence]
    for p, o, _ in desc.out:
        if p in NESTED and isinstance(o, URIRef) and len(desc.nested) < 20:
            rows = store.query(_about(_NESTED, o)).rows or ()
            desc.nested[str(o)] = [(r["p"], r["o"]) for r in rows]  # type: ignore[misc]
            linked += [
                str(x) for pair in desc.nested[str(o)] for x in pair if isinstance(x, URIRef)
            ]
    desc.labels = _labels(store, linked)
    emit(("value", desc))
