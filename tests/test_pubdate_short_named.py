"""A day, a month's abbreviation and a two-digit year joined by hyphens ("12-Mar-24"), the
DD-MON-YY stamp that database-driven news sites print (clean@20, issue 16): read where a
two-digit numeric year is read (`stampforms._SHORT_YEAR`, `_SHORT_STAMP`): right after a
"published"/"updated" label, or as a line of its own with its clock time.  Bare, or inside a
sentence, it may be a reference or a code: not read.  Invented lines."""

from __future__ import annotations

import pytest

from veille.model import Article
from veille.stages.clean import clean_article
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.rules import load_patterns

FINDER = DatelineParser().finder


@pytest.mark.parametrize(("line", "day", "how"), [
    ("Published: 12-Mar-24", "2024-03-12", "date_line"),
    ("Posted on 05-Sep-23 by admin", "2023-09-05", "date_line"),
    ("By Staff Reporter Published 12-Mar-24 09:30 AM", "2024-03-12", "date_line"),
    ("Last Updated: 13-Mar-24 09:30 AM IST", "2024-03-13", "updated_line"),
    ("Publié le 12-mars-24 à 09h30", "2024-03-12", "date_line"),
    ("12-Mar-24 09:30", "2024-03-12", "date_line"),
    ("12-Mar-24, 9:30 PM", "2024-03-12", "date_line"),
])
def test_a_hyphenated_short_date_with_a_label_or_a_clock(line: str, day: str, how: str) -> None:
    found = FINDER.date_line(line)
    assert found is not None and (found.date, found.how) == (day, how)


@pytest.mark.parametrize("line", [
    "12-Mar-24",  # bare: a code as often as a date
    "Ticket 12-Mar-24 was closed by the clerk after the hearing",
    "Published: 31-Feb-24",  # no such day
])
def test_a_bare_or_impossible_short_date_is_not_read(line: str) -> None:
    assert FINDER.date_line(line) is None


def test_the_page_takes_the_short_stamp() -> None:
    text = ("Council approves new city budget after long debate\n\n"
            "Published: 12-Mar-24\n\n"
            "The city council voted on Tuesday to approve the new budget for the coming fiscal year.\n\n"
            "Council members said the plan would raise property taxes by two percent for most homeowners.")
    article = clean_article(Article(id="a", source="a", raw=text), load_patterns(), DatelineParser())
    assert (article.published, article.published_how) == ("2024-03-12", "date_line")
