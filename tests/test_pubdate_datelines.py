"""Issue 16: datelines whose date is set off from the place by brackets or dashes, as press offices
and wire services print them ("SALT LAKE CITY (April 1, 2020) –", "NEW YORK--(BUSINESS WIRE)--March
3, 2021--", "PARIS (AFP) - 3 mars 2021 -"), date a page whose URL says nothing.  Invented lines only."""

from __future__ import annotations

import pytest

from veille.model import Article
from veille.stages.clean import clean_article
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.rules import load_patterns

PARSER = DatelineParser()


@pytest.mark.parametrize(("paragraph", "place", "date"), [
    # The date in brackets after the place, its state, or a dash.
    ("SPRINGFIELD (April 1, 2020) – Today the governor signed nine bills.", "SPRINGFIELD", "2020-04-01"),
    ("OAK RIDGE, Tenn. (June 1, 2014)- One man was hurt in a crash Saturday night.", "OAK RIDGE", "2014-06-01"),
    ("Helena, Mont. (Wed., March 3, 2021) — The company said it would hire.", "Helena", "2021-03-03"),
    ("WASHINGTON, D.C. – (March 3, 2021) – The senator said she would vote no.", "WASHINGTON", "2021-03-03"),
    ("LYON (3 avril 2024) - Le maire a présenté son budget au conseil.", "LYON", "2024-04-03"),
    ("Rennes (le mercredi 3 avril 2024) – La préfète a signé l'arrêté.", "Rennes", "2024-04-03"),
    # The date between dashes, after the place or the agency's credit.
    ("NEW YORK--(BUSINESS WIRE)--March 3, 2021--Acme Corp. today reported results.", "NEW YORK", "2021-03-03"),
    ("SAN JOSE, Calif.--(BUSINESS WIRE)--Mar. 3, 2021-- Acme today reported results.", "SAN JOSE", "2021-03-03"),
    ("PARIS (AFP) - 3 mars 2021 - Le ministre a annoncé un plan.", "PARIS", "2021-03-03"),
    ("Nashville, TN – March 3, 2021 – The company said it would hire.", "Nashville", "2021-03-03"),
    ("WASHINGTON — March 3, 2021 — The senator said she would vote no.", "WASHINGTON", "2021-03-03"),
])
def test_dates_set_off_by_brackets_or_dashes(paragraph: str, place: str, date: str) -> None:
    found = PARSER.parse(paragraph)
    assert found is not None and (found.place, found.date) == (place, date)


def test_a_yearless_day_in_brackets_gives_its_month_and_day() -> None:
    found = PARSER.parse("TOULOUSE (3 avril) - La mairie a voté le budget.")
    assert found is not None and found.date is None and found.month_day is not None
    assert (found.month_day.month, found.month_day.day) == (4, 3)


@pytest.mark.parametrize("paragraph", [
    "Le ministre (3 avril 2024) - a déclaré que",  # a lower-case word: no place
    "Paris - 3 mai - la liste des candidats.",  # between dashes without a year
    "The mayor (March 3, 2021) — said she would run.",
])
def test_not_set_off_datelines(paragraph: str) -> None:
    found = PARSER.parse(paragraph)
    assert found is None or found.date is None


def test_a_set_off_dateline_dates_the_article() -> None:
    raw = ("Governor signs bills\n\nSPRINGFIELD (April 1, 2020) – Today was the final day of the governor's "
           "bill signing period, and he signed nine bills.\n\nThe letters explaining the vetoes are attached "
           "to this release for the public to read.")
    art = clean_article(Article(id="a", source="a", raw=raw), load_patterns(), PARSER)
    assert (art.published, art.published_how, art.dateline_place) == ("2020-04-01", "dateline", "SPRINGFIELD")
