"""time@52 (issue 17): a day of a month told in the present of a day to come.

A day and month without a year governed by a present said before it (English: an agenda verb's
third person, `tense.schedule_verbs`) ("The trial begins on January 10",
"Le procès s'ouvre le 10 décembre") is a day to come, as a bare weekday in the same clause already was
(time@37): the next such day, not the nearest (January 10 told in April is gone; December 10 is more than
half a year ahead, so the nearest was last December).  Articles are published on Tuesday 2 April 2024.
"""

from __future__ import annotations

import pytest

from conftest import timex_values

PUBLISHED = "2024-04-02"


@pytest.mark.parametrize(("lang", "body", "text", "expected"), [
    # fail on time@51: the nearest such day (2024-01-10, 2023-12-10, 2023-11-05)
    ("en", "The trial begins on January 10.", "January 10", "2025-01-10"),
    ("en", "The trial begins on December 10.", "December 10", "2024-12-10"),
    ("en", "Voting ends on November 5.", "November 5", "2024-11-05"),
    ("en", "He faces trial on January 10.", "January 10", "2025-01-10"),
    ("en", "She returns to court on January 10.", "January 10", "2025-01-10"),
    # the plain present after a plural subject
    ("en", "They return to court on January 10.", "January 10", "2025-01-10"),
    ("en", "Applications close on January 31.", "January 31", "2025-01-31"),
    ("en", "Classes resume on January 10.", "January 10", "2025-01-10"),
    ("fr", "Le procès s'ouvre le 10 décembre.", "le 10 décembre", "2024-12-10"),
    ("fr", "Les syndicats appellent à la grève le 10 janvier.", "le 10 janvier", "2025-01-10"),
    ("fr", "Le texte est examiné le 10 janvier par les députés.", "le 10 janvier", "2025-01-10"),
])
def test_month_day_in_a_present_of_a_day_to_come(lang: str, body: str, text: str, expected: str) -> None:
    assert timex_values(body, lang, PUBLISHED).get(text) == expected


@pytest.mark.parametrize(("lang", "body", "text", "expected"), [
    # near misses, as time@51 read them: a past; a past form further on governing the day; "is" and a
    # participle; a past after a present of saying; a relative past; the historical present of a
    # narrative, the date before its verb; a day a few days gone (the tense moves a day only when it is
    # more than a week on the wrong side); "né", a verb of "être" in the passé composé
    ("en", "The trial began on December 10.", "December 10", "2023-12-10"),
    ("en", "The study shows that infections peaked on January 10.", "January 10", "2024-01-10"),
    ("en", "He is accused of killing his wife on January 10.", "January 10", "2024-01-10"),
    ("en", "The company says it cut 500 jobs on January 10.", "January 10", "2024-01-10"),
    ("en", "The rule, which took effect on December 1, applies to all firms.", "December 1", "2023-12-01"),
    ("en", "Data released on December 10 shows prices rising.", "December 10", "2023-12-10"),
    ("en", "On January 10, he resigns.", "January 10", "2024-01-10"),
    # a plural noun in "-s" before the day is no present (an agenda verb's homograph after a
    # determiner neither), and "is" with a participle tells no day to come
    ("en", "The reopening of the two airports on October 12 and the resumption of flights have been seen as "
     "major developments.", "October 12", "2023-10-12"),
    ("en", "The tax returns on January 15 were late.", "January 15", "2024-01-15"),
    ("en", "The report is dated January 10.", "January 10", "2024-01-10"),
    # a plain form that is a noun after a determiner or a possessive, a past of a plural subject
    ("en", "The satellite's launch on January 10 was a success.", "January 10", "2024-01-10"),
    ("en", "His return on January 10 surprised many.", "January 10", "2024-01-10"),
    ("en", "They returned to court on January 10.", "January 10", "2024-01-10"),
    ("en", "Classes resumed on January 10.", "January 10", "2024-01-10"),
    ("en", "The exhibition opens on March 28.", "March 28", "2024-03-28"),
    ("fr", "Le 10 décembre, il entre au gouvernement.", "Le 10 décembre", "2023-12-10"),
    ("fr", "Il est né le 10 décembre.", "le 10 décembre", "2023-12-10"),
    ("fr", "Le procès s'est ouvert le 10 décembre.", "le 10 décembre", "2023-12-10"),
])
def test_month_day_near_misses(lang: str, body: str, text: str, expected: str) -> None:
    assert timex_values(body, lang, PUBLISHED).get(text) == expected
