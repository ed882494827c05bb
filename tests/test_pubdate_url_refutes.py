"""A bare date line the URL's day contradicts (clean@21, issue 16): a site's header prints the day
the page is shown ("Monday, November 17, 2025" above the headline) and an aggregator the day it
copied the story, with no "published" label; the URL, which the site's software writes from the
publication's day, wins when it is more than a day away.  Invented pages, with near misses: a
labelled stamp, a line the URL agrees with, a URL with no day, a URL id."""

from __future__ import annotations

from veille.model import Article
from veille.stages.clean import clean_article
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.rules import load_patterns

EN_HEAD = "Volunteer firefighters join the fight against the blaze"
EN_BODY = ("Volunteer firefighters from three counties joined the crews fighting the fire on the hills north "
           "of the town, officials said.\n\n"
           "The blaze had burned more than two thousand acres by the evening and forced the closure of a highway.\n\n"
           "Residents of two villages were told to be ready to leave their homes at short notice.")
FR_HEAD = "Incendies : les pompiers volontaires au cœur du combat contre les flammes"
FR_BODY = ("Face à la violence des incendies qui ravagent la région, le préfet a appelé les entreprises à "
           "libérer les pompiers volontaires.\n\n"
           "Ils représentent la grande majorité des effectifs engagés sur les feux depuis le début de la semaine.\n\n"
           "Les renforts venus des départements voisins sont attendus dans la soirée, selon la préfecture.")


def _dated(raw: str, url: str | None) -> tuple[str | None, str]:
    article = clean_article(Article(id="x", source="x.txt", raw=raw, url=url), load_patterns(), DatelineParser())
    return article.published, article.published_how


def test_the_url_day_wins_over_a_bare_date_it_contradicts() -> None:
    url = "https://news.example.org/2022/08/12/volunteer-firefighters-join-fight/"
    assert _dated(f"Monday, November 17, 2025\n\n{EN_HEAD}\n\n{EN_BODY}", url) == ("2022-08-12", "url")
    assert _dated(f"17 November 2025\n\n{EN_HEAD}\n\n{EN_BODY}", url) == ("2022-08-12", "url")
    fr_url = "https://www.exemple.fr/regions/incendies-pompiers-volontaires-20220812_ABCD"
    assert _dated(f"lundi 17 novembre 2025\n\n{FR_HEAD}\n\n{FR_BODY}", fr_url) == ("2022-08-12", "url")
    # earlier than the URL's day, too: an agenda's or a copy's date is no publication stamp
    assert _dated(f"3 août 2022\n\n{FR_HEAD}\n\n{FR_BODY}", fr_url) == ("2022-08-12", "url")


def test_near_misses_keep_the_date_line() -> None:
    url = "https://news.example.org/2022/08/12/volunteer-firefighters-join-fight/"
    # a labelled stamp is the page's own word
    assert _dated(f"{EN_HEAD}\n\nPublished November 17, 2025\n\n{EN_BODY}", url) == ("2025-11-17", "date_line")
    assert _dated(f"{FR_HEAD}\n\nPublié le 17 novembre 2025 à 10h05\n\n{FR_BODY}",
                  "https://www.exemple.fr/regions/incendies-20220812_ABCD") == ("2025-11-17", "date_line")
    # the URL agrees within a day (a page filed at midnight, a time zone)
    assert _dated(f"August 13, 2022\n\n{EN_HEAD}\n\n{EN_BODY}", url) == ("2022-08-13", "date_line")
    # a URL with no day, or no URL: the line stands
    assert _dated(f"17 November 2025\n\n{EN_HEAD}\n\n{EN_BODY}",
                  "https://news.example.org/fire/volunteer-firefighters-join-fight") == ("2025-11-17", "date_line")
    assert _dated(f"17 November 2025\n\n{EN_HEAD}\n\n{EN_BODY}", None) == ("2025-11-17", "date_line")
