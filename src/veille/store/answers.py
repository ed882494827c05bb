"""Stored answer documents: an article's or a story's read as one index lookup (migration 23, issue 20).

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

The same call writes the article's row of the articles page (`article_list`, migration 27,
`list_docs.article_list_sql`); a whole corpus write (`veille recluster`) and `rebuild` write the
whole table again in the page's order.

A story's answer (`story_answers`, the same shape: its row, merged events, articles' summaries)
is rebuilt for the stories a corpus write writes or drops (all of them in full), the stories its
articles leave or join (`Store._write_articles`, `_update_articles`, `import_shards`), and those
whose events' `same_as` the events' relink changes (`stages.stories.recall.relink`); the corpus
write builds its own stories last, once their counts are written.

Pairs are in a fixed order (list, then the rows' stored order, `rowid`): the reader sorts
each list by its key as the statement's rows were, and ties keep the stored order as they did.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import duckdb

from veille.store import list_docs

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
    return _chunked("SELECT article AS id, to_json(list(json_array(list, row) ORDER BY n, k))::VARCHAR AS doc FROM ("
                    + " UNION ALL ".join(parts) + ") p "
                    "WHERE article IN (SELECT id FROM articles) GROUP BY article")


def _chunked(docs: str) -> str:
    """(id, part, chunk) rows of the documents `docs` gives as (id, doc)."""
    return (f"SELECT id, part, substring(doc, part * {CHUNK} + 1, {CHUNK}) FROM ({docs}) d, "
            f"LATERAL (SELECT unnest(range(0, (length(doc) + {CHUNK} - 1) // {CHUNK})) AS part)")


# A story's answer (`dossier.records.story`): its row, its merged events and its articles'
# summaries, the columns `dossier.records` reads (tests/test_article_answers.py checks they are
# the same texts).
STORY_COLUMNS = ('SELECT s.id, s.title, coalesce(s.articles, \'[]\'::JSON) AS articles, '
                 'coalesce(s.summary, \'[]\'::JSON) AS summary, s.start, s."end", '
                 "coalesce(s.events, 0) AS events, coalesce(s.sources, 0) AS sources")
EVENT_COLUMNS = ("id, type, mode, source, target, date, location, modality, evidence, story, articles, "
                 "independent_sources, conflicts, same_as")
ARTICLE_SUMMARY = ("id, source, url, title, outlet, published, published_how, lang, clean, dateline_place, "
                   "duplicate_of, duplicate_similarity, story, ingested_at, length(body) AS chars")


def _story_sql(ids: str) -> str:
    """Every (id, part, chunk) of the documents of the stored stories among `ids`."""
    parts = (f"SELECT 0 AS n, 'story' AS list, x.id AS story, 0 AS k, to_json(x) AS row FROM ({STORY_COLUMNS} "
             f"FROM stories s WHERE s.id IN ({ids})) x "
             f"UNION ALL SELECT 1, 'events', x.story, 0, to_json(x) FROM (SELECT {EVENT_COLUMNS} "
             f"FROM corpus_events WHERE story IN ({ids})) x "
             f"UNION ALL SELECT 2, 'sources', x.story, 0, to_json(x) FROM (SELECT {ARTICLE_SUMMARY} "
             f"FROM articles WHERE story IN ({ids})) x")
    # The reader orders both lists by a total key (events by date and id, sources in the story's
    # article order): the rows' own text orders the document, so that one built again is the same.
    return _chunked("SELECT story AS id, to_json(list(json_array(list, row) ORDER BY n, row::VARCHAR))::VARCHAR "
                    f"AS doc FROM ({parts}) p WHERE story IN (SELECT id FROM stories) GROUP BY story")


# Migration 23: the table and every stored article's document.
MIGRATION_23 = ("CREATE TABLE article_answers (id VARCHAR NOT NULL, part INTEGER NOT NULL, chunk VARCHAR NOT NULL);\n"
                f"INSERT INTO article_answers {_build_sql('SELECT id FROM articles')};\n"
                "CREATE INDEX article_answers_id ON article_answers (id);\n"
                "CREATE TABLE story_answers (id VARCHAR NOT NULL, part INTEGER NOT NULL, chunk VARCHAR NOT NULL);\n"
                f"INSERT INTO story_answers {_story_sql('SELECT id FROM stories')};\n"
                "CREATE INDEX story_answers_id ON story_answers (id);\n")

_REFRESH_SQL = f"INSERT INTO article_answers {_build_sql('SELECT unnest($1::VARCHAR[])')}"


def refresh_articles(con: duckdb.DuckDBPyConnection, ids: Iterable[str | None]) -> None:
    """Build again the documents of the articles `ids` (None ignored; an id not stored loses
    its document): call it inside the transaction that changed them, after the change."""
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return
    con.execute("DELETE FROM article_answers WHERE id IN (SELECT unnest(?::VARCHAR[]))", [wanted])
    con.execute(_REFRESH_SQL, [wanted])
    for statement in list_docs.article_list_sql(wanted):  # and their rows of the articles page (migration 27)
        con.execute(*statement)


def rebuild(con: duckdb.DuckDBPyConnection) -> None:
    """Build every stored article's and story's document again (a store written otherwise than
    through `Store`, as `benchmarks/load_api.py` replicates one)."""
    con.execute("DELETE FROM article_answers")
    con.execute(f"INSERT INTO article_answers {_build_sql('SELECT id FROM articles')}")
    rebuild_article_list(con)
    refresh_stories(con, None)


def rebuild_article_list(con: duckdb.DuckDBPyConnection) -> None:
    """Write the articles page's rows of every article again, in the page's order (migration 27)."""
    for statement in list_docs.article_list_sql(None):
        con.execute(*statement)


_STORY_REFRESH_SQL = f"INSERT INTO story_answers {_story_sql('SELECT unnest($1::VARCHAR[])')}"


def refresh_stories(con: duckdb.DuckDBPyConnection, ids: Iterable[str | None] | None) -> None:
    """Build again the documents of the stories `ids` (None: all; an id not stored loses its
    document): call it inside the transaction that changed them, after the change."""
    if ids is None:
        con.execute("DELETE FROM story_answers")
        con.execute(f"INSERT INTO story_answers {_story_sql('SELECT id FROM stories')}")
        return
    wanted = sorted({i for i in ids if i is not None})
    if wanted:
        con.execute("DELETE FROM story_answers WHERE id IN (SELECT unnest(?::VARCHAR[]))", [wanted])
        con.execute(_STORY_REFRESH_SQL, [wanted])


def stories_of(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> list[str]:
    """The stories of the articles `ids`, as stored now."""
    return [r[0] for r in con.execute(
        "SELECT DISTINCT story FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[])) AND story IS NOT NULL",
        [list(ids)]).fetchall()]


def copied(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> list[str]:
    """The articles that the articles `ids` repeat (their `duplicate_of`, as stored now)."""
    return [r[0] for r in con.execute(
        "SELECT DISTINCT duplicate_of FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[])) "
        "AND duplicate_of IS NOT NULL", [list(ids)]).fetchall()]


def article_pairs(con: Any, article_id: str) -> list[tuple[str, Any]] | None:
    """The stored document of `article_id` as (list, row) pairs, or None where it has none."""
    return _pairs(con, "article_answers", article_id)


def story_pairs(con: Any, story_id: str) -> list[tuple[str, Any]] | None:
    """The stored document of `story_id` as (part, row) pairs, or None where it has none."""
    return _pairs(con, "story_answers", story_id)


def _pairs(con: Any, table: str, key: str) -> list[tuple[str, Any]] | None:
    rows = con.execute(f"SELECT part, chunk FROM {table} WHERE id = ?", [key]).fetchall()
    if not rows:
        return None
    rows.sort()
    return [(name, value) for name, value in json.loads("".join(r[1] for r in rows))]
