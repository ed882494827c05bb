"""time@46 (issue 17): what a timex's value takes from the clause around it and its tense.

A non-finite clause (a gerund after "before"/"after", a French infinitive after "avant de", a gerund "en
…ant") has no tense of its own: a weekday in it lies on the side the clause it hangs on says, however far
that clause's verb stands.  And English writes a part of the day before a date whose day comes first ("the
afternoon of Monday 12th September"), one TIMEX3 as "the afternoon of September 12" is.  A same-day reference
("that day", "plus tôt dans la journée") told in the past is on no day after the article's, whatever day the
narrative named last.  Every article is
published on Saturday 10 September 2022: a bare Wednesday is the 7th behind, the 14th ahead.
"""

from __future__ import annotations

import pytest

from conftest import timex_values

PUBLISHED = "2022-09-10"


@pytest.mark.parametrize(("lang", "body", "text", "expected"), [
    # fail on time@44: no verb within reach of the weekday, the nearest Wednesday (the 7th)
    ("en", "The coffin will then be taken by air to Buckingham Palace in London, before lying in state at "
           "Westminster Hall from Wednesday.", "Wednesday", "2022-09-14"),
    ("en", "The delegation will fly to the capital of the country with the members of the cabinet, after "
           "visiting Berlin on Wednesday.", "Wednesday", "2022-09-14"),
    ("fr", "Le président se rendra à Berlin avec les membres du gouvernement et plusieurs chefs d'entreprise, "
           "avant de rejoindre Varsovie mercredi.", "mercredi", "2022-09-14"),
    ("fr", "Le blessé sera soigné sur place par les secours de la commune et des villages voisins, avant "
           "d'être transféré mercredi.", "mercredi", "2022-09-14"),
    # near misses: the clause it hangs on tells a past, the Wednesday behind
    ("en", "The minister was taken to the hospital in the capital city of the country, before dying there on "
           "Wednesday.", "Wednesday", "2022-09-07"),
    ("fr", "Le président s'est rendu à Berlin avec les membres du gouvernement et plusieurs chefs "
           "d'entreprise, avant de rejoindre Varsovie mercredi.", "mercredi", "2022-09-07"),
    ("fr", "Le blessé a été soigné sur place par les secours de la commune et des villages voisins, avant "
           "d'être transféré mercredi.", "mercredi", "2022-09-07"),
])
def test_a_nonfinite_clause_takes_the_tense_it_hangs_on(lang: str, body: str, text: str, expected: str) -> None:
    assert timex_values(body, lang, PUBLISHED).get(text) == expected


def test_a_clause_mark_ends_the_nonfinite_clause() -> None:
    # a near miss: the weekday stands in its own finite clause after the comma ("opened"), a past
    body = "He will speak after visiting the plant, which the company opened on Wednesday."
    assert timex_values(body, "en", PUBLISHED).get("Wednesday") == "2022-09-07"


@pytest.mark.parametrize(("body", "text", "expected"), [
    # fail on time@44: the month alone ("September", 2022-09), the part of the day lost
    ("The coffin will rest there until the afternoon of Monday 12th September.",
     "the afternoon of Monday 12th September", "2022-09-12TAF"),
    ("On the morning of 13 September, the coffin will travel.", "the morning of 13 September", "2022-09-13TMO"),
    ("The fire started on the night of the 4th of July 2021.", "the night of the 4th of July 2021", "2021-07-04TNI"),
    # the order time@44 already read, unchanged
    ("The coffin will arrive on the evening of September 12.", "the evening of September 12", "2022-09-12TEV"),
])
def test_a_part_of_the_day_before_a_day_and_month(body: str, text: str, expected: str) -> None:
    assert timex_values(body, "en", PUBLISHED).get(text) == expected


def test_a_part_of_a_day_that_is_no_date_is_left() -> None:
    # a near miss: "the morning of his 12th birthday" names no calendar day
    assert timex_values("He spent the morning of his 12th birthday at home.", "en", PUBLISHED) == {}


@pytest.mark.parametrize(("lang", "body", "text", "expected"), [
    # fail on time@44: the narrative's last day, Sunday the 11th, after the article's Saturday
    ("fr", "La dépouille sera exposée jusqu'à dimanche. Plus tôt dans la journée, la famille avait précisé que "
           "l'hommage serait privé.", "Plus tôt dans la journée", "2022-09-10"),
    ("en", "The body will lie in state until Sunday. Earlier in the day, the family had said the funeral would be "
           "private.", "Earlier in the day", "2022-09-10"),
    # near misses: told in the future, the Sunday is the day; a past narrative's day is before the article's
    ("en", "The body will lie in state until Sunday. That day, the family will hold a vigil.", "That day",
     "2022-09-11"),
    ("en", "He was arrested on Wednesday. That day, police had searched his home.", "That day", "2022-09-07"),
    ("fr", "Il a été hospitalisé mercredi. Plus tôt dans la journée, la famille avait précisé que l'hommage serait "
           "privé.", "Plus tôt dans la journée", "2022-09-07"),
])
def test_a_same_day_reference_keeps_to_its_tense_side(lang: str, body: str, text: str, expected: str) -> None:
    assert timex_values(body, lang, PUBLISHED).get(text) == expected


def test_a_future_same_day_reference_stays_on_the_narrative_day() -> None:
    # a near miss: a speaker quoted on the night the narrative named speaks of that night, though the
    # clause is future and the night is before the article's day
    body = "The results came late on Thursday night. “Tonight we will come together as one country,” he said."
    assert timex_values(body, "en", PUBLISHED).get("Tonight") == "2022-09-08TNI"


def test_a_bare_clock_time_stays_on_the_narrative_day() -> None:
    # a near miss: a clock time with no word of its own day keeps the last day named, whatever the
    # cue words say of its clause (a store's hours: "open on Christmas Eve (until 6 p.m.) and closed")
    body = "The store will be open until Sunday. The vigil started at 8 p.m."
    assert timex_values(body, "en", PUBLISHED).get("8 p.m.") == "2022-09-11T20:00"
