"""An undated report whose lede tells its occasion on a day the story's dated reports do not (nor
the days just after, a follow-up's) is another occasion of the same kind (stories@20,
`stories/occasion.py`).

Invented texts: two earthquakes in one province a week apart share every word but the day; the
undated report of the first ("on Saturday") scored on words against the dated reports of the
second ("on Sunday") joined them and took their date.  Each case has its near miss: the same
occasion told undated, and a follow-up two days on, still join.
"""

from __future__ import annotations

from datetime import date

from veille.config import StoriesConfig
from veille.model import Article, Timex
from veille.stages.stories.cluster import Clusterer, build_space
from veille.stages.stories.occasion import lede_clues, lede_days, refutes

DATED = ("A magnitude 6.3 earthquake struck near the city of Varnek on Sunday, the geological survey "
         "said, flattening villages in the province and killing dozens.")
UNDATED_OTHER = ("A magnitude 6.3 earthquake struck near the city of Varnek on Saturday, the geological "
                 "survey said, flattening villages in the province and killing dozens.")
UNDATED_SAME = ("On Sunday a magnitude 6.3 earthquake struck near the city of Varnek, the geological "
                "survey said, flattening villages in the province and killing dozens.")
UNDATED_FOLLOW = ("On Tuesday rescuers near the city of Varnek were still digging after the magnitude 6.3 "
                  "earthquake, the geological survey said, with villages in the province flattened.")


def _timex(body: str, word: str, value: str) -> Timex:
    start = body.index(word)
    return Timex(start, start + len(word), word, "DATE", value)


def _article(aid: str, body: str, word: str, value: str, published: str | None = None) -> Article:
    return Article(id=aid, source=aid, raw=body, body=body, lang="en", published=published,
                   published_how="metadata" if published else "none", timexes=[_timex(body, word, value)])


def _placed(undated: Article) -> bool:
    """Whether the undated report joins the dated one's story (the bar far below its words)."""
    dated = _article("d", DATED, "Sunday", "2030-10-13", "2030-10-13")
    clusterer = Clusterer(build_space([dated, undated]), StoriesConfig(similarity=0.05))
    return clusterer.assign(dated) == clusterer.assign(undated)


def test_lede_days_and_clues() -> None:
    assert lede_days(_article("d", DATED, "Sunday", "2030-10-13TMO", "2030-10-13")) == [date(2030, 10, 13)]
    assert lede_clues(_article("u", UNDATED_OTHER, "Saturday", "XXXX-WXX-6TMO")) == [("weekday", 6, 0)]
    assert lede_clues(_article("u", UNDATED_OTHER, "Saturday", "XXXX-10-12")) == [("day", 10, 12)]
    # A Sunday story: Sunday to Wednesday are its days, Thursday to Saturday are not.
    days = [date(2030, 10, 13)]
    assert [refutes([("weekday", w, 0)], days) for w in range(1, 8)] == [False, False, False, True, True, True, False]
    assert refutes([("day", 10, 12)], days) and not refutes([("day", 10, 15)], days)
    assert not refutes([], days) and not refutes([("weekday", 6, 0)], [])
    # One lede day in the story's days is enough: the night of the event and the day after.
    assert not refutes([("weekday", 5, 0), ("weekday", 7, 0)], days)


def test_undated_report_of_the_day_before_is_another_occasion() -> None:
    assert not _placed(_article("u", UNDATED_OTHER, "Saturday", "XXXX-WXX-6"))
    assert not _placed(_article("u", UNDATED_OTHER, "Saturday", "XXXX-10-12"))


def test_a_dateline_of_the_next_day_refutes_nothing() -> None:
    # "VARNEK, Oct 14 — ... on Saturday": the dateline is the day after the occasion.
    body = "VARNEK, Oct 14 - " + UNDATED_OTHER
    dated = _article("d", body, "Saturday", "2030-10-12", "2030-10-14")
    dated.timexes.insert(0, _timex(body, "Oct 14", "2030-10-14"))
    days = lede_days(dated)
    assert days == [date(2030, 10, 14), date(2030, 10, 12)]
    assert not refutes([("weekday", 6, 0)], days)


def test_same_occasion_and_follow_up_still_join() -> None:
    assert _placed(_article("u", UNDATED_SAME, "Sunday", "XXXX-WXX-7"))
    assert _placed(_article("u", UNDATED_FOLLOW, "Tuesday", "XXXX-WXX-2"))
