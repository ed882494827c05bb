"""`actor_heads` (migration 19, `veille.store.aggregates`): per actor, the count of its merged events
outside a recall, how many are dated, and the first ids of each in the events page's and the
timeline's orders. Written by `write_corpus` (in full and story by story), backfilled by the
migration; both equal the heads computed here in Python from the events themselves."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import store_before_migration
from veille.model import CorpusEvent, Story
from veille.store import aggregates
from veille.store.db import Store

HEADS = "SELECT actor, events, dated, page, timeline FROM actor_heads ORDER BY actor"


def _event(eid: str, story: str, source: list[str], target: list[str], date: str | None) -> CorpusEvent:
    return CorpusEvent(id=eid, type="CONSULT", mode=None, source=source, target=target, date=date, location=None,
                       modality="asserted", evidence=[], independent_sources=1, story=story, articles=[])


def _events(many: int) -> list[CorpusEvent]:
    """Events of three stories over four actors: dates of every shape (a month, a range, none, an
    empty one, the same day twice so that the id decides) and more events per actor than a head holds."""
    dates = ["2025-04", "2020/2023", None, "", "2024-03-01", "2024-03-01", "2019", "2025-04-02"]
    out = []
    for i in range(many):
        actors = ["Q1", "Q2", "Q3", "Q4"]
        out.append(_event(f"e{i:03d}", f"s{i % 3}", [actors[i % 4]], [actors[(i * 7 + 1) % 4]] if i % 5 else [],
                          dates[(i * 3) % len(dates)]))
    return out


def _expected(store: Store) -> list[tuple[Any, ...]]:
    """The heads from the merged events, in Python (the orders the pages sort by)."""
    rows = store.con.execute("SELECT id, date, date_start, actors, same_as FROM corpus_events").fetchall()
    by_actor: dict[str, list[tuple[Any, ...]]] = {}
    for eid, date, start, actors, same_as in rows:
        if same_as is None:
            for a in dict.fromkeys(actors):
                by_actor.setdefault(a, []).append((eid, date, start))
    out = []
    for actor, evs in sorted(by_actor.items()):
        page = sorted(evs, key=lambda e: (e[1] is None, e[1] or "", e[0]))
        dated = sorted((e for e in evs if e[1]), key=lambda e: ("9999" if e[2] is None else e[2], e[0]))
        out.append((actor, len(evs), len(dated), [e[0] for e in page][:aggregates.HEAD],
                    [e[0] for e in dated][:aggregates.HEAD]))
    return out


def _stories() -> list[Story]:
    return [Story(id=f"s{i}", title="t", articles=[]) for i in range(3)]


def test_written_heads_are_the_events_first_pages_and_a_story_rewrite_keeps_them() -> None:
    store = Store.open(":memory:")
    events = _events(170)  # Q1..Q4 each over HEAD events
    store.write_corpus([], [], _stories(), events)
    got = store.con.execute(HEADS).fetchall()
    assert got == _expected(store)
    assert {r[0] for r in got} == {"Q1", "Q2", "Q3", "Q4"} and all(r[1] > aggregates.HEAD for r in got)
    assert all(len(r[3]) == aggregates.HEAD for r in got)
    # A story rewritten alone: Q4 leaves story s1 and a new actor Q5 comes in; s0 and s2 untouched.
    s1 = [_event(e.id, "s1", ["Q5" if a == "Q4" else a for a in e.source], [a for a in e.target if a != "Q4"],
                 e.date) for e in events if e.story == "s1"]
    store.write_corpus([], [], [Story(id="s1", title="t", articles=[])], s1, partial=True)
    assert store.con.execute(HEADS).fetchall() == _expected(store)
    # A story dropped: its actors' heads lose its events (an actor of it alone loses its row).
    store.write_corpus([], [], [], [], partial=True, drop_stories=["s1"])
    got = store.con.execute(HEADS).fetchall()
    assert got == _expected(store) and "Q5" not in {r[0] for r in got}
    # A recall set on an event leaves its actors' heads once the writer refreshes them.
    store.con.execute("UPDATE corpus_events SET same_as = 'e000' WHERE id = 'e003'")
    store.refresh_aggregates([], ["s0"])
    assert store.con.execute(HEADS).fetchall() == _expected(store)
    assert "e003" not in {i for r in store.con.execute(HEADS).fetchall() for i in r[3]}
    store.close()


def test_migration_19_backfills_the_heads_as_writing_does_and_applies_once(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "old.duckdb"
    monkeypatch.setattr("veille.store.aggregates.actor_heads_sql", aggregates.event_actors_sql)  # an older writer
    monkeypatch.setattr("veille.store.aggregates.top_rewrite", lambda every=False: [("DROP TABLE IF EXISTS top_touched", [])])  # nor 20's
    store_before_migration(db, 19, monkeypatch, lambda old: old.write_corpus([], [], _stories(), _events(120)),
                           "actor_heads")
    with Store.open(db) as store:
        got = store.con.execute(HEADS).fetchall()
        assert got and got == _expected(store)
        assert store.migrate() == []  # recorded: a second open applies nothing
    with Store.open(db) as again:
        assert again.con.execute(HEADS).fetchall() == got
