"""Each article stored as the articles page lists it, in a narrow table kept in the page's order
(migration 27, api41, issue 20): an unfiltered articles page joins 50 stored documents read by one
row id range instead of reading 15 columns of 50 `articles` rows by row id and validating them.
Tested: every document against pydantic's serialisation of the summary, after the write and after
the migration's statements; what DuckDB writes otherwise than pydantic (a control character, a
float) left out and answered as before; rows a partial write appends out of order; and every
articles page through the app byte for byte equal to the validated page (the code before this),
facts kept or not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest
from fastapi.testclient import TestClient
from tests.server_support import assert_article_list, copy_of, seed_store, validated_page

from veille.api import Dossier
from veille.server import ServerSettings, create_app
from veille.server import schemas as s
from veille.server.api import page_json
from veille.store.db import Store
from veille.store.list_docs import MIGRATION_27, article_list_sql


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seed_store(tmp_path_factory)


def test_each_document_is_what_the_schema_writes(db: Path, tmp_path: Path) -> None:
    with Store.open(db, read_only=True) as store:
        n = assert_article_list(store.con)
        assert n == store.count("articles") >= 5
        kept = store.con.execute("SELECT count(doc) FROM article_list").fetchone()[0]
        assert kept == n - 1  # the republished article's `duplicate_similarity` is a float: no document
        written = sorted(store.con.execute("SELECT id, published, doc FROM article_list").fetchall())
    copy = copy_of(db, tmp_path / "m.duckdb")
    con = duckdb.connect(str(copy))
    try:  # the migration's statements give what the writer wrote, in the page's order
        con.execute("DROP TABLE article_list")
        for sql in MIGRATION_27.split(";\n"):
            if sql.strip():
                con.execute(sql)
        assert sorted(con.execute("SELECT id, published, doc FROM article_list").fetchall()) == written
        assert_article_list(con, in_order=True)
    finally:
        con.close()


def _odd_store(db: Path, tmp_path: Path) -> tuple[Path, list[str]]:
    """A copy whose articles hold what DuckDB writes otherwise than pydantic (a control character,
    floats), quotes, accents and an emoji, no date, a whole second, more articles; then some
    rewritten as a partial write does (their rows appended, out of the page's order)."""
    copy = copy_of(db, tmp_path / "odd.duckdb")
    con = duckdb.connect(str(copy))
    try:
        con.execute("INSERT INTO articles SELECT a.* REPLACE (a.id || '-' || t.k AS id, a.published + t.k::INT AS "
                    "published) FROM articles a, range(1, 12) t(k)")  # more rows than a small page
        ids = [str(r[0]) for r in con.execute("SELECT id FROM articles ORDER BY id LIMIT 6").fetchall()]
        con.execute("UPDATE articles SET title = 'a\x1fb' WHERE id = ?", [ids[0]])
        con.execute("UPDATE articles SET duplicate_similarity = 6e-06, duplicate_of = ? WHERE id = ?", [ids[5], ids[1]])
        con.execute("UPDATE articles SET title = 'Ségou \"centre\" \\ 😀 [3.5', outlet = NULL WHERE id = ?", [ids[2]])
        con.execute("UPDATE articles SET published = NULL, dateline_place = 'Ségou' WHERE id = ?", [ids[3]])
        con.execute("UPDATE articles SET ingested_at = TIMESTAMP '2025-01-02 03:04:05' WHERE id = ?", [ids[4]])
        con.execute("UPDATE articles SET ingested_at = TIMESTAMP '2025-01-02 03:04:05.000120' WHERE id = ?", [ids[5]])
        for statement in article_list_sql(None):
            con.execute(*statement)
        assert_article_list(con, in_order=True)
        rowids = con.execute("SELECT id, rowid FROM article_list ORDER BY rowid").fetchall()
        for statement in article_list_sql(ids):  # nothing changed: no row moves (the order is kept)
            con.execute(*statement)
        assert con.execute("SELECT id, rowid FROM article_list ORDER BY rowid").fetchall() == rowids
        con.execute("UPDATE articles SET title = title || ' (2)' WHERE id IN (SELECT unnest(?))", [ids[3:]])
        for statement in article_list_sql(ids[3:]):  # as `answers.refresh_articles` does
            con.execute(*statement)
        assert_article_list(con)
        moved = [i for i, _ in con.execute("SELECT id, rowid FROM article_list ORDER BY rowid").fetchall()][-3:]
        assert sorted(moved) == sorted(ids[3:])  # the changed rows, appended
        con.execute("DELETE FROM articles WHERE id = ?", [ids[4]])
        for statement in article_list_sql([ids[4], "no-such-id"]):  # an article gone loses its row
            con.execute(*statement)
        assert_article_list(con)
        kept = dict(con.execute("SELECT id, doc IS NOT NULL FROM article_list WHERE id IN (SELECT unnest(?))",
                                [ids]).fetchall())
        assert kept == {ids[0]: False, ids[1]: False, ids[2]: False, ids[3]: True, ids[5]: True}
    finally:
        con.close()
    return copy, ids


def _validated(d: Dossier, **params: Any) -> bytes:
    return validated_page(s.ArticleSummary, d.articles_page(**params))


def _cases(n: int) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = [{"limit": limit, "offset": offset} for limit in (50, 7, 3, 1)
                                   for offset in range(0, n + 3, 2)]
    cases += [{"offset": 10**6}, {"lang": "fr"}, {"originals": True}, {"since": "2024-01-01"},
              {"limit": 2, "offset": 1, "outlet": "nobody"}]
    return cases


@pytest.mark.parametrize("facts", [True, False], ids=["facts kept", "statements"])
def test_an_articles_page_of_documents_is_the_validated_page(db: Path, tmp_path: Path, facts: bool) -> None:
    odd, _ = _odd_store(db, tmp_path)
    for path in (db, odd):
        with Store.open(path, read_only=True) as store:
            store.facts = {} if facts else None
            d = Dossier(store)
            raw = rows = 0
            for params in _cases(store.count("articles")):
                page = d.articles_page(docs=True, **params)
                raw += sum(isinstance(i, str) for i in page["items"])
                rows += sum(isinstance(i, dict) for i in page["items"])
                assert page_json(page, s.ArticleSummary) == _validated(d, **params), params
                assert page["total"] == d.articles_page(**params)["total"]
            assert (raw > 0) == facts and rows > 0  # documents where facts are kept; rows where none is
    with Store.open(odd, read_only=True) as store:  # the appended rows make a page read by a list of row ids
        store.facts = {}
        order = [r[0] for r in store.con.execute("SELECT rowid FROM article_list ORDER BY published DESC NULLS "
                                                 "LAST, id").fetchall()]
        assert order != sorted(order)


def test_the_served_articles_page_is_the_validated_page_byte_for_byte(db: Path, tmp_path: Path) -> None:
    odd, _ = _odd_store(db, tmp_path)
    for path in (db, odd):
        app = create_app(ServerSettings(db=path, answer_cache_bytes=0))
        with TestClient(app) as client, Store.open(path, read_only=True) as store:
            d = Dossier(store)
            for params in _cases(store.count("articles")):
                answer = client.get("/api/articles", params=params)
                assert answer.status_code == 200, params
                assert answer.headers["content-type"] == "application/json"
                assert answer.content == _validated(d, **params), params
