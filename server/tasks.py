"""What runs inside the worker processes: each task reads (or, for writes, changes)
the store through the store interface and sends messages back to the server.

Messages are tuples: ``("value", obj)`` for a task with a small answer;
``("head", info)``, then ``("chunk", bytes)``... and ``("end", None)`` for a stream;
``("error", status, message)`` when the task cannot be done. Everything a stream
sends is computed before its head (results are capped), so the time limit covers
the query's whole evaluation and an error still gets its proper status.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable

from rdflib import Graph, URIRef
from rdflib.term import Identifier

from graph import queries
from graph.queries import ParameterError
from graph.rdf import shared
from graph.rdf.namespaces import IRIs
from graph.store import QuerySyntaxError, Store, StoreError
from server import results, tables
from server.sparql_text import explain_syntax_error

Emit = Callable[[tuple], None]
_CHUNK = 1 << 16


class TaskError(Exception):
    """A task that cannot be done, with the HTTP status to answer."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _stream(emit: Emit, head: dict[str, object], chunks: Iterable[bytes]) -> None:
    emit(("head", head))
    for chunk in chunks:
        if chunk:
            emit(("chunk", chunk))
    emit(("end", None))


# ---------------------------------------------------------------- reading


def sparql_query(
    store: Store,
    emit: Emit,
    *,
    sparql: str,
    fmt: str,
    max_rows: int,
    default_graphs: list[str] | None = None,
    named_graphs: list[str] | None = None,
    line_offset: int = 0,
) -> None:
    """A client's query, written in ``fmt``; at most ``max_rows`` rows or triples."""
    try:
        result = store.query(
            sparql,
            default_graphs=None if default_graphs is None else [URIRef(g) for g in default_graphs],
            named_graphs=None if named_graphs is None else [URIRef(g) for g in named_graphs],
        )
    except QuerySyntaxError as e:
        raise TaskError(400, explain_syntax_error(sparql, str(e), False, line_offset)) from None
    if result.kind == "ask":
        fmt = fmt if fmt in ("json", "xml", "csv", "tsv") else "json"
        _stream(emit, {"kind": "ask"}, results.write_ask(fmt, bool(result.boolean)))
    elif result.kind == "select":
        rows = list(itertools.islice(result.rows or (), max_rows + 1))
        truncated = len(rows) > max_rows
        rows = rows[:max_rows]
        head = {"kind": "select", "rows": len(rows), "truncated": truncated}
        _stream(emit, head, results.write_select(fmt, result.variables, rows))
    else:
        triples: set[tuple[Identifier, Identifier, Identifier]] = set()
        truncated = False
        for triple in result.triples or ():  # once per graph holding it: keep distinct ones
            if triple not in triples and len(triples) >= max_rows:
                truncated = True
                break
            triples.add(triple)
        graph = results.new_graph()
        for triple in triples:
            graph.add(triple)  # type: ignore[arg-type]
        head = {"kind": "graph", "rows": len(graph), "truncated": truncated}
        _stream(emit, head, results.write_graph(fmt, graph))


def saved_query(
    store: Store,
    emit: Emit,
    *,
    name: str,
    values: dict[str, list[str]],
    base: str,
    fmt: str,
    limit: int | None,
    offset: int,
) -> None:
    """A saved query with its parameters; a page of rows, or all of them as CSV/TSV."""
    query = queries.get(name)
    columns, rows = queries.run(store, query, values, IRIs(base))
    total = len(rows)
    page = rows[offset : None if limit is None else offset + limit]
    if fmt in ("csv", "tsv"):
        _stream(emit, {"total": total, "rows": len(page)}, tables.write_table(fmt, columns, page))
    else:
        emit(("value", {"columns": columns, "rows": page, "total": total}))


class _ChunkWriter:
    """A binary file that sends what is written as chunks: Oxigraph dumps into it."""

    def __init__(self, emit: Emit) -> None:
        self.emit = emit
        self.buffer = bytearray()

    def write(self, data: bytes) -> int:
        self.buffer += data
        if len(self.buffer) >= _CHUNK:
            self.flush()
        return len(data)

    def flush(self) -> None:
        if self.buffer:
            self.emit(("chunk", bytes(self.buffer)))
            self.buffer.clear()


def dump(store: Store, emit: Emit, *, fmt: str, graph: str | None = None) -> None:
    """The dataset (or one named graph) streamed in ``fmt``; 404 for an unknown graph."""
    name = URIRef(graph) if graph is not None else None
    if name is not None and name not in store.graph_names():
        raise TaskError(404, f"no graph named <{graph}> in this store")
    emit(("head", {"graph": graph}))
    out = _ChunkWriter(emit)
    store.dump(out, fmt, name)  # type: ignore[arg-type]
    out.flush()
    emit(("end", None))


def graph_names(store: Store, emit: Emit) -> None:
    emit(("value", [str(g) for g in store.graph_names()]))


# ---------------------------------------------------------------- writing


def update(store: Store, emit: Emit, *, sparql: str, base: str, line_offset: int = 0) -> None:
    """A SPARQL Update, with the entities graph refreshed in the same transaction, so
    the store stays as ``build`` would leave it."""
    lines = sparql.count("\n") + 1
    try:
        store.update(f"{sparql}\n;\n{shared.entities_update(IRIs(base))}")
    except QuerySyntaxError as e:
        message = explain_syntax_error(sparql, str(e), True, line_offset)
        m = re.search(r"error at (\d+):\d+", str(e))
        if "near" not in message and m and int(m.group(1)) > lines:
            message = "syntax error: the update ends before it is complete"
        raise TaskError(400, message) from None
    emit(("value", {"graphs": len(store.graph_names())}))


def _parse(data: bytes, fmt: str, base: str) -> Graph:
    """The body as a graph. Oxigraph's parsers are used because they fetch nothing:
    no remote JSON-LD contexts, no external XML entities."""
    import pyoxigraph as ox

    from graph.store.oxigraph import from_ox

    formats = {
        "turtle": ox.RdfFormat.TURTLE,
        "ntriples": ox.RdfFormat.N_TRIPLES,
        "rdfxml": ox.RdfFormat.RDF_XML,
        "jsonld": ox.RdfFormat.JSON_LD,
    }
    graph = Graph()
    try:
        for quad in ox.parse(data, formats[fmt], base_iri=base):
            graph.add((from_ox(quad.subject), from_ox(quad.predicate), from_ox(quad.object)))  # type: ignore[arg-type]
    except (SyntaxError, ValueError) as e:
        message = " ".join(str(e).split())[:300]
        raise TaskError(400, f"cannot parse the body as {fmt}: {message}") from None
    return graph


def put_graph(store: Store, emit: Emit, *, graph: str, data: bytes, fmt: str, base: str) -> None:
    """Replace a named graph (Graph Store PUT), then refresh the entities graph."""
    name = URIRef(graph)
    existed = name in store.graph_names()
    store.replace_graphs({name: _parse(data, fmt, graph)}, then=shared.entities_update(IRIs(base)))
    emit(("value", {"created": not existed}))


def post_graph(store: Store, emit: Emit, *, graph: str, data: bytes, fmt: str, base: str) -> None:
    """Add to a named graph (Graph Store POST), then refresh the entities graph."""
    name = URIRef(graph)
    existed = name in store.graph_names()
    parsed = _parse(data, fmt, graph)
    body = parsed.serialize(format="nt")
    text = f"INSERT DATA {{ GRAPH <{name}> {{\n{body}}} }}" if len(parsed) else ""
    store.update((text + "\n;\n" if text else "") + shared.entities_update(IRIs(base)))
    emit(("value", {"created": not existed and len(parsed) > 0}))


def delete_graph(store: Store, emit: Emit, *, graph: str, base: str) -> None:
    """Drop a named graph (Graph Store DELETE), then refresh the entities graph."""
    name = URIRef(graph)
    if name not in store.graph_names():
        raise TaskError(404, f"no graph named <{graph}> in this store")
    store.replace_graphs({}, drop=[name], then=shared.entities_update(IRIs(base)))
    emit(("value", {"deleted": True}))


def describe(store: Store, emit: Emit, **kwargs: object) -> None:
    from server.describe import describe as run

    run(store, emit, **kwargs)  # type: ignore[arg-type]


def stats(store: Store, emit: Emit) -> None:
    from server.stats import compute

    compute(store, emit)


TASKS: dict[str, Callable[..., None]] = {
    "describe": describe,
    "stats": stats,
    "sparql_query": sparql_query,
    "saved_query": saved_query,
    "dump": dump,
    "graph_names": graph_names,
    "update": update,
    "put_graph": put_graph,
    "post_graph": post_graph,
    "delete_graph": delete_graph,
}


def perform(store: Store, emit: Emit, name: str, kwargs: dict[str, object]) -> None:
    """Run one task, turning every failure into an error message with a status."""
    try:
        TASKS[name](store, emit, **kwargs)
    except TaskError as e:
        emit(("error", e.status, str(e)))
    except QuerySyntaxError as e:
        emit(("error", 400, str(e)))
    except ParameterError as e:
        emit(("error", 400, str(e)))
    except queries.UnknownQuery as e:
        emit(("error", 404, str(e)))
    except StoreError as e:
        emit(("error", 500, f"the store failed: {' '.join(str(e).split())}"))
    except MemoryError:
        emit(("error", 503, "stopped: it needed more memory than a worker may use"))
    except Exception as e:  # noqa: BLE001 - the worker must answer, not die
        emit(("error", 500, f"{type(e).__name__}: {' '.join(str(e).split())}"[:500]))
