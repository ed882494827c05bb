"""The events per actor the server counts once per connection (`events._actor_total`) give the
pages the window count gives: an entity's events, an actor's events page and timeline, for every
actor, at every page edge and past the end, dated or not, with and without a recalled event."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest
from tests.server_support import copy_of, seed_store

from veille.api import Dossier
from veille.store.aggregates import actor_heads_sql
from veille.store.db import Store

pytestmark = pytest.mark.slow  # the store is built by the whole pipeline


@pytest.fixture(scope="module", params=["as built", "with a recall"])
def db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = copy_of(seed_store(tmp_path_factory), tmp_path_factory.mktemp("totals") / "v.duckdb")
    if request.param == "with a recall":  # an event a later story recalls leaves every actor list
        con = duckdb.connect(str(path))
        try:
            con.execute("UPDATE corpus_events SET same_as = 'recalled' WHERE id = (SELECT event FROM event_actors "
                        "GROUP BY event ORDER BY count(*) DESC, event LIMIT 1)")
            for sql, params in actor_heads_sql(None):  # as a writer refreshes what it changed
                con.execute(sql, params)
        finally:
            con.close()
    return path


def _pages(d: Dossier, actors: list[str]) -> dict[tuple[Any, ...], Any]:
    out: dict[tuple[Any, ...], Any] = {}
    for actor in actors:
        out[("entity", actor)] = d.entity(actor, events=3)
        out[("entity", actor, 0)] = d.entity(actor, events=0)  # no rows, the true total
        for limit in (1, 2, 50):
            for offset in (0, 1, 2, 3, 5, 40):
                out[("events", actor, limit, offset)] = d.events_page(actor=actor, limit=limit, offset=offset)
                out[("timeline", actor, limit, offset)] = d.timeline_page(entity=actor, limit=limit, offset=offset)
    return out


def test_an_actor_s_pages_from_the_kept_counts_are_the_window_count_s(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        d = Dossier(store)
        actors = [str(r[0]) for r in store.con.execute(
            "SELECT actor FROM event_actors GROUP BY actor ORDER BY count(*) DESC, actor").fetchall()]
        assert len(actors) >= 3
        store.facts = None  # the window count
        expected = _pages(d, [*actors, "nobody"])
        assert any(page["total"] > 2 for key, page in expected.items() if key[0] == "events")
        for actor in actors:  # a page of no events still says how many there are
            none, some = expected[("entity", actor, 0)]["events"], expected[("entity", actor)]["events"]
            assert none["items"] == [] and none["total"] == some["total"], actor
        assert any(expected[("entity", actor, 0)]["events"]["total"] for actor in actors)
        assert any(page["total"] and not page["items"] for key, page in expected.items() if key[0] == "timeline")
        store.facts = {}  # the counts kept for the connection
        got = _pages(d, [*actors, "nobody"])
        # the timeline's counts; an events page's come from the actors' positions (events@39 read path)
        assert {k for k in store.facts if k.startswith("events per actor")} == {"events per actor dated"}
        assert "actor positions in page order" in store.facts
    for key, page in expected.items():
        assert got[key] == page, key
