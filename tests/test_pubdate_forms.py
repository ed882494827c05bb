"""Publication-date forms seen across many news sites (written from general knowledge of French
and English pages, not from eval files): revision labels, bylines around the date, stamps in
brackets, relative stamps beside a byline, and the signature's date after the body."""

from __future__ import annotations

import datetime as dt

import pytest

from veille.model import Article
from veille.stages.clean import clean_article
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.pubdate import published_confidence
from veille.stages.cleaning.rules import load_patterns

FINDER = DatelineParser().finder
CRAWLED = dt.datetime(2024, 5, 17, 12, 0)


@pytest.mark.parametrize(("line", "day", "how"), [
    # A revision's label only bounds the date, whatever its wording.
    ("Dernière modification : 17/05/2024", "2024-05-17", "updated_line"),
    ("Last Modified: May 17, 2024 10:05 AM", "2024-05-17", "updated_line"),
    ("Revised May 17, 2024", "2024-05-17", "updated_line"),
    # The authors' names before the date, without "Par"/"By".
    ("Sophie Martin, Paul Durand le vendredi 17 mai 2024", "2024-05-17", "date_line"),
    ("Jane Doe and John Roe, May 17, 2024", "2024-05-17", "date_line"),
    # The byline after the date.
    ("17 mai 2024, rédigé par Jean-Pierre Martin et Claire Petit", "2024-05-17", "date_line"),
    ("May 17, 2024, by Jane Doe", "2024-05-17", "date_line"),
])
def test_byline_and_revision_forms(line: str, day: str, how: str) -> None:
    found = FINDER.date_line(line)
    assert found is not None and (found.date, found.how) == (day, how)


@pytest.mark.parametrize("line", [
    # A caption names people and a day, but it is a sentence.
    "Emmanuel Macron et Olaf Scholz, le 17 mai 2024.",
    # Names then a date then more words: a sentence.
    "Marie Curie et Pierre Curie le 17 mai 2024 ont reçu le prix",
    # "par" before a lower-case word is no byline.
    "Le 17 mai 2024 par décret du ministre de l'Intérieur, la préfecture a interdit la manifestation",
])
def test_names_and_dates_that_are_no_bylines(line: str) -> None:
    assert FINDER.date_line(line) is None


@pytest.mark.parametrize(("paragraph", "day", "how"), [
    ("[Mis à jour le 17 mai 2024 à 14h50] Jeudi sera une journée noire pour les usagers des transports.",
     "2024-05-17", "updated_line"),
    ("(Publié le 16 mai 2024) Les syndicats ont appelé à la grève dans tout le pays, a-t-on appris.",
     "2024-05-16", "date_line"),
    ("[Updated May 17, 2024] The storm made landfall overnight, officials said.", "2024-05-17", "updated_line"),
])
def test_a_stamp_in_brackets_opening_a_paragraph(paragraph: str, day: str, how: str) -> None:
    found = FINDER.opening_stamp(paragraph)
    assert found is not None and (found.date, found.how) == (day, how)


def test_brackets_without_a_label_are_no_stamp() -> None:
    assert FINDER.opening_stamp("(Paris, 17 mai 2024) Le gouvernement a annoncé un plan.") is None


@pytest.mark.parametrize(("line", "day"), [
    ("il y a une heure", "2024-05-17"),
    ("an hour ago", "2024-05-17"),
    ("a day ago", "2024-05-16"),
    ("Par Jean Dupont - il y a 3 heures", "2024-05-17"),
    ("Jane Doe | 2 hours ago", "2024-05-17"),
    ("Reuters · 26 hours ago", "2024-05-16"),
])
def test_relative_stamps_in_words_and_beside_a_byline(line: str, day: str) -> None:
    assert FINDER.is_relative_time_line(line)
    found = FINDER.relative_line(line, CRAWLED)
    assert found is not None and found.date == day


def test_a_stamp_in_weeks_is_furniture_but_no_day() -> None:
    assert FINDER.is_relative_time_line("Publié il y a 2 semaines")
    assert FINDER.relative_line("Publié il y a 2 semaines", CRAWLED) is None


def test_a_sentence_with_a_relative_time_is_no_stamp() -> None:
    assert not FINDER.is_relative_time_line("Le ministre a parlé il y a 3 heures devant les députés")


BODY = ("La Banque centrale européenne a abaissé jeudi ses taux directeurs d'un quart de point.\n\n"
        "Sa présidente a prévenu que l'inflation pourrait remonter d'ici la fin de l'année.\n\n"
        "Les marchés attendaient cette décision depuis plusieurs semaines, selon les analystes.")


def clean(text: str, url: str | None = None) -> Article:
    return clean_article(Article(id="x", source="x.txt", raw=text, url=url), load_patterns(), DatelineParser())


def test_the_signature_after_the_body_dates_the_article() -> None:
    article = clean("La BCE baisse encore ses taux\n\n" + BODY + "\n\nMarie Dupont\n\nLe Journal du Centre\n\n"
                    "17 mai 2024")
    assert (article.published, article.published_how) == ("2024-05-17", "end_line")
    assert "17 mai 2024" not in article.body
    assert published_confidence("end_line") < published_confidence("date_line")


def test_the_url_and_the_top_date_line_come_before_the_signature() -> None:
    text = "La BCE baisse encore ses taux\n\n" + BODY + "\n\nMarie Dupont\n\n17 mai 2024"
    assert clean(text, url="https://example.fr/2024/05/16/bce/").published_how == "url"
    top = clean("La BCE baisse encore ses taux\n\nPublié le 16 mai 2024\n\n" + BODY + "\n\nMarie Dupont\n\n17 mai 2024")
    assert (top.published, top.published_how) == ("2024-05-16", "date_line")


@pytest.mark.parametrize("tail", [
    "À lire aussi\n\n16 mai 2024",  # a related story's date
    "Autres articles\n\nLa Fed maintient ses taux\n\n15 mai 2024",
    "Marie Dupont\n\n17 mai 2024\n\nPaul Martin\n\n16 mai 2024",  # two days: comments or related stories
])
def test_dates_after_the_body_that_belong_to_something_else(tail: str) -> None:
    article = clean("La BCE baisse encore ses taux\n\n" + BODY + "\n\n" + tail)
    assert article.published is None


@pytest.mark.parametrize(("paragraph", "day"), [
    ("May 17, 2024 -- ACME Corp. today announced a new plant in Ohio.", "2024-05-17"),
    ("17/05/2024 - Le conseil municipal a voté le budget primitif.", "2024-05-17"),
    ("Le 17 mai 2024 à 10h05 – Les pompiers sont intervenus sur la départementale.", "2024-05-17"),
    ("Vendredi 17 mai 2024 — Les électeurs sont appelés aux urnes.", "2024-05-17"),
    ("10-28-05 - An investigation is underway in the county.", None),  # a two-digit year
    ("Le ministre a annoncé le 17 mai 2024 - Les syndicats ont réagi.", None),  # a sentence first
    ("Paris - Le ministre a annoncé un plan.", None),
])
def test_a_date_opening_a_paragraph_is_a_dateline_without_its_place(paragraph: str, day: str | None) -> None:
    found = FINDER.opening_date(paragraph)
    assert (found.date if found else None) == day


def test_a_dated_first_paragraph_dates_the_article() -> None:
    article = clean("ACME ouvre une usine\n\n17/05/2024 - Le groupe ACME a annoncé l'ouverture d'une usine. "
                    "Elle emploiera 300 personnes.\n\n" + BODY)
    assert (article.published, article.published_how) == ("2024-05-17", "dateline")


@pytest.mark.parametrize(("paragraph", "date", "month_day"), [
    ("Sept. 10 (UPI) -- Governors in two states ordered evacuations on Monday.", None, (9, 10)),
    ("3 avril (AFP) - Le gouvernement a présenté son plan.", None, (4, 3)),
    ("March 25, 2025 (Reuters) - Stocks fell on Tuesday.", "2025-03-25", None),
])
def test_a_wire_dateline_without_its_place(paragraph: str, date: str | None, month_day: tuple[int, int] | None) -> None:
    found = DatelineParser().parse(paragraph)
    assert found is not None and found.place == "" and found.date == date
    got = (found.month_day.month, found.month_day.day) if found.month_day else None
    assert got == month_day


def test_a_placeless_dateline_names_no_place() -> None:
    article = clean("Storm nears the coast\n\nMarch 25, 2025 (Reuters) - Stocks fell on Tuesday as the storm "
                    "neared the coast.\n\n" + BODY)
    assert (article.published, article.published_how, article.dateline_place) == ("2025-03-25", "dateline", None)


@pytest.mark.parametrize("line", [
    "View Date:2024-12-24 09:24:48",
    "Aujourd'hui : jeudi 17 mai 2024",
    "Today is Friday, May 17, 2024",
    "Nous sommes le 17 mai 2024",
    "Current date: 05/17/2024",
])
def test_the_day_the_page_was_shown_is_no_publication_date(line: str) -> None:
    found = FINDER.date_line(line)
    assert found is not None and found.how == "today_line"
    article = clean(line + "\n\nLa BCE baisse encore ses taux\n\n" + BODY)
    assert article.published is None
    assert line not in article.body


def test_a_sentence_opening_with_today_is_no_widget() -> None:
    assert FINDER.date_line("Today, May 17, 2024, the Senate voted to extend the programme") is None
