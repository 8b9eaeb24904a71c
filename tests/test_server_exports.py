"""Downloads, VoID, DCAT, the home page and /status against the real server.

The dumps must reload into a fresh store with the same triples; the descriptions'
counts must match what the endpoint itself counts."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from conftest import ofsted_kg
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from graph import queries
from graph.store import open_store
from server.testing import LiveServer

OKG = "https://w3id.org/ofsted-kg/ontology#"
VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"
DATASET = URIRef("https://w3id.org/ofsted-kg/id/dataset")


@pytest.fixture(scope="module")
def store(seeds_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("exports") / "store"
    shutil.copytree(seeds_store, path)
    return path


@pytest.fixture(scope="module")
def server(store: Path) -> Iterator[LiveServer]:
    with LiveServer.serve(store) as live:
        yield live


def count(server: LiveServer, query: str) -> int:
    r = requests.get(
        server.url + "sparql",
        params={"query": query},
        headers={"Accept": "application/sparql-results+json"},
    )
    (row,) = r.json()["results"]["bindings"]
    return int(next(iter(row.values()))["value"])


def canonical(data: bytes, fmt: ox.RdfFormat, union: bool = False) -> set[str]:
    """The quads of ``data`` with blank nodes canonically renamed (reloading renames
    them), graph names dropped if ``union``: equal sets mean the same data."""
    quads = ox.parse(data, fmt)
    if union:
        quads = (ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in quads)
    dataset = ox.Dataset(quads)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return {str(q) for q in dataset}


@pytest.fixture(scope="module")
def exported(store: Path) -> bytes:
    """The store's quads as N-Quads, written by the CLI."""
    return ofsted_kg("--store", str(store), "export", "--format", "nquads").stdout.encode()


FORMATS = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
           "turtle": ox.RdfFormat.TURTLE, "jsonld": ox.RdfFormat.JSON_LD}  # fmt: skip


@pytest.mark.parametrize("name, fmt", [("ofsted-kg.nq", "nquads"), ("ofsted-kg.trig", "trig")])
def test_dataset_dumps_reload_with_the_same_quads(
    server: LiveServer, exported: bytes, name: str, fmt: str
) -> None:
    r = requests.get(server.url + f"dumps/{name}", stream=True)
    assert r.status_code == 200
    assert r.headers["Transfer-Encoding"] == "chunked"  # streamed, not built in memory
    fresh = open_store("memory")
    fresh.load(io.BytesIO(r.content), fmt)  # it loads into a fresh store
    assert len(fresh) == len(canonical(exported, FORMATS["nquads"]))
    assert canonical(r.content, FORMATS[fmt]) == canonical(exported, FORMATS["nquads"])


@pytest.mark.parametrize("name, fmt", [("ofsted-kg.ttl", "turtle"), ("ofsted-kg.jsonld", "jsonld")])
def test_default_graph_dumps_reload_with_the_same_triples(
    server: LiveServer, exported: bytes, name: str, fmt: str
) -> None:
    r = requests.get(server.url + f"dumps/{name}")
    assert r.status_code == 200
    fresh = open_store("memory")
    fresh.load(io.BytesIO(r.content), fmt, URIRef("http://example.org/loaded"))
    union = canonical(exported, FORMATS["nquads"], union=True)
    assert len(fresh) == len(union)
    assert canonical(r.content, FORMATS[fmt], union=True) == union


def test_dumps_carry_an_etag_of_the_release(server: LiveServer) -> None:
    first = requests.get(server.url + "dumps/ofsted-kg.nq")
    etag = first.headers["ETag"]
    again = requests.get(server.url + "dumps/ofsted-kg.nq", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    listing = requests.get(server.url + "dumps", headers={"Accept": "application/json"}).json()
    assert {d["name"] for d in listing["dumps"]} == {
        "ofsted-kg.nq", "ofsted-kg.trig", "ofsted-kg.ttl", "ofsted-kg.jsonld",
    }  # fmt: skip
    assert requests.get(server.url + "dumps/other.nq").status_code == 404


@pytest.fixture(scope="module")
def void(server: LiveServer) -> Graph:
    r = requests.get(server.url + ".well-known/void", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/turtle")
    return Graph().parse(data=r.text, format="turtle")


def test_void_counts_match_the_endpoint(server: LiveServer, void: Graph, exported: bytes) -> None:
    triples = canonical(exported, FORMATS["nquads"], union=True)
    assert void.value(DATASET, URIRef(VOID + "triples")) == Literal(len(triples))
    for part in void.objects(DATASET, URIRef(VOID + "classPartition")):
        cls = void.value(part, URIRef(VOID + "class"))
        entities = int(void.value(part, URIRef(VOID + "entities")))  # type: ignore[arg-type]
        assert entities == count(
            server, f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a <{cls}> }}"
        )
    classes = {
        void.value(p, URIRef(VOID + "class"))
        for p in void.objects(DATASET, URIRef(VOID + "classPartition"))
    }
    assert URIRef(OKG + "Quotation") in classes and URIRef(OKG + "Council") in classes


def test_void_points_at_the_endpoint_dumps_and_examples_that_resolve(
    server: LiveServer, void: Graph
) -> None:
    assert (DATASET, URIRef(VOID + "sparqlEndpoint"), URIRef(server.url + "sparql")) in void
    dumps = set(void.objects(DATASET, URIRef(VOID + "dataDump")))
    assert len(dumps) == 4
    for url in dumps:
        assert str(url).startswith(server.url)
        assert requests.head(str(url)).status_code == 200
    examples = list(void.objects(DATASET, URIRef(VOID + "exampleResource")))
    assert len(examples) >= 4
    for iri in examples:
        path = str(iri)[len("https://w3id.org/ofsted-kg/") :]
        r = requests.get(server.url + path, headers={"Accept": "text/turtle"})
        assert r.status_code == 200
        if path.startswith("id/"):  # things: 303 to their document; graphs are documents
            assert r.history[0].status_code == 303


def test_dcat_catalogue(server: LiveServer) -> None:
    r = requests.get(server.url + "catalog", headers={"Accept": "application/ld+json"})
    g = Graph().parse(data=r.text, format="json-ld")
    catalog = URIRef(server.url + "catalog")
    assert (catalog, RDF.type, URIRef(DCAT + "Catalog")) in g
    assert (catalog, URIRef(DCAT + "dataset"), DATASET) in g
    distributions = list(g.objects(DATASET, URIRef(DCAT + "distribution")))
    assert len(distributions) == 4
    for d in distributions:
        assert str(g.value(d, URIRef(DCAT + "downloadURL"))).startswith(server.url + "dumps/")
        assert g.value(d, URIRef(DCAT + "mediaType")) is not None
    service = URIRef(server.url + "sparql#service")
    assert (service, URIRef(DCAT + "endpointURL"), URIRef(server.url + "sparql")) in g
    assert (service, URIRef(DCAT + "servesDataset"), DATASET) in g


def test_home_page_counts_and_links(server: LiveServer) -> None:
    data = requests.get(server.url, headers={"Accept": "application/json"}).json()
    counts = data["counts"]
    assert counts["articles"] == count(
        server, f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ ?a a <{OKG}Article> }}"
    )
    assert counts["quotations"] == count(
        server, f"SELECT (COUNT(DISTINCT ?q) AS ?n) WHERE {{ ?q a <{OKG}Quotation> }}"
    )
    assert counts["councils inspected"] == count(
        server, f"SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {{ ?i <{OKG}inspectedCouncil> ?c }}"
    )
    assert counts["inspections"] > 0 and counts["quotations"] > 0
    page = requests.get(server.url, headers={"Accept": "text/html"}).text
    assert f"<dt>{counts['quotations']:,}</dt><dd>quotations</dd>" in page
    assert '<form action="/sparql" method="post">' in page
    for query in queries.load_all().values():
        assert query.title in page.replace("&#39;", "'")
    assert requests.get(server.url, params={"format": "json"}).json()["counts"] == counts


def test_status_reports_the_pool(server: LiveServer) -> None:
    status = requests.get(server.url + "status").json()
    assert status["workers"] == 2
    assert status["busy"] == 0
    assert status["time_limit_seconds"] == 10
