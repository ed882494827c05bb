"""A clock time between the label and its date ("Published 5:04 p.m. ET March 12, 2024"), as US
chains print their stamps, after a byline or glued to the first sentence; invented lines with
near misses."""

from __future__ import annotations

import pytest

from veille.model import Article
from veille.stages.clean import clean_article
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.rules import load_patterns

FINDER = DatelineParser().finder


@pytest.mark.parametrize(("line", "how"), [
    ("Jane Doe USA TODAY Published 5:04 p.m. ET March 12, 2024 Updated 7:10 p.m. ET March 13, 2024", "date_line"),
    ("Jane Doe Special to the Courier Published 5:04 p.m. ET March 12, 2024", "date_line"),
    ("By Jane Doe and John Roe, CNN Published 5:04 PM EDT, Tue March 12, 2024", "date_line"),
    ("By Jane Doe and John Roe, CNN Updated 5:04 PM EDT, Tue March 12, 2024", "updated_line"),
])
def test_a_clock_before_the_labelled_date(line: str, how: str) -> None:
    found = FINDER.date_line(line)
    assert found is not None and (found.date, found.how) == ("2024-03-12", how)


@pytest.mark.parametrize("line", [
    "Jane Doe USA TODAY Published 5:04 p.m. ET",  # no date after the clock
    "Jane Doe Special to the Courier Published 5:04 p.m. ET, the notice set the hearing for March 12, 2024",
])
def test_a_clock_with_no_date_after_it_dates_nothing(line: str) -> None:
    assert FINDER.date_line(line) is None


def test_a_clock_first_stamp_glued_to_the_first_sentence() -> None:
    text = ("Council approves new budget for city parks\n\n"
            "By Jane Doe Published 5:04 p.m. ET March 12, 2024 The city council approved a new budget for the "
            "parks on a vote of seven to two after a long debate.\n\n"
            "The mayor said the money would go to repairs of playgrounds and paths across the city this year.")
    article = clean_article(Article(id="x", source="x.txt", raw=text), load_patterns(), DatelineParser())
    assert (article.published, article.published_how) == ("2024-03-12", "date_line")
    assert "The city council approved" in article.body
