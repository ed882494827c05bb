"""A byline with the day and clock time of the current year's article and no label (clean@20,
issue 16): "Par Jean Dupont Le 12/03 à 09h00", "By Jane Doe, March 12 at 9:05 AM", "Par Jean
Dupont - 12 mars à 9h05".  Sites drop the year from this year's stamps; with a byline in front
the line was no yearless date line (`cleaning.yearless`: a label, or the day and clock opening
the line), so it stayed in the text and dated nothing.  Only names may stand before the day and
a clock time must follow it, as in the bare form.  Invented lines; near misses: a sentence that
begins with "Par", a byline without a clock time, a place between names and the day."""

from __future__ import annotations

import datetime as dt

import pytest

from veille.model import Article
from veille.stages.clean import clean_article
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.rules import load_patterns
from veille.stages.cleaning.yearless import DayLines, MonthDay

PARSER = DatelineParser()
LINES = DayLines(PARSER.finder)


@pytest.mark.parametrize(("line", "day"), [
    ("Par Jean Dupont Le 12/03 à 09h00", (3, 12)),
    ("Par Jean Dupont - 12 mars à 9h05", (3, 12)),
    ("Par Marie de La Tour et Paul Martin, le 12 mars à 9h05", (3, 12)),
    ("By Jane Doe, March 12 at 9:05 AM", (3, 12)),
    ("By Jane Doe | Mar 12, 9:05 a.m. ET", (3, 12)),
    ("By Jane Doe Tuesday, March 12, 9:05 AM", (3, 12, 2)),
])
def test_a_byline_then_a_yearless_day_and_clock(line: str, day: tuple[int, ...]) -> None:
    assert LINES.day_line(line) == MonthDay(*day)


@pytest.mark.parametrize("line", [
    "Par Jean Dupont le 12 mars",  # no clock time: a byline may name an event's day
    "Par décret du 12 mars à 9h05",  # no name: a sentence's words
    "By Jane Doe in Paris March 12 at 9:05 AM",  # lower-case words between the names and the day
    "Par Jean Dupont Le 12/03/2024 à 09h00",  # a full date: a date line proper
])
def test_no_yearless_byline(line: str) -> None:
    assert LINES.day_line(line) is None


def test_the_byline_day_takes_the_crawl_year() -> None:
    text = ("Le conseil municipal adopte le budget après un long débat\n\n"
            "Par Jean Dupont Le 12/03 à 09h00\n\n"
            "Le conseil municipal a voté mardi soir le nouveau budget de la ville après un long débat.\n\n"
            "Les élus ont expliqué que le plan augmenterait la taxe foncière de deux pour cent.")
    article = Article(id="a", source="a", raw=text, meta={"crawled": "2025-03-14T10:00:00"})
    clean_article(article, load_patterns(), PARSER)
    assert (article.published, article.published_how) == ("2025-03-12", "day_line")
    assert "Par Jean Dupont" not in article.body
    assert dt.date.fromisoformat(article.published).year == 2025
