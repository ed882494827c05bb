"""stories@30 (issue 16): a sibling's date transfers to an undated report only if the two report the same
event day (a day either way), when both name the days they report (`evidence.same_event_day`).  Invented
reports: a shooting told by its weekday, the same genre's report of another night refused, and the near
misses the story still dates (the same night, the next day's report of it, a report or siblings naming no
day)."""

from __future__ import annotations

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


def test_days_of_expressions_and_the_evidence() -> None:
    from veille.stages.stories.evidence import same_event_day, timex_days

    found = [Timex(0, 6, "Friday evening", "DATE", "2014-05-30TEV"), Timex(10, 20, "the weekend", "DATE",
                                                                          "2014-05-31/2014-06-01"),
             Timex(20, 24, "2014", "DATE", "2014"), Timex(30, 40, "this month", "DATE", "2014-06-01/2014-06-30")]
    # a year alone is no day, nor a span longer than a week
    assert timex_days(found) == {"2014-05-30", "2014-05-31", "2014-06-01"}
    sibling = Article(id="s", source="s", raw="", body="", timexes=[Timex(0, 8, "Monday", "DATE", "2014-06-02")])
    assert same_event_day({"2014-05-30", "2014-06-01"}, [sibling]) is True  # a day either way
    assert same_event_day({"2014-05-29"}, [sibling]) is False
    sibling.timexes = []
    assert same_event_day({"2014-05-29"}, [sibling]) is None
    assert same_event_day(set(), [sibling]) is None


def test_a_report_of_the_weekend_meets_its_siblings_saturday() -> None:
    body = ("Police searched the street on Monday after a shooting outside a bar on Main Street in Saginaw over "
            "the weekend, the police department said.")
    assert _placed(body, day="2014-06-01") is not None


def test_a_siblings_stamp_is_not_a_day_it_reports() -> None:
    # the siblings' dateline writes their own date with its year: the day they were written, which a
    # report of another night placed near it would otherwise meet
    stamped = "GRAND RAPIDS, Mich. (June 1, 2014) - " + SIBLING
    assert _placed(OTHER_NIGHT.replace("Wednesday", "Monday"), sibling=stamped) is None
    assert _placed(OTHER_NIGHT.replace("Wednesday", "Saturday"), sibling=stamped) == "2014-06-01"
