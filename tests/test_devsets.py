"""Extraction quality on the invented dev sets (tests/data/devset*, written blind to the
extractor, see their READMEs), kept from slipping back. The floors sit a little under
the figures measured when they were set; raise them as extraction improves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, ofsted_kg

FLOORS = {
    "devset": {
        "judgements_f1": 0.95, "quotations_f1": 0.97, "themes_f1": 0.95,
        "speaker_accuracy": 0.97, "role_accuracy": 0.95, "about_accuracy": 0.95,
        "date_accuracy": 1.0,
    },
    "devset2": {
        "judgements_f1": 0.68, "quotations_f1": 0.95, "themes_f1": 0.64,
        "speaker_accuracy": 0.97, "role_accuracy": 0.93, "about_accuracy": 0.78,
        "date_accuracy": 0.93,
    },
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_dev_set_figures_hold(name: str, tmp_path: Path) -> None:
    folder = ROOT / "tests" / "data" / name
    store = str(tmp_path / "store")
    ofsted_kg("--store", store, "build", "-q", str(folder / "corpus"))
    figures = json.loads(
        ofsted_kg("--store", store, "evaluate", str(folder / "gold"), "--json").stdout
    )
    low = {k: round(figures[k], 3) for k, floor in FLOORS[name].items() if figures[k] < floor}
    assert not low, f"{name}: below the floor: {low}"
