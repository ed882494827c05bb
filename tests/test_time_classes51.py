"""time@51 (issue 17): four forms of the language, from invented sentences.

A French "le 25" with no date before it that its verb places ahead ("Le procès s'ouvrira le 25") is
the next 25th; a bare weekday told in the past right after a day stated with its weekday in another
year is that day's week; a weekend named by one of its days ("le week-end du 5 août") is that
weekend; this/next/last week or month said on a day the sentence states (reported speech) count from
that day. Articles are published on Tuesday 2 April 2024 unless said otherwise.
"""

from __future__ import annotations

import pytest

from conftest import timex_values

PUBLISHED = "2024-04-02"


@pytest.mark.parametrize(("body", "text", "expected"), [
    # fail on time@50: untagged (a bare "le 25" needed a day and month before it in its paragraph)
    ("Le procès s'ouvrira le 25.", "25", "2024-04-25"),
    ("La réunion aura lieu le 25, a annoncé le maire.", "25", "2024-04-25"),
    ("Le verdict sera rendu le 25.", "25", "2024-04-25"),
    ("Le conseil se réunira le 3.", "3", "2024-04-03"),
    ("Le conseil doit se réunir le 25.", "25", "2024-04-25"),
    ("La finale doit avoir lieu le 25.", "25", "2024-04-25"),
    ("Le vote est prévu le 25 et le 26.", "26", "2024-04-26"),
    ("Le jugement doit être rendu le 25 à 14 heures.", "25", "2024-04-25"),
    # the next such day: the 1st told on 2 April is May's
    ("La grève reprendra le 1, selon les syndicats.", "1", "2024-05-01"),
])
def test_le_25_placed_ahead_by_its_verb(body: str, text: str, expected: str) -> None:
    assert timex_values(body, "fr", PUBLISHED).get(text) == expected


@pytest.mark.parametrize("body", [
    # near misses: a past, a noun or an object before "le N", a number of something
    "Le verdict a été rendu le 25.",
    "Il est arrivé le 25.",
    "Il a pris le 25.",
    "Les voyageurs prendront le 25 pour aller à la gare.",
    "Le 25 est passé devant la mairie.",
    "Il affrontera le 25e mondial.",
])
def test_le_25_left_alone(body: str) -> None:
    values = timex_values(body, "fr", PUBLISHED)
    assert not any(text.strip().isdigit() for text in values), values


@pytest.mark.parametrize(("body", "expected"), [
    # fails on time@50: the 25th nearest 3 March, 25 February, for a day said to come after it
    ("Le 3 mars, les syndicats ont manifesté. Ils reviendront le 25.", "2024-03-25"),
    # near miss: the nearest is already ahead
    ("Le 28 mars, le syndicat a annoncé une grève qui aura lieu le 3.", "2024-04-03"),
])
def test_le_25_placed_ahead_after_a_date(body: str, expected: str) -> None:
    assert timex_values(body, "fr", PUBLISHED).get("25" if "25" in body else "3") == expected


def test_le_25_after_a_date_unchanged() -> None:
    # the paragraph's month, nearest its date, as before (time@50 read it so)
    body = "Le 20 mars, les syndicats ont manifesté, puis à nouveau le 25."
    assert timex_values(body, "fr", PUBLISHED).get("25") == "2024-03-25"


@pytest.mark.parametrize(("lang", "body", "text", "expected"), [
    # fail on time@50: the article's last Saturday (2024-03-30)
    ("en", "The shooting happened on Friday, March 15, 2019. On Saturday, police arrested a suspect.",
     "Saturday", "2019-03-16"),
    ("fr", "La fusillade a eu lieu le vendredi 15 mars 2019. Samedi, la police a arrêté un suspect.",
     "Samedi", "2019-03-16"),
    ("en", "The flood hit on Friday, December 29, 2023. On Saturday, crews cleared the roads.",
     "Saturday", "2023-12-30"),
    # near misses: the article's year (the news the background led to), a sentence between, another
    # paragraph, no weekday with the date, two days on, a future: the tense decides, as before
    ("en", "He was convicted on Friday, March 15. On Saturday, he was released.", "Saturday", "2024-03-30"),
    ("en", "The shooting happened on Friday, March 15, 2019. The family spoke to reporters. On Saturday, "
     "police arrested a suspect.", "Saturday", "2024-03-30"),
    ("en", "The shooting happened on Friday, March 15, 2019.\n\nOn Saturday, police arrested a suspect.",
     "Saturday", "2024-03-30"),
    ("en", "The shooting happened on March 15, 2019. On Saturday, police arrested a suspect.",
     "Saturday", "2024-03-30"),
    ("en", "The shooting happened on Friday, March 15, 2019. On Sunday, police arrested a suspect.",
     "Sunday", "2024-03-31"),
    ("en", "The shooting happened on Friday, March 15, 2019. On Saturday, police will hold a vigil.",
     "Saturday", "2024-04-06"),
])
def test_past_weekday_after_a_day_of_another_year(lang: str, body: str, text: str, expected: str) -> None:
    assert timex_values(body, lang, PUBLISHED).get(text) == expected


@pytest.mark.parametrize(("lang", "body", "expected"), [
    # fail on time@50: the day alone (2023-08-05), and "the weekend" as the article's
    ("fr", "Les hostilités reprendront le week-end du 5 août 2023.",
     {"week-end du 5 août 2023": "2023-08-05/2023-08-06"}),
    ("fr", "Le festival aura lieu le week-end du 6 août.", {"week-end du 6 août": "2023-08-05/2023-08-06"}),
    ("fr", "Le festival aura lieu le week-end du vendredi 4 août.",
     {"week-end du vendredi 4 août": "2023-08-05/2023-08-06"}),
    ("en", "The festival takes place the weekend of August 5.", {"weekend of August 5": "2023-08-05/2023-08-06"}),
    # near misses: the days written out stay as written (no weekend of the article's); a Thursday
    # names no weekend
    ("en", "The festival takes place on the weekend of Aug. 5-6.", {"Aug. 5-6": "2023-08-05/2023-08-06"}),
    ("fr", "Le festival aura lieu le week-end du 3 août.", {"3 août": "2023-08-03"}),
])
def test_weekend_of_a_day(lang: str, body: str, expected: dict[str, str]) -> None:
    assert timex_values(body, lang, "2023-06-14") == expected


@pytest.mark.parametrize(("lang", "body", "text", "expected"), [
    # fail on time@50: counted from the article's date (2024-W15, 2024-W13, 2024-04)
    ("en", "On March 7, the minister said the vote would take place next week.", "next week", "2024-W11"),
    ("fr", "Le 7 mars, le ministre a déclaré que le vote aurait lieu la semaine prochaine.",
     "la semaine prochaine", "2024-W11"),
    ("en", "On March 7, the minister said the bill had been approved last week.", "last week", "2024-W09"),
    ("en", "In a statement on March 7, the company said it would close the plant this month.", "this month",
     "2024-03"),
    ("fr", "Le 7 mars, l'entreprise a annoncé qu'elle fermerait l'usine ce mois-ci.", "ce mois-ci", "2024-03"),
    # near misses: no verb of saying between, a day within the week, another sentence
    ("en", "He was elected on Feb. 3 and resigned last week.", "last week", "2024-W13"),
    ("en", "On March 30, the minister said the vote would take place next week.", "next week", "2024-W15"),
    ("fr", "Le 7 mars, il a été élu. La semaine prochaine, il prendra ses fonctions.", "La semaine prochaine",
     "2024-W15"),
    ("en", "The minister said Monday that the vote would take place next week.", "next week", "2024-W15"),
    # near misses: a day of a relative clause or apposition before the verb of saying (a weekday too:
    # time@50 counted "Monday" from 1990); a dateline's day still frames what was said
    ("en", "MINSK (Sputnik - 23rd November, 2020) Minsk will slap sanctions on officials, the minister said "
     "on Sunday.", "Sunday", "2020-11-22"),
    ("en", "The company, which was founded on March 7, 1990, said this week it would cut jobs.", "this week",
     "2024-W14"),
    ("en", "The company, which was founded on March 7, 1990, said on Monday it would cut jobs.", "Monday",
     "2024-04-01"),
    ("fr", "L'entreprise, fondée le 7 mars 1990, a annoncé cette semaine des suppressions de postes.",
     "cette semaine", "2024-W14"),
    ("en", "Smith, who was born on May 3, 1950, said he would retire next year.", "next year", "2025"),
    ("en", "On March 3, police said the man was arrested on Saturday.", "Saturday", "2024-03-02"),
])
def test_units_in_reported_speech(lang: str, body: str, text: str, expected: str) -> None:
    assert timex_values(body, lang, PUBLISHED).get(text) == expected
