"""time@43 (issue 17): anchors of an undated text, and clock times said with a fraction of the hour.

An undated article's weekday written with its day and month ("ce jeudi 20 mars") fixes its year only
among the years it falls on that weekday; a year the text names alone, far from it or after it ("double
championne olympique à Pékin en 2008"), is one such year by chance one time in seven, and is a past
event's, not the year the text speaks in: only a year stated just before the day, or the year of
something the text dates within a year ("le 3 février 2018", "l'hiver 2018"), is taken; otherwise the
latest such year up to today.  English says a clock time with its fraction of the hour ("half past
eight", "a quarter to ten", "quarter past 10 p.m."): one TIME, and "a quarter" next to a clock is no
three-month duration.  French "minuit et quart" after a given evening is the next day's small hours.
"""

from __future__ import annotations

import pytest

from conftest import timex_values


def undated(body: str, lang: str) -> tuple[str | None, dict[str, str]]:
    """The invented undated article's inferred date and its timexes' values, today fixed."""
    from veille.config import Config
    from veille.model import Article
    from veille.pipeline import Context
    from veille.stages.time import tag_article

    config = Config()
    config.time.reference_date = "2026-12-01"
    article = Article(id="a", source="a", raw=body, body=body, lang=lang)
    tag_article(article, Context(config=config))
    return article.published, {t.text: t.value for t in article.timexes}


@pytest.mark.parametrize(("body", "lang", "text", "expected"), [
    # fail on time@42: 2008-03-20 (Thursday 20 March 2008, the year of a past Olympics named after it)
    ("Kirsty Coventry a été élue présidente du CIO ce jeudi 20 mars en Grèce. Double championne olympique "
     "à Athènes en 2004 et à Pékin en 2008, elle succède à Thomas Bach.", "fr", "ce jeudi 20 mars", "2025-03-20"),
    ("Kirsty Coventry was elected IOC president on Thursday, March 20, in Greece. A double Olympic champion "
     "in Athens in 2004 and Beijing in 2008, she succeeds Thomas Bach.", "en", "Thursday, March 20", "2025-03-20"),
    # near misses: a year stated just before the day, or a date within a year, is the year it speaks in
    ("La crise a commencé en 2008. Elle s'est terminée le jeudi 20 mars.", "fr", "le jeudi 20 mars", "2008-03-20"),
    ("Les soldes d'hiver 2018 ont commencé. Ils se termineront le mardi 20 février.", "fr",
     "le mardi 20 février", "2018-02-20"),
    ("Elle a été élue ce jeudi 20 mars. Le 3 février 2008, elle avait annoncé sa candidature.", "fr",
     "ce jeudi 20 mars", "2008-03-20"),
])
def test_a_weekday_and_day_take_no_year_said_alone_after_them(body: str, lang: str, text: str,
                                                              expected: str) -> None:
    _, values = undated(body, lang)
    assert values.get(text) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # fail on time@42: nothing ("half past eight"), P3M ("a quarter")
    ("Police arrived on Saturday at half past eight.", {"Saturday": "2024-03-09", "half past eight": "2024-03-09T08:30"}),
    ("The hearing opens at a quarter to ten on Monday.", {"a quarter to ten": "2024-03-11T09:45"}),
    ("He left at quarter past 10 p.m. on Saturday.", {"quarter past 10 p.m.": "2024-03-09T22:15"}),
    ("The fire was reported at half past eight in the evening.", {"half past eight in the evening": "2024-03-11T20:30"}),
    ("On Saturday evening, at a quarter past midnight, police arrived.",
     {"a quarter past midnight": "2024-03-10T00:15"}),
    # near misses: a quarter of a year or of a count is no clock time
    ("Sales fell by a quarter to 10 percent of the market.", {"a quarter to 10 percent": None}),
    ("Profits rose in the quarter to March.", {"the quarter to March": None}),
])
def test_an_english_clock_time_with_a_fraction_of_the_hour(body: str, expected: dict[str, str | None]) -> None:
    got = timex_values(body, "en", "2024-03-11")
    assert {k: got.get(k) for k in expected} == expected
    assert "P3M" not in {v for k, v in got.items() if "half past" in k or "quarter past" in k or "quarter to ten" in k}


@pytest.mark.parametrize(("body", "text", "expected"), [
    ("Samedi soir, vers minuit et quart, un incendie s'est déclaré.", "minuit et quart", "2024-03-10T00:15"),
    ("Samedi vers 22 heures, la police est intervenue. À minuit et quart, le suspect a été arrêté.",
     "minuit et quart", "2024-03-10T00:15"),
    ("Dans la nuit de samedi à dimanche, vers minuit et demi, un incendie s'est déclaré.", "minuit et demi",
     "2024-03-10T00:30"),
    # near miss: no evening before it, the small hours of the day named
    ("Samedi matin, à minuit et quart, un incendie s'est déclaré.", "Samedi matin, à minuit et quart",
     "2024-03-09T00:15"),
])
def test_french_quarter_past_midnight_after_an_evening_is_the_next_day(body: str, text: str, expected: str) -> None:
    assert timex_values(body, "fr", "2024-03-11").get(text) == expected
