"""Measure the server the production way (gunicorn + server.wsgi) on a larger store.

    .venv/bin/python bench/server_bench.py [--copies 40] [--keep /tmp/bench-store]

It builds a store from COPIES copies of the seed articles (renamed, in a temporary
folder outside the project) and reports: latency of quick queries while idle and
while another client's query runs into the time limit; the web process's memory
while streaming the whole dataset (it must not grow with the dataset); the time of
an update (with the entities refresh and the workers' restart); and /doc latency.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from server.testing import LiveServer  # noqa: E402

SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
TOKEN = "bench-admin-token"
LONG = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
QUICK = (
    "PREFIX okg: <https://w3id.org/ofsted-kg/ontology#> "
    "SELECT ?q ?t WHERE { ?q a okg:Quotation ; okg:quotedText ?t } LIMIT 20"
)


def build_store(copies: int, target: Path) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for k in range(copies):
            for f in sorted(SEEDS.iterdir()):
                if f.suffix in (".txt", ".html"):
                    shutil.copy(f, corpus / f"copy{k:03d}_{f.name}")
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "graph.cli", "--store", str(target), "build", "-q", str(corpus)],
            check=False,
            capture_output=True,
            cwd=ROOT,
        )
        return time.perf_counter() - started


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def gunicorn_worker(pid: int) -> int:
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return int(children[0])


def timed_get(url: str, **kwargs: object) -> float:
    started = time.perf_counter()
    r = requests.get(url, **kwargs)  # type: ignore[arg-type]
    r.raise_for_status()
    return (time.perf_counter() - started) * 1000


def percentiles(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[int(len(values) * 0.95) - 1] if len(values) >= 20 else values[-1]
    return f"median {statistics.median(values):.1f} ms, p95 {p95:.1f} ms (n={len(values)})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=40)
    parser.add_argument("--keep", type=Path, default=None, help="reuse/keep the store here")
    args = parser.parse_args()
    store = args.keep or Path(tempfile.mkdtemp()) / "store"
    if not store.exists():
        seconds = build_store(args.copies, store)
        print(f"built {args.copies * 5} articles in {seconds:.1f} s")
    size = sum(f.stat().st_size for f in store.iterdir()) / 2**20
    print(f"store: {store} ({size:.1f} MB on disk)")
    live = LiveServer.gunicorn(store, admin_token=TOKEN, timeout="5")
    with live:
        url = live.url
        sparql = url + "sparql"
        quads = requests.get(
            sparql,
            params={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"},
            headers={"Accept": "text/csv"},
        ).text.split()[-1]
        print(f"quads: {quads}")
        for _ in range(5):
            timed_get(sparql, params={"query": QUICK})
        idle = [timed_get(sparql, params={"query": QUICK}) for _ in range(50)]
        print(f"quick query, idle server: {percentiles(idle)}")

        done = threading.Event()
        long_result: dict[str, object] = {}

        def long_query() -> None:
            started = time.perf_counter()
            r = requests.post(sparql, data={"query": LONG})
            long_result["status"] = r.status_code
            long_result["body"] = r.text.strip()
            long_result["seconds"] = time.perf_counter() - started
            done.set()

        threading.Thread(target=long_query).start()
        while requests.get(url + "status").json()["busy"] < 1:
            time.sleep(0.01)
        during = []
        while not done.is_set():
            during.append(timed_get(sparql, params={"query": QUICK}))
        print(f"quick query while another runs into the limit: {percentiles(during)}")
        print(
            f"the long query: {long_result['status']} {long_result['body']!r} "
            f"after {long_result['seconds']:.2f} s"
        )

        pid = gunicorn_worker(live.process.pid)  # type: ignore[union-attr]
        before = rss_mb(pid)
        peak = before
        started = time.perf_counter()
        size_read = 0
        with requests.get(url + "dumps/ofsted-kg.nq", stream=True) as r:
            for chunk in r.iter_content(1 << 16):
                size_read += len(chunk)
                peak = max(peak, rss_mb(pid))
        elapsed = time.perf_counter() - started
        print(
            f"N-Quads dump: {size_read / 2**20:.1f} MB in {elapsed:.2f} s; web process RSS "
            f"{before:.0f} MB before, {peak:.0f} MB peak"
        )

        docs = [
            timed_get(url + "id/council/856", headers={"Accept": "text/html"}) for _ in range(30)
        ]
        print(f"/id/council/856 -> 303 -> HTML: {percentiles(docs)}")
        saved = [
            timed_get(url + "queries/who-said-what", params={"council": "Leicester"})
            for _ in range(30)
        ]
        print(f"/queries/who-said-what?council=Leicester (JSON page): {percentiles(saved)}")

        started = time.perf_counter()
        r = requests.post(
            sparql,
            data={"update": "INSERT DATA { GRAPH <http://e/b> { <http://e/s> <http://e/p> 1 } }"},
            headers={"Authorization": f"Bearer {TOKEN}"},
        )
        r.raise_for_status()
        write = time.perf_counter() - started
        first_after = timed_get(sparql, params={"query": QUICK})
        print(
            f"update (entities refresh, workers restarted): {write * 1000:.0f} ms; "
            f"first query after it: {first_after:.1f} ms"
        )
    if args.keep is None:
        shutil.rmtree(store.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
