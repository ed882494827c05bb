"""time@24 (issue 17): days and the spans and weeks they name.  English month-first spans of days ("July 3 to 5", "between July 3 and 5",
"July 3 through 5", "March 3 and 4"), as French writes "du 3 au 5 juillet" and English "July 3-5"
already were.  The second day takes the first one's month and year; a year after the second is
the first one's too.  "la semaine du 12 mai", "the week of May 12" are a week (the granularity of
"cette semaine"), not the day.  Invented sentences; near misses where the number is an amount."""

from __future__ import annotations

import pytest

from veille.config import Config
from veille.model import Article
from veille.pipeline import Context
from veille.stages.time import tag_article


def values(body: str, published: str = "2025-04-04", lang: str = "en") -> list[tuple[str, str]]:
    config = Config()
    config.time.reference_date = "2026-12-01"
    article = Article(id="a", source="a", raw=body, body=body, published=published, published_how="metadata",
                      lang=lang)
    return [(t.text, t.value) for t in tag_article(article, Context(config=config)).timexes]


def endpoints(body: str) -> set[str]:
    return {v for _, value in values(body) for v in value.split("/")}


@pytest.mark.parametrize(("body", "expected"), [
    ("The festival runs from July 3 to 5.", {"2025-07-03", "2025-07-05"}),
    ("The festival runs July 3 to 5.", {"2025-07-03", "2025-07-05"}),
    ("The festival runs between July 3 and 5.", {"2025-07-03", "2025-07-05"}),
    ("The festival runs July 3 through 5 in Lyon.", {"2025-07-03", "2025-07-05"}),
    ("Talks are held on July 3 and 4.", {"2025-07-03", "2025-07-04"}),
    ("The festival ran July 3rd to 5th.", {"2024-07-03", "2024-07-05"}),
    # told on the span's own days, both ends in one year
    ("The festival ran from April 3 to 5.", {"2025-04-03", "2025-04-05"}),
    # the year after the second day is the first one's
    ("The festival ran July 3 to 5, 2023.", {"2023-07-03", "2023-07-05"}),
])
def test_a_month_first_span_of_days_gives_both_days(body: str, expected: set[str]) -> None:
    assert endpoints(body) == expected


@pytest.mark.parametrize("body", [
    "Prices rose 3% from July 3 to 5% in August.",
    "Between March 3 and 5 percent of voters abstained.",
    "From March 3 to 5 people a day were tested.",
    "Police arrested 3 on July 3 and 5 in August.",
    "The match on March 3 ended 2 to 1.",
])
def test_an_amount_after_a_date_is_no_day(body: str) -> None:
    assert all(not text[0].isdigit() for text, _ in values(body))


# -- a week named by one of its days (time@24) ---------------------------------------------------

@pytest.mark.parametrize(("body", "lang", "text"), [
    ("La réunion aura lieu la semaine du 12 mai.", "fr", "la semaine du 12 mai"),
    ("La réunion aura lieu la semaine du lundi 12 mai.", "fr", "la semaine du lundi 12 mai"),
    ("The meeting will take place the week of May 12.", "en", "the week of May 12"),
])
def test_the_week_of_a_day_is_that_iso_week(body: str, lang: str, text: str) -> None:
    assert dict(values(body, lang=lang))[text] == "2025-W20"


@pytest.mark.parametrize(("body", "lang", "text", "value"), [
    # near misses: the day alone, and the span of the week's days
    ("La réunion aura lieu le 12 mai.", "fr", "le 12 mai", "2025-05-12"),
    ("Le bilan de la semaine du 12 au 18 mai est lourd.", "fr", "12 au 18 mai", "2025-05-12/2025-05-18"),
])
def test_a_day_or_a_span_of_days_stays_days(body: str, lang: str, text: str, value: str) -> None:
    assert dict(values(body, lang=lang))[text] == value
