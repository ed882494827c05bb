"""A byline stamp that gives the article's age before its date (clean@20, issue 16): blog and
news themes print "Published 1 year ago on March 12, 2023 By Jane Doe", "Updated 3 months ago on
…", "Publié il y a 11 mois le 12 mars 2023".  The age is rounded ("1 year ago"), the date after
it is the stamp's: the line dates the article with that date, whatever unit the age is counted
in (days and weeks were read before; months and years were not).  Invented lines; the near
misses are sentences that tell an age and a date ("The bridge, opened 2 years ago on March 12,
2022, was closed …") and an age with no date, which fixes no day."""

from __future__ import annotations

import pytest

from veille.model import Article
from veille.stages.clean import clean_article
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.rules import load_patterns

FINDER = DatelineParser().finder


@pytest.mark.parametrize(("line", "day", "how"), [
    ("Published 1 year ago on March 12, 2023", "2023-03-12", "date_line"),
    ("Published 2 years ago on March 12, 2022 By Jane Doe", "2022-03-12", "date_line"),
    ("Published 11 months ago on Mar 12, 2023", "2023-03-12", "date_line"),
    ("Posted 3 months ago on 12 March 2024 by admin", "2024-03-12", "date_line"),
    ("Updated 1 year ago on March 13, 2023", "2023-03-13", "updated_line"),
    ("Publié il y a 11 mois le 12 mars 2023", "2023-03-12", "date_line"),
    ("Publié il y a 2 ans, le 12 mars 2022", "2022-03-12", "date_line"),
    ("Mis à jour il y a 3 mois le 13 mars 2024", "2024-03-13", "updated_line"),
])
def test_an_age_before_the_date_is_part_of_the_stamp(line: str, day: str, how: str) -> None:
    found = FINDER.date_line(line)
    assert found is not None and (found.date, found.how) == (day, how)


@pytest.mark.parametrize("line", [
    "The bridge, opened 2 years ago on March 12, 2022, was closed for repairs",  # a sentence
    "Le pont, inauguré il y a 2 ans le 12 mars 2022, a été fermé pour travaux",
    "Published 1 year ago",  # an age alone: no day
])
def test_a_sentence_or_an_age_alone_is_no_dated_stamp(line: str) -> None:
    assert FINDER.date_line(line) is None


def test_the_page_takes_the_stamps_date() -> None:
    text = ("Council approves new city budget after long debate\n\n"
            "Published 1 year ago on March 12, 2023 By Jane Doe\n\n"
            "The city council voted on Tuesday to approve the new budget for the coming fiscal year.\n\n"
            "Council members said the plan would raise property taxes by two percent for most homeowners.")
    article = clean_article(Article(id="a", source="a", raw=text), load_patterns(), DatelineParser())
    assert (article.published, article.published_how) == ("2023-03-12", "date_line")
    assert "Published 1 year ago" not in article.body
