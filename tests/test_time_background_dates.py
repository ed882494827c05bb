"""time@22: an undated article's text bound, kept only where a guess on it can be right (issue 16).

Invented French and English sentences, each failing on time@21, with near misses that keep
their answer.  The page has no date line and no URL: the text's own words are the evidence, and
a wrong date is worse than none.

- A date set in apposition after a day word of the narrative's time ("la veille, lundi 2 avril",
  "the day before, Monday, April 2") is counted from another day the text names, which may be one
  to come ("la grève du 3 avril commence la veille"): with no past cue, it bounds nothing, as the
  day word alone already did not.
- A date written with its year and no weekday ("On Dec. 2, 2016, he was indicted") below a lede
  told by bare weekdays ("The verdict was read on Friday") is an earlier event's, a week or more
  before the article (news names its own week's days by their weekday): a true lower bound, but
  no word says how far, so the article is left undated rather than dated on it.
"""

from __future__ import annotations

from datetime import date

import pytest

from veille.model import Article
from veille.stages.time import tag_article
from veille.stages.time.dct import lower_bound
from veille.stages.time.tagger import tag

REFERENCE = date(2026, 12, 3)


def _published(text: str, lang: str) -> str | None:
    article = Article(id="t", source="t", raw=text, body=text, lang=lang)
    tag_article(article)
    return article.published


UNDATED = [
    # a day counted from a day to come, told in the present: no lower bound
    ("fr", "La grève du 3 avril commence la veille, lundi 2 avril, à 19 heures."),
    ("fr", "Le festival ouvre ses portes le lendemain, mardi 3 avril, à 10 heures."),
    ("en", "The strike starts the day before, Monday, April 2, at 7 p.m."),
    # a background date below a lede told in weekdays
    ("en", "The jury returned its verdict on Friday after a three-day trial.\n"
           "On Dec. 2, 2016, the defendant was indicted with two other men."),
    ("en", "A man was arrested Tuesday in connection with the robbery. He was indicted on March 3, 2022."),
    ("fr", "Le suspect a été interpellé mardi à son domicile.\n"
           "Il avait déjà été condamné le 3 février 2023 pour des faits similaires."),
]

DATED = [
    # near misses: the day word's narrative told in the past, or no day word at all
    ("fr", "La grève a commencé la veille, lundi 2 avril, à 19 heures.", "2018-04-02"),
    ("fr", "La grève commence lundi 2 avril à 19 heures.", "2018-04-02"),
    ("en", "The strike started the day before, Monday, April 2, at 7 p.m.", "2018-04-02"),
    # near misses: the date carries its weekday, or it opens the text before any weekday
    ("en", "The jury returned its verdict on Friday, Dec. 2, 2016, after a three-day trial.", "2016-12-02"),
    ("en", "On Dec. 2, 2016, the defendant was indicted. The jury returned its verdict on Friday.", "2016-12-02"),
    ("fr", "Le suspect a été interpellé mardi 7 mars 2023 à son domicile.", "2023-03-07"),
    ("fr", "Le 3 février 2023, le suspect a été condamné. Il a été interpellé mardi.", "2023-02-03"),
    # a lede told by a weekday the date is in apposition with ("Sunday morning, Oct. 10, 2021")
    ("en", "Crews reported the fire contained Sunday morning, Oct. 10, 2021, after a week.", "2021-10-10"),
]


@pytest.mark.parametrize(("lang", "text"), UNDATED)
def test_left_undated(lang: str, text: str) -> None:
    assert _published(text, lang) is None


@pytest.mark.parametrize(("lang", "text", "expected"), DATED)
def test_still_dated(lang: str, text: str, expected: str) -> None:
    assert _published(text, lang) == expected


def test_background_date_still_bounds_for_the_stories() -> None:
    # The background date is a true lower bound: the stories stage still weighs its candidate
    # days against it (`date_clues`); only the guess on it is dropped.
    text = "The jury returned its verdict on Friday.\nOn Dec. 2, 2016, the defendant was indicted."
    timexes, details = tag(text, "en", None, REFERENCE, intervals=False)
    assert lower_bound(details, [t.value for t in timexes], REFERENCE, text) == date(2016, 12, 2)
