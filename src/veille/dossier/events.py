"""Events as SQL: filters, date bounds, ordering and pagination run in DuckDB, not in Python.

One record per real-world event (the merged `corpus_events`), or the per-article events
while the corpus steps have not run; the record shape is the export contract's
(`veille.store.export.event_rows`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from veille.store.aggregates import actors_sql
from veille.store.dates import DATE_END_SQL, DATE_START_SQL
from veille.store.db import Store

# Merged events carry their date bounds and actors (stored with them, migration 4); per-article
# events, read only until the corpus steps have run, get them computed.
_CORPUS = ("SELECT id, type, mode, source, target, date, location, modality, evidence, story, articles, "
           "independent_sources, conflicts, NULL AS article, date_start, date_end, actors FROM corpus_events")
_PER_ARTICLE = ("SELECT e.id, e.type, e.mode, e.source, e.target, e.date, e.location, e.modality, e.evidence, "
                "a.story, to_json([e.article]) AS articles, 1 AS independent_sources, '[]'::JSON AS conflicts, "
                f"e.article, {DATE_START_SQL} AS date_start, {DATE_END_SQL} AS date_end, "
                f"{actors_sql('e.source', 'e.target')} AS actors "
                "FROM events e JOIN articles a ON a.id = e.article")


@dataclass
class EventFilter:
    """What an events query keeps; `actors` are entity ids (None: any actor)."""

    type: str | None = None
    actors: list[str] | None = None
    since: str | None = None
    until: str | None = None
    story: str | None = None
    dated: bool = False  # only events with a date value (the timeline)
    ids: list[str] | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = ["TRUE"]
        params: list[Any] = []
        if self.type:
            clauses.append("type = ?")
            params.append(self.type.upper())
        if self.story:
            clauses.append("story = ?")
            params.append(self.story)
        if self.actors is not None:
            clauses.append("list_has_any(actors, ?::VARCHAR[])")
            params.append(self.actors)
        if self.since:
            clauses.append("date_end IS NOT NULL AND date_end >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("date_start IS NOT NULL AND date_start <= ?")
            params.append(self.until)
        if self.dated:
            clauses.append("date IS NOT NULL AND date <> ''")
        if self.ids is not None:
            clauses.append("id IN (SELECT unnest(?::VARCHAR[]))")
            params.append(self.ids)
        return " AND ".join(clauses), params


def _source(store: Store) -> tuple[str, str]:
    """The events relation and its natural order."""
    merged = store.con.execute("SELECT EXISTS (SELECT 1 FROM corpus_events)").fetchone()
    if merged and merged[0]:
        return _CORPUS, "date NULLS LAST, id"
    return _PER_ARTICLE, "article, id"


def query(store: Store, filt: EventFilter, *, limit: int | None = None, offset: int = 0,
          timeline: bool = False) -> tuple[int | None, list[dict[str, Any]]]:
    """(total, records) of the events `filt` keeps; total is None when no `limit` was asked
    (then every record is returned and counting would be a second scan for nothing)."""
    relation, order = _source(store)
    if timeline:
        order = "coalesce(date_start, '9999'), id"
    where, params = filt.where()
    base = f"WITH b AS ({relation}) SELECT * FROM b WHERE {where}"
    if limit is None:
        return None, [record(e) for e in store.rows(f"{base} ORDER BY {order}", params)]
    row = store.con.execute(f"SELECT count(*) FROM ({base})", params).fetchone()
    total = int(row[0]) if row else 0
    # The page's ids first, ordered over the narrow columns, then only their records: sorting
    # whole records would carry every matching event's evidence (its bulk) through the sort.
    ids = [r[0] for r in store.con.execute(
        f"WITH b AS ({relation}) SELECT id FROM b WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, limit, offset]).fetchall()]
    rows = {e["id"]: e for e in store.rows(f"{base} AND id IN (SELECT unnest(?::VARCHAR[]))", [*params, ids])}
    return total, [record(rows[i]) for i in ids]


def graph_rows(store: Store, filt: EventFilter) -> list[dict[str, Any]]:
    """What the actor graph needs of the events `filt` keeps (id, type, source, target,
    articles): no evidence, the bulk of a record, is read."""
    relation, order = _source(store)
    where, params = filt.where()
    return store.rows(f"WITH b AS ({relation}) SELECT id, type, source, target, articles FROM b WHERE {where} "
                      f"ORDER BY {order}", params)


def record(e: dict[str, Any]) -> dict[str, Any]:
    return {"id": e["id"], "type": e["type"], "mode": e["mode"],
            "actors": {"source": e["source"] or [], "target": e["target"] or []},
            "date": {"value": e["date"]}, "location": e["location"], "modality": e["modality"],
            "evidence": e["evidence"] or [], "story": e["story"], "articles": e["articles"] or [],
            "independent_sources": e["independent_sources"], "conflicts": e["conflicts"] or []}
