"""events@12 (issue 19): an English event told with no day of its own takes the day the article
gives its occasion noun ("won the election ... during Monday's election"). Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from veille.model import Article, Mention, Timex
from veille.stages.events import events_batch
from veille.stages.events.occasion import _days_of


@pytest.fixture(scope="module")
def ctx(ctx: Any) -> Any:
    from veille.config import Config, EventsConfig
    from veille.pipeline import Context

    # every event found: these cases test dating, not the main-event filter
    return Context(Config(events=EventsConfig(filter=False)), resources=ctx.resources)


def _article(text: str, days: dict[str, str]) -> Article:
    name = "Freedonia Rally"
    mentions = [Mention(i, i + len(name), name, "ORG", "Q_party") for i in _all(text, name)]
    timexes = [Timex(i, i + len(word), word, "DATE", value) for word, value in days.items() for i in _all(text, word)]
    return Article(id="o1", source="t", raw=text, body=text, lang="en", published="2025-04-01",
                   mentions=mentions, timexes=sorted(timexes, key=lambda t: t.start))


def _all(text: str, word: str) -> list[int]:
    out, at = [], text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def _support_dates(text: str, days: dict[str, str], ctx: Any) -> list[str | None]:
    art = events_batch([_article(text, days)], ctx)[0]
    return [e.date for e in art.events if e.type == "SUPPORT"]


def test_an_undated_win_takes_the_day_of_its_election(ctx: Any) -> None:
    text = ("The Freedonia Rally won the general election, the broadcaster projected. "
            "Turnout during Monday's election was the highest in a decade.")
    assert _support_dates(text, {"Monday": "2025-03-31"}, ctx) == ["2025-03-31"]


def test_a_day_of_another_noun_dates_nothing(ctx: Any) -> None:
    text = ("The Freedonia Rally won the general election, the broadcaster projected. "
            "Monday's announcement surprised the markets.")
    assert _support_dates(text, {"Monday": "2025-03-31"}, ctx) == [None]


def test_two_days_for_the_occasion_leave_it_undated(ctx: Any) -> None:
    text = ("The Freedonia Rally won the general election, the broadcaster projected. "
            "Sunday's election was calm; Monday's election in the capital was not.")
    assert _support_dates(text, {"Sunday": "2025-03-30", "Monday": "2025-03-31"}, ctx) == [None]


def test_days_of_an_occasion_noun() -> None:
    body = "Voters went to the polls in the April 28 election. On Monday the election board met."
    timexes = [Timex(body.find("April 28"), body.find("April 28") + 8, "April 28", "DATE", "2025-04-28"),
               Timex(body.find("Monday"), body.find("Monday") + 6, "Monday", "DATE", "2025-03-31")]
    # "On Monday the election ..." gives the day of the board's meeting, not of the election
    assert _days_of("election", body, timexes) == {"2025-04-28"}
    assert _days_of("vote", body, timexes) == set()
