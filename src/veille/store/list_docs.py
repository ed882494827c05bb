"""Records stored as the JSON text the API writes for them (migration 26, api40, issue 20): each
merged event's whole record (`corpus_events.record_doc`) and each story as the stories page lists
it (`stories.list_doc`, below).

A timeline page lists whole events (every evidence sentence, every conflict's claims): at 10k the
busiest actors' pages are 0.2-1.7 MB, and reading their records column by column, decoding their
JSON in Python, validating them against the schema and writing them again was most of a
timeline's first answer (14 ms of CPU for a 1.7 MB page). With the record stored as the text the
answer holds, a page is its documents read by id and joined: nothing is decoded or rewritten.

The document is `to_json` of the record (`veille.dossier.event_shapes.record`: same keys in the same
order, NULL and JSON `null` lists as `[]`) without `same_as`, which the recall sets after the
write (`stages/stories/recall.py`): the reader adds it. DuckDB writes JSON as pydantic does
(compact, UTF-8 unescaped, keys in order) but for a control character's escape (`\\u001F` for
pydantic's `\\u001f`) and some floats (`0.000006` for `6e-6`): a document holding any `\\u00`
escape or any number with a fraction or an exponent is not kept (NULL), and its event is read
and written as before, so such a document costs time, never the answer. Tested equal, byte for
byte, to the schema's serialisation of each event (`tests/test_event_record_docs.py`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any


def _listed(column: str) -> str:
    """`column` (JSON) as `record` reads it: `x or []` of the decoded value (NULL and `null` -> [])."""
    return f"CASE WHEN {column} IS NULL OR json_type({column}) = 'NULL' THEN '[]'::JSON ELSE {column} END"


RECORD_DOC_SQL = ("CAST(to_json(struct_pack(id := id, type := type, mode := mode, actors := struct_pack("
                  f"source := {_listed('source')}, target := {_listed('target')}), date := struct_pack(value := date), "
                  f"location := location, modality := modality, evidence := {_listed('evidence')}, story := story, "
                  f"articles := {_listed('articles')}, independent_sources := independent_sources, "
                  f"conflicts := {_listed('conflicts')})) AS VARCHAR)")
# What DuckDB may write otherwise than pydantic: an escaped control character, a float (a number
# after a key's `":`, a `[` or a `,`, with a fraction or an exponent; a text that looks so, "[3.5"
# or "2,5.1", only costs its document).
UNSURE_SQL = r"""regexp_matches(record_doc, '\\u00|(":|[\[,])-?[0-9]+[.eE]')"""


def _only(ids: Sequence[str] | None) -> tuple[str, list[Any]]:
    if ids is None:
        return "TRUE", []
    return "id IN (SELECT unnest(?::VARCHAR[]))", [list(ids)]


def record_docs_sql(event_ids: Sequence[str] | None) -> list[tuple[str, list[Any]]]:
    """Statements writing the record documents of the merged events `event_ids` (None: every
    event) from their columns: for the corpus write (`Store.write_corpus`) and migration 26."""
    where, params = _only(event_ids)
    return [(f"UPDATE corpus_events SET record_doc = {RECORD_DOC_SQL} WHERE {where}", params),
            (f"UPDATE corpus_events SET record_doc = NULL WHERE {where} AND {UNSURE_SQL}", params)]


# A story as the stories page lists it (`records._STORY_COLUMNS`, `schemas.StorySummary`): a page of
# 50 stories is 120 kB of titles, article ids and summary lines, read column by column, decoded,
# validated and written again (5 ms of CPU at 100k, 1.4 of health's); now its 50 texts joined.
STORY_DOC_SQL = ("CAST(to_json(struct_pack(id := id, title := title, articles := coalesce(articles, '[]'::JSON), "
                 "summary := coalesce(summary, '[]'::JSON), start := start, \"end\" := \"end\", "
                 "events := coalesce(events, 0), sources := coalesce(sources, 0))) AS VARCHAR)")
# Besides `UNSURE_SQL`'s: a null the schema refuses (the page answered an error; the document would not).
_STORY_UNSURE_SQL = (UNSURE_SQL.replace("record_doc", "list_doc") + " OR contains(list_doc, '\"articles\":null') "
                     "OR contains(list_doc, '\"summary\":null') OR contains(list_doc, '\"text\":null')")


def story_docs_sql(story_ids: Sequence[str] | None) -> list[tuple[str, list[Any]]]:
    """Statements writing the list documents of the stories `story_ids` (None: every story) from
    their rows: after their counts (`aggregates.refresh`, the one place a stored story's row
    changes after its insert, and which every write of stories runs) and for migration 26."""
    where, params = _only(story_ids)
    return [(f"UPDATE stories SET list_doc = {STORY_DOC_SQL} WHERE {where}", params),
            (f"UPDATE stories SET list_doc = NULL WHERE {where} AND ({_STORY_UNSURE_SQL})", params)]


MIGRATION_26 = ("ALTER TABLE corpus_events ADD COLUMN record_doc VARCHAR;\n"
                + "".join(f"{sql};\n" for sql, _ in record_docs_sql(None))
                + "ALTER TABLE stories ADD COLUMN list_doc VARCHAR;\n"
                + "".join(f"{sql};\n" for sql, _ in story_docs_sql(None)))


# An article as the articles page lists it (`records.ARTICLE_SUMMARY` validated by
# `schemas.ArticleSummary`: its declared fields first, then the others in the row's order;
# `ingested_at` as Python's `isoformat`, microseconds only when not zero).  Migration 27 (api41).
ARTICLE_DOC_SQL = ("CAST(to_json(struct_pack(id := id, source := source, url := url, title := title, outlet := outlet, "
                   "published := published, published_how := published_how, lang := lang, "
                   "duplicate_of := duplicate_of, story := story, clean := clean, dateline_place := dateline_place, "
                   "duplicate_similarity := duplicate_similarity, ingested_at := strftime(ingested_at, "
                   "'%Y-%m-%dT%H:%M:%S') || CASE WHEN epoch_us(ingested_at) % 1000000 <> 0 THEN "
                   "strftime(ingested_at, '.%f') ELSE '' END, chars := length(body))) AS VARCHAR)")
ARTICLE_ORDER = "published DESC NULLS LAST, id"  # the articles page's order (`records.NEWEST_FIRST`)
# `article_list (id, published, doc)`: one row per stored article, `doc` NULL where unsure
# (`UNSURE_SQL`: a `duplicate_similarity` is a float), in the page's order when built whole.
_ARTICLE_ROWS_SQL = (f"SELECT id, published, CASE WHEN {UNSURE_SQL.replace('record_doc', 'd')} THEN NULL ELSE d END "
                     f"FROM (SELECT id, published, {ARTICLE_DOC_SQL} AS d FROM articles WHERE {{where}}) "
                     f"ORDER BY {ARTICLE_ORDER}")


def article_list_sql(article_ids: Sequence[str] | None) -> list[tuple[str, list[Any]]]:
    """Statements writing the articles page's rows of the articles `article_ids` (None: every
    article, the table rewritten in the page's order; an id not stored loses its row).  Called
    with every article whose answer document is rewritten (`answers.refresh_articles`), but only
    a row that differs is replaced (a relinked mention or a copy's original changes no summary),
    so that the table stays in the page's order: a changed row is appended, out of it, and a page
    over it reads by a list of row ids, as fast as before, until the next whole build (`veille
    recluster`, `answers.rebuild`)."""
    if article_ids is None:
        return [("DELETE FROM article_list", []),
                (f"INSERT INTO article_list {_ARTICLE_ROWS_SQL.format(where='TRUE')}", [])]
    where, params = _only(article_ids)
    fresh = _ARTICLE_ROWS_SQL.format(where=where)
    return [(f"DELETE FROM article_list l WHERE l.{where} AND NOT EXISTS (SELECT 1 FROM ({fresh}) n(id, published, "
             "doc) WHERE n.id = l.id AND n.published IS NOT DISTINCT FROM l.published AND n.doc IS NOT DISTINCT "
             "FROM l.doc)", params * 2),
            (f"INSERT INTO article_list SELECT * FROM ({fresh}) n(id, published, doc) WHERE NOT EXISTS "
             "(SELECT 1 FROM article_list l WHERE l.id = n.id)", params)]


MIGRATION_27 = ("CREATE TABLE article_list (id VARCHAR NOT NULL, published DATE, doc VARCHAR);\n"
                + "".join(f"{sql};\n" for sql, _ in article_list_sql(None)))


class Raw(str):
    """A record as the JSON text the API writes for it (a stored document): the server joins these
    into a page as they are."""


class RawBytes(bytes):
    """A stored document read as its UTF-8 bytes (`encode(doc)` in SQL), joined into a page as
    they are (api42): a busiest actor's timeline page (50 events of 30 kB, 1.5 MB at 100k) read as
    text cost 3.3 ms and its `str.encode` 1.6 more (DuckDB decodes the UTF-8 into Python strings,
    the page encodes them back), as bytes 2.5 ms and no encoding."""


def with_same_as(doc: str, same_as: str | None) -> str:
    """The stored document `doc` completed with the event's `same_as` (the record's last key)."""
    return f"{doc[:-1]},\"same_as\":{json.dumps(same_as, ensure_ascii=False)}}}"


def with_same_as_bytes(doc: bytes, same_as: str | None) -> bytes:
    """`with_same_as` of a document read as its UTF-8 bytes, in bytes."""
    return doc[:-1] + b',"same_as":' + json.dumps(same_as, ensure_ascii=False).encode() + b"}"
