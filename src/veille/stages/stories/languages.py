"""Stories told in different languages joined as wholes: a French story and its English twin.

Articles join stories one at a time (`cluster.Clusterer.assign`), and across languages one
article has little to go on: its names and entity ids against the other language's members.
Lowering that bar moved articles away from their own-language siblings (dev: English-only
stories B-cubed 0.989 -> 0.977), because one article's names are a thin sample.  A whole story
is a better one: the names and ids of all its members, summed, say what it is about in any
language.  So once the articles are placed, two stories written in languages they do not share
are joined when

- their language-neutral centres (names and entity ids of every member: `cluster.neutral_profile`)
  have a cosine of at least `StoriesConfig.language_join`;
- each is the other's best match among such stories (mutual best: a French story about one of
  two concurrent events in a city joins only the English story about the same one);
- they meet in time (`max_days_apart`), and no event of one clashes with an event of the other
  (`cluster.events_clash`: the same kind of event between the same actors at dates too far apart).

The story whose first article comes first keeps its id; the other id is redirected to it by
the caller (`story_redirects`), so a bookmark of either still resolves.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Mapping
from datetime import date

from veille.config import StoriesConfig
from veille.stages.stories.cluster import StoryCluster, background, events_clash
from veille.stages.stories.vectors import Vector, add_into, cosine, normalise


def neutral_centre(story: StoryCluster) -> Vector:
    centre: Vector = {}
    for profiles in story.neutral.values():
        for vec in profiles:
            add_into(centre, vec)
    return normalise(centre)


def _clash(a: StoryCluster, b: StoryCluster, max_days: int) -> bool:
    return any(events_clash(x, y, max_days) and not background(x, a.span, max_days)
               and not background(y, b.span, max_days) for x in a.events for y in b.events)


def _order(story: StoryCluster) -> tuple[date, str]:
    """Which of two joined stories keeps its id: the one that started first, then by id."""
    return (story.span.start if story.span else date.max, story.id)


def apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two stories' languages leave names as their only common ground."""
    return not a & b


def _candidates(stories: Mapping[str, StoryCluster], focus: set[str], max_days: int) -> set[tuple[str, str]]:
    """Pairs (a < b) of stories in languages they do not share, one of them in `focus`, whose
    spans may meet: each focus story against the stories of every other language set, found
    by their start dates (a monolingual corpus has no pair, and a bilingual one only those
    within the time window, not every pair)."""
    groups: dict[frozenset[str], list[str]] = {}
    for sid in sorted(stories):
        if stories[sid].neutral:
            groups.setdefault(frozenset(stories[sid].neutral), []).append(sid)
    out: set[tuple[str, str]] = set()
    for mine, theirs in itertools.permutations(groups, 2):
        if not apart(mine, theirs):
            continue
        others = groups[theirs]
        dated = sorted((span.start.toordinal(), sid) for sid in others if (span := stories[sid].span))
        starts = [d for d, _ in dated]
        undated = [sid for sid in others if stories[sid].span is None]
        longest = max((span.days for sid in others if (span := stories[sid].span)), default=0)
        for a in groups[mine]:
            if a not in focus:
                continue
            span = stories[a].span
            if span is None:
                near = others
            else:
                lo = bisect.bisect_left(starts, span.start.toordinal() - max_days - longest)
                hi = bisect.bisect_right(starts, span.end.toordinal() + max_days)
                near = [sid for _, sid in dated[lo:hi]] + undated
            out.update((min(a, b), max(a, b)) for b in near)
    return out


def pairs(stories: Mapping[str, StoryCluster], config: StoriesConfig,
          among: Iterable[str] | None = None) -> list[tuple[str, str]]:
    """(kept, absorbed) story ids to join; `among`: only pairs with one of these stories (the
    stories a run touched), None for all."""
    if config.language_join <= 0:
        return []
    focus = set(stories) if among is None else set(among) & set(stories)
    centres: dict[str, Vector] = {}
    best: dict[str, tuple[float, str]] = {}
    for a, b in sorted(_candidates(stories, focus, config.max_days_apart)):
        sa, sb = stories[a].span, stories[b].span
        if sa is not None and sb is not None and sa.gap_days(sb) > config.max_days_apart:
            continue
        for sid in (a, b):
            if sid not in centres:
                centres[sid] = neutral_centre(stories[sid])
        score = cosine(centres[a], centres[b])
        if score < config.language_join or _clash(stories[a], stories[b], config.max_days_apart):
            continue
        for x, y in ((a, b), (b, a)):
            held = best.get(x)
            if held is None or score > held[0] or (score == held[0] and y < held[1]):
                best[x] = (score, y)
    out = []
    for a, (_, b) in sorted(best.items()):
        if a < b and b in best and best[b][1] == a:
            kept, absorbed = sorted((stories[a], stories[b]), key=_order)
            out.append((kept.id, absorbed.id))
    return out


def join(stories: dict[str, StoryCluster], story_of: dict[str, str], config: StoriesConfig,
         among: Iterable[str] | None = None) -> dict[str, str]:
    """Join the `pairs` in place (`stories` and the article -> story map `story_of`); the
    absorbed story id -> the id it now goes by."""
    joined: dict[str, str] = {}
    for kept, absorbed in pairs(stories, config, among):
        story = stories.pop(absorbed)
        stories[kept].absorb(story)
        for article in story.articles:
            story_of[article] = kept
        joined[absorbed] = kept
    return joined
