"""The order of day and month in a page's numeric dates ("Published 03/12/2024"), from the
line's clock and zone, the page's other dates and its language (`cleaning.dayorder`), on invented
French and English pages with near misses."""

from __future__ import annotations

import pytest

from veille.model import Article
from veille.stages.clean import clean_article
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.dayorder import DayOrder, afternoon_24h, line_month_first, page_order
from veille.stages.cleaning.rules import load_patterns

EN = ("Council approves new budget for city parks\n\n{stamp}\n\n"
      "The city council approved a new budget for the parks on a vote of seven to two after a long debate.\n\n"
      "The mayor said the money would go to repairs of playgrounds and paths across the city this year.\n\n"
      "Opponents argued that the spending was too high given the state of the city's finances.{foot}")
FR = ("Le conseil municipal adopte le budget des parcs\n\n{stamp}\n\n"
      "Le conseil municipal a adopté le nouveau budget des parcs par sept voix contre deux après un débat.\n\n"
      "Le maire a indiqué que l'argent servirait à réparer les aires de jeux et les allées de la ville.\n\n"
      "L'opposition a jugé la dépense trop élevée au vu de l'état des finances de la commune.{foot}")


def _published(page: str, stamp: str, foot: str = "") -> str | None:
    raw = page.format(stamp=stamp, foot=foot)
    return clean_article(Article(id="x", source="x.txt", raw=raw), load_patterns(), DatelineParser()).published


@pytest.mark.parametrize(("page", "stamp", "day"), [
    (EN, "Published on 03/12/2024", "2024-03-12"),  # an English page without other cues: month first
    (FR, "Publié le 03/12/2024", "2024-12-03"),  # near miss: a French page writes the day first
    (EN, "Published 03/12/2024 17:04 GMT", "2024-12-03"),  # a British zone: day first
    (EN, "Published 03/12/2024 5:04 PM", "2024-03-12"),  # a 12-hour clock: month first
    (EN, "Published 12.03.2024", "2024-03-12"),  # dots: day first, whatever the language
    (EN, "Posted 03/04/2024 | Updated 03/15/2024", "2024-03-04"),  # the revision's 15 is a day
    (EN, "Posted 03/04/2024 | Updated 15/03/2024", "2024-04-03"),  # near miss: here it is the day first
])
def test_an_ambiguous_numeric_date_reads_in_the_pages_order(page: str, stamp: str, day: str) -> None:
    assert _published(page, stamp) == day


def test_another_date_lower_on_the_page_fixes_the_order() -> None:
    foot = "\n\nRelated: Parks department hires staff 02/21/2024"
    assert _published(EN, "Published 03/12/2024 17:04", foot) == "2024-03-12"
    near = "\n\nRelated: Parks department hires staff 21/02/2024"
    assert _published(EN, "Published 03/12/2024 17:04", near) == "2024-12-03"


def test_the_page_order_needs_an_ambiguous_date() -> None:
    assert page_order(["Published 03/13/2024", "The council met."]) is None  # nothing to decide
    assert page_order(["Publié le 03/12/2024", "Le conseil a voté le budget et les impôts."]) == DayOrder(False, False)
    assert page_order(["Published 03/12/2024", "The council voted the budget and the taxes."]) == DayOrder(True, False)
    assert page_order(["Posted 03/12/2024", "Updated 03/13/2024"]) == DayOrder(True, True)


@pytest.mark.parametrize(("line", "month_first"), [
    ("Updated 03/12/2024 5:04 EDT", True),
    ("Mis à jour le 03/12/2024 à 17h04 CET", False),
    ("Publié le 03/12/2024 et modifié", None),  # French "et" is no Eastern Time
    ("03/12/2024", None),
])
def test_a_lines_own_clock_and_zone(line: str, month_first: bool | None) -> None:
    assert line_month_first(line) is month_first


@pytest.mark.parametrize(("stamp", "day"), [
    ("Published 03/12/2024 at 17:04", "2024-12-03"),  # an afternoon hour on a 24-hour clock: not a US stamp
    ("Published 03/12/2024 at 09:04", "2024-03-12"),  # near miss: a morning hour says nothing
])
def test_an_afternoon_hour_on_a_24_hour_clock(stamp: str, day: str) -> None:
    assert afternoon_24h(stamp) is stamp.endswith("17:04")
    assert _published(EN, stamp) == day


@pytest.mark.parametrize(("lang", "url", "month_first"), [
    ("en", None, True),
    ("en-GB", None, False),  # a British page writes the day first
    ("en-US", None, True),
    (None, "https://www.example.co.uk/news/parks-budget", False),  # so does a British site
    (None, "https://www.example.com.au/news/parks-budget", False),
    (None, "https://www.example.com/news/parks-budget", True),  # near miss: a generic domain says nothing
    ("fr", "https://www.example.co.uk/news/parks-budget", False),
])
def test_the_language_tag_and_the_sites_country(lang: str | None, url: str | None, month_first: bool) -> None:
    lines = ["Published 03/12/2024", "The council voted the budget and the taxes."]
    order = page_order(lines, lang, url)
    assert order is not None and order.month_first is month_first
