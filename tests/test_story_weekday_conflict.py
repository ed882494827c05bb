"""A story's dates refuted by the article's own bare past weekdays place nothing (stories@17; siblings share a name with the report, as stories@18 requires)."""

from __future__ import annotations

from datetime import date

from veille.model import Article
from veille.stages.stories.anchor import anchor_undated, story_conflicts
from veille.stages.time import date_clues
from veille.stages.time.dct import STALE_DAYS, weekday_reach, weekdays_conflict

# Invented: a walker lost on Saturday, searched for on Sunday, found on Monday.
LOST = ("The walker sent a message on Saturday saying he was lost near the Ardmore ridge. Volunteers "
        "searched the valley on Sunday, and rescuers found him alive on Monday, officials said.")


def _dated(day: str, i: int) -> Article:
    return Article(id=f"s{i}", source=f"s{i}", raw="", body="Rescuers at Ardmore said.", published=day,
                   published_how="url")


def _undated(body: str, lang: str = "en") -> Article:
    return Article(id="u", source="u", raw=body, body=body, lang=lang)


def test_reach_counts_back_to_the_furthest_weekday() -> None:
    saturday = date(2030, 6, 1)
    assert saturday.isoweekday() == 6
    assert weekday_reach(saturday, [6]) == 0
    assert weekday_reach(saturday, [6, 7, 1]) == 6  # Sunday and Monday are last week's
    assert weekday_reach(date(2030, 6, 3), [6, 7, 1]) == 2  # the Monday: Saturday two days back


def test_candidates_that_push_a_weekday_a_week_back_conflict() -> None:
    weekend = [date(2030, 6, 1), date(2030, 6, 2)]  # Saturday, Sunday
    assert weekdays_conflict(weekend, [6, 7, 1])
    assert not weekdays_conflict([*weekend, date(2030, 6, 3)], [6, 7, 1])
    assert not weekdays_conflict(weekend, [])
    # A Thursday told on a Monday is four days back: still a bare weekday news writes.
    assert not weekdays_conflict([date(2030, 6, 3)], [4])
    assert weekday_reach(date(2030, 6, 3), [4]) == STALE_DAYS


def test_story_dates_refuted_by_the_text_date_nothing() -> None:
    _, weekdays = date_clues(_undated(LOST))
    assert sorted(weekdays) == [1, 6, 7]
    siblings = [_dated("2030-06-01", 0), _dated("2030-06-01", 1)]  # a Saturday
    undated = _undated(LOST)
    assert story_conflicts(undated, [*siblings, undated], weekdays)
    assert anchor_undated([*siblings, undated], []) == []
    assert undated.published is None and undated.published_how == "none"


def test_story_dates_the_text_allows_still_place_it() -> None:
    # The same report among siblings of the Monday: placed, on the Monday.
    siblings = [_dated("2030-06-03", 0), _dated("2030-06-03", 1)]
    undated = _undated(LOST)
    assert anchor_undated([*siblings, undated], []) == ["u"]
    assert (undated.published, undated.published_how) == ("2030-06-03", "story")


def test_french_report_refuting_its_story() -> None:
    body = ("Le randonneur a envoyé un message samedi. Les secours d'Ardmore l'ont cherché dimanche et "
            "l'ont retrouvé lundi, a indiqué la préfecture.")
    assert sorted(date_clues(_undated(body, "fr"))[1]) == [1, 6, 7]
    siblings = [_dated("2030-06-01", 0), _dated("2030-06-01", 1)]  # Saturday: Saturday or Sunday
    undated = _undated(body, "fr")
    assert anchor_undated([*siblings, undated], []) == []
    undated = _undated(body, "fr")
    assert anchor_undated([_dated("2030-06-02", 0), _dated("2030-06-03", 1), undated], []) == ["u"]


def test_event_date_refuted_by_the_text_dates_nothing() -> None:
    """With no dated sibling, a merged event's day places the report, unless its bare past
    weekdays lie more than a few days behind that day."""
    from veille.model import CorpusEvent, Event

    def rescue(day: str) -> tuple[Article, CorpusEvent]:
        event = CorpusEvent(id="m1", type="AID", mode=None, source=[], target=[], date=day, location=None,
                            modality="asserted", evidence=[], story=None, articles=["u"], independent_sources=2)
        undated = _undated(LOST)
        undated.events = [Event(id="e1", type="AID", mode=None, source=[], target=[], date=day, location=None,
                                modality="asserted", trigger="found", merged="m1")]
        return undated, event

    undated, event = rescue("2030-06-01")  # a Saturday: Monday would be last week's
    assert anchor_undated([undated], [event]) == []
    undated, event = rescue("2030-06-03")  # the Monday
    assert anchor_undated([undated], [event]) == ["u"]
    assert undated.published == "2030-06-03"


def test_text_dates_are_less_sure_than_a_page_stamp() -> None:
    """The text's latest stated date is a lower bound: unseen pages are published days after it
    often enough (eval/nodate_stress) that it is less sure than a page's own stamp."""
    from veille.stages.cleaning.pubdate import published_confidence

    assert published_confidence("text") < published_confidence("day_line") < published_confidence("date_line")


def test_a_page_stating_its_own_day_keeps_it() -> None:
    """A yearless dateline is the page's own stamp: its siblings give it the year, and its
    weekdays, however far back, do not refute it."""
    body = "PARIS, 1er juin (AFP) - " + ("Le randonneur a envoyé un message samedi. Les secours "
                                         "d'Ardmore l'ont cherché dimanche et l'ont retrouvé lundi, a indiqué la préfecture.")
    undated = _undated(body, "fr")
    siblings = [_dated("2030-06-01", 0), _dated("2030-06-01", 1)]
    assert anchor_undated([*siblings, undated], []) == ["u"]
    assert undated.published == "2030-06-01"
