"""An events page by type, date bounds or `dated` alone from the merged events' order kept for the
connection (`events._kept_page`) is the page the filtering, sorting statement gives: every type,
bound and page edge, past the end, with NULL bounds, an empty date and a recalled event; and a
story's page is the same with the migration 18 indexes (its articles and events read by them)
as without."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest
from tests.server_support import copy_of, seed_store

from veille.api import Dossier
from veille.dossier import events as _events
from veille.store.db import Store

pytestmark = pytest.mark.slow  # the store is built by the whole pipeline


@pytest.fixture(scope="module", params=["as built", "with edge rows"])
def db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = copy_of(seed_store(tmp_path_factory), tmp_path_factory.mktemp("kept") / "v.duckdb")
    if request.param == "with edge rows":
        con = duckdb.connect(str(path))
        try:
            ids = [str(r[0]) for r in con.execute("SELECT id FROM corpus_events ORDER BY id").fetchall()]
            assert len(ids) >= 6
            # NULL bounds, an empty date, two events of one day (the id breaks the tie), a recall
            con.execute("UPDATE corpus_events SET date_end = NULL WHERE id = ?", [ids[0]])
            con.execute("UPDATE corpus_events SET date_start = NULL WHERE id = ?", [ids[1]])
            con.execute("UPDATE corpus_events SET date = '', date_start = NULL, date_end = NULL WHERE id = ?",
                        [ids[2]])
            con.execute("UPDATE corpus_events SET date = NULL, date_start = NULL, date_end = NULL WHERE id = ?",
                        [ids[3]])
            con.execute("UPDATE corpus_events SET date = (SELECT date FROM corpus_events WHERE id = ?), "
                        "date_start = '2024-03-01', date_end = '2024-03-31' WHERE id = ?", [ids[5], ids[4]])
            con.execute("UPDATE corpus_events SET same_as = 'recalled' WHERE id = ?", [ids[5]])
        finally:
            con.close()
    return path


def _pages(d: Dossier, types: list[str | None]) -> dict[tuple[Any, ...], Any]:
    out: dict[tuple[Any, ...], Any] = {}
    bounds = [None, "", "0", "2024", "2024-01-01", "2024-03-15", "2025-06", "9999"]
    for type_ in types:
        for since in bounds:
            for until in (None, "2024-03-15", "2024"):
                for limit, offset in ((1, 0), (2, 1), (50, 0), (3, 4), (50, 400)):
                    for full in (False, True):  # in brief (the default, perf38) and whole
                        out[(type_, since, until, limit, offset, full)] = d.events_page(
                            type=type_, since=since, until=until, limit=limit, offset=offset, full=full)
    return out


def test_an_events_page_from_the_kept_order_is_the_statement_s(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        d = Dossier(store)
        types: list[str | None] = [str(r[0]) for r in store.con.execute(
            "SELECT DISTINCT type FROM corpus_events ORDER BY 1").fetchall()]
        types += [None, types[0].lower(), "NOTATYPE"]
        store.facts = None  # the statement
        expected = _pages(d, types)
        assert any(page["total"] > 2 for page in expected.values())
        assert any(page["total"] and not page["items"] for page in expected.values())
        dated = {t: _events.query(store, _events.EventFilter(type=t, dated=True), limit=50)
                 for t in types}
        store.facts = {}  # the order kept for the connection
        got = _pages(d, types)
        assert "merged events in page order" in store.facts
        got_dated = {t: _events.query(store, _events.EventFilter(type=t, dated=True), limit=50)
                     for t in types}
    for key, page in expected.items():
        assert got[key] == page, key
    assert got_dated == dated


def test_a_story_s_page_is_the_same_without_the_story_indexes(db: Path, tmp_path: Path) -> None:
    bare = copy_of(db, tmp_path / "bare.duckdb")
    con = duckdb.connect(str(bare))
    try:
        con.execute("DROP INDEX articles_story")
        con.execute("DROP INDEX corpus_events_story")
    finally:
        con.close()
    answers = []
    for path in (bare, db):
        with Store.open(path, read_only=True) as store:
            indexes = {r[0] for r in store.con.execute("SELECT index_name FROM duckdb_indexes()").fetchall()}
            assert ("articles_story" in indexes) == (path == db)
            stories = [str(r[0]) for r in store.con.execute("SELECT id FROM stories ORDER BY id").fetchall()]
            assert stories
            store.facts = {}
            d = Dossier(store)
            answers.append({s: d.story(s) for s in stories})
            members = {s: [r["id"] for r in store.rows("SELECT id FROM articles WHERE story = ? ORDER BY id", [s])]
                       for s in stories}
    assert answers[0] == answers[1]
    for s, page in answers[1].items():
        assert page is not None and page["id"] == s and page["events"] is not None
        assert {a["id"] for a in page["sources"]} <= set(members[s])
    assert any(page and page["sources"] and page["events"] for page in answers[1].values())
