"""An entity page lists its events in brief (issue 20): each event's first evidence sentence as an
excerpt with its offsets into its article's body, how many sentences the event has and the
attributes its sources contest, read from the columns stored with each merged event (migration
24); the whole event is one request away (`GET /api/events/{id}`, `Dossier.event`). Tested
against the definition (`events.brief_of` of the full record), with facts kept (the server's
readers) and without (the CLI's), on every actor, page edges and past the end, and the stored
columns against the events' own evidence after a write and after the migration."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import duckdb
import pytest
from fastapi.testclient import TestClient
from tests.server_support import assert_brief_docs, copy_of, seed_store

from veille.api import Dossier
from veille.dossier import event_shapes as _shapes
from veille.server import ServerSettings, create_app
from veille.store.aggregates import event_brief_docs_sql, event_briefs_sql
from veille.store.db import Store
from veille.store.list_docs import record_docs_sql

# A sentence of 290 characters: its excerpt stops at the last space before the 240th.
LONG = ("Lors d'un entretien téléphonique jeudi, le ministre malien des Affaires étrangères et son "
        "homologue russe ont discuté des moyens de faire face aux défis communs auxquels sont confrontés "
        "leurs pays, et ils sont convenus de se revoir à Moscou avant la fin de l'année prochaine.")


def test_an_excerpt_cuts_a_long_sentence_at_a_word_and_moves_its_end() -> None:
    body = "Titre. " + LONG + " Fin."
    start = body.index(LONG)
    cut = _shapes.excerpt({"article": "a1", "start": start, "end": start + len(LONG), "text": LONG})
    assert len(LONG) > _shapes.EXCERPT >= len(cut["text"])
    assert LONG.startswith(cut["text"]) and LONG[len(cut["text"])] == " "  # at a word's end
    assert not cut["text"].endswith(" ")
    assert cut["text"].endswith("convenus de se revoir à")  # "Moscou" would cross the bound
    assert body[cut["start"]:cut["end"]] == cut["text"] and cut["article"] == "a1"
    short = {"article": "a1", "start": 0, "end": 6, "text": "Titre."}
    assert _shapes.excerpt(short) == short
    # no space past two thirds of the bound: cut at the bound
    word = "x" * 300
    assert _shapes.excerpt({"article": "a", "start": 5, "end": 305, "text": word}) == {
        "article": "a", "start": 5, "end": 5 + _shapes.EXCERPT, "text": "x" * _shapes.EXCERPT}


def test_an_event_in_brief_from_its_full_record() -> None:
    full = {"id": "e1", "type": "CONSULT", "mode": "telephone", "actors": {"source": ["Q1"], "target": ["Q2"]},
            "date": {"value": "2024-08-01"}, "location": None, "modality": "asserted",
            "evidence": [{"article": "a1", "start": 10, "end": 10 + len(LONG), "text": LONG},
                         {"article": "a2", "start": 0, "end": 4, "text": "Deux"}],
            "story": "s1", "articles": ["a1", "a2"], "independent_sources": 2,
            "conflicts": [{"attribute": "date", "claims": [{"value": "2024-08-01", "articles": ["a1"],
                                                           "evidence": []}]}], "same_as": None}
    brief = _shapes.brief_of(full)
    assert brief["evidence"] == [_shapes.excerpt(full["evidence"][0])] and brief["evidence_count"] == 2
    assert brief["contested"] == ["date"] and "conflicts" not in brief
    assert {k: brief[k] for k in ("id", "type", "mode", "actors", "date", "location", "modality", "story",
                                  "articles", "independent_sources", "same_as")} == {
        k: full[k] for k in ("id", "type", "mode", "actors", "date", "location", "modality", "story",
                             "articles", "independent_sources", "same_as")}
    none = _shapes.brief_of({**full, "evidence": [], "conflicts": []})
    assert none["evidence"] == [] and none["evidence_count"] == 0 and none["contested"] == []


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seed_store(tmp_path_factory)


def _stored_as_defined(con: Any) -> None:
    """Each merged event's brief columns are its evidence's first sentence, their count and its
    conflicts' attributes, read from its stored JSON in Python."""
    rows = con.execute("SELECT evidence, conflicts, evidence_first, evidence_count, contested FROM corpus_events").fetchall()
    assert rows and any(r[3] > 1 for r in rows)
    for evidence, conflicts, first, count, contested in rows:
        evidence, conflicts = json.loads(evidence or "[]"), json.loads(conflicts or "[]")
        assert (json.loads(first) if first is not None else None) == (evidence[0] if evidence else None)
        assert count == len(evidence)
        assert contested == [c.get("attribute") for c in conflicts]
    assert assert_brief_docs(con) == len(rows)  # and the document packing them (migration 25)


def test_the_writer_and_the_migration_store_each_events_brief(db: Path, tmp_path: Path) -> None:
    with Store.open(db, read_only=True) as store:
        _stored_as_defined(store.con)
    copy = copy_of(db, tmp_path / "m.duckdb")
    con = duckdb.connect(str(copy))
    try:  # a store before migration 24: the columns gone, then the migration's statement
        con.execute("UPDATE corpus_events SET evidence_first = NULL, evidence_count = NULL, contested = NULL")
        con.execute("UPDATE corpus_events SET conflicts = json('[{\"attribute\": \"place\", \"claims\": []}]') "
                    "WHERE id = (SELECT min(id) FROM corpus_events)")
        con.execute("UPDATE corpus_events SET brief = NULL")
        con.execute(*event_briefs_sql(None))
        con.execute(*event_brief_docs_sql(None))  # migration 25's statement, after 24's
        for statement in record_docs_sql(None):  # and 26's (the conflicts changed above)
            con.execute(*statement)
        _stored_as_defined(con)
        assert con.execute("SELECT count(*) FROM corpus_events WHERE contested = ['place']").fetchone() == (1,)
    finally:
        con.close()


def _bodies(con: Any) -> dict[str, str]:
    return {str(i): str(b) for i, b in con.execute("SELECT id, body FROM articles").fetchall()}


@pytest.mark.parametrize("facts", [True, False], ids=["facts kept", "statements"])
def test_an_entity_page_lists_its_events_in_brief(db: Path, facts: bool) -> None:
    with Store.open(db, read_only=True) as store:
        store.facts = {} if facts else None
        d = Dossier(store)
        bodies = _bodies(store.con)
        actors = [str(r[0]) for r in store.con.execute("SELECT DISTINCT actor FROM event_actors ORDER BY 1").fetchall()]
        assert len(actors) >= 3
        shown = 0
        for actor in actors:
            for limit, offset in ((50, 0), (2, 1), (3, 0), (5, 10**6)):
                page = d.entity(actor, events=limit, events_offset=offset)
                assert page is not None
                whole = d.events_page(actor=actor, limit=limit, offset=offset, full=True)
                assert page["events"]["total"] == whole["total"]
                assert page["events"]["items"] == [_shapes.brief_of(e) for e in whole["items"]], (actor, offset)
                for brief, full in zip(page["events"]["items"], whole["items"], strict=True):
                    assert d.event(brief["id"]) == full  # the whole event, one request away
                    assert brief["evidence_count"] == len(full["evidence"])
                    for x in brief["evidence"]:  # an excerpt of its article's body, by its offsets
                        assert bodies[x["article"]][x["start"]:x["end"]] == x["text"]
                        assert full["evidence"][0]["text"].startswith(x["text"])
                    shown += len(brief["evidence"])
        assert shown
        assert d.event("no such event") is None


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(ServerSettings(db=db)), raise_server_exceptions=False) as c:
        yield c


def test_the_rest_entity_page_in_brief_and_the_whole_event(client: TestClient, db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        busiest = str(store.con.execute("SELECT actor FROM event_actors GROUP BY actor "
                                        "ORDER BY count(*) DESC, actor LIMIT 1").fetchone()[0])  # type: ignore[index]
    page = client.get(f"/api/entities/{busiest}").json()
    whole = client.get("/api/events", params={"actor": busiest, "limit": 50, "full": "true"}).json()
    assert [e["id"] for e in page["events"]["items"]] == [e["id"] for e in whole["items"]]
    for brief, full in zip(page["events"]["items"], whole["items"], strict=True):
        assert set(brief) == {"id", "type", "mode", "actors", "date", "location", "modality", "evidence",
                              "evidence_count", "story", "articles", "independent_sources", "contested", "same_as"}
        assert len(brief["evidence"]) <= 1 and brief["evidence_count"] == len(full["evidence"])
        assert client.get(f"/api/events/{brief['id']}").json() == full
    missing = client.get("/api/events/no-such-event")
    assert missing.status_code == 404 and set(missing.json()["error"]) == {"code", "message", "hint"}
    # the UI's entity page links an event of several sentences to the whole event
    many = next(e for e in page["events"]["items"] if e["evidence_count"] > 1)
    html = client.get(f"/entities/{busiest}", params={"lang": "en"}).text
    link = f"/api/events/{quote(many['id'], safe='/')}"
    assert f'href="{link}"' in html and f"all {many['evidence_count']} excerpts" in html
    assert client.get(link).json()["evidence"] == next(e for e in whole["items"] if e["id"] == many["id"])["evidence"]


def _list_asks(store: Store) -> list[dict[str, Any]]:
    """Events-list filters of every kind the list answers: none, a type, date bounds (the kept
    order's), an actor by id and by name (the positions'), a story (the statement's), a name no
    one bears."""
    types = [str(r[0]) for r in store.con.execute("SELECT DISTINCT type FROM corpus_events ORDER BY 1").fetchall()]
    actors = [str(r[0]) for r in store.con.execute("SELECT DISTINCT actor FROM event_actors ORDER BY 1").fetchall()]
    stories = [str(r[0]) for r in store.con.execute("SELECT DISTINCT story FROM corpus_events ORDER BY 1").fetchall()]
    name = store.con.execute("SELECT name FROM entities WHERE id = ?", [actors[0]]).fetchone()
    return [{}, *({"type": t} for t in types), {"since": "2024-01-01"}, {"until": "2024-12-31"},
            {"type": types[0], "since": "2025-01-01"}, *({"actor": a} for a in actors),
            {"actor": str(name[0]) if name else actors[0]}, *({"story": s} for s in stories[:3]),
            {"actor": "nobody at all"}]


@pytest.mark.parametrize("facts", [True, False], ids=["facts kept", "statements"])
def test_the_events_list_gives_each_event_in_brief(db: Path, facts: bool) -> None:
    """`Dossier.events_page` (and `/api/events`) lists each event in brief (perf38, issue 20):
    for every filter and page edge, its items are `brief_of` its whole page's (`full=True`, the
    list as it was), in the same order, with the same total; each excerpt is its article's body
    at its offsets; each brief's whole record is `event(id)`."""
    with Store.open(db, read_only=True) as store:
        store.facts = {} if facts else None
        d = Dossier(store)
        bodies = _bodies(store.con)
        listed = 0
        for ask in _list_asks(store):
            for limit, offset in ((50, 0), (2, 1), (3, 0), (5, 10**6)):
                brief = d.events_page(**ask, limit=limit, offset=offset)
                whole = d.events_page(**ask, limit=limit, offset=offset, full=True)
                assert (brief["total"], brief["limit"], brief["offset"]) == (
                    whole["total"], whole["limit"], whole["offset"]), ask
                assert brief["items"] == [_shapes.brief_of(e) for e in whole["items"]], (ask, offset)
                for b, full in zip(brief["items"], whole["items"], strict=True):
                    assert "conflicts" not in b and b["evidence_count"] == len(full["evidence"])
                    assert d.event(b["id"]) == full
                    for x in b["evidence"]:
                        assert bodies[x["article"]][x["start"]:x["end"]] == x["text"]
                listed += len(brief["items"])
        assert listed > 20


def test_the_rest_events_list_in_brief_and_whole(client: TestClient, db: Path) -> None:
    """`/api/events` answers each event in brief, `full=true` each whole (the list as it was); the
    brief items are the whole ones' `brief_of`, with the same page; `/api/events/{id}` is each
    whole; the schema documents both shapes."""
    with Store.open(db, read_only=True) as store:
        asks = _list_asks(store)
    for ask in asks:
        brief = client.get("/api/events", params={**ask, "limit": 50}).json()
        whole = client.get("/api/events", params={**ask, "limit": 50, "full": "true"}).json()
        assert {k: brief[k] for k in ("total", "limit", "offset")} == {k: whole[k] for k in ("total", "limit", "offset")}
        assert brief["items"] == [_shapes.brief_of(e) for e in whole["items"]], ask
        for b in brief["items"]:
            assert set(b) == {"id", "type", "mode", "actors", "date", "location", "modality", "evidence",
                              "evidence_count", "story", "articles", "independent_sources", "contested", "same_as"}
        for e in whole["items"][:5]:
            assert "conflicts" in e and client.get(f"/api/events/{quote(e['id'], safe='/')}").json() == e
    everything = client.get("/api/events", params={"limit": 500}).json()
    assert any(e["evidence_count"] > 1 for e in everything["items"])
    assert all(len(e["evidence"]) <= 1 for e in everything["items"])
    spec = client.get("/openapi.json").json()
    shapes = json.dumps(spec["paths"]["/api/events"]["get"]["responses"]["200"])
    assert "EventBrief" in shapes and "Page_Event_" in shapes
    assert any(p["name"] == "full" for p in spec["paths"]["/api/events"]["get"]["parameters"])


def test_the_per_article_events_in_brief_before_any_merge(db: Path, tmp_path: Path) -> None:
    """Before the corpus steps merge events, the list reads the per-article events: their brief
    document is computed in the statement (`aggregates.BRIEF_DOC_SQL` over the relation), and each
    brief is still `brief_of` the whole record."""
    copy = copy_of(db, tmp_path / "p.duckdb")
    con = duckdb.connect(str(copy))
    try:
        con.execute("DELETE FROM corpus_events")
        con.execute("DELETE FROM event_actors")
    finally:
        con.close()
    with Store.open(copy, read_only=True) as store:
        d = Dossier(store)
        types = [str(r[0]) for r in store.con.execute("SELECT DISTINCT type FROM events ORDER BY 1").fetchall()]
        listed = 0
        for ask in [{}, *({"type": t} for t in types), {"since": "2024-01-01"}]:
            for limit, offset in ((50, 0), (2, 1)):
                brief = d.events_page(**ask, limit=limit, offset=offset)
                whole = d.events_page(**ask, limit=limit, offset=offset, full=True)
                assert brief["total"] == whole["total"]
                assert brief["items"] == [_shapes.brief_of(e) for e in whole["items"]], ask
                listed += len(brief["items"])
        assert listed > 5
