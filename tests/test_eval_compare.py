"""eval/news/tools/compare.py: two evaluate.py results cell by cell, and the floors."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TOOL = ROOT / "eval" / "news" / "tools" / "compare.py"


def _module(path: Path, name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _result(removal: float, events: float, events_en: float) -> dict[str, Any]:
    column = {"clean": {"removal": {"f1": removal}}, "events": {"doc_level": {"f1": events}}}
    english = {"clean": {"removal": {"f1": removal}}, "events": {"doc_level": {"f1": events_en}}}
    return {"dev": {"veille": column, "veille en": english, "veille fr": column},
            "test": {"veille": column, "veille en": english, "veille fr": column}}


def test_moved_cells_show_both_figures_and_equal_ones_one() -> None:
    compare = _module(TOOL, "compare_tool")
    rows, broken = compare.compare(_result(0.9, 0.5, 0.4), _result(0.95, 0.5, 0.4), {})
    cells = dict(rows)
    assert cells["clean.removal.f1"][:3] == ["0.900->0.950"] * 3
    assert cells["events.doc_level.f1"][:3] == ["0.500", "0.400", "0.500"]
    assert cells["quotes.extraction.f1"] == ["-"] * 6 and broken == []


def test_a_figure_under_its_floor_is_marked_and_fails_the_run(tmp_path: Path) -> None:
    before, after = tmp_path / "a.json", tmp_path / "b.json"
    before.write_text(json.dumps(_result(0.9, 0.5, 0.4)), encoding="utf-8")
    after.write_text(json.dumps(_result(0.9, 0.45, 0.3)), encoding="utf-8")
    floors = tmp_path / "floors.json"
    # Only a split's overall column has a floor: the English 0.3 is under 0.46 and marks nothing.
    floors.write_text(json.dumps({"news_test": {"events.doc_level.f1": 0.46}}), encoding="utf-8")
    done = subprocess.run([sys.executable, str(TOOL), str(before), str(after), "--floors", str(floors)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert "0.500->0.450!" in done.stdout and "0.400->0.300!" not in done.stdout
    assert "under its floor: test events.doc_level.f1: 0.4500 < 0.46" in done.stdout
    floors.write_text(json.dumps({"news_test": {"events.doc_level.f1": 0.45}}), encoding="utf-8")
    done = subprocess.run([sys.executable, str(TOOL), str(before), str(after), "--floors", str(floors)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0 and "!" not in done.stdout
