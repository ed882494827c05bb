"""A page's own day without its year ("Publié le 12 mars à 10h05", "PARIS, 3 avril (AFP) -"):
found by clean, its year from the crawl, the URL, the text (time stage) or the story (stories
stage); `published_how = "day_line"`.  Each case has a near miss."""

from __future__ import annotations

import datetime as dt

import pytest

from veille.model import Article
from veille.stages.clean import clean_article
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.rules import load_patterns
from veille.stages.cleaning.yearless import DayLines, MonthDay, from_url_year, url_year

PARSER = DatelineParser()
LINES = DayLines(PARSER.finder)


@pytest.mark.parametrize(("line", "day"), [
    ("Publié le 12 mars à 10h05", (3, 12)),
    ("Mis à jour le 3 avril", (4, 3)),
    ("Publié le mardi 1er juillet à 18h00", (7, 1, 2)),
    ("Le 12/03 à 10h05", (3, 12)),
    ("12 mars à 10h05", (3, 12)),
    ("Updated March 12, 3:05 p.m. ET", (3, 12)),
    ("Published Tue, March 12", (3, 12, 2)),
    ("March 12, 3:05 p.m.", (3, 12)),
])
def test_yearless_date_lines(line: str, day: tuple[int, ...]) -> None:
    assert LINES.day_line(line) == MonthDay(*day)


@pytest.mark.parametrize("line", [
    "Publié le 12 mars 2024 à 10h05",  # a full date: a date line proper
    "Le vote aura lieu le 12 mars.",  # a sentence
    "Le projet de loi, publié le 12 mars, prévoit une hausse des taxes sur le tabac.",
    "mardi 12 mars",  # a day alone may be a heading or an agenda item: no label, no clock time
    "12 mars à 10h05 au Stade de France",  # an event's time and place
    "Le score est 3/4 à la mi-temps",
    "Publié le 31 février",  # no such day
])
def test_not_yearless_date_lines(line: str) -> None:
    assert LINES.day_line(line) is None


def test_yearless_datelines_give_their_day() -> None:
    found = PARSER.parse("PARIS, 3 avril (AFP) - Le gouvernement a présenté son budget.")
    assert found is not None and found.date is None and found.month_day == MonthDay(4, 3)
    found = PARSER.parse("WASHINGTON, March 25 (Reuters) - Lawmakers passed the bill.")
    assert found is not None and found.month_day == MonthDay(3, 25)
    # near miss: a full dateline has its date and no partial day
    found = PARSER.parse("LYON, 7 mars 2024 (AFP) - La mairie a voté le budget.")
    assert found is not None and (found.date, found.month_day) == ("2024-03-07", None)


def test_the_year_nearest_a_date() -> None:
    assert MonthDay(12, 30).near(dt.date(2025, 1, 3)) == dt.date(2024, 12, 30)
    assert MonthDay(1, 2).near(dt.date(2024, 12, 30)) == dt.date(2025, 1, 2)
    assert MonthDay(3, 12).near(dt.date(2025, 3, 1)) == dt.date(2025, 3, 12)
    assert MonthDay(2, 29).near(dt.date(2025, 3, 1)) == dt.date(2024, 2, 29)
    assert MonthDay(3, 12).on_or_before(dt.date(2025, 3, 11)) == dt.date(2024, 3, 12)


@pytest.mark.parametrize(("url", "filed", "day"), [
    ("https://example.fr/politique/2025/03/budget-vote.html", (2025, 3), "2025-03-12"),
    ("https://example.com/2024/senate-votes", (2024, None), "2024-03-12"),
    ("https://example.fr/politique/2025/04/budget-vote.html", (2025, 4), None),  # the month disagrees
    ("https://example.com/news/senate-2024-budget", None, None),  # a year in a slug files nothing
])
def test_the_url_files_the_year(url: str, filed: tuple[int, int | None] | None, day: str | None) -> None:
    assert url_year(url) == filed
    found = from_url_year(MonthDay(3, 12), url)
    assert (found.isoformat() if found else None) == day


BODY = ("Le gouvernement a présenté mardi son projet de budget pour l'année prochaine devant les députés.\n\n"
        "La discussion au Parlement doit commencer à la fin du mois, a précisé le ministre.")


def clean(text: str, url: str | None = None, crawled: str | None = None) -> Article:
    meta: dict[str, object] = {"crawled": crawled} if crawled else {}
    article = Article(id="x", source="x.txt", raw=text, url=url, meta=meta)
    return clean_article(article, load_patterns(), PARSER)


def test_clean_gives_the_year_from_the_crawl_or_the_url() -> None:
    text = "Publié le 12 mars à 10h05\n\n" + BODY
    article = clean(text, crawled="2025-03-14T08:00:00Z")
    assert (article.published, article.published_how) == ("2025-03-12", "day_line")
    assert "Publié" not in article.body
    # a crawl before the day: the day is last year's
    assert clean(text, crawled="2025-03-01T08:00:00Z").published == "2024-03-12"
    assert clean(text, url="https://example.fr/2025/03/budget").published == "2025-03-12"
    # near miss: nothing tells the year here (the time stage or the story may)
    article = clean(text, url="https://example.fr/economie/budget")
    assert (article.published, article.published_how) == (None, "none")


def test_the_text_gives_the_year_of_a_yearless_dateline() -> None:
    from veille.stages.time import tag_article

    text = ("PARIS, 3 avril (AFP) - Le gouvernement, qui avait annoncé le 28 mars 2025 un plan d'économies, "
            "a présenté son budget devant les députés.")
    article = tag_article(clean(text))
    assert (article.published, article.published_how) == ("2025-04-03", "day_line")
    # near miss: without a yearless day of its own, the text's latest date is only a lower bound
    article = tag_article(clean(text.replace("PARIS, 3 avril (AFP) - ", "")))
    assert (article.published, article.published_how) == ("2025-03-28", "text")


def test_the_story_gives_the_year_of_a_yearless_day() -> None:
    from veille.stages.stories.anchor import sibling_span

    sibling = Article(id="s", source="s", raw="", published="2025-04-02", published_how="url")
    undated = Article(id="u", source="u", raw="")
    found = sibling_span(undated, [sibling, undated], [], MonthDay(4, 3))
    assert found is not None and found[0] == "2025-04-03"
    # near miss: a day far from the story's dates is some other report's, the siblings' date stands
    found = sibling_span(undated, [sibling, undated], [], MonthDay(6, 3))
    assert found is not None and found[0] == "2025-04-02"


def test_a_named_weekday_fixes_the_year() -> None:
    day = LINES.day_line("Publié le jeudi 3 avril à 10h05")
    assert day == MonthDay(4, 3, 4)
    assert day.by_weekday(dt.date(2026, 12, 2)) == dt.date(2025, 4, 3)  # a Thursday in 2025
    found = PARSER.parse("PARIS, vendredi 4 avril (AFP) - Le gouvernement a présenté son budget.")
    assert found is not None and found.month_day == MonthDay(4, 4, 5)
    # near misses: no weekday named, or one the day never falls on within the years searched
    assert MonthDay(4, 3).by_weekday(dt.date(2026, 12, 2)) is None
    assert MonthDay(2, 29, 1).by_weekday(dt.date(2026, 12, 2)) is None  # no Monday 29 February 2020-2026


def test_the_time_stage_dates_by_the_named_weekday_without_other_dates() -> None:
    from veille.config import Config
    from veille.pipeline import Context
    from veille.stages.time import tag_article

    config = Config()
    config.time.reference_date = "2026-12-02"
    text = "Publié le jeudi 3 avril à 10h05\n\n" + BODY
    article = tag_article(clean(text), Context(config=config))
    assert (article.published, article.published_how) == ("2025-04-03", "day_line")
    article = tag_article(clean(text.replace("jeudi ", "")), Context(config=config))
    assert (article.published, article.published_how) == (None, "none")
