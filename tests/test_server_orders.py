"""Orders the server keeps per connection (`Store.fact`) give the pages DuckDB's sort gives: the
unfiltered articles page newest first (originals only, too) and the stories page, from the row ids
of every row in that order."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from tests.server_support import copy_of, seed_store

from veille.dossier import records
from veille.store.db import Store

pytestmark = pytest.mark.slow  # the store is built by the whole pipeline


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed store with copies of its articles that tie on the day (ids differing only past a
    shared prefix, with accents and an astral character) and copies without a day."""
    path = copy_of(seed_store(tmp_path_factory), tmp_path_factory.mktemp("orders") / "v.duckdb")
    con = duckdb.connect(str(path))
    try:
        for suffix, published in (("-é", "published"), ("-z", "published"), ("-\U0001f600", "published"),
                                  ("-a", "NULL"), ("", "NULL::DATE")):
            con.execute(f"INSERT INTO articles SELECT a.* REPLACE (a.id || '{suffix or '-0'}' AS id, "
                        f"{published} AS published) FROM articles a WHERE a.id NOT LIKE '%-%'")
        con.execute("CREATE TEMP TABLE base_stories AS SELECT * FROM stories")
        for suffix, start in (("-é", "start"), ("-\U0001f600", "start"), ("-n", "NULL::DATE")):
            con.execute(f"INSERT INTO stories SELECT s.* REPLACE (s.id || '{suffix}' AS id, {start} AS start) "
                        "FROM base_stories s")
    finally:
        con.close()
    return path


def test_the_unfiltered_pages_from_the_kept_orders_are_the_sorted_pages(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        n = store.con.execute("SELECT count(*) FROM articles").fetchone()[0]  # type: ignore[index]
        nulls = store.con.execute("SELECT count(*) FROM articles WHERE published IS NULL").fetchone()[0]  # type: ignore[index]
        assert n > 30 and nulls > 5
        listings = {"articles": lambda **kw: records.articles(store, **kw),
                    "originals": lambda **kw: records.articles(store, originals=True, **kw),
                    "stories": lambda **kw: records.stories(store, **kw)}
        store.facts = None  # DuckDB's ORDER BY, LIMIT, OFFSET
        expected = {(name, limit, offset): listing(limit=limit, offset=offset)
                    for name, listing in listings.items()
                    for limit in (1, 7, 50) for offset in (0, 1, 5, n - 8, n - 1, n, n + 4, 3)}
        whole = records.articles(store, limit=n, offset=0)[1]
        assert [r["id"] for r in whole] != sorted(r["id"] for r in whole)  # the day orders first
        assert len(records.stories(store, limit=1000)[1]) >= 8
        store.facts = {}  # the orders kept for the connection
        for (name, limit, offset), page in expected.items():
            assert listings[name](limit=limit, offset=offset) == page, (name, limit, offset)
        assert sum(key.startswith("order of") for key in store.facts) == 3
        # a filter still sorts in DuckDB, and gives the filtered page
        lang = whole[0]["lang"]
        assert records.articles(store, lang=lang, limit=5)[1] == [r for r in whole if r["lang"] == lang][:5]
