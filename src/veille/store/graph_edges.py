"""The actor graph's event edges, aggregated in SQL, and stored (migration 8).

An edge is (source, target, relation): every source actor of an event toward every target
actor of it, the relation named from the event's PLOVER type (`EDGE_RELATIONS`).  Per edge:
`event_count`, `article_count` (distinct articles over all its events), `events` (its first
`SAMPLE` events in the events' natural order: date, then id) and `articles` (at most `SAMPLE`
article ids, in id order, drawn from those first events).

`edge_ctes` is the one SQL both uses share:
- the API's story graph aggregates the events of one story on request (`veille.dossier.events`);
- the whole-corpus edges are stored in `graph_edges`, so the entity graph and the full graph are
  a read: at 100k articles aggregating an entity's edges on request took 25-120 ms, and the
  whole graph 330 ms.

`refresh` keeps the table true: every edge (u, v) whose events changed has both u and v among
the actors of the events written or removed, so recounting the edges with both ends in that set,
from every event naming one of them, is the same as recounting all (`tests/test_graph_edges.py`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

# PLOVER category -> the edge label a reader expects; categories not here keep their name in
# lower case.
EDGE_RELATIONS = {
    "CONSULT": "met", "AGREE": "agreed", "COOPERATE": "cooperated", "AID": "aided",
    "RETREAT": "withdrew from", "SUPPORT": "supported", "REQUEST": "requested",
    "ACCUSE": "accused", "REJECT": "rejected", "THREATEN": "threatened", "PROTEST": "protested",
    "SANCTION": "sanctioned", "MOBILIZE": "mobilized", "COERCE": "coerced", "ASSAULT": "attacked",
}
# The relations as SQL rows (constants of this module, never user input).
_RELATION_ROWS = ", ".join(f"('{k}', '{v}')" for k, v in EDGE_RELATIONS.items())
SAMPLE = 20  # events and articles stored per edge (the counts say how many in all)
NATURAL_ORDER = "date NULLS LAST, id"


def edge_ctes(events_sql: str, order: str, keep: str) -> str:
    """CTEs (without WITH) over the events `events_sql` selects (columns id, type, source,
    target, articles and those of `order`): ev (the events, numbered `ord` in `order`), pk (one
    row per event and edge that `keep` keeps over u, v and relation, numbered k per edge and n in
    the events' order).  Parameters: those of `events_sql`, then those of `keep`."""
    return f"""
    ev AS (SELECT id, type, row_number() OVER (ORDER BY {order}) AS ord, CAST(source AS VARCHAR[]) AS s,
                  CAST(target AS VARCHAR[]) AS t, CAST(articles AS VARCHAR[]) AS arts FROM ({events_sql})),
    rel AS (SELECT * FROM (VALUES {_RELATION_ROWS}) AS r(type, relation)),
    su AS (SELECT id, ord, type, unnest(s) AS u, t FROM ev),
    sv AS (SELECT id, ord, type, u, unnest(t) AS v FROM su),
    p AS (SELECT DISTINCT id, ord, u, v, coalesce(rel.relation, lower(sv.type)) AS relation
          FROM sv LEFT JOIN rel ON rel.type = sv.type),
    pk AS (SELECT id, ord, u, v, relation, dense_rank() OVER (ORDER BY u, v, relation) AS k,
                  row_number() OVER (PARTITION BY u, v, relation ORDER BY ord) AS n FROM p WHERE u <> v AND {keep})"""


# Edges are numbered (k) so that the heavy grouping is on an integer; an edge's articles are
# counted distinct over all its events, and its sample is drawn from its first events only (the
# articles of its `sample` earliest events, by id): sorting every article of a 27,000-article
# edge for a sample of 20 would cost more than the rest of the query.  Parameters: sample x 3.
AGGREGATE_SQL = """,
    g AS (SELECT pk.k, count(*) AS event_count, len(list_distinct(flatten(list(ev.arts)))) AS article_count,
                 list(pk.id ORDER BY pk.ord) FILTER (WHERE pk.n <= ?) AS events,
                 list(ev.arts) FILTER (WHERE pk.n <= ?) AS first
          FROM pk JOIN ev ON ev.id = pk.id GROUP BY pk.k),
    names AS (SELECT DISTINCT k, u, v, relation FROM pk)
    SELECT names.u AS source, names.v AS target, names.relation, g.event_count::INTEGER AS event_count,
           coalesce(g.events, []::VARCHAR[]) AS events, g.article_count::INTEGER AS article_count,
           coalesce(list_sort(list_distinct(flatten(g.first)))[1:?], []::VARCHAR[]) AS articles
    FROM g JOIN names USING (k)"""
EDGE_ORDER = "article_count DESC, event_count DESC, source, target, relation"
COLUMNS = "source, target, relation, event_count, events, article_count, articles"

# Migration 8's SQL is built from this module's constants: a change to EDGE_RELATIONS later must
# come with a new migration that recounts (`refresh(con, None)`), not with an edit of this text.
MIGRATION = f"""
CREATE TABLE graph_edges (source VARCHAR NOT NULL, target VARCHAR NOT NULL, relation VARCHAR NOT NULL,
                          event_count INTEGER NOT NULL, events VARCHAR[] NOT NULL,
                          article_count INTEGER NOT NULL, articles VARCHAR[] NOT NULL);
INSERT INTO graph_edges
WITH {edge_ctes("SELECT * FROM corpus_events", NATURAL_ORDER, "TRUE")}
{AGGREGATE_SQL.replace("?", str(SAMPLE))};
"""


def refresh(con: Any, actors: Iterable[str] | None) -> None:
    """Recount the stored edges whose two ends are both in `actors` (the actors of the merged
    events written or removed; None: every edge), from the stored merged events; in the
    caller's transaction."""
    if actors is None:
        con.execute("DELETE FROM graph_edges")
        con.execute(f"INSERT INTO graph_edges WITH {edge_ctes('SELECT * FROM corpus_events', NATURAL_ORDER, 'TRUE')}"
                    f"{AGGREGATE_SQL}", [SAMPLE, SAMPLE, SAMPLE])
        return
    touched = sorted(set(actors))
    if not touched:
        return
    inside = "(SELECT unnest(?::VARCHAR[]))"
    con.execute(f"DELETE FROM graph_edges WHERE source IN {inside} AND target IN {inside}", [touched, touched])
    events = "SELECT * FROM corpus_events WHERE list_has_any(actors, ?::VARCHAR[])"
    keep = f"u IN {inside} AND v IN {inside}"
    con.execute(f"INSERT INTO graph_edges WITH {edge_ctes(events, NATURAL_ORDER, keep)}{AGGREGATE_SQL}",
                [touched, touched, touched, SAMPLE, SAMPLE, SAMPLE])


def event_actors(con: Any, story_ids: Iterable[str]) -> set[str]:
    """The actors of the stored merged events of `story_ids` (before they are replaced)."""
    rows = con.execute("SELECT DISTINCT unnest(actors) FROM corpus_events WHERE story IN (SELECT unnest(?::VARCHAR[]))",
                       [sorted(set(story_ids))]).fetchall()
    return {str(r[0]) for r in rows if r[0] is not None}
