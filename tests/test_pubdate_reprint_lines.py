"""Page kinds the hand-gold pool's pub21 pages showed (clean@26, issue 16), from invented lines,
pages and URLs, each with near misses:

- a republication note under an op-ed or an interview a site copies from a paper ("Cette tribune,
  écrite par Jeanne Roe, a été publiée le 30 septembre 2024 dans Le Monde.", "This op-ed was
  originally published in The Boston Globe on March 3, 2024.") dates the page as a print note
  does; a body sentence that opens the same way and goes on after the paper's name does not;
- a paper's masthead kept above a scanned front page ("55e ANNÉE – No 16827 – … MERCREDI 3 MARS
  1999 …") is the edition's day; a sentence citing an issue is not;
- a blog engine's date header, a weekday, a day and a month with no year ("Saturday, February
  27"), above the post's first paragraph, takes its year from the URL's folders; lower down, a
  day heading is an event's, and a day and month without a weekday are no header;
- a slug naming a day in words inside the month its folders give ("/2013/05/police-update-28-
  may-2013.html") dates the page as a bound; outside that month it does not (without folders it is
  a weaker bound, clean@63: tests/test_pubdate_url_slug.py)."""

from __future__ import annotations

import pytest

from conftest import clean_raw
from veille.stages.cleaning.dateline import DatelineParser

FR_BODY = ("Le périphérique parisien accueille chaque jour plus d'un million de déplacements, et sa "
           "transformation engage la métropole entière pour plusieurs décennies.\n\n"
           "Réduire la vitesse ne suffit pas : il faut repenser les usages, les abords et les quartiers "
           "que l'anneau sépare depuis sa construction.\n\n"
           "Les élus des communes voisines demandent à être associés aux décisions qui les concernent.")
EN_BODY = ("The storm knocked out power to thousands of homes across the county overnight, and crews "
           "worked through the morning to clear fallen trees from the main roads.\n\n"
           "Officials said schools would reopen once the roads were safe for buses to travel.\n\n"
           "Residents were asked to report downed lines to the utility and to stay away from them.")


_clean = clean_raw


@pytest.mark.parametrize(("line", "day"), [
    ("Cette tribune, écrite par Jeanne Roe, a été publiée le 30 septembre 2024 dans Le Monde.", "2024-09-30"),
    ("Une tribune par Jeanne Roe pour Le Monde du 5 juillet 2020", "2020-07-05"),
    ("Voici la tribune publiée par Jean Roe et Paul Doe dans le Télégramme du 2 décembre 2020.", "2020-12-02"),
    ("Cet entretien a été publié le 12 mars 2024 dans Ouest-France.", "2024-03-12"),
    ("This op-ed was originally published in The Boston Globe on March 3, 2024.", "2024-03-03"),
    ("Originally published in The Guardian on March 3, 2024", "2024-03-03"),
])
def test_a_republication_note_dates_the_page(line: str, day: str) -> None:
    body = EN_BODY if line[0] in "TO" else FR_BODY
    assert _clean(f"{line}\n\n{body}").published == day
    assert _clean(f"{body}\n\n{line}").published == day  # the note under the piece


@pytest.mark.parametrize("line", [
    "Cette tribune, publiée le 30 septembre 2024 dans Le Monde, a suscité de vives réactions chez les élus.",
    "La tribune publiée le 30 septembre 2024 dans Le Monde par trois anciens ministres a été signée par cent élus.",
    "This article was updated on March 3, 2024.",
    "The essay published on March 3, 2024 in The Atlantic drew thousands of replies from readers.",
])
def test_near_misses_are_no_notes(line: str) -> None:
    assert DatelineParser().finder.date_line(line) is None


def test_a_masthead_is_the_edition_day() -> None:
    masthead = ("55e ANNÉE – No 16827 – 7,50 F - 1,14 EURO MÉTROPOLITAINE MERCREDI 3 MARS 1999 "
                "FONDATEUR : HUBERT BEUVE-MÉRY – DIRECTEUR : JEAN-MARIE COLOMBANI")
    assert _clean(f"{masthead}\n\n{FR_BODY}").published == "1999-03-03"
    english = "VOL. CLXXIII No. 60,012 © 2024 The Daily Courier Company NEW YORK, TUESDAY, MARCH 12, 2024"
    assert _clean(f"{english}\n\n{EN_BODY}").published == "2024-03-12"


def test_a_sentence_citing_an_issue_is_no_masthead() -> None:
    finder = DatelineParser().finder
    assert finder.date_line("Le numéro 16827 du journal, daté du mercredi 3 mars 1999, a été saisi par la police "
                            "le lendemain matin dans tous les kiosques de la ville") is None
    # An issue's number without the edition's weekday: no masthead read.
    assert finder.date_line("No 16827 – 7,50 F – 3 MARS 1999 – FONDATEUR : HUBERT BEUVE-MÉRY – DIRECTEUR : "
                            "JEAN-MARIE COLOMBANI – RÉDACTION : 21 BIS RUE CLAUDE-BERNARD") is None


BLOG = "https://example.blogspot.com/2010/02/small-earthquakes-strike.html"


@pytest.mark.parametrize("header", ["Saturday, February 27", "Samedi 27 février", "Sat. Feb. 27"])
def test_a_blog_date_header_takes_the_url_year(header: str) -> None:
    body = FR_BODY if header.lower().startswith("samedi") else EN_BODY
    article = _clean(f"Translate\n\n{header}\n\nSmall earthquakes strike the valley overnight\n\n{body}", BLOG)
    assert article.published == "2010-02-27"
    assert article.published_how == "day_line"


def test_near_misses_of_a_blog_date_header() -> None:
    # A day heading below the first paragraph is an event's (a programme, a live page).
    lower = _clean(f"Small earthquakes strike the valley overnight\n\n{EN_BODY}\n\nSaturday, February 27\n\n"
                   "The shelter opens at the community hall.", BLOG)
    assert lower.published is None
    # A day and a month without a weekday, or words after them, are no header.
    assert _clean(f"February 27\n\nSmall earthquakes strike the valley\n\n{EN_BODY}", BLOG).published is None
    assert _clean(f"Saturday, February 27: open house at the fire station\n\n{EN_BODY}", BLOG).published is None
    # The folders' month must hold the day.
    assert _clean(f"Saturday, March 27\n\nSmall earthquakes strike the valley\n\n{EN_BODY}", BLOG).published is None


@pytest.mark.parametrize(("url", "day"), [
    ("https://example.blogspot.com/2013/05/police-update-28-may-2013.html", "2013-05-28"),
    ("https://example.com/2024/03/storm-update-march-3rd-2024/", "2024-03-03"),
    ("https://example.fr/2024/08/fete-du-1er-aout-2024", "2024-08-01"),
])
def test_a_slug_day_inside_its_folders_month(url: str, day: str) -> None:
    finder = DatelineParser().finder
    found = finder.from_url(url)
    assert found is not None and (found.date, found.how) == (day, "url_id")


@pytest.mark.parametrize("url", [
    "https://example.fr/2021/09/attentats-du-13-novembre-2015-le-proces",  # an anniversary, years on
    "https://example.com/2013/06/police-update-28-may-2013.html",  # another month's day
])
def test_near_misses_of_a_slug_day(url: str) -> None:
    assert DatelineParser().finder.from_url(url) is None


def test_a_date_line_overrules_a_slug_day() -> None:
    url = "https://example.com/2024/03/storm-update-march-3rd-2024/"
    assert _clean(f"March 5, 2024\n\nStorm update\n\n{EN_BODY}", url).published == "2024-03-05"
