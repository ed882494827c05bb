"""Events as SQL: filters, date bounds, ordering and pagination run in DuckDB, not in Python.

One record per real-world event (the merged `corpus_events`), or the per-article events
while the corpus steps have not run; the record shape is the export contract's
(`veille.store.export.event_rows`). The shapes are `veille.dossier.event_shapes`, the actor
graph's edges `veille.dossier.event_graph`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import numpy as np

from veille.dossier.event_shapes import (
    _SORT_KEYS,
    BRIEF_COLUMNS,
    DOC_COLUMNS,
    RECORD_COLUMNS,
    RawRecord,
    brief_of,
    brief_row,
    record,
)
from veille.store.aggregates import BRIEF_DOC_SQL, HEAD, actors_sql
from veille.store.dates import DATE_END_SQL, DATE_START_SQL
from veille.store.db import Store
from veille.store.kept import lasting
from veille.store.list_docs import with_same_as_bytes

# Merged events carry their date bounds and actors (stored with them, migration 4); per-article
# events, read only until the corpus steps have run, get them computed.
_CORPUS = ("SELECT id, type, mode, source, target, date, location, modality, evidence, story, articles, "
           "independent_sources, conflicts, NULL AS article, date_start, date_end, actors, same_as, "
           "evidence_first, evidence_count, contested, brief FROM corpus_events")
_PER_ARTICLE = (f"SELECT *, {BRIEF_DOC_SQL} AS brief FROM ("
                "SELECT e.id, e.type, e.mode, e.source, e.target, e.date, e.location, e.modality, e.evidence, "
                "a.story, to_json([e.article]) AS articles, 1 AS independent_sources, '[]'::JSON AS conflicts, "
                f"e.article, {DATE_START_SQL} AS date_start, {DATE_END_SQL} AS date_end, "
                f"{actors_sql('e.source', 'e.target')} AS actors, NULL AS same_as, e.evidence->0 AS evidence_first, "
                "coalesce(json_array_length(e.evidence), 0) AS evidence_count, []::VARCHAR[] AS contested "
                "FROM events e JOIN articles a ON a.id = e.article)")


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

    def by_actors_only(self) -> bool:
        """Whether the filter is by actors (and dated) alone, which `event_actors` answers."""
        return (self.actors is not None and not (self.type or self.story or self.since or self.until)
                and self.ids is None)

    def kept_order(self) -> bool:
        """Whether `_kept_page` answers the filter: by type, bounds and `dated` alone (an actor's
        events come from `event_actors`, a story's are read whole by its index)."""
        return self.actors is None and self.story is None and self.ids is None

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition and its parameters, over the events relation named `b` (every query
        here reads the events as `WITH b AS (...)`: a name's ids are a semi-join on `b`)."""
        clauses: list[str] = ["TRUE"]
        params: list[Any] = []
        if self.type:
            clauses.append("type = ?")
            params.append(self.type.upper())
        if self.story:
            clauses.append("story = ?")
            params.append(self.story)
        if self.actors is not None and len(self.actors) == 1:
            clauses.append("list_contains(actors, ?)")  # an entity's page: 2 ms over 32k events
            params.append(self.actors[0])
        elif self.actors is not None:
            # A name's ids: a semi-join on the unnested actors (`list_has_any(actors, ids)`
            # tests every event against the whole list: 8 ms over 32k events for 32 ids; 6 so).
            clauses.append("id IN (SELECT id FROM (SELECT id, unnest(actors) AS actor FROM b) "
                           "WHERE actor IN (SELECT unnest(?::VARCHAR[])))")
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


def recalls(store: Store) -> bool:
    """Whether any merged event is a recall of an earlier story's (`same_as`), once per connection."""
    return store.fact("recalled events", lambda: bool((store.con.execute(
        "SELECT EXISTS (SELECT 1 FROM corpus_events WHERE same_as IS NOT NULL)").fetchone() or [False])[0]))


def _actor_rows(store: Store, dated: bool) -> str:
    """The condition on `event_actors` rows that `_by_actors` keeps besides the actor."""
    where = " AND date IS NOT NULL AND date <> ''" if dated else ""
    if recalls(store):  # as in `_query` (an anti-join of 0.3 ms at 10k, for stores that have any)
        where += " AND event NOT IN (SELECT id FROM corpus_events WHERE same_as IS NOT NULL)"
    return where


def _actor_total(store: Store, filt: EventFilter) -> int | None:
    """How many events `_by_actors` keeps for one actor, from every actor's count read once per
    connection where the store keeps facts (the server's readers), else None. The page's window
    count sorted every event of the actor to count them (an actor of 16.5k events at 100k: 6.2
    ms, the top-N alone 3.7), and a page past the end cost a count statement more (the timeline
    of the varied load mostly); the counts per actor are one GROUP BY per connection, as many
    rows as actors."""
    if store.facts is None or not filt.actors or len(filt.actors) != 1:
        return None
    counts = store.fact(f"events per actor{' dated' if filt.dated else ''}", lambda: {
        str(a): int(n) for a, n in store.con.execute(
            f"SELECT actor, count(*) FROM event_actors WHERE TRUE{_actor_rows(store, filt.dated)} "
            "GROUP BY actor").fetchall()})
    return counts.get(filt.actors[0], 0)


# The one order `_kept_page` keeps its arrays in (the events page's): another order reads by SQL.
_KEPT_ORDER = "date NULLS LAST, id"


@dataclass
class _KeptEvents:
    """The merged events outside a recall (`same_as IS NULL`) in the events page's order (`date
    NULLS LAST, id`, sorted by DuckDB), as arrays of what `EventFilter` tests without an actor or
    a story. A NULL bound or date is "" with its own mask: `date_end >= ?` is false on NULL."""

    rowids: np.ndarray  # each event's row, in the order: a page's records are read by row id
    by_type: dict[str, np.ndarray]  # positions of each type's events, ascending
    start: np.ndarray  # date_start, "" for NULL (numpy unicode: compared by code point, as
    end: np.ndarray    # DuckDB compares VARCHARs by UTF-8 bytes: the same order)
    has_start: np.ndarray
    has_end: np.ndarray
    dated: np.ndarray  # date IS NOT NULL AND date <> ''


def _kept_events(store: Store) -> _KeptEvents:
    rows = store.con.execute("SELECT rowid, type, date, date_start, date_end FROM corpus_events "
                             "WHERE same_as IS NULL ORDER BY date NULLS LAST, id").fetchall()
    types: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        types.setdefault(str(r[1]), []).append(i)
    return _KeptEvents(
        rowids=np.asarray([int(r[0]) for r in rows], dtype=np.int64),
        by_type={t: np.asarray(p, dtype=np.int64) for t, p in types.items()},
        start=np.asarray([r[3] or "" for r in rows], dtype=str),
        end=np.asarray([r[4] or "" for r in rows], dtype=str),
        has_start=np.asarray([r[3] is not None for r in rows], dtype=bool),
        has_end=np.asarray([r[4] is not None for r in rows], dtype=bool),
        dated=np.asarray([bool(r[2]) for r in rows], dtype=bool))


def _kept_page(store: Store, filt: EventFilter, limit: int, offset: int,
               brief: bool = False, docs: bool = False) -> tuple[int, list[Any]] | None:
    """(total, the page's records) of an events page by type, date bounds or `dated` alone, from the
    merged events' order kept for the connection (`Store.fact`, where the store keeps facts: the
    server's readers), else None. The page's statement filtered every merged event and sorted
    the matches for their top-N and window count (3.1 ms at 100k, 27.5k events: events by type
    and day); over these arrays it is a mask and a slice, and the page's records are read by
    row id (row ids are stable for a read-only connection, as `records.kept_page`'s; 50 records
    by row id 2.4 ms at 100k, by id 3.3 alone, about the same in the request mix). The arrays
    cost one sorted read of the narrow columns per connection (the events grow with the
    stories, a few per story)."""
    if store.facts is None or "\0" in (filt.since or "") + (filt.until or ""):
        return None  # (numpy's unicode drops a text's trailing NULs; DuckDB compares them)
    kept = store.fact("merged events in page order", lambda: _kept_events(store))
    if filt.type:
        positions = kept.by_type.get(filt.type.upper(), np.zeros(0, dtype=np.int64))
    else:
        positions = np.arange(len(kept.rowids), dtype=np.int64)
    keep = np.ones(len(positions), dtype=bool)
    if filt.since:
        keep &= kept.has_end[positions] & (kept.end[positions] >= filt.since)
    if filt.until:
        keep &= kept.has_start[positions] & (kept.start[positions] <= filt.until)
    if filt.dated:
        keep &= kept.dated[positions]
    chosen = positions[keep]
    return _page_at(store, kept, chosen, limit, offset, brief, docs)


def _kept_briefs(store: Store) -> list[str]:
    """Each merged event outside a recall's brief document (`corpus_events.brief`, migration 25) as
    its JSON text, in `_kept_events`' order (`date NULLS LAST, id`: a total order, ids being the
    key, so its positions are those of any connection to the same file): kept while the file is
    unchanged (`store/kept.lasting`, perf40). An events page in brief read its 50 documents by row id,
    one statement (2.0-2.4 ms of CPU at 100k, perf39) of the page's 0.7; here a list index and
    the `json.loads` `Store.rows` ran on the same texts. 26k events' texts at 100k: measured in
    ARCHITECTURE.md ("The events list's briefs in memory")."""
    return [str(r[0]) for r in store.con.execute(
        f"SELECT brief FROM corpus_events WHERE same_as IS NULL ORDER BY {_KEPT_ORDER}").fetchall()]


def _kept_positions(store: Store) -> dict[str, int]:
    """Each merged event outside a recall's position in `_kept_events`' order, by id (api43): where
    a page's ids come from elsewhere (an actor's stored timeline head), its briefs are read from
    `_kept_briefs` as the events page's are. Kept as those are (26k ids at 100k)."""
    return {str(r[0]): i for i, r in enumerate(store.con.execute(
        f"SELECT id FROM corpus_events WHERE same_as IS NULL ORDER BY {_KEPT_ORDER}").fetchall())}


def _briefs_at(store: Store, positions: list[int]) -> list[dict[str, Any]]:
    """The briefs of the merged events at `positions` of `_kept_events`' order, from memory (perf40):
    a list index and the `json.loads` a statement's `Store.rows` ran on the same texts."""
    docs = lasting(store, "merged events' briefs in page order", lambda: _kept_briefs(store))
    return [brief_row({"brief": json.loads(docs[p]), "same_as": None}) for p in positions]


def _page_at(store: Store, kept: _KeptEvents, chosen: np.ndarray, limit: int,
             offset: int, brief: bool = False, docs: bool = False) -> tuple[int, list[Any]]:
    """(total, the page's records) of the chosen positions in `_kept_events`' order: the slice
    of the page, its records read by row id (the by-type and the by-actor pages alike); `docs`
    (whole events): each as `_shaped` gives it, its stored document where it has one (api43)."""
    page = chosen[offset:offset + limit]
    if not len(page):
        return len(chosen), []
    if brief and store.facts is not None:  # (perf40) the page's brief documents from memory, no statement
        return len(chosen), _briefs_at(store, [int(p) for p in page])
    docs = docs and not brief
    rows = {r.pop("row__"): r for r in store.rows(
        f"SELECT rowid AS row__, {_columns(brief, docs)} FROM corpus_events WHERE rowid = ANY(?::BIGINT[])",
        [[int(r) for r in kept.rowids[page]]])}
    return len(chosen), _shaped(store, _CORPUS, [rows[int(r)] for r in kept.rowids[page]], brief, docs)


def _actor_positions(store: Store) -> dict[str, np.ndarray]:
    """Each actor's merged events outside a recall as positions in `_kept_events`' order (the
    events page's, `date NULLS LAST, id`: a total order, so the same positions), ascending, from
    the stored `event_actors` (maintained by the corpus steps), read once per connection: 106.5k
    rows, 40 actors at 100k."""
    rows = store.con.execute(
        "SELECT a.actor, list(k.pos ORDER BY k.pos) FROM event_actors a JOIN (SELECT id, "
        "row_number() OVER (ORDER BY date NULLS LAST, id) - 1 AS pos FROM corpus_events "
        "WHERE same_as IS NULL) k ON k.id = a.event GROUP BY a.actor").fetchall()
    return {str(actor): np.unique(np.asarray(pos, dtype=np.int64)) for actor, pos in rows}


def _actors_page(store: Store, filt: EventFilter, limit: int, offset: int,
                 brief: bool = False, docs: bool = False) -> tuple[int, list[Any]] | None:
    """(total, the page's records) of the events page of one or more actors (a name's ids) from
    each actor's positions in the page order kept for the connection (`Store.fact`, the server's
    readers), else None (events@39 read path, issue 20). The statement read every `event_actors`
    row of the ids (a sequential scan: 91k of 106.5k rows for a 15-id name at 100k), merged them
    with DISTINCT, sorted them for a top-N and counted them by a window (9 ms of CPU, and a count
    statement more for a page past the end: a name whose ids act in no event cost 6-17 ms to
    answer 0); here the ids' positions are a union of sorted arrays, the total its length, and
    the page's records are read by row id, as `_kept_page`'s."""
    if store.facts is None or not filt.actors:
        return None
    kept = store.fact("merged events in page order", lambda: _kept_events(store))
    by_actor = store.fact("actor positions in page order", lambda: _actor_positions(store))
    found = [by_actor[a] for a in set(filt.actors) if a in by_actor]
    if not found:
        return 0, []
    if len(found) == 1:
        chosen = found[0]
    else:  # a union of sorted positions: a mask over the kept events (26k at 100k), no sort
        mask = np.zeros(len(kept.rowids), dtype=bool)
        for positions in found:
            mask[positions] = True
        chosen = np.flatnonzero(mask)
    return _page_at(store, kept, chosen, limit, offset, brief, docs)


def _actor_head(store: Store, filt: EventFilter, limit: int, offset: int,
                timeline: bool) -> tuple[int, list[str]] | None:
    """(total, the page's ids) of one actor's events page or timeline from its stored head
    (`actor_heads`, `veille.store.aggregates`) when the page lies in it, for the server's readers
    (where the store keeps facts), else None. The head holds the events outside a recall in the
    order the page sorts them by, and their count: the page is a slice of one row."""
    if (store.facts is None or not filt.actors or len(filt.actors) != 1 or timeline != filt.dated
            or offset + limit > HEAD):
        return None
    # Every actor's head, read once per connection (as many rows as actors with an event, each
    # at most 2 x HEAD ids: 296 rows, 29.6k ids, 18 ms once at 100k): a page in the head then
    # costs no statement but its records' (the head's own statement was 0.8-1 ms of a timeline
    # or entity page, a fixed cost whatever the store's size).
    heads = store.fact("actor heads", lambda: {str(a): ((int(n), [str(i) for i in page]),
                                                        (int(d), [str(i) for i in dated]))
                                               for a, n, d, page, dated in store.con.execute(
        "SELECT actor, events, dated, page, timeline FROM actor_heads").fetchall()})
    total, ids = heads.get(filt.actors[0], ((0, []), (0, [])))[1 if timeline else 0]
    if offset >= total:
        return total, []
    return total, ids[offset:offset + limit]


def _by_actors(store: Store, filt: EventFilter) -> tuple[str, list[Any]]:
    """The events of `filt.actors` (and `dated`) with the columns of their order, from
    `event_actors` (stored in actor order with each event's date: `veille.store.aggregates`)."""
    actors = filt.actors or []
    dated = _actor_rows(store, filt.dated)
    if len(actors) == 1:  # one row per (actor, event): nothing to merge
        return f"SELECT event AS id, date, date_start FROM event_actors WHERE actor = ?{dated}", actors
    return ("SELECT DISTINCT event AS id, date, date_start FROM event_actors "
            f"WHERE actor IN (SELECT unnest(?::VARCHAR[])){dated}", [actors])


def merged(store: Store) -> bool:
    """Whether the corpus steps have merged events (once per connection where facts are kept)."""
    return store.fact("merged events", lambda: bool((store.con.execute(
        "SELECT EXISTS (SELECT 1 FROM corpus_events)").fetchone() or [False])[0]))


def source(store: Store) -> tuple[str, str]:
    """The events relation and its natural order."""
    if merged(store):
        return _CORPUS, "date NULLS LAST, id"
    return _PER_ARTICLE, "article, id"


def query(store: Store, filt: EventFilter, *, limit: int | None = None, offset: int = 0,
          timeline: bool = False, brief: bool = False, docs: bool = False) -> tuple[int | None, list[Any]]:
    """(total, records) of the events `filt` keeps; total is None when no `limit` was asked
    (then every record is returned and counting would be a second scan for nothing). `brief`:
    each record as `brief_row` shapes it (an excerpt of its first evidence sentence, counts).
    `docs` (a page of whole events): each record whose document is stored as a `RawRecord`, the
    JSON text the API writes for it (migration 26), the others as before."""
    if filt.actors == []:  # a name no entity bears (an actor filter resolves names to ids): no event
        return (None if limit is None else 0), []
    # The merged events first: asking whether there are any cost a query (0.4 ms) on every
    # page, and only an empty answer needs it.
    total, records = _query(store, _CORPUS, "date NULLS LAST, id", filt, limit, offset, timeline, brief,
                            docs and not brief and limit is not None)
    if records or source(store)[0] == _CORPUS:
        return total, records
    return _query(store, _PER_ARTICLE, "article, id", filt, limit, offset, timeline, brief)


def _query(store: Store, relation: str, order: str, filt: EventFilter, limit: int | None, offset: int,
           timeline: bool, brief: bool = False, docs: bool = False) -> tuple[int | None, list[Any]]:
    if timeline:
        order = "coalesce(date_start, '9999'), id"
    where, params = filt.where()
    if relation == _CORPUS and not filt.story:
        # Outside a story's view an event a later story recalls is its earlier story's event (as
        # in the export), not a second record of the occasion (stories.recall).
        where += " AND same_as IS NULL"
    base = f"WITH b AS ({relation}) SELECT * FROM b WHERE {where}"
    if limit is None:
        # Sorted here: every order is total (it ends with the unique id), and DuckDB's sort cost
        # about 0.5 ms a query whatever the rows (a story's events: a story page's largest query).
        full = [record(e) for e in sorted(store.rows(base, params), key=_SORT_KEYS[order])]
        return None, [brief_of(e) for e in full] if brief else full
    # The page's ids first, ordered over the narrow columns, then only their records: sorting
    # whole records would carry every matching event's evidence (its bulk) through the sort.
    # The total rides along as a window count (one scan, not a count and then a page).
    if relation == _CORPUS and not timeline and order == _KEPT_ORDER and filt.kept_order():
        kept = _kept_page(store, filt, limit, offset, brief, docs)
        if kept is not None:
            return kept
    # (`article` for the per-article events' order: without it their page failed to bind, perf38)
    narrow, page_params = f"WITH b AS ({relation}) SELECT id, date, date_start, article FROM b WHERE {where}", params
    if relation == _CORPUS and filt.by_actors_only():
        if not timeline and not filt.dated and order == _KEPT_ORDER:
            by_positions = _actors_page(store, filt, limit, offset, brief, docs)
            if by_positions is not None:
                return by_positions
        head = _actor_head(store, filt, limit, offset, timeline)
        if head is not None:
            return head[0], _records_of(store, relation, head[1], brief, docs)
        narrow, page_params = _by_actors(store, filt)
        known = _actor_total(store, filt)
        if known is not None:  # the total kept for the connection: the page is a top-N alone
            if offset >= known:
                return known, []
            rows = store.rows(_page_sql(relation, narrow, order, counted=False, brief=brief, docs=docs),
                              [*page_params, limit, offset])
            return known, _shaped(store, relation, rows, brief, docs)
    found = store.rows(_page_sql(relation, narrow, order, counted=True, brief=brief, docs=docs),
                       [*page_params, limit, offset])
    if found:
        total = int(found[0]["total__"])
    elif offset == 0 and limit > 0:  # nothing matches
        total = 0
    else:  # past the end, or a page of none asked for its total (`entity(events=0)`): the count
        # alone, over the ids the page was drawn from (an actor's from `event_actors`: 0.55 ms
        # at 10k, where counting the events that name it was 1.1)
        row = store.con.execute(f"SELECT count(*) FROM ({narrow})", page_params).fetchone()
        total = int(row[0]) if row else 0
    return total, _shaped(store, relation, found, brief, docs)


def _columns(brief: bool, docs: bool = False) -> str:
    return BRIEF_COLUMNS if brief else DOC_COLUMNS if docs else RECORD_COLUMNS


def _shaped(store: Store, relation: str, rows: list[dict[str, Any]], brief: bool, docs: bool) -> list[Any]:
    """The page's rows as records (`brief`: in brief; `docs`: rows of `DOC_COLUMNS`, each as its
    `RawRecord`, or, where it has no document, its record read by id as before)."""
    if not docs:
        return [(brief_row if brief else record)(e) for e in rows]
    missing = [str(e["id"]) for e in rows if e["record_doc"] is None]
    whole = {r["id"]: r for r in _records_of(store, relation, missing)} if missing else {}
    return [whole[e["id"]] if e["record_doc"] is None else RawRecord(with_same_as_bytes(e["record_doc"], e["same_as"]))
            for e in rows]


def _page_sql(relation: str, narrow: str, order: str, *, counted: bool, brief: bool = False,
              docs: bool = False) -> str:
    """One statement for a page past an actor's stored head, or any page where no facts are kept:
    the page's ids ordered over the narrow columns (a top-N that carries no evidence through the
    sort; with `counted`, the total riding along as a window count), then only their records,
    joined by id. It was two statements, the ids and then their records by an IN list (a
    statement's fixed cost was most of a deep timeline page); the join costs what the IN list
    cost (an actor of 15k events, page at offset 5,000: 29-31 ms for both, on a synthetic 30k
    store on the shared machine)."""
    total = ", count(*) OVER () AS total__" if counted else ""
    if docs:  # (the merged events' table itself: `_CORPUS` leaves the documents out of its `SELECT *`)
        relation = "SELECT * FROM corpus_events"
    return (f"WITH b AS ({relation}), p AS (SELECT id{total} FROM ({narrow}) ORDER BY {order} LIMIT ? OFFSET ?) "
            f"SELECT {_columns(brief, docs)}{', total__' if counted else ''} FROM b JOIN p USING (id) ORDER BY {order}")


def _records_of(store: Store, relation: str, ids: list[str], brief: bool = False,
                docs: bool = False) -> list[Any]:
    """The records of the events `ids`, in that order (`brief`: as `brief_row` shapes them; `docs`:
    as `_shaped` gives them)."""
    if not ids:
        return []
    if brief and relation == _CORPUS and store.facts is not None:
        # An actor's timeline in brief (api43): its head's ids are events outside a recall, whose
        # briefs are kept in memory as the events page's (a statement by id was 1.1 ms at 100k).
        at = lasting(store, "merged events' positions by id", lambda: _kept_positions(store))
        positions = [at.get(i) for i in ids]
        if None not in positions:
            return _briefs_at(store, [p for p in positions if p is not None])
    # The records by id alone: the ids already passed the filter, and testing it again made
    # DuckDB read every matching event's evidence (40 ms for an actor of 14,000 events at 100k;
    # 2 ms by id).
    # Only what `record` reads: the bounds and the actor list were for the filter (0.5 ms of 2.7
    # for a page of 50 at 10k).
    # One placeholder per id: DuckDB tests an IN list of values on the scan (50 records of an actor
    # at 100k: 3.2 ms), where a list parameter unnested is a hash join over every event (7.8 ms).
    table = "SELECT * FROM corpus_events" if docs else relation  # (as in `_page_sql`)
    rows = {e["id"]: e for e in store.rows(f"WITH b AS ({table}) SELECT {_columns(brief, docs)} FROM b "
                                           f"WHERE id IN ({', '.join('?' * len(ids))})", ids)}
    return _shaped(store, relation, [rows[i] for i in ids if i in rows], brief, docs)


def event(store: Store, event_id: str) -> dict[str, Any] | None:
    """One event's whole record by its id (a merged event, a recalled one included; the
    per-article events while none is merged), or None."""
    found = _records_of(store, source(store)[0], [event_id])
    return found[0] if found else None
