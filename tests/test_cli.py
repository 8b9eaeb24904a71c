"""The command line as a user meets it: outputs, formats, and one-line errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from conftest import GOLD, ofsted_kg


def error_line(result) -> str:  # type: ignore[no-untyped-def]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def test_query_formats(seeds_store: Path) -> None:
    store = ["--store", str(seeds_store)]
    rows = list(
        csv.DictReader(
            io.StringIO(ofsted_kg(*store, "query", "articles", "--format", "csv").stdout)
        )
    )
    assert len(rows) == 5 and set(rows[0]) == {"article", "title", "publisher", "author", "date"}
    data = json.loads(ofsted_kg(*store, "query", "judgements", "--format", "json",
                                "--param", "council=Walsall").stdout)  # fmt: skip
    assert data and {r["council"] for r in data} == {"Walsall"}
    tsv = ofsted_kg(*store, "query", "themes", "--format", "tsv").stdout.splitlines()
    assert tsv[0].split("\t") == ["article", "council", "inspection_year", "theme", "polarity"]
    table = ofsted_kg(*store, "query", "council-timeline", "--param", "council=856").stdout
    assert table.splitlines()[0].split()[:3] == ["council", "inspection_year", "months"]
    assert "rows)" in table.splitlines()[-1]


def test_query_list_names_every_saved_query(seeds_store: Path) -> None:
    listing = ofsted_kg("--store", str(seeds_store), "query", "--list").stdout
    for name in ("judgements", "quotations", "themes", "articles", "who-said-what", "conflicts"):
        assert name in listing


def test_sparql_string_and_file(seeds_store: Path, tmp_path: Path) -> None:
    store = ["--store", str(seeds_store)]
    ask = ofsted_kg(
        *store, "sparql", "ASK { ?s a <https://w3id.org/ofsted-kg/ontology#Quotation> }"
    )
    assert ask.stdout.strip() == "true"
    query = tmp_path / "q.rq"
    query.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    out = ofsted_kg(*store, "sparql", f"@{query}", "--format", "csv").stdout.splitlines()
    assert out[0] == "n" and int(out[1]) > 1000


def test_export_formats_reload(seeds_store: Path, tmp_path: Path) -> None:
    for fmt in ("turtle", "trig", "nquads", "jsonld"):
        target = tmp_path / f"dump.{fmt}"
        ofsted_kg("--store", str(seeds_store), "export", "--format", fmt, "-o", str(target))
        assert target.stat().st_size > 10_000, fmt


def test_validate_passes_on_the_seeds(seeds_store: Path) -> None:
    out = ofsted_kg("--store", str(seeds_store), "validate").stdout
    assert "SHACL: conforms" in out and "is consistent" in out


def test_evaluate_reports_figures(seeds_store: Path) -> None:
    figures = json.loads(
        ofsted_kg("--store", str(seeds_store), "evaluate", str(GOLD), "--json").stdout
    )
    assert set(figures) >= {"judgements_f1", "quotations_f1", "speaker_accuracy", "date_accuracy"}


def test_errors_are_one_line_naming_the_culprit(seeds_store: Path, tmp_path: Path) -> None:
    store = ["--store", str(seeds_store)]
    cases = {
        ("query", "nope"): "no saved query named 'nope'",
        ("query", "judgements", "--param", "year=soon"): "parameter 'year'",
        ("query", "who-said-what"): "parameter 'council' is required",
        ("query", "judgements", "--param", "colour"): "expected name=value",
        ("sparql", "SELECT * WHERE { ?s ?p }"): "error at 1:",
        ("sparql", "@/nonexistent.rq"): "/nonexistent.rq: cannot read query",
        ("evaluate", str(tmp_path)): "no gold .yaml files",
    }
    for args, expected in cases.items():
        result = ofsted_kg(*store, *args, check=False)
        assert result.returncode == 2, args
        assert expected in error_line(result), (args, result.stderr)
    missing = ofsted_kg("--store", str(tmp_path / "none"), "query", "articles", check=False)
    assert "no store here" in error_line(missing)


def test_validate_fails_on_a_deliberately_broken_store(tmp_path: Path, seeds: Path) -> None:
    from graph.store import open_store

    store = tmp_path / "store"
    ofsted_kg("--store", str(store), "build", "-q", str(seeds))
    with open_store(str(store)) as s:
        # one quotation's span made to end before it starts, and a person made a council
        s.update(
            """PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX okg: <https://w3id.org/ofsted-kg/ontology#>
            DELETE { GRAPH ?g { ?sel oa:end ?end } } INSERT { GRAPH ?g { ?sel oa:end 0 } }
            WHERE { { SELECT ?g ?sel ?end WHERE { GRAPH ?g { ?q a okg:Quotation ;
                    okg:source/oa:hasSelector ?sel . ?sel oa:start ?start ; oa:end ?end
                    FILTER(?start > 0) } } LIMIT 1 } } ;
            INSERT { GRAPH <urn:broken> { ?p a okg:Council } }
            WHERE { { SELECT ?p WHERE { GRAPH ?any { ?p a okg:Person } } LIMIT 1 } }"""
        )
    result = ofsted_kg("--store", str(store), "validate", check=False)
    assert result.returncode == 1
    assert "SHACL: does not conform" in result.stdout
    assert "oa:end" in result.stdout or "end" in result.stdout
    assert "disjoint" in result.stdout
