"""Writes against the real server run the production way (gunicorn with
server.gunicorn_conf): the W3C SPARQL 1.1 Protocol update_* cases with the admin
token, the Graph Store HTTP Protocol, the admin token's 401/403, the write time
limit, and that every write leaves the store as ``ofsted-kg build``/``drop`` would."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from conftest import ofsted_kg
from rdflib import Graph, Literal, URIRef
from SPARQLWrapper import POST, SPARQLWrapper

from server.testing import LiveServer

TOKEN = "test-admin-token-123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
OKG = "https://w3id.org/ofsted-kg/ontology#"
PREFIX = f"PREFIX okg: <{OKG}>\n"
EX = "http://example.org/protocol/"
RESULTS_JSON = "application/sparql-results+json"


@pytest.fixture(scope="module")
def stores(seeds_store: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The served store, and a pristine copy for comparisons with the CLI."""
    root = tmp_path_factory.mktemp("update")
    for name in ("served", "pristine"):
        shutil.copytree(seeds_store, root / name)
    return {"served": root / "served", "pristine": root / "pristine", "root": root}


@pytest.fixture(scope="module")
def server(stores: dict[str, Path]) -> Iterator[LiveServer]:
    live = LiveServer.gunicorn(stores["served"], admin_token=TOKEN, timeout="4", write_timeout="3")
    with live:
        yield live


@pytest.fixture(scope="module")
def endpoint(server: LiveServer) -> str:
    return server.url + "sparql"


def update(endpoint: str, text: str, **params: object) -> requests.Response:
    return requests.post(endpoint, data={"update": text, **params}, headers=AUTH)


def select(endpoint: str, query: str) -> list[dict[str, str]]:
    r = requests.get(endpoint, params={"query": query}, headers={"Accept": RESULTS_JSON})
    assert r.status_code == 200, r.text
    return [{k: v["value"] for k, v in b.items()} for b in r.json()["results"]["bindings"]]


def graph_rows(endpoint: str, graph: str) -> list[dict[str, str]]:
    return select(endpoint, f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")


@pytest.fixture(scope="module")
def articles(endpoint: str) -> list[tuple[str, str]]:
    rows = select(
        endpoint,
        PREFIX + "SELECT ?g ?a WHERE { GRAPH ?g { ?a a okg:Article } } ORDER BY ?g LIMIT 2",
    )
    return [(r["g"], r["a"]) for r in rows]


MARK = (
    PREFIX + "INSERT {{ GRAPH <{out}> {{ ?a a <http://example.org/Marked> }} }} "
    "WHERE {{ ?a a okg:Article }}"
)


def marked(endpoint: str, out: str) -> list[str]:
    return sorted(r["s"] for r in graph_rows(endpoint, out))


# ---------------------------------------------------------------- W3C update_* cases


def test_update_post_form(endpoint: str) -> None:
    r = update(endpoint, f"INSERT DATA {{ GRAPH <{EX}form> {{ <{EX}s> <{EX}p> 'form' }} }}")
    assert r.status_code == 200, r.text
    assert graph_rows(endpoint, f"{EX}form") == [{"s": f"{EX}s", "p": f"{EX}p", "o": "form"}]


def test_update_post_direct(endpoint: str) -> None:
    r = requests.post(
        endpoint,
        data=f"INSERT DATA {{ GRAPH <{EX}direct> {{ <{EX}s> <{EX}p> 'direct' }} }}".encode(),
        headers={**AUTH, "Content-Type": "application/sparql-update"},
    )
    assert r.status_code == 200, r.text
    assert graph_rows(endpoint, f"{EX}direct")[0]["o"] == "direct"


def test_update_base_uri(endpoint: str) -> None:
    r = update(endpoint, f"INSERT DATA {{ GRAPH <{EX}base> {{ <{EX}s> <{EX}p> <test> }} }}")
    assert r.status_code == 200, r.text
    (row,) = graph_rows(endpoint, f"{EX}base")
    assert row["o"] == endpoint.rsplit("/", 1)[0] + "/test"


def test_update_dataset_default_graph(endpoint: str, articles: list) -> None:
    (g1, a1), _ = articles
    r = update(endpoint, MARK.format(out=f"{EX}out1"), **{"using-graph-uri": g1})
    assert r.status_code == 200, r.text
    assert marked(endpoint, f"{EX}out1") == [a1]


def test_update_dataset_default_graphs(endpoint: str, articles: list) -> None:
    (g1, a1), (g2, a2) = articles
    r = update(endpoint, MARK.format(out=f"{EX}out2"), **{"using-graph-uri": [g1, g2]})
    assert r.status_code == 200, r.text
    assert marked(endpoint, f"{EX}out2") == sorted([a1, a2])


def test_update_dataset_named_graphs(endpoint: str, articles: list) -> None:
    (g1, a1), _ = articles
    text = (
        PREFIX + f"INSERT {{ GRAPH <{EX}out3> {{ ?a a <http://example.org/Marked> }} }} "
        "WHERE { GRAPH ?g { ?a a okg:Article } }"
    )
    r = update(endpoint, text, **{"using-named-graph-uri": g1})
    assert r.status_code == 200, r.text
    assert marked(endpoint, f"{EX}out3") == [a1]


def test_update_dataset_full(endpoint: str, articles: list) -> None:
    (g1, a1), _ = articles
    councils = "https://w3id.org/ofsted-kg/graph/councils"
    text = (
        PREFIX + f"INSERT {{ GRAPH <{EX}out4> {{ ?a <{EX}council> ?c }} }} "
        "WHERE { ?c a okg:Council ; okg:dfeCode '856' . GRAPH ?g { ?a a okg:Article } }"
    )
    params = {"using-graph-uri": councils, "using-named-graph-uri": g1}
    r = update(endpoint, text, **params)
    assert r.status_code == 200, r.text
    rows = graph_rows(endpoint, f"{EX}out4")
    assert rows == [
        {"s": a1, "p": f"{EX}council", "o": "https://w3id.org/ofsted-kg/id/council/856"}
    ]


def test_delete_where_with_using_graph_uri(endpoint: str, articles: list) -> None:
    (g1, a1), (g2, a2) = articles
    update(endpoint, MARK.format(out=f"{EX}out5"))
    r = update(
        endpoint,
        f"DELETE WHERE {{ GRAPH <{EX}out5> {{ ?a a <http://example.org/Marked> }} . "
        f"?a a <{OKG}Article> }}",
        **{"using-graph-uri": g1, "using-named-graph-uri": f"{EX}out5"},
    )
    assert r.status_code == 200, r.text
    assert a1 not in marked(endpoint, f"{EX}out5")
    assert a2 in marked(endpoint, f"{EX}out5")


# ---------------------------------------------------------------- W3C bad_update_* cases


def test_bad_update_dataset_conflict(endpoint: str, articles: list) -> None:
    (g1, _), _ = articles
    text = (
        f"INSERT {{ GRAPH <{EX}x> {{ ?a a <{EX}M> }} }} USING <{g1}> "
        f"WHERE {{ ?a a <{OKG}Article> }}"
    )
    r = update(endpoint, text, **{"using-graph-uri": g1})
    assert r.status_code == 400
    assert "do not also send using-graph-uri" in r.text
    assert graph_rows(endpoint, f"{EX}x") == []


def test_bad_multiple_updates(endpoint: str) -> None:
    r = requests.post(endpoint, data={"update": ["CLEAR NAMED", "CLEAR ALL"]}, headers=AUTH)
    assert r.status_code == 400
    assert select(endpoint, "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1")


def test_bad_update_wrong_media_type(endpoint: str) -> None:
    r = requests.post(endpoint, data=b"CLEAR NAMED", headers={**AUTH, "Content-Type": "text/plain"})
    assert r.status_code == 415


def test_bad_update_missing_form_type(endpoint: str) -> None:
    r = requests.post(endpoint, data=b"update=CLEAR%20NAMED", headers=AUTH)
    assert r.status_code == 415


def test_bad_update_non_utf8(endpoint: str) -> None:
    r = requests.post(
        endpoint,
        data="CLEAR NAMED".encode("utf-16"),
        headers={**AUTH, "Content-Type": "application/sparql-update; charset=UTF-16"},
    )
    assert r.status_code == 415


def test_bad_update_syntax(endpoint: str) -> None:
    r = update(endpoint, "INSERT DATA { GRAPH <http://example.org/g> { <a> <b> } }")
    assert r.status_code == 400
    assert r.text.startswith("syntax error at line 1")
    unclosed = update(endpoint, "INSERT DATA { GRAPH <http://example.org/g> { <a> <b> <c> ")
    assert unclosed.status_code == 400
    assert "syntax error" in unclosed.text


def test_a_query_sent_as_an_update_is_refused(endpoint: str) -> None:
    r = update(endpoint, "SELECT * WHERE { ?s ?p ?o }")
    assert r.status_code == 400
    assert "not an update" in r.text


def test_load_and_service_are_refused_in_updates(endpoint: str) -> None:
    load = update(endpoint, "LOAD <http://127.0.0.1:9/data.ttl> INTO GRAPH <http://example.org/g>")
    assert load.status_code == 400
    assert "LOAD is not allowed" in load.text
    service = update(
        endpoint,
        f"INSERT {{ GRAPH <{EX}svc> {{ ?s ?p ?o }} }} "
        "WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    )
    assert service.status_code == 400
    assert "SERVICE" in service.text


# ---------------------------------------------------------------- the admin token


def test_writes_need_the_token(endpoint: str) -> None:
    text = f"INSERT DATA {{ GRAPH <{EX}auth> {{ <{EX}s> <{EX}p> 1 }} }}"
    missing = requests.post(endpoint, data={"update": text})
    assert missing.status_code == 401
    assert missing.headers["WWW-Authenticate"].startswith("Bearer")
    wrong = requests.post(endpoint, data={"update": text}, headers={"Authorization": "Bearer no"})
    assert wrong.status_code == 403
    assert graph_rows(endpoint, f"{EX}auth") == []
    basic = requests.post(endpoint, data={"update": text}, auth=("admin", TOKEN))
    assert basic.status_code == 200
    assert len(graph_rows(endpoint, f"{EX}auth")) == 1


def test_sparqlwrapper_updates_with_the_token(endpoint: str) -> None:
    client = SPARQLWrapper(endpoint)
    client.setMethod(POST)
    client.addCustomHttpHeader("Authorization", f"Bearer {TOKEN}")
    client.setQuery(f"INSERT DATA {{ GRAPH <{EX}wrapper> {{ <{EX}s> <{EX}p> 'w' }} }}")
    client.query()
    assert graph_rows(endpoint, f"{EX}wrapper")[0]["o"] == "w"


def test_etags_change_when_the_data_does(server: LiveServer, endpoint: str) -> None:
    url = server.url + "queries/articles"
    etag = requests.get(url).headers["ETag"]
    assert requests.get(url, headers={"If-None-Match": etag}).status_code == 304
    update(endpoint, f"INSERT DATA {{ GRAPH <{EX}etag> {{ <{EX}s> <{EX}p> 'new' }} }}")
    after = requests.get(url, headers={"If-None-Match": etag})
    assert after.status_code == 200 and after.headers["ETag"] != etag


# ---------------------------------------------------------------- time limit


def test_a_long_update_is_stopped_and_changes_nothing(server: LiveServer, endpoint: str) -> None:
    before = requests.get(server.url + "dumps/ofsted-kg.nq").text
    text = (
        f"INSERT {{ GRAPH <{EX}long> {{ <{EX}s> <{EX}count> ?n }} }} WHERE {{ "
        "{ SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } } }"
    )
    r = update(endpoint, text)
    assert r.status_code == 503
    assert r.text.strip() == "update stopped after 3 s time limit; nothing was changed"
    assert requests.get(server.url + "dumps/ofsted-kg.nq").text == before


# ---------------------------------------------------------------- Graph Store HTTP Protocol


def test_graph_store_put_get_post_delete(server: LiveServer) -> None:
    url = server.url + "graph-store"
    graph = f"{EX}gsp"
    turtle = f"@prefix ex: <{EX}> . ex:a ex:p 'one' ; ex:q ex:b ."
    created = requests.put(
        url, params={"graph": graph}, data=turtle.encode(),
        headers={**AUTH, "Content-Type": "text/turtle"},
    )  # fmt: skip
    assert created.status_code == 201
    assert requests.head(url, params={"graph": graph}).status_code == 200
    replaced = requests.put(
        url, params={"graph": graph}, data=f'<{EX}a> <{EX}p> "two" .'.encode(),
        headers={**AUTH, "Content-Type": "application/n-triples"},
    )  # fmt: skip
    assert replaced.status_code == 204
    got = requests.get(url, params={"graph": graph}, headers={"Accept": "text/turtle"})
    assert got.status_code == 200 and got.headers["Content-Type"].startswith("text/turtle")
    assert set(Graph().parse(data=got.text, format="turtle")) == {
        (URIRef(f"{EX}a"), URIRef(f"{EX}p"), Literal("two"))
    }
    merged = requests.post(
        url, params={"graph": graph}, data=f'[{{"@id": "{EX}a", "{EX}r": "three"}}]'.encode(),
        headers={**AUTH, "Content-Type": "application/ld+json"},
    )  # fmt: skip
    assert merged.status_code == 204
    got = requests.get(url, params={"graph": graph}, headers={"Accept": "application/n-triples"})
    assert len(Graph().parse(data=got.text, format="nt")) == 2
    deleted = requests.delete(url, params={"graph": graph}, headers=AUTH)
    assert deleted.status_code == 204
    assert requests.get(url, params={"graph": graph}).status_code == 404
    assert requests.head(url, params={"graph": graph}).status_code == 404
    assert requests.delete(url, params={"graph": graph}, headers=AUTH).status_code == 404


def test_graph_store_refuses_what_it_cannot_do(server: LiveServer) -> None:
    url = server.url + "graph-store"
    body = f'<{EX}a> <{EX}p> "x" .'.encode()
    nt = {"Content-Type": "application/n-triples"}
    assert requests.put(url, params={"graph": f"{EX}n"}, data=body, headers=nt).status_code == 401
    default = requests.put(url, params={"default": ""}, data=body, headers={**AUTH, **nt})
    assert default.status_code == 405 and "union" in default.text
    wrong_type = requests.put(
        url, params={"graph": f"{EX}n"}, data=body, headers={**AUTH, "Content-Type": "text/plain"}
    )
    assert wrong_type.status_code == 415
    bad = requests.put(url, params={"graph": f"{EX}n"}, data=b"<a> <b> .", headers={**AUTH, **nt})
    assert bad.status_code == 400 and "cannot parse the body as ntriples" in bad.text
    assert requests.get(url, params={"graph": "not an iri"}).status_code == 400
    assert requests.get(url).status_code == 400
    union = requests.get(url, params={"default": ""}, headers={"Accept": "application/n-triples"})
    assert union.status_code == 200 and len(union.text.splitlines()) > 1000


def test_remote_contexts_and_entities_are_not_fetched(server: LiveServer) -> None:
    url = server.url + "graph-store"
    remote = b'{"@context": "http://127.0.0.1:9/context.jsonld", "@id": "http://e/a", "p": 1}'
    r = requests.put(
        url, params={"graph": f"{EX}ctx"}, data=remote,
        headers={**AUTH, "Content-Type": "application/ld+json"},
    )  # fmt: skip
    assert r.status_code == 400
    assert requests.get(url, params={"graph": f"{EX}ctx"}).status_code == 404


# ---------------------------------------------------------------- consistency with build


def _quads(nquads: str) -> set[str]:
    """N-Quads lines, without the graphs these tests made under example.org."""
    return {line for line in nquads.splitlines() if line.strip() and f"<{EX}" not in line}


def test_writes_keep_the_store_as_build_leaves_it(
    server: LiveServer, endpoint: str, stores: dict[str, Path]
) -> None:
    pristine = stores["pristine"]
    original = _quads(ofsted_kg("--store", str(pristine), "export", "--format", "nquads").stdout)
    dropped_store = stores["root"] / "dropped"
    shutil.copytree(pristine, dropped_store)
    victim = sorted(line.split()[-2].strip("<>") for line in original if "/graph/article/" in line)[
        -1
    ]
    article_id = victim.rsplit("/", 1)[-1]
    ofsted_kg("--store", str(dropped_store), "drop", article_id)
    dropped = _quads(
        ofsted_kg("--store", str(dropped_store), "export", "--format", "nquads").stdout
    )
    assert dropped != original

    def served() -> set[str]:
        return _quads(requests.get(server.url + "dumps/ofsted-kg.nq").text)

    assert served() == original
    # a SPARQL Update dropping the article's graph == `ofsted-kg drop`
    assert update(endpoint, f"DROP GRAPH <{victim}>").status_code == 200
    assert served() == dropped
    # putting its graph back (Graph Store PUT) == the store as built
    tail = f" <{victim}> ."
    body = "\n".join(line[: -len(tail)] + " ." for line in original if line.endswith(tail))
    put = requests.put(
        server.url + "graph-store", params={"graph": victim}, data=body.encode(),
        headers={**AUTH, "Content-Type": "application/n-triples"},
    )  # fmt: skip
    assert put.status_code == 201
    assert served() == original
    # and a Graph Store DELETE == `ofsted-kg drop` again
    assert (
        requests.delete(
            server.url + "graph-store", params={"graph": victim}, headers=AUTH
        ).status_code
        == 204
    )
    assert served() == dropped
