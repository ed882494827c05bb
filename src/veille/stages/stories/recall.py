"""Cross-story event identity: an event a later story recalls is the earlier story's event.

`merge` makes one corpus event per occasion inside one story.  A later story often recalls an
earlier story's occasion as background (an article about a shop closure recalls the redundancy
plan of six months before): its report of the plan is merged within the later story into a
corpus event of its own, dated before that story begins.  Such a *recalled* event gets
`corpus_events.same_as`: the id of the other story's corpus event it is the same occasion as,
by merge's criteria (same PLOVER type, a shared actor, sides not reversed unless the type is
symmetric, places not different) with dates that agree at day or month precision (a recalled
year or season says too little to pin an occasion).  The target must lie in its own story's
time (not itself recalled, so links never chain) and belong to a story that began earlier.

The stored rows stay per story (the later story still lists the event, as recalled), so the
incremental corpus steps rewrite only the stories they touch; `relink` then recomputes every
link those stories' new events can change, from the stored rows, which is what a full pass
computes for all of them.  The export folds a linked event into its target
(`veille.store.export.event_rows`): both stories' reports carry the target's id.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass

import duckdb

from veille.stages.stories.dates import Span, compatible, parse_span
from veille.stages.stories.merge import _SYMMETRIC
from veille.store import answers

_PRECISE = ("day", "month")  # a recalled occasion is pinned by its day or its month


@dataclass(frozen=True)
class Stored:
    """What the link reads of a stored corpus event."""

    id: str
    type: str
    source: frozenset[str]
    target: frozenset[str]
    date: str | None
    location: str | None
    story: str | None
    story_start: datetime.date | None

    @property
    def actors(self) -> frozenset[str]:
        return self.source | self.target

    def span(self) -> Span | None:
        span = parse_span(self.date)
        return span if span is not None and span.precision in _PRECISE else None

    def recalled(self) -> bool:
        """Dated (day or month) wholly before its own story begins."""
        span = self.span()
        return span is not None and self.story_start is not None and span.end < self.story_start


def fit(a: Stored, b: Stored) -> float:
    """How well two events of different stories are one occasion: 0 when they cannot be."""
    if a.type != b.type or a.story == b.story or a.span() is None or b.span() is None:
        return 0.0
    shared = a.actors & b.actors
    if not shared:
        return 0.0
    reversed_sides = bool(a.source and a.target and b.source and b.target and a.source & b.target
                          and a.target & b.source and not a.source & b.source and not a.target & b.target)
    if reversed_sides and a.type not in _SYMMETRIC:
        return 0.0
    if a.location and b.location and a.location != b.location:
        return 0.0
    if not compatible(a.date, b.date):
        return 0.0
    return len(shared) / len(a.actors | b.actors)


def links(scope: list[Stored], candidates: list[Stored]) -> dict[str, str | None]:
    """`same_as` of each event in `scope`: the best-fitting earlier story's event among
    `candidates` for a recalled event, else None (ties: the smaller id)."""
    # By (type, actor): a recalled event is compared with the events sharing both, not with
    # every event of its type (a full pass over a large store links thousands).
    targets: dict[tuple[str, str], list[Stored]] = {}
    for c in candidates:
        if not c.recalled() and c.story_start is not None:
            for actor in c.actors:
                targets.setdefault((c.type, actor), []).append(c)
    out: dict[str, str | None] = {}
    for event in scope:
        best: tuple[float, str] | None = None
        if event.recalled():
            assert event.story_start is not None
            near = {t.id: t for a in event.actors for t in targets.get((event.type, a), [])}
            for t in near.values():
                if t.story_start is None or t.story_start >= event.story_start:
                    continue  # the occasion belongs to the story that began first
                score = fit(event, t)
                if score > 0 and (best is None or (-score, t.id) < (-best[0], best[1])):
                    best = (score, t.id)
        out[event.id] = best[1] if best else None
    return out


_SELECT = ("SELECT e.id, e.type, e.source, e.target, e.date, e.location, e.story, s.start, e.same_as "
           "FROM corpus_events e LEFT JOIN stories s ON s.id = e.story")


def _rows(con: duckdb.DuckDBPyConnection, where: str, params: list[object]) -> list[tuple[Stored, str | None]]:
    out = []
    for r in con.execute(f"{_SELECT} WHERE {where}", params).fetchall():
        source = frozenset(json.loads(r[2]) if isinstance(r[2], str) else (r[2] or []))
        target = frozenset(json.loads(r[3]) if isinstance(r[3], str) else (r[3] or []))
        out.append((Stored(r[0], r[1], source, target, r[4], r[5], r[6], r[7]), r[8]))
    return out


def _sharing(con: duckdb.DuckDBPyConnection, events: list[Stored]) -> list[tuple[Stored, str | None]]:
    """Stored events of the same type as one of `events` sharing an actor with it."""
    found: dict[str, tuple[Stored, str | None]] = {}
    by_type: dict[str, set[str]] = {}
    for e in events:
        by_type.setdefault(e.type, set()).update(e.actors)
    for kind, actors in sorted(by_type.items()):
        for row in _rows(con, "e.type = ? AND list_has_any(e.actors, ?::VARCHAR[])", [kind, sorted(actors)]):
            found[row[0].id] = row
    return list(found.values())


def relink(con: duckdb.DuckDBPyConnection, story_ids: list[str] | None) -> None:
    """Recompute `same_as` after the corpus events of `story_ids` (None: of every story) were
    written: theirs, and that of every stored event whose link they can change (a recalled event
    that may now fit one of them, or whose target was among them or is gone)."""
    if story_ids is None:
        rows = _rows(con, "TRUE", [])
        scope = [s for s, _ in rows]
        result = links(scope, scope)
        old = {s.id: same for s, same in rows}
    else:
        touched = _rows(con, "e.story IN (SELECT unnest(?::VARCHAR[]))", [story_ids])
        near = _sharing(con, [s for s, _ in touched])
        stale = _rows(con, "e.same_as IS NOT NULL AND (e.same_as NOT IN (SELECT id FROM corpus_events) OR "
                      "e.same_as IN (SELECT id FROM corpus_events WHERE story IN (SELECT unnest(?::VARCHAR[]))))",
                      [story_ids])
        scope_rows = {s.id: (s, same) for s, same in [*touched, *near, *stale]
                      if s.story in story_ids or s.recalled() or same is not None}
        scope = [s for s, _ in scope_rows.values()]
        # A recalled event's candidates are the stored events sharing its type and an actor.
        result = links(scope, [s for s, _ in _sharing(con, [s for s in scope if s.recalled()])])
        old = {s.id: same for s, same in scope_rows.values()}
    changed = [(eid, same) for eid, same in sorted(result.items()) if old.get(eid) != same]
    if changed:
        con.execute("UPDATE corpus_events SET same_as = u.same_as FROM (SELECT unnest(?::VARCHAR[]) AS id, "
                    "unnest(?::VARCHAR[]) AS same_as) AS u WHERE corpus_events.id = u.id RETURNING corpus_events.story",
                    [[c[0] for c in changed], [c[1] for c in changed]])
        # The stored answers of the stories whose events changed (migration 23); the stories the
        # corpus write rewrites are built again once their counts are written (`Store.write_corpus`).
        answers.refresh_stories(con, [r[0] for r in con.fetchall()])
