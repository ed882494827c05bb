"""The further a report lies from a story in time, the more its words must agree (stories@12).

Two reports of one kind of event (a judge blocking an order of the same government) share most
of their words; the same day they are one story, ten days apart they are two, unless the
decay is off.
"""

from __future__ import annotations

from veille.config import StoriesConfig
from veille.model import Article
from veille.stages.stories.cluster import Clusterer, build_space, profile

FIRST = ("A federal judge on Thursday blocked the administration's executive order on birthright "
         "citizenship, calling it blatantly unconstitutional, after four states sued in Seattle.")
LATER = ("A federal judge blocked the administration's freeze on federal grants and loans, after "
         "nonprofit groups sued in Washington, calling the order unlawful.")


def reports(days_apart: int) -> list[Article]:
    return [Article(id="a", source="a", raw=FIRST, body=FIRST, lang="en", published="2025-01-23",
                    published_how="metadata"),
            Article(id="b", source="b", raw=LATER, body=LATER, lang="en",
                    published=f"2025-01-{23 + days_apart:02d}", published_how="metadata")]


def stories(days_apart: int, decay: float) -> set[str]:
    articles = reports(days_apart)
    space = build_space(articles)
    probe = Clusterer(space, StoriesConfig())
    probe.keep(articles[0], "s")
    words = probe.stories["s"].text_similarity(profile(articles[1], space))
    assert 0.1 < words < 0.9  # the two share many words, not all
    # the bar just under what the words give: joined the same day
    clusterer = Clusterer(space, StoriesConfig(similarity=words - 0.05, decay_per_day=decay))
    return {clusterer.assign(a) for a in articles}


def test_a_report_days_later_needs_closer_words() -> None:
    assert len(stories(0, 0.01)) == 1
    assert len(stories(1, 0.01)) == 1  # 0.01 lower: still above the bar
    assert len(stories(8, 0.01)) == 2  # 0.08 lower: another story
    assert len(stories(8, 0.0)) == 1  # without the decay the words alone decide
