"""A year that classifies a noun ("Canada's 2018 team") does not date an English event when its
sentence gives another day (events@16, `context.attributive_year`)."""

from __future__ import annotations

from typing import Any

import pytest

from test_events_english import article as en_article
from veille.config import Config, EventsConfig
from veille.model import Timex
from veille.pipeline import Context
from veille.stages.events import events_batch
from veille.stages.events.context import attributive_year


@pytest.fixture(scope="module")
def nf_ctx(ctx: Any) -> Any:
    return Context(Config(events=EventsConfig(filter=False)), resources=ctx.resources)


def dated(text: str, ctx: Any) -> list[tuple[str, str | None]]:
    art = en_article(text)
    for year in ("2018", "2019"):
        at = text.find(year)
        if at >= 0:
            art.timexes.append(Timex(at, at + 4, year, "DATE", year))
    art.timexes.sort(key=lambda t: t.start)
    return [(e.type, e.date) for e in events_batch([art], ctx)[0].events]


@pytest.mark.parametrize(("text", "date"), [
    # the year names the team, the day dates the acquittal
    ("Five members of Sylvania's 2018 junior team were acquitted by the court on Monday.", "2025-03-31"),
    ("Jane Smith, the coach of the 2018 junior team, was acquitted by the court on Monday.", "2025-03-31"),
    # near misses: a year that dates the act ("in 2018"), a classifying year with no other day
    ("Jane Smith was acquitted by the court in 2018, it said on Monday.", "2018"),
    ("Jane Smith was acquitted by the court over the 2018 crash.", "2018"),
])
def test_classifying_year_yields_to_the_day(nf_ctx: Any, text: str, date: str) -> None:
    found = dated(text, nf_ctx)
    assert ("REJECT", date) in found, found


def test_attributive_year() -> None:
    text = "Canada's 2018 team, the 2019 budget, in 2018 the team, the 2018 and 2019 seasons"
    years = [Timex(m, m + 4, text[m:m + 4], "DATE", text[m:m + 4])
             for m in (i for i in range(len(text) - 3) if text[i:i + 4] in ("2018", "2019"))]
    assert [attributive_year(text, t) for t in years] == [True, True, False, False, False]
