"""Each merged event's whole record stored as the JSON text the API writes for it (migration 26,
api40, issue 20): a timeline page joins its events' documents instead of decoding, validating
and writing each record again. Tested: every document against pydantic's serialisation of the
record, after the write and after the migration's statements; what DuckDB writes otherwise than
pydantic (a control character's escape, floats) left out and answered as before; JSON `null`
lists; `same_as` added at the read; and every timeline page through the app byte for byte equal
to the validated page (the code before this), facts kept or not, documents or none."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pytest
from fastapi.testclient import TestClient
from tests.server_support import assert_record_docs, assert_story_docs, copy_of, seed_store, validated_page

from veille.api import Dossier
from veille.dossier import events as _events
from veille.dossier.event_shapes import brief_of
from veille.server import ServerSettings, create_app
from veille.server import schemas as s
from veille.server.api import _adapter, page_json
from veille.store.aggregates import event_brief_docs_sql, event_briefs_sql
from veille.store.db import Store
from veille.store.list_docs import MIGRATION_26, record_docs_sql, story_docs_sql, with_same_as, with_same_as_bytes


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seed_store(tmp_path_factory)


def _rewrite(con: Any) -> None:
    for statement in record_docs_sql(None):
        con.execute(*statement)
    con.execute(*event_briefs_sql(None))  # and the briefs, as the writer does (the brief timeline reads them)
    con.execute(*event_brief_docs_sql(None))


def test_each_document_is_what_the_schema_writes(db: Path, tmp_path: Path) -> None:
    with Store.open(db, read_only=True) as store:
        n = assert_record_docs(store.con)
        assert n > 5
        assert store.con.execute("SELECT count(record_doc) FROM corpus_events").fetchone() == (n,)  # all kept
        written = store.con.execute("SELECT id, record_doc FROM corpus_events ORDER BY id").fetchall()
        stories = assert_story_docs(store.con)
        assert stories >= 2 and store.con.execute("SELECT count(list_doc) FROM stories").fetchone() == (stories,)
        listed = store.con.execute("SELECT id, list_doc FROM stories ORDER BY id").fetchall()
    copy = copy_of(db, tmp_path / "m.duckdb")
    con = duckdb.connect(str(copy))
    try:  # the migration's statements over a store without documents give what the writer wrote
        con.execute("UPDATE corpus_events SET record_doc = NULL")
        con.execute("UPDATE stories SET list_doc = NULL")
        for sql in MIGRATION_26.split(";\n"):  # (the columns are there: an index forbids dropping them)
            if sql.strip() and not sql.startswith("ALTER"):
                con.execute(sql)
        assert con.execute("SELECT id, record_doc FROM corpus_events ORDER BY id").fetchall() == written
        assert con.execute("SELECT id, list_doc FROM stories ORDER BY id").fetchall() == listed
    finally:
        con.close()


def test_same_as_is_the_last_key() -> None:
    assert with_same_as('{"id":"e1"}', None) == '{"id":"e1","same_as":null}'
    assert with_same_as('{"id":"e1"}', 'e0 "é"\x1f') == '{"id":"e1","same_as":"e0 \\"é\\"\\u001f"}'
    assert _adapter(str).dump_json("e0 \"é\"\x1f") == b'"e0 \\"\xc3\xa9\\"\\u001f"'  # pydantic's escapes are those


def _odd_store(db: Path, tmp_path: Path) -> tuple[Path, list[str]]:
    """A copy whose events hold what DuckDB writes otherwise than pydantic (a control character, a
    float), JSON null lists, a recall (`same_as`), a quote and accents; documents rewritten."""
    copy = copy_of(db, tmp_path / "odd.duckdb")
    con = duckdb.connect(str(copy))
    try:
        ids = [str(r[0]) for r in con.execute("SELECT id FROM corpus_events WHERE date IS NOT NULL AND date <> '' "
                                              "ORDER BY id LIMIT 5").fetchall()]
        assert len(ids) == 5
        con.execute("UPDATE corpus_events SET evidence = json('[{\"article\": \"a\", \"start\": 0, \"end\": 3, "
                    "\"text\": \"a\\u001fb\"}]') WHERE id = ?", [ids[0]])
        con.execute("UPDATE corpus_events SET conflicts = json('[{\"attribute\": \"date\", \"weight\": 6e-06, "
                    "\"big\": 1e16}]') WHERE id = ?", [ids[1]])
        con.execute("UPDATE corpus_events SET source = json('null'), conflicts = json('null'), articles = NULL "
                    "WHERE id = ?", [ids[2]])
        con.execute("UPDATE corpus_events SET same_as = ? WHERE id = ?", [ids[4], ids[3]])
        con.execute("UPDATE corpus_events SET location = 'Ségou \"centre\" \\ 😀' WHERE id = ?", [ids[4]])
        _rewrite(con)
        con.execute("INSERT INTO stories SELECT s.* REPLACE (s.id || '-' || t.k AS id) FROM stories s, range(2) t(k) "
                    "WHERE s.id = (SELECT min(id) FROM stories)")  # more stories: the seed store has two
        sids = [str(r[0]) for r in con.execute("SELECT id FROM stories ORDER BY id LIMIT 3").fetchall()]
        con.execute("UPDATE stories SET title = 'a\x1fb' WHERE id = ?", [sids[0]])
        con.execute("UPDATE stories SET title = 'Ségou \"😀\" \\', articles = NULL WHERE id = ?", [sids[1]])
        con.execute("UPDATE stories SET summary = json('[{\"text\": \"x\", \"articles\": [], \"w\": 0.5}]') "
                    "WHERE id = ?", [sids[2]])
        for statement in story_docs_sql(None):
            con.execute(*statement)
        assert dict(con.execute("SELECT id, list_doc IS NOT NULL FROM stories WHERE id IN (SELECT unnest(?))",
                                [sids]).fetchall()) == {sids[0]: False, sids[1]: True, sids[2]: False}
        assert_story_docs(con)
        kept = dict(con.execute("SELECT id, record_doc IS NOT NULL FROM corpus_events WHERE id IN (SELECT unnest(?))",
                                [ids]).fetchall())
        assert kept == {ids[0]: False, ids[1]: False, ids[2]: True, ids[3]: True, ids[4]: True}
        assert_record_docs(con)
    finally:
        con.close()
    return copy, ids


def _validated(d: Dossier, **params: Any) -> bytes:
    return validated_page(s.Event, d.timeline_page(**params))


def _cases(con: Any) -> list[dict[str, Any]]:
    actors = [str(r[0]) for r in con.execute("SELECT DISTINCT actor FROM event_actors ORDER BY 1").fetchall()]
    stories = [str(r[0]) for r in con.execute("SELECT id FROM stories ORDER BY id").fetchall()]
    cases: list[dict[str, Any]] = [{}, {"limit": 2, "offset": 1}, {"offset": 10**6}, {"since": "2024-01-01"}]
    cases += [{"entity": a, "limit": limit, "offset": offset} for a in actors
              for limit, offset in ((50, 0), (2, 1), (3, 0), (5, 10**6))]
    cases += [{"story": x} for x in stories] + [{"type": "CONSULT"}, {"entity": "Nobody At All"}]
    return cases


@pytest.mark.parametrize("facts", [True, False], ids=["facts kept", "statements"])
def test_a_timeline_page_of_documents_is_the_validated_page(db: Path, tmp_path: Path, facts: bool) -> None:
    odd, ids = _odd_store(db, tmp_path)
    for path in (db, odd):
        with Store.open(path, read_only=True) as store:
            store.facts = {} if facts else None
            d = Dossier(store)
            raw = 0
            for params in _cases(store.con):
                page = d.timeline_page(docs=True, **params)
                raw += sum(isinstance(i, _events.RawRecord) for i in page["items"])
                assert page_json(page, s.Event) == _validated(d, **params), params
                assert page["total"] == d.timeline_page(**params)["total"]
            assert raw > 0
    with Store.open(odd, read_only=True) as store:  # the odd events are in some page, each as it should be
        seen = {}
        for params in [{"story": x} for x in {str(r[0]) for r in store.con.execute(
                "SELECT story FROM corpus_events WHERE id IN (SELECT unnest(?))", [ids]).fetchall()}]:
            for item in Dossier(store).timeline_page(docs=True, limit=200, **params)["items"]:
                seen[item["id"] if isinstance(item, dict) else item.split(b'"', 4)[3].decode()] = isinstance(item, bytes)
        assert {i: seen.get(i) for i in ids[:4]} == {ids[0]: False, ids[1]: False, ids[2]: True, ids[3]: True}


def _validated_stories(d: Dossier, **params: Any) -> bytes:
    return validated_page(s.StorySummary, d.stories_page(**params))


def _story_cases(con: Any) -> list[dict[str, Any]]:
    actors = [str(r[0]) for r in con.execute("SELECT DISTINCT entity FROM mentions ORDER BY 1 LIMIT 12").fetchall()]
    cases: list[dict[str, Any]] = [{"limit": limit, "offset": offset} for limit, offset in
                                   ((50, 0), (2, 1), (3, 2), (1, 0), (5, 10**6))]
    cases += [{"entity": a} for a in actors] + [{"since": "2024-01-01"}, {"until": "2023-01-01"}, {"entity": "none"}]
    return cases


@pytest.mark.parametrize("facts", [True, False], ids=["facts kept", "statements"])
def test_a_stories_page_of_documents_is_the_validated_page(db: Path, tmp_path: Path, facts: bool) -> None:
    odd, _ = _odd_store(db, tmp_path)
    for path in (db, odd):
        with Store.open(path, read_only=True) as store:
            store.facts = {} if facts else None
            d = Dossier(store)
            raw = rows = 0
            for params in _story_cases(store.con):
                page = d.stories_page(docs=True, **params)
                raw += sum(isinstance(i, str) for i in page["items"])
                rows += sum(isinstance(i, dict) for i in page["items"])
                assert page_json(page, s.StorySummary) == _validated_stories(d, **params), params
            assert raw > 0 and (rows > 0) == (path == odd)  # the odd stories' rows where they have no document


def test_the_served_timeline_and_stories_are_the_validated_pages_byte_for_byte(db: Path) -> None:
    """The whole timeline (`full=true`, api43; the default before) is the validated page byte for
    byte; the default, in brief, is the brief page validated (`test_the_timeline_in_brief...`)."""
    app = create_app(ServerSettings(db=db, answer_cache_bytes=0))
    with TestClient(app) as client, Store.open(db, read_only=True) as store:
        d = Dossier(store)
        for params in _cases(store.con):
            answer = client.get("/api/timeline", params={**params, "full": "true"})
            assert answer.status_code == 200, params
            assert answer.headers["content-type"] == "application/json"
            assert answer.content == _validated(d, **params), params
            answer = client.get("/api/timeline", params=params)
            assert answer.status_code == 200, params
            assert answer.content == validated_page(s.EventBrief, d.timeline_page(brief=True, **params))
        for params in _story_cases(store.con):
            answer = client.get("/api/stories", params=params)
            assert answer.status_code == 200, params
            assert answer.content == _validated_stories(d, **params), params


def test_a_document_read_as_bytes_gets_its_same_as_as_the_text_does() -> None:
    """api42: a timeline page reads its events' documents as UTF-8 bytes (`encode(record_doc)`) and
    joins them as they are; `same_as` is added in bytes as in text (accents, quotes, none)."""
    doc = '{"id":"é\\"1","evidence":[{"text":"« Oui », dit-il 😀"}],"same_as":null}'[:-len(',"same_as":null}')] + "}"
    for same_as in (None, "e-été", 'q"x'):
        assert with_same_as_bytes(doc.encode(), same_as) == with_same_as(doc, same_as).encode()
        assert json.loads(with_same_as_bytes(doc.encode(), same_as))["same_as"] == same_as
    with Store.open(":memory:") as store:
        (got,), = store.con.execute("SELECT encode(?)", [doc]).fetchall()
        assert isinstance(got, bytes) and got == doc.encode()


@pytest.mark.parametrize("facts", [True, False], ids=["facts kept", "statements"])
def test_the_timeline_in_brief_is_the_whole_timeline_each_in_brief(db: Path, tmp_path: Path, facts: bool) -> None:
    """api43: `/api/timeline` answers each event in brief (`brief_of`), as `/api/events` does: for
    every filter and page edge (an actor's stored head, read from the briefs kept in memory where
    facts are kept; past the head; a story with a recalled event, which no kept brief holds;
    types, bounds, past the end), the brief page is the whole page's events each in brief, with
    the same total, on the seed store and on the odd one."""
    odd, _ = _odd_store(db, tmp_path)
    for path in (db, odd):
        with Store.open(path, read_only=True) as store:
            store.facts = {} if facts else None
            d = Dossier(store)
            listed = recalled = 0
            cases = _cases(store.con) + [{"entity": a, "limit": 20, "offset": 40} for a in [
                str(r[0]) for r in store.con.execute("SELECT DISTINCT actor FROM event_actors").fetchall()]]
            for params in cases:
                whole, brief = d.timeline_page(**params), d.timeline_page(brief=True, **params)
                assert (brief["total"], brief["limit"], brief["offset"]) == (
                    whole["total"], whole["limit"], whole["offset"]), params
                assert brief["items"] == [brief_of(e) for e in whole["items"]], params
                listed += len(brief["items"])
                recalled += sum(e["same_as"] is not None for e in brief["items"])
            assert listed > 20 and (recalled > 0) == (path == odd)  # the odd store's recall, in its story's timeline


@pytest.mark.parametrize("facts", [True, False], ids=["facts kept", "statements"])
def test_a_whole_events_page_of_documents_is_the_validated_page(db: Path, tmp_path: Path, facts: bool) -> None:
    """api43: `/api/events?full=true` joins its events' stored documents, as the timeline does:
    every filter kind (none, a type, bounds: the kept order's pages; an actor by id and a name's
    ids: the positions'; a story: the statement's) and page edge, documents or none (the odd
    store), equal byte for byte to the validated whole page, and through the app."""
    odd, _ = _odd_store(db, tmp_path)
    for path in (db, odd):
        with Store.open(path, read_only=True) as store:
            store.facts = {} if facts else None
            d = Dossier(store)
            types = [str(r[0]) for r in store.con.execute("SELECT DISTINCT type FROM corpus_events").fetchall()]
            actors = [str(r[0]) for r in store.con.execute("SELECT DISTINCT actor FROM event_actors").fetchall()]
            stories = [str(r[0]) for r in store.con.execute("SELECT DISTINCT story FROM corpus_events").fetchall()]
            asks: list[dict[str, Any]] = [{}, *({"type": t} for t in types), {"since": "2024-01-01"},
                                          *({"actor": a} for a in actors), {"actor": actors[0]},
                                          *({"story": x} for x in stories), {"actor": "nobody at all"}]
            raw = rows = 0
            for ask in asks:
                for limit, offset in ((50, 0), (2, 1), (3, 0), (5, 10**6)):
                    page = d.events_page(**ask, limit=limit, offset=offset, full=True, docs=True)
                    raw += sum(isinstance(i, _events.RawRecord) for i in page["items"])
                    rows += sum(isinstance(i, dict) for i in page["items"])
                    whole = d.events_page(**ask, limit=limit, offset=offset, full=True)
                    assert page_json(page, s.Event) == validated_page(s.Event, whole), ask
            assert raw > 0 and (rows > 0) == (path == odd)  # the odd events without a document, as before
    with TestClient(create_app(ServerSettings(db=odd, answer_cache_bytes=0))) as client, \
            Store.open(odd, read_only=True) as store:
        d = Dossier(store)
        for ask in asks:
            answer = client.get("/api/events", params={**ask, "full": "true", "limit": 50})
            assert answer.status_code == 200 and answer.headers["content-type"] == "application/json", ask
            assert answer.content == validated_page(s.Event, d.events_page(**ask, full=True))
        spec = client.get("/openapi.json").json()["paths"]["/api/timeline"]["get"]
        assert "EventBrief" in json.dumps(spec["responses"]["200"]) and "Page_Event_" in json.dumps(spec["responses"])
        assert any(p["name"] == "full" for p in spec["parameters"])
