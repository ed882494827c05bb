"""Answers kept by URL while the store is unchanged (server/answers.py): the same bytes again
without a read, a write to the store (by any connection) drops them, ETag and 304."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from veille.api import Dossier
from veille.server import ServerSettings, create_app
from veille.server.answers import AnswerCache, not_modified
from veille.store.db import Store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "v.duckdb"
    Store.open(path).close()
    return path


@pytest.fixture
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(ServerSettings(db=db)), raise_server_exceptions=False) as c:
        yield c


def _add_story(db: Path, client: TestClient, story: str) -> None:
    """Write a story through another connection, as a run does: it waits for the file, leaving
    the writer's marker, and the server lets go of it (one process cannot hold a file read-only
    and read-write at once; the server's idle release, 30 s, is far longer than this wait)."""
    with Store.open(db, lock_timeout=10) as store:
        store.con.execute("INSERT INTO stories (id, title, articles) VALUES (?, 't', '[]')", [story])


def test_a_repeated_url_is_answered_from_the_kept_bytes_without_a_read(
        client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    page = Dossier.stories_page

    def counted(self: Dossier, **kw: object) -> object:
        calls.append(1)
        return page(self, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(Dossier, "stories_page", counted)
    first = client.get("/api/stories", params={"limit": 5})
    again = client.get("/api/stories", params={"limit": 5})
    other = client.get("/api/stories", params={"limit": 6})
    assert first.status_code == again.status_code == other.status_code == 200
    assert again.content == first.content and again.headers["etag"] == first.headers["etag"]
    assert len(calls) == 2  # limit=5 once, limit=6 once


def test_a_write_to_the_store_drops_the_kept_answers(db: Path, client: TestClient) -> None:
    before = client.get("/api/stories")
    assert before.json()["total"] == 0
    _add_story(db, client, "s1")
    after = client.get("/api/stories")
    assert after.json()["total"] == 1 and after.headers["etag"] != before.headers["etag"]
    _add_story(db, client, "s2")
    assert client.get("/api/stories").json()["total"] == 2


def test_if_none_match_gets_304_without_a_body(client: TestClient) -> None:
    tag = client.get("/api/stories").headers["etag"]
    same = client.get("/api/stories", headers={"If-None-Match": f'"x", W/{tag}'})
    assert same.status_code == 304 and same.content == b"" and same.headers["etag"] == tag
    assert client.get("/api/stories", headers={"If-None-Match": '"other"'}).status_code == 200


def test_errors_are_not_kept(client: TestClient) -> None:
    assert client.get("/api/stories/nope").status_code == 404
    assert client.get("/api/stories/nope").status_code == 404
    assert len(client.app.state.answers) == 0  # type: ignore[attr-defined]


def test_no_cache_when_turned_off(db: Path) -> None:
    with TestClient(create_app(ServerSettings(db=db, answer_cache_bytes=0))) as c:
        answer = c.get("/api/stories")
        assert answer.status_code == 200 and "etag" not in answer.headers


def test_the_cache_is_bounded_least_recently_used_out_and_dropped_with_the_generation(tmp_path: Path) -> None:
    cache = AnswerCache(tmp_path / "none.duckdb", max_bytes=800)  # a body over 100 bytes is not kept
    gen = cache.generation()
    assert cache.get("a", gen) is None  # the first look sets the generation
    for key in "abc":
        cache.put(key, gen, key.encode() * 90, "application/json")
    assert cache.get("a", gen) is not None  # a: used last, so b goes first
    cache.put("big", gen, b"x" * 101, "application/json")
    assert cache.get("big", gen) is None
    for key in "defghij":
        cache.put(key, gen, key.encode() * 90, "application/json")
    assert len(cache) == 8 and cache.get("b", gen) is None and cache.get("a", gen) is not None
    # an answer read under an older generation is not kept; a new generation empties the cache
    (tmp_path / "none.duckdb").write_bytes(b"1")
    new = cache.generation()
    assert new != gen
    cache.put("k", gen, b"{}", "application/json")
    assert cache.get("k", new) is None and len(cache) == 0


def test_a_write_changes_the_generation(db: Path) -> None:
    cache = AnswerCache(db, max_bytes=1000)
    before = cache.generation()
    time.sleep(0.01)
    with Store.open(db) as store:
        store.con.execute("INSERT INTO stories (id, title, articles) VALUES ('s', 't', '[]')")
    assert cache.generation() != before


def test_if_none_match_parsing() -> None:
    assert not_modified('"a"', '"a"') and not_modified('W/"a"', '"a"') and not_modified("*", '"a"')
    assert not not_modified(None, '"a"') and not not_modified('"b", "c"', '"a"')
