"""The embedded Oxigraph store behind the Store interface."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from graph.store import QuerySyntaxError, StoreError, open_store

EX = "http://example.org/"


def graph_of(*objects: str) -> Graph:
    g = Graph()
    for i, o in enumerate(objects):
        g.add((URIRef(f"{EX}s{i}"), URIRef(f"{EX}p"), Literal(o)))
    return g


def test_union_default_graph_and_bindings() -> None:
    store = open_store("memory")
    store.replace_graphs({URIRef(EX + "g1"): graph_of("a", "b"), URIRef(EX + "g2"): graph_of("c")})
    rows = list(store.query("SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o").rows)
    assert [str(r["o"]) for r in rows] == ["a", "b", "c"]
    bound = store.query("SELECT ?s ?o WHERE { ?s ?p ?o }", {"o": Literal("b")})
    assert [str(r["s"]) for r in bound.rows] == [EX + "s1"]


def test_a_bound_value_cannot_change_the_query() -> None:
    store = open_store("memory")
    store.replace_graphs({URIRef(EX + "g"): graph_of("a")})
    evil = Literal('a" } } ; DROP ALL ; #')
    rows = list(store.query("SELECT ?s ?o WHERE { ?s ?p ?o }", {"o": evil}).rows)
    assert rows == []
    assert len(store) == 1


def test_replace_graphs_is_atomic() -> None:
    store = open_store("memory")
    store.replace_graphs({URIRef(EX + "g"): graph_of("old")})
    with pytest.raises(StoreError):
        store.replace_graphs(
            {URIRef(EX + "g"): graph_of("new"), URIRef(EX + "h"): graph_of("x")},
            then="DROP GRAPH <http://example.org/does-not-exist>",
        )
    assert [str(r["o"]) for r in store.query("SELECT ?o WHERE { ?s ?p ?o }").rows] == ["old"]
    assert store.graph_names() == [URIRef(EX + "g")]


def test_replace_and_drop() -> None:
    store = open_store("memory")
    store.replace_graphs({URIRef(EX + "g"): graph_of("a"), URIRef(EX + "h"): graph_of("b")})
    store.replace_graphs({URIRef(EX + "g"): graph_of("c")}, drop=[URIRef(EX + "h")])
    assert store.graph_names() == [URIRef(EX + "g")]
    assert [str(r["o"]) for r in store.query("SELECT ?o WHERE { ?s ?p ?o }").rows] == ["c"]


def test_on_disk_store_persists_and_reopens_read_only(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with open_store(str(path)) as store:
        store.replace_graphs({URIRef(EX + "g"): graph_of("kept")})
    with open_store(str(path), read_only=True) as store:
        assert len(store) == 1


def test_errors_are_one_line() -> None:
    store = open_store("memory")
    with pytest.raises(QuerySyntaxError) as e:
        store.query("SELECT * WHERE { ?s ?p }")
    assert "\n" not in str(e.value) and "1:" in str(e.value)
    with pytest.raises(StoreError, match="not a folder"):
        open_store(__file__)
    with pytest.raises(StoreError, match="no store here"):
        open_store("/nonexistent/store", read_only=True)


def test_dump_and_load_round_trip() -> None:
    store = open_store("memory")
    store.replace_graphs({URIRef(EX + "g"): graph_of("a", "b")})
    buffer = io.BytesIO()
    store.dump(buffer, "nquads")
    copy = open_store("memory")
    copy.load(io.BytesIO(buffer.getvalue()), "nquads")
    assert len(copy) == 2 and copy.graph_names() == [URIRef(EX + "g")]
    turtle = io.BytesIO()
    store.dump(turtle, "turtle")
    assert b'"a"' in turtle.getvalue()


def test_result_serialisation() -> None:
    store = open_store("memory")
    store.replace_graphs({URIRef(EX + "g"): graph_of("a")})
    body = b"".join(store.query("SELECT ?o WHERE { ?s ?p ?o }").serialize("csv"))
    assert body.decode().splitlines() == ["o", "a"]
    ask = store.query("ASK { ?s ?p 'a' }")
    assert ask.boolean is True and b"true" in b"".join(ask.serialize("json"))
