"""Stored article answers (migration 23, `veille.store.answers`): one document per article, the
same answer as the statement that reads its rows, kept for every article a write touches."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from conftest import load_script
from server_support import seed_store
from veille.config import Config
from veille.corpus_steps import incremental
from veille.dossier import records
from veille.pipeline import Context
from veille.server.app import create_app
from veille.server.settings import ServerSettings
from veille.store import answers
from veille.store.db import Store

make_corpus = load_script("benchmarks/synthetic_stories.py").make_corpus


@contextmanager
def statement_reads() -> Iterator[None]:
    """Article reads by the former statement (no stored document is looked at)."""
    kept = answers.article_pairs
    answers.article_pairs = lambda con, article_id: None  # type: ignore[assignment]
    try:
        yield
    finally:
        answers.article_pairs = kept  # type: ignore[assignment]


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
        docs = store.con.execute("SELECT * FROM article_answers ORDER BY ALL").fetchall()
        assert incremental(store, _context())["new"] == 0
        assert store.con.execute("SELECT * FROM article_answers ORDER BY ALL").fetchall() == docs


def test_migration_23_builds_the_documents_of_a_stored_corpus(tmp_path: Path) -> None:
    db = tmp_path / "m.duckdb"
    with Store.open(db) as store:
        store.write_batch(make_corpus(count=60, stories=10, seed=4), [], "r1")
        incremental(store, _context())
        store.con.execute("DROP TABLE article_answers")  # as a store of migration 22 had it
        store.con.execute("DELETE FROM schema_migrations WHERE version = 23")
    with Store.open(db) as store:
        assert store.count("(SELECT DISTINCT id FROM article_answers)") == 60
        assert stale_answers(store) == []


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seed_store(tmp_path_factory)


def test_seed_store_articles_answer_the_same_bytes_over_http(seeds: Path) -> None:
    with Store.open(seeds, read_only=True) as store:
        assert stale_answers(store) == []
        ids = [r[0] for r in store.con.execute("SELECT id FROM articles ORDER BY id").fetchall()]
        assert store.count("articles WHERE duplicate_of IS NOT NULL") >= 1  # a copy is listed
    settings = ServerSettings(db=seeds, answer_cache_bytes=0)
    with TestClient(create_app(settings)) as client:
        stored = [client.get(f"/api/articles/{i}").content for i in ids]
        with statement_reads():
            read = [client.get(f"/api/articles/{i}").content for i in ids]
    assert stored == read
    assert all(b'"duplicates"' in body for body in stored)


def test_a_replicated_store_answers_every_copy_from_its_document(seeds: Path, tmp_path: Path) -> None:
    """`benchmarks/load_api.py` copies rows with fresh ids in SQL; it builds their documents."""
    db = tmp_path / "r.duckdb"
    db.write_bytes(seeds.read_bytes())
    counts = load_script("benchmarks/load_api.py").replicate(db, 30)
    with Store.open(db, read_only=True) as store:
        assert store.count("(SELECT DISTINCT id FROM article_answers)") == counts["articles"] > counts["base"]
        assert stale_answers(store) == []
