"""Linked data against the real server: every IRI the seeds' graph mints under its
base resolves here (303 from /id/ to /doc/, HTML and Turtle by content negotiation),
named graphs and the ontology are served at their IRIs, and a quotation's page shows
who said it, their role then, the inspection, the article and the span in context.

What to expect is read from the store with the CLI, never written into the test."""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from html import unescape
from pathlib import Path

import pytest
import requests
from conftest import ofsted_kg
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF

from server.testing import LiveServer

BASE = "https://w3id.org/ofsted-kg/"
OKG = BASE + "ontology#"


@pytest.fixture(scope="module")
def store(seeds_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("linked") / "store"
    shutil.copytree(seeds_store, path)
    return path


@pytest.fixture(scope="module")
def server(store: Path) -> Iterator[LiveServer]:
    with LiveServer.serve(store, "--workers", "3") as live:
        yield live


def sparql_rows(store: Path, query: str) -> list[dict[str, str]]:
    out = ofsted_kg("--store", str(store), "sparql", query, "--format", "csv").stdout
    return list(csv.DictReader(io.StringIO(out)))


@pytest.fixture(scope="module")
def minted(store: Path) -> list[str]:
    rows = sparql_rows(
        store,
        "SELECT DISTINCT ?x WHERE { { ?x ?p ?o } UNION { ?s ?p ?x } "
        "UNION { GRAPH ?x { ?a ?b ?c } } "
        f'FILTER(isIRI(?x) && STRSTARTS(STR(?x), "{BASE}")) }}',
    )
    return sorted(r["x"] for r in rows)


def _check_resource(url: str, iri: str) -> str | None:
    """None if the IRI resolves as it should, else what went wrong."""
    path = iri[len(BASE) :]
    with requests.Session() as http:
        first = http.get(url + path, allow_redirects=False, headers={"Accept": "text/html"})
        doc = url + "doc/" + path[len("id/") :]
        if first.status_code != 303 or first.headers["Location"] != doc:
            return f"{iri}: /id answered {first.status_code} {first.headers.get('Location')}"
        html = http.get(doc, headers={"Accept": "text/html"})
        if html.status_code != 200 or not html.headers["Content-Type"].startswith("text/html"):
            return f"{iri}: HTML {html.status_code}"
        if iri not in unescape(html.text):
            return f"{iri}: the page does not show its IRI"
        turtle = http.get(doc, headers={"Accept": "text/turtle"})
        if turtle.status_code != 200 or not turtle.headers["Content-Type"].startswith(
            "text/turtle"
        ):
            return f"{iri}: Turtle {turtle.status_code}"
        g = Graph().parse(data=turtle.text, format="turtle")
        node = URIRef(iri)
        if (node, None, None) not in g and (None, None, node) not in g:
            return f"{iri}: the Turtle says nothing about it"
    return None


def test_every_minted_iri_dereferences_to_html_and_turtle(
    server: LiveServer, minted: list[str]
) -> None:
    resources = [i for i in minted if i.startswith(BASE + "id/")]
    assert len(resources) > 300
    with ThreadPoolExecutor(max_workers=4) as pool:
        problems = [p for p in pool.map(lambda i: _check_resource(server.url, i), resources) if p]
    assert problems == []


def test_every_named_graph_iri_serves_its_graph(
    server: LiveServer, store: Path, minted: list[str]
) -> None:
    graphs = [i for i in minted if i.startswith(BASE + "graph/")]
    names = {
        r["g"] for r in sparql_rows(store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    }
    assert set(graphs) == names
    for iri in graphs:
        url = server.url + iri[len(BASE) :]
        html = requests.get(url, headers={"Accept": "text/html"})
        assert html.status_code == 200 and iri in unescape(html.text)
        turtle = requests.get(url, headers={"Accept": "text/turtle"})
        assert turtle.status_code == 200
        served = Graph().parse(data=turtle.text, format="turtle")
        count = sparql_rows(
            store, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"
        )[0]["n"]
        assert len(served) == int(count)


def test_the_ontology_is_served_at_its_namespace(server: LiveServer, minted: list[str]) -> None:
    turtle = requests.get(server.url + "ontology", headers={"Accept": "text/turtle"})
    assert turtle.headers["Content-Type"].startswith("text/turtle")
    ontology = Graph().parse(data=turtle.text, format="turtle")
    assert (URIRef(BASE + "ontology"), RDF.type, OWL.Ontology) in ontology
    html = requests.get(server.url + "ontology", headers={"Accept": "text/html"}).text
    used = [i for i in minted if i.startswith(OKG)]
    assert used
    for iri in used:
        assert (URIRef(iri), None, None) in ontology, f"{iri} is not defined in the ontology"
        assert f'id="{iri[len(OKG) :]}"' in html, f"{iri} has no anchor on the ontology page"
    as_jsonld = requests.get(server.url + "ontology", params={"format": "jsonld"})
    assert len(Graph().parse(data=as_jsonld.text, format="json-ld")) == len(ontology)


def test_a_quotation_page_shows_speaker_role_inspection_article_and_span(
    server: LiveServer, store: Path
) -> None:
    rows = sparql_rows(
        store,
        f"""PREFIX okg: <{OKG}> PREFIX oa: <http://www.w3.org/ns/oa#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX org: <http://www.w3.org/ns/org#>
        SELECT ?q ?speaker ?title ?org ?about ?text ?start ?end ?exact WHERE {{
          ?q a okg:Quotation ; okg:speaker ?who ; okg:speakerRole ?r ; okg:about ?i ;
             okg:source ?src .
          ?who rdfs:label ?speaker . ?r okg:roleTitle ?title ; org:organization ?o .
          ?o rdfs:label ?org . ?i rdfs:label ?about .
          ?src oa:hasSource ?a ; oa:hasSelector ?sel .
          ?sel oa:start ?start ; oa:end ?end . ?a okg:text ?text .
          ?src oa:hasSelector [ oa:exact ?exact ] .
        }} ORDER BY ?q LIMIT 3""",
    )
    assert rows, "the seeds quote named people about inspections"
    for row in rows:
        page = unescape(requests.get(server.url + "doc/" + row["q"][len(BASE + "id/") :]).text)
        start, end = int(row["start"]), int(row["end"])
        assert row["speaker"] in page
        assert row["title"] in page and row["org"] in page
        assert row["about"] in page
        assert f"<mark>{row['exact']}</mark>" in page
        before = row["text"][max(0, start - 60) : start]
        after = row["text"][end : end + 60]
        assert before + f"<mark>{row['exact']}</mark>" + after in page


@pytest.mark.parametrize(
    "accept, fmt",
    [
        ("application/ld+json", "json-ld"),
        ("application/n-triples", "nt"),
        ("application/rdf+xml", "xml"),
    ],
)
def test_documents_in_other_rdf_formats(server: LiveServer, accept: str, fmt: str) -> None:
    r = requests.get(server.url + "id/council/856", headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["Content-Type"].startswith(accept)
    assert r.history and r.history[0].status_code == 303
    g = Graph().parse(data=r.text, format=fmt)
    assert (URIRef(BASE + "id/council/856"), RDF.type, URIRef(OKG + "Council")) in g


def test_unknown_and_malformed_paths_are_404(server: LiveServer) -> None:
    assert requests.get(server.url + "doc/council/does-not-exist").status_code == 404
    assert requests.get(server.url + "id/council/a b").status_code == 404
    assert requests.get(server.url + "doc/council/%3Cx%3E").status_code == 404
    assert requests.get(server.url + "graph/article/nope").status_code == 404


def test_the_dataset_iri_resolves_to_its_description(server: LiveServer) -> None:
    r = requests.get(server.url + "id/dataset", headers={"Accept": "text/turtle"})
    assert r.status_code == 200
    g = Graph().parse(data=r.text, format="turtle")
    assert (URIRef(BASE + "id/dataset"), RDF.type, URIRef("http://rdfs.org/ns/void#Dataset")) in g
