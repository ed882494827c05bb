"""eval/pubdate_pool/census.py (pub42, issue 16): wrong and missing publication dates sorted by
cause, tuning pages named, held-out pages only counted."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest
from tests.conftest import load_script

ROOT = Path(__file__).resolve().parents[1]
census = load_script("eval/pubdate_pool/census.py")

D = dt.date


def test_wrong_cause_by_source_and_direction() -> None:
    low, high = D(2024, 3, 12), D(2024, 3, 13)
    assert census.wrong_cause("text", D(2024, 3, 9), low, high).endswith(", early")
    assert census.wrong_cause("text", D(2026, 3, 12), low, high).endswith("a year or more off")
    assert census.wrong_cause("updated_line", D(2024, 3, 15), low, high).startswith("updated_line")
    assert census.wrong_cause("updated_line", D(2024, 3, 15), low, high).endswith(", late")
    assert census.wrong_cause("caption", D(2024, 3, 11), low, high) == "caption: early"
    # near miss: a day before the interval is early, not a year off
    assert census.wrong_cause("story", D(2024, 3, 11), low, high) == "story: a sibling report's day, early"


@pytest.mark.parametrize("text", [
    "Accident sur la RN12\n\nDeux voitures se sont percutées hier soir à Brest.",
    "Storm update\n\nPosted 3 hours ago\n\nThe storm reached the coast.",
    "Incendie\n\nPublié il y a 2 jours\n\nLes pompiers sont intervenus.",
])
def test_relative_stamp_or_day_word_is_its_own_cause(text: str) -> None:
    assert census.missing_cause(text).startswith("relative stamp")


@pytest.mark.parametrize("text", [
    # near misses: a number of hours that is no age, a word containing "hier"
    "Grève\n\nLa grève a duré 3 heures dans le quartier des Chartreux.",
    "Hierarchy\n\nThe 12 hours of the race were run in the rain.",
])
def test_no_relative_stamp(text: str) -> None:
    assert not census.missing_cause(text).startswith("relative stamp")


def test_held_out_pages_are_counted_never_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        {"id": "q001", "url": "https://example.org/a", "heldout": False,
         "gold": {"published": "2024-03-12", "title": "A"},
         "text": "A\n\nPublié le 12 mars 2024\n\nLe conseil municipal a voté le budget de la commune hier soir."},
        {"id": "q003", "url": "https://example.org/b", "heldout": True,
         "gold": {"published": "2024-03-20", "title": "B"},
         "text": "B\n\nPublié le 12 mars 2024\n\nLe conseil municipal a voté le budget de la commune hier soir."},
        {"id": "q006", "url": "https://example.org/c", "heldout": True,
         "gold": {"published": None, "title": "C"},
         "text": "C\n\nLe conseil municipal a voté le budget de la commune, sans date aucune."},
    ]
    pool = tmp_path / "pool.jsonl"
    pool.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["census.py", "--pool", str(pool), "--details"])
    assert census.main() == 0
    out = capsys.readouterr().out
    assert "q001" not in out  # right pages are not listed either
    assert "q003" not in out and "q006" not in out
    wrong = next(line for line in out.splitlines() if line.startswith("wrong: date_line"))
    assert wrong.split()[-2:] == ["0", "1"]  # tuning 0, held out 1
    abstained = next(line for line in out.splitlines() if line.startswith("undatable, left undated"))
    assert abstained.split()[-2:] == ["0", "1"]
