"""time@42 (issue 17): two readings of the language the tagger got wrong, each written from the language.

A French noun in "-ée" after a determiner ("chaque année", "la journée", "cette soirée") is no past
participle, and a determiner after "a" ("a lieu chaque année") is no participle either: neither tells a
past, so a habitual frame ("se tient chaque année le premier samedi de mars") stays a rule of every
year and a month's day in the present is not put a year back.  English news writes the 12-hour clock
and drops "p.m." once it has said it: a bare "6:22" after "5:49 p.m." in the same paragraph is the
evening's; and "10:15 in the morning", "8:30 in the evening", "2 in the afternoon", "11 o'clock at night"
say their half of the day.  A French clock time keeps the fraction of the hour said after it ("8 heures et
demie", "10 heures moins le quart", "midi et demi").
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import parsed_timex_values, timex_values


@pytest.mark.parametrize(("body", "published", "expected"), [
    # fail on time@41: 2024-03-02 / 2023-03-04 (the "-ée" of "année" read as a participle: a past)
    ("Le marché se tient chaque année le premier samedi de mars.", "2024-06-10",
     {"le premier samedi de mars": "XXXX-03"}),
    ("La fête se déroule chaque année le dernier dimanche de juin sur le port.", "2024-02-10",
     {"le dernier dimanche de juin": "XXXX-06"}),
    # fail on time@41: 2023-07-14 ("a lieu chaque": the determiner read as the participle of "a")
    ("Le festival a lieu chaque année le 14 juillet.", "2024-06-10", {"le 14 juillet": "2024-07-14"}),
    ("Le défilé passe par la place de l'entrée le 14 juillet.", "2024-06-10", {"le 14 juillet": "2024-07-14"}),
    # near misses: a participle or a compound past still tells a past
    ("Le festival a eu lieu le 14 juillet.", "2024-06-10", {"le 14 juillet": "2023-07-14"}),
    ("La réforme annoncée le 14 juillet fait débat.", "2024-06-10", {"le 14 juillet": "2023-07-14"}),
])
def test_a_french_noun_in_ee_after_a_determiner_tells_no_past(ctx: Any, body: str, published: str,
                                                               expected: dict[str, str]) -> None:
    got = parsed_timex_values(ctx, body, published)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(("body", "expected"), [
    # fails on time@41: T06:22 (the bare clock read as the morning's)
    ("By the time the resident arrived, at 5:49 p.m., the package was missing. The camera showed a person "
     "at 3:46 p.m. At 6:22, he posted the clip.", {"5:49 p.m.": "2015-08-10T17:49", "6:22": "2015-08-10T18:22"}),
    ("The meeting ended at noon; lunch was served at 1:15.", {"1:15": "2015-08-10T13:15"}),
    # near misses: an earlier hour than the p.m. one crosses midnight; after "a.m." the digits stand
    ("The shift began at 11 p.m. and ended at 6:30, when the day crew arrived.", {"6:30": "2015-08-10T06:30"}),
    ("Doors open at 9:30 a.m. and the first talk starts at 10:15.", {"10:15": "2015-08-10T10:15"}),
    ("The train left at 06:22 and arrived at 5 p.m.", {"06:22": "2015-08-10T06:22"}),
    # fail on time@41: the half of the day said after the clock ("morning"/"evening" apart)
    ("Officers arrived at 10:15 in the morning and left at 8:30 in the evening.",
     {"10:15 in the morning": "2015-08-10T10:15", "8:30 in the evening": "2015-08-10T20:30"}),
    # fail on time@42's first commit: a bare hour with its half of the day was untagged (only "evening")
    ("The vote is at 2 in the afternoon, the bar stays open until 11 o'clock at night.",
     {"2 in the afternoon": "2015-08-10T14:00", "11 o'clock at night": "2015-08-10T23:00"}),
    # near miss: a number with no preposition before it is no clock ("killed 3 in the evening attack")
    ("Rebels killed 3 in the evening attack on the town.", {"3 in the evening": None}),
])
def test_an_english_bare_clock_time_keeps_the_half_of_the_day_said_before(body: str,
                                                                          expected: dict[str, str | None]) -> None:
    got = timex_values(body, "en", "2015-08-10")
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(("body", "lang", "expected"), [
    # held on time@41 already: the 12-hour clock with its half of the day, and noon and midnight
    ("The police said the shooting happened at 5:49 p.m. and the store closed at 9PM.", "en",
     {"5:49 p.m.": "2015-08-10T17:49", "9PM": "2015-08-10T21:00"}),
    ("It was 12:30 a.m. when the alarm rang, and noon when it stopped.", "en",
     {"12:30 a.m.": "2015-08-10T00:30", "noon": "2015-08-10T12:00"}),
    ("Les pompiers sont intervenus à 5 h du matin puis à 17h49, et encore à 9 h du soir.", "fr",
     {"5 h du matin": "2015-08-10T05:00", "17h49": "2015-08-10T17:49", "9 h du soir": "2015-08-10T21:00"}),
])
def test_the_twelve_hour_clock_in_both_languages(body: str, lang: str, expected: dict[str, str]) -> None:
    got = timex_values(body, lang, "2015-08-10")
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(("body", "expected"), [
    # fail on time@42's first commits: a DURATION PT8H30M, T09:00, T10:00, T12:00 (the fraction of the hour lost)
    ("Il est parti à 8 heures et demie, puis à 9 heures et quart et à 10 heures moins le quart.",
     {"8 heures et demie": "2015-08-10T08:30", "9 heures et quart": "2015-08-10T09:15",
      "10 heures moins le quart": "2015-08-10T09:45"}),
    ("Le rendez-vous est à midi et demi, le bal finit à minuit moins le quart.",
     {"midi et demi": "2015-08-10T12:30", "minuit moins le quart": "2015-08-10T23:45"}),
    # near miss: a length of time is no clock reading
    ("La réunion a duré 8 heures et demie.", {"8 heures et demie": "PT8H30M"}),
])
def test_a_french_clock_time_keeps_its_fraction_of_the_hour(body: str, expected: dict[str, str]) -> None:
    got = timex_values(body, "fr", "2015-08-10")
    assert {k: got.get(k) for k in expected} == expected
