"""The events page of one or more actors (a name's ids) from each actor's positions in the page
order kept for the connection (`events._actors_page`, events@39 read path, issue 20): the
events of any of the ids outside a recall, each once (an event two of the ids act in counts
once), in `date NULLS LAST, id` order, with their total; the same pages as the statement's
(no facts kept), for every actor, for sets of actors, at every page edge and past the end, with
a NULL date, an empty date, a tie of dates and a recalled event; ids in no event give none."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest
from tests.server_support import copy_of, seed_store

from veille.api import Dossier
from veille.dossier import events as _events
from veille.store.aggregates import actor_heads_sql
from veille.store.db import Store

pytestmark = pytest.mark.slow  # the store is built by the whole pipeline


@pytest.fixture(scope="module", params=["as built", "with edge rows"])
def db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = copy_of(seed_store(tmp_path_factory), tmp_path_factory.mktemp("positions") / "v.duckdb")
    if request.param == "with edge rows":
        con = duckdb.connect(str(path))
        try:
            ids = [str(r[0]) for r in con.execute(
                "SELECT event FROM event_actors GROUP BY event ORDER BY count(*) DESC, event").fetchall()]
            assert len(ids) >= 5
            # an empty date, a NULL date, a tie of dates (the id breaks it), a recalled event
            con.execute("UPDATE corpus_events SET date = '' WHERE id = ?", [ids[1]])
            con.execute("UPDATE corpus_events SET date = NULL WHERE id = ?", [ids[2]])
            con.execute("UPDATE corpus_events SET date = (SELECT date FROM corpus_events WHERE id = ?) "
                        "WHERE id = ?", [ids[4], ids[3]])
            con.execute("UPDATE corpus_events SET same_as = 'recalled' WHERE id = ?", [ids[0]])
            for sql, params in actor_heads_sql(None):  # as a writer refreshes what it changed
                con.execute(sql, params)
        finally:
            con.close()
    return path


def _actor_sets(con: Any) -> list[list[str]]:
    actors = [str(r[0]) for r in con.execute(
        "SELECT actor FROM event_actors GROUP BY actor ORDER BY count(*) DESC, actor").fetchall()]
    assert len(actors) >= 3
    return [[a] for a in actors] + [actors[:2], actors[:3], actors, [actors[0], "nobody"], ["nobody", "no one"]]


def _expected(con: Any, actors: list[str]) -> list[str]:
    """The ids the page lists, from the definition: events outside a recall naming any of the
    actors on either side, each once, by date (NULL last; '' before any other text), then id."""
    rows = con.execute("SELECT e.id, e.date, e.source::VARCHAR[], e.target::VARCHAR[] FROM corpus_events e "
                       "WHERE e.same_as IS NULL").fetchall()
    wanted = {str(i): d for i, d, source, target in rows if (set(source or []) | set(target or [])) & set(actors)}
    return sorted(wanted, key=lambda i: (wanted[i] is None, wanted[i] or "", i))


def test_a_set_of_actors_pages_its_events_once_each_in_date_order(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        store.facts = {}
        for actors in _actor_sets(store.con):
            expected = _expected(store.con, actors)
            total, records = _events.query(store, _events.EventFilter(actors=actors), limit=1000, offset=0)
            assert [r["id"] for r in records] == expected, actors
            assert total == len(expected), actors
            assert len(set(expected)) == len(expected)
        assert "actor positions in page order" in store.facts
        actors = _actor_sets(store.con)[-3]  # every actor: an event of two of them is listed once
        assert sum(len(_expected(store.con, [a])) for a in actors) > len(_expected(store.con, actors))
        assert _events.query(store, _events.EventFilter(actors=["nobody", "no one"]), limit=5) == (0, [])


def _pages(store: Store, sets: list[list[str]]) -> dict[tuple[Any, ...], Any]:
    out: dict[tuple[Any, ...], Any] = {}
    for actors in sets:
        for limit in (0, 1, 2, 50):
            for offset in (0, 1, 2, 3, 5, 40, 10_000):
                out[(tuple(actors), limit, offset)] = _events.query(
                    store, _events.EventFilter(actors=actors), limit=limit, offset=offset)
    return out


def test_an_actors_page_from_the_kept_positions_is_the_statement_s(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        sets = _actor_sets(store.con)
        store.facts = None  # the statement
        expected = _pages(store, sets)
        names = {a: Dossier(store).events_page(actor=a, limit=3, offset=1) for a in ("a", "e", "Paris", "zzz")}
        assert any(total and len(records) > 1 for total, records in expected.values())
        store.facts = {}  # the positions kept for the connection
        got = _pages(store, sets)
        assert "actor positions in page order" in store.facts
        assert {a: Dossier(store).events_page(actor=a, limit=3, offset=1) for a in names} == names
    for key, page in expected.items():
        assert got[key] == page, key
