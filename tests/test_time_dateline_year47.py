"""A yearless dateline with no weekday of its own, placed by the lede's bare past weekdays (time@47, issues 16
and 17; eval/pubdate_pool/across_pools.py's tuning parts: four wire pages dated "New Delhi, Mar 11 (IANS):",
"Abengourou, 23 déc (AIP)-", left undated), from invented pages, with near misses: the weekday must fall on the
dateline's day or the day before, within the years a weekday is trusted (`yearless.WEEKDAY_YEARS`); a weekday to
come, none, or a year the text states leave the existing reading."""

from __future__ import annotations

from datetime import date

from veille.config import Config
from veille.model import Article
from veille.pipeline import Context
from veille.stages.cleaning.yearless import MonthDay
from veille.stages.time import tag_article
from veille.stages.time.dct import year_by_weekdays

REFERENCE = date(2026, 12, 1)


def test_the_ledes_weekday_gives_a_yearless_day_its_year() -> None:
    # 11 March is a Monday in 2024 (and 2019, outside the window); the latest year wins a tie on the day.
    assert year_by_weekdays(MonthDay(3, 11), [1], REFERENCE) == date(2024, 3, 11)
    # The day before ("on Sunday night" in a Monday's dispatch): 11 March 2024, a Monday, is nearer than a
    # year in which the 11th is itself a Sunday-and-a-day later.
    assert year_by_weekdays(MonthDay(3, 11), [7], REFERENCE) == date(2024, 3, 11)


def test_near_misses_of_a_weekday_year() -> None:
    # No weekday told in the past: no year.
    assert year_by_weekdays(MonthDay(3, 11), [], REFERENCE) is None
    # A line naming its own weekday is `MonthDay.by_weekday`'s.
    assert year_by_weekdays(MonthDay(3, 11, 1), [1], REFERENCE) is None
    # Weekdays that fall on no day within a day of the dateline's in one year: Monday and Thursday.
    assert year_by_weekdays(MonthDay(3, 11), [1, 4], REFERENCE) is None


def _tagged(body: str, lang: str) -> Article:
    config = Config()
    config.time.reference_date = REFERENCE.isoformat()
    article = Article(id="a", source="a", raw=body, body=body, lang=lang)
    return tag_article(article, Context(config=config))


def test_a_wire_dateline_with_no_year_is_dated_by_its_ledes_weekday() -> None:
    english = _tagged("New Delhi, Mar 11 (IANS): A police team was attacked in West Delhi, an official said on "
                      "Monday, adding that four people had been arrested.", "en")
    assert (english.published, english.published_how) == ("2024-03-11", "day_line")
    french = _tagged("Abengourou, 23 déc (AIP)- Le marché central de la ville a été ravagé par un incendie qui "
                     "s'est déclenché samedi, aux environs de 3h30 du matin, selon des témoins.", "fr")
    assert (french.published, french.published_how) == ("2023-12-23", "day_line")


def test_near_misses_of_a_wire_dateline() -> None:
    # A weekday to come places nothing.
    ahead = _tagged("New Delhi, Mar 11 (IANS): The minister will visit the flooded districts next Thursday.", "en")
    assert ahead.published is None
    assert _tagged("Abengourou, 23 déc (AIP)- Le ministre se rendra samedi sur le marché ravagé.", "fr").published \
        is None
    # A year the text states places the dateline as before (the nearest such day: `MonthDay.near`).
    stated = _tagged("New Delhi, Mar 11 (IANS): Four people were arrested on Monday after the March 8, 2019 "
                     "attack on a police team, an official said.", "en")
    assert stated.published == "2019-03-11"
