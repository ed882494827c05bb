"""Accuracy of the temporal tagger on the French TimeBank dev half, scored by score.py.

Floors come from tests/accuracy_floors.json (the "time" stage section); the gold is read from
../shared.  The whole pipeline on the same data is gated by tests/test_accuracy.py ("timebank").
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, load_script, shared_path


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    timebank = shared_path("data", "fr-timebank", "dev")
    score_py = shared_path("tools", "score.py")
    out: Path = tmp_path_factory.mktemp("timebank")
    evaluated: dict[str, Any] = load_script("benchmarks/eval_timebank.py").evaluate(timebank, score_py, out)
    return evaluated


def test_timebank_above_floors(result: dict[str, Any]) -> None:
    floors = json.loads((ROOT / "tests" / "accuracy_floors.json").read_text(encoding="utf-8"))["time"]
    ours = result["veille"]
    assert ours["missing_docs"] == []
    assert ours["value"]["f1"] >= floors["value_f1"], ours["value"]
    assert ours["relaxed"]["f1"] >= floors["relaxed_f1"], ours["relaxed"]
    assert ours["strict"]["f1"] >= floors["strict_f1"], ours["strict"]


def test_tagger_beats_the_plain_baseline(result: dict[str, Any]) -> None:
    assert result["veille"]["value"]["f1"] > result["baseline"]["value"]["f1"] + 0.3
