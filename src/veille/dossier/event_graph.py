"""The actor graph's event edges and an edge's articles, over the events an `EventFilter` keeps
(`veille.store.graph_edges` holds the SQL and the stored whole-corpus edges). Split from
`veille.dossier.events` (api43).
"""

from __future__ import annotations

from typing import Any

from veille.dossier.events import EventFilter, merged, source
from veille.store import graph_edges as graph
from veille.store.db import Store


def graph_rows(store: Store, filt: EventFilter) -> list[dict[str, Any]]:
    """What the actor graph needs of the events `filt` keeps (id, type, source, target,
    articles): no evidence, the bulk of a record, is read."""
    relation, order = source(store)
    where, params = filt.where()
    return store.rows(f"WITH b AS ({relation}) SELECT id, type, source, target, articles FROM b WHERE {where} "
                      f"ORDER BY {order}", params)


def graph_edges(store: Store, filt: EventFilter, *, touching: str | None = None,
                sample: int = graph.SAMPLE) -> list[dict[str, Any]]:
    """The event edges of the actor graph (`veille.store.graph_edges`): per (source, target,
    relation), `event_count` and `article_count` (distinct), the first `sample` events (in the
    events' natural order) and at most `sample` articles (by id, from those first events).  A
    popular pair rests on tens of thousands of articles at 100k: the lists are what made the
    graph a 13 MB answer, so only a sample leaves here.  `touching` keeps the edges with that
    entity at one end.  Over the whole corpus (no story) the stored edges are read; a story's
    are aggregated here."""
    whole = EventFilter(actors=[touching] if touching else None)  # a filter the stored edges answer
    if filt == whole and sample == graph.SAMPLE and merged(store):
        where, params = ("source = ? OR target = ?", [touching, touching]) if touching else ("TRUE", [])
        return store.rows(f"SELECT {graph.COLUMNS} FROM graph_edges WHERE {where} ORDER BY {graph.EDGE_ORDER}",
                          params)
    prefix, args = _edge_rows(store, filt, touching, None)
    return store.rows(f"{prefix}{graph.AGGREGATE_SQL} ORDER BY {graph.EDGE_ORDER}", [*args, sample, sample, sample])


def edge_articles(store: Store, edge: tuple[str, str, str], limit: int, offset: int) -> tuple[int, list[str]]:
    """(count, a page of ids in id order) of the articles one edge of the actor graph rests on."""
    prefix, args = _edge_rows(store, EventFilter(actors=[edge[0]]), None, edge)
    sql = f"""{prefix},
    a AS (SELECT DISTINCT unnest(ev.arts) AS article FROM pk JOIN ev ON ev.id = pk.id)
    SELECT (SELECT count(*) FROM a), article FROM a ORDER BY article LIMIT ? OFFSET ?"""
    rows = store.con.execute(sql, [*args, limit, offset]).fetchall()
    if rows:
        return int(rows[0][0]), [str(r[1]) for r in rows]
    total = store.con.execute(f"{prefix}, a AS (SELECT DISTINCT unnest(ev.arts) AS article FROM pk JOIN ev "
                              "ON ev.id = pk.id) SELECT count(*) FROM a", args).fetchone()
    return int(total[0]) if total else 0, []


def _edge_rows(store: Store, filt: EventFilter, touching: str | None,
               edge: tuple[str, str, str] | None) -> tuple[str, list[Any]]:
    """`WITH` and the CTEs of `veille.store.graph_edges.edge_ctes` over the events `filt`
    keeps (ev, pk), and their parameters."""
    relation, order = source(store)
    where, params = filt.where()
    keep, extra = "TRUE", []
    if touching:
        keep += " AND (u = ? OR v = ?)"
        extra += [touching, touching]
    if edge:
        keep += " AND u = ? AND v = ? AND relation = ?"
        extra += list(edge)
    sql = f"WITH b AS ({relation}), {graph.edge_ctes(f'SELECT * FROM b WHERE {where}', order, keep)}"
    return sql, [*params, *extra]
