"""/queries and /openapi.json against the real server: the saved queries as a web API.

Expected rows come from the CLI (``ofsted-kg query``) on the same store, never from
hard-coded answers; the server must give the same rows, typed parameters must fail
with the parameter's name, pages must chain through Link headers, and a CSV must
hold every row even when a page would not."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from conftest import ofsted_kg
from openapi_spec_validator import validate

from graph import queries
from server.openapi import document
from server.testing import LiveServer

PAGE = 4


@pytest.fixture(scope="module")
def store(seeds_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("saved") / "store"
    shutil.copytree(seeds_store, path)
    return path


@pytest.fixture(scope="module")
def server(store: Path) -> Iterator[LiveServer]:
    with LiveServer.serve(store, page_size=str(PAGE)) as live:
        yield live


def cli_rows(store: Path, name: str, *params: str, fmt: str = "json") -> str:
    args = [a for p in params for a in ("--param", p)]
    return ofsted_kg("--store", str(store), "query", name, *args, "--format", fmt).stdout


def test_the_list_has_every_saved_query_with_its_parameters(server: LiveServer) -> None:
    listed = requests.get(server.url + "queries", headers={"Accept": "application/json"}).json()
    by_name = {q["name"]: q for q in listed["queries"]}
    assert set(by_name) == set(queries.load_all())
    for name, query in queries.load_all().items():
        item = by_name[name]
        assert item["title"] == query.title and item["description"] == query.description
        assert [p["name"] for p in item["parameters"]] == [p.name for p in query.parameters]
        assert [p["required"] for p in item["parameters"]] == [p.required for p in query.parameters]
    assert requests.get(server.url + "queries.json").json() == listed
    page = requests.get(server.url + "queries", headers={"Accept": "text/html"}).text
    for query in queries.load_all().values():
        assert f'href="/queries/{query.name}"' in page


def test_every_example_link_runs(server: LiveServer) -> None:
    listed = requests.get(server.url + "queries.json").json()["queries"]
    for item in listed:
        r = requests.get(item["example_url"], headers={"Accept": "application/json"})
        assert r.status_code == 200, (item["name"], r.text)
        assert r.json()["columns"] == item["columns"]


def test_rows_are_those_of_the_cli(server: LiveServer, store: Path) -> None:
    expected = json.loads(cli_rows(store, "who-said-what", "council=Leicester"))
    assert expected, "the seeds quote people about Leicester's inspections"
    r = requests.get(
        server.url + "queries/who-said-what",
        params={"council": "Leicester", "limit": "1000"},
        headers={"Accept": "application/json"},
    )
    assert r.status_code == 200
    assert r.json()["rows"] == expected
    assert int(r.headers["X-Total-Count"]) == len(expected)


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_csv_and_tsv_hold_every_row_streamed(server: LiveServer, store: Path, fmt: str) -> None:
    expected = cli_rows(store, "quotations", fmt=fmt)
    assert len(expected.splitlines()) - 1 > PAGE  # more rows than a page
    r = requests.get(server.url + f"queries/quotations.{fmt}", stream=True)
    assert r.headers["Transfer-Encoding"] == "chunked"
    assert "Content-Length" not in r.headers
    assert r.headers["Content-Type"].startswith("text/csv" if fmt == "csv" else "text/tab")
    assert r.content.decode() == expected
    by_param = requests.get(server.url + "queries/quotations", params={"format": fmt})
    assert by_param.text == expected


def test_pages_chain_through_link_headers(server: LiveServer, store: Path) -> None:
    expected = json.loads(cli_rows(store, "quotations"))
    url: str | None = server.url + "queries/quotations.json"
    rows: list[dict[str, object]] = []
    pages = 0
    while url:
        r = requests.get(url)
        body = r.json()
        assert len(body["rows"]) <= PAGE
        rows += body["rows"]
        pages += 1
        url = r.links.get("next", {}).get("url")
        assert body["next"] == url
        if pages > 1:
            assert "prev" in r.links
    assert rows == expected
    assert pages == -(-len(expected) // PAGE)
    second = requests.get(server.url + "queries/quotations.json", params={"limit": 2, "offset": 2})
    assert second.json()["rows"] == expected[2:4]
    assert "offset=0" in second.links["prev"]["url"] and "offset=4" in second.links["next"]["url"]


@pytest.mark.parametrize(
    "params, message",
    [
        ({}, "parameter 'council' is required"),
        ({"council": "Atlantis"}, "parameter 'council': no council named 'Atlantis'"),
        ({"council": "Leicester", "year": "last year"}, "parameter 'year': 'last year' is not"),
        ({"council": ["Leicester", "Derby"]}, "parameter 'council' takes one value, got 2"),
        ({"council": "Leicester", "colour": "red"}, "has no parameter 'colour'"),
        ({"council": "Leicester", "limit": "-1"}, "parameter 'limit'"),
        ({"council": "Leicester", "offset": "x"}, "parameter 'offset'"),
    ],
)
def test_bad_values_are_400_naming_the_parameter(
    server: LiveServer, params: dict, message: str
) -> None:
    r = requests.get(server.url + "queries/who-said-what", params=params)
    assert r.status_code == 400
    assert message in r.text
    assert len(r.text.strip().splitlines()) == 1


def test_no_value_can_change_the_query(server: LiveServer) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"

    def quads() -> str:
        r = requests.get(
            server.url + "sparql", params={"query": count}, headers={"Accept": "text/csv"}
        )
        return r.text

    before = quads()
    evil = 'CYP Now" } } ; DROP ALL ; # '
    r = requests.get(server.url + "queries/articles.json", params={"publisher": evil})
    assert r.status_code == 200
    assert r.json()["rows"] == []
    assert quads() == before


def test_vocabulary_parameters_take_their_vocabulary(server: LiveServer, store: Path) -> None:
    expected = json.loads(cli_rows(store, "judgements", "grade=good"))
    r = requests.get(server.url + "queries/judgements.json", params={"grade": "Good", "limit": 500})
    assert r.json()["rows"] == expected
    bad = requests.get(server.url + "queries/judgements", params={"grade": "brilliant"})
    assert bad.status_code == 400 and "'grade'" in bad.text and "outstanding" in bad.text


def test_etag_and_if_none_match(server: LiveServer) -> None:
    url = server.url + "queries/who-said-what"
    first = requests.get(url, params={"council": "Leicester"})
    etag = first.headers["ETag"]
    again = requests.get(url, params={"council": "Leicester"}, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    other = requests.get(url, params={"council": "Leicester", "year": "2017"})
    assert other.headers["ETag"] != etag
    csv_version = requests.get(url, params={"council": "Leicester", "format": "csv"})
    assert csv_version.headers["ETag"] != etag
    stale = requests.get(url, params={"council": "Leicester"}, headers={"If-None-Match": '"x"'})
    assert stale.status_code == 200


def test_html_table_with_the_sparql_one_click_away(server: LiveServer, store: Path) -> None:
    expected = json.loads(cli_rows(store, "who-said-what", "council=Leicester"))
    page = requests.get(
        server.url + "queries/who-said-what",
        params={"council": "Leicester"},
        headers={"Accept": "text/html"},
    )
    assert page.headers["Content-Type"].startswith("text/html")
    assert page.text.count("<tr>") == 1 + min(PAGE, len(expected))
    assert 'href="http://' in page.text and "/queries/who-said-what.rq" in page.text
    assert 'href="/?query=' in page.text  # opens the text in the query form
    text = requests.get(server.url + "queries/who-said-what.rq")
    assert text.headers["Content-Type"].startswith("application/sparql-query")
    assert text.text == queries.get("who-said-what").sparql
    form = requests.get(server.url, params={"query": text.text})
    assert "okg:Quotation" in form.text and "<textarea" in form.text


def test_the_saved_sparql_runs_on_the_endpoint(server: LiveServer, store: Path) -> None:
    """A researcher can take the text to /sparql: unbound parameters match everything."""
    sparql = requests.get(server.url + "queries/quotations.rq").text
    r = requests.post(server.url + "sparql", data={"query": sparql}, headers={"Accept": "text/csv"})
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == len(json.loads(cli_rows(store, "quotations")))


def test_unknown_query_is_404(server: LiveServer) -> None:
    r = requests.get(server.url + "queries/no-such-query")
    assert r.status_code == 404
    assert "no saved query named 'no-such-query'" in r.text


def test_openapi_describes_every_saved_query_and_validates(server: LiveServer) -> None:
    spec = requests.get(server.url + "openapi.json").json()
    validate(spec)
    assert spec["servers"][0]["url"] == server.url.rstrip("/")
    for name, query in queries.load_all().items():
        operation = spec["paths"][f"/queries/{name}"]["get"]
        names = [p["name"] for p in operation["parameters"]]
        assert names[: len(query.parameters)] == [p.name for p in query.parameters]
        assert {"limit", "offset", "format"} <= set(names)
        for p, described in zip(query.parameters, operation["parameters"], strict=False):
            assert described["required"] == p.required
    described = {p["name"]: p for p in spec["paths"]["/queries/judgements"]["get"]["parameters"]}
    assert "overall-effectiveness" in described["area"]["schema"]["enum"]
    assert described["grade"]["schema"]["type"] == "array"  # judgements' grade may repeat
    assert "requires-improvement" in described["grade"]["schema"]["items"]["enum"]
    assert re.fullmatch(r"[a-z_]+", spec["paths"]["/queries/who-said-what"]["get"]["operationId"])


def test_a_repeatable_parameter_is_an_array_in_openapi() -> None:
    """No shipped query repeats a parameter yet; one written here must be described
    as an exploded array, and the document must still validate."""
    text = (
        "#+ title: Councils\n"
        "#+ params:\n"
        "#+   council: {type: council, multiple: true, example: Leicester}\n"
        "SELECT ?council WHERE { ?c <http://www.w3.org/2000/01/rdf-schema#label> ?council }\n"
    )
    query = queries.parse("councils", text)
    spec = document({"councils": query}, "http://127.0.0.1:5000/")
    validate(spec)
    (council,) = [
        p for p in spec["paths"]["/queries/councils"]["get"]["parameters"] if p["name"] == "council"
    ]
    assert council["schema"] == {"type": "array", "items": {"type": "string"}}
    assert council["explode"] is True and council["example"] == ["Leicester"]
    sets = query.bind({"council": ["Leicester", "Derby"]})
    assert [str(s["council"]) for s in sets] == ["Leicester", "Derby"]
