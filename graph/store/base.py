"""The one interface to where triples live.

Extraction never sees a store; ``graph.build``, the CLI and the server talk only to
this interface, so a remote SPARQL 1.1 store can be added beside the embedded
Oxigraph one without touching them. Terms crossing it are rdflib terms.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import BinaryIO

from rdflib import Graph
from rdflib.term import Identifier, URIRef

# Serialisation names used across the project, with their media types.
RDF_FORMATS: dict[str, str] = {
    "turtle": "text/turtle",
    "trig": "application/trig",
    "nquads": "application/n-quads",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
RESULT_FORMATS: dict[str, str] = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}


class StoreError(Exception):
    """A store operation failed; the message is one line."""


class QuerySyntaxError(StoreError):
    """The query or update text is not valid SPARQL; the message says where."""


@dataclass
class QueryResult:
    """A SPARQL result: rows for SELECT, a boolean for ASK, triples for CONSTRUCT/DESCRIBE.

    ``serialize`` writes it in a standard format, streaming where the backend can.
    """

    kind: str  # "select", "ask" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: Iterator[dict[str, Identifier | None]] | None = None
    boolean: bool | None = None
    triples: Iterator[tuple[Identifier, Identifier, Identifier]] | None = None
    _serialize: object = None  # backend hook: callable(format) -> Iterator[bytes]

    def serialize(self, fmt: str) -> Iterator[bytes]:
        if self._serialize is None:
            raise StoreError("this result cannot be serialised")
        return self._serialize(fmt)  # type: ignore[operator]


class Store(ABC):
    """A quad store whose default graph, for queries, is the union of its named graphs."""

    @abstractmethod
    def query(
        self,
        sparql: str,
        bindings: Mapping[str, Identifier] | None = None,
        *,
        default_graphs: list[URIRef] | None = None,
        named_graphs: list[URIRef] | None = None,
    ) -> QueryResult:
        """Run a query. ``bindings`` are typed RDF terms substituted for variables,
        never pasted into the text. ``default_graphs`` replaces the union default graph."""

    @abstractmethod
    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update in one transaction."""

    @abstractmethod
    def replace_graphs(
        self, graphs: Mapping[URIRef, Graph], drop: Iterable[URIRef] = (), then: str = ""
    ) -> None:
        """Atomically replace the named graphs given, drop others, then run the update
        ``then``: all of it happens, or none of it."""

    @abstractmethod
    def graph_names(self) -> list[URIRef]:
        """The named graphs, sorted."""

    @abstractmethod
    def dump(self, out: BinaryIO, fmt: str, graph: URIRef | None = None) -> None:
        """Write the dataset (or one graph) as ``fmt`` (a key of RDF_FORMATS)."""

    @abstractmethod
    def load(self, data: BinaryIO, fmt: str, graph: URIRef | None = None) -> None:
        """Add the triples or quads of ``data`` in one transaction."""

    @abstractmethod
    def __len__(self) -> int:
        """Number of quads."""

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release the store."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
