"""Build: deterministic, incremental, atomic; dropping an article drops exactly its claims;
every stored span points at the exact characters it quotes."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import ROOT, ofsted_kg

from graph.rdf.namespaces import IRIs
from graph.store import open_store

TIMES = ("http://www.w3.org/ns/prov#startedAtTime", "http://www.w3.org/ns/prov#endedAtTime")

SIXTH = """Council children's services rated inadequate

Published on Monday, March 2, 2020

Children's services at Sandwell Council have been rated inadequate by Ofsted after an
inspection in January found children waiting too long for help.

Inspectors said leaders "have not acted quickly enough to tackle high caseloads".

Councillor Jane Example, cabinet member for children's services, said: "We accept the
findings in full and we are determined to put things right for every child in Sandwell."
"""


def nquads(store: Path, *, keep_times: bool = False) -> list[str]:
    out = ofsted_kg("--store", str(store), "export", "--format", "nquads").stdout
    lines = [line for line in out.splitlines() if line.strip()]
    if not keep_times:
        lines = [line for line in lines if not any(t in line for t in TIMES)]
    return sorted(lines)


def graph_of(line: str) -> str:
    return line.rsplit(" ", 2)[-2]


def test_building_twice_gives_the_same_nquads(tmp_path: Path, seeds: Path) -> None:
    ofsted_kg("--store", str(tmp_path / "a"), "build", "-q", str(seeds))
    ofsted_kg("--store", str(tmp_path / "b"), "build", "-q", str(seeds))
    first = nquads(tmp_path / "a")
    assert first and first == nquads(tmp_path / "b")


def test_rebuilding_the_same_corpus_changes_nothing(seeds_store: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    ofsted_kg("--store", str(store), "build", "-q", str(ROOT.parent / "shared/corpus/seeds"))
    before = nquads(store, keep_times=True)
    again = ofsted_kg(
        "--store", str(store), "build", "-q", str(ROOT.parent / "shared/corpus/seeds")
    )
    assert "0 added, 0 updated, 5 unchanged" in again.stdout
    assert nquads(store, keep_times=True) == before


def test_adding_a_sixth_article_adds_only_its_graph(tmp_path: Path, corpus_copy: Path) -> None:
    store = tmp_path / "store"
    ofsted_kg("--store", str(store), "build", "-q", str(corpus_copy))
    before = set(nquads(store, keep_times=True))
    (corpus_copy / "sixth.txt").write_text(SIXTH, encoding="utf-8")
    result = ofsted_kg("--store", str(store), "build", "-q", str(corpus_copy))
    assert "1 added, 0 updated, 5 unchanged" in result.stdout
    after = set(nquads(store, keep_times=True))
    iris = IRIs()
    sixth = f"<{iris.article_graph('sixth')}>"
    entities = f"<{iris.shared_graph('entities')}>"
    assert before <= after, "nothing already in the store is lost"
    added = after - before
    assert {graph_of(line) for line in added} <= {sixth, entities}
    assert any(graph_of(line) == sixth for line in added)
    # the shared entities graph only gained descriptions of what the new article names
    named_by_sixth = " ".join(line for line in added if graph_of(line) == sixth)
    new_entities = {line.split(" ", 1)[0] for line in added if graph_of(line) == entities}
    assert new_entities and all(iri in named_by_sixth for iri in new_entities)


def test_dropping_an_article_removes_exactly_its_claims(tmp_path: Path, corpus_copy: Path) -> None:
    ofsted_kg("--store", str(tmp_path / "all"), "build", "-q", str(corpus_copy))
    dropped = sorted(corpus_copy.iterdir())[0]
    ofsted_kg("--store", str(tmp_path / "all"), "drop", dropped.name)
    dropped.unlink()
    ofsted_kg("--store", str(tmp_path / "rest"), "build", "-q", str(corpus_copy))
    assert nquads(tmp_path / "all") == nquads(tmp_path / "rest")


def test_an_interrupted_build_leaves_the_store_as_it_was(tmp_path: Path, corpus_copy: Path) -> None:
    store = tmp_path / "store"
    first = sorted(corpus_copy.iterdir())[:2]
    small = tmp_path / "small"
    small.mkdir()
    for path in first:
        (small / path.name).write_bytes(path.read_bytes())
    ofsted_kg("--store", str(store), "build", "-q", str(small))
    before = nquads(store, keep_times=True)
    many = tmp_path / "many"
    many.mkdir()
    text = SIXTH
    for i in range(200):
        (many / f"copy{i:03d}.txt").write_text(
            text.replace("Sandwell", "Walsall" if i % 2 else "Sandwell")
        )
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "graph.cli",
            "--store",
            str(store),
            "build",
            "-q",
            str(corpus_copy),
            str(many),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    time.sleep(1.5)
    assert proc.poll() is None, "the build ended before it could be interrupted: add articles"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    after = nquads(store, keep_times=True)
    assert after == before or len(after) > len(before) and set(before) <= set(after)
    if after != before:  # the kill came after the one write: it must be complete
        assert "copy199" in " ".join(after)


def test_every_span_points_at_its_exact_text(seeds_store: Path) -> None:
    store = open_store(str(seeds_store), read_only=True)
    result = store.query(
        """PREFIX okg: <https://w3id.org/ofsted-kg/ontology#>
        PREFIX oa: <http://www.w3.org/ns/oa#>
        SELECT ?claim ?kind ?text ?start ?end ?exact ?prefix ?suffix WHERE {
          GRAPH ?g {
            ?claim a ?kind ; okg:source ?src .
            ?src oa:hasSource/okg:text ?text ;
                 oa:hasSelector [ oa:start ?start ; oa:end ?end ] ,
                                [ oa:exact ?exact ; oa:prefix ?prefix ; oa:suffix ?suffix ] .
          }
        }"""
    )
    rows = list(result.rows)
    store.close()
    kinds = {str(r["kind"]).rsplit("#", 1)[-1] for r in rows}
    assert {"Quotation", "Judgement", "ThemeMention"} <= kinds
    for r in rows:
        text, start, end = str(r["text"]), int(r["start"]), int(r["end"])
        assert text[start:end] == str(r["exact"]), r["claim"]
        assert text[:start].endswith(str(r["prefix"])) and text[end:].startswith(str(r["suffix"]))
    quotations = [r for r in rows if str(r["kind"]).endswith("Quotation")]
    assert len(quotations) >= 20


def test_build_reports_bad_input_and_keeps_what_was_there(
    tmp_path: Path, corpus_copy: Path
) -> None:
    store = tmp_path / "store"
    ofsted_kg("--store", str(store), "build", "-q", str(corpus_copy))
    before = set(nquads(store))
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    (bad / "latin.txt").write_bytes("Caf\xe9".encode("latin-1"))
    (bad / "empty.html").write_text("")
    (bad / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (bad / "fine.txt").write_text(SIXTH, encoding="utf-8")
    (bad / "manifest.csv").write_text("file,title\nfine.txt,Fine\nlost.txt,Lost\n")
    result = ofsted_kg("--store", str(store), "build", "-q", str(bad), check=False)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("ofsted-kg: skipped")]
    assert len(errors) == 5, result.stderr
    for name in ("blob.txt", "latin.txt", "empty.html", "photo.jpg", "lost.txt"):
        assert sum(name in line for line in errors) == 1, name
    assert "Traceback" not in result.stderr
    assert "1 added" in result.stdout
    assert before <= set(nquads(store))
