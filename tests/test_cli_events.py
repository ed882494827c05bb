"""`veille events` in an 80-column terminal: one line per event, evidence cut with an ellipsis."""

from __future__ import annotations

from typing import Any

import pytest
from rich.console import Console
from typer.testing import CliRunner

from veille.cli import main
from veille.cli.main import app, events_table

EVIDENCE = ("Le président américain Donald Trump a décollé vendredi pour l'Alaska, où il doit rencontrer "
            "Vladimir Poutine pour un sommet historique qui pourrait sceller le sort de l'Ukraine en guerre.")


def _event(i: int) -> dict[str, Any]:
    return {"id": f"e{i}", "type": "CONSULT", "mode": "meeting", "date": {"value": "2025-08-15"},
            "actors": {"source": ["Q30", "per:donald-trump"], "target": ["Q159", "per:vladimir-poutine"]},
            "location": "loc:alaska", "modality": "asserted", "independent_sources": 3,
            "evidence": [{"article": "a", "start": 0, "end": len(EVIDENCE), "text": EVIDENCE}]}


NAMES = {"Q30": "États-Unis", "per:donald-trump": "Donald Trump", "Q159": "Russie",
         "per:vladimir-poutine": "Vladimir Poutine", "loc:alaska": "Alaska"}


def _rows(text: str) -> list[str]:
    return [line for line in text.splitlines() if "2025-08-15" in line]


def test_narrow_table_keeps_one_line_per_event_and_cuts_the_evidence() -> None:
    console = Console(width=80, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(events_table([_event(1), _event(2)], NAMES, "events (2)", console.width))
    text = console.export_text()
    assert all(len(line) <= 80 for line in text.splitlines())
    rows = _rows(text)
    assert len(rows) == 2  # one line each, not a tower of folded fragments
    assert all("Le président" in r and r.rstrip(" │").endswith("…") for r in rows)
    assert "CONSULT" in rows[0] and "États-Unis" in rows[0]


def test_wide_table_shows_every_column() -> None:
    console = Console(width=200, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(events_table([_event(1)], NAMES, "events (1)", console.width))
    text = console.export_text()
    assert "modality" in text and "Alaska" in text and "asserted" in text


def test_cli_events_at_80_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main, "_query", lambda db, read: ([_event(1)], NAMES))
    result = CliRunner().invoke(app, ["events"], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    assert all(len(line) <= 80 for line in result.output.splitlines())
    rows = _rows(result.output)
    assert len(rows) == 1 and "…" in rows[0]
