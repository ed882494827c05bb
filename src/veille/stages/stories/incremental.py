"""Stories for the articles a run added, reading only the stories they may join.

The full stage (`stage.stories_corpus`, `veille recluster`) clusters the whole corpus; with
`keep_stories` every stored article keeps its story and only new ones are assigned, so what a
run changes is: the new articles' stories, and the stories they join.  This does that and no
more: the new articles' candidate stories come from the profile index (`index.candidates`),
their members are read from the store (and their story dates undone, as the full stage does),
the clusterer is seeded with them and assigns the new articles in the full stage's order, and
only the stories that received an article are merged, anchored and summarised again.  Scores
use the idf of the whole store (`story_terms`), so a candidate is scored as a full run scores it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from veille.model import Article, CorpusEvent, Story
from veille.pipeline import Context
from veille.stages.stories import members
from veille.stages.stories.anchor import AnchorMemo, unanchor
from veille.stages.stories.cluster import Clusterer, Member, StoryCluster, article_span, processing_order
from veille.stages.stories.index import candidates, load_memo, stored_df, story_row, term_set
from veille.stages.stories.languages import join as join_languages
from veille.stages.stories.stage import finish_story
from veille.stages.stories.vectors import Tfidf, stop_words
from veille.store.db import Store

Loader = Callable[[list[str]], list[Article]]  # stored articles by id (without raw), final entity ids


@dataclass
class StoriesDelta:
    stories: list[Story] = field(default_factory=list)  # the touched stories, whole
    events: list[CorpusEvent] = field(default_factory=list)  # their merged events
    articles: list[Article] = field(default_factory=list)  # new articles + touched stories' members
    index_rows: list[list[object]] = field(default_factory=list)
    df: Counter[str] = field(default_factory=Counter)  # the new articles' document frequencies
    read: int = 0  # stored articles read whole
    profiles: int = 0  # stored members scored from their rows (`members.py`) without reading them
    before: dict[str, int] = field(default_factory=dict)  # corpus state of the articles read
    members: list[Member] = field(default_factory=list)  # member rows to store (new and read again)
    memo: AnchorMemo = field(default_factory=AnchorMemo)  # pre-anchoring states (read, and to store)
    dropped: list[str] = field(default_factory=list)  # stored stories joined into another (`languages`)
    joined: dict[str, str] = field(default_factory=dict)  # dropped story -> the story it joined


def stories_new(store: Store, new: list[Article], ctx: Context, load: Loader,
                state: Callable[[Article], int], moved: set[str] | None = None) -> StoriesDelta:
    """Assign `new` (linked, not yet in a story) to stories; the touched stories' records.

    `moved`: stored articles whose entity ids this pass's linking moved: their member rows are
    out of date, so they are read whole if their story is a candidate (and marked stale by the
    caller otherwise)."""
    config = ctx.config.stories
    unanchor(new, ctx)
    stop = stop_words()
    terms = {a.id: term_set(a, stop) for a in new}
    delta = StoriesDelta()
    for found in terms.values():
        delta.df.update(found)
    row = store.con.execute("SELECT value FROM corpus_state WHERE key = 'articles'").fetchone()
    stored_n = int(row[0]) if row else 0
    df = stored_df(store.con, delta.df) + delta.df
    space = Tfidf.from_counts(stored_n + len(new), df)
    spans = [article_span(a) for a in new]
    sids = candidates(store.con, new, spans, space, config.max_days_apart)
    originals = sorted({a.duplicate_of for a in new if a.duplicate_of})
    if originals:
        sids |= {r[0] for r in store.con.execute(
            "SELECT story FROM articles WHERE id IN (SELECT unnest(?)) AND story IS NOT NULL",
            [originals]).fetchall()}
    # The candidates' members from their stored rows; those rows cannot stand for read whole.
    seeds, stale = members.read(store.con, sorted(sids))
    refresh = set(stale) | {m.article for m in seeds if m.article in (moved or set())}
    seeds = [m for m in seeds if m.article not in refresh]
    delta.profiles = len(seeds)
    clusterer = Clusterer(space, config, record=True)
    loaded = _read(store, delta, sorted(refresh), load, state, ctx, df, stop)
    # In `processing_order`, stored rows and articles read whole alike (as the full stage keeps them).
    order: list[tuple[tuple[int, str, str], Member | Article]] = [
        *((m.order(), m) for m in seeds), *((_order(a), a) for a in loaded)]
    for _, item in sorted(order, key=lambda pair: pair[0]):
        if isinstance(item, Member):
            clusterer.seed(item)
        else:
            clusterer.keep(item, item.story or "")
    for article in processing_order(new):
        article.story = clusterer.assign(article)
    # The stories the new articles went to may now match a loaded story in another language.
    joined = join_languages(clusterer.stories, clusterer.story_of, config,
                            among={a.story or "" for a in new})
    delta.dropped = sorted(sid for sid in joined if sid in sids)  # stored stories that went
    delta.joined = {sid: joined[sid] for sid in delta.dropped}
    touched = sorted({joined.get(a.story or "", a.story or "") for a in new} | set(joined.values()))
    # Only the touched stories' members are read whole: they are merged, dated, summarised again.
    have = {a.id for a in [*new, *loaded]}
    rest = sorted({aid for sid in touched for aid in clusterer.stories[sid].articles} - have)
    loaded += _read(store, delta, rest, load, state, ctx, df, stop)
    store.release()  # the rest is computing; the write opens the store again
    for article in [*loaded, *new]:
        article.story = clusterer.story_of.get(article.id, article.story)
    by_id = {a.id: a for a in [*loaded, *new]}
    for sid in touched:
        cluster: StoryCluster = clusterer.stories[sid]
        story_members = processing_order([by_id[i] for i in cluster.articles])
        story, events = finish_story(sid, story_members, by_id, space, ctx, delta.memo)
        delta.stories.append(story)
        delta.events.extend(events)
        delta.index_rows.append(story_row(cluster))
    placed = clusterer.placed or {}
    delta.members = [replace(placed[aid], story=clusterer.story_of[aid]) for aid in sorted(placed)]
    in_touched = set(touched)
    delta.articles = [*new, *(a for a in loaded if a.story in in_touched and delta.before[a.id] != state(a))]
    return delta


def _order(article: Article) -> tuple[int, str, str]:
    span = article_span(article)
    return (1 if article.duplicate_of else 0, span.start.isoformat() if span else "9999", article.id)


def _read(store: Store, delta: StoriesDelta, ids: list[str], load: Loader, state: Callable[[Article], int],
          ctx: Context, df: Counter[str], stop: frozenset[str]) -> list[Article]:
    """Stored articles read whole, their story dates undone, their terms' frequencies in `df`."""
    articles = load(ids)
    delta.read += len(articles)
    delta.before.update({a.id: state(a) for a in articles})
    delta.memo.stored.update(load_memo(store.con, [a.id for a in articles if a.published_how == "story"]))
    unanchor(articles, ctx, delta.memo)
    more: set[str] = set()
    for article in articles:
        more |= term_set(article, stop)
    df.update(stored_df(store.con, more - set(df)))
    return articles
