"""Exports: the JSON Lines contract (shared/gold/README.md), plus Parquet and CSV.

Every file is one table; rows are built by `export_rows` and written as JSON Lines, and
Parquet/CSV are converted from those by DuckDB, so the three formats always agree.
"""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from veille.errors import ConfigError
from veille.stages.cleaning.pubdate import published_confidence
from veille.store.db import Store

# Characters that str.splitlines() and many JSON Lines readers take for line ends; JSON can
# escape them, so one record always stays on one line.
_LINE_BREAKS = str.maketrans({"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029",
                              "\x1c": "\\u001c", "\x1d": "\\u001d", "\x1e": "\\u001e",
                              "\x0b": "\\u000b", "\x0c": "\\u000c"})


def jsonl_line(row: dict[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False, default=str).translate(_LINE_BREAKS) + "\n"


TABLES = ("articles", "entities", "timexes", "events", "quotes", "stories")
FORMATS = ("jsonl", "parquet", "csv", "plover")  # plover: events only, PLOVER field names (store/plover.py)


def article_rows(store: Store) -> Iterator[dict[str, Any]]:
    for row in store.rows("SELECT * FROM articles ORDER BY ingested_at, id"):
        yield {"id": row["id"], "source": row["source"], "url": row["url"], "title": row["title"],
               "outlet": row["outlet"], "published": row["published"], "published_how": row["published_how"],
               # How sure that date is, from how it was found (its precision on eval/news dev).
               "published_confidence": published_confidence(row["published_how"] or "none"),
               "lang": row["lang"], "body": row["body"],
               "removed": [_removed(r) for r in row["removed"] or []],
               "duplicate_of": row["duplicate_of"], "duplicate_similarity": row["duplicate_similarity"],
               "story": row["story"], "dateline_place": row["dateline_place"], "stages": row["stages"]}


def entity_rows(store: Store) -> Iterator[dict[str, Any]]:
    mentions: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in store.rows('SELECT article, start, "end", text, entity, roles FROM mentions '
                        "WHERE entity IS NOT NULL ORDER BY article, start"):
        # the offices this mention states (migration 21), beside the contract's four keys
        mentions[m["entity"]].append({"article": m["article"], "start": m["start"], "end": m["end"],
                                      "text": m["text"], "roles": m["roles"] or []})
    for row in store.rows("SELECT * FROM entities ORDER BY id"):
        yield {"id": row["id"], "name": row["name"], "type": row["type"], "wikidata": row["wikidata"],
               "aliases": row["aliases"] or [], "roles": row["roles"] or [],
               "mentions": mentions.get(row["id"], [])}


def timex_rows(store: Store) -> Iterator[dict[str, Any]]:
    yield from store.rows('SELECT article, start, "end", text, type, value, anchor, mod, quant, stage, model '
                          "FROM timexes ORDER BY article, start")


def event_rows(store: Store) -> Iterator[dict[str, Any]]:
    """One record per real-world event (the merged corpus events); per-article events if none were merged."""
    if store.count("corpus_events"):
        yield from _folded(store.rows("SELECT * FROM corpus_events ORDER BY date NULLS LAST, id"))
        return
    for e in store.rows("SELECT e.*, a.story AS story FROM events e JOIN articles a ON a.id = e.article "
                        "ORDER BY e.article, e.id"):
        yield {"id": e["id"], "type": e["type"], "mode": e["mode"],
               "actors": {"source": e["source"] or [], "target": e["target"] or []},
               "date": {"value": e["date"]}, "location": e["location"], "modality": e["modality"],
               "evidence": e["evidence"] or [], "story": e["story"], "articles": [e["article"]],
               "independent_sources": 1, "conflicts": []}


def _folded(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Merged events as export records; an event a later story recalls (`same_as`: the earlier
    story's event, `veille.stages.stories.recall`) is folded into that event: its reports and
    articles are the earlier event's too, and it is not a record of its own."""
    records: dict[str, dict[str, Any]] = {}
    recalled: list[dict[str, Any]] = []
    for e in rows:
        if e.get("same_as"):
            recalled.append(e)
        records[e["id"]] = {
            "id": e["id"], "type": e["type"], "mode": e["mode"],
            "actors": {"source": e["source"] or [], "target": e["target"] or []},
            "date": {"value": e["date"]}, "location": e["location"], "modality": e["modality"],
            "evidence": e["evidence"] or [], "story": e["story"], "articles": e["articles"] or [],
            "independent_sources": e["independent_sources"], "conflicts": e["conflicts"] or []}
    for e in recalled:
        target = records.get(e["same_as"])
        if target is None:
            continue  # a link to an event no longer stored: the recalled event stays its own
        target["evidence"] = [*target["evidence"], *(e["evidence"] or [])]
        target["articles"] = sorted({*target["articles"], *(e["articles"] or [])})
        # Two stories rarely share a republication: the later story's sources add to the count.
        target["independent_sources"] = (target["independent_sources"] or 0) + (e["independent_sources"] or 0)
        del records[e["id"]]
    yield from records.values()


def quote_rows(store: Store) -> Iterator[dict[str, Any]]:
    yield from store.rows('SELECT article, start, "end", text, direct, speaker, speaker_text, stage, model '
                          "FROM quotes ORDER BY article, start")


def story_rows(store: Store) -> Iterator[dict[str, Any]]:
    for s in store.rows("SELECT * FROM stories ORDER BY start NULLS LAST, id"):
        yield {"id": s["id"], "title": s["title"], "articles": s["articles"] or [],
               "summary": s["summary"] or [], "start": s["start"], "end": s["end"]}


ROWS = {"articles": article_rows, "entities": entity_rows, "timexes": timex_rows, "events": event_rows,
        "quotes": quote_rows, "stories": story_rows}


def export(store: Store, out: str | Path, fmt: str = "jsonl") -> dict[str, Path]:
    """Write every table to `out` in `fmt`; the paths written."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}", hint=f"use one of {', '.join(FORMATS)}")
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    if fmt == "plover":
        from veille.store.plover import plover_rows

        target = folder / "events.plover.jsonl"
        with target.open("w", encoding="utf-8") as fh:
            for row in plover_rows(store, event_rows(store)):
                fh.write(jsonl_line(row))
        return {"events": target}
    written = {}
    with tempfile.TemporaryDirectory() as tmp:
        for table in TABLES:
            jsonl = (folder if fmt == "jsonl" else Path(tmp)) / f"{table}.jsonl"
            with jsonl.open("w", encoding="utf-8") as fh:
                for row in ROWS[table](store):
                    fh.write(jsonl_line(row))
            if fmt == "jsonl":
                written[table] = jsonl
                continue
            target = folder / f"{table}.{fmt}"
            written[table] = target
            _convert(jsonl, target, fmt)
    return written


def _convert(jsonl: Path, target: Path, fmt: str) -> None:
    import duckdb

    con = duckdb.connect(":memory:")
    try:
        if jsonl.stat().st_size == 0:
            con.execute("CREATE TABLE t (empty VARCHAR)")
        else:
            con.execute("CREATE TABLE t AS SELECT * FROM read_json_auto(?, format='newline_delimited', "
                        "sample_size=-1)", [str(jsonl)])
        if fmt == "csv":
            # CSV has no nested types: nested columns are written as JSON text.
            cols = con.execute("DESCRIBE t").fetchall()
            select = ", ".join(f'to_json("{c[0]}") AS "{c[0]}"' if ("STRUCT" in c[1] or "[]" in c[1] or
                                                                   "MAP" in c[1]) else f'"{c[0]}"'
                               for c in cols)
            con.execute(f"COPY (SELECT {select} FROM t) TO ? (FORMAT csv, HEADER)", [str(target)])
        else:
            con.execute("COPY t TO ? (FORMAT parquet)", [str(target)])
    finally:
        con.close()


def _removed(entry: dict[str, Any]) -> dict[str, Any]:
    """A cut line: its text and kind, and the line classifier's score where it gave one."""
    out = {"text": entry["text"], "kind": entry["kind"]}
    if entry.get("score") is not None:
        out["score"] = entry["score"]
    return out
