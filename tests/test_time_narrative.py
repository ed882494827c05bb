"""time@4: times counted from what the text last spoke of, the article convention (one TIMEX per
stated time) and the cheap `needs` test that spares rules on texts without their words."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from veille.config import Config
from veille.model import Article, Timex
from veille.pipeline import Context
from veille.stages.time import tag_article
from veille.stages.time.lexicon import load_lexicon


def run(body: str, published: str | None, lang: str = "fr", intervals: bool = True,
        moments: bool = False) -> list[Timex]:
    config = Config()
    config.time.reference_date = "2026-11-23"
    config.time.intervals = intervals
    config.time.moments = moments
    article = Article(id="a", source="a", raw=body, body=body, published=published,
                      published_how="metadata" if published else "none", lang=lang)
    return tag_article(article, Context(config=config)).timexes


def values(timexes: list[Timex]) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in timexes]


@pytest.mark.parametrize(("body", "lang", "expected"), [
    ("Il a été élu en 2010. L'année suivante, il a démissionné.", "fr", ("L'année suivante", "2011")),
    ("He was elected in 2010. The following year he resigned.", "en", ("following year", "2011")),
    ("Il a été élu en 2010. Deux ans plus tard, il est revenu.", "fr", ("Deux ans plus tard", "2012")),
    ("He won in 2016. Two years later he lost.", "en", ("Two years later", "2018")),
    ("Le traité date de 2020. En janvier de la même année, rien.", "fr", ("janvier de la même année", "2020-01")),
    ("He won in 2016. In May of that year he left.", "en", ("May of that year", "2016-05")),
    ("Rallies on Thursday evening; earlier in the day, a march.", "en", ("earlier in the day", "2025-07-24")),
])
def test_anaphoric_expressions_count_from_the_last_time_spoken_of(body: str, lang: str,
                                                                   expected: tuple[str, str]) -> None:
    assert expected in values(run(body, "2025-07-25", lang))


def test_next_year_still_counts_from_the_article_date() -> None:
    assert ("L'année prochaine", "2026") in values(run("Il a été élu en 2010. L'année prochaine, il part.",
                                                       "2025-07-25"))


def test_a_month_without_year_in_a_passage_set_in_another_year() -> None:
    body = "The government faced crises in 2025. It announced a deficit in March."
    assert ("March", "2025-03") in values(run(body, "2026-01-14", "en"))
    # A starting point ("since 2018") sets no scene: March is read from the article's date.
    body = "He has led since 2018. The vote is in March."
    assert ("March", "2026-03") in values(run(body, "2026-01-14", "en"))
    # Nor does a month already past in the article's year move.
    body = "Comme en première instance, en 2022, la cour n'a pas suivi le parquet, qui avait réclamé début mars."
    assert values(run(body, "2025-03-25"))[-1][1] == "2025-03"


def test_halves_quarters_and_year_spans() -> None:
    # (a span of years, not a sports season's: "la saison 2024-2025" is no calendar span since time@33)
    found = values(run("Les six premiers mois de 2024 et le budget 2024-2025.", "2025-01-10"))
    assert ("Les six premiers mois de 2024", "2024-H1") in found and ("2024-2025", "2024/2025") in found
    found = values(run("In the first quarter of 2024, and on January 9-10.", "2026-01-14", "en"))
    assert ("the first quarter of 2024", "2024-Q1") in found
    assert ("January 9-10", "2026-01-09/2026-01-10") in found


def test_a_date_and_its_clock_time_are_one_moment_with_moments_two_in_timeml() -> None:
    body = "Le 5 octobre, vers 21h22, un incendie. Vers 2 h dans la nuit de mardi, la police est venue."
    assert values(run(body, "2025-10-08", moments=True)) == [("Le 5 octobre, vers 21h22", "2025-10-05T21:22"),
                                               ("2 h dans la nuit de mardi", "2025-10-07T02:00")]
    timeml = values(run(body, "2025-10-08", intervals=False))
    assert ("Le 5 octobre", "2025-10-05") in timeml and ("21h22", "2025-10-05T21:22") in timeml
    assert ("la nuit de mardi", "2025-10-07TNI") in timeml


def test_a_decade_is_its_years_with_moments_and_an_x_otherwise() -> None:
    assert values(run("Dans les années 90, tout a changé.", "2025-01-10", moments=True)) == [
        ("les années 90", "1990/1999")]
    assert values(run("Dans les années 90, tout a changé.", "2025-01-10")) == [("les années 90", "199X")]
    assert values(run("Dans les années 90, tout a changé.", "2025-01-10", intervals=False)) == [
        ("les années 90", "199X")]


def test_part_of_day_before_the_weekday() -> None:
    assert ("petit matin mardi", "2025-04-29TMO") in values(run("Au petit matin mardi, le calme.", "2025-04-30"))


def test_needs_cover_every_word_their_rule_expands() -> None:
    """A rule's `needs` must be found in every word its required list can match, or the rule
    would be skipped on texts it should match."""
    patterns = json.loads(resources.files("veille").joinpath("data", "time", "patterns.json").read_text("utf-8"))
    required = {"part_of_day": "parts_of_day", "part_of_weekday": "parts_of_day", "season": "seasons",
                "anaphoric_day": "anaphoric_days", "holiday": "holidays"}
    checked = 0
    for lang in ("fr", "en"):
        lex = load_lexicon(lang)
        for rule in patterns[lang]:
            if rule["name"] in required and rule.get("needs"):
                for word in lex.table(required[rule["name"]]):
                    assert any(n in word for n in rule["needs"]), (lang, rule["name"], word)
                    checked += 1
        assert all(r.needs == tuple(p.get("needs", ())) for r, p in zip(lex.rules, patterns[lang], strict=True))
    assert checked > 20


def test_a_rule_whose_words_are_absent_is_skipped_but_finds_them_when_present() -> None:
    assert values(run("Le XIXe siècle fut industriel.", "2025-01-10")) == [("Le XIXe siècle", "18")]
    assert values(run("Le dix-neuvième fut industriel.", "2025-01-10")) == []


def test_an_undated_article_with_a_month_of_a_year_still_gets_its_date_from_the_text() -> None:
    """The joined "janvier de la même année" leaves the details the date inference reads aligned."""
    body = "Le groupe, fondé en septembre 2020, a été racheté en janvier de la même année. Mardi 5 novembre 2024, il a fermé."
    config = Config()
    config.time.reference_date = "2026-11-23"
    article = Article(id="a", source="a", raw=body, body=body, published=None, published_how="none", lang="fr")
    tag_article(article, Context(config=config))
    assert article.published == "2024-11-05" and article.published_how == "text"
    assert ("janvier de la même année", "2020-01") in values(article.timexes)


def test_vers_leads_to_a_clock_time_not_a_duration() -> None:
    # "du matin" belongs to the clock time (time@6)
    assert values(run("Les élus sont arrivés vers 2 heures du matin.", "2025-05-14")) == [
        ("2 heures du matin", "2025-05-14T02:00")]
    assert values(run("Le vote a duré environ 2 heures.", "2025-05-14"))[0][1] == "PT2H"


def test_small_hours_of_a_two_day_night_are_on_the_second_day() -> None:
    found = values(run("Il est mort à 0 h 30 dans la nuit de samedi à dimanche.", "2025-05-14", intervals=False))
    # "est mort": past (time@6), told on a Wednesday, the weekend just gone
    assert ("0 h 30", "2025-05-11T00:30") in found and ("la nuit de samedi à dimanche", "2025-05-10TNI") in found
    # A night named by one day keeps its hours on that day, as the article gold reads it.
    assert ("2 h", "2025-05-17T02:00") in values(run("La nuit de samedi, à 2 h, un incendie.", "2025-05-14"))


def test_the_29th_of_february_without_a_year_is_in_a_leap_year() -> None:
    assert values(run("Il est né le 29 février.", "2025-05-14")) == [("le 29 février", "2024-02-29")]
    assert values(run("Le 29 février 2025 n'existe pas.", "2025-05-14")) == [("Le 29 février 2025", "XXXX-02-29")]


def test_the_weekend_told_in_the_past_on_a_weekday_is_the_one_just_gone() -> None:
    # Monday 13 October 2025: the weekend just gone is 11-12 October (ISO week 41).
    assert values(run("Over the weekend, thousands protested.", "2025-10-13", "en", intervals=False)) == [
        ("the weekend", "2025-W41-WE")]
    assert values(run("Ce week-end, des manifestations auront lieu.", "2025-10-13", intervals=False)) == [
        ("Ce week-end", "2025-W42-WE")]
    assert values(run("This past weekend, rallies were held.", "2025-10-13", "en")) == [
        ("past weekend", "2025-10-11/2025-10-12")]


def test_a_number_after_a_dash_is_a_day_only_after_a_month() -> None:
    assert ("24", "XXXX-XX-24") not in values(run("In 2023-24, the budget grew.", "2025-10-13", "en"))


def test_a_capitalised_month_mid_sentence_without_day_or_year_is_a_name() -> None:
    assert values(run("La sonde a atterri sur Mars hier.", "2025-06-12")) == [("hier", "2025-06-11")]
    assert ("Mars 2024", "2024-03") in values(run("Mars 2024 fut chaud.", "2025-06-12"))
    assert ("Mai 68", "1968-05") in values(run("En Mai 68, la révolte.", "2025-06-12"))


def test_a_two_digit_second_year_of_a_span() -> None:
    assert values(run("Le budget 1998-99 fut bon.", "1999-05-19", intervals=False)) == [
        ("1998", "1998"), ("99", "1999")]
    assert values(run("In 2023-24, the budget grew.", "2025-06-12", "en")) == [("2023-24", "2023/2024")]


def test_a_weekday_with_its_day_of_a_month_near_the_article() -> None:
    assert values(run("Mardi 10, la suite du procès.", "2025-06-12")) == [("Mardi 10", "2025-06-10")]
    # The day is not a duration head ("2 à 10 heures"): "le lundi 2 à 10 heures" is a day and a time.
    found = values(run("Le lundi 2 juin à 10 heures, rien.", "2025-06-12", intervals=False))
    assert ("Le lundi 2 juin", "2025-06-02") in found and not any(v.startswith("PT") for _, v in found)
    assert values(run("Rendez-vous le lundi 16 à 10 heures.", "2025-06-12", intervals=False)) == [
        ("le lundi 16", "2025-06-16"), ("10 heures", "2025-06-16T10:00")]
