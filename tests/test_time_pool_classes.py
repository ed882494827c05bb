"""time@18: value classes read from the unseen pool eval/timex_pool (its work part) and eval/news dev,
each checked with invented sentences and a near miss that must keep its old reading: English modals
of possibility look ahead, the end of a range follows its start, a capitalised "Midi" inside a
sentence is a name, "l'après-midi de ce jeudi" is that Thursday's afternoon, "nuit de mercredi à
jeudi" is one night with or without its article, English "fall" is a season only after a word that
introduces a time, and the verbs of a reported clause ("said Monday that it would") do not give the
reporting day its tense."""

from __future__ import annotations

import pytest

from veille.config import Config
from veille.model import Article
from veille.pipeline import Context
from veille.stages.time import tag_article

WEDNESDAY = "2024-10-09"
THURSDAY = "2025-03-20"


def tagged(body: str, lang: str, dct: str) -> dict[str, tuple[str, str]]:
    config = Config()
    config.time.intervals = True
    article = Article(id="a", source="a", raw=body, body=body, published=dct, published_how="metadata", lang=lang)
    return {t.text: (t.type, t.value) for t in tag_article(article, Context(config=config)).timexes}


# -- English modals of possibility ----------------------------------------------------------------

@pytest.mark.parametrize(("body", "text", "value"), [
    # a modal before a bare verb looks ahead, even with a past-looking adjective nearer the start
    ("Scattered showers could also develop Thursday as the front moves east.", "Thursday", "2024-10-10"),
    ("Power cuts may begin Thursday morning along the coast.", "Thursday morning", "2024-10-10TMO"),
    ("Officials said the bridge might reopen Friday.", "Friday", "2024-10-11"),
    ("Crews should finish the repairs by Saturday.", "Saturday", "2024-10-12"),
])
def test_a_modal_of_possibility_looks_ahead(body: str, text: str, value: str) -> None:
    assert tagged(body, "en", WEDNESDAY)[text] == ("DATE" if "T" not in value else "TIME", value)


@pytest.mark.parametrize(("body", "text", "value"), [
    ("The mayor could not be reached Monday.", "Monday", "2024-10-07"),
    ("The two men may have met Monday in a hotel.", "Monday", "2024-10-07"),
    ("Organisers cancelled the fair held on September 12, which could hurt sales.", "September 12", "2024-09-12"),
    ("May was the wettest month, the agency said Monday.", "Monday", "2024-10-07"),
])
def test_near_misses_of_the_modals_stay_past(body: str, text: str, value: str) -> None:
    assert tagged(body, "en", WEDNESDAY)[text][1] == value


# -- the end of a range follows its start ---------------------------------------------------------

def test_the_end_of_a_range_told_in_the_past_follows_its_start() -> None:
    got = tagged("Depuis le début du mouvement, le 17 novembre, et jusqu'au 12 décembre, 900 dossiers ont "
                 "été jugés.", "fr", THURSDAY)
    assert got["le 17 novembre"][1] == "2024-11-17"
    assert got["12 décembre"][1] == "2024-12-12"


def test_an_english_range_end_follows_its_start() -> None:
    got = tagged("Between November 17 and until December 12, the court heard 900 cases.", "en", THURSDAY)
    assert got["December 12"][1] == "2024-12-12"


@pytest.mark.parametrize(("body", "text", "value"), [
    # a deadline set in the past still lies ahead when it follows the start in the same year
    ("Le 12 mars, le juge lui a donné jusqu'au 30 juin pour répondre.", "30 juin", "2025-06-30"),
    # "jusqu'au" with no start before it keeps its forward reading
    ("Le délai court jusqu'au 12 décembre.", "12 décembre", "2025-12-12"),
    # a written year is never moved
    ("Le 17 novembre, il a promis d'attendre jusqu'au 12 décembre 2026.", "12 décembre 2026", "2026-12-12"),
])
def test_near_misses_of_the_range_end(body: str, text: str, value: str) -> None:
    assert tagged(body, "fr", THURSDAY)[text][1] == value


# -- "Midi" as a name -----------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Les orages gagneront ensuite le Midi toulousain.",
    "Il pleuvra sur l'ancienne région Midi-Pyrénées.",
    "Une péniche a coulé sur le canal du Midi.",
])
def test_a_capitalised_midi_inside_a_sentence_is_a_name(body: str) -> None:
    assert not any(kind == "TIME" for kind, _ in tagged(body, "fr", THURSDAY).values())


@pytest.mark.parametrize(("body", "text"), [
    ("Rendez-vous à midi devant la mairie.", "midi"),
    ("Midi : les négociateurs suspendent la séance.", "Midi"),
])
def test_midi_as_a_clock_time_stays(body: str, text: str) -> None:
    assert tagged(body, "fr", THURSDAY)[text] == ("TIME", "2025-03-20T12:00")


# -- a part of a day named with "ce" --------------------------------------------------------------

@pytest.mark.parametrize(("body", "text", "value"), [
    ("Des averses sont attendues pour l'après-midi de ce vendredi.", "l'après-midi de ce vendredi", "2025-03-21TAF"),
    ("La séance reprendra le matin de ce vendredi.", "le matin de ce vendredi", "2025-03-21TMO"),
    ("Le vote a eu lieu dans la matinée de lundi.", "la matinée de lundi", "2025-03-17TMO"),
])
def test_a_part_of_a_weekday_with_ce(body: str, text: str, value: str) -> None:
    assert tagged(body, "fr", THURSDAY)[text] == ("TIME", value)


def test_a_night_from_one_day_to_the_next_is_still_one_night() -> None:
    got = tagged("Dans la nuit de mercredi à jeudi, des orages éclateront.", "fr", THURSDAY)
    assert got["la nuit de mercredi à jeudi"] == ("TIME", "2025-03-26TNI")


def test_a_night_from_one_day_to_the_next_without_its_article() -> None:
    got = tagged("En soirée et nuit de mercredi à jeudi, la pluie gagnera le nord.", "fr", WEDNESDAY)
    assert got["nuit de mercredi à jeudi"] == ("TIME", "2024-10-09TNI")


# -- "fall" as a verb or as a collapse --------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Prices will fall sharply, the bank warned.",
    "Leaves fall early in the mountains.",
    "Shares could fall again.",
    "The fall of the government surprised nobody.",
])
def test_fall_the_verb_or_the_collapse_is_no_season(body: str) -> None:
    assert not any(value.endswith("FA") for _, value in tagged(body, "en", WEDNESDAY).values())


@pytest.mark.parametrize(("body", "text", "value"), [
    ("The museum reopens in the fall.", "the fall", "2024-FA"),
    ("The plan was unveiled last fall.", "last fall", "2023-FA"),
    ("Construction should end by fall.", "fall", "2024-FA"),
    ("In the fall of 2022, prices rose.", "the fall of 2022", "2022-FA"),
])
def test_fall_the_season_stays(body: str, text: str, value: str) -> None:
    assert tagged(body, "en", WEDNESDAY)[text] == ("DATE", value)


# -- the verbs of a reported clause are not the reporting verb's ------------------------------------

@pytest.mark.parametrize(("body", "lang", "text", "value"), [
    ("The mayor told reporters on Monday that she would step down.", "en", "Monday", "2024-10-07"),
    ("Forecasters warned Thursday that the storm would strengthen.", "en", "Thursday", "2024-10-03"),
    ("Le préfet a prévenu jeudi que la crue atteindrait la ville.", "fr", "jeudi", "2024-10-03"),
    ("Le maire a expliqué aux élus lundi qu'il quitterait ses fonctions.", "fr", "lundi", "2024-10-07"),
])
def test_the_reported_clause_does_not_give_the_reporting_day_its_tense(
        body: str, lang: str, text: str, value: str) -> None:
    assert tagged(body, lang, WEDNESDAY)[text][1] == value


@pytest.mark.parametrize(("body", "lang", "text", "value"), [
    # a cleft puts the day in the clause after "que"/"that": that clause's verb still decides
    ("C'est mardi que le texte sera voté.", "fr", "mardi", "2024-10-15"),
    ("It is on Thursday that the board will vote.", "en", "Thursday", "2024-10-10"),
    # a reported clause with the day inside it keeps its own verb
    ("Il a affirmé que le vote aurait lieu jeudi.", "fr", "jeudi", "2024-10-10"),
])
def test_near_misses_of_the_reported_clause(body: str, lang: str, text: str, value: str) -> None:
    assert tagged(body, lang, WEDNESDAY)[text][1] == value


# -- "la veille de Noël": the day next to the date that follows ------------------------------------

@pytest.mark.parametrize(("body", "text", "value"), [
    ("Il a été condamné la veille de Noël.", "la veille de Noël", "2024-12-24"),
    ("Il est mort le lendemain de Noël.", "le lendemain de Noël", "2024-12-26"),
    ("Le texte a été voté la veille du 14-Juillet.", "la veille du 14-Juillet", "2024-07-13"),
    ("Il a été arrêté l'avant-veille du 3 mars.", "avant-veille du 3 mars", "2024-03-01"),
    ("Il est arrivé au lendemain du 11 septembre 2001.", "lendemain du 11 septembre 2001", "2001-09-12"),
])
def test_the_day_before_or_after_a_date_is_that_date_moved(body: str, text: str, value: str) -> None:
    assert tagged(body, "fr", "2025-01-08")[text] == ("DATE", value)


def test_the_timeml_export_keeps_the_day_and_its_anchor_apart() -> None:
    config = Config()
    config.time.intervals = False
    body = "Il a été condamné la veille de Noël."
    article = Article(id="a", source="a", raw=body, body=body, published="2025-01-08", published_how="metadata",
                      lang="fr")
    got = [(t.text, t.value) for t in tag_article(article, Context(config=config)).timexes]
    assert got == [("la veille", "2024-12-24"), ("Noël", "2024-12-25")]


@pytest.mark.parametrize(("body", "text", "value"), [
    # the day after an event, not a date, keeps the narrative's reading
    ("Il a été arrêté lundi. Le lendemain, il a avoué.", "Le lendemain", "2025-01-07"),
    ("Il a été arrêté lundi. Le lendemain du vote, il a avoué.", "Le lendemain", "2025-01-07"),
])
def test_near_misses_of_the_day_next_to_a_date(body: str, text: str, value: str) -> None:
    assert tagged(body, "fr", "2025-01-08")[text][1] == value


# -- "Monday last week": the weekday of the week said after it --------------------------------------

@pytest.mark.parametrize(("body", "lang", "text", "value"), [
    ("The talks collapsed on Monday last week.", "en", "Monday last week", "2024-09-30"),
    ("The talks will resume on Monday of next week.", "en", "Monday of next week", "2024-10-14"),
    ("Les discussions ont échoué lundi de la semaine dernière.", "fr", "lundi de la semaine dernière", "2024-09-30"),
    ("Mardi soir de la semaine dernière, le conseil a voté.", "fr", "Mardi soir de la semaine dernière",
     "2024-10-01TEV"),
])
def test_a_weekday_of_a_named_week(body: str, lang: str, text: str, value: str) -> None:
    assert tagged(body, lang, WEDNESDAY)[text][1] == value


@pytest.mark.parametrize(("body", "lang", "text", "value"), [
    ("He arrived Monday. Last week he was in Rome.", "en", "Monday", "2024-10-07"),
    ("Talks collapsed on Monday, last week the board met.", "en", "Monday", "2024-10-07"),
])
def test_near_misses_of_the_weekday_of_a_week(body: str, lang: str, text: str, value: str) -> None:
    assert tagged(body, lang, WEDNESDAY)[text][1] == value


# -- the day of an event called for ------------------------------------------------------------------

MONDAY = "2024-10-07"


@pytest.mark.parametrize(("body", "lang", "text", "value"), [
    # the weekday after the object of a call dates the event, the nearest such day
    ("Les syndicats ont appelé à une mobilisation générale à la grève mardi.", "fr", "mardi", "2024-10-08"),
    ("Les syndicats ont appelé à manifester jeudi.", "fr", "jeudi", "2024-10-10"),
    ("Unions called for a general strike on Thursday.", "en", "Thursday", "2024-10-10"),
    ("Unions called on workers to strike Thursday.", "en", "Thursday", "2024-10-10"),
])
def test_the_day_of_an_event_called_for(body: str, lang: str, text: str, value: str) -> None:
    assert tagged(body, lang, MONDAY)[text][1] == value


@pytest.mark.parametrize(("body", "lang", "text", "value"), [
    ("Le syndicat a appelé mardi à la grève.", "fr", "mardi", "2024-10-01"),  # the day of the call
    ("The minister called the decision a mistake on Tuesday.", "en", "Tuesday", "2024-10-01"),
    ("He called his lawyer on Tuesday.", "en", "Tuesday", "2024-10-01"),
    ("Le maire a convoqué la presse jeudi.", "fr", "jeudi", "2024-10-03"),
    ("Les syndicats avaient appelé à la grève jeudi dernier.", "fr", "jeudi dernier", "2024-10-03"),
])
def test_near_misses_of_the_event_called_for(body: str, lang: str, text: str, value: str) -> None:
    assert tagged(body, lang, MONDAY)[text][1] == value


# -- a month or quarter with no tense, a few weeks across the turn of the year -----------------------

@pytest.mark.parametrize(("body", "lang", "dct", "text", "value"), [
    ("L’inflation ralentit à 2,4 % en décembre, selon l’Insee.", "fr", "2025-01-06", "décembre", "2024-12"),
    ("Inflation slows to 2.4% in December.", "en", "2025-01-06", "December", "2024-12"),
    ("Rendez-vous début janvier pour la suite.", "fr", "2024-12-18", "début janvier", "2025-01"),
    ("The index: November, 3.1%.", "en", "2025-01-10", "November", "2024-11"),
    ("Revenue up 5% in the fourth quarter.", "en", "2025-01-20", "the fourth quarter", "2024-Q4"),
    ("Hausse des prix au premier trimestre.", "fr", "2024-12-20", "premier trimestre", "2025-Q1"),
])
def test_a_month_with_no_tense_across_the_turn_of_the_year(body: str, lang: str, dct: str, text: str,
                                                          value: str) -> None:
    assert tagged(body, lang, dct)[text][1] == value


@pytest.mark.parametrize(("body", "lang", "dct", "text", "value"), [
    # further from the turn the article's year stays
    ("Élections en janvier.", "fr", "2024-09-15", "janvier", "2024-01"),
    ("The party faces an October election.", "en", "2025-01-10", "October", "2025-10"),
    ("The index: November, 3.1%.", "en", "2025-03-10", "November", "2025-11"),
    ("Revenue up 5% in the fourth quarter.", "en", "2025-04-20", "the fourth quarter", "2025-Q4"),
    # a tense still decides
    ("Les ventes reprendront en décembre.", "fr", "2025-01-06", "décembre", "2025-12"),
])
def test_near_misses_of_the_turn_of_the_year(body: str, lang: str, dct: str, text: str, value: str) -> None:
    assert tagged(body, lang, dct)[text][1] == value


# -- "6 à 7 heures": two amounts, not a clock time --------------------------------------------------

@pytest.mark.parametrize("body", [
    "La réunion pourrait durer au moins 6 à 7 heures.",
    "Il faut compter 2 à 3 heures de route.",
])
def test_a_range_of_hours_is_no_clock_time(body: str) -> None:
    assert not any(kind == "TIME" for kind, _ in tagged(body, "fr", THURSDAY).values())


@pytest.mark.parametrize(("body", "text", "value"), [
    ("Le magasin ouvre de 9 à 19 heures.", "9 à 19 heures", "2025-03-20T09:00/2025-03-20T19:00"),  # time@33
    ("Les bureaux ferment de 13 h 30 à 15 h 30.", "15 h 30", "2025-03-20T15:30"),
    ("Le vote a lieu de 13 h à 15 heures.", "15 heures", "2025-03-20T15:00"),
    ("Rendez-vous à 7 heures.", "7 heures", "2025-03-20T07:00"),
])
def test_clock_times_after_a_or_in_a_clock_range_stay(body: str, text: str, value: str) -> None:
    assert tagged(body, "fr", THURSDAY)[text] == ("TIME", value)


def test_a_day_of_the_month_before_its_clock_time_is_no_range_of_hours() -> None:
    got = tagged("Rendez-vous le lundi 24 à 10 heures devant la mairie.", "fr", THURSDAY)
    assert got["10 heures"] == ("TIME", "2025-03-24T10:00")


def test_english_present_with_no_word_before_the_expression() -> None:
    # An expression that opens its clause has no word before it to read a tense from: no present,
    # and no error (time@18's modal check paired each word with the next and failed on none).
    from veille.stages.time.tense import english_present

    for body in ("Monday", "Monday, the council met.", "He left. Monday was calm."):
        start = body.index("Monday")
        assert english_present(body, start) is False
    assert english_present("The council meets Monday", "The council meets Monday".index("Monday")) is True
