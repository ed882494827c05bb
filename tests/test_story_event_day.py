"""stories@30 (issue 16): a sibling's date transfers to an undated report only if the two report the same
event day (a day either way), when both name the days they report (`evidence.same_event_day`).  Invented
reports: a shooting told by its weekday, the same genre's report of another night refused, and the near
misses the story still dates (the same night, the next day's report of it, a report or siblings naming no
day)."""

from __future__ import annotations

from datetime import date

from veille.config import Config
from veille.model import Article, Timex
from veille.pipeline import Context

SIBLING = ("Police arrested a man after a shooting outside a bar on Main Street in Saginaw on Saturday night, "
           "the police department said.")
NO_DAY_SIBLING = ("Police arrested a man after a shooting outside a bar on Main Street in Saginaw, the police "
                  "department said.")


def _tagged(article: Article) -> Article:
    from veille.stages.time import tag_article

    config = Config()
    config.time.reference_date = "2026-12-01"
    return tag_article(article, Context(config=config))


def _placed(body: str, sibling: str = SIBLING, day: str = "2014-06-01") -> str | None:
    """`body` undated, in a story whose two other reports (`sibling`) are dated `day` (a Sunday) by their URL."""
    from veille.stages.stories.anchor import anchor_undated

    dated = [_tagged(Article(id=f"s{i}", source=f"s{i}", raw="", body=sibling, lang="en", published=day,
                             published_how="url")) for i in range(2)]
    undated = _tagged(Article(id="u", source="u", raw=body, body=body, lang="en"))
    anchor_undated([*dated, undated], [])
    return undated.published


OTHER_NIGHT = ("Police arrested a man after a shooting outside a bar on Main Street in Saginaw on Wednesday night, "
               "the police department said.")


def test_a_report_of_another_night_takes_no_date() -> None:
    # the siblings report Saturday 31 May; Wednesday placed near 1 June is 28 May or 4 June
    assert _placed(OTHER_NIGHT) is None


def test_near_miss_the_same_night_is_dated() -> None:
    assert _placed(OTHER_NIGHT.replace("Wednesday", "Saturday")) == "2014-06-01"


def test_near_miss_the_next_days_report_is_dated() -> None:
    body = ("A man was charged on Sunday over a shooting outside a bar on Main Street in Saginaw, the police "
            "department said.")
    assert _placed(body) is not None


def test_near_miss_no_day_on_either_side_is_no_evidence() -> None:
    body = ("A man was arrested after a shooting outside a bar on Main Street in Saginaw, the police department "
            "said.")
    assert _placed(body) == "2014-06-01"  # the report names no day
    assert _placed(OTHER_NIGHT, sibling=NO_DAY_SIBLING) == "2014-06-01"  # the siblings name none


def test_reported_days_place_an_undated_reports_weekdays_near_the_date() -> None:
    from veille.stages.stories.evidence import reported_days, same_event_day

    undated = Article(id="u", source="u", raw="", body="", timexes=[
        Timex(0, 6, "Friday", "DATE", "XXXX-WXX-5"), Timex(10, 16, "May 30", "DATE", "XXXX-05-30"),
        Timex(20, 24, "2014", "DATE", "2014")])
    assert reported_days(undated, date(2014, 6, 2)) == {"2014-05-30"}  # a year alone is no day
    sibling = Article(id="s", source="s", raw="", body="", timexes=[Timex(0, 8, "Saturday", "DATE", "2014-05-31")])
    assert same_event_day(undated, [sibling], date(2014, 6, 2)) is True  # a day either way
    sibling.timexes = [Timex(0, 8, "Monday", "DATE", "2014-06-02")]
    assert same_event_day(undated, [sibling], date(2014, 6, 2)) is False
    sibling.timexes = []
    assert same_event_day(undated, [sibling], date(2014, 6, 2)) is None


def test_a_siblings_stamp_is_not_a_day_it_reports() -> None:
    # the siblings' dateline writes their own date with its year: the day they were written, which a
    # report of another night placed near it would otherwise meet
    stamped = "GRAND RAPIDS, Mich. (June 1, 2014) - " + SIBLING
    assert _placed(OTHER_NIGHT.replace("Wednesday", "Monday"), sibling=stamped) is None
    assert _placed(OTHER_NIGHT.replace("Wednesday", "Saturday"), sibling=stamped) == "2014-06-01"
