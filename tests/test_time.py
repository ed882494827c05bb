"""The temporal tagger (time@5) on real-looking French and English sentences."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.config import Config
from veille.model import Article, Timex
from veille.pipeline import Context
from veille.stages.time import STAGE, resolve_against, tag_article, time_batch

TODAY = "2026-11-23"
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
WEEKDAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def context(intervals: bool = True) -> Context:
    config = Config()
    config.time.reference_date = TODAY
    config.time.intervals = intervals
    return Context(config=config)


def run(body: str, published: str | None = None, lang: str = "fr", intervals: bool = True) -> Article:
    article = Article(id="a", source="a", raw=body, body=body, published=published,
                      published_how="metadata" if published else "none", lang=lang)
    return tag_article(article, context(intervals))


def find(article: Article, text: str) -> Timex:
    for t in article.timexes:
        if t.text == text:
            return t
    raise AssertionError(f"{text!r} not tagged; got {[t.text for t in article.timexes]}")


# ---------------------------------------------------------------- absolute and partial dates

@pytest.mark.parametrize(("body", "text", "value"), [
    ("Bamako, le 1er août 2024 – Le ministre a reçu son homologue.", "le 1er août 2024", "2024-08-01"),
    ("L'entretien téléphonique a eu lieu le jeudi 01 août 2024, selon Bamako.", "le jeudi 01 août 2024",
     "2024-08-01"),
    ("Le décret publié le 01/08/2024 entre en vigueur.", "01/08/2024", "2024-08-01"),
    ("Mise à jour : 2024-08-01, 14:05.", "2024-08-01", "2024-08-01"),
    ("Les putschs se sont succédé en 2023 au Sahel.", "2023", "2023"),
    ("Le groupe avait été fondé en août 2001 à Lyon.", "août 2001", "2001-08"),
    ("Un pacte conclu le 10 novembre 93, à Genève.", "le 10 novembre 93", "1993-11-10"),
])
def test_absolute_dates(body: str, text: str, value: str) -> None:
    assert find(run(body, "2025-04-05"), text).value == value


def test_partial_dates_take_the_year_from_the_article_date_and_the_tense() -> None:
    art = run("En janvier, les trois pays se sont retirés de la CEDEAO. Le président se rendrait à Moscou "
              "en juin.", "2025-04-05")
    assert find(art, "janvier").value == "2025-01"
    assert find(art, "juin").value == "2025-06"
    past = run("L'assassinat du gendarme, le 21 juin, a été évoqué au procès.", "1999-05-27")
    assert find(past, "le 21 juin").value == "1998-06-21"
    future = run("La ville accueillera le sommet le 3 février.", "2025-11-20")
    assert find(future, "le 3 février").value == "2026-02-03"


def test_season_and_positions() -> None:
    art = run("Des législatives anticipées à l'automne sont évoquées. Le chantier commencera début juin "
              "et la saison reprendra mi-mars ; le bilan est attendu fin 2024.", "2024-05-21")
    assert find(art, "l'automne").value == "2024-FA"
    assert (find(art, "début juin").value, find(art, "début juin").mod) == ("2024-06", "START")
    assert find(art, "mi-mars").mod == "MID"
    assert (find(art, "fin 2024").value, find(art, "fin 2024").mod) == ("2024", "END")


# ---------------------------------------------------------------- relative expressions

@pytest.mark.parametrize(("body", "text", "value"), [
    ("Le président russe a annulé hier sa visite.", "hier", "2025-04-04"),
    ("Le ministre se rendra demain à Niamey.", "demain", "2025-04-06"),
    ("Le sommet s'ouvre aujourd'hui à Moscou.", "aujourd'hui", "2025-04-05"),
    ("Le Conseil a reconduit vendredi dernier la mission.", "vendredi dernier", "2025-04-04"),
    ("Il a démissionné jeudi dernier.", "jeudi dernier", "2025-04-03"),
    ("Il sera opéré lundi prochain.", "lundi prochain", "2025-04-07"),
    ("La réunion aura lieu la semaine prochaine.", "la semaine prochaine", "2025-W15"),
    ("Le coup d'État a eu lieu il y a deux ans.", "il y a deux ans", "2023"),
    ("L'opération sera renouvelée l'an prochain.", "l'an prochain", "2026"),
    ("Les ventes ont progressé par rapport à l'année dernière.", "l'année dernière", "2024"),
    ("Le président tchèque a été hospitalisé mardi.", "mardi", "2025-04-01"),
])
def test_relative_expressions(body: str, text: str, value: str) -> None:
    timex = find(run(body, "2025-04-05"), text)
    assert timex.value == value
    assert timex.anchor == "2025-04-05"


def test_anaphoric_expressions_follow_the_last_mentioned_date() -> None:
    art = run("Les ministres ont officialisé ce jeudi 3 avril un partenariat. La Russie s'est félicitée, "
              "ce même jeudi, de la coopération. Le lendemain, Lavrov a reçu la presse.", "2025-04-05")
    assert find(art, "ce jeudi 3 avril").value == "2025-04-03"
    assert find(art, "ce même jeudi").value == "2025-04-03"
    assert find(art, "Le lendemain").value == "2025-04-04"


def test_times_of_day() -> None:
    art = run("Le village fera la fête dimanche. Dimanche soir, à partir de 22 h, un feu d'artifice sera "
              "tiré. Le blessé a été hospitalisé hier soir.", "1999-05-18")
    assert find(art, "Dimanche soir").value == "1999-05-23TEV"
    assert find(art, "22 h").value == "1999-05-23T22:00"
    assert (find(art, "hier soir").type, find(art, "hier soir").value) == ("TIME", "1999-05-17TEV")


# ---------------------------------------------------------------- ranges and lists

def test_lists_and_ranges_as_intervals() -> None:
    art = run("Moscou accueillera les 3 et 4 avril prochains la première session. Suite aux coups d'État "
              "entre 2020 et 2023, la boutique sera fermée du 3 au 5 mai.", "2025-03-20")
    assert find(art, "les 3 et 4 avril prochains").value == "2025-04-03/2025-04-04"
    assert find(art, "2020 et 2023").value == "2020/2023"
    assert find(art, "3 au 5 mai").value == "2025-05-03/2025-05-05"


def test_lists_one_timex_per_endpoint_when_intervals_are_off() -> None:
    art = run("Les élections auront lieu les 6 et 13 avril prochains.", "2003-02-24", intervals=False)
    assert find(art, "les 6").value == "2003-04-06"
    assert find(art, "13 avril prochains").value == "2003-04-13"


# ---------------------------------------------------------------- durations and sets

def test_durations() -> None:
    art = run("Tony Blair a achevé hier deux jours de consultations. Alfons Goetzfrid a été condamné à "
              "10 ans de prison. L'accord court sur trois ans, pour environ deux mois de travaux.",
              "1999-05-21")
    assert find(art, "deux jours").value == "P2D"
    assert find(art, "10 ans").value == "P10Y"
    assert find(art, "trois ans").value == "P3Y"
    assert (find(art, "environ deux mois").value, find(art, "environ deux mois").mod) == ("P2M", "APPROX")


def test_ages_are_not_durations() -> None:
    art = run("Boris Eltsine, 68 ans, a annulé sa visite. Agée de 90 ans, Fernande est décédée.",
              "1999-05-19")
    assert all(t.type != "DURATION" for t in art.timexes), [t.text for t in art.timexes]


def test_sets() -> None:
    art = run("Des milliers de touristes se procurent chaque jour un journal. Le festival revient chaque "
              "année ; les inscriptions ont lieu tous les jeudis.", "1999-08-06")
    every_year = find(art, "chaque année")
    assert (every_year.type, every_year.value, every_year.quant) == ("SET", "P1Y", "EVERY")
    assert find(art, "chaque jour").value == "P1D"
    assert find(art, "tous les jeudis").value == "XXXX-WXX-4"


# ---------------------------------------------------------------- English

@pytest.mark.parametrize(("body", "text", "value"), [
    ("The minister arrived in Moscow yesterday.", "yesterday", "2025-04-04"),
    ("Talks were held last Thursday in Moscow.", "last Thursday", "2025-04-03"),
    ("The agreement was signed on April 3, 2024 in Bamako.", "April 3, 2024", "2024-04-03"),
    ("The junta seized power two years ago.", "two years ago", "2023"),
    ("Russia will send advisers next month.", "next month", "2025-05"),
    ("The summit lasted three days.", "three days", "P3D"),
    ("The council meets every week.", "every week", "P1W"),
])
def test_english(body: str, text: str, value: str) -> None:
    assert find(run(body, "2025-04-05", lang="en"), text).value == value


# ---------------------------------------------------------------- undated articles

def test_an_undated_article_gets_its_date_from_a_self_dated_past_expression() -> None:
    art = run("Les ministres ont officialisé ce jeudi 3 avril, lors d'une réunion à Moscou, un partenariat.")
    assert (art.published, art.published_how) == ("2025-04-03", "text")


def test_no_date_rather_than_a_guess() -> None:
    art = run("Moscou accueillera les 3 et 4 avril prochains la première session des consultations.")
    assert art.published is None and art.published_how == "none"
    assert find(art, "les 3 et 4 avril prochains").value == "XXXX-04-03/XXXX-04-04"
    lone = run("Ce mercredi, les ministres ont entamé une visite officielle à Moscou.")
    assert find(lone, "Ce mercredi").value == "XXXX-WXX-3"


@pytest.mark.parametrize("body, lang, published", [
    # A weekday with a part of the day, then the day and month in apposition: the weekday fixes
    # the year, as in "Sunday, Oct. 10" (Sunday 10 October 2021, the latest before 2026-11-23).
    ("Crews had the blaze 89% contained, the county reported Sunday morning, Oct. 10.", "en", "2021-10-10"),
    ("Le comité a élu sa présidente jeudi soir, le 20 mars, au premier tour.", "fr", "2025-03-20"),
    ("Le comité a élu sa présidente mardi après-midi 4 novembre.", "fr", "2025-11-04"),
    ("Le comité a élu sa présidente vendredi dernier, le 14 mars.", "fr", "2025-03-14"),
    # A part of the day "de"/"du" a weekday and its day: one expression (the night is over: the 21st).
    ("Le suspect a été interpellé dans la nuit de jeudi 20 mars.", "fr", "2025-03-20"),
    ("Le suspect a été interpellé dans la nuit du jeudi 20 au vendredi 21 mars.", "fr", "2025-03-21"),
])
def test_a_weekday_before_a_yearless_day_fixes_its_year(body: str, lang: str, published: str) -> None:
    art = run(body, lang=lang)
    assert (art.published, art.published_how) == (published, "text")


@pytest.mark.parametrize("body, lang", [
    ("The board will meet Thursday night, March 20, to vote.", "en"),  # a future clause
    ("Le comité élira sa présidente jeudi prochain, le 20 mars.", "fr"),  # a weekday to come
    ("Le comité a élu sa présidente jeudi, après le scrutin du 20 mars.", "fr"),  # not in apposition
    ("Le comité a élu sa présidente mardi soir, le 20 mars.", "fr"),  # 20 March is no Tuesday since 2019
])
def test_no_year_from_a_weekday_that_does_not_name_the_day(body: str, lang: str) -> None:
    art = run(body, lang=lang)
    assert art.published is None


def test_resolve_against_a_date_learnt_later() -> None:
    art = run("Ce mercredi, les ministres ont entamé une visite officielle. En janvier, ils avaient quitté "
              "la CEDEAO.")
    again = resolve_against(art, "2025-04-02")
    values = {t.text: t.value for t in again}
    assert values["Ce mercredi"] == "2025-04-02"
    assert values["janvier"] == "2025-01"


def test_time_batch_writes_stage_and_model(ctx: Context) -> None:
    arts = [Article(id="x", source="x", raw="", body="Il est arrivé hier.", published="2025-04-05",
                    lang="fr")]
    out = time_batch(arts, ctx)
    assert out[0].timexes and all(t.stage == STAGE and t.model for t in out[0].timexes)


# ---------------------------------------------------------------- properties

dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2040, 12, 31))


@settings(max_examples=60, deadline=None)
@given(day=dates, dct1=dates, dct2=dates)
def test_an_absolute_date_does_not_depend_on_the_article_date(day: date, dct1: date, dct2: date) -> None:
    body = f"Le sommet s'est tenu le {day.day} {MONTHS_FR[day.month - 1]} {day.year} à Paris."
    values = {find(run(body, d.isoformat()), f"le {day.day} {MONTHS_FR[day.month - 1]} {day.year}").value
              for d in (dct1, dct2)}
    assert values == {day.isoformat()}


@settings(max_examples=80, deadline=None)
@given(dct=dates, weekday=st.integers(1, 7), cue=st.sampled_from(["", " dernier", " prochain"]),
       verb=st.sampled_from(["Le ministre arrivera", "Le ministre est arrivé", "Le ministre arrive"]))
def test_a_resolved_weekday_falls_on_that_weekday(dct: date, weekday: int, cue: str, verb: str) -> None:
    text = WEEKDAYS_FR[weekday - 1] + cue
    timex = find(run(f"{verb} {text} à Bamako.", dct.isoformat()), text)
    resolved = date.fromisoformat(timex.value)
    assert resolved.isoweekday() == weekday
    assert abs(resolved - dct) <= timedelta(days=7)


words = st.sampled_from(["hier", "le", "3", "avril", "2024", "ans", "deux", "jours", "mardi", "soir", "à",
                         "22 h", "chaque", "année", "prochain", "Il", "a", "été", ",", ".", "et", "les",
                         "yesterday", "mi-mars", "l'an", "dernier", "été", "d'ici", "x", "\n"])


@settings(max_examples=150, deadline=None)
@given(tokens=st.lists(words, max_size=25), dct=st.one_of(st.none(), dates))
def test_offsets_point_into_the_body(tokens: list[str], dct: date | None) -> None:
    body = " ".join(tokens)
    art = run(body, dct.isoformat() if dct else None)
    for t in art.timexes:
        assert 0 <= t.start < t.end <= len(body)
        assert body[t.start:t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET") and t.value


def test_a_preposition_before_the_date_decides_its_direction() -> None:
    art = run("M. Blair a donné jusqu'au 30 juin aux partis. Le local est fermé depuis vendredi.",
              "1999-05-19")
    assert find(art, "30 juin").value == "1999-06-30"
    assert find(art, "vendredi").value == "1999-05-14"


def test_the_nearest_verb_decides_the_tense() -> None:
    art = run("Edmund Stoiber a ainsi déclaré mercredi qu'il n'autoriserait pas l'usage des bases.",
              "2002-09-22")
    assert find(art, "mercredi").value == "2002-09-18"


# ---------------------------------------------------------------- "désormais": the article's date only in the present

@pytest.mark.parametrize(("body", "tagged"), [
    ("Fontenay-Piccard sont désormais troisièmes au classement.", True),
    ("La liste des commissaires est désormais complète.", True),
    ("Il s’agira désormais de consolider la structuration de l’AES.", False),  # future: a period opens
    ("Il était désormais seul face au jury.", False),  # past: the narrative's time, not the article's
    ("Un pacte de défense désormais destiné à une intégration plus large.", False),  # no finite verb
])
def test_desormais_names_the_article_date_only_in_a_present_clause(body: str, tagged: bool) -> None:
    # The TimeML export (the French TimeBank's marking) values it as the article's date; the article
    # convention (time@21) as the reference word it is, PRESENT_REF, tagged in the same clauses.
    article = run(body, published="2025-04-04", intervals=False)
    found = [t for t in article.timexes if t.text == "désormais"]
    assert bool(found) == tagged
    assert all(t.value == "2025-04-04" for t in found)
    stated = [t for t in run(body, published="2025-04-04").timexes if t.text == "désormais"]
    assert bool(stated) == tagged
    assert all(t.value == "PRESENT_REF" for t in stated)


@pytest.mark.slow
@pytest.mark.parametrize(("body", "tagged"), [
    ("Les deux pays coopèrent désormais étroitement, et ils pourraient signer un accord.", True),
    ("Il s’agira désormais de consolider la structuration de l’AES.", False),
    ("Il était désormais seul face au jury.", False),
])
def test_desormais_reads_the_tense_of_its_own_verb_from_the_parse(ctx: Context, body: str, tagged: bool) -> None:
    # The conditional "pourraient" of the next clause must not count: the parse finds the verb
    # that "désormais" modifies.
    from veille.stages.nlp import parsed

    article = Article(id="p", source="p", raw=body, body=body, published="2025-04-04", lang="fr")
    article.doc = parsed(article, ctx)
    tag_article(article, ctx)
    assert any(t.text == "désormais" for t in article.timexes) == tagged


# Issue 17: phenomena described in data/time/README.md, on sentences written for these tests.

@pytest.mark.parametrize(("body", "text", "type_", "value", "mod"), [
    ("Le convoi est parti le 3 mars au soir.", "le 3 mars au soir", "TIME", "2025-03-03TEV", None),
    ("Les secours sont arrivés mardi 4 mars dans la matinée.", "mardi 4 mars dans la matinée", "TIME",
     "2025-03-04TMO", None),
    ("Le vote a eu lieu mardi en fin de soirée.", "mardi en fin de soirée", "TIME", "2025-03-04TEV", "END"),
    ("Il a été reçu hier en début d'après-midi.", "hier en début d'après-midi", "TIME", "2025-03-05TAF", "START"),
])
def test_part_of_day_after_a_date_is_one_time(body: str, text: str, type_: str, value: str,
                                               mod: str | None) -> None:
    t = find(run(body, "2025-03-06"), text)
    assert (t.type, t.value, t.mod) == (type_, value, mod)


def test_part_of_day_after_a_preposition_is_the_last_date_s() -> None:
    article = run("Le 2 mars, le juge a entendu les témoins. Le verdict est tombé en fin de soirée.", "2025-03-06")
    t = find(article, "fin de soirée")
    assert (t.type, t.value, t.mod) == ("TIME", "2025-03-02TEV", "END")
    assert find(run("Ils se sont revus dans l'après-midi.", "2025-03-06"), "l'après-midi").value == "2025-03-06TAF"


@pytest.mark.parametrize(("body", "text", "value"), [
    ("En ce moment, les prix montent.", "En ce moment", "PRESENT_REF"),
    ("À l'avenir, la commission votera seule.", "À l'avenir", "FUTURE_REF"),
    ("Par le passé, la ville a souvent voté à gauche.", "Par le passé", "PAST_REF"),
    ("Il y a quelques jours, le ministre a démissionné.", "Il y a quelques jours", "PAST_REF"),
])
def test_reference_words(body: str, text: str, value: str) -> None:
    assert find(run(body, "2025-03-06"), text).value == value


def test_a_noun_governed_by_a_verb_is_no_reference() -> None:
    assert run("Ils se disent optimistes en pensant à l'avenir.", "2025-03-06").timexes == []


def test_number_word_that_is_a_month_abbreviation() -> None:
    assert run("Les sept pays ont signé.", "2025-03-06").timexes == []
    assert find(run("Signé le 7 sept. 1999.", "2025-03-06"), "le 7 sept. 1999").value == "1999-09-07"
    assert find(run("Mai 68, en revanche, reste un mythe.", "2025-03-06"), "Mai 68").value == "1968-05"


def test_english_year_before_the_noun_it_dates() -> None:
    article = run("The 2018 ruling was upheld, and 2000 troops stayed.", "2025-03-06", lang="en")
    assert [(t.text, t.value) for t in article.timexes] == [("2018", "2018")]


def test_english_clock_with_hours_is_a_time_not_a_duration() -> None:
    t = find(run("The polls closed at 17:00 hours on Sunday.", "2025-03-06", lang="en"), "17:00 hours")
    assert t.type == "TIME" and t.value.endswith("T17:00")


def test_weekend_spelt_without_hyphen() -> None:
    timeml = find(run("Le weekend dernier, il a plu.", "2025-03-06", intervals=False), "Le weekend dernier")
    assert timeml.value == "2025-W09-WE"
    # The article convention writes the weekend as the range of its two days.
    assert find(run("Le weekend dernier, il a plu.", "2025-03-06"), "Le weekend dernier").value == \
        "2025-03-01/2025-03-02"


def test_ranges_one_timex_per_endpoint_are_joined_again_for_events() -> None:
    from veille.stages.time import merge_ranges

    body = "Le festival s'est tenu du 3 au 5 mai."
    article = tag_article(Article(id="a", source="a", raw=body, body=body, published="2025-06-01",
                                  published_how="metadata", lang="fr"), context(intervals=False))
    assert [t.value for t in article.timexes] == ["2025-05-03", "2025-05-05"]
    assert [t.value for t in merge_ranges(body, article.timexes)] == ["2025-05-03/2025-05-05"]


def test_a_day_a_few_days_after_the_article_date_keeps_its_year_in_a_past_clause() -> None:
    # The article date may be a little early (inferred); last year is further than a tense slip.
    assert find(run("Le scrutin a eu lieu le 27 octobre.", "2025-10-25"), "le 27 octobre").value == "2025-10-27"
    assert find(run("Le scrutin a eu lieu le 27 décembre.", "2025-10-25"), "le 27 décembre").value == "2024-12-27"


def test_english_weekday_with_its_date_in_brackets_dates_an_undated_article() -> None:
    article = run("Lawmakers voted on Thursday (Mar 20) to approve the bill.", lang="en")
    assert find(article, "Thursday (Mar 20)").value == "2025-03-20"
    assert (article.published, article.published_how) == ("2025-03-20", "text")


@pytest.mark.parametrize("body", ["Le suspect, qui a 45 ans, nie les faits.", "Un homme de 45 ans a été arrêté.",
                                  "Elle avait 20 ans quand la guerre a éclaté."])
def test_french_ages_are_not_durations(body: str) -> None:
    assert [t for t in run(body, "2025-03-06").timexes if t.type == "DURATION"] == []


def test_french_durations_after_de_that_are_not_ages() -> None:
    assert find(run("Il purge une peine de 10 ans de prison.", "2025-03-06"), "10 ans").value == "P10Y"


def test_a_bare_weekday_is_the_nearest_one_when_the_article_date_is_an_estimate() -> None:
    # Undated: the text fixes Thursday 16 October 2025, a lower bound of the article's date,
    # and "ont signé vendredi" told after it moves the estimate to Friday (time@8, `dct.infer_dct`).
    article = run("Le jeudi 16 octobre 2025, le sommet s'est ouvert. Les dirigeants ont signé vendredi.")
    assert (article.published, article.published_how) == ("2025-10-17", "text")
    assert find(article, "vendredi").value == "2025-10-17"
    # Without the weekday, the bound itself.
    article = run("Le jeudi 16 octobre 2025, le sommet s'est ouvert. Les dirigeants ont signé un accord.")
    assert (article.published, article.published_how) == ("2025-10-16", "text")
    # With the known publication date the past tense puts it in the week before.
    known = run("Le jeudi 16 octobre 2025, le sommet s'est ouvert. Les dirigeants ont signé vendredi.", "2025-10-16")
    assert find(known, "vendredi").value == "2025-10-10"


@pytest.mark.parametrize(("body", "text", "value"), [
    ("Le lendemain matin, la police est revenue.", "Le lendemain matin", "2025-03-07TMO"),
    ("La veille au soir, il avait plu.", "La veille au soir", "2025-03-05TEV"),
    ("La nuit dernière, trois maisons ont brûlé.", "La nuit dernière", "2025-03-05TNI"),
    ("Les ventes ont chuté au premier trimestre.", "premier trimestre", "2025-Q1"),
    ("Le second semestre 2024 fut meilleur.", "Le second semestre 2024", "2024-H2"),
    ("La ville a grandi au XIXe siècle.", "XIXe siècle", "18"),
    ("Le texte sera voté en fin de semaine.", "fin de semaine", "2025-W10"),
    ("Les fonds arriveront à la fin du mois.", "la fin du mois", "2025-03"),
])
def test_more_french_calendar_expressions(body: str, text: str, value: str) -> None:
    assert find(run(body, "2025-03-06"), text).value == value


def test_that_evening_is_the_last_date_s() -> None:
    article = run("Le 2 mars, le stade était plein. Ce soir-là, l'équipe a gagné.", "2025-03-06")
    assert find(article, "Ce soir-là").value == "2025-03-02TEV"
