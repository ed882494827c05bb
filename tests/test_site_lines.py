"""`site_lines` compaction: folding finished runs' rows changes no answer, and is all or nothing."""

from __future__ import annotations

import random
from typing import Any

import pytest

from veille.store import site_lines
from veille.store.db import Store

SITES = ("a.example", "b.example", "c.example")


def _runs(store: Store, runs: int, seed: int = 7) -> list[tuple[str, int]]:
    """Write `runs` runs of lines: each article of a run holds its site's template lines (a few,
    shared by every run) and lines of its own; returns every (site, line) written."""
    rnd = random.Random(seed)
    seen: list[tuple[str, int]] = []
    for run in range(runs):
        rows = []
        for _ in range(rnd.randint(1, 5)):  # articles of the run
            site = rnd.choice(SITES)
            template = [SITES.index(site) * 100 + k for k in range(3)]
            own = [rnd.getrandbits(62) for _ in range(4)]
            rows += [(site, h) for h in template[: rnd.randint(1, 3)] + own]
        store.write_batch([], [], f"run{run:02d}", lines=rows)
        seen += rows
    return seen


def _answers(store: Store, wanted: list[tuple[str, int]]) -> list[dict[tuple[str, int], int]]:
    """What every reader may ask: for a later run and for the last one, at several bars."""
    return [store.site_line_counts(wanted, run, at_least) for run in ("next", "run11") for at_least in (1, 2, 3)]


def _rows(store: Store) -> list[tuple[Any, ...]]:
    return sorted(store.con.execute("SELECT * FROM site_lines").fetchall())


def test_folding_keeps_every_answer_and_the_current_runs_rows_apart() -> None:
    store = Store.open(":memory:")
    wanted = [*sorted(set(_runs(store, 12))), ("a.example", 12345)]  # and a line never stored
    before, rows = _answers(store, wanted), _rows(store)
    assert any(len(a) > 0 for a in before[3:]) and before[0] != before[3]  # the last run's own rows matter
    with store.transaction():
        site_lines.compact(store.con, "run11")
    assert _answers(store, wanted) == before
    after = _rows(store)
    assert len(after) < len(rows)
    assert [r for r in after if r[2] == "run11"] == [r for r in rows if r[2] == "run11"]
    folded = [(r[0], r[1]) for r in after if r[2] != "run11"]
    assert {r[2] for r in after} == {"run11", site_lines.FOLDED} and len(folded) == len(set(folded))
    # a later run folds run11's rows too: what it and the runs after it read stays the same
    with store.transaction():
        site_lines.compact(store.con, "next")
    assert _answers(store, wanted)[:3] == before[:3]
    assert {r[2] for r in _rows(store)} == {site_lines.FOLDED}


def test_writes_fold_once_the_rows_added_since_the_last_fold_pass_their_share(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(site_lines, "COMPACT_MIN", 0)
    monkeypatch.setattr(site_lines, "COMPACT_SHARE", 1)  # fold when more rows were added than the table held
    store = Store.open(":memory:")
    state = "SELECT value::BIGINT FROM corpus_state WHERE key = ?"
    store.write_batch([], [], "r1", lines=[("a.example", h) for h in range(10)])  # 10 > 0: folds (nothing yet)
    assert store.con.execute(state, [site_lines.FOLDED_KEY]).fetchone() == (10,)
    store.write_batch([], [], "r2", lines=[("a.example", h) for h in range(5)])  # 5 added, 10 held: waits
    assert store.count("site_lines") == 15
    store.write_batch([], [], "r3", lines=[("a.example", h) for h in range(6)])  # 11 added: folds r1 and r2
    assert _rows(store) == sorted([("a.example", h, site_lines.FOLDED, 2) for h in range(5)]
                                  + [("a.example", h, site_lines.FOLDED, 1) for h in range(5, 10)]
                                  + [("a.example", h, "r3", 1) for h in range(6)])
    assert store.con.execute(state, [site_lines.FOLDED_KEY]).fetchone() == (16,)
    assert store.site_line_counts([("a.example", 0)], "r4", 3) == {("a.example", 0): 3}


class _FailingInsert:
    """A connection that fails on the fold's re-insert: after the old rows were deleted."""

    def __init__(self, con: Any) -> None:
        self.con = con
        self.deleted = False

    def execute(self, sql: str, params: Any = None) -> Any:
        if sql.startswith("INSERT INTO site_lines"):
            raise RuntimeError("killed between the delete and the insert")
        self.deleted = self.deleted or sql.startswith("DELETE")
        return self.con.execute(sql, params)


def test_a_fold_that_fails_midway_leaves_the_table_as_it_was() -> None:
    store = Store.open(":memory:")
    wanted = sorted(set(_runs(store, 6)))
    before, rows = _answers(store, wanted), _rows(store)
    failing = _FailingInsert(store.con)
    with pytest.raises(RuntimeError), store.transaction():
        site_lines.compact(failing, "run05")
    assert failing.deleted  # it did fail halfway
    assert _rows(store) == rows and _answers(store, wanted) == before
    assert store.con.execute("SELECT count(*) FROM corpus_state WHERE key = ?",
                             [site_lines.FOLDED_KEY]).fetchone() == (0,)
