"""Stored aggregates: what the list endpoints show per entity, story and merged event, kept as
columns (migration 4) so a request reads them instead of recounting the corpus.

- `entities.mentions`, `entities.articles`: the entity's mentions, and the distinct articles
  holding them;
- `stories.events`: the story's merged events; `stories.sources`: its articles that repeat no
  other (`duplicate_of IS NULL`), or the length of its article list when no stored article
  names the story;
- `corpus_events.date_start`, `date_end`: first and last day of the event's TIMEX3 value
  (`veille.store.dates`), and `actors`: its source and target entity ids as a native list (the
  actor filters test it without parsing JSON), written with the event;
- `corpus_events.evidence_first`, `evidence_count`, `contested`: the event's first evidence
  sentence, how many it has, and the attribute of each of its conflicts (migration 24), written
  with the event from its stored JSON (`event_briefs_sql`): an entity page lists its events in
  brief from them, where it parsed every sentence and every conflict's claims (issue 20);
- `corpus_events.brief`: those and the event's other brief fields as one JSON document (migration
  25, `event_brief_docs_sql`), what the events list and the entity page read of a page's events;
- `cooccurrence (entity, other, articles)`: for each pair of entities mentioned in the same
  articles, how many (both directions);
- `cooccurrence_top (entity, partners)`: per entity, its first `TOP` rows of `cooccurrence` in
  the entity page's order (`articles DESC, other`), as a list of (other, articles), rewritten
  with the pairs for the entities whose pairs changed (migration 20): the entity page reads one
  row, where it filtered and sorted the whole pair table per request (2.4-3.9 ms at 100k);
- `graph_edges`: the actor graph's event edges with their counts and samples
  (`veille.store.graph_edges`, migration 8);
- `event_actors (actor, event, story, date, date_start)`: one row per actor of each merged event,
  in actor order (migration 12), written with the events: the events of an actor's name (its
  ids) are read from here, not from every event's actor list (8 ms over 32k events at 100k);
- `actor_heads (actor, events, dated, page, timeline)`: per actor, its merged events outside a
  recall (`same_as IS NULL`) and how many of them are dated, and the first `HEAD` ids of each in
  the events page's order (`date NULLS LAST, id`) and the timeline's (`coalesce(date_start,
  '9999'), id`, dated ones only), rewritten with `event_actors` for the actors of the stories
  written (migration 19): the entity page and an actor's first pages read one row, where they
  sorted every event of the actor (16.5k at 100k) and counted every actor once per connection;
- `entity_docs (entity, doc, mentions)`: each entity's mentions per article, by the search
  index's document numbers (`veille.store.search_index`, migration 11), recounted with the
  entity's counts.

`Store.write_corpus` refreshes them for the entities and stories it writes, in its
transaction (`refresh`; a partial write keeps the entities' counts, `entity_docs` and the pairs
by difference: `add_difference`); the migration backfilled older stores with the same SQL.  A writer
that changes mentions, articles or merged events without going through `write_corpus` calls
`Store.refresh_aggregates` with the ids touched (an entity that lost mentions included).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from veille.store import graph_edges, list_docs, search_index
from veille.store.dates import DATE_END_SQL, DATE_START_SQL


def _only(column: str, ids: Sequence[str] | None) -> tuple[str, list[Any]]:
    """A filter on `column` to `ids` (None: every row), and its parameters."""
    if ids is None:
        return "TRUE", []
    return f"{column} IN (SELECT unnest(?::VARCHAR[]))", [list(ids)]


def entity_counts_sql(ids: Sequence[str] | None) -> tuple[str, list[Any]]:
    where, params = _only("e.id", ids)
    mentions_where, mention_params = _only("entity", ids)
    return (f"""UPDATE entities SET mentions = u.mentions, articles = u.articles
FROM (SELECT e.id, coalesce(c.mentions, 0) AS mentions, coalesce(c.articles, 0) AS articles
      FROM entities e LEFT JOIN (
          SELECT entity, count(*) AS mentions, count(DISTINCT article) AS articles FROM mentions
          WHERE entity IS NOT NULL AND {mentions_where} GROUP BY entity) c ON c.entity = e.id
      WHERE {where}) AS u
WHERE entities.id = u.id""", mention_params + params)


def story_counts_sql(ids: Sequence[str] | None) -> tuple[str, list[Any]]:
    where, params = _only("s.id", ids)
    events_where, event_params = _only("story", ids)
    return (f"""UPDATE stories SET events = u.events, sources = u.sources
FROM (SELECT s.id, coalesce(ev.n, 0) AS events, coalesce(src.n, json_array_length(s.articles), 0) AS sources
      FROM stories s
      LEFT JOIN (SELECT story, count(*) AS n FROM corpus_events WHERE {events_where} GROUP BY story) ev
             ON ev.story = s.id
      LEFT JOIN (SELECT story, count(*) FILTER (WHERE duplicate_of IS NULL) AS n FROM articles
                 WHERE {events_where} GROUP BY story) src ON src.story = s.id
      WHERE {where}) AS u
WHERE stories.id = u.id""", event_params + event_params + params)


def actors_sql(source: str = "source", target: str = "target") -> str:
    """SQL for an event's actors (source then target ids) from its JSON `source` and `target`."""
    return (f"coalesce(from_json({source}, '[\"VARCHAR\"]'), []::VARCHAR[]) || "
            f"coalesce(from_json({target}, '[\"VARCHAR\"]'), []::VARCHAR[])")



EVENT_COLUMNS_SQL = (f"UPDATE corpus_events SET date_start = {DATE_START_SQL}, date_end = {DATE_END_SQL}, "
                     f"actors = {actors_sql()}")


def event_briefs_sql(event_ids: Sequence[str] | None) -> tuple[str, list[Any]]:
    """The brief columns of the merged events `event_ids` (None: every event), from their stored
    evidence and conflicts: one statement for the writer and migration 24."""
    where, params = _only("id", event_ids)
    return ("UPDATE corpus_events SET evidence_first = evidence->0, "
            "evidence_count = coalesce(json_array_length(evidence), 0), "
            "contested = coalesce(json_extract_string(conflicts, '$[*].attribute'), []::VARCHAR[]) "
            f"WHERE {where}", params)


EVENT_BRIEFS_MIGRATION = f"""
ALTER TABLE corpus_events ADD COLUMN evidence_first JSON;
ALTER TABLE corpus_events ADD COLUMN evidence_count INTEGER;
ALTER TABLE corpus_events ADD COLUMN contested VARCHAR[];
{event_briefs_sql(None)[0]};
"""


# An event's brief fields packed in one JSON document (migration 25, perf38): a page of 50 events
# read by row id costs a vector's decompression per column it reads, and the dozen brief columns
# were 1.9-2.1 ms at 100k where this one column is 1.1-1.2 (1.4 with its decoding). Over the
# columns of the relation it is evaluated on: `corpus_events` (with the brief columns of migration
# 24, so written after them) or the per-article events' (`veille.dossier.events`). `same_as` stays
# a column of its own (the recall's UPDATE sets it after the write).
BRIEF_DOC_SQL = ("to_json(struct_pack(id := id, type := type, mode := mode, source := source, target := target, "
                 "date := date, location := location, modality := modality, evidence := evidence_first, "
                 "evidence_count := evidence_count, story := story, articles := articles, "
                 "independent_sources := independent_sources, contested := contested))")


def event_brief_docs_sql(event_ids: Sequence[str] | None) -> tuple[str, list[Any]]:
    """The brief document of the merged events `event_ids` (None: every event), from their columns
    (the brief ones of `event_briefs_sql` included): one statement for the writer and migration 25."""
    where, params = _only("id", event_ids)
    return f"UPDATE corpus_events SET brief = {BRIEF_DOC_SQL} WHERE {where}", params


EVENT_BRIEF_DOCS_MIGRATION = f"""
ALTER TABLE corpus_events ADD COLUMN brief JSON;
{event_brief_docs_sql(None)[0]};
"""


def event_actors_sql(story_ids: Sequence[str] | None) -> list[tuple[str, list[Any]]]:
    """Statements rewriting `event_actors` for the merged events of the stories `story_ids`
    (None: every event), as `write_corpus` replaces events story by story."""
    where, params = _only("story", story_ids)
    return [(f"DELETE FROM event_actors WHERE {where}", params),
            ("INSERT INTO event_actors SELECT DISTINCT actor, id, story, date, date_start FROM "
             f"(SELECT unnest(actors) AS actor, id, story, date, date_start FROM corpus_events WHERE {where}) "
             "ORDER BY actor, id", params)]


HEAD = 50  # ids kept per actor and order in `actor_heads`: the entity page's events and a first page
_DATED = "date IS NOT NULL AND date <> ''"  # as `EventFilter(dated=True)` keeps them
_HEADS_TOUCHED = "heads_touched"  # temp table: the actors whose heads a refresh rewrites


def actor_heads_insert(where: str) -> str:
    """The rows of `actor_heads` for the actors `where` keeps (over `event_actors.actor`)."""
    return f"""INSERT INTO actor_heads
SELECT actor, count(*)::INTEGER, (count(*) FILTER (WHERE {_DATED}))::INTEGER,
       list(event ORDER BY date NULLS LAST, event)[1:{HEAD}],
       coalesce(list(event ORDER BY coalesce(date_start, '9999'), event) FILTER (WHERE {_DATED}), [])[1:{HEAD}]
FROM event_actors WHERE {where} AND event NOT IN (SELECT id FROM corpus_events WHERE same_as IS NOT NULL)
GROUP BY actor ORDER BY actor"""


def actor_heads_sql(story_ids: Sequence[str] | None) -> list[tuple[str, list[Any]]]:
    """Statements rewriting `actor_heads` around `event_actors_sql(story_ids)`: the actors of those
    stories' events before and after (an actor that lost its last event loses its row)."""
    if story_ids is None:
        return [*event_actors_sql(None), ("DELETE FROM actor_heads", []), (actor_heads_insert("TRUE"), [])]
    where, params = _only("story", story_ids)
    touched = f"actor IN (SELECT actor FROM {_HEADS_TOUCHED})"
    return [(f"CREATE OR REPLACE TEMP TABLE {_HEADS_TOUCHED} AS SELECT DISTINCT actor FROM event_actors WHERE {where}",
             params),
            *event_actors_sql(story_ids),
            (f"INSERT INTO {_HEADS_TOUCHED} SELECT DISTINCT actor FROM event_actors WHERE {where}", params),
            (f"DELETE FROM actor_heads WHERE {touched}", []),
            (actor_heads_insert(touched), []),
            (f"DROP TABLE {_HEADS_TOUCHED}", [])]


# Migration 19: the heads of every actor, from `event_actors` as it stands (kept since migration 12).
ACTOR_HEADS_MIGRATION = ";\n".join([
    "CREATE TABLE actor_heads (actor VARCHAR PRIMARY KEY, events INTEGER NOT NULL, dated INTEGER NOT NULL, "
    "page VARCHAR[] NOT NULL, timeline VARCHAR[] NOT NULL)",
    actor_heads_insert("TRUE")]) + ";\n"


EVENT_ACTORS_MIGRATION = ";\n".join([
    "CREATE TABLE event_actors (actor VARCHAR NOT NULL, event VARCHAR NOT NULL, story VARCHAR, date VARCHAR, "
    "date_start VARCHAR)",
    *(sql for sql, _ in event_actors_sql(None))]) + ";\n"


def pairs_sql(where: str = "TRUE") -> str:
    """The rows of `cooccurrence` for the pairs `where` keeps (over `a.entity`, `b.entity`):
    entities mentioned in the same articles, counted over articles, each direction a row."""
    return ("SELECT a.entity, b.entity, count(*)::INTEGER FROM "
            "(SELECT DISTINCT entity, article FROM mentions WHERE entity IS NOT NULL) a JOIN "
            "(SELECT DISTINCT entity, article FROM mentions WHERE entity IS NOT NULL) b "
            f"ON a.article = b.article AND a.entity <> b.entity WHERE {where} GROUP BY a.entity, b.entity")


TOP = 100  # partners kept per entity in `cooccurrence_top`: the API's most (`?cooccurring=`, le=100)
_TOP_TOUCHED = "top_touched"  # temp table: the entities whose partners a write rewrites


def top_insert(where: str) -> str:
    """The rows of `cooccurrence_top` for the entities `where` keeps (over `cooccurrence.entity`)."""
    return (f"INSERT INTO cooccurrence_top SELECT entity, list({{'other': other, 'articles': articles}} "
            f"ORDER BY articles DESC, other)[1:{TOP}] FROM cooccurrence WHERE {where} GROUP BY entity ORDER BY entity")


def top_rewrite(every: bool = False) -> list[tuple[str, list[Any]]]:
    """Statements rewriting `cooccurrence_top` for the entities in the temp table `top_touched`
    (an entity that lost its last pair loses its row), then dropping that table; `every`: for
    every entity (no such table)."""
    if every:
        return [("DELETE FROM cooccurrence_top", []), (top_insert("TRUE"), [])]
    touched = f"entity IN (SELECT entity FROM {_TOP_TOUCHED})"
    return [(f"DELETE FROM cooccurrence_top WHERE {touched}", []), (top_insert(touched), []),
            (f"DROP TABLE {_TOP_TOUCHED}", [])]


def cooccurrence_sql(ids: Sequence[str] | None) -> list[tuple[str, list[Any]]]:
    """Statements recounting the pairs that hold one of `ids` (None: every pair), and the top
    partners of the entities whose pairs changed (`ids` and their partners, before and after).
    With ids, only the articles mentioning them are joined, so the cost follows what was touched."""
    if ids is None:
        return [("DELETE FROM cooccurrence", []), (f"INSERT INTO cooccurrence {pairs_sql()}", []),
                *top_rewrite(every=True)]
    touched = "(SELECT unnest(?::VARCHAR[]))"
    partners = f"SELECT other FROM cooccurrence WHERE entity IN {touched}"  # pairs are kept both ways
    return [(f"CREATE OR REPLACE TEMP TABLE {_TOP_TOUCHED} AS SELECT unnest(?::VARCHAR[]) AS entity "
             f"UNION {partners}", [list(ids), list(ids)]),
            (f"DELETE FROM cooccurrence WHERE entity IN {touched} OR other IN {touched}", [list(ids), list(ids)]),
            (f"""INSERT INTO cooccurrence
WITH a AS (SELECT DISTINCT entity, article FROM mentions WHERE entity IN {touched}),
     b AS (SELECT DISTINCT entity, article FROM mentions
           WHERE entity IS NOT NULL AND article IN (SELECT article FROM a)),
     p AS (SELECT a.entity AS x, b.entity AS y, a.article FROM a JOIN b ON a.article = b.article
           AND a.entity <> b.entity)
SELECT x, y, count(*)::INTEGER FROM (SELECT x, y, article FROM p UNION SELECT y, x, article FROM p)
GROUP BY x, y""", [list(ids)]),
            (f"INSERT INTO {_TOP_TOUCHED} {partners}", [list(ids)]),
            *top_rewrite()]


# -- co-occurrence kept by difference.  Each article adds its own pairs, so when some articles'
# mentions change, the table changes by their new pairs minus their old ones: the cost follows
# the articles written, not the articles of the entities they mention (recounting the pairs of
# an entity named in half of 100k articles took ~11 s).  Table `cooc_old` holds the (entity,
# article) rows as they were before the change; `add_pairs` applies the difference.
_OLD = "cooc_old"


def remember_pairs(con: Any, article_ids: Sequence[str], moved_entities: Sequence[str] = ()) -> None:
    """Before a write: keep the (entity, article) rows of the articles `article_ids` about to be
    rewritten, and every mention of `moved_entities` (ids whose mentions a relink may move to
    other ids), so that `add_pairs` can take their pairs away afterwards.  `counted`: whether the
    article's mentions are in the stored entity counts (a stored article the corpus steps have
    placed in a story; a new one's are counted by the steps' write: `add_difference`)."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE {_OLD} AS "
                'SELECT m.article, m.start, m."end", m.entity, '
                "m.article IN (SELECT unnest(?::VARCHAR[])) AS rewritten, a.story IS NOT NULL AS counted "
                "FROM mentions m LEFT JOIN articles a ON a.id = m.article "
                "WHERE m.entity IS NOT NULL AND (m.article IN (SELECT unnest(?::VARCHAR[])) "
                "OR m.entity IN (SELECT unnest(?::VARCHAR[])))", [list(article_ids), list(article_ids),
                                                                   list(moved_entities)])


def _before_after(con: Any, article_ids: Sequence[str]) -> None:
    """Temp tables `cooc_articles` (the articles whose mentions changed: rewritten, or a
    remembered mention with another id now), `agg_before` and `agg_after` ((entity, article,
    mentions, counted) of those articles before and after the write)."""
    con.execute(f"""CREATE OR REPLACE TEMP TABLE cooc_articles AS
SELECT unnest(?::VARCHAR[]) AS article UNION
SELECT o.article FROM {_OLD} o LEFT JOIN mentions m ON m.article = o.article AND m.start = o.start
       AND m."end" = o."end" WHERE NOT o.rewritten AND m.entity IS DISTINCT FROM o.entity""", [list(article_ids)])
    # Before: a rewritten article's remembered rows; another article's stored mentions with the
    # moved ones given back their remembered ids (such an article is placed: counted).
    con.execute(f"""CREATE OR REPLACE TEMP TABLE agg_before AS
SELECT entity, article, count(*) AS n, bool_and(counted) AS counted FROM {_OLD} WHERE rewritten GROUP BY ALL
UNION ALL
SELECT coalesce(o.entity, m.entity) AS entity, m.article, count(*) AS n, TRUE AS counted FROM mentions m
LEFT JOIN {_OLD} o ON o.article = m.article AND o.start = m.start AND o."end" = m."end" AND NOT o.rewritten
WHERE m.article IN (SELECT article FROM cooc_articles) AND m.article NOT IN (SELECT unnest(?::VARCHAR[]))
  AND coalesce(o.entity, m.entity) IS NOT NULL GROUP BY ALL""", [list(article_ids)])
    con.execute("""CREATE OR REPLACE TEMP TABLE agg_after AS
SELECT entity, article, count(*) AS n FROM mentions
WHERE entity IS NOT NULL AND article IN (SELECT article FROM cooc_articles) GROUP BY ALL""")


def _pairs_difference(con: Any) -> None:
    """`cooccurrence` += the pairs of `agg_after` minus those of `agg_before`."""
    con.execute("""CREATE OR REPLACE TEMP TABLE cooc_delta AS
WITH d AS (SELECT a.entity, b.entity AS other, -1 AS n FROM agg_before a JOIN agg_before b
               ON a.article = b.article AND a.entity <> b.entity
           UNION ALL
           SELECT a.entity, b.entity, 1 FROM agg_after a JOIN agg_after b
               ON a.article = b.article AND a.entity <> b.entity)
SELECT entity, other, sum(n)::INTEGER AS n FROM d GROUP BY ALL HAVING sum(n) <> 0""")
    con.execute("""UPDATE cooccurrence SET articles = cooccurrence.articles + d.n FROM cooc_delta d
                   WHERE cooccurrence.entity = d.entity AND cooccurrence.other = d.other""")
    con.execute("""INSERT INTO cooccurrence SELECT d.entity, d.other, d.n FROM cooc_delta d
                   WHERE NOT EXISTS (SELECT 1 FROM cooccurrence c WHERE c.entity = d.entity AND c.other = d.other)""")
    con.execute("""DELETE FROM cooccurrence WHERE articles <= 0""")
    # The delta holds both directions of each pair: its entities are those whose rows changed.
    con.execute(f"CREATE OR REPLACE TEMP TABLE {_TOP_TOUCHED} AS SELECT DISTINCT entity FROM cooc_delta")
    for sql, params in top_rewrite():
        con.execute(sql, params)


def _drop_temps(con: Any) -> None:
    for table in (_OLD, "cooc_articles", "cooc_delta", "agg_before", "agg_after", _ENTITY_OLD):
        con.execute(f"DROP TABLE IF EXISTS {table}")


def add_pairs(con: Any, article_ids: Sequence[str]) -> None:
    """After a write: `cooccurrence` += the pairs of the articles `article_ids` (rewritten, as
    passed to `remember_pairs`) and of the articles where a remembered mention now has another
    id, as they are stored now, minus those same articles' pairs as they were."""
    _before_after(con, article_ids)
    _pairs_difference(con)
    _drop_temps(con)


# -- entity counts kept by difference too (the corpus steps' write).  Recounting the entities a
# pass rewrote read every mention of each: at 100k articles a pass rewrites the ~5,000 entities
# of the name group its new mentions reach, so it recounted nearly every mention (0.27 of 4 s
# CPU).  An entity's stored counts are those of the placed articles' mentions; the pass changes
# them by the mentions of the articles whose mentions changed, after minus before.
_ENTITY_OLD = "entity_old"


def remember_entities(con: Any, entity_ids: Sequence[str]) -> None:
    """Before the entity rows `entity_ids` are replaced: their stored counts."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE {_ENTITY_OLD} AS SELECT id, mentions, articles FROM entities "
                "WHERE id IN (SELECT unnest(?::VARCHAR[]))", [list(entity_ids)])


def add_difference(con: Any, article_ids: Sequence[str], entity_ids: Sequence[str]) -> None:
    """After the corpus steps' write (`remember_pairs` and `remember_entities` before it): the
    pairs as `add_pairs`; the counts of the written entities `entity_ids` = their counts before
    plus the difference over the articles whose mentions changed (an entity without counts
    before is recounted); `entity_docs` of those articles rewritten from their mentions."""
    _before_after(con, article_ids)
    _pairs_difference(con)
    con.execute(f"""UPDATE entities SET mentions = u.mentions, articles = u.articles
FROM (SELECT o.id, o.mentions + coalesce(d.n, 0) AS mentions, o.articles + coalesce(d.a, 0) AS articles
      FROM {_ENTITY_OLD} o LEFT JOIN (
          SELECT entity, sum(n) AS n, sum(a) AS a FROM (
              SELECT entity, n, 1 AS a FROM agg_after
              UNION ALL SELECT entity, -n, -1 FROM agg_before WHERE counted) GROUP BY entity) d
      ON d.entity = o.id) u
WHERE entities.id = u.id""")
    missing = [r[0] for r in con.execute(
        f"SELECT unnest(?::VARCHAR[]) EXCEPT SELECT id FROM {_ENTITY_OLD}", [list(entity_ids)]).fetchall()]
    if missing:
        con.execute(*entity_counts_sql(sorted(missing)))
    docs = "(SELECT d.doc FROM search_docs d JOIN cooc_articles c ON c.article = d.article)"
    con.execute(f"DELETE FROM entity_docs WHERE doc IN {docs}")
    con.execute("INSERT INTO entity_docs SELECT a.entity, d.doc, a.n::INTEGER FROM agg_after a "
                "JOIN search_docs d ON d.article = a.article ORDER BY 1, 2")
    _drop_temps(con)


def refresh(con: Any, entity_ids: Sequence[str] | None, story_ids: Sequence[str] | None, *,
            pairs: bool = True) -> None:
    """Recount the entities `entity_ids` and the stories `story_ids` (None: all of them) from
    the stored mentions, articles and merged events.  `pairs=False`: the co-occurrence pairs are
    left alone (the writer keeps them by difference: `remember_pairs`, `add_pairs`)."""
    if entity_ids is None or entity_ids:
        con.execute(*entity_counts_sql(entity_ids))
        for sql, params in search_index.entity_docs_sql(entity_ids):
            con.execute(sql, params)
        if pairs or entity_ids is None:
            for sql, params in cooccurrence_sql(entity_ids):
                con.execute(sql, params)
    if story_ids is None or story_ids:
        con.execute(*story_counts_sql(story_ids))
        for statement in list_docs.story_docs_sql(story_ids):  # their list documents (migration 26)
            con.execute(*statement)
        for sql, params in actor_heads_sql(story_ids):  # `event_actors` and the heads read from it
            con.execute(sql, params)
    if story_ids is None:  # every story recounted: every merged event may have changed
        graph_edges.refresh(con, None)


# Migration 4: the columns, then every stored entity, story and merged event counted once.
MIGRATION = f"""
ALTER TABLE entities ADD COLUMN mentions INTEGER DEFAULT 0;
ALTER TABLE entities ADD COLUMN articles INTEGER DEFAULT 0;
ALTER TABLE stories ADD COLUMN events INTEGER DEFAULT 0;
ALTER TABLE stories ADD COLUMN sources INTEGER DEFAULT 0;
ALTER TABLE corpus_events ADD COLUMN date_start VARCHAR;
ALTER TABLE corpus_events ADD COLUMN date_end VARCHAR;
ALTER TABLE corpus_events ADD COLUMN actors VARCHAR[];
CREATE TABLE cooccurrence (entity VARCHAR NOT NULL, other VARCHAR NOT NULL, articles INTEGER NOT NULL);
INSERT INTO cooccurrence {pairs_sql()};
{entity_counts_sql(None)[0]};
{story_counts_sql(None)[0]};
{EVENT_COLUMNS_SQL};
"""


# Migration 20: the top partners of every entity, from `cooccurrence` as it stands.
COOCCURRENCE_TOP_MIGRATION = ";\n".join([
    "CREATE TABLE cooccurrence_top (entity VARCHAR PRIMARY KEY, "
    "partners STRUCT(other VARCHAR, articles INTEGER)[] NOT NULL)",
    top_insert("TRUE")]) + ";\n"
