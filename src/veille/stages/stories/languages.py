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


def apart(a: set[str], b: set[str]) -> bool:
    """Whether two stories' languages leave names as their only common ground."""
    return not a & b


def pairs(stories: Mapping[str, StoryCluster], config: StoriesConfig,
          among: Iterable[str] | None = None) -> list[tuple[str, str]]:
    """(kept, absorbed) story ids to join; `among`: only pairs with one of these stories (the
    stories a run touched), None for all."""
    if config.language_join <= 0:
        return []
    langs = {sid: set(story.neutral) for sid, story in stories.items()}
    centres = {sid: neutral_centre(story) for sid, story in stories.items() if langs[sid]}
    focus = set(stories) if among is None else set(among) & set(stories)
    best: dict[str, tuple[float, str]] = {}

    def consider(a: str, b: str) -> None:
        sa, sb = stories[a].span, stories[b].span
        if not apart(langs[a], langs[b]) or (sa is not None and sb is not None
                                    and sa.gap_days(sb) > config.max_days_apart):
            return
        score = cosine(centres[a], centres[b])
        if score < config.language_join:
            return
        if _clash(stories[a], stories[b], config.max_days_apart):
            return
        for x, y in ((a, b), (b, a)):
            held = best.get(x)
            if held is None or score > held[0] or (score == held[0] and y < held[1]):
                best[x] = (score, y)

    ids = sorted(centres)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            if a in focus or b in focus:
                consider(a, b)
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
