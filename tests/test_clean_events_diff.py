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


def test_a_moved_verdict_names_the_filter_features_that_moved_it() -> None:
    """(cln43) Each weighed candidate carries its probability, verdict and logit terms: a verdict that
    changed names the terms that moved most; a candidate gone from the body says so; an unchanged
    verdict is not listed."""
    from clean_events_diff import _why

    terms = {"actor_share_core": -0.2, "actor_in_title": 0.1, "reports": 0.3}
    moved = {"actor_share_core": 0.53, "actor_in_title": 0.1, "reports": 0.3}
    before = [["RETREAT", "resigned", 10, 0.29, False, terms], ["FIGHT", "frappe", 0, 0.26, True, terms],
              ["SANCTION", "condamné", 40, 0.8, True, terms]]
    after = [["RETREAT", "resigned", 8, 0.46, True, moved], ["SANCTION", "condamné", 38, 0.81, True, terms]]
    lines = _why(before, after)
    assert lines[0].strip() == ("~ candidate RETREAT 'resigned' p=0.29 -> 0.46 kept=False -> True; "
                                "actor_share_core +0.73")
    assert "no longer a candidate" in lines[1] and "frappe" in lines[1]
    assert len(lines) == 2
