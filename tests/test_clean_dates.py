"""Where the clean stage finds an article's publication date: URL, date lines, dateline."""

from __future__ import annotations

import pytest

from veille.model import Article
from veille.stages.clean import clean_article
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.rules import load_patterns

FINDER = DatelineParser().finder


@pytest.mark.parametrize(("url", "day"), [
    ("https://www.example.fr/politique/2024/05/17/le-senat-vote-le-budget_123.html", "2024-05-17"),
    ("https://example.com/news/2024-05-17/senate-votes", "2024-05-17"),
    ("https://www.example.fr/economie/la-bce-baisse-ses-taux-20240517_ABCDEF", "2024-05-17"),
    ("https://example.africa/stories/202405170262.html", "2024-05-17"),
    ("https://www.example.in/nation/2024/May/17/senate-votes", "2024-05-17"),
    ("https://example.net/article/senate-votes-budget-1715940000-4521", "2024-05-17"),
    ("https://www.example.fr/politique/le-senat-vote-le-budget-17-05-2024-ABCD123.php", "2024-05-17"),
    ("https://example.in/news/17_05_2024/senate-votes", "2024-05-17"),
    ("https://example.be/news/05.04.2024/senat", "2024-04-05"),  # day first when either could be the month
    ("https://example.com/news/05-17-2024/senate", "2024-05-17"),  # unless the second cannot be a month
    ("https://www.example.cn/a/202405/17/WS664c0a.html", "2024-05-17"),
    ("http://world.example.cn/n1/2024/0517/c1002-40451234.html", "2024-05-17"),
])
def test_url_dates(url: str, day: str) -> None:
    found = FINDER.from_url(url)
    assert found is not None and found.date == day and found.how == "url"


@pytest.mark.parametrize("url", [
    "https://www.example.fr/2024/09/le-senat-vote-le-budget",  # a month is not a day
    "https://example.com/news/article/1108919898/senate",  # an id, not a Unix time of our range
    "https://example.com/?p=589901",
    "https://2024-05-17.example.com/news",  # the host is not the path
    "https://example.fr/economie/loi-2-3-2024-sur-le-budget",  # a slug's numbers, not a filed day
    "https://example.com/2024/09/12345/senate-votes",  # a month, then an id
    None,
])
def test_urls_without_a_day(url: str | None) -> None:
    assert FINDER.from_url(url) is None


@pytest.mark.parametrize(("line", "day", "how"), [
    ("Publié le 12 septembre 2024 à 10h05", "2024-09-12", "date_line"),
    ("Publié le 12/09/2024 à 10h05 Lecture : 2 min.", "2024-09-12", "date_line"),
    ("Mis à jour le 13 septembre 2024 à 08h00", "2024-09-13", "updated_line"),
    ("Updated Sept. 12, 2024 3:05 p.m. ET", "2024-09-12", "updated_line"),
    ("September 12, 2024", "2024-09-12", "date_line"),
    ("jeudi 12 septembre 2024", "2024-09-12", "date_line"),
    ("24-07-2025 | 04:31", "2025-07-24", "date_line"),
    ("11/24/2024 7:10:21 AM", "2024-11-24", "date_line"),
    ("Reuters24-07-2025", "2025-07-24", "date_line"),
    ("2025-07-24T09:30", "2025-07-24", "date_line"),
    ("Mise en ligne le 3 avril 2025", "2025-04-03", "date_line"),
    ("Paru le 3 avril 2025 à 10h12", "2025-04-03", "date_line"),
    ("Originally published April 3, 2025", "2025-04-03", "date_line"),
    ("April 3, 2025 / 3:04 PM / Updated 2 hours ago", "2025-04-03", "date_line"),
    # The publication's stamp wins over the revision's, in either order.
    ("Mis à jour le 4 avril 2025 à 08h00, publié le 3 avril 2025 à 10h12", "2025-04-03", "date_line"),
    ("Updated: April 4, 2025 | Published: April 3, 2025", "2025-04-03", "date_line"),
    ("Updated April 4, 2025, first published April 3, 2025", "2025-04-03", "date_line"),
    ("Publié le 3 avril 2025 à 10h12, mis à jour le 4 avril 2025 à 08h00", "2025-04-03", "date_line"),
    ("Last updated: April 4, 2025", "2025-04-04", "updated_line"),
])
def test_date_lines(line: str, day: str, how: str) -> None:
    found = FINDER.date_line(line)
    assert found is not None and (found.date, found.how) == (day, how)


@pytest.mark.parametrize("line", [
    "Le 12 septembre 2024, la BCE a de nouveau baissé ses taux directeurs d'un quart de point.",
    "Les élections auront lieu le 12 septembre 2024.",
    "The vote took place on September 12, 2024, after weeks of debate in parliament.",
    "Lecture : 2 min",
    "Son premier roman, paru le 3 avril 2025 chez Gallimard, a reçu un accueil enthousiaste.",
])
def test_sentences_with_dates_are_not_date_lines(line: str) -> None:
    assert FINDER.date_line(line) is None


@pytest.mark.parametrize("line", ["il y a 48 minutes", "Publié il y a 3 heures", "5 hours ago"])
def test_relative_time_lines(line: str) -> None:
    assert FINDER.is_relative_time_line(line)


@pytest.mark.parametrize(("paragraph", "place", "date"), [
    ("TOULOUSE, 7 mars (Reuters) - La mairie a voté le budget.", "TOULOUSE", None),
    ("Dakar, le 12 mai (APS) - Les pêcheurs ont repris la mer.", "Dakar", None),
    ("LYON, 7 mars 2024 (AFP) - La mairie a voté le budget.", "LYON", "2024-03-07"),
    ("OTTAWA, June 4 (AP) — Lawmakers passed the bill.", "OTTAWA", None),
    ("NEW YORK, April 1, 2025 /PRNewswire/ -- Acme Corp today announced results.", "NEW YORK", "2025-04-01"),
    ("TORONTO, 1er avril 2025 /CNW/ - La société Acme annonce ses résultats.", "TORONTO", "2025-04-01"),
])
def test_datelines_keep_their_place_and_full_date(paragraph: str, place: str, date: str | None) -> None:
    found = DatelineParser().parse(paragraph)
    assert found is not None and (found.place, found.date) == (place, date)


def test_a_sentence_with_a_date_is_no_dateline() -> None:
    assert DatelineParser().parse("Le ministre, le 3 avril, a dit qu'il partirait.") is None


def clean(text: str, url: str | None = None) -> Article:
    article = Article(id="x", source="x.txt", raw=text, url=url)
    return clean_article(article, load_patterns(), DatelineParser())


BODY = ("La Banque centrale européenne a abaissé jeudi ses taux directeurs d'un quart de point.\n\n"
        "Sa présidente a prévenu que l'inflation pourrait remonter d'ici la fin de l'année.")


def test_a_published_line_dates_the_article_and_is_cut() -> None:
    article = clean("La BCE baisse encore ses taux\n\nPublié le 12 septembre 2024 à 14h20\n\n" + BODY,
                    url="https://example.fr/economie/bce-taux")
    assert (article.published, article.published_how) == ("2024-09-12", "date_line")
    assert "Publié" not in article.body
    assert [r.kind for r in article.removed] == ["title", "date"]


def test_the_url_dates_an_article_without_a_date_line() -> None:
    article = clean(BODY, url="https://example.fr/economie/2024/09/12/bce-taux/")
    assert (article.published, article.published_how) == ("2024-09-12", "url")


def test_an_updated_line_yields_to_the_url() -> None:
    article = clean("Mis à jour le 14 septembre 2024\n\n" + BODY,
                    url="https://example.fr/economie/2024/09/12/bce-taux/")
    assert (article.published, article.published_how) == ("2024-09-12", "url")


def test_a_date_line_low_in_the_page_belongs_to_something_else() -> None:
    text = BODY + "\n\nUn troisième paragraphe de l'article, avec une phrase complète.\n\n" \
        "Un quatrième paragraphe qui termine l'article.\n\nÀ lire aussi\n\n04-08-2025, 22:08"
    article = clean(text)
    assert article.published is None
    assert "04-08-2025" not in article.body


@pytest.mark.parametrize(("url", "outlet"), [
    ("https://www.lemonde.fr/afrique/article/2025/03/03/x_123.html", "Le Monde"),
    ("https://fr.africanews.com/2025/03/03/x/", "Africanews"),
    ("https://amp.example-news.ci/politique/x", "example-news.ci"),
    ("not a url", None),
])
def test_outlet_from_the_url(url: str, outlet: str | None) -> None:
    from veille.stages.cleaning.outlets import load_outlets, outlet_from_url

    assert outlet_from_url(url, load_outlets()) == outlet


def test_the_text_names_the_outlet_before_the_url() -> None:
    text = "Le Niger rouvre sa frontière - Sahel Hebdo\n\n" + BODY
    assert clean(text, url="https://www.lemonde.fr/afrique/x").outlet == "Sahel Hebdo"
    assert clean(BODY, url="https://www.lemonde.fr/afrique/x").outlet == "Le Monde"


@pytest.mark.parametrize(("url", "day"), [
    ("http://example.com/info/t-2409130385.html", "2024-09-13"),
    ("https://www.example.cn/biz/economy/2409125059/", "2024-09-12"),
    ("https://example.com/news/7480969/title", None),  # seven digits: an id
    ("https://example.com/news/2413125059/", None),  # month 13: not a day
])
def test_url_ids_opening_with_the_day(url: str, day: str | None) -> None:
    found = FINDER.from_url(url)
    assert (found.date, found.how) == (day, "url_id") if day else found is None


def test_relative_time_line_needs_the_crawl_time() -> None:
    import datetime as dt

    crawled = dt.datetime(2025, 1, 2, 1, 30)
    assert FINDER.relative_line("il y a 3 heures", crawled).date == "2025-01-01"  # type: ignore[union-attr]
    assert FINDER.relative_line("2 days ago", crawled).date == "2024-12-31"  # type: ignore[union-attr]
    assert FINDER.relative_line("il y a 3 heures", None) is None
    text = "il y a 3 heures\n\nLe gouvernement a présenté mardi son budget pour l'année prochaine à Paris.\n"
    art = clean_article(Article(id="r", source="r", raw=text, meta={"crawled": "2025-01-02T01:30:00Z"}),
                        load_patterns(), DatelineParser())
    assert (art.published, art.published_how) == ("2025-01-01", "relative_line")
    assert "il y a" not in art.body


@pytest.mark.parametrize(("line", "day", "how"), [
    ("Par Jean Dupont Publié le 12/03/2024 à 10h05, mis à jour le 12/03/2024 à 14h00 Lecture : 3 min",
     "2024-03-12", "date_line"),
    ("Publié le 12 mars 2024 à 10h05 par Jean Dupont, correspondant à Dakar", "2024-03-12", "date_line"),
    ("By Jane Roe, Reuters Published 12 March 2024", "2024-03-12", "date_line"),
    ("12 mars 2024 | Politique | Par la rédaction", "2024-03-12", "date_line"),
    ("Posted on 2024-03-12 by admin", "2024-03-12", "date_line"),
    ("Mis à jour le 13 mars 2024 à 08h00", "2024-03-13", "updated_line"),
    ("Le texte, publié le 3 mars 2024, prévoit une hausse des taxes.", None, None),
    ("Le rapport publié le 12 mars 2024 par le ministère a suscité de nombreuses critiques dans la presse.",
     None, None),
])
def test_byline_and_date_lines(line: str, day: str | None, how: str | None) -> None:
    found = FINDER.date_line(line)
    assert (found.date, found.how) == (day, how) if day else found is None


def test_yesterday_and_today_with_a_label_count_back_from_the_crawl() -> None:
    import datetime as dt

    crawled = dt.datetime(2025, 3, 5, 12)
    assert FINDER.relative_line("Publié hier à 18h30", crawled).date == "2025-03-04"  # type: ignore[union-attr]
    assert FINDER.relative_line("Updated today", crawled).date == "2025-03-05"  # type: ignore[union-attr]
    assert not FINDER.is_relative_time_line("Hier")  # a bare word may be a sub-heading


@pytest.mark.parametrize(("line", "day"), [
    # clean@17: a day word with its clock time is the whole stamp line, no label needed.
    ("Hier à 18:30", "2025-03-04"), ("Aujourd'hui à 10h05", "2025-03-05"),
    ("Yesterday at 6:30 PM", "2025-03-04"), ("Today, 10:05", "2025-03-05"),
    ("Par Jean Dupont - Hier à 18:30", "2025-03-04"),
])
def test_a_day_word_with_its_clock_time_is_a_stamp(line: str, day: str) -> None:
    import datetime as dt

    assert FINDER.relative_line(line, dt.datetime(2025, 3, 5, 12)).date == day  # type: ignore[union-attr]


@pytest.mark.parametrize("line", [
    "Aujourd'hui", "Hier à 18h30, le conseil municipal a voté le budget.", "Aujourd'hui à 20h : France-Italie",
    "Today at 8 pm: the debate", "Yesterday, 10 people were hurt", "hier soir",
])
def test_a_day_word_in_a_sentence_or_a_programme_is_no_stamp(line: str) -> None:
    assert not FINDER.is_relative_time_line(line)


def test_every_way_of_dating_has_a_confidence() -> None:
    from veille.model import PUBLISHED_HOW
    from veille.stages.cleaning.pubdate import published_confidence

    assert all(0.0 < published_confidence(how) <= 1.0 for how in PUBLISHED_HOW if how != "none")
    assert published_confidence("none") == 0.0
    assert published_confidence("url") > published_confidence("story")


@pytest.mark.parametrize(("paragraph", "place", "date"), [
    # A region or country after the place, then the date (wire copy republished abroad).
    ("PARIS, France, January 7, 2025 – The coach said he would step down.", "PARIS", "2025-01-07"),
    ("Abidjan, Côte d'Ivoire, le 3 avril 2025 – Le gouvernement a annoncé", "Abidjan", "2025-04-03"),
    # The agency's credit ends the dateline when the dash was lost.
    ("Muttenz (Switzerland), Mar 25 (AP) Sepp Blatter won again in court.", "Muttenz", None),
    ("LYON, 7 mars 2024 (AFP) La mairie a voté le budget.", "LYON", "2024-03-07"),
    # No date: the place alone, in capitals or credited to an agency.
    ("WASHINGTON (Reuters) - The United States imposed new sanctions.", "WASHINGTON", None),
    ("ANCHORAGE, Alaska – President Trump concluded three hours of talks.", "ANCHORAGE", None),
    ("MUTTENZ, Switzerland — Sepp Blatter won again in court Tuesday.", "MUTTENZ", None),
    ("Dakar (APS) - Les pêcheurs ont repris la mer.", "Dakar", None),
])
def test_datelines_with_a_region_an_agency_or_no_date(paragraph: str, place: str, date: str | None) -> None:
    found = DatelineParser().parse(paragraph)
    assert found is not None and (found.place, found.date) == (place, date)


@pytest.mark.parametrize("paragraph", [
    "Paris - Le ministre a dit qu'il partirait.",  # a capitalised word and a dash: no dateline
    "Selon lui – il n'y a pas d'autre solution.",
    "UE - Les ministres se sont réunis.",  # an acronym of two letters
    "Le ministre, le 3 avril 2025 - a déclaré que",
])
def test_not_datelines(paragraph: str) -> None:
    assert DatelineParser().parse(paragraph) is None


@pytest.mark.parametrize(("line", "day", "how"), [
    ("Date de publication : 12 mars 2024", "2024-03-12", "date_line"),
    ("Publié le 12/03/24 à 10h05", "2024-03-12", "date_line"),  # a two-digit year after a label
    ("Mis à jour le 13/03/24", "2024-03-13", "updated_line"),
    ("Écrit par Jean Dupont le 12 mars 2024", "2024-03-12", "date_line"),
    # The date before "mis à jour" is the publication's, whatever comes after.
    ("Par Jean Dupont Le 12 mars 2024 à 10h05 - Mis à jour le 13 mars", "2024-03-12", "date_line"),
    ("Dernière mise à jour : 13 mars 2024", "2024-03-13", "updated_line"),
    ("Score final 3/4/25", None, None),  # no label: a two-digit year is not read
    # "publication" is a label only before a colon: in a sentence it is a noun.
    ("La publication, le 3 mars 2024, du rapport de la Cour des comptes a provoqué un tollé", None, None),
    ("Killed by the army in the north of the country on 12 March 2024, the reporters said", None, None),
])
def test_more_published_line_forms(line: str, day: str | None, how: str | None) -> None:
    found = FINDER.date_line(line)
    assert (found.date, found.how) == (day, how) if day else found is None


@pytest.mark.parametrize(("caption", "day"), [
    ("Sepp Blatter arrives at the appeals court in Muttenz, Switzerland, Tuesday, March 25, 2025.", "2025-03-25"),
    ("Photo prise par l'armée le 23 juillet 2025 et diffusée le 24 juillet 2025 montrant un soldat",
     "2025-07-24"),  # the latest day of the caption
    ("FILE - Sepp Blatter in Zurich, Switzerland, Tuesday, June 2, 2015.", None),  # an archive picture
    ("Le président à Paris, le 3 mars 2019 (photo d'archives).", None),
    ("Sepp Blatter arrives at the appeals court.", None),
])
def test_caption_dates(caption: str, day: str | None) -> None:
    found = FINDER.caption_date(caption)
    assert (found.date if found else None) == day


def test_a_photo_caption_dates_an_article_nothing_else_dates() -> None:
    text = ("Sepp Blatter, arriving at the appeals court in Muttenz, Switzerland, Tuesday, March 25, 2025. "
            "(AP Photo/Jane Roe)\n\n"
            "MUTTENZ, Switzerland — Sepp Blatter and Michel Platini won again in court Tuesday.\n\n"
            "The former presidents were acquitted for a second time on charges of fraud and forgery.\n\n"
            "The prosecutors had asked for suspended sentences of twenty months for each of them.")
    art = clean(text)
    assert (art.published, art.published_how, art.dateline_place) == ("2025-03-25", "caption", "MUTTENZ")
    assert "AP Photo" not in art.body
    # The URL's day comes first: a caption is the last resort.
    art = clean(text, "https://example.com/news/2025/03/26/blatter-platini-acquitted")
    assert (art.published, art.published_how) == ("2025-03-26", "url")


def test_a_labelled_clock_time_alone_is_the_crawl_day() -> None:
    import datetime as dt

    crawled = dt.datetime(2025, 3, 5, 12, 0)
    assert FINDER.relative_line("Publié à 10h05", crawled).date == "2025-03-05"  # type: ignore[union-attr]
    # a time later than the crawl's: fetched the day after (or in another zone)
    assert FINDER.relative_line("Published 3:05 PM ET", crawled).date == "2025-03-04"  # type: ignore[union-attr]
    assert FINDER.is_relative_time_line("Mis à jour à 16h10")
    # near misses: no label (a score, a programme), or a sentence
    assert not FINDER.is_relative_time_line("10h05")
    assert not FINDER.is_relative_time_line("Le match commence à 20h45")
    assert FINDER.relative_line("Publié à 10h05", None) is None


def test_the_crawl_time_under_the_names_scrapers_give_it() -> None:
    text = "il y a 3 heures\n\nLe gouvernement a présenté mardi son budget pour l'année prochaine à Paris.\n"
    for key in ("crawled", "date_download", "scraped_at"):
        art = clean_article(Article(id="r", source="r", raw=text, meta={key: "2025-01-02 01:30:00"}),
                            load_patterns(), DatelineParser())
        assert (art.published, art.published_how) == ("2025-01-01", "relative_line")
    # near miss: a field that names no crawl ("date" may be anything) fixes no day
    art = clean_article(Article(id="r", source="r", raw=text, meta={"date": "2025-01-02"}),
                        load_patterns(), DatelineParser())
    assert art.published is None
