"""Starting and stopping the server: bad settings are one line (both forms), and
stopping it stops the query processes too, even one busy with a long query."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests
from conftest import ROOT

from server.testing import LiveServer

LONG = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def _run(command: list[str], **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("OFSTED_KG_")}
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**clean, **env},
        timeout=60,
    )


@pytest.mark.parametrize(
    "args, message",
    [
        (["--store", "{missing}", "serve"], "no store here (run `ofsted-kg build` first)"),
        (["--store", "{store}", "serve", "--timeout", "0"], "timeout: must be a positive number"),
        (["--store", "{store}", "serve", "--admin-token", "short"], "use at least 8 characters"),
    ],
)
def test_serve_refuses_bad_settings_in_one_line(
    seeds_store: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    filled = [a.format(missing=tmp_path / "none", store=seeds_store) for a in args]
    result = _run([sys.executable, "-m", "graph.cli", *filled, "--port", "0"])
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_gunicorn_refuses_a_missing_store_in_one_line(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "gunicorn", "-c", "python:server.gunicorn_conf"]
    result = _run(
        [*command, "server.wsgi:app"],
        OFSTED_KG_STORE=str(tmp_path / "none"),
        OFSTED_KG_BIND="127.0.0.1:0",
    )
    assert result.returncode != 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("ofsted-kg:")]
    missing = tmp_path / "none"
    assert errors == [f"ofsted-kg: error: {missing}: no store here (run `ofsted-kg build` first)"]
    assert "Traceback" not in result.stderr


def _descendants(pid: int) -> set[int]:
    found: set[int] = set()
    todo = [pid]
    while todo:
        current = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{current}/task")
        except FileNotFoundError:
            continue
        for task in tasks:
            try:
                children = Path(f"/proc/{current}/task/{task}/children").read_text().split()
            except FileNotFoundError:
                continue
            for child in map(int, children):
                if child not in found:
                    found.add(child)
                    todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def test_stopping_the_server_stops_its_query_processes(seeds_store: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    shutil.copytree(seeds_store, store)
    live = LiveServer.serve(store, "--timeout", "600").start()
    try:

        def long_query() -> None:
            # the server goes away mid-answer: that is the point
            with contextlib.suppress(requests.RequestException):
                requests.post(live.url + "sparql", data={"query": LONG})

        threading.Thread(target=long_query, daemon=True).start()
        while requests.get(live.url + "status").json()["busy"] < 1:
            time.sleep(0.05)
        assert live.process is not None
        processes = _descendants(live.process.pid)
        assert len(processes) >= 3  # the forkserver and two query workers
    finally:
        live.stop()
    deadline = time.monotonic() + 30
    while any(_alive(p) for p in processes) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [p for p in processes if _alive(p)]
