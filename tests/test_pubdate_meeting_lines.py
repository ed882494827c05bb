"""Meeting lines (clean@25, issue 16): a line naming a deliberative body's sitting and its day
("Conseil municipal du lundi 29 juin 2020", "City Council Meeting - March 3, 2024") looks like a
date line but is the meeting's day, and the minutes or the report of it are written on the days
after: it dates nothing.  Written as the headline, it is still the headline.  Invented pages and
lines, with near misses (a paper's name or edition before its day, a byline, a labelled stamp)."""

from __future__ import annotations

import pytest

from veille.model import Article
from veille.stages.clean import clean_article
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.rules import load_patterns
from veille.stages.cleaning.schedule import MEETING

FR_BODY = ("Le conseil a voté le budget de la commune après deux heures de débats, la minorité votant contre "
           "le projet présenté par le maire et son adjoint aux finances.\n\n"
           "Les élus ont aussi adopté la nouvelle grille des tarifs de la cantine scolaire pour la rentrée.\n\n"
           "La prochaine séance se tiendra après l'été, selon l'ordre du jour affiché en mairie.")
EN_BODY = ("Council members approved the budget after a two-hour debate, with two members voting against "
           "the plan put forward by the mayor and the finance director.\n\n"
           "The council also adopted new fees for the city's parks and recreation programs.\n\n"
           "The next meeting will be held after the summer break, according to the agenda.")


def _clean(raw: str) -> Article:
    return clean_article(Article(id="x", source="x.txt", raw=raw), load_patterns(), DatelineParser())


@pytest.mark.parametrize("line", [
    "Conseil Municipal du lundi 29 juin 2020", "Réunion du 12 mars 2024", "Séance du 12 mars 2024",
    "City Council Meeting - March 3, 2024", "Le Conseil Communal du 15 décembre 2014",
    "Assemblée Générale du 4 avril 2024", "Planning Commission Meeting: March 3, 2024",
    "Board Meeting of March 3, 2024"])
def test_a_meeting_line_dates_nothing(line: str) -> None:
    assert DatelineParser().finder.date_line(line).how == MEETING  # type: ignore[union-attr]
    body = FR_BODY if " du " in line or line.startswith("Réunion") else EN_BODY
    assert _clean(f"Le budget voté par les élus de la commune\n\n{line}\n\n{body}").published is None


def test_a_meeting_headline_is_the_headline() -> None:
    article = _clean(f"Conseil Municipal du lundi 29 juin 2020\n\n{FR_BODY}")
    assert article.title == "Conseil Municipal du lundi 29 juin 2020"
    assert article.published is None
    assert _clean(f"City Council Meeting - March 3, 2024\n\n{EN_BODY}").title == "City Council Meeting - March 3, 2024"


def test_near_misses_stay_date_lines() -> None:
    finder = DatelineParser().finder
    for line in ("Le Figaro du 12 mars 2024", "Édition du 12 mars 2024", "Journal du 12 mars 2024",
                 "Le 12 mars 2024", "Sophie Martin, Paul Durand le 14 juillet 2017", "March 3, 2024",
                 "Publié le 12 mars 2024"):
        assert finder.date_line(line).how == "date_line", line  # type: ignore[union-attr]
    # the page's own stamp under a meeting headline dates it
    assert _clean(f"Conseil Municipal du lundi 29 juin 2020\n\nPublié le 2 juillet 2020\n\n{FR_BODY}").published \
        == "2020-07-02"
    assert _clean(f"City Council Meeting - March 3, 2024\n\nPosted: March 5, 2024\n\n{EN_BODY}").published \
        == "2024-03-05"
