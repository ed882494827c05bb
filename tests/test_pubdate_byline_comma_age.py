"""(clean@66, issue 16) A relative stamp a byline's comma sets off at the line's end ("By Jane Smith, 3 hours
ago", "Par Jean Dupont, il y a 3 heures"): the page's age beside its byline, as "Jane Smith | 3 hours ago" was
already; counted back from the crawl time, no day without it."""

from __future__ import annotations

import datetime as dt

import pytest

from veille.stages.cleaning.relstamps import relative_day

CRAWLED = dt.datetime(2024, 3, 14, 15, 0)


@pytest.mark.parametrize(("line", "day"), [
    ("By Jane Smith, 3 hours ago", "2024-03-14"),
    ("Par Jean Dupont, il y a 3 heures", "2024-03-14"),
    ("Par Jean Dupont, il y a 2 jours", "2024-03-12"),
    ("By Jane Smith, CNN, 2 days ago", "2024-03-12"),  # a short outlet's name between
    ("By Jane Smith, yesterday at 6:30 PM", "2024-03-13"),
    ("Written by Jane Smith, 1 day ago", "2024-03-13"),
    # what must not change: the forms read before
    ("Jane Smith | 3 hours ago", "2024-03-14"),
    ("Par Jean Dupont - il y a 3 heures", "2024-03-14"),
    ("3 hours ago", "2024-03-14"),
])
def test_byline_then_age(line: str, day: str) -> None:
    found = relative_day(line, CRAWLED)
    assert found is not None and found.isoformat() == day


@pytest.mark.parametrize("line", [
    "Par ailleurs, il y a 3 jours, le maire a annoncé sa démission",  # a sentence, no name
    "By Friday, 3 days ago, the council had voted",  # the stamp does not end the line
    "By Jane Smith, who reported from the scene for the paper, 3 hours ago",  # a clause between, not a name
    "By Jane Smith and John Doe, 3 hours ago",  # two names: not one byline
    "By Jane Smith, 3 hours",  # a duration, not an age
    "Jane Smith, 3 hours ago",  # no "By"/"Par": a name and an age in a sentence's list
])
def test_not_byline_ages(line: str) -> None:
    assert relative_day(line, CRAWLED) is None


def test_no_day_without_crawl() -> None:
    assert relative_day("By Jane Smith, 3 hours ago", None) is None
