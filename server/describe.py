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
LABELS = (RDFS.label, SKOS.prefLabel, SCHEMA.name, DCTERMS.title, OKG.roleTitle, OKG.quotedText)
_SAFE_IRI = re.compile(r"[^\s<>\"{}|\\^`]+")

_OUT = """SELECT DISTINCT ?this ?p ?o ?g WHERE {
  ?this ?p ?o . OPTIONAL { GRAPH ?g { ?this ?p ?o } }
} LIMIT %d"""
_NESTED = "SELECT DISTINCT ?this ?p ?o WHERE { ?this ?p ?o } LIMIT 100"
NESTED = (OKG.speakerRole,)  # described inline: the role a speaker held when quoted
_IN = """SELECT DISTINCT ?this ?s ?p WHERE { ?s ?p ?this } LIMIT %d"""
_SPAN_TAIL = f"""
  ?src <{OA.hasSource}> ?article ; <{OA.hasSelector}> ?sel .
  ?sel a <{OA.TextPositionSelector}> ; <{OA.start}> ?start ; <{OA.end}> ?end .
  ?article <{OKG.text}> ?text ."""
_EVIDENCE = f"""SELECT DISTINCT ?this ?src ?article ?start ?end ?text WHERE {{
  {{ ?this <{OKG.source}> ?src . {_SPAN_TAIL} }}
  UNION {{ ?src <{OA.hasSelector}> ?this . {_SPAN_TAIL} }}
}} LIMIT 5"""
_EVIDENCE_SELF = f"""SELECT DISTINCT ?this ?article ?start ?end ?text WHERE {{
  ?this <{OA.hasSource}> ?article ; <{OA.hasSelector}> ?sel .
  ?sel a <{OA.TextPositionSelector}> ; <{OA.start}> ?start ; <{OA.end}> ?end .
  ?article <{OKG.text}> ?text .
}} LIMIT 5"""


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


def _evidence(rows: Iterable[dict[str, Identifier | None]]) -> list[Evidence]:
    found = []
    for row in rows:
        text = str(row["text"])
        try:
            start, end = int(row["start"]), int(row["end"])  # type: ignore[arg-type]
        except (TypeError, ValueError):
            continue
        if not 0 <= start <= end <= len(text):
            continue
        before = text[max(0, start - CONTEXT_CHARS) : start]
        after = text[end : end + CONTEXT_CHARS]
        found.append(Evidence(str(row["article"]), start, end, before, text[start:end], after))
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
    for row in store.query(_OUT % MAX_OUT, {"this": this}).rows or ():
        graphs = by_pair.setdefault((row["p"], row["o"]), [])  # type: ignore[index]
        if row["g"] is not None and str(row["g"]) not in graphs:
            graphs.append(str(row["g"]))
    desc.out = [(p, o, sorted(g)) for (p, o), g in by_pair.items()]
    incoming = list(store.query(_IN % (MAX_IN + 1), {"this": this}).rows or ())
    desc.more_incoming = len(incoming) > MAX_IN
    desc.incoming = [(r["s"], r["p"]) for r in incoming[:MAX_IN]]  # type: ignore[misc]
    if desc.out:
        desc.evidence = _evidence(store.query(_EVIDENCE, {"this": this}).rows or ())
        if not desc.evidence:
            desc.evidence = _evidence(store.query(_EVIDENCE_SELF, {"this": this}).rows or ())
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
            rows = store.query(_NESTED, {"this": o}).rows or ()
            desc.nested[str(o)] = [(r["p"], r["o"]) for r in rows]  # type: ignore[misc]
            linked += [
                str(x) for pair in desc.nested[str(o)] for x in pair if isinstance(x, URIRef)
            ]
    desc.labels = _labels(store, linked)
    emit(("value", desc))
