"""time@6: where a relative expression is anchored (issue 17): the day after an event said beside
a date, a weekday that dates a noun, tense shown by a conjunction or an English irregular
preterite, "ce jour".  Each case has a near miss that keeps the older reading."""

from __future__ import annotations

import pytest

from veille.config import Config
from veille.model import Article
from veille.pipeline import Context
from veille.stages.time import tag_article

DCT = "1999-05-20"  # a Thursday


def tagged(body: str, lang: str = "fr") -> dict[str, str | None]:
    config = Config()
    config.time.intervals = False
    article = Article(id="a", source="a", raw=body, body=body, published=DCT, published_how="metadata", lang=lang)
    return {t.text: t.value for t in tag_article(article, Context(config=config)).timexes}


@pytest.mark.parametrize(("body", "text", "value"), [
    # beside a date, "au lendemain de <event>" is that date
    ("Il est parti hier, au lendemain de la réunion.", "lendemain", "1999-05-19"),
    ("Il a démissionné le 6 mai dans la matinée, au lendemain de l'annonce.", "lendemain", "1999-05-06"),
    # with no date before it, the day after an event is the article's day
    ("Au lendemain de l'élection, les partis négocient.", "lendemain", "1999-05-20"),
    # near misses: the day after the date last spoken of
    ("Il est arrivé le 3 mai. Le lendemain de son arrivée, il a parlé.", "Le lendemain", "1999-05-04"),
    ("Il est arrivé le 3 mai. Le lendemain, il a parlé.", "Le lendemain", "1999-05-04"),
])
def test_the_day_after_an_event(body: str, text: str, value: str) -> None:
    assert tagged(body)[text] == value


@pytest.mark.parametrize(("body", "lang", "text", "value"), [
    # a weekday dating a noun is the nearest one, whatever the clause's tense
    ("Le parti formera le gouvernement au terme des élections de lundi.", "fr", "lundi", "1999-05-17"),
    ("He will speak after Monday's vote.", "en", "Monday", "1999-05-17"),
    # near misses: the clause's tense decides
    ("Le parti formera le gouvernement lundi.", "fr", "lundi", "1999-05-24"),
    ("Il travaillera à partir de lundi.", "fr", "lundi", "1999-05-24"),
])
def test_a_weekday_that_dates_a_noun(body: str, lang: str, text: str, value: str) -> None:
    assert tagged(body, lang)[text] == value


@pytest.mark.parametrize(("body", "lang", "text", "value"), [
    ("Les syndicats réagissent avant que le bilan soit rendu public lundi.", "fr", "lundi", "1999-05-24"),
    ("Les syndicats réagissent après que le bilan soit rendu public lundi.", "fr", "lundi", "1999-05-17"),
    ("The minister met the envoy late on Wednesday and said it would act.", "en", "Wednesday", "1999-05-19"),
    # near miss: a future verb and no preterite
    ("The minister will meet the envoy on Wednesday.", "en", "Wednesday", "1999-05-26"),
])
def test_tense_from_conjunctions_and_irregular_preterites(body: str, lang: str, text: str, value: str) -> None:
    assert tagged(body, lang)[text] == value


def test_ce_jour_is_today_only_standing_alone() -> None:
    assert tagged("Les tirs cesseront à compter de 17h00 ce jour, a-t-il déclaré.")["ce jour"] == DCT
    assert "ce jour" not in tagged("À ce jour, rien n'est décidé.")
    assert "ce jour" not in tagged("Il se souvient de ce jour historique.")


@pytest.mark.parametrize(("body", "lang", "text", "value"), [
    ("Dans la journée, il est parti.", "fr", "la journée", "1999-05-20"),
    ("Il est arrivé le 3 mai. En fin de journée, il est parti.", "fr", "fin de journée", "1999-05-03"),
    ("Au cours du week-end, des heurts ont éclaté.", "fr", "week-end", "1999-W19-WE"),
    ("Il partira en début de semaine prochaine.", "fr", "début de semaine prochaine", "1999-W21"),
    ("En 1990, il est parti. Plus tard dans l'année, il est revenu.", "fr", "Plus tard dans l'année", "1990"),
    ("Dans les semaines à venir, il partira.", "fr", "Dans les semaines à venir", "FUTURE_REF"),
    ("He will leave by the end of the year.", "en", "the end of the year", "1999"),
    ("He will leave at the end of next month.", "en", "the end of next month", "1999-06"),
    ("In 1990, he left. Later that year, he came back.", "en", "Later that year", "1990"),
    ("He will leave in the coming weeks.", "en", "the coming weeks", "FUTURE_REF"),
    ("He left on Sunday morning.", "en", "Sunday morning", "1999-05-16TMO"),
])
def test_more_calendar_phrases(body: str, lang: str, text: str, value: str) -> None:
    assert tagged(body, lang)[text] == value


@pytest.mark.parametrize(("body", "text"), [
    ("La journée de mobilisation a eu lieu.", "journée"),  # a named day, not the day spoken of
    ("Pendant toute la journée, il a plu.", "la journée"),  # a duration (P1D), tagged whole
    ("Le week-end, il travaille.", "Le week-end"),  # a habit
])
def test_near_misses_of_the_calendar_phrases(body: str, text: str) -> None:
    assert text not in tagged(body)


@pytest.mark.parametrize(("body", "lang", "text", "value"), [
    # hours and minutes ago are a time of the article's day, never a half-year or a month
    ("Il est parti il y a deux heures.", "fr", "il y a deux heures", "1999-05-20"),
    ("Il est parti il y a 48 heures.", "fr", "il y a 48 heures", "1999-05-18"),
    ("He left 30 minutes ago.", "en", "30 minutes ago", "1999-05-20"),
    ("Il est parti il y a deux mois.", "fr", "il y a deux mois", "1999-03"),  # near miss: months
    # the half of the day after a clock time
    ("Il est parti à 8 heures du soir.", "fr", "8 heures du soir", "1999-05-20T20:00"),
    ("Il est parti à 3 heures du matin.", "fr", "3 heures du matin", "1999-05-20T03:00"),
    ("Il est parti vers 1 h au petit matin.", "fr", "1 h au petit matin", "1999-05-20T01:00"),
    # a clock time followed by its day is on that day
    ("Il est parti à 9 h dans la matinée de mardi.", "fr", "9 h", "1999-05-18T09:00"),
    ("Il est parti à 9 h, mardi il est revenu.", "fr", "9 h", "1999-05-20T09:00"),  # near miss
    # a two-digit year far after the article is the 1900s one
    ("Il est né en mars 45.", "fr", "mars 45", "1945-03"),
    ("La loi sera revue en 02.", "fr", "02", "2002"),  # near miss: near after the article
    # more parts of the day after a preposition
    ("Il est parti en pleine nuit.", "fr", "pleine nuit", "1999-05-20TNI"),
    ("Il est parti à l'aube.", "fr", "l'aube", "1999-05-20TMO"),
])
def test_clock_times_and_parts_of_day(body: str, lang: str, text: str, value: str) -> None:
    assert tagged(body, lang)[text] == value


def test_a_capitalised_part_of_the_day_is_a_name() -> None:
    assert not tagged("Un accident a eu lieu dans l'Aube, à Troyes.")


@pytest.mark.parametrize(("body", "lang", "text", "value"), [
    # the passé composé of verbs conjugated with "être" is past (DCT Thursday: Sunday 16, not 23)
    ("Il est mort dimanche.", "fr", "dimanche", "1999-05-16"),
    ("Ils sont partis dimanche.", "fr", "dimanche", "1999-05-16"),
    ("Elle est née dimanche.", "fr", "dimanche", "1999-05-16"),
    ("Le ministre est attendu dimanche à Paris.", "fr", "dimanche", "1999-05-23"),  # near miss: passive
    # a participle right before is past, not a passive with a present or future "être"
    ("Le texte doit être examiné mardi.", "fr", "mardi", "1999-05-25"),
    ("Le texte a été examiné mardi.", "fr", "mardi", "1999-05-18"),
    # a weekday dating a noun follows a past clause, not a future one
    ("Lors du scrutin de dimanche, il a gagné.", "fr", "dimanche", "1999-05-16"),
    ("He died on Sunday at the age of 80.", "en", "Sunday", "1999-05-16"),
])
def test_more_past_tense_cues(body: str, lang: str, text: str, value: str) -> None:
    assert tagged(body, lang)[text] == value


@pytest.mark.parametrize(("body", "lang", "text", "value"), [
    ("Il est parti à 14 heures heure locale.", "fr", "14 heures heure locale", "1999-05-20T14:00"),
    ("Il est parti à 14:30 GMT.", "fr", "14:30 GMT", "1999-05-20T14:30"),
    ("He left at 10:30 a.m. local time.", "en", "10:30 a.m. local time", "1999-05-20T10:30"),
    ("He left at 14:00 GMT.", "en", "14:00 GMT", "1999-05-20T14:00"),
    ("Il est parti à 14 heures, heure locale.", "fr", "14 heures", "1999-05-20T14:00"),  # near miss: a comma
])
def test_clock_times_keep_their_zone_in_the_extent(body: str, lang: str, text: str, value: str) -> None:
    assert tagged(body, lang)[text] == value


@pytest.mark.parametrize(("body", "lang", "text", "value"), [
    ("Au premier trimestre, les ventes augmenteront.", "fr", "premier trimestre", "2000-Q1"),
    ("Au printemps, il partira.", "fr", "printemps", "1999-SP"),  # near miss: spring has not ended
    ("À l'automne, il est parti.", "fr", "l'automne", "1998-FA"),
    ("In the fall, he left.", "en", "the fall", "1998-FA"),
    ("In the fall, he will leave.", "en", "the fall", "1999-FA"),  # near miss: ahead of the article
    ("Le Printemps 2024 a été chaud.", "fr", "Le Printemps 2024", "2024-SP"),  # with a year: a date
])
def test_seasons_follow_the_tense(body: str, lang: str, text: str, value: str) -> None:
    assert tagged(body, lang)[text] == value


@pytest.mark.parametrize(("body", "lang"), [
    ("Le Printemps arabe a commencé en 2011.", "fr"),
    ("Printemps de l'environnement. Les groupes sont prêts.", "fr"),
    ("It follows Anatomy of a Fall and Anora.", "en"),
])
def test_a_capitalised_season_is_a_name(body: str, lang: str) -> None:
    assert not [t for t in tagged(body, lang) if t.lower().endswith(("printemps", "fall"))]


def test_a_tenseless_day_without_a_year_is_the_nearest() -> None:
    config = Config()
    config.time.intervals = False
    body = "Réunion le 5 janvier. Élections en octobre."
    article = Article(id="a", source="a", raw=body, body=body, published="1999-12-28", published_how="metadata",
                      lang="fr")
    found = {t.text: t.value for t in tag_article(article, Context(config=config)).timexes}
    assert found["le 5 janvier"] == "2000-01-05"
    assert found["octobre"] == "1999-10"  # near miss: a month alone stays in the article's year


@pytest.mark.parametrize(("body", "lang", "text", "value"), [
    ("Il est parti hier midi.", "fr", "hier midi", "1999-05-19T12:00"),
    ("Il partira lundi midi.", "fr", "lundi midi", "1999-05-24T12:00"),
    ("La nuit du 4 mai, il est parti.", "fr", "La nuit du 4 mai", "1999-05-04TNI"),
    ("Le matin du 11 septembre 2001, il est parti.", "fr", "Le matin du 11 septembre 2001", "2001-09-11TMO"),
    ("Dans la nuit du 3 au 4 mai, il est parti.", "fr", "la nuit du 3 au 4 mai", "1999-05-03TNI"),
    # With their weekdays (time@15): one expression, whose weekday fixes the year of an undated text.
    ("Dans la nuit de mardi 18 mai, il est parti.", "fr", "la nuit de mardi 18 mai", "1999-05-18TNI"),
    ("Dans la matinée du mardi 18 mai, il est parti.", "fr", "la matinée du mardi 18 mai", "1999-05-18TMO"),
    ("Dans la nuit du lundi 3 au mardi 4 mai, il est parti.", "fr", "la nuit du lundi 3 au mardi 4 mai",
     "1999-05-03TNI"),
    ("He left last night.", "en", "last night", "1999-05-19TNI"),
    ("He left late last year.", "en", "late last year", "1998"),
    ("He will leave early next month.", "en", "early next month", "1999-06"),
])
def test_days_with_their_part_or_clock(body: str, lang: str, text: str, value: str) -> None:
    assert tagged(body, lang)[text] == value


def test_a_night_with_a_noun_complement_is_a_name() -> None:
    assert not tagged("La nuit des Césars a eu lieu.")
    assert tagged("La nuit de mardi, il est parti.")["La nuit de mardi"] == "1999-05-18TNI"  # near miss


@pytest.mark.parametrize(("body", "text", "value"), [
    ("He left the day before yesterday.", "day before yesterday", "1999-05-18"),
    ("He will leave the day after tomorrow.", "day after tomorrow", "1999-05-22"),
    ("He arrived on May 3. He left the previous day.", "the previous day", "1999-05-02"),
])
def test_english_days_around_today(body: str, text: str, value: str) -> None:
    assert tagged(body, "en")[text] == value


# ---------------------------------------------------------------- direct speech (time@9)

@pytest.mark.parametrize(("body", "lang", "text", "value"), [
    # the speaker's "today" is the day the narrative names for the speech, not the report's
    ("L'accusé a été acquitté mercredi. « Aujourd'hui est un grand jour », a déclaré son avocat.",
     "fr", "Aujourd'hui", "1999-05-19"),
    ('He was cleared on Wednesday. "That should be the takeaway from today\'s ruling," his lawyer said.',
     "en", "today", "1999-05-19"),
    ("Il a été libéré mardi. « Hier encore, j'étais en prison », a-t-il dit.", "fr", "Hier", "1999-05-17"),
    # "en soirée" then follows the speech's day, not the quote's "today" read as the report's
    ("Acquitté mercredi. « Aujourd'hui est une victoire », a déclaré en soirée l'avocat.",
     "fr", "soirée", "1999-05-19TEV"),
    # near misses: outside the quotation, "aujourd'hui" is the report's day
    ("L'accusé a été acquitté mercredi. Il a quitté la prison aujourd'hui.", "fr", "aujourd'hui", "1999-05-20"),
    # the quotation closed before it
    ("Acquitté mercredi. « C'est fini », a-t-il dit aujourd'hui.", "fr", "aujourd'hui", "1999-05-20"),
    # no day named before the quotation
    ("« Aujourd'hui est un grand jour », a déclaré l'avocat.", "fr", "Aujourd'hui", "1999-05-20"),
    # the last day named is more than a week before the article: a recalled date, not the speech's
    ("Le 3 mai, il avait été arrêté. « Aujourd'hui, je suis libre », dit-il.", "fr", "Aujourd'hui",
     "1999-05-20"),
])
def test_today_in_direct_speech_is_the_speakers_day(body: str, lang: str, text: str, value: str) -> None:
    assert tagged(body, lang)[text] == value


# ---------------------------------------------------------------- small hours told on (time@9)

@pytest.mark.parametrize(("body", "text", "value"), [
    # the night the narrative is in goes on past midnight: its small hours are the next day
    ("Les électeurs ont voté mardi. Le seuil paraissait hors de portée en milieu de nuit, vers 2 h du matin.",
     "2 h du matin", "1999-05-19T02:00"),
    ("La fête a commencé mardi soir. Elle a duré jusqu'à 3 h.", "3 h", "1999-05-19T03:00"),
    # and the same night told on, the next small-hours time too
    ("Ils ont voté mardi. En milieu de nuit, vers 2 h du matin, rien.\nLe chef menait vers 2 heures.",
     "2 heures", "1999-05-19T02:00"),
    # near misses: no evening or night before it, the clock time stays on the day
    ("Les électeurs ont voté mardi. Vers 2 h, le résultat tombait.", "2 h", "1999-05-18T02:00"),
    # a night named by its weekday may be that weekday's small hours already
    ("Vers 2 h dans la nuit de mardi, le parti menait. Vers 1 h au petit matin, rien.",
     "1 h au petit matin", "1999-05-18T01:00"),
    # a time of day after 6 h is the evening's own day
    ("La fête a commencé mardi soir. Elle a duré jusqu'à 23 h.", "23 h", "1999-05-18T23:00"),
])
def test_small_hours_after_the_night_spoken_of_are_the_next_day(body: str, text: str, value: str) -> None:
    assert tagged(body)[text] == value


@pytest.mark.parametrize(("body", "text", "value"), [
    # "au lendemain de", "à la veille de" an event date the clause's day, the narrative's
    ("Il a démissionné le 6 mai. Cette décision intervient au lendemain de la présentation du plan.",
     "lendemain", "1999-05-06"),
    ("Le 3 mai, il a parlé à la veille des élections.", "la veille", "1999-05-03"),
    # near misses: "le lendemain de", "la veille de" as a noun phrase are the day beside
    ("Il est arrivé le 3 mai. Le lendemain de son arrivée, il a parlé.", "Le lendemain", "1999-05-04"),
    ("Le 3 mai, il a parlé. La veille des élections, il a voté.", "La veille", "1999-05-02"),
])
def test_the_locutions_of_an_event(body: str, text: str, value: str) -> None:
    assert tagged(body)[text] == value
