"""Merging a touched story's events scores only the groups that can fit, and counts each reported
date once: the same groups and dates as comparing every event with every group member and every
date with every date (the reference below is the merge as it was written before)."""

from __future__ import annotations

import random

from veille.model import Article, Event
from veille.stages.stories.dates import Span, best_supported, most_precise, parse_span, same_occasion
from veille.stages.stories.merge import Group, Reported, fits, group_events

DATES = [None, "2025-04-03", "2025-04-04", "2025-04", "2025-04-03T01:00", "2025-04-02", "2025-04-03/2025-04-05",
         "XXXX-04-03", "2025-05-20", "2025-W14"]


def _reference_groups(articles: list[Article], conflict_days: int) -> list[Group]:
    groups: list[Group] = []
    for article in articles:
        for event in article.events:
            item = Reported(article, event)
            scored = [(fits(g, item, conflict_days), i) for i, g in enumerate(groups)]
            score, index = max(scored, default=(0.0, -1))
            if score > 0:
                groups[index].members.append(item)
            else:
                groups.append(Group([item]))
    return groups


def _reference_supported(values: list[str]) -> str | None:
    spans = [(v, s) for v in values if (s := parse_span(v)) is not None]
    if not spans:
        return None

    def support(item: tuple[str, Span]) -> tuple[int, int, str]:
        value, span = item
        return (-sum(1 for v, other in spans if same_occasion(value, span, v, other)), span.days, value)
    return min(spans, key=support)[0]


def _reference_precise(values: list[str]) -> str | None:
    spans = [(v, s) for v in values if (s := parse_span(v)) is not None]
    for value, span in sorted(spans, key=lambda vs: (vs[1].days, "T" not in vs[0], vs[0])):
        if all(same_occasion(value, span, v, other) for v, other in spans):
            return value
    return None


def _story(rng: random.Random, n: int, actors: list[str]) -> list[Article]:
    out = []
    for k in range(n):
        art = Article(id=f"a{k:03d}", source="x", raw="x", body="x")
        for j in range(rng.randint(0, 3)):
            source = rng.sample(actors, rng.randint(0, 2))
            rest = [a for a in actors if a not in source]
            target = rng.sample(rest, rng.randint(0, min(2, len(rest))))
            art.events.append(Event(f"{art.id}:ev{j}", rng.choice(["CONSULT", "ASSAULT", "AGREE"]), None, source,
                                    target, rng.choice(DATES), rng.choice([None, "L1", "L2"]),
                                    rng.choice(["asserted", "planned"]), "x", []))
        out.append(art)
    return out


def _shape(groups: list[Group]) -> list[list[tuple[str, str]]]:
    return [[(m.article.id, m.event.id) for m in g.members] for g in groups]


def test_grouping_by_type_and_actor_gives_the_groups_of_the_full_comparison() -> None:
    rng = random.Random(7)
    for actors in (["A", "B", "C", "D", "E"], ["A", "B"]):  # varied, and the same few actors throughout
        for _ in range(60):
            story = _story(rng, rng.randint(1, 40), actors)
            assert _shape(group_events(story, 3)) == _shape(_reference_groups(story, 3))


def test_dates_counted_once_each_give_the_same_choice() -> None:
    rng = random.Random(11)
    concrete = [d for d in DATES if d]
    for _ in range(300):
        values = [rng.choice(concrete) for _ in range(rng.randint(0, 12))]
        assert best_supported(values) == _reference_supported(values)
        assert most_precise(values) == _reference_precise(values)
