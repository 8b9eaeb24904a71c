"""Shared fixtures: the sample corpus (read from ../shared, never copied) and helpers
to run the real ``ofsted-kg`` command."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold" / "seeds"


def ofsted_kg(*args: str, check: bool = True, **kwargs: object) -> subprocess.CompletedProcess:
    """Run the installed command line as a user would."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "graph.cli", *args],
        capture_output=True,
        text=True,
        cwd=kwargs.pop("cwd", ROOT),  # type: ignore[arg-type]
        env=env,
        timeout=kwargs.pop("timeout", 300),  # type: ignore[arg-type]
        **kwargs,  # type: ignore[arg-type]
    )
    if check and result.returncode != 0:
        raise AssertionError(
            f"ofsted-kg {' '.join(args)} exited {result.returncode}:\n{result.stderr}"
        )
    return result


@pytest.fixture(scope="session")
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.fail(f"the sample corpus is missing: {SEEDS}")
    return SEEDS


@pytest.fixture
def corpus_copy(tmp_path: Path, seeds: Path) -> Path:
    """A private copy of the seeds that a test may add files to (in its tmp dir)."""
    folder = tmp_path / "corpus"
    shutil.copytree(seeds, folder)
    return folder


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory: pytest.TempPathFactory, seeds: Path) -> Path:
    """An on-disk store with the seeds built into it, shared by read-only tests."""
    path = tmp_path_factory.mktemp("seeds") / "store"
    ofsted_kg("--store", str(path), "build", "--quiet", str(seeds))
    return path
