"""The story member index: what clustering needs of a stored article, kept when it is placed.

A run that adds articles scores them against the stories the profile index proposes
(`index.candidates`).  Scoring a story takes, of each member, its profile (the story's centre
and nearest member), its language-neutral profile, its language, time span and events
(`cluster.StoryCluster`); reading the members whole for that (body, annotations, story dates
undone, profiles recomputed) made a run's cost grow with the size of the stories it looked at,
not with what it added.  So each placed article's `cluster.Member` is stored here (migration 16)
and the clusterer is seeded from these rows (`Clusterer.seed`); an article is read whole only
when its story receives a new one (its story is merged, dated and summarised again) or when its
row is stale.

Weights are stored as float32: they were most of the table as float64 (which compresses poorly),
and DuckDB reads a list column's blocks whole even for a few rows, so the table's size is what a
run's read costs in memory; the rounding (1e-7 relative) is far below the idf drift below.

A row keeps the profile of the pass that placed the article, in that pass's TF-IDF space; a
later pass scores against it as it stands (the idf of a growing store drifts slowly, and the
full recluster, `veille recluster`, recomputes every profile).  What would make it wrong is a
change to the article's entity ids: a link pass that moves mentions to another id marks the
rows of their articles `stale` (`mark_moved`), and a stale row is recomputed from the article
the next time its story is a candidate.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

import duckdb

from veille.model import Event
from veille.stages.stories.cluster import Member
from veille.stages.stories.dates import Span

CHUNK = 256
_COLUMNS = 'article, story, lang, start, "end", precision, duplicate_of, terms, weights, names, name_weights, events'


def _events_json(events: list[Event]) -> str:
    return json.dumps([[e.type, e.source, e.target, e.date, e.modality] for e in events], ensure_ascii=False)


def _events(text: str) -> list[Event]:
    return [Event("", t, None, list(s), list(g), d, None, m, "") for t, s, g, d, m in json.loads(text)]


def write(con: duckdb.DuckDBPyConnection, members: Iterable[Member], *, replace_all: bool = False,
          joined: dict[str, str] | None = None) -> None:
    """Store `members` (replacing their rows; `replace_all`: every row); `joined`: stories
    joined into another (`languages.join`): their rows move to the story they joined."""
    if replace_all:
        con.execute("DELETE FROM story_members")
    for old, new in sorted((joined or {}).items()):
        con.execute("UPDATE story_members SET story = ? WHERE story = ?", [new, old])
    rows = [[m.article, m.story, m.lang, m.span.start if m.span else None, m.span.end if m.span else None,
             m.span.precision if m.span else None, m.duplicate_of, list(m.profile), list(m.profile.values()),
             list(m.neutral), list(m.neutral.values()), _events_json(m.events)] for m in members]
    if not rows:
        return
    cols = [list(c) for c in zip(*rows, strict=True)]
    if not replace_all:
        con.execute("DELETE FROM story_members WHERE article IN (SELECT unnest(?))", [cols[0]])
    con.execute(f"INSERT INTO story_members ({_COLUMNS}) SELECT * FROM (SELECT unnest(?), unnest(?), unnest(?), "
                "unnest(?::DATE[]), unnest(?::DATE[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), "
                "unnest(?::VARCHAR[][]), unnest(?::FLOAT[][]), unnest(?::VARCHAR[][]), unnest(?::FLOAT[][]), "
                "unnest(?)::JSON)", cols)


def read(con: duckdb.DuckDBPyConnection, stories: Sequence[str]) -> tuple[list[Member], list[str]]:
    """The stored members of `stories` in processing order, and the ids of their articles whose
    row is stale (to be read whole and placed again)."""
    if not stories:
        return [], []
    cur = con.execute(f"SELECT {_COLUMNS}, stale FROM story_members WHERE story IN (SELECT unnest(?))",
                      [sorted(stories)])
    members, stale = [], []
    while rows := cur.fetchmany(CHUNK):  # a chunk of rows as lists at a time, beside the vectors built
        for r in rows:
            if r[12]:
                stale.append(r[0])
                continue
            span = Span(r[3], r[4], r[5]) if r[3] is not None else None
            members.append(Member(r[0], r[1], r[2], span, r[6], dict(zip(r[7], r[8], strict=True)),
                                  dict(zip(r[9], r[10], strict=True)), _events(r[11])))
    members.sort(key=Member.order)
    return members, sorted(stale)


def moved_articles(con: duckdb.DuckDBPyConnection, locals_moved: Iterable[str]) -> set[str]:
    """Stored articles with a mention whose final entity id a link pass moved (by its local id)."""
    wanted = sorted(set(locals_moved))
    if not wanted:
        return set()
    return {r[0] for r in con.execute("SELECT DISTINCT article FROM mention_links WHERE local IN (SELECT unnest(?))",
                                      [wanted]).fetchall()}


def mark_stale(con: duckdb.DuckDBPyConnection, articles: Iterable[str]) -> None:
    """Their rows name entity ids a link pass moved: recompute them when next needed."""
    ids = sorted(set(articles))
    if ids:
        con.execute("UPDATE story_members SET stale = true WHERE article IN (SELECT unnest(?))", [ids])
