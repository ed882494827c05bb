"""time@11 and time@12: a grid of language x expression class x tense, written from general knowledge of French and
English (issue 17), against one article date, Thursday 10 April 2025 (ISO week 15).  Each class has
its near miss: the reading the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from veille.stages.time.tagger import tag

DCT = date(2025, 4, 10)
TODAY = date(2026, 1, 1)


def values(body: str, lang: str = "fr") -> dict[str, str]:
    timexes, _ = tag(body, lang, DCT, TODAY, intervals=False)
    return {t.text: t.value for t in timexes}


@pytest.mark.parametrize(("lang", "body", "text", "value"), [
    # Weekdays: the tense of the clause says which side of the article date.
    ("fr", "Il est arrivé lundi à Paris.", "lundi", "2025-04-07"),
    ("fr", "Il arrivera lundi à Paris.", "lundi", "2025-04-14"),
    ("fr", "La réunion a eu lieu jeudi dernier.", "jeudi dernier", "2025-04-03"),
    ("fr", "Le ministre s'est exprimé ce jeudi 3 avril.", "ce jeudi 3 avril", "2025-04-03"),
    ("en", "He arrived on Monday.", "Monday", "2025-04-07"),
    ("en", "He will arrive on Monday.", "Monday", "2025-04-14"),
    # A participle after a present or bare "be" is a passive, not a preterite: the modal decides.
    ("en", "The deal will be signed Monday.", "Monday", "2025-04-14"),
    ("en", "The election will be held in March.", "March", "2026-03"),
    ("en", "The election will be held in September.", "September", "2025-09"),
    ("en", "The election will be held on March 3.", "March 3", "2026-03-03"),
    ("en", "Officials expect to sign the deal Monday.", "Monday", "2025-04-14"),
    ("en", "Voting is set for Monday.", "Monday", "2025-04-14"),
    ("en", "He is due in court on Monday.", "Monday", "2025-04-14"),
    ("en", "The flight was cancelled due to rain on Monday.", "Monday", "2025-04-07"),
    ("en", "The election was held in September.", "September", "2024-09"),
    ("en", "The deal was signed Monday.", "Monday", "2025-04-07"),
    ("en", "The deal has been signed Monday.", "Monday", "2025-04-07"),
    # Relative units from the article date.
    ("fr", "Les ventes ont baissé la semaine dernière.", "la semaine dernière", "2025-W14"),
    ("fr", "Les ventes ont baissé l'an dernier.", "l'an dernier", "2024"),
    ("fr", "Il reviendra dans deux semaines.", "dans deux semaines", "2025-W17"),
    ("fr", "Il est parti il y a trois jours.", "il y a trois jours", "2025-04-07"),
    ("en", "Sales fell last month.", "last month", "2025-03"),
    ("en", "He left two weeks ago.", "two weeks ago", "2025-W13"),
    # English "in" and an amount in a future clause is a point after the article.
    ("en", "He will return in two weeks.", "two weeks", "2025-W17"),
    ("en", "He will return in three days.", "three days", "2025-04-13"),
    ("en", "The vote will be held in three months.", "three months", "2025-07"),
    ("en", "He built the bridge in two weeks.", "two weeks", "P2W"),
    ("en", "He will stay for two weeks.", "two weeks", "P2W"),
    # Parts of the day with "cet" before a vowel.
    ("fr", "Il est revenu cet après-midi.", "cet après-midi", "2025-04-10TAF"),
    ("fr", "Il reviendra ce soir.", "ce soir", "2025-04-10TEV"),
])
def test_grid(lang: str, body: str, text: str, value: str) -> None:
    assert values(body, lang)[text] == value


@pytest.mark.parametrize(("lang", "body", "text", "value"), [
    ("fr", "Le 3 mars 2019, il a été élu. Le vendredi suivant, il a démissionné.", "vendredi suivant",
     "2019-03-08"),
    ("fr", "Le 3 mars 2019, il a été élu. Le vendredi précédent, il avait démissionné.", "vendredi précédent",
     "2019-03-01"),
    ("en", "He was elected on March 3, 2019. He resigned the following Friday.", "following Friday",
     "2019-03-08"),
    # "prochain" counts from the article's date, whatever the narrative.
    ("fr", "Le 3 mars 2019, il a été élu. Il partira vendredi prochain.", "vendredi prochain", "2025-04-11"),
])
def test_weekday_counted_from_the_narrative(lang: str, body: str, text: str, value: str) -> None:
    assert values(body, lang)[text] == value


@pytest.mark.parametrize(("body", "text", "value"), [
    ("Il a été élu en 1998. Il a démissionné en septembre.", "septembre", "1998-09"),
    ("Il a été élu le 2 mai 1998. Il a démissionné en septembre.", "septembre", "1998-09"),
    ("Le 3 mars 2019, il a été élu. En juin, il a démissionné.", "juin", "2019-06"),
    # Near misses: a month of the last weeks is news of now; a starting point sets no scene.
    ("Comme en 2022, la cour n'a pas suivi le parquet, qui avait réclamé début mars.", "début mars", "2025-03"),
    ("Il dirige le club depuis 1998. Il a démissionné en septembre.", "septembre", "2024-09"),
])
def test_month_in_the_year_the_passage_is_set(body: str, text: str, value: str) -> None:
    assert values(body)[text] == value


@pytest.mark.parametrize(("lang", "dct", "body", "text", "value"), [
    # A season with "dernier"/"prochain" is the last one ended or the next one to begin.
    ("fr", "2025-10-10", "Il a fait chaud l'été dernier.", "l'été dernier", "2025-SU"),
    ("fr", "2025-07-10", "Il a fait chaud l'été dernier.", "l'été dernier", "2024-SU"),
    ("fr", "2025-01-15", "Il fera chaud l'été prochain.", "l'été prochain", "2025-SU"),
    ("fr", "2025-07-10", "Il fera chaud l'été prochain.", "l'été prochain", "2026-SU"),
    ("en", "2025-10-10", "It was hot last summer.", "last summer", "2025-SU"),
    ("en", "2025-01-15", "The plant will open next spring.", "next spring", "2025-SP"),
    ("en", "2025-04-10", "The plant opened last fall.", "last fall", "2024-FA"),
])
def test_season_with_a_cue(lang: str, dct: str, body: str, text: str, value: str) -> None:
    timexes, _ = tag(body, lang, date.fromisoformat(dct), TODAY, intervals=False)
    assert {t.text: t.value for t in timexes}[text] == value


@pytest.mark.parametrize(("body", "text", "value"), [
    # "quinze jours", "huit jours" are two weeks and one.
    ("Il a démissionné il y a quinze jours.", "il y a quinze jours", "2025-03-27"),
    ("Il démissionnera dans huit jours.", "dans huit jours", "2025-04-17"),
    ("Il a démissionné il y a seize jours.", "il y a seize jours", "2025-03-25"),
    # A noun of a span takes its length, at the end of a phrase too; a person's is an age.
    ("Il a été élu pour un mandat de cinq ans.", "cinq ans", "P5Y"),
    ("Il a signé un contrat de trois ans, renouvelable.", "trois ans", "P3Y"),
    # "le jour même", "le jour suivant": the day last spoken of, and the one after it.
    ("Le 3 mars, il a été élu. Il a démissionné le jour suivant.", "le jour suivant", "2025-03-04"),
    ("Le 3 mars, il a été élu. Il a démissionné le jour même.", "le jour même", "2025-03-03"),
    # "le" and a bare weekday in a present clause is every such day.
    ("Le musée est fermé le lundi.", "lundi", "XXXX-WXX-1"),
    ("Il est arrivé le mardi et reparti le jeudi.", "mardi", "2025-04-08"),
])
def test_french_classes(body: str, text: str, value: str) -> None:
    assert values(body)[text] == value


def test_a_bare_weekday_is_one_day() -> None:
    assert values("Le musée est fermé lundi.")["lundi"] in ("2025-04-07", "2025-04-14")


def test_an_age_is_no_duration() -> None:
    assert "37 ans" not in values("Un électricien de 37 ans, témoin, a parlé.")


@pytest.mark.parametrize(("body", "text", "value"), [
    # "le 3/4", "du 3/4 au 5/4": a day and a month in digits after an article of a date.
    ("Il est parti le 3/4.", "3/4", "2025-04-03"),
    ("Il partira le 12/05 au soir.", "12/05", "2025-05-12"),
])
def test_day_and_month_in_digits(body: str, text: str, value: str) -> None:
    assert values(body)[text] == value


@pytest.mark.parametrize("body", ["Il a mangé les 3/4 du gâteau.", "Il a couru le 3/4 de la course.",
                                  "Il a gagné le 3/4,5."])
def test_a_fraction_is_no_date(body: str) -> None:
    assert values(body) == {}


@pytest.mark.parametrize(("body", "text", "value"), [
    # "plus d'", "près d'", "moins d'": the elided forms of the amount's modifiers.
    ("Il est parti il y a plus d'un an.", "il y a plus d'un an", "2024"),
    ("Il reviendra dans moins d'un mois.", "dans moins d'un mois", "2025-05"),
    ("Il a travaillé près d'un mois.", "près d'un mois", "P1M"),
])
def test_elided_modifiers(body: str, text: str, value: str) -> None:
    assert values(body)[text] == value


@pytest.mark.parametrize(("body", "text", "value"), [
    # A clock time in words after "à", "vers", "dès"; a distance in hours is no clock time.
    ("Il est parti à vingt heures.", "vingt heures", "2025-04-10T20:00"),
    ("Il est parti vers dix heures.", "dix heures", "2025-04-10T10:00"),
    ("Il est parti à huit heures de l'après-midi.", "huit heures de l'après-midi", "2025-04-10T20:00"),
    ("Il habite à deux heures de Paris.", "deux heures", "PT2H"),
    ("Il habite à 2 heures d'avion.", "2 heures", "PT2H"),
    # "au" before a unit with its cue; a unit "de" a month or a year is that month or year.
    ("Il partira au mois prochain.", "mois prochain", "2025-05"),
    ("Il partira au trimestre prochain.", "trimestre prochain", "2025-Q3"),
    ("Il partira à la fin du mois de juin.", "mois de juin", "2025-06"),
    ("Il partira à la fin du mois.", "la fin du mois", "2025-04"),
    # A season "de" a year is that year's.
    ("Il partira au printemps de l'an 2026.", "printemps de l'an 2026", "2026-SP"),
    ("Il partira au printemps de 2026.", "printemps de 2026", "2026-SP"),
])
def test_clock_words_units_and_seasons_of_a_year(body: str, text: str, value: str) -> None:
    assert values(body)[text] == value


@pytest.mark.parametrize(("body", "text", "value"), [
    # English "the night of April 3", "the evening of Monday": that day's part, as "la nuit du 4 août".
    ("He resigned on the night of April 3.", "the night of April 3", "2025-04-03TNI"),
    ("He resigned on the evening of Monday.", "the evening of Monday", "2025-04-07TEV"),
])
def test_english_part_of_a_date(body: str, text: str, value: str) -> None:
    assert values(body, "en")[text] == value


def test_a_named_night_is_no_time() -> None:
    assert values("The night of the long knives.", "en") == {}


@pytest.mark.parametrize(("body", "text", "value"), [
    # English "in the afternoon", "during the night": the part of the day last spoken of.
    ("The attack happened on Monday. In the afternoon, police arrived.", "afternoon", "2025-04-07TAF"),
    ("Police arrived in the morning.", "morning", "2025-04-10TMO"),
])
def test_english_part_of_the_day_spoken_of(body: str, text: str, value: str) -> None:
    assert values(body, "en")[text] == value


def test_english_part_of_a_named_day_is_one_expression() -> None:
    assert values("In the morning of Monday, he left.", "en") == {"the morning of Monday": "2025-04-07TMO"}


@pytest.mark.parametrize(("body", "value"), [
    # The past conditional of the press ("aurait été tué") tells a past event, never a future one.
    ("Il aurait été tué lundi par des rebelles.", "2025-04-07"),
    ("Il aurait pu signer lundi.", "2025-04-07"),
    ("Il serait arrivé lundi à Paris.", "2025-04-07"),
    # near misses: a passive conditional and the plain conditional look ahead
    ("Le texte serait signé lundi.", "2025-04-14"),
    ("Il pourrait signer lundi.", "2025-04-14"),
    ("Il aurait lundi une réunion.", "2025-04-14"),
])
def test_past_conditional(body: str, value: str) -> None:
    assert values(body)["lundi"] == value


@pytest.mark.parametrize(("lang", "body", "text", "value"), [
    # "a.m."/"p.m." keep their last point, and a point of an abbreviation ends no clause: the clock
    # time is on the day named after it, and the verb before it gives that day its side.
    ("en", "The minister spoke at 3 p.m. on Wednesday.", "3 p.m.", "2025-04-09T15:00"),
    ("en", "He arrived at 2 a.m. Friday.", "Friday", "2025-04-04"),
    ("en", "The bill was signed by Gov. Newsom on Friday.", "Friday", "2025-04-04"),
    ("fr", "Il a été reçu par M. Dupont mardi.", "mardi", "2025-04-08"),
    ("fr", "Il a été reçu mardi. M. Dupont partira lundi.", "lundi", "2025-04-14"),
])
def test_abbreviation_points(lang: str, body: str, text: str, value: str) -> None:
    assert values(body, lang)[text] == value


@pytest.mark.parametrize(("lang", "body", "text", "value"), [
    # English "Saturday night" is the night after Saturday's evening: its small hours are Sunday's.
    ("en", "On Saturday night, the party turned violent. Around 1 a.m., police moved in.", "1 a.m.",
     "2025-04-06T01:00"),
    ("en", "On Saturday night, the party turned violent. At 11 p.m., police moved in.", "11 p.m.",
     "2025-04-05T23:00"),
    ("fr", "Samedi soir, la fête a dégénéré. Vers 1 h, la police est intervenue.", "1 h", "2025-04-06T01:00"),
    # French "la nuit de samedi" may be either side of midnight: its clock times stay on Saturday.
    ("fr", "La nuit de samedi, la fête a dégénéré. Vers 1 h, la police est intervenue.", "1 h",
     "2025-04-05T01:00"),
])
def test_small_hours_after_a_named_night(lang: str, body: str, text: str, value: str) -> None:
    assert values(body, lang)[text] == value


@pytest.mark.parametrize(("body", "text", "value"), [
    # English writes a year with two digits after an apostrophe ("the class of '05").
    ("In '98 the team won the cup.", "'98", "1998"),
    ("The class of ’05 gathered in June.", "’05", "2005"),
    ("He was elected in March '98.", "March '98", "1998-03"),
])
def test_english_apostrophe_years(body: str, text: str, value: str) -> None:
    assert values(body, "en")[text] == value


@pytest.mark.parametrize("body", ["He is 5'10 and fast.", "He said 'no' twice."])
def test_no_apostrophe_year(body: str) -> None:
    assert values(body, "en") == {}


@pytest.mark.parametrize(("lang", "body", "expected"), [
    # A month's abbreviation is a month in a written date or with its point, not as a word.
    ("en", "Jan Kowalski, the mayor, resigned.", {}),
    ("en", "He was sworn in on Jan. 20.", {"Jan. 20": "2025-01-20"}),
    ("en", "The plant closed in Sept.", {"Sept": "2024-09"}),
    ("fr", "Il est parti en févr. 2024.", {"févr. 2024": "2024-02"}),
])
def test_month_abbreviations(lang: str, body: str, expected: dict[str, str]) -> None:
    assert values(body, lang) == expected


@pytest.mark.parametrize(("lang", "body", "text", "value"), [
    # Reference adverbials of the present, past and future (TimeML PRESENT_REF, PAST_REF, FUTURE_REF).
    ("en", "At the moment, talks are stalled.", "At the moment", "PRESENT_REF"),
    ("en", "Right now, nobody knows.", "Right now", "PRESENT_REF"),
    ("en", "Prices will fall in the near future.", "in the near future", "FUTURE_REF"),
    ("fr", "À ce jour, aucune piste n'est écartée.", "À ce jour", "PRESENT_REF"),
    ("fr", "À l'époque, il était ministre.", "À l'époque", "PAST_REF"),
    ("fr", "Le texte sera voté d'ici peu.", "d'ici peu", "FUTURE_REF"),
    ("fr", "Les prix baisseront dans un avenir proche.", "dans un avenir proche", "FUTURE_REF"),
    # Parts of the day named by the light.
    ("en", "Troops moved in at dawn.", "dawn", "2025-04-10TMO"),
    ("en", "Troops withdrew at dusk.", "dusk", "2025-04-10TEV"),
    ("fr", "Les troupes sont entrées au lever du jour.", "lever du jour", "2025-04-10TMO"),
    ("fr", "Les troupes sont reparties à la tombée de la nuit.", "la tombée de la nuit", "2025-04-10TEV"),
])
def test_references_and_light(lang: str, body: str, text: str, value: str) -> None:
    assert values(body, lang)[text] == value


@pytest.mark.parametrize("body", [
    # A person "de N ans" is an age, whatever noun names the person.
    "Une fillette de 8 ans est morte.", "Ce quadragénaire de 45 ans a été arrêté.",
    "Un policier de 32 ans a été blessé.", "Des lycéens de 16 ans ont manifesté.",
])
def test_more_ages(body: str) -> None:
    assert not any(v.startswith("P") for v in values(body).values())


def test_a_sentence_of_years_is_a_duration() -> None:
    assert values("Il a été condamné à une peine de 8 ans.")["8 ans"] == "P8Y"


@pytest.mark.parametrize(("lang", "body", "text", "value"), [
    # Centuries in digits and in English words, as "le XXe siècle" (TIMEX3 "19": the 1900s).
    ("en", "The city was founded in the 12th century.", "the 12th century", "11"),
    ("en", "It is a twenty-first century problem.", "twenty-first century", "20"),
    ("fr", "Au 19e siècle, la ville a grandi.", "19e siècle", "18"),
    # English "on Saturdays" is every Saturday; "on Saturday" one of them.
    ("en", "They protest on Saturdays.", "Saturdays", "XXXX-WXX-6"),
    ("en", "They protested on Saturday.", "Saturday", "2025-04-05"),
])
def test_centuries_and_plural_weekdays(lang: str, body: str, text: str, value: str) -> None:
    assert values(body, lang)[text] == value


@pytest.mark.parametrize(("body", "text", "value"), [
    # "avoir lieu" in the present: "lieu" is a noun, not a participle, and the weekday of the
    # expression is never the participle of "a" ("a lieu samedi").
    ("Le festival a lieu entre le 2 et le 5 mai.", "le 5 mai", "2025-05-05"),
    ("Le vote a lieu samedi.", "samedi", "2025-04-12"),
    ("Le vote a eu lieu samedi.", "samedi", "2025-04-05"),
    ("Le festival a eu lieu le 5 mai.", "le 5 mai", "2024-05-05"),
])
def test_avoir_lieu_is_a_present(body: str, text: str, value: str) -> None:
    assert values(body)[text] == value


@pytest.mark.parametrize(("body", "value"), [
    # English: a bare weekday in a present clause with no past form is a day to come ...
    ("The council meets Monday to decide.", "2025-04-14"),
    ("The trial opens Monday in Paris.", "2025-04-14"),
    ("He appears in court on Monday.", "2025-04-14"),
    ("Unions are calling for a strike on Monday.", "2025-04-14"),
    ("The president could announce his resignation on Monday.", "2025-04-14"),
    ("The company says it will cut jobs Monday.", "2025-04-14"),
    # ... but a past form anywhere in the sentence still governs it, and so do a past plan, the
    # past progressive and the verbs whose past is their present ("hit", "cut").
    ("Kirsty Coventry became the first woman to be elected president of the committee on Monday.",
     "2025-04-07"),
    ("He was expected in Paris on Monday.", "2025-04-07"),
    ("The president was due to travel to Berlin on Monday.", "2025-04-07"),
    ("He was meeting the prime minister Monday.", "2025-04-07"),
    ("The storm hit the coast on Monday.", "2025-04-07"),
    # A clause with no verb keeps the nearest day; plural nouns are no verbs.
    ("Protests in several cities on Monday.", "2025-04-07"),
])
def test_english_present_weekday(body: str, value: str) -> None:
    assert values(body, "en")["Monday"] == value


@pytest.mark.parametrize(("body", "value"), [
    # French: a pronominal verb in the present just before the weekday schedules it ...
    ("Le conseil se réunit lundi pour trancher.", "2025-04-14"),
    ("Le président se rend lundi à Berlin.", "2025-04-14"),
    ("Le procès s'ouvre lundi devant la cour d'assises.", "2025-04-14"),
    # ... and so does a passive in the present, not the passé composé of a verb taking "être".
    ("Il est attendu lundi à Paris.", "2025-04-14"),
    ("Le texte est examiné lundi au Sénat.", "2025-04-14"),
    ("Il est arrivé lundi à Paris.", "2025-04-07"),
    # ... and so does a plural verb in the present after its subject, not its imparfait.
    ("Les syndicats appellent à la grève lundi.", "2025-04-14"),
    ("Les négociations reprennent lundi.", "2025-04-14"),
    ("Les syndicats appelaient à la grève lundi.", "2025-04-07"),
    ("Les accidents survenus lundi ont fait trois morts.", "2025-04-07"),
    ("Lundi, le suspect est interpellé.", "2025-04-07"),
    # ... not its compound tenses, its imparfait, its past conditional, nor a plan told in the past;
    # the historical present with the weekday first keeps the nearest day.
    ("Le conseil s'est réuni lundi.", "2025-04-07"),
    ("Il se rendait lundi à Berlin.", "2025-04-07"),
    ("Il se serait rendu lundi à Berlin.", "2025-04-07"),
    ("Le président devait se rendre lundi à Berlin.", "2025-04-07"),
    ("Lundi, la police interpelle deux suspects.", "2025-04-07"),
    # The future of "-aître", "-ettre" verbs.
    ("Il comparaîtra lundi devant le tribunal.", "2025-04-14"),
    ("La loi permettra lundi de débloquer les fonds.", "2025-04-14"),
])
def test_french_pronominal_present_weekday(body: str, value: str) -> None:
    assert next(v for k, v in values(body).items() if k.lower() == "lundi") == value


@pytest.mark.parametrize(("body", "text", "value"), [
    ("He left a fortnight ago.", "a fortnight ago", "2025-W13"),
    ("The strike lasted a fortnight.", "a fortnight", "P2W"),
])
def test_fortnight(body: str, text: str, value: str) -> None:
    assert values(body, "en")[text] == value


@pytest.mark.parametrize(("lang", "body", "text", "value"), [
    # A season and a two-digit year, as a month and one ("en mai 98"); a count after it is no year.
    ("fr", "Depuis l'été 98, rien n'a changé.", "l'été 98", "1998-SU"),
    ("en", "In the summer of '98, he left.", "the summer of '98", "1998-SU"),
    ("fr", "L'été 30 personnes sont venues.", "L'été", "2024-SU"),
])
def test_season_with_two_digit_year(lang: str, body: str, text: str, value: str) -> None:
    assert values(body, lang)[text] == value


@pytest.mark.parametrize(("body", "expected"), [
    # English day-first ranges: the first day takes the month (and year) written after the second.
    ("The festival runs from 2 to 5 May.", {"2": "2025-05-02", "5 May": "2025-05-05"}),
    ("The festival ran between the 2nd and the 5th of May 2019.",
     {"2nd": "2019-05-02", "the 5th of May 2019": "2019-05-05"}),
    ("Scores rose from 2 to 5 points.", {}),
])
def test_english_day_first_range(body: str, expected: dict[str, str]) -> None:
    assert values(body, "en") == expected
