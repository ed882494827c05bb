"""The corpus steps (entity linking, stories) after a run: incremental, or over the whole store.

Incremental (the default, once the store's indexes are built): the articles no corpus step has
seen yet are those without a story (every article the corpus steps write has one, and they
write in one transaction, so a killed run's articles are still without one).  Only they are
read, with the stored names their mentions can link to (`stages/link_index.py`) and the stored
stories they may join (`stages/stories/index.py`, `stages/stories/incremental.py`); only the
entities and stories they touch are written.  Time and memory follow the added articles and
the stories they touch, not the store.

Full (`full`): every stored article is read, linked from the ids the entities stage gave its
mentions and clustered, and the indexes are rebuilt.  It runs when the indexes are missing or
were built by other stage versions (`INDEX_VERSION`), when `stories.keep_stories` is off, and
on demand: `veille relink` (linking only, over the stored names) and `veille recluster` (every
article clustered again; story ids that disappear are recorded in `story_redirects`, so an old
story id still resolves: `resolve_story_id`).
"""

from __future__ import annotations

import copy
import dataclasses
from collections import Counter
from datetime import UTC, datetime
from typing import Any

import duckdb

from veille.errors import StageError, VeilleError
from veille.model import Article
from veille.pipeline import CORPUS_STAGES, Context, Quarantined
from veille.store.db import Store
from veille.store.redirects import resolve_story_id

# The corpus steps never read the raw input, what cleaning cut, nor the input metadata.
CORPUS_WITHOUT = ("raw", "removed", "meta")
__all__ = ["corpus", "full", "incremental", "ready", "relink", "resolve_story_id"]

# index@2: the story member rows (`stages/stories/members.py`, migration 16), which a store
# upgraded lacks: its next corpus steps run in full once.
INDEX_VERSION = "+".join(f"{s.name}@{s.version}" for s in CORPUS_STAGES) + "+index@2"


def corpus_state(article: Article) -> int:
    """A digest of what the corpus steps may change on an article (dataclass reprs are exact)."""
    return hash(repr((article.story, article.published, article.published_how, article.stages,
                      article.mentions, article.timexes, article.events, article.quotes)))


def _state_value(con: duckdb.DuckDBPyConnection, key: str) -> str | None:
    row = con.execute("SELECT value FROM corpus_state WHERE key = ?", [key]).fetchone()
    return str(row[0]) if row else None


def _set_state(con: duckdb.DuckDBPyConnection, values: dict[str, str]) -> None:
    for key, value in values.items():
        con.execute("INSERT INTO corpus_state VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    [key, value])


def ready(store: Store) -> bool:
    """Whether the incremental steps can run: indexes built by these stage versions, or a store
    no corpus step has written yet."""
    if _state_value(store.con, "index") == INDEX_VERSION:
        return True
    row = store.con.execute("SELECT count(*) FROM articles WHERE story IS NOT NULL").fetchone()
    return not (row and row[0])


def corpus(store: Store, ctx: Context) -> list[Quarantined]:
    """The corpus steps after a run: incremental when possible, else over the whole store."""
    return _guard(lambda: incremental(store, ctx) if ctx.config.stories.keep_stories and ready(store)
                  else full(store, ctx))


def _guard(step: Any) -> list[Quarantined]:
    try:
        step()
    except Exception as exc:  # a corpus step failing must not lose the articles already written
        err = exc if isinstance(exc, VeilleError) else StageError(
            f"corpus step failed: {type(exc).__name__}: {exc}", hint="please report this with the message")
        return [Quarantined("corpus", "corpus", "corpus", err.code, str(err))]
    return []


def _locals(con: duckdb.DuckDBPyConnection, ids: list[str] | None) -> dict[tuple[str, int, int], str]:
    where = "WHERE article IN (SELECT unnest(?))" if ids is not None else ""
    rows = con.execute(f'SELECT article, start, "end", local FROM mention_links {where}',
                       [ids] if ids is not None else []).fetchall()
    return {(r[0], int(r[1]), int(r[2])): r[3] for r in rows}


def incremental(store: Store, ctx: Context) -> dict[str, int]:
    """Link and cluster the articles without a story; what was read and written."""
    from veille.stages.entities.gazetteer import gazetteer
    from veille.stages.link_context import qualify
    from veille.stages.link_index import link_new, locals_before, rename_in_memory
    from veille.stages.link_index import write as write_links
    from veille.stages.stories import members
    from veille.stages.stories.incremental import stories_new
    from veille.stages.stories.index import add_df, rename_df, write_memo, write_rows
    from veille.stages.stories.recall import relink as relink_events

    con = store.con
    new_ids = [r[0] for r in con.execute(
        "SELECT id FROM articles WHERE story IS NULL ORDER BY ingested_at, id").fetchall()]
    if not new_ids:
        return {"new": 0, "read": 0}
    new = list(store.iter_articles(new_ids, without=CORPUS_WITHOUT))
    for article in new:  # link@8: a bare name of a state's body takes its article's country
        qualify(article, gazetteer(ctx))
    locals_of = locals_before(new)
    links = link_new(con, new, gazetteer(ctx))
    renames = links.renames()

    def load(ids: list[str]) -> list[Article]:
        """Stored articles, their mentions given the final ids this pass leaves them."""
        if not ids:
            return []
        articles = list(store.iter_articles(ids, without=CORPUS_WITHOUT))
        local = _locals(store.con, ids)
        for article in articles:
            for m in article.mentions:
                key = local.get((article.id, m.start, m.end))
                if key is not None and key in links.final:
                    m.entity = links.final[key]
        rename_in_memory(articles, renames)
        return articles

    moved = members.moved_articles(con, links.moved)  # their member rows name ids that moved
    stories = stories_new(store, new, ctx, load, corpus_state, moved)
    n = int(_state_value(store.con, "articles") or 0) + len(new)

    def indexes(con: duckdb.DuckDBPyConnection) -> None:
        write_links(con, links, new, locals_of, gazetteer(ctx))
        write_rows(con, stories.index_rows, drop=stories.dropped)
        members.mark_stale(con, moved)
        members.write(con, stories.members, joined=stories.joined)
        _write_redirects(con, {old: (sid, "joined") for old, sid in stories.joined.items()},
                         {s.id for s in stories.stories})
        rename_df(con, renames)
        add_df(con, stories.df)
        write_memo(con, stories.memo.made)
        _set_state(con, {"articles": str(n), "index": INDEX_VERSION})

    store.write_corpus(stories.articles, links.entities, stories.stories, stories.events, partial=True,
                       drop_entities=links.drop, drop_stories=stories.dropped, indexes=indexes,
                       moved_entities=links.moved_from(),
                       relink=relink_events)
    return {"new": len(new), "read": stories.read, "profiles": stories.profiles, "stories": len(stories.stories),
            "names": len(links.names)}


def full(store: Store, ctx: Context, *, recluster: bool = False) -> dict[str, int]:
    """Link and cluster every stored article from what the article stages found; rebuild the
    indexes.  `recluster`: stored stories are not kept (ids that go are redirected)."""
    from veille.stages.entities.gazetteer import gazetteer
    from veille.stages.link_index import _apply, _pass, names_of
    from veille.stages.stories import members, stories_corpus
    from veille.stages.stories.anchor import AnchorMemo
    from veille.stages.stories.index import add_df, load_memo, story_row, write_memo, write_rows
    from veille.stages.stories.recall import relink as relink_events

    articles = list(store.iter_articles(without=CORPUS_WITHOUT))
    local = _locals(store.con, None)
    memo = AnchorMemo(stored=load_memo(store.con, None))
    before = {a.id: corpus_state(a) for a in articles}
    old_story = {a.id: a.story for a in articles}
    locals_of: dict[tuple[str, int, int], str] = {}
    for article in articles:  # back to the ids the entities stage gave (quote speakers too)
        speaker_local: dict[str, str] = {}
        for m in article.mentions:
            if m.entity:
                key = (article.id, m.start, m.end)
                locals_of[key] = local.get(key, m.entity)
                speaker_local[m.entity] = locals_of[key]
                m.entity = locals_of[key]
        for q in article.quotes:
            if q.speaker in speaker_local:
                q.speaker = speaker_local[q.speaker]
    links = _pass(store.con, [], list(names_of(articles).values()), gazetteer(ctx))
    _apply(articles, links.final)
    store.release()  # the corpus steps take a while and need no store until they write
    if recluster:
        ctx = copy.copy(ctx)
        ctx.config = copy.deepcopy(ctx.config)
        ctx.config.stories.keep_stories = False
    result = stories_corpus(articles, ctx, memo)
    space = result.space
    assert space is not None
    by_id = {a.id: a for a in articles}
    rows = [story_row(result.clusters[s.id]) for s in result.stories]
    changed = [a for a in articles if before[a.id] != corpus_state(a)]
    placed = [dataclasses.replace(m, story=by_id[m.article].story or m.story) for m in result.members]
    redirects = _redirects(old_story, {a.id: a.story for a in articles})

    def indexes(con: duckdb.DuckDBPyConnection) -> None:
        con.execute("DELETE FROM link_names")
        con.execute("DELETE FROM mention_links")
        from veille.stages.link_index import write as write_links

        links.moved = {}
        write_links(con, links, [], locals_of, gazetteer(ctx))
        write_rows(con, rows, replace_all=True)
        members.write(con, placed, replace_all=True)
        add_df(con, space.df, replace_all=True)
        write_memo(con, memo.made)
        _set_state(con, {"articles": str(len(articles)), "index": INDEX_VERSION})
        _write_redirects(con, redirects, {s.id for s in result.stories})

    store.write_corpus(changed, links.entities, result.stories, result.events, indexes=indexes,
                       relink=relink_events)
    return {"new": sum(1 for s in old_story.values() if s is None), "read": len(articles),
            "stories": len(result.stories), "names": len(links.names)}


def _redirects(old: dict[str, str | None], new: dict[str, str | None]) -> dict[str, tuple[str, str]]:
    """Story ids that no longer exist -> (the new story holding most of their articles, why)."""
    went: dict[str, Counter[str]] = {}
    for aid, sid in old.items():
        if sid and new.get(aid):
            went.setdefault(sid, Counter())[new[aid] or ""] += 1
    alive = {s for s in new.values() if s}
    out = {}
    for sid, targets in went.items():
        if sid in alive:
            continue
        best = min(targets, key=lambda t: (-targets[t], t))
        out[sid] = (best, "split" if len(targets) > 1 else "merged")
    return out


def _write_redirects(con: duckdb.DuckDBPyConnection, redirects: dict[str, tuple[str, str]], alive: set[str]) -> None:
    if alive:  # an id that exists again is its own story
        con.execute("DELETE FROM story_redirects WHERE old IN (SELECT unnest(?))", [sorted(alive)])
    if redirects:
        olds = sorted(redirects)
        con.execute("DELETE FROM story_redirects WHERE old IN (SELECT unnest(?))", [olds])
        now = datetime.now(UTC).replace(tzinfo=None)
        con.execute("INSERT INTO story_redirects SELECT * FROM (SELECT unnest(?), unnest(?), unnest(?), "
                    "unnest(?::TIMESTAMP[]))",
                    [olds, [redirects[o][0] for o in olds], [redirects[o][1] for o in olds], [now] * len(olds)])


def relink(store: Store, ctx: Context) -> dict[str, int]:
    """`veille relink`: link@5 over every stored name from the ids the entities stage gave."""
    from veille.stages.entities.gazetteer import gazetteer
    from veille.stages.link_index import relink_all
    from veille.stages.link_index import write as write_links
    from veille.stages.stories import members
    from veille.stages.stories.index import rename_df

    if not ready(store):
        return full(store, ctx)
    incremental(store, ctx)  # articles a killed run left unlinked first: their names join the index
    links = relink_all(store.con, gazetteer(ctx))
    renames = links.renames()

    def indexes(con: duckdb.DuckDBPyConnection) -> None:
        members.mark_stale(con, members.moved_articles(con, links.moved))
        write_links(con, links, [], {}, gazetteer(ctx))
        rename_df(con, renames)

    store.write_corpus([], links.entities, [], [], partial=True, drop_entities=links.drop, indexes=indexes,
                       moved_entities=links.moved_from())
    return {"names": len(links.names), "moved": len(links.moved)}
