"""time@19: an undated article's day from a day word, a night or a night's morning set beside a date.

Invented French and English sentences, each failing on time@18, with near misses that must keep
their answer.  The page has no date line and no URL: the text's own words are the evidence.

- A day word with a weekday that has its own day and month ("Aujourd'hui jeudi 3 avril",
  "avant-hier mardi 1er avril"): the recogniser read "aujourd'hui jeudi" as one expression and
  lost the day number ("avril" alone was left), so neither the date nor its tie to the article's
  now was found.  The weekday belongs to the date; the day word stays in apposition before it.
- The night the now names as the last one, set before a date ("last night, Thursday, April 3",
  "la nuit dernière, jeudi 3 avril"): that night is the evening of the day before the article's,
  as "hier soir, jeudi 3 avril" was already read.
- A day word glossed by its date in brackets ("yesterday (April 1, 2025)", "hier (mardi 1er
  avril)"): only a comma was read as the apposition; the bracket is agency copy's usual gloss.
- A night named by two weekdays and the date of its morning ("dans la nuit de jeudi à vendredi
  4 avril"): the recogniser kept "la nuit de jeudi à vendredi" and lost the day; it is the night
  of Thursday 3 (as "la nuit du jeudi 3 au vendredi 4 avril"), over, so the article is Friday's.
"""

from __future__ import annotations

from datetime import date

import pytest

from veille.model import Article
from veille.stages.time import tag_article
from veille.stages.time.tagger import tag

REFERENCE = date(2026, 12, 3)


def _published(text: str, lang: str) -> str | None:
    article = Article(id="t", source="t", raw=text, body=text, lang=lang)
    tag_article(article)
    return article.published


def _values(text: str, lang: str, dct: date | None) -> list[tuple[str, str]]:
    timexes, _ = tag(text, lang, dct, REFERENCE, intervals=False)
    return [(t.text, t.value) for t in timexes]


DATED = [
    # a day word before a weekday with its own date: the weekday fixes the year (Thursday 3 April: 2025)
    ("fr", "Aujourd'hui jeudi 3 avril, le conseil municipal vote le budget de la ville.", "2025-04-03"),
    ("fr", "Le conseil municipal vote aujourd’hui jeudi 3 avril le budget de la ville.", "2025-04-03"),
    ("fr", "Avant-hier mardi 1er avril, le conseil municipal a voté le budget.", "2025-04-03"),
    ("fr", "Hier soir jeudi 3 avril, le conseil municipal a voté le budget.", "2025-04-04"),   # unchanged
    # the last night, in apposition before its date
    ("en", "Last night, Thursday, April 3, a fire destroyed a warehouse near the port.", "2025-04-04"),
    ("fr", "La nuit dernière, jeudi 3 avril, un incendie a ravagé un entrepôt du port.", "2025-04-04"),
    ("en", "Yesterday evening, Thursday, April 3, a fire destroyed a warehouse.", "2025-04-04"),  # unchanged
    # a day word glossed by its date in brackets, as agency copy writes it
    ("en", "Yesterday (April 1, 2025), a fire destroyed a warehouse near the port.", "2025-04-02"),
    ("en", "A fire destroyed a warehouse near the port yesterday (Tuesday, April 1).", "2025-04-02"),
    ("fr", "Un incendie a ravagé un entrepôt du port hier (mardi 1er avril).", "2025-04-02"),
    ("fr", "Un incendie a ravagé un entrepôt du port (mardi 1er avril).", "2025-04-01"),  # no day word
    # a night named by its two weekdays and its morning's date, over: the article is of the morning
    ("fr", "Dans la nuit de jeudi à vendredi 4 avril, un incendie a ravagé un entrepôt du port.", "2025-04-04"),
    ("fr", "Dans la nuit du jeudi au vendredi 4 avril, un incendie a ravagé un entrepôt du port.", "2025-04-04"),
    ("fr", "Dans la nuit de lundi à mardi 1er avril 2025, un incendie a ravagé un entrepôt.", "2025-04-01"),
    ("fr", "Dans la nuit du jeudi 3 au vendredi 4 avril, un incendie a ravagé un entrepôt.", "2025-04-04"),  # unchanged
]


@pytest.mark.parametrize("lang,text,expected", DATED)
def test_the_day_the_words_tie_the_article_to(lang: str, text: str, expected: str) -> None:
    assert _published(text, lang) == expected


UNDATED = [
    # near misses: no day number after the weekday, a night told ahead, a night with no date
    ("fr", "Aujourd'hui jeudi, le conseil municipal vote le budget de la ville."),
    ("fr", "Le conseil municipal votera dans la nuit de jeudi à vendredi le budget de la ville."),
    ("en", "Last night a fire destroyed a warehouse near the port, firefighters said."),
]


@pytest.mark.parametrize("lang,text", UNDATED)
def test_no_date_without_one(lang: str, text: str) -> None:
    assert _published(text, lang) is None


def test_a_night_ahead_is_no_lower_bound() -> None:
    # Told in the future, the night to come bounds nothing from below.
    assert _published("La grève commencera dans la nuit de jeudi à vendredi 4 avril 2025.", "fr") is None


def test_the_day_word_keeps_its_weekday_without_a_date() -> None:
    # "Aujourd'hui jeudi" alone is one expression, the article's day, as before.
    assert _values("Aujourd'hui jeudi, le conseil vote.", "fr", date(2025, 4, 3)) == [
        ("Aujourd'hui jeudi", "2025-04-03")]


def test_the_weekday_with_its_date_is_the_dates() -> None:
    values = _values("Aujourd'hui jeudi 3 avril, le conseil vote.", "fr", date(2025, 4, 3))
    assert ("jeudi 3 avril", "2025-04-03") in values
    assert all(value != "2025-04" for _, value in values)  # "avril" is no longer a month alone


def test_the_night_of_two_weekdays_is_its_first_evening() -> None:
    assert _values("Dans la nuit de jeudi à vendredi 4 avril, un entrepôt a brûlé.", "fr", date(2025, 4, 4)) == [
        ("la nuit de jeudi à vendredi 4 avril", "2025-04-03TNI")]
    # across a month and a year: the first evening is the last day of the one before
    assert _values("Dans la nuit de lundi à mardi 1er avril 2025, un entrepôt a brûlé.", "fr", None) == [
        ("la nuit de lundi à mardi 1er avril 2025", "2025-03-31TNI")]
    assert _values("Dans la nuit de mardi à mercredi 1er janvier 2025, un entrepôt a brûlé.", "fr", None) == [
        ("la nuit de mardi à mercredi 1er janvier 2025", "2024-12-31TNI")]
