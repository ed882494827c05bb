"""A weekday beside a numeric date whose day and month could swap (clean@21, issue 16): the
weekday settles the order ("Mon, 03/04/2024 - 17:04" is Monday 4 March, though a 24-hour clock
would read it day first).  Invented lines and a page, with near misses: a weekday that agrees
with the usual order, one both readings fall on, one neither does."""

from __future__ import annotations

from veille.model import Article
from veille.stages.clean import clean_article
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.rules import load_patterns

HEAD = "Council approves new budget for city parks"
BODY = ("The city council approved a new budget for the parks on a vote of seven to two after a long debate.\n\n"
        "The mayor said the money would go to repairs of playgrounds and paths across the city this year.\n\n"
        "Opponents argued that the spending was too high given the state of the city's finances.")


def _line(text: str) -> str | None:
    found = DatelineParser().finder.date_line(text)
    return found.date if found else None


def test_the_weekday_settles_a_day_and_month_that_could_swap() -> None:
    assert _line("Mon, 03/04/2024 - 17:04") == "2024-03-04"   # a 24-hour clock alone reads it day first
    assert _line("Published Monday, 03/04/2024") == "2024-03-04"
    assert _line("Mon 03.04.2024") == "2024-03-04"
    assert _line("mercredi 04/03/2024 à 17h04") == "2024-04-03"  # a French weekday, the month first
    article = clean_article(Article(id="x", source="x.txt", raw=f"{HEAD}\n\nMon, 03/04/2024 - 17:04\n\n{BODY}"),
                            load_patterns(), DatelineParser())
    assert article.published == "2024-03-04"


def test_near_misses_keep_the_usual_order() -> None:
    assert _line("Wed, 03/04/2024 - 17:04") == "2024-04-03"   # the weekday agrees with day first
    assert _line("lundi 04/03/2024 à 17h04") == "2024-03-04"
    assert _line("Tue, 03/12/2024 - 17:04") == "2024-12-03"   # both readings are Tuesdays: the clock's order
    assert _line("Fri, 03/04/2024 - 17:04") == "2024-04-03"   # neither is a Friday: unchanged
    assert _line("03/04/2024 - 17:04") == "2024-04-03"        # no weekday
    assert _line("Mon, 13/04/2024 - 17:04") == "2024-04-13"   # no swap possible
