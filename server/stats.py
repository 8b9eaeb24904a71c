"""Counts that say what is in the graph (home page, VoID), computed in a worker once
per data release."""

from __future__ import annotations

from rdflib import URIRef

from graph.rdf.namespaces import OKG
from graph.store import Store
from server.tasks import Emit

_CLASSES = """SELECT ?class (COUNT(DISTINCT ?s) AS ?n) (MIN(STR(?s)) AS ?example)
WHERE { ?s a ?class } GROUP BY ?class"""
_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
_TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
_INSPECTED = f"SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {{ ?i <{OKG.inspectedCouncil}> ?c }}"


def _count(store: Store, sparql: str) -> int:
    rows = list(store.query(sparql).rows or ())
    return int(rows[0]["n"]) if rows and rows[0]["n"] is not None else 0  # type: ignore[arg-type]


def compute(store: Store, emit: Emit) -> None:
    """Quads, distinct triples, named graphs, and per class its instances and one example."""
    classes: dict[str, dict[str, object]] = {}
    for row in store.query(_CLASSES).rows or ():
        if isinstance(row["class"], URIRef):
            classes[str(row["class"])] = {"count": int(row["n"]), "example": str(row["example"])}  # type: ignore[arg-type]
    emit(
        (
            "value",
            {
                "quads": _count(store, _QUADS),
                "triples": _count(store, _TRIPLES),
                "graphs": len(store.graph_names()),
                "councils_inspected": _count(store, _INSPECTED),
                "classes": classes,
            },
        )
    )
