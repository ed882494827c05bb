"""Stored answer documents: an article's read as one index lookup (migration 23, issue 20).

An article's answer (`dossier.records.article`) is its row, its four annotation lists and the
articles repeating it. Read by one statement of five index lookups, it cost about 3.3 ms of CPU
at 100k articles, nearly all of it the statement's fixed cost (parse, bind, optimise: perf34).
`article_answers (id, part, chunk)` holds the same rows, each as the JSON text the statement gave
(`to_json`), in one JSON array of `[list, row]` pairs cut into pieces of `CHUNK` characters, so
that a read is one single-table index lookup (about 0.5 ms).  The pieces, not one text: a text of
9 kB (an article's average) is stored by DuckDB with ZSTD, and fetching one row of it decompressed
far more than the row (5 ms of process CPU at 100k, more than the statement); pieces of 1,000
characters are stored with FSST, fetched in 0.5 ms (at 100k the table is about 345 MiB, 3.5 kB an
article; stored uncompressed, 912 MiB).  The reader gives each pair to the same code as before
(sort, timestamps), so the answer is the same bytes; an article without a document (none built
yet, an id not stored) is read as before, so a missing document costs time, never correctness.

The documents are derived data, like `site_lines`: rewritten (deleted and built again) for the
articles a write touches, in the writing transaction, never appended to.  What touches an
article's document, and so calls `refresh_articles` with it:

- its row or annotations written or rewritten (`Store._write_articles`, `Store._update_articles`,
  `store.parquet.import_shards`);
- a row of an article repeating it (`duplicate_of`) written, rewritten or updated: the article it
  repeats lists it among its copies (the ids before and after the write);
- its mentions or quotes given another entity id by the incremental linking
  (`stages.link_index.link_new`: the rows the UPDATEs return).

Pairs are in a fixed order (list, then the rows' stored order, `rowid`): the reader sorts
each list by its key as the statement's rows were, and ties keep the stored order as they did.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import duckdb

ANNOTATIONS = ("mentions", "timexes", "quotes", "events")
# The fields of a copy, as the article read lists the articles repeating it.
COPY_COLUMNS = ("id", "title", "source", "outlet", "published", "duplicate_similarity")
CHUNK = 1000  # characters of a document's piece (FSST stores a piece; it leaves 9 kB texts to ZSTD)


def _build_sql(ids: str) -> str:
    """Every (article, doc) for the stored articles among `ids` (a subquery of ids)."""
    parts = ["SELECT 0 AS n, 'article' AS list, x.id AS article, 0 AS k, to_json(x) AS row "
             f"FROM (SELECT * EXCLUDE (raw) FROM articles WHERE id IN ({ids})) x"]
    parts += [f"SELECT {n}, '{t}', x.article, x.rowid, to_json(x) FROM {t} x WHERE x.article IN ({ids})"
              for n, t in enumerate(ANNOTATIONS, 1)]
    parts.append("SELECT 5, 'copies', duplicate_of, rowid, to_json({"
                 + ", ".join(f"'{c}': {c}" for c in COPY_COLUMNS) + "}) "
                 f"FROM articles WHERE duplicate_of IN ({ids})")
    docs = ("SELECT article, to_json(list(json_array(list, row) ORDER BY n, k))::VARCHAR AS doc FROM ("
            + " UNION ALL ".join(parts) + ") p "
            "WHERE article IN (SELECT id FROM articles) GROUP BY article")
    return (f"SELECT article, part, substring(doc, part * {CHUNK} + 1, {CHUNK}) FROM ({docs}) d, "
            f"LATERAL (SELECT unnest(range(0, (length(doc) + {CHUNK} - 1) // {CHUNK})) AS part)")


# Migration 23: the table and every stored article's document.
MIGRATION_23 = ("CREATE TABLE article_answers (id VARCHAR NOT NULL, part INTEGER NOT NULL, chunk VARCHAR NOT NULL);\n"
                f"INSERT INTO article_answers {_build_sql('SELECT id FROM articles')};\n"
                "CREATE INDEX article_answers_id ON article_answers (id);\n")

_REFRESH_SQL = f"INSERT INTO article_answers {_build_sql('SELECT unnest($1::VARCHAR[])')}"


def refresh_articles(con: duckdb.DuckDBPyConnection, ids: Iterable[str | None]) -> None:
    """Build again the documents of the articles `ids` (None ignored; an id not stored loses
    its document): call it inside the transaction that changed them, after the change."""
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return
    con.execute("DELETE FROM article_answers WHERE id IN (SELECT unnest(?::VARCHAR[]))", [wanted])
    con.execute(_REFRESH_SQL, [wanted])


def rebuild(con: duckdb.DuckDBPyConnection) -> None:
    """Build every stored article's document again (a store written otherwise than through
    `Store`, as `benchmarks/load_api.py` replicates one)."""
    con.execute("DELETE FROM article_answers")
    con.execute(f"INSERT INTO article_answers {_build_sql('SELECT id FROM articles')}")


def copied(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> list[str]:
    """The articles that the articles `ids` repeat (their `duplicate_of`, as stored now)."""
    return [r[0] for r in con.execute(
        "SELECT DISTINCT duplicate_of FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[])) "
        "AND duplicate_of IS NOT NULL", [list(ids)]).fetchall()]


def article_pairs(con: Any, article_id: str) -> list[tuple[str, Any]] | None:
    """The stored document of `article_id` as (list, row) pairs, or None where it has none."""
    rows = con.execute("SELECT part, chunk FROM article_answers WHERE id = ?", [article_id]).fetchall()
    if not rows:
        return None
    rows.sort()
    return [(name, value) for name, value in json.loads("".join(r[1] for r in rows))]
