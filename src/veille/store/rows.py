"""Table rows from records: the one place that turns articles into the store's rows.

`Store` inserts these rows into DuckDB and the Ray engine writes the same rows to Parquet
shards (`veille.engines.ray_engine`), which `veille.store.parquet` imports back, so the two
paths cannot drift apart.  `COLUMNS` gives each table's columns in the order of the schema
(`veille.store.migrations`) with a kind that says how to type them in Parquet.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from veille.model import Article, _plain
from veille.pipeline import Quarantined

# Kinds: str, int (INTEGER), float, bool, date (DATE), ts (TIMESTAMP), json (JSON text),
# u16, u64, u64s (UBIGINT[]).
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (
        ("id", "str"), ("source", "str"), ("url", "str"), ("title", "str"), ("outlet", "str"),
        ("published", "date"), ("published_how", "str"), ("lang", "str"), ("fmt", "str"), ("clean", "bool"),
        ("raw", "str"), ("body", "str"), ("removed", "json"), ("dateline_place", "str"),
        ("content_hash", "str"), ("duplicate_of", "str"), ("duplicate_similarity", "float"), ("story", "str"),
        ("stages", "json"), ("meta", "json"), ("run_id", "str"), ("ingested_at", "ts")),
    "mentions": (
        ("article", "str"), ("start", "int"), ("end", "int"), ("text", "str"), ("type", "str"),
        ("entity", "str"), ("role", "json"), ("stage", "str"), ("model", "str"), ("roles", "json")),
    "timexes": (
        ("article", "str"), ("start", "int"), ("end", "int"), ("text", "str"), ("type", "str"),
        ("value", "str"), ("anchor", "str"), ("mod", "str"), ("quant", "str"), ("stage", "str"),
        ("model", "str")),
    "events": (
        ("article", "str"), ("id", "str"), ("type", "str"), ("mode", "str"), ("source", "json"),
        ("target", "json"), ("date", "str"), ("location", "str"), ("modality", "str"), ("trigger", "str"),
        ("evidence", "json"), ("merged", "str"), ("stage", "str"), ("model", "str")),
    "quotes": (
        ("article", "str"), ("start", "int"), ("end", "int"), ("text", "str"), ("direct", "bool"),
        ("speaker", "str"), ("speaker_text", "str"), ("stage", "str"), ("model", "str")),
    "quarantine": (
        ("key", "str"), ("source", "str"), ("stage", "str"), ("code", "str"), ("message", "str"),
        ("run_id", "str"), ("quarantined_at", "ts"), ("input", "str"), ("file", "str"), ("item", "str")),
    "dedup_signatures": (("article", "str"), ("signature", "u64s"), ("published", "date"), ("shingles", "int")),
    "dedup_bands": (("band", "u16"), ("hash", "u64"), ("article", "str")),
}
ARTICLE_JSON_COLUMNS = {"removed", "stages", "meta"}
ANNOTATION_TABLES = ("mentions", "timexes", "events", "quotes")

Row = list[Any]


def to_json(value: Any) -> str:
    return json.dumps(_plain(value), ensure_ascii=False)


def names(table: str) -> list[str]:
    return [name for name, _ in COLUMNS[table]]


def article_row(article: Article, run_id: str | None, ingested_at: datetime) -> Row:
    d = article.to_dict()
    d["run_id"] = run_id
    d["ingested_at"] = ingested_at
    return [to_json(d[c]) if c in ARTICLE_JSON_COLUMNS else d[c] for c in names("articles")]


def annotation_rows(articles: Sequence[Article]) -> dict[str, list[Row]]:
    """The rows of the per-article annotation tables, in the schema's column order."""
    return {
        "mentions": [[a.id, m.start, m.end, m.text, m.type, m.entity, to_json(m.role) if m.role else None,
                      m.stage, m.model, to_json(m.roles) if m.roles else None]
                     for a in articles for m in a.mentions],
        "timexes": [[a.id, t.start, t.end, t.text, t.type, t.value, t.anchor, t.mod, t.quant, t.stage, t.model]
                    for a in articles for t in a.timexes],
        "events": [[a.id, e.id, e.type, e.mode, to_json(e.source), to_json(e.target), e.date, e.location,
                    e.modality, e.trigger, to_json(e.evidence), e.merged, e.stage, e.model]
                   for a in articles for e in a.events],
        "quotes": [[a.id, q.start, q.end, q.text, q.direct, q.speaker, q.speaker_text, q.stage, q.model]
                   for a in articles for q in a.quotes],
    }


def quarantine_row(item: Quarantined, run_id: str, at: datetime) -> Row:
    """With where the item was read (migration 3), for `veille run --retry-quarantined`."""
    origin = (item.origin.input, item.origin.file, item.origin.item) if item.origin else (None, None, None)
    return [item.key, item.source, item.stage, item.code, item.message, run_id, at, *origin]
