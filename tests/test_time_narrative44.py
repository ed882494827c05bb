"""time@44 (issue 17): the narrative's reference time, not the article's date.

A count in months told after the text named a month ("arrêté en mars 2019 ... le mois suivant", "in
March 2019 ... a month later") starts from that month, as a count in years starts from the year last
named and a count in days from the day last named (TimeML's reference time moves with the dates of a
narrative).  English says the narrative's next or same day with a determiner before a part of the day
("the next morning", "that evening") or alone ("the day after.", "that day").  The article is
published on Monday 11 March 2024 in every test; each class has a near miss.
"""

from __future__ import annotations

import pytest

from conftest import timex_values

PUBLISHED = "2024-03-11"


@pytest.mark.parametrize(("lang", "body", "text", "expected"), [
    # fail on time@43: the month after (or before) the article's month, 2024-04 / 2024-02
    ("fr", "Il a été arrêté en mars 2019. Le mois suivant, il a été libéré.", "Le mois suivant", "2019-04"),
    ("en", "He was arrested in March 2019. The following month, he was released.", "following month",
     "2019-04"),
    ("fr", "Le groupe a été fondé en juin 2015. Trois mois plus tard, il a levé des fonds.", "Trois mois plus tard",
     "2015-09"),
    ("en", "The plant closed in October 2020. A month later, the town sued.", "A month later", "2020-11"),
    ("fr", "La loi a été votée en juillet 2021. Le mois précédent, le Sénat l'avait rejetée.", "Le mois précédent",
     "2021-06"),
    # a month named after a day moves the reference time: the month, not the day's month
    ("fr", "Le 3 janvier 2019, il a été arrêté. En juin, il a été jugé. Le mois suivant, il a fait appel.",
     "Le mois suivant", "2019-07"),
])
def test_a_count_in_months_starts_from_the_month_last_named(lang: str, body: str, text: str, expected: str) -> None:
    assert timex_values(body, lang, PUBLISHED).get(text) == expected


@pytest.mark.parametrize(("lang", "body", "text", "expected"), [
    # near misses: no month named before the count, the article's month; a deictic month ("le mois
    # prochain", "next month") is the article's, whatever the text named; a day named after the month
    # is what a count in months starts from again
    ("fr", "Le mois suivant, les prix ont encore monté.", "Le mois suivant", "2024-04"),
    ("fr", "Il a été arrêté en mars 2019. Le mois prochain, il sera jugé.", "Le mois prochain", "2024-04"),
    ("en", "He was arrested in March 2019. He will be tried next month.", "next month", "2024-04"),
    ("fr", "Il a été arrêté en mars 2019. Le 20 août 2020, il a été jugé. Le mois suivant, il a fait appel.",
     "Le mois suivant", "2020-09"),
])
def test_a_count_in_months_near_misses(lang: str, body: str, text: str, expected: str) -> None:
    assert timex_values(body, lang, PUBLISHED).get(text) == expected


@pytest.mark.parametrize(("body", "text", "expected"), [
    # fail on time@43: untagged
    ("He was arrested on March 3, 2019. The next morning, he was released.", "The next morning", "2019-03-04TMO"),
    ("He was arrested on March 3, 2019. That evening, he was released.", "That evening", "2019-03-03TEV"),
    ("He was arrested on March 3, 2019. He was released the following night.", "the following night",
     "2019-03-04TNI"),
    ("He was arrested on March 3, 2019. That day, his lawyer spoke to reporters.", "That day", "2019-03-03"),
    ("The vote is set for Sunday, March 17. The day after, results will be announced.", "The day after",
     "2024-03-18"),
    ("The storm hit on Friday. The previous night, residents had been warned.", "The previous night",
     "2024-03-07TNI"),
])
def test_english_anaphoric_days_with_a_determiner(body: str, text: str, expected: str) -> None:
    assert timex_values(body, "en", PUBLISHED).get(text) == expected


@pytest.mark.parametrize(("body", "text"), [
    # near misses: "the day after" an event is placed by that event, not by the last date; a day-to-day
    # routine, a nightclub, "the next" alone are no days
    ("He was arrested on March 3, 2019. The day after the election, he fled.", "The day after"),
    ("He was arrested on March 3, 2019. His day-to-day work stopped.", "day-to-day"),
    ("Police closed that nightclub on March 3, 2019.", "that night"),
    ("He was arrested on March 3, 2019. The next hearing is due soon.", "The next"),
])
def test_english_anaphoric_days_near_misses(body: str, text: str) -> None:
    got = timex_values(body, "en", PUBLISHED)
    assert not [k for k in got if k.lower().startswith(text.lower())]


def test_the_day_after_tomorrow_stays_two_days_ahead() -> None:
    assert timex_values("The court will rule the day after tomorrow.", "en", PUBLISHED).get(
        "day after tomorrow") == "2024-03-13"


def test_the_same_night_of_a_relative_clause_is_no_anaphoric_day() -> None:
    # "the same night the players were honoured": the night is the clause's, not the last date's
    body = "They were cleared on July 24, 2025, after an encounter in a hotel room, the same night the players were honoured."
    assert "the same night" not in timex_values(body, "en", PUBLISHED)


@pytest.mark.parametrize(("lang", "body", "text", "expected"), [
    # fail on time@43: this year's 5 March, near the article's date (and its next day)
    ("fr", "Il a été arrêté le 3 mars 2019. Le 5 mars, il a été mis en examen. Le lendemain, il a été libéré.",
     "Le 5 mars", "2019-03-05"),
    ("fr", "Il a été arrêté le 3 mars 2019. Le 5 mars, il a été mis en examen. Le lendemain, il a été libéré.",
     "Le lendemain", "2019-03-06"),
    ("en", "He was arrested on Feb. 20, 2019. On March 5, he was charged.", "March 5", "2019-03-05"),
    # near misses: a future is the article's side; a year said alone sets no day to go on from; a day
    # before the dated one is no continuation
    ("fr", "Il a été condamné le 3 mars 2019. Son appel sera jugé le 5 mars.", "le 5 mars", "2024-03-05"),
    ("fr", "En 2019, il a été arrêté. Le 5 mars, il a été libéré.", "Le 5 mars", "2024-03-05"),
    ("en", "He was arrested on March 3, 2019. On March 1, his lawyer filed an appeal.", "March 1", "2024-03-01"),
])
def test_a_yearless_day_goes_on_in_the_year_the_narrative_dated(lang: str, body: str, text: str,
                                                               expected: str) -> None:
    assert timex_values(body, lang, PUBLISHED).get(text) == expected



WEDNESDAY = "2024-03-13"


@pytest.mark.parametrize(("lang", "body", "text", "expected"), [
    # fail on time@43: the Friday gone (2024-03-08), the 1 January gone (2024-01-01)
    ("fr", "L'audience a été reportée à vendredi.", "vendredi", "2024-03-15"),
    ("en", "The law takes effect on Jan. 1.", "Jan. 1", "2025-01-01"),
    ("fr", "La hausse des tarifs est prévue le 1er janvier.", "le 1er janvier", "2025-01-01"),
    # near misses: a past with no word of scheduling is behind; a past of taking effect is the day gone;
    # a day with no tense and no scheduling is the nearest
    ("fr", "L'audience s'est tenue vendredi.", "vendredi", "2024-03-08"),
    ("en", "The law took effect on Jan. 1.", "Jan. 1", "2024-01-01"),
    ("fr", "Le 1er janvier, un nouveau tarif.", "Le 1er janvier", "2024-01-01"),
])
def test_a_day_the_clause_schedules(lang: str, body: str, text: str, expected: str) -> None:
    assert timex_values(body, lang, WEDNESDAY).get(text) == expected


def test_a_plan_told_in_the_past_keeps_its_weekday_behind() -> None:
    # near miss of the postponement: "was scheduled for Monday, but ..." told on a Friday is the Monday gone
    body = "Final council adoption was scheduled for Monday, but new amendments led the council to wait."
    assert timex_values(body, "en", "2013-08-23").get("Monday") == "2013-08-19"


@pytest.mark.parametrize(("lang", "body", "published", "text", "expected"), [
    # fail on time@43: the day counted from a wrong article date (2014-02-14TEV, 2014-02-14)
    ("fr", "Cavanna est mort hier soir, 29 janvier 2014, à l'hôpital.", "2014-02-15", "hier soir", "2014-01-29TEV"),
    ("en", "He died yesterday, Jan. 29, 2014, in Paris.", "2014-02-15", "yesterday", "2014-01-29"),
    # the same with the right article date: nothing to change
    ("fr", "Cavanna est mort hier soir, 29 janvier 2014, à l'hôpital.", "2014-01-30", "hier soir", "2014-01-29TEV"),
    # near misses: a date that is the subject of what follows is no apposition; a day word not counted
    # from today is left alone
    ("en", "Yesterday, March 3 was declared a national holiday.", "2014-02-15", "Yesterday", "2014-02-14"),
    ("fr", "La veille, 29 janvier 2014, il avait écrit.", "2014-02-15", "29 janvier 2014", "2014-01-29"),
])
def test_a_day_counted_from_today_restated_by_its_date(lang: str, body: str, published: str, text: str,
                                                       expected: str) -> None:
    assert timex_values(body, lang, published).get(text) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # fail on time@43: against an estimated date (a story's, the text's latest) the nearest Wednesday, the one gone
    ("Her body will lie in state for four days starting Wednesday.", "2022-09-14"),
    ("The museum will reopen on Wednesday.", "2022-09-14"),
    # near miss: a past against an estimate is still the nearest day (the article may be days later)
    ("The museum closed on Monday.", "2022-09-12"),
])
def test_a_future_weekday_against_an_estimated_date_is_ahead(body: str, expected: str) -> None:
    from datetime import date

    from veille.stages.time.tagger import tag

    timexes, _ = tag(body, "en", date(2022, 9, 10), date(2026, 12, 1), intervals=False, approximate=True)
    assert [t.value for t in timexes if t.text in ("Wednesday", "Monday")] == [expected]
