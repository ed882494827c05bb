"""Stored answers (migration 23, `veille.store.answers`): one document per article and per story,
the same answer as the statement that reads its rows, kept for every article and story a write
touches."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from conftest import load_script
from server_support import seed_store
from veille.api import Dossier
from veille.config import Config
from veille.corpus_steps import incremental
from veille.dossier import events as dossier_events
from veille.dossier import records
from veille.pipeline import Context
from veille.server.app import create_app
from veille.server.settings import ServerSettings
from veille.store import answers
from veille.store.db import Store

make_corpus = load_script("benchmarks/synthetic_stories.py").make_corpus


@contextmanager
def statement_reads() -> Iterator[None]:
    """Article and story reads by the former statements (no stored document is looked at)."""
    kept = answers.article_pairs, answers.story_pairs
    answers.article_pairs = answers.story_pairs = lambda con, key: None  # type: ignore[assignment]
    try:
        yield
    finally:
        answers.article_pairs, answers.story_pairs = kept  # type: ignore[assignment]


def stale_stories(store: Store) -> list[str]:
    """The stories whose document is missing or answers otherwise than the statement, and the
    documents of ids not stored."""
    ids = [r[0] for r in store.con.execute("SELECT id FROM stories ORDER BY id").fetchall()]
    kept = {r[0] for r in store.con.execute("SELECT id FROM story_answers").fetchall()}
    wrong = sorted(kept - set(ids))
    dossier = Dossier(store)
    for story_id in ids:
        stored = dossier.story(story_id)
        with statement_reads():
            read = dossier.story(story_id)
        if story_id not in kept or stored != read or repr(stored) != repr(read):
            wrong.append(story_id)
    return wrong


def stale_answers(store: Store) -> list[str]:
    """The stored articles whose document is missing or answers otherwise than the statement,
    and the documents of ids not stored."""
    ids = [r[0] for r in store.con.execute("SELECT id FROM articles ORDER BY id").fetchall()]
    kept = {r[0] for r in store.con.execute("SELECT id FROM article_answers").fetchall()}
    wrong = sorted(kept - set(ids))
    for article_id in ids:
        if article_id not in kept:
            wrong.append(article_id)
            continue
        stored = records.article(store, article_id)
        with statement_reads():
            read = records.article(store, article_id)
        if stored != read or repr(stored) != repr(read):
            wrong.append(article_id)
    return wrong


def _context() -> Context:
    config = Config()
    config.time.reference_date = "2025-06-01"
    return Context(config=config)


def _copy_pair(articles: list[Any]) -> tuple[Any, Any]:
    """An original and a republication of it."""
    by_id = {a.id: a for a in articles}
    copy = next(a for a in articles if a.duplicate_of in by_id)
    return by_id[copy.duplicate_of], copy


def test_an_original_lists_a_copy_written_in_a_later_batch(tmp_path: Path) -> None:
    original, copy = _copy_pair(make_corpus(count=120, stories=20, seed=7))
    with Store.open(tmp_path / "s.duckdb") as store:
        store.write_batch([original], [], "r1")
        assert records.article(store, original.id)["duplicates"]["copies"] == []  # type: ignore[index]
        store.write_batch([copy], [], "r2")
        copies = records.article(store, original.id)["duplicates"]["copies"]  # type: ignore[index]
        assert [c["id"] for c in copies] == [copy.id]
        assert stale_answers(store) == []


def test_an_article_without_a_document_is_read_by_the_statement(tmp_path: Path) -> None:
    articles = make_corpus(count=40, stories=8, seed=2)
    with Store.open(tmp_path / "s.duckdb") as store:
        store.write_batch(articles, [], "r1")
        target = articles[0].id
        before = records.article(store, target)
        store.con.execute("DELETE FROM article_answers WHERE id = ?", [target])
        assert answers.article_pairs(store.con, target) is None
        assert records.article(store, target) == before is not None
        assert records.article(store, "no-such-article") is None


def test_incremental_passes_keep_every_document_equal_to_the_statement(tmp_path: Path) -> None:
    """Three batches with the corpus steps after each (the linking moves stored mentions to
    other ids, the stories rewrite their articles' story and dates): every document stays the
    statement's answer, and a second pass over nothing new leaves the documents as they were."""
    articles = make_corpus(count=240, stories=30, seed=3)
    with Store.open(tmp_path / "s.duckdb") as store:
        for k, start in enumerate(range(0, 240, 80)):
            store.write_batch(articles[start:start + 80], [], f"r{k}")
            incremental(store, _context())
        assert store.count("(SELECT DISTINCT id FROM article_answers)") == 240
        assert store.count("article_answers WHERE part > 0") > 0  # documents of several pieces
        assert stale_answers(store) == []
        assert store.count("stories") > 10 and stale_stories(store) == []
        docs = [store.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in ("article_answers", "story_answers")]
        assert incremental(store, _context())["new"] == 0
        assert [store.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                for t in ("article_answers", "story_answers")] == docs


def test_migration_23_builds_the_documents_of_a_stored_corpus(tmp_path: Path) -> None:
    db = tmp_path / "m.duckdb"
    with Store.open(db) as store:
        store.write_batch(make_corpus(count=60, stories=10, seed=4), [], "r1")
        incremental(store, _context())
        store.con.execute("DROP TABLE article_answers")  # as a store of migration 22 had it
        store.con.execute("DROP TABLE story_answers")
        store.con.execute("DELETE FROM schema_migrations WHERE version = 23")
    with Store.open(db) as store:
        assert store.count("(SELECT DISTINCT id FROM article_answers)") == 60
        assert stale_answers(store) == []
        assert store.count("(SELECT DISTINCT id FROM story_answers)") == store.count("stories") > 0
        assert stale_stories(store) == []


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seed_store(tmp_path_factory)


def test_seed_store_articles_answer_the_same_bytes_over_http(seeds: Path) -> None:
    with Store.open(seeds, read_only=True) as store:
        assert stale_answers(store) == [] and stale_stories(store) == []
        urls = [f"/api/articles/{r[0]}" for r in store.con.execute("SELECT id FROM articles ORDER BY id").fetchall()]
        urls += [f"/api/stories/{r[0]}" for r in store.con.execute("SELECT id FROM stories ORDER BY id").fetchall()]
        assert store.count("articles WHERE duplicate_of IS NOT NULL") >= 1  # a copy is listed
    settings = ServerSettings(db=seeds, answer_cache_bytes=0)
    with TestClient(create_app(settings)) as client:
        stored = [client.get(url).content for url in urls]
        with statement_reads():
            read = [client.get(url).content for url in urls]
    assert stored == read
    assert all(b'"duplicates"' in body for url, body in zip(urls, stored, strict=True) if "/articles/" in url)
    assert any(b'"sources"' in body for url, body in zip(urls, stored, strict=True) if "/stories/" in url)


def test_a_replicated_store_answers_every_copy_from_its_document(seeds: Path, tmp_path: Path) -> None:
    """`benchmarks/load_api.py` copies rows with fresh ids in SQL; it builds their documents."""
    db = tmp_path / "r.duckdb"
    db.write_bytes(seeds.read_bytes())
    counts = load_script("benchmarks/load_api.py").replicate(db, 30)
    with Store.open(db, read_only=True) as store:
        assert store.count("(SELECT DISTINCT id FROM article_answers)") == counts["articles"] > counts["base"]
        assert stale_answers(store) == [] and stale_stories(store) == []


def test_the_story_document_reads_the_columns_the_dossier_reads() -> None:
    assert answers.STORY_COLUMNS == records._STORY_COLUMNS
    assert answers.EVENT_COLUMNS == dossier_events.RECORD_COLUMNS
    assert answers.ARTICLE_SUMMARY == records.ARTICLE_SUMMARY


def _linked_store(path: Path) -> Store:
    store = Store.open(path)
    store.write_batch(make_corpus(count=120, stories=20, seed=11), [], "r1")
    incremental(store, _context())
    return store


def test_an_article_moved_to_another_story_rebuilds_both_stories(tmp_path: Path) -> None:
    """A corpus write that gives an article another story (neither story rewritten): the story
    it left no longer lists it among its sources, the story it joined does."""
    with _linked_store(tmp_path / "s.duckdb") as store:
        first, other = store.con.execute(
            "SELECT (SELECT id FROM articles WHERE story = s.id ORDER BY id LIMIT 1), "
            "(SELECT id FROM stories WHERE id <> s.id ORDER BY id LIMIT 1) "
            "FROM stories s WHERE sources > 1 ORDER BY s.id LIMIT 1").fetchone()
        moved = next(store.iter_articles([first]))
        left = moved.story
        moved.story = other
        store.write_corpus([moved], [], [], [], partial=True)
        dossier = Dossier(store)
        assert first not in [a["id"] for a in records.story(store, left)[2]]  # type: ignore[index]
        assert first in [a["id"] for a in records.story(store, other)[2]]  # type: ignore[index]
        assert stale_stories(store) == [] and stale_answers(store) == []
        assert dossier.story(left) is not None


def test_a_recalled_events_link_reset_rebuilds_its_story(tmp_path: Path) -> None:
    """An event of a story no write touches whose `same_as` names a gone event: the events'
    relink resets it, and that story's answer follows."""
    from veille.stages.stories.recall import relink

    with _linked_store(tmp_path / "s.duckdb") as store:
        event, story = store.con.execute("SELECT id, story FROM corpus_events ORDER BY id LIMIT 1").fetchone()
        store.con.execute("UPDATE corpus_events SET same_as = 'gone' WHERE id = ?", [event])
        answers.refresh_stories(store.con, [story])
        assert stale_stories(store) == []
        store.write_corpus([], [], [], [], partial=True, relink=relink)
        assert store.con.execute("SELECT same_as FROM corpus_events WHERE id = ?", [event]).fetchone() == (None,)
        assert stale_stories(store) == []
