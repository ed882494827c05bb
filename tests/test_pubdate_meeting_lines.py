"""Meeting lines (clean@25, issue 16): a line naming a deliberative body's sitting and its day
("Conseil municipal du lundi 29 juin 2020", "City Council Meeting - March 3, 2024") looks like a
date line but is the meeting's day, and the minutes or the report of it are written on the days
after: it dates nothing.  Written as the headline, it is still the headline.  Invented pages and
lines, with near misses (a paper's name or edition before its day, a byline, a labelled stamp).

And a byline or a source credit without "Par"/"By" and without the year ("Sophie Martin et Paul
Durand le 12 mars", "Reporterre (Jane Roe et John Doe) le 12 décembre") is a yearless date line,
no headline (near misses: an event's name before its day, a caption, one name and a day).  A
year-first numeric date closing the headline ("Power restored after storm 2013.11.20") is the
site's stamp (near misses: a season's years, a date line under it, the URL's day)."""

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


# A byline or source credit without "Par"/"By" and without the year (clean@25, issue 16): the
# authors' names joined by "et"/"and", or a clock time after the day, then the day and month.
CREDITS = ["Sophie Martin et Paul Durand le 12 mars", "Reporterre (Jane Roe et John Doe) le 12 mars",
           "Jane Doe and John Roe, March 12", "Jean Dupont, le 12 mars à 10h05"]


@pytest.mark.parametrize("line", CREDITS)
def test_names_then_a_yearless_day_is_the_pages_day(line: str) -> None:
    from veille.stages.cleaning.yearless import DayLines

    assert DayLines(DatelineParser().finder).day_line(line) is not None
    body = EN_BODY if "and" in line else FR_BODY
    article = clean_article(Article(id="x", source="x.txt", url="https://example.org/2024/03/budget-vote",
                                    raw=f"Le budget voté par les élus de la commune\n\n{line}\n\n{body}"),
                            load_patterns(), DatelineParser())
    assert article.published == "2024-03-12"
    assert article.title == "Le budget voté par les élus de la commune"


def test_a_credit_line_is_no_headline() -> None:
    article = _clean(f"Reporterre (Jane Roe et John Doe) le 12 décembre\n\n{FR_BODY}")
    assert article.title is None


@pytest.mark.parametrize("line", ["Fête de la Musique le 21 juin", "Emmanuel Macron et Olaf Scholz, le 14 juillet.",
                                  "Emmanuel Macron à Paris, le 14 juillet", "Jane Doe, March 12",
                                  "Le vote aura lieu le 12 mars"])
def test_near_misses_name_no_day_of_the_page(line: str) -> None:
    from veille.stages.cleaning.yearless import DayLines

    assert DayLines(DatelineParser().finder).day_line(line) is None


# A year-first numeric date closing the headline (clean@25, issue 16): the site's stamp.
STORM = ("High winds knocked power out to more than 270,000 households served by the utility on Sunday as "
         "a major storm moved across the region.\n\nCrews worked through the night to restore power.")


@pytest.mark.parametrize("head", ["Power restored after storm 2013.11.20", "Power restored after storm - 2013-11-20",
                                  "Power restored after storm (2013/11/20)"])
def test_a_stamp_closing_the_headline_dates_the_page(head: str) -> None:
    article = _clean(f"{head}\n\n{STORM}")
    assert article.published == "2013-11-20"
    assert article.title == head


def test_near_misses_of_the_headline_stamp() -> None:
    # a season, a date line under the headline, the URL's other day
    assert _clean(f"Budget 2024-2025 adopted by the council\n\n{STORM}").published is None
    assert _clean(f"Power restored after storm 2013.11.20\n\nPosted: November 21, 2013\n\n{STORM}").published \
        == "2013-11-21"
    article = clean_article(Article(id="x", source="x.txt", url="https://example.org/2013/11/25/power-restored",
                                    raw=f"Power restored after storm 2013.11.20\n\n{STORM}"),
                            load_patterns(), DatelineParser())
    assert article.published == "2013-11-25"
