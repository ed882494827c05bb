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
    # The records by id alone: the ids already passed the filter, and testing it again made
    # DuckDB read every matching event's evidence (40 ms for an actor of 14,000 events at 100k;
    # 2 ms by id).
    rows = {e["id"]: e for e in store.rows(f"WITH b AS ({relation}) SELECT * FROM b "
                                           "WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids])}
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


def graph_edges(store: Store, filt: EventFilter, relations: dict[str, str], *, touching: str | None = None,
                sample: int = 20) -> list[dict[str, Any]]:
    """The event edges of the actor graph, aggregated in DuckDB: per (source, target, relation),
    `event_count` and `article_count` (distinct), the first `sample` events (in the events'
    natural order) and at most `sample` articles (by id, from those first events).  A popular
    pair rests on tens of thousands of articles at 100k: the lists are what made the graph a
    13 MB answer, so only a sample leaves here.  `touching` keeps the edges with that entity
    at one end."""
    prefix, args = _edge_rows(store, filt, relations, touching, None)
    # Edges are numbered (k) so that the heavy grouping is on an integer; an edge's articles are
    # counted distinct over all its events, and its sample is drawn from its first events only
    # (the articles of its 20 earliest events, by id): sorting every article of a 27,000-article
    # edge for a sample of 20 would cost more than the rest of the query.
    sql = f"""{prefix},
    g AS (SELECT pk.k, count(*) AS event_count, len(list_distinct(flatten(list(ev.arts)))) AS article_count,
                 list(pk.id ORDER BY pk.ord) FILTER (WHERE pk.n <= ?) AS events,
                 list(ev.arts) FILTER (WHERE pk.n <= ?) AS first
          FROM pk JOIN ev ON ev.id = pk.id GROUP BY pk.k),
    names AS (SELECT DISTINCT k, u, v, relation FROM pk)
    SELECT names.u AS source, names.v AS target, names.relation, g.event_count, g.events, g.article_count,
           list_sort(list_distinct(flatten(g.first)))[1:?] AS articles
    FROM g JOIN names USING (k)
    ORDER BY article_count DESC, event_count DESC, source, target, relation"""
    return store.rows(sql, [*args, sample, sample, sample])


def edge_articles(store: Store, relations: dict[str, str], edge: tuple[str, str, str], limit: int,
                  offset: int) -> tuple[int, list[str]]:
    """(count, a page of ids in id order) of the articles one edge of the actor graph rests on."""
    prefix, args = _edge_rows(store, EventFilter(actors=[edge[0]]), relations, None, edge)
    sql = f"""{prefix},
    a AS (SELECT DISTINCT unnest(ev.arts) AS article FROM pk JOIN ev ON ev.id = pk.id)
    SELECT (SELECT count(*) FROM a), article FROM a ORDER BY article LIMIT ? OFFSET ?"""
    rows = store.con.execute(sql, [*args, limit, offset]).fetchall()
    if rows:
        return int(rows[0][0]), [str(r[1]) for r in rows]
    total = store.con.execute(f"{prefix}, a AS (SELECT DISTINCT unnest(ev.arts) AS article FROM pk JOIN ev "
                              "ON ev.id = pk.id) SELECT count(*) FROM a", args).fetchone()
    return int(total[0]) if total else 0, []


def _edge_rows(store: Store, filt: EventFilter, relations: dict[str, str], touching: str | None,
               edge: tuple[str, str, str] | None) -> tuple[str, list[Any]]:
    """The CTEs (ev: the events; pk: one row per event and edge, numbered k per edge and n in
    the events' order) the graph's queries share, and their parameters."""
    relation, order = _source(store)
    where, params = filt.where()
    keep, extra = "u <> v", []
    if touching:
        keep += " AND (u = ? OR v = ?)"
        extra += [touching, touching]
    if edge:
        keep += " AND u = ? AND v = ? AND relation = ?"
        extra += list(edge)
    sql = f"""
    WITH b AS ({relation}),
    ev AS (SELECT id, type, row_number() OVER (ORDER BY {order}) AS ord, CAST(source AS VARCHAR[]) AS s,
                  CAST(target AS VARCHAR[]) AS t, CAST(articles AS VARCHAR[]) AS arts FROM b WHERE {where}),
    rel AS (SELECT unnest(?::VARCHAR[]) AS type, unnest(?::VARCHAR[]) AS relation),
    su AS (SELECT id, ord, type, unnest(s) AS u, t FROM ev),
    sv AS (SELECT id, ord, type, u, unnest(t) AS v FROM su),
    p AS (SELECT DISTINCT id, ord, u, v, coalesce(rel.relation, lower(sv.type)) AS relation
          FROM sv LEFT JOIN rel ON rel.type = sv.type),
    pk AS (SELECT id, ord, u, v, relation, dense_rank() OVER (ORDER BY u, v, relation) AS k,
                  row_number() OVER (PARTITION BY u, v, relation ORDER BY ord) AS n FROM p WHERE {keep})"""
    return sql, [*params, list(relations), list(relations.values()), *extra]
