"""time@20: seven classes of issue 17 that invented French and English sentences showed failing.

- A month stated with its year after "en"/"in" ("En mai 2021, le musée a rouvert. En octobre, il
  a fermé") sets the passage's year as a bare year does: the October is 2021's, not the article's
  last October.  A month-year used as a modifier ("the May 2021 vote") frames nothing.
- Midnight said from after it ("samedi peu après minuit", "shortly after midnight on Sunday") is
  the start of the day it names (T00:00), not its end (T24:00, TimeML's midnight of that day);
  told in the future it is the coming midnight.
- The French futures of the verbs in -evoir, -ivre, -aincre, -ompre ("recevra", "poursuivra",
  "vivra", "convaincra", "interrompra") were not read as futures, so a bare weekday after them
  went back a week ("Le président recevra lundi les syndicats").  The passé simple of -ivrer verbs
  ("il livra") is no future.
- "the last day of the month", "the last week of March": "last" is "final" before "of", one unit of
  a period, not the past day or week (a duration) nor, from "last week", the week before.
- "May I ask", "May God bless": a capitalised "May" first in its sentence and before its subject is
  the modal, not the month.
- "at 11:45 p.m. Monday ... until 2 a.m.": the small hours after a late clock time are the next
  day's, also when the clock time's own day is named after it.
- "in afternoon trade", "in early morning trading": market English names the part of the day
  spoken of by its session (read from eval/timex_pool's work part, t11).
"""

from __future__ import annotations

from datetime import date

import pytest

from veille.stages.time.tagger import tag

DCT = date(2024, 3, 14)  # a Thursday


def _values(text: str, lang: str) -> list[tuple[str, str]]:
    timexes, _ = tag(text, lang, DCT, DCT, intervals=False)
    return [(t.text, t.value) for t in timexes]


# A month with its year after "en"/"in" framing the passage's year was tried at time@20 and held
# back at integration (held-out timex values fell): only the near misses, true either way, stay.
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The May 2021 vote was annulled. In October, the court ruled again.", "en", ("October", "2023-10")),
    ("En 2022, il a été élu. Début mars, il a démissionné.", "fr", ("Début mars", "2024-03")),
])
def test_month_year_modifier_frames_nothing(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert expected in _values(text, lang)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("L'accident a eu lieu samedi peu après minuit.", "fr", ("minuit", "2024-03-09T00:00")),
    ("Police were called shortly after midnight on Sunday.", "en", ("midnight", "2024-03-10T00:00")),
    ("Le couvre-feu a commencé peu après minuit.", "fr", ("minuit", "2024-03-14T00:00")),
    # near misses: before midnight, and a midnight to come, are the end of the day
    ("Ils se sont séparés avant minuit.", "fr", ("minuit", "2024-03-14T24:00")),
    ("Le couvre-feu commencera après minuit.", "fr", ("minuit", "2024-03-14T24:00")),
    ("The curfew will start after midnight.", "en", ("midnight", "2024-03-14T24:00")),
])
def test_after_midnight_is_the_start_of_the_day(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert expected in _values(text, lang)


@pytest.mark.parametrize(("text", "expected"), [
    ("Le président recevra lundi les syndicats.", ("lundi", "2024-03-18")),
    ("Le procès se poursuivra mardi.", ("mardi", "2024-03-19")),
    ("Il vivra vendredi un moment historique.", ("vendredi", "2024-03-15")),
    ("Le juge interrompra mercredi l'audience.", ("mercredi", "2024-03-20")),
    ("Le président recevrait lundi les syndicats.", ("lundi", "2024-03-18")),
    # near misses: a passé simple and an imperfect stay in the past
    ("Il livra mardi un discours.", ("mardi", "2024-03-12")),
    ("Il livrait mardi des colis.", ("mardi", "2024-03-12")),
])
def test_french_futures_of_irregular_verbs(text: str, expected: tuple[str, str]) -> None:
    assert expected in _values(text, "fr")


@pytest.mark.parametrize(("text", "absent", "kept"), [
    ("The deal closes on the last day of the month.", "the last day", None),
    ("In the last week of March, prices rose.", "last week", ("March", "2024-03")),
    ("The next year of talks will be hard.", "next year", None),
    # near misses: "the last week" alone is the past week (a duration), "last week" the week before
    ("Over the last week, prices rose.", None, ("the last week", "P1W")),
    ("Sales fell last week.", None, ("last week", "2024-W10")),
])
def test_the_last_unit_of_a_period_is_no_duration(text: str, absent: str | None,
                                                   kept: tuple[str, str] | None) -> None:
    values = _values(text, "en")
    if absent is not None:
        assert absent not in {t for t, _ in values}
    if kept is not None:
        assert kept in values


@pytest.mark.parametrize(("text", "expected"), [
    ("May I ask a question?", None),
    ('He said: "May God bless you."', None),
    ("May they rest in peace.", None),
    # near misses: the month first in its sentence, and "in May" before a subject
    ("May was a hard month.", ("May", "2024-05")),
    ("In May they announced cuts.", ("May", "2023-05")),
    ("May 5 is the day.", ("May", "2024-05-05")),
])
def test_the_modal_may_is_no_month(text: str, expected: tuple[str, str] | None) -> None:
    values = _values(text, "en")
    if expected is None:
        assert values == []
    else:
        assert any(t.startswith(expected[0]) and v == expected[1] for t, v in values)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The outage began at 11:45 p.m. Monday and lasted until 2 a.m.", "en", ("2 a.m.", "2024-03-12T02:00")),
    ("La panne a commencé à 23 h 30 lundi et a duré jusqu'à 2 h.", "fr", ("2 h", "2024-03-12T02:00")),
    # near miss: from a morning clock time the small hours stay on the day
    ("The outage began at 10 a.m. Monday and lasted until 2 a.m.", "en", ("2 a.m.", "2024-03-11T02:00")),
])
def test_small_hours_after_a_late_clock_and_its_day(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert expected in _values(text, lang)


@pytest.mark.parametrize(("text", "expected"), [
    ("The dollar slipped in afternoon trading.", ("afternoon", "2024-03-14TAF")),
    ("On Tuesday, the index rose in early morning trading.", ("morning", "2024-03-12TMO")),
    ("In afternoon trade the index was flat.", ("afternoon", "2024-03-14TAF")),
])
def test_a_part_of_the_trading_day(text: str, expected: tuple[str, str]) -> None:
    assert expected in _values(text, "en")


def test_a_session_noun_alone_is_no_time() -> None:
    assert _values("He teaches an afternoon session.", "en") == []
