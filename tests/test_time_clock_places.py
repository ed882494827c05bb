"""time@27: classes read from eval/timex_pool's tuning part (t29-t40: elections, funeral calendars;
t27: a forecast), each checked on invented sentences with a near miss that must keep its old
reading: weekdays listed in one sentence with no tense run forward; a French clock time
"N heures" after "à partir de", after a sentence-initial unaccented capital "A" (how many pages
write "À") and after "voire"/"ou" that join it to a clock time before; and a clock time followed by
the place it is at and then its day ("at noon in the Old State Capitol on Sunday, July 18") is on
that day, not on the date spoken of before it."""

from __future__ import annotations

import pytest

from veille.config import Config
from veille.model import Article
from veille.pipeline import Context
from veille.stages.time import tag_article

SUNDAY = "2017-04-23"
WEDNESDAY = "2021-07-14"


def tagged(body: str, lang: str, dct: str) -> dict[str, tuple[str, str]]:
    article = Article(id="a", source="a", raw=body, body=body, published=dct, published_how="metadata", lang=lang)
    return {t.text: (t.type, t.value) for t in tag_article(article, Context(config=Config())).timexes}


@pytest.mark.parametrize(("body", "text", "value"), [
    ("Les résultats seront connus à partir de 20 heures.", "20 heures", "2017-04-23T20:00"),
    ("A 17 heures, la participation atteignait 65 %.", "17 heures", "2017-04-23T17:00"),
    ("Les bureaux restent ouverts jusqu'à 19 heures, voire 20 heures dans les grandes villes.", "20 heures",
     "2017-04-23T20:00"),
    ("Le vote se termine à 19 heures ou 20 heures selon les communes.", "20 heures", "2017-04-23T20:00"),
])
def test_french_clock_hours_after_more_introducers(body: str, text: str, value: str) -> None:
    assert tagged(body, "fr", SUNDAY)[text] == ("TIME", value)


@pytest.mark.parametrize("body", [
    "Il a 20 heures pour rendre sa copie.",             # "a" of avoir: an amount of time
    "Il a fallu attendre, voire 20 heures de route.",  # an amount after "voire", not a clock time
    "La garde à vue a duré à partir de 20 heures de débats.",  # "heures de": a duration
    "Il faut attendre 3 heures, voire 20 heures en été.",  # joined to an amount: an amount
    "Le trajet prend 5 heures ou 20 heures selon la route.",
])
def test_french_hours_that_stay_amounts(body: str) -> None:
    assert not any(v[0] == "TIME" and "T20:00" in v[1] for v in tagged(body, "fr", SUNDAY).values())


@pytest.mark.parametrize(("body", "text", "value"), [
    ("Viewing is on Saturday, July 17. A service will be held at noon in the Old State Capitol on Sunday, "
     "July 18.", "noon", "2021-07-18T12:00"),
    ("Mass is on Friday. The burial takes place at 3 p.m. at Green Lawn Cemetery on Saturday.", "3 p.m.",
     "2021-07-17T15:00"),
    ("La veillée a lieu vendredi 16 juillet. La messe sera célébrée à 10 h 30 à la cathédrale le samedi "
     "17 juillet.", "10 h 30", "2021-07-17T10:30"),
])
def test_a_clock_time_then_its_place_then_its_day(body: str, text: str, value: str) -> None:
    assert tagged(body, "fr" if "La " in body else "en", WEDNESDAY)[text] == ("TIME", value)


@pytest.mark.parametrize(("body", "text", "value"), [
    # a conjunction between: the day is another event's
    ("Viewing is on Saturday, July 17. Doors open at noon in the hall and the burial is on Sunday, July 18.",
     "noon", "2021-07-17T12:00"),
    # a comma closes the phrase: the day after it opens another clause
    ("Viewing is on Saturday, July 17, at noon in the hall, on Sunday, July 18 a service follows.",
     "noon", "2021-07-17T12:00"),
])
def test_a_clock_time_keeps_its_day_when_the_next_day_is_another_events(body: str, text: str, value: str) -> None:
    assert tagged(body, "en", WEDNESDAY)[text] == ("TIME", value)


THURSDAY = "2022-08-18"


@pytest.mark.parametrize(("body", "text", "value"), [
    # the nearest Monday of a Thursday is the one gone; after Friday in the list it is the next
    ("Une petite perturbation vendredi après-midi, une autre lundi mais peu de pluie.", "lundi", "2022-08-22"),
    ("Je table sur 24 °C mardi puis un pic mercredi avec 31 °C.", "mercredi", "2022-08-24"),
    ("Averses samedi, éclaircies dimanche puis retour du soleil lundi.", "lundi", "2022-08-22"),
])
def test_weekdays_listed_without_tense_run_forward(body: str, text: str, value: str) -> None:
    assert tagged(body, "fr", THURSDAY)[text][1] == value


@pytest.mark.parametrize(("body", "text", "value"), [
    # another sentence: no list, the nearest Monday
    ("Une perturbation vendredi après-midi. Lundi, peu de pluie.", "Lundi", "2022-08-15"),
    # a past form decides
    ("Il a été arrêté vendredi après avoir été repéré lundi.", "lundi", "2022-08-15"),
])
def test_a_weekday_outside_a_list_keeps_its_reading(body: str, text: str, value: str) -> None:
    assert tagged(body, "fr", THURSDAY)[text][1] == value
