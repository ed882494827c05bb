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
URL = "https://courier.example/news/council-approves-new-budget-for-city-parks-150730-2024/"
RELATED = "More from the Courier\n\nStorm knocks out power across the county\n\nMarch 1, 2024"


def _dated(raw: str, url: str | None = None) -> tuple[str | None, str]:
    article = clean_article(Article(id="x", source="x.txt", raw=raw, url=url), load_patterns(), DatelineParser())
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


def test_the_page_s_day_over_the_menu_and_the_article_s_stamp_over_its_headline() -> None:
    """clean@70: the headline the URL's slug finds stands under both date lines: the page's day over the
    site's masthead and menu, the article's stamp right above the headline (eval/quotes_pool q43)."""
    page = f"Flag Monday, 15 August 2022\n\nMinsk Mainly clear +21°C\n\nAll news\n\n03 June 2022, 15:03\n\n{HEAD}\n\n{BODY}"
    assert _dated(page, URL)[0] == "2022-06-03"
    # near misses: a line between the stamp and the headline, or the two dates together, keep the first
    page = f"Flag Monday, 15 August 2022\n\nAll news\n\n03 June 2022, 15:03\n\nAll news\n\n{HEAD}\n\n{BODY}"
    assert _dated(page, URL)[0] == "2022-08-15"
    assert _dated(f"Monday, 15 August 2022\n\n03 June 2022, 15:03\n\n{HEAD}\n\n{BODY}", URL)[0] == "2022-08-15"
