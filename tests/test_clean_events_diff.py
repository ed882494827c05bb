"""tools/clean_events_diff.py's report: a changed page's title, body lines and moved events are listed,
a held-out page only by its id (no text, no event), an unchanged page not at all."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from clean_events_diff import report


def _page(title: str | None, body: str, events: list[list[object]] | None = None) -> dict[str, object]:
    page: dict[str, object] = {"title": title, "body": body}
    if events is not None:
        page["events"] = events
    return page


def test_a_changed_page_lists_its_lines_and_events() -> None:
    quake: list[object] = ["FIGHT", "frappe", [], ["Turquie"], ""]
    before = {"pool:c1": _page(None, "Un séisme frappe la Turquie.\nLe bilan s'alourdit.", [quake]),
              "pool:c2": _page("Same", "Same body.")}
    after = {"pool:c1": _page("Un séisme frappe la Turquie.", "Le bilan s'alourdit.", []),
             "pool:c2": _page("Same", "Same body.")}
    lines = report(before, after, held=set())
    assert lines[0] == "pool:c1 title body"
    assert any(line.strip() == "-Un séisme frappe la Turquie." for line in lines)
    assert any(line.strip().startswith("- event ['FIGHT'") for line in lines)
    assert not any("pool:c2" in line for line in lines)
    assert lines[-1] == "1 pages changed, events moved on 1"


def test_a_held_out_page_is_named_by_its_id_only() -> None:
    before = {"ev:n10.txt": _page("Titre du site", "Le tribunal a condamné X.", [["SANCTION", "condamné", [], ["X"], ""]])}
    after = {"ev:n10.txt": _page("X condamné", "Le tribunal a condamné X.", [])}
    lines = report(before, after, held={"n10.txt"})
    assert lines[0] == "ev:n10.txt HELD-OUT title events moved"
    assert not any("condamné" in line or "Titre" in line for line in lines)
