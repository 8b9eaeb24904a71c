"""The ontology, SKOS vocabularies and SHACL shapes of ofsted-kg, shipped as package data.

The ontology's terms have a fixed namespace; the vocabularies are instances, so their
IRIs follow the configurable base: ``vocabularies.ttl`` is written with relative IRIs
(``<id/grade/good>``) and ``vocabularies_graph(base)`` places them under the base.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable

from rdflib import Graph, URIRef
from rdflib.term import Node

ONTOLOGY: Traversable = files(__name__) / "ofsted-kg.ttl"
VOCABULARIES: Traversable = files(__name__) / "vocabularies.ttl"
SHAPES: Traversable = files(__name__) / "shapes.ttl"

# Parsing against a placeholder and rewriting gives exactly ``{base}id/...`` for any base,
# as graph.rdf.namespaces.IRIs mints it, where RFC 3986 resolution would drop the last
# path segment of a base such as ``https://example.org/kg`` or ``https://example.org/kg#``.
_PLACEHOLDER = "https://placeholder.invalid/"


def _with_slash(base: str) -> str:
    return base if base.endswith(("/", "#")) else base + "/"


def ontology_graph() -> Graph:
    """The OWL ontology (classes and properties, no instances)."""
    return Graph().parse(data=ONTOLOGY.read_text(encoding="utf-8"), format="turtle")


def shapes_graph() -> Graph:
    """The SHACL shapes for the instance data."""
    return Graph().parse(data=SHAPES.read_text(encoding="utf-8"), format="turtle")


def vocabularies_graph(base: str) -> Graph:
    """The SKOS schemes, their concepts and the inspectorate, with IRIs under ``base``."""
    base = _with_slash(base)
    parsed = Graph().parse(
        data=VOCABULARIES.read_text(encoding="utf-8"), format="turtle", publicID=_PLACEHOLDER
    )
    if base == _PLACEHOLDER:
        return parsed

    def move(term: Node) -> Node:
        if isinstance(term, URIRef) and str(term).startswith(_PLACEHOLDER):
            return URIRef(base + str(term)[len(_PLACEHOLDER) :])
        return term

    graph = Graph()
    for prefix, namespace in parsed.namespaces():
        graph.bind(prefix, namespace)
    for s, p, o in parsed:
        graph.add((move(s), p, move(o)))
    return graph
