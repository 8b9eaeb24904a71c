"""/sparql against the real server (``ofsted-kg serve`` in a subprocess): one test per
query and bad_* case of the W3C SPARQL 1.1 Protocol test suite, two real clients
(SPARQLWrapper, rdflib's SPARQLStore), and the safety rules: time limit while other
clients are served, row cap, SERVICE/LOAD refused, body size limit, CORS, logs."""

from __future__ import annotations

import io
import json
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, XML, SPARQLWrapper

from server.testing import LiveServer

OKG = "https://w3id.org/ofsted-kg/ontology#"
PREFIX = f"PREFIX okg: <{OKG}>\n"
RESULTS_JSON = "application/sparql-results+json"
RESULTS_XML = "application/sparql-results+xml"
FORM = "application/x-www-form-urlencoded"
LONG_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
MAX_ROWS = 50


@pytest.fixture(scope="module")
def server(seeds_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    store = tmp_path_factory.mktemp("sparql") / "store"
    shutil.copytree(seeds_store, store)
    with LiveServer.serve(store, "--timeout", "4", "--max-rows", str(MAX_ROWS)) as live:
        yield live


@pytest.fixture(scope="module")
def endpoint(server: LiveServer) -> str:
    return server.url + "sparql"


def select(endpoint: str, query: str, **params: object) -> list[dict[str, str]]:
    r = requests.get(endpoint, params={"query": query, **params}, headers={"Accept": RESULTS_JSON})
    assert r.status_code == 200, r.text
    return [{k: v["value"] for k, v in b.items()} for b in r.json()["results"]["bindings"]]


def ask(response: requests.Response) -> bool:
    assert response.status_code == 200, response.text
    if response.headers["Content-Type"].startswith(RESULTS_JSON):
        return bool(response.json()["boolean"])
    assert response.headers["Content-Type"].startswith(RESULTS_XML)
    return "<boolean>true</boolean>" in response.text


@pytest.fixture(scope="module")
def articles(endpoint: str) -> list[tuple[str, str]]:
    """(graph, article) pairs of two article graphs of the store."""
    rows = select(
        endpoint,
        PREFIX + "SELECT ?g ?a WHERE { GRAPH ?g { ?a a okg:Article } } ORDER BY ?g LIMIT 2",
    )
    assert len(rows) == 2
    return [(r["g"], r["a"]) for r in rows]


def both_articles(articles: list[tuple[str, str]]) -> str:
    (_, a1), (_, a2) = articles
    return PREFIX + f"ASK {{ <{a1}> a okg:Article . <{a2}> a okg:Article }}"


# ---------------------------------------------------------------- W3C query_* cases


def test_query_get(endpoint: str) -> None:
    r = requests.get(endpoint, params={"query": "ASK { ?s ?p ?o }"})
    assert ask(r) is True


def test_query_post_form(endpoint: str) -> None:
    r = requests.post(endpoint, data={"query": "ASK { ?s ?p ?o }"})
    assert r.request.headers["Content-Type"] == FORM
    assert ask(r) is True


def test_query_post_direct(endpoint: str) -> None:
    r = requests.post(
        endpoint,
        data=b"ASK { ?s ?p ?o }",
        headers={"Content-Type": "application/sparql-query"},
    )
    assert ask(r) is True


def test_query_dataset_default_graphs_get(endpoint: str, articles: list) -> None:
    (g1, _), (g2, _) = articles
    query = both_articles(articles)
    both = requests.get(endpoint, params={"query": query, "default-graph-uri": [g1, g2]})
    assert ask(both) is True
    one = requests.get(endpoint, params={"query": query, "default-graph-uri": [g1]})
    assert ask(one) is False


def test_query_dataset_default_graphs_post(endpoint: str, articles: list) -> None:
    (g1, _), (g2, _) = articles
    r = requests.post(
        endpoint, data={"query": both_articles(articles), "default-graph-uri": [g1, g2]}
    )
    assert ask(r) is True


def _named_query(articles: list) -> str:
    (_, a1), (_, a2) = articles
    return (
        PREFIX
        + f"ASK {{ GRAPH ?x {{ <{a1}> a okg:Article }} GRAPH ?y {{ <{a2}> a okg:Article }} }}"
    )


def test_query_dataset_named_graphs_get(endpoint: str, articles: list) -> None:
    (g1, _), (g2, _) = articles
    r = requests.get(
        endpoint, params={"query": _named_query(articles), "named-graph-uri": [g1, g2]}
    )
    assert ask(r) is True
    graphs = select(
        endpoint, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", **{"named-graph-uri": [g1]}
    )
    assert [row["g"] for row in graphs] == [g1]


def test_query_dataset_named_graphs_post(endpoint: str, articles: list) -> None:
    (g1, _), (g2, _) = articles
    r = requests.post(endpoint, data={"query": _named_query(articles), "named-graph-uri": [g1, g2]})
    assert ask(r) is True
    r = requests.post(endpoint, data={"query": _named_query(articles), "named-graph-uri": [g1]})
    assert ask(r) is False


def test_query_dataset_full(endpoint: str, articles: list) -> None:
    (g1, _), (g2, _) = articles
    councils = "https://w3id.org/ofsted-kg/graph/councils"
    rows = select(
        endpoint,
        PREFIX + "SELECT DISTINCT ?g WHERE { ?c a okg:Council . GRAPH ?g { ?a a okg:Article } }",
        **{"default-graph-uri": [councils], "named-graph-uri": [g1, g2]},
    )
    assert sorted(r["g"] for r in rows) == sorted([g1, g2])
    no_articles = requests.get(
        endpoint,
        params={
            "query": PREFIX + "ASK { ?a a okg:Article }",
            "default-graph-uri": councils,
            "named-graph-uri": [g1, g2],
        },
    )
    assert ask(no_articles) is False


def test_query_multiple_dataset(endpoint: str, articles: list) -> None:
    """The protocol's dataset wins over the query's FROM; without it, FROM is used."""
    (g1, _), (g2, a2) = articles
    query = PREFIX + f"ASK FROM <{g1}> {{ <{a2}> a okg:Article }}"
    assert ask(requests.get(endpoint, params={"query": query})) is False
    r = requests.get(endpoint, params={"query": query, "default-graph-uri": g2})
    assert ask(r) is True


def test_the_default_graph_is_the_union_of_all_graphs(endpoint: str) -> None:
    rows = select(endpoint, PREFIX + "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a okg:Article }")
    graphs = select(
        endpoint,
        PREFIX + "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a okg:Article } }",
    )
    assert int(rows[0]["n"]) == int(graphs[0]["n"]) == 5


@pytest.mark.parametrize(
    "accept, expected",
    [
        (RESULTS_XML, RESULTS_XML),
        (RESULTS_JSON, RESULTS_JSON),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("application/sparql-results+xml;q=0.5, application/sparql-results+json", RESULTS_JSON),
    ],
)
def test_query_content_type_select(endpoint: str, accept: str, expected: str) -> None:
    query = PREFIX + "SELECT ?c WHERE { ?c a okg:Council } ORDER BY ?c LIMIT 3"
    r = requests.get(endpoint, params={"query": query}, headers={"Accept": accept})
    assert r.status_code == 200
    assert r.headers["Content-Type"].split(";")[0] == expected
    assert "/id/council/" in r.text


@pytest.mark.parametrize("accept", [RESULTS_XML, RESULTS_JSON])
def test_query_content_type_ask(endpoint: str, accept: str) -> None:
    r = requests.get(endpoint, params={"query": "ASK { ?s ?p ?o }"}, headers={"Accept": accept})
    assert r.headers["Content-Type"].split(";")[0] == accept
    assert ask(r) is True


@pytest.mark.parametrize(
    "accept, rdflib_format",
    [
        ("text/turtle", "turtle"),
        ("application/rdf+xml", "xml"),
        ("application/n-triples", "nt"),
        ("application/ld+json", "json-ld"),
    ],
)
def test_query_content_type_describe(endpoint: str, accept: str, rdflib_format: str) -> None:
    leicester = "https://w3id.org/ofsted-kg/id/council/856"
    r = requests.get(
        endpoint, params={"query": f"DESCRIBE <{leicester}>"}, headers={"Accept": accept}
    )
    assert r.status_code == 200
    assert r.headers["Content-Type"].split(";")[0] == accept
    g = Graph().parse(data=r.text, format=rdflib_format)
    assert (URIRef(leicester), URIRef(OKG + "dfeCode"), Literal("856")) in g


@pytest.mark.parametrize(
    "accept, rdflib_format",
    [
        ("text/turtle", "turtle"),
        ("application/rdf+xml", "xml"),
        ("application/n-triples", "nt"),
        ("application/ld+json", "json-ld"),
    ],
)
def test_query_content_type_construct(endpoint: str, accept: str, rdflib_format: str) -> None:
    query = PREFIX + "CONSTRUCT { ?a a okg:Article } WHERE { ?a a okg:Article }"
    r = requests.get(endpoint, params={"query": query}, headers={"Accept": accept})
    assert r.status_code == 200
    assert r.headers["Content-Type"].split(";")[0] == accept
    g = Graph().parse(data=r.text, format=rdflib_format)
    assert len(g) == 5


def test_a_format_parameter_overrides_accept_for_browsers(endpoint: str) -> None:
    r = requests.get(
        endpoint,
        params={"query": PREFIX + "SELECT ?a WHERE { ?a a okg:Article }", "format": "csv"},
        headers={"Accept": "text/html"},
    )
    assert r.headers["Content-Type"].startswith("text/csv")
    assert len(r.text.strip().splitlines()) == 6
    page = requests.get(
        endpoint,
        params={"query": PREFIX + "SELECT ?a WHERE { ?a a okg:Article }"},
        headers={"Accept": "text/html"},
    )
    assert page.headers["Content-Type"].startswith("text/html")
    assert page.text.count('href="/doc/article/') == 5


def test_unsatisfiable_accept_is_406(endpoint: str) -> None:
    r = requests.get(endpoint, params={"query": "ASK {}"}, headers={"Accept": "image/png"})
    assert r.status_code == 406
    assert "application/sparql-results+json" in r.text


def test_service_description_without_a_query(endpoint: str) -> None:
    r = requests.get(endpoint, headers={"Accept": "text/turtle"})
    assert r.status_code == 200
    g = Graph().parse(data=r.text, format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    service = next(g.subjects(URIRef(sd + "endpoint"), URIRef(endpoint)))
    languages = set(g.objects(service, URIRef(sd + "supportedLanguage")))
    assert URIRef(sd + "SPARQL11Query") in languages
    assert URIRef(sd + "SPARQL11Update") not in languages  # no admin token on this server
    assert (service, URIRef(sd + "feature"), URIRef(sd + "UnionDefaultGraph")) in g
    form = requests.get(endpoint, headers={"Accept": "text/html"})
    assert '<form action="/sparql" method="post">' in form.text


# ---------------------------------------------------------------- W3C bad_* cases


def test_bad_query_method(endpoint: str) -> None:
    r = requests.put(endpoint, params={"query": "ASK {}"})
    assert r.status_code == 405
    assert "GET" in r.headers["Allow"] and "POST" in r.headers["Allow"]


def test_bad_multiple_queries(endpoint: str) -> None:
    r = requests.get(endpoint, params={"query": ["ASK {}", "SELECT * {}"]})
    assert r.status_code == 400
    assert "2 'query' parameters" in r.text


def test_bad_query_wrong_media_type(endpoint: str) -> None:
    r = requests.post(endpoint, data=b"ASK {}", headers={"Content-Type": "text/plain"})
    assert r.status_code == 415
    assert "text/plain" in r.text


def test_bad_query_missing_form_type(endpoint: str) -> None:
    r = requests.post(endpoint, data=b"query=ASK%20%7B%7D")
    assert "Content-Type" not in r.request.headers
    assert r.status_code == 415


def test_bad_query_missing_direct_type(endpoint: str) -> None:
    r = requests.post(endpoint, data=b"ASK {}")
    assert r.status_code == 415


def test_bad_query_non_utf8(endpoint: str) -> None:
    r = requests.post(
        endpoint,
        data="ASK { ?s ?p ?o }".encode("utf-16"),
        headers={"Content-Type": "application/sparql-query; charset=UTF-16"},
    )
    assert r.status_code == 415
    undeclared = requests.post(
        endpoint,
        data="ASK { ?s ?p 'é' }".encode("latin-1"),
        headers={"Content-Type": "application/sparql-query"},
    )
    assert undeclared.status_code == 400
    assert "not valid UTF-8" in undeclared.text


def test_bad_query_syntax_says_what_and_where(endpoint: str) -> None:
    r = requests.get(
        endpoint, params={"query": "SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER(?x = )\n}"}
    )
    assert r.status_code == 400
    assert r.text.startswith("syntax error at line 3, column 3 near 'FILTER(?x'")
    assert "expected" in r.text
    assert len(r.text.strip().splitlines()) == 1


def test_bad_update_get(endpoint: str) -> None:
    r = requests.get(endpoint, params={"update": "CLEAR ALL"})
    assert r.status_code == 405


def test_an_update_sent_as_a_query_is_refused(endpoint: str) -> None:
    update = (
        "INSERT DATA { GRAPH <http://example.org/g> "
        "{ <http://example.org/s> <http://example.org/p> 1 } }"
    )
    r = requests.get(endpoint, params={"query": update})
    assert r.status_code == 400
    assert "update, not a query" in r.text
    direct = requests.post(
        endpoint, data=update.encode(), headers={"Content-Type": "application/sparql-query"}
    )
    assert direct.status_code == 400


def test_a_query_and_an_update_in_one_form_is_refused(endpoint: str) -> None:
    r = requests.post(endpoint, data={"query": "ASK {}", "update": "CLEAR ALL"})
    assert r.status_code == 400
    assert "both a query and an update" in r.text


def test_writes_are_closed_without_an_admin_token(endpoint: str) -> None:
    r = requests.post(endpoint, data={"update": "CLEAR ALL"}, headers={"Authorization": "Bearer x"})
    assert r.status_code == 403
    assert "writes are closed" in r.text
    assert ask(requests.get(endpoint, params={"query": "ASK { ?s ?p ?o }"})) is True


# ---------------------------------------------------------------- real clients


def test_sparqlwrapper_select_json_and_xml(endpoint: str) -> None:
    query = PREFIX + "SELECT ?a WHERE { ?a a okg:Article } ORDER BY ?a"
    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(JSON)
    from_json = [b["a"]["value"] for b in client.queryAndConvert()["results"]["bindings"]]
    client.setReturnFormat(XML)
    document = client.queryAndConvert()
    from_xml = [n.firstChild.data for n in document.getElementsByTagName("uri")]
    assert len(from_json) == 5
    assert from_json == from_xml


def test_sparqlwrapper_ask_construct_describe(endpoint: str) -> None:
    client = SPARQLWrapper(endpoint)
    client.setQuery("ASK { ?s ?p ?o }")
    client.setReturnFormat(JSON)
    assert client.queryAndConvert()["boolean"] is True
    client.setQuery(PREFIX + "CONSTRUCT { ?a a okg:Article } WHERE { ?a a okg:Article }")
    client.setReturnFormat(XML)
    constructed = client.queryAndConvert()
    assert isinstance(constructed, Graph) and len(constructed) == 5
    client.setQuery("DESCRIBE <https://w3id.org/ofsted-kg/id/council/856>")
    described = client.queryAndConvert()
    assert (None, URIRef(OKG + "dfeCode"), Literal("856")) in described


def test_sparqlwrapper_post_and_tsv(endpoint: str) -> None:
    client = SPARQLWrapper(endpoint)
    client.setMethod("POST")
    client.setQuery(PREFIX + "SELECT ?a WHERE { ?a a okg:Article }")
    client.setReturnFormat("tsv")
    text = client.query().convert().decode()
    assert text.splitlines()[0] == "?a"
    assert len(text.strip().splitlines()) == 6


def test_rdflib_sparqlstore_reads_the_same_results(endpoint: str) -> None:
    store = SPARQLStore(query_endpoint=endpoint)
    graph = Graph(store=store)
    rows = graph.query(PREFIX + "SELECT ?a WHERE { ?a a okg:Article } ORDER BY ?a")
    got = [str(r[0]) for r in rows]
    direct = [
        r["a"]
        for r in select(endpoint, PREFIX + "SELECT ?a WHERE { ?a a okg:Article } ORDER BY ?a")
    ]
    assert got == direct and len(got) == 5
    assert graph.query("ASK { ?s ?p ?o }").askAnswer is True
    constructed = graph.query(PREFIX + "CONSTRUCT { ?a a okg:Article } WHERE { ?a a okg:Article }")
    assert len(constructed.graph) == 5


# ---------------------------------------------------------------- safe by default


def test_a_long_query_is_stopped_while_another_client_is_answered(
    server: LiveServer, endpoint: str
) -> None:
    finished: list[str] = []
    long_answer: dict[str, requests.Response] = {}

    def long_query() -> None:
        long_answer["r"] = requests.post(endpoint, data={"query": LONG_QUERY})
        finished.append("long")

    thread = threading.Thread(target=long_query)
    thread.start()
    while requests.get(server.url + "status").json()["busy"] < 1:
        pass
    quick = requests.get(
        endpoint, params={"query": PREFIX + "SELECT ?a WHERE { ?a a okg:Article }"}
    )
    finished.append("quick")
    thread.join()
    assert quick.status_code == 200 and len(quick.json()["results"]["bindings"]) == 5
    assert finished == ["quick", "long"]
    stopped = long_answer["r"]
    assert stopped.status_code == 503
    assert stopped.text.strip() == "query stopped after 4 s time limit"
    # the worker that ran it was replaced: the endpoint still answers
    assert ask(requests.get(endpoint, params={"query": "ASK { ?s ?p ?o }"})) is True
    assert requests.get(server.url + "status").json()["stopped_at_time_limit"] >= 1


def test_results_are_capped_and_say_so(endpoint: str) -> None:
    r = requests.get(
        endpoint,
        params={"query": "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"},
        headers={"Accept": RESULTS_JSON},
    )
    assert len(r.json()["results"]["bindings"]) == MAX_ROWS
    assert r.headers["X-Result-Truncated"] == "true"
    small = requests.get(endpoint, params={"query": "SELECT ?s WHERE { ?s ?p ?o } LIMIT 3"})
    assert "X-Result-Truncated" not in small.headers
    graph = requests.get(
        endpoint,
        params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"},
        headers={"Accept": "application/n-triples"},
    )
    assert len(Graph().parse(data=graph.text, format="nt")) == MAX_ROWS
    assert graph.headers["X-Result-Truncated"] == "true"


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { service silent <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "PREFIX ex: <http://example.org/>\nSELECT * WHERE { ?s ex:p 'SERVICE' .\n"
        "  SeRvIcE ?endpoint { ?s ?p ?o } }",
    ],
)
def test_service_is_refused(endpoint: str, query: str) -> None:
    r = requests.get(endpoint, params={"query": query})
    assert r.status_code == 400
    assert r.text.strip() == "federated queries (SERVICE) are not allowed on this server"


def test_service_in_strings_iris_and_comments_is_not_a_keyword(endpoint: str) -> None:
    query = (
        "PREFIX ex: <http://example.org/SERVICE/>\n"
        "# SERVICE <http://127.0.0.1:9/sparql> in a comment\n"
        "SELECT ?x WHERE { BIND('SERVICE <http://127.0.0.1:9/>' AS ?x) BIND(ex:LOAD AS ?y) }"
    )
    rows = select(endpoint, query)
    assert rows == [{"x": "SERVICE <http://127.0.0.1:9/>"}]


def test_an_undeclared_prefix_is_named(endpoint: str) -> None:
    r = requests.get(endpoint, params={"query": "SELECT ?q WHERE { ?q a okg:Quotation }"})
    assert r.status_code == 400
    assert r.text.strip() == (
        f"prefix 'okg:' of okg:Quotation is not declared; add PREFIX okg: <{OKG}>"
    )


def test_load_is_refused_even_as_a_query(endpoint: str) -> None:
    r = requests.post(endpoint, data={"query": "LOAD <file:///etc/passwd>"})
    assert r.status_code == 400
    assert "LOAD is not allowed" in r.text


def test_bodies_over_the_limit_are_refused(endpoint: str) -> None:
    big = "ASK { ?s ?p ?o }" + " " * (5 * 1024 * 1024)
    r = requests.post(
        endpoint, data=big.encode(), headers={"Content-Type": "application/sparql-query"}
    )
    assert r.status_code == 413
    form = requests.post(endpoint, data={"query": big})
    assert form.status_code == 413


def test_read_endpoints_allow_any_origin(endpoint: str) -> None:
    r = requests.get(
        endpoint, params={"query": "ASK {}"}, headers={"Origin": "https://example.org"}
    )
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    preflight = requests.options(
        endpoint,
        headers={
            "Origin": "https://example.org",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status_code == 200
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    assert "Authorization" not in preflight.headers["Access-Control-Allow-Headers"]


def test_one_log_line_per_request_with_its_time(server: LiveServer, endpoint: str) -> None:
    mark = len(server.lines)
    requests.get(endpoint, params={"query": "ASK { ?s ?p ?o }", "marker": "log-check"})
    line = server.wait_for_log(r"GET /sparql\?query=.*marker=log-check 200 \d+B [\d.]+ms")
    assert line is not None
    assert len([x for x in server.log_since(mark) if "marker=log-check" in x]) == 1


def test_csv_and_tsv_results_parse_as_csv(endpoint: str) -> None:
    import csv

    query = (
        PREFIX
        + "SELECT ?c ?name WHERE { ?c a okg:Council ; okg:dfeCode '856' ; okg:officialName ?name }"
    )
    r = requests.get(endpoint, params={"query": query}, headers={"Accept": "text/csv"})
    rows = list(csv.reader(io.StringIO(r.text)))
    assert rows[0] == ["c", "name"]
    assert rows[1][0] == "https://w3id.org/ofsted-kg/id/council/856"
    tsv = requests.get(
        endpoint, params={"query": query}, headers={"Accept": "text/tab-separated-values"}
    )
    header, line = tsv.text.strip().split("\n")
    assert header == "?c\t?name"
    assert line.split("\t")[0] == "<https://w3id.org/ofsted-kg/id/council/856>"
    assert json.loads(line.split("\t")[1]) == rows[1][1]


def test_a_query_needing_too_much_memory_is_stopped(seeds_store: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    shutil.copytree(seeds_store, store)
    hungry = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?a ?f"
    with LiveServer.serve(store, "--timeout", "120", worker_memory_mb="1024") as live:
        r = requests.get(live.url + "sparql", params={"query": hungry})
        assert r.status_code == 503
        assert r.text.strip() == "query stopped: it needed more than 1024 MB of memory"
        again = requests.get(live.url + "sparql", params={"query": "ASK { ?s ?p ?o }"})
        assert ask(again) is True
