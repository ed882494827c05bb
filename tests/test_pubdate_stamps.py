"""Page stamps in the forms scrapers hand over (clean@14), on invented French and English
lines: a bare publication date before a labelled revision, relative stamps with a label, a
stamp glued to the first sentence when a scraper flattens the page, a two-digit year with
its clock time; and the export's `published_confidence`."""

from __future__ import annotations

import datetime as dt

import pytest

from veille.model import Article
from veille.stages.clean import clean_article
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.rules import load_patterns

FINDER = DatelineParser().finder
CRAWLED = dt.datetime(2024, 10, 9, 20, 0)


@pytest.mark.parametrize("line", [
    "Tue 8 Oct 2024 06.30 BST Last modified on Wed 9 Oct 2024 11.02 BST",
    "8 October 2024, 06:30 BST Updated 9 October 2024",
    "Par Claire Lebrun, le 8 octobre 2024 - Mis à jour le 9 octobre 2024 à 11h02",
    "October 8, 2024 6:30 AM | Updated October 9, 2024",
])
def test_a_bare_date_before_a_revision_label_is_the_publication(line: str) -> None:
    found = FINDER.date_line(line)
    assert found is not None and (found.date, found.how) == ("2024-10-08", "date_line")


@pytest.mark.parametrize(("line", "how"), [
    ("Mis à jour le 9 octobre 2024 à 11h02", "updated_line"),  # the revision alone only bounds the date
    ("Last modified on Wed 9 Oct 2024 11.02 BST", "updated_line"),
])
def test_a_revision_alone_stays_a_bound(line: str, how: str) -> None:
    found = FINDER.date_line(line)
    assert found is not None and (found.date, found.how) == ("2024-10-09", how)


@pytest.mark.parametrize(("line", "day"), [
    ("Published 5 hours ago", "2024-10-09"),
    ("Mis en ligne il y a 2 jours", "2024-10-07"),
    ("Last updated 40 min ago", "2024-10-09"),
    ("Actualisé il y a 3 heures", "2024-10-09"),
])
def test_a_labelled_relative_stamp(line: str, day: str) -> None:
    assert FINDER.is_relative_time_line(line)
    found = FINDER.relative_line(line, CRAWLED)
    assert found is not None and found.date == day


def test_a_relative_revision_beside_the_date_is_no_sentence() -> None:
    found = FINDER.date_line("Oct 8, 2024 6:30 AM EDT Updated 2 hours ago")
    assert found is not None and found.date == "2024-10-08"


@pytest.mark.parametrize(("paragraph", "day", "how"), [
    ("Publié le 08/10/2024 à 06h30 La mairie a fermé la piscine municipale pour des travaux de rénovation.",
     "2024-10-08", "date_line"),
    ("Par Claire Lebrun Publié le 8 octobre 2024 à 06h30, mis à jour à 11h02 La mairie a fermé la piscine "
     "municipale pour des travaux.", "2024-10-08", "date_line"),
    ("By Tom Baker Published October 8, 2024 6:30 AM ET The city closed its public pool for repairs on "
     "Tuesday, officials said.", "2024-10-08", "date_line"),
    ("Updated Oct. 9, 2024 The city closed its public pool for repairs, officials said.", "2024-10-09",
     "updated_line"),
    ("Publié le 8 octobre 2024 à 06h30 « Nous n'avions plus le choix », a expliqué le maire aux habitants.",
     "2024-10-08", "date_line"),
])
def test_a_stamp_glued_to_the_first_sentence(paragraph: str, day: str, how: str) -> None:
    found = FINDER.opening_stamp(paragraph)
    assert found is not None and (found.date, found.how) == (day, how)
    assert FINDER.date_line(paragraph) is None  # the paragraph is body, not a date line


@pytest.mark.parametrize("paragraph", [
    # A sentence about a publication: a comma or a lower-case word after the date.
    "Publié le 8 octobre 2024, le rapport de l'inspection pointe des retards dans les travaux.",
    "Publié le 8 octobre 2024 par l'inspection, le rapport pointe des retards dans les travaux.",
    "Published October 8, 2024, the audit found that the repairs were running late.",
    # The label is not at the start (nor after a byline).
    "Le rapport publié le 8 octobre 2024 Les élus de l'opposition ont réclamé une commission d'enquête.",
    # Furniture after the stamp, no sentence: a date line proper.
    "Publié le 8 octobre 2024 à 06h30 Temps de lecture : 2 min",
])
def test_no_glued_stamp(paragraph: str) -> None:
    assert FINDER.opening_stamp(paragraph) is None


def test_a_glued_stamp_dates_the_article_and_its_paragraph_stays() -> None:
    first = ("Publié le 08/10/2024 à 06h30 La mairie a fermé la piscine municipale pour des travaux de "
             "rénovation, a-t-on appris lundi.")
    text = (f"La piscine municipale fermée pour travaux\n\n{first}\n\nLes nageurs du club devront s'entraîner "
            "dans la commune voisine jusqu'au printemps, selon l'adjoint aux sports.\n\nLe chantier doit "
            "durer six mois et coûtera 2 millions d'euros, financés en partie par la région.")
    article = clean_article(Article(id="x", source="x.txt", raw=text), load_patterns(), DatelineParser())
    assert (article.published, article.published_how) == ("2024-10-08", "date_line")
    assert first in article.body


@pytest.mark.parametrize(("line", "day"), [
    ("08/10/24 à 06h30", "2024-10-08"),
    ("Le 08.10.24 - 06:30", "2024-10-08"),
    ("10/08/24 6:30 AM", "2024-10-08"),  # a clock in the English manner: the month first
])
def test_a_two_digit_year_with_its_clock_time_is_a_stamp(line: str, day: str) -> None:
    found = FINDER.date_line(line)
    assert found is not None and (found.date, found.how) == (day, "date_line")


@pytest.mark.parametrize("line", ["3-1-24", "Score final : 3-1-24"])
def test_a_two_digit_year_without_a_clock_dates_nothing(line: str) -> None:
    assert FINDER.date_line(line) is None


@pytest.mark.parametrize("line", ["08-Oct-2024", "Published 08-Oct-2024 06:30"])
def test_a_day_month_and_year_joined_by_hyphens(line: str) -> None:
    found = FINDER.date_line(line)
    assert found is not None and found.date == "2024-10-08"


@pytest.mark.parametrize("clutter", [
    "Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience de ce site.\n\n"
    "Abonnez-vous à notre newsletter pour recevoir chaque soir l'essentiel de l'actualité locale.",
    "Lire aussi : La région vote un plan de rénovation des équipements sportifs pour dix ans.\n\n"
    "Lire aussi : Les maîtres-nageurs réclament des renforts avant l'été dans tout le département.",
])
def test_sentences_of_furniture_above_the_headline_do_not_push_the_date_line_down(clutter: str) -> None:
    text = (f"{clutter}\n\nLa piscine municipale fermée pour travaux\n\nLes nageurs du club devront "
            "s'entraîner ailleurs pendant six mois, le temps d'un chantier attendu depuis des années.\n\n"
            "Publié le 8 octobre 2024 à 06h30\n\nLa mairie a fermé la piscine municipale pour des travaux de "
            "rénovation, a-t-on appris lundi.\n\nLe chantier coûtera 2 millions d'euros, financés en partie "
            "par la région, selon l'adjoint aux sports.")
    article = clean_article(Article(id="x", source="x.txt", raw=text), load_patterns(), DatelineParser())
    assert (article.published, article.published_how) == ("2024-10-08", "date_line")


def test_a_date_line_under_the_first_paragraphs_is_still_another_story_s() -> None:
    text = ("La piscine municipale fermée pour travaux\n\nLa mairie a fermé la piscine municipale pour des "
            "travaux de rénovation, a-t-on appris lundi.\n\nLes nageurs du club devront s'entraîner ailleurs "
            "pendant six mois.\n\nLe chantier coûtera 2 millions d'euros, financés en partie par la région.\n\n"
            "Publié le 2 septembre 2024 à 09h00\n\nLes travaux de la médiathèque ont pris du retard, selon "
            "l'opposition municipale.")
    article = clean_article(Article(id="x", source="x.txt", raw=text), load_patterns(), DatelineParser())
    assert article.published is None


# Made for 2024-10-08 06:30 UTC: version 1 from its 100-ns ticks since 15 October 1582 (uuid.UUID(fields=…)),
# version 7 from its Unix milliseconds in the top 48 bits.
UUID1_OCT8 = "be5ce400-853e-11ef-9234-0a58a9feac02"
UUID7_OCT8 = "01926ad1-fe40-7abc-8123-456789abcdef"


@pytest.mark.parametrize(("url", "day"), [
    ("https://www.example-gazette.com/news/pool-closes/article_" + UUID1_OCT8 + ".html", "2024-10-08"),
    ("https://example.net/news/pool-closes-" + UUID7_OCT8, "2024-10-08"),
    # Version 4 is random, version 5 a hash: no time in them.
    ("https://example.net/news/pool-closes-3f2b8c1e-9d4a-4b6f-8e2d-7c1a5b9e0f3d", None),
    ("https://example.net/news/article_6a1f0c2e-3b4d-5e6f-9a0b-1c2d3e4f5a6b.html", None),
])
def test_a_time_based_uuid_in_the_url_dates_the_article(url: str, day: str | None) -> None:
    found = FINDER.from_url(url)
    assert (found.date if found else None) == day
    assert found is None or found.how == "url_id"


def test_a_dateline_comes_before_a_uuid_s_day() -> None:
    text = ("La piscine municipale fermée pour travaux\n\nRENNES, 9 octobre 2024 (AFP) - La mairie a fermé la "
            "piscine municipale pour des travaux de rénovation.\n\nLe chantier coûtera 2 millions d'euros.")
    article = clean_article(Article(id="x", source="x.txt", raw=text, url="https://example.fr/a-" + UUID1_OCT8),
                            load_patterns(), DatelineParser())
    assert (article.published, article.published_how) == ("2024-10-09", "dateline")
