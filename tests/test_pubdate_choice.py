"""Choosing among a page's date lines (clean@19, issue 16): a labelled publication stamp over a
bare date above it (the site's day over the headline), and a labelled stamp right after the body
whatever other stories' dates follow it; invented pages with near misses."""

from __future__ import annotations

from veille.model import Article
from veille.stages.clean import clean_article
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.rules import load_patterns

HEAD = "Council approves new budget for city parks"
BODY = ("The city council approved a new budget for the parks on a vote of seven to two after a long debate.\n\n"
        "The mayor said the money would go to repairs of playgrounds and paths across the city this year.\n\n"
        "Opponents argued that the spending was too high given the state of the city's finances.")
RELATED = "More from the Courier\n\nStorm knocks out power across the county\n\nMarch 1, 2024"


def _dated(raw: str) -> tuple[str | None, str]:
    article = clean_article(Article(id="x", source="x.txt", raw=raw), load_patterns(), DatelineParser())
    return article.published, article.published_how


def test_a_labelled_stamp_wins_over_a_bare_date_above_it() -> None:
    assert _dated(f"March 13, 2024\n\n{HEAD}\n\nPosted: Mar 12, 2024 / 05:04 PM EDT\n\n{BODY}") == \
        ("2024-03-12", "date_line")
    assert _dated(f"13 mars 2024\n\n{HEAD}\n\nPublié le 12 mars 2024 à 17h04\n\n{BODY}")[0] == "2024-03-12"


def test_near_misses_keep_the_first_date() -> None:
    # two bare dates above the headline: the first still wins
    assert _dated(f"March 13, 2024\n\nMarch 12, 2024\n\n{HEAD}\n\n{BODY}")[0] == "2024-03-13"
    # two bare dates on either side of the headline: the one under it, the article's (clean@37,
    # `pagedates.headline_day`; clean@19 kept the first, the site's day above the headline)
    assert _dated(f"March 13, 2024\n\n{HEAD}\n\nMarch 12, 2024\n\n{BODY}")[0] == "2024-03-12"
    # a revision's label does not make a publication stamp
    assert _dated(f"March 13, 2024\n\n{HEAD}\n\nUpdated: Mar 12, 2024\n\n{BODY}")[0] == "2024-03-13"
    # a labelled stamp first stays first
    assert _dated(f"{HEAD}\n\nPosted: Mar 12, 2024\n\nMarch 13, 2024\n\n{BODY}")[0] == "2024-03-12"


def test_a_labelled_stamp_after_the_body_stands_before_related_dates() -> None:
    assert _dated(f"{HEAD}\n\n{BODY}\n\nPublished March 12, 2024 at 5:04 pm\n\n{RELATED}") == ("2024-03-12", "end_line")
    assert _dated(f"{HEAD}\n\n{BODY}\n\nJane Doe\n\nPublié le 12 mars 2024\n\n{RELATED}")[0] == "2024-03-12"


def test_a_bare_date_after_the_body_with_related_dates_dates_nothing() -> None:
    # near misses: a bare date there may be a teaser's; a labelled one under the related heading is the story's
    assert _dated(f"{HEAD}\n\n{BODY}\n\nMarch 12, 2024\n\n{RELATED}")[0] is None
    assert _dated(f"{HEAD}\n\n{BODY}\n\n{RELATED}\n\nPublished March 2, 2024")[0] is None
