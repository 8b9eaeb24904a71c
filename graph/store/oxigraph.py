"""The embedded store: Oxigraph through pyoxigraph, on disk or in memory.

Queries are always given to Oxigraph as strings (its own engine, not rdflib's), and
parameters go in as ``substitutions`` (typed terms, never pasted into query text).
Writes that must be atomic are sent as one SPARQL Update, which Oxigraph applies in
a single transaction.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from graph.store.base import QueryResult, QuerySyntaxError, Store, StoreError

_RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
_RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
_XSD_STRING = str(XSD.string)
_CHUNK = 1 << 16


def to_ox(term: Identifier) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise StoreError(f"cannot store term {term!r}")


def from_ox(term: object) -> Identifier | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value, datatype=None if datatype == _XSD_STRING else datatype)
    raise StoreError(f"unsupported term {term!r}")


def _chunks(write: object) -> Iterator[bytes]:
    buffer = io.BytesIO()
    write(buffer)  # type: ignore[operator]
    data = buffer.getvalue()
    for i in range(0, len(data), _CHUNK):
        yield data[i : i + _CHUNK]


class OxigraphStore(Store):
    """Oxigraph on disk at ``path``, or in memory when ``path`` is None."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as e:
            raise StoreError(f"cannot open store at {self.path}: {e}") from None

    def query(
        self,
        sparql: str,
        bindings: Mapping[str, Identifier] | None = None,
        *,
        default_graphs: list[URIRef] | None = None,
        named_graphs: list[URIRef] | None = None,
    ) -> QueryResult:
        options: dict[str, object] = {}
        if default_graphs is not None:
            options["default_graph"] = [ox.NamedNode(str(g)) for g in default_graphs]
        else:
            options["use_default_graph_as_union"] = True
        if named_graphs is not None:
            options["named_graphs"] = [ox.NamedNode(str(g)) for g in named_graphs]
        if bindings:
            options["substitutions"] = {ox.Variable(k): to_ox(v) for k, v in bindings.items()}
        try:
            result = self._store.query(sparql, **options)
        except SyntaxError as e:
            raise QuerySyntaxError(str(e)) from None
        except (RuntimeError, OSError, ValueError) as e:
            raise StoreError(str(e)) from None
        return _wrap(result)

    def update(self, sparql: str) -> None:
        try:
            self._store.update(sparql)
        except SyntaxError as e:
            raise QuerySyntaxError(str(e)) from None
        except (RuntimeError, OSError, ValueError) as e:
            raise StoreError(str(e)) from None

    def replace_graphs(
        self, graphs: Mapping[URIRef, Graph], drop: Iterable[URIRef] = (), then: str = ""
    ) -> None:
        parts = []
        for name in drop:
            parts.append(f"DROP SILENT GRAPH <{name}>")
        for name, graph in graphs.items():
            parts.append(f"DROP SILENT GRAPH <{name}>")
            if len(graph):
                body = graph.serialize(format="nt")
                parts.append(f"INSERT DATA {{ GRAPH <{name}> {{\n{body}}} }}")
        if then.strip():
            parts.append(then)
        if parts:
            self.update(" ;\n".join(parts))

    def graph_names(self) -> list[URIRef]:
        return sorted(
            URIRef(g.value) for g in self._store.named_graphs() if isinstance(g, ox.NamedNode)
        )

    def dump(self, out: BinaryIO, fmt: str, graph: URIRef | None = None) -> None:
        options: dict[str, object] = {}
        if graph is not None:
            options["from_graph"] = ox.NamedNode(str(graph))
        elif fmt not in ("nquads", "trig"):
            # Formats without named graphs get the union of all graphs.
            result = self._store.query(
                "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True
            )
            result.serialize(out, _RDF_FORMATS[fmt])
            return
        self._store.dump(out, _RDF_FORMATS[fmt], **options)

    def load(self, data: BinaryIO, fmt: str, graph: URIRef | None = None) -> None:
        options: dict[str, object] = {}
        if graph is not None:
            options["to_graph"] = ox.NamedNode(str(graph))
        try:
            self._store.load(data, _RDF_FORMATS[fmt], **options)
        except SyntaxError as e:
            raise QuerySyntaxError(f"cannot parse {fmt}: {e}") from None

    def __len__(self) -> int:
        return len(self._store)

    def close(self) -> None:
        if self.path is not None and not self.read_only:
            self._store.flush()
        del self._store


def _wrap(result: object) -> QueryResult:
    if isinstance(result, ox.QueryBoolean):
        value = bool(result)
        return QueryResult(
            kind="ask",
            boolean=value,
            _serialize=lambda fmt: _chunks(lambda b: result.serialize(b, _RESULT_FORMATS[fmt])),
        )
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]

        def rows() -> Iterator[dict[str, Identifier | None]]:
            for solution in result:
                yield {name: from_ox(solution[name]) for name in names}

        return QueryResult(
            kind="select",
            variables=names,
            rows=rows(),
            _serialize=lambda fmt: _chunks(lambda b: result.serialize(b, _RESULT_FORMATS[fmt])),
        )

    def triples() -> Iterator[tuple[Identifier, Identifier, Identifier]]:
        for t in result:  # type: ignore[attr-defined]
            yield from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)  # type: ignore[misc]

    return QueryResult(
        kind="graph",
        triples=triples(),
        _serialize=lambda fmt: _chunks(lambda b: result.serialize(b, _RDF_FORMATS[fmt])),  # type: ignore[attr-defined]
    )
