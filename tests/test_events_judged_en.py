"""English judgments told in the passive with no agent (events@50, issue 19).

(1) A court's judgment is told by its day; a year or a month after its offence's "of" phrase is the
offence's time ("acquitted of fraud committed in 2011"), not the judgment's. (2) The main-event filter
weighs a judgment told by its day with no agent ("X was sentenced to five years on Saturday") with the
side its class implies (the state of the article's setting, `implicit.add_agents`), while the event it keeps is
left as found (the court and the trial's day are given after the filter). Sentences written from the
language, not from any eval set."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import article_naming
from veille.config import Config, EventsConfig
from veille.model import Event, Timex
from veille.pipeline import Context
from veille.stages.events import _filtered, events_batch
from veille.stages.events.forces import Setting
from veille.stages.events.lexicon import lexicon

NAMES: dict[str, tuple[str, str]] = {
    "Jane Okafor": ("PER", "Q_okafor"), "Freedonia": ("LOC", "Q_freedonia"),
}


@pytest.fixture(scope="module")
def nf_ctx(ctx: Any) -> Any:
    return Context(Config(events=EventsConfig(filter=False)), resources=ctx.resources)


def dated(text: str, ctx: Any, when: dict[str, str]) -> list[str | None]:
    article = article_naming(text, NAMES, "en")
    article.timexes = [Timex(text.find(w), text.find(w) + len(w), w, "DATE", v) for w, v in when.items()]
    return [e.date for e in events_batch([article], ctx)[0].events if e.type in ("REJECT", "SANCTION")]


def test_offence_year_does_not_date_the_acquittal(nf_ctx: Any) -> None:
    got = dated("Jane Okafor was acquitted of fraud committed in 2011.", nf_ctx, {"2011": "2011"})
    assert got and "2011" not in got, got


def test_offence_month_does_not_date_the_sentence(nf_ctx: Any) -> None:
    got = dated("Jane Okafor was sentenced to five years for her part of a riot in June 2018.", nf_ctx,
                {"June 2018": "2018-06"})
    assert got and "2018-06" not in got, got


@pytest.mark.parametrize(("text", "when", "value"), [
    # near misses: a year with no offence phrase before it; a day after the offence phrase
    ("Jane Okafor was acquitted in 2011 by a court in Freedonia.", {"2011": "2011"}, "2011"),
    ("Jane Okafor was acquitted of fraud on Tuesday.", {"Tuesday": "2025-04-01"}, "2025-04-01"),
    # the "of" phrase of another clause (its own auxiliary): not the judgment's offence phrase
    ("Jane Okafor was sentenced as her aides were accused of fraud in 2011.", {"2011": "2011"}, "2011"),
])
def test_judgment_keeps_its_own_time(nf_ctx: Any, text: str, when: dict[str, str], value: str) -> None:
    assert value in dated(text, nf_ctx, when)


class _TwoSided:
    """A stand-in filter that keeps the events with both sides."""

    def keep(self, events: list[Event], article: Any, starts: Any, headline: Any = None) -> list[Event]:
        return [e for e in events if e.source and e.target]


def _judgment(date: str | None) -> Event:
    return Event("e1", "SANCTION", "convict", [], ["Q_okafor"], date, None, "asserted", "sentenced")


@pytest.fixture(scope="module")
def lex(ctx: Any) -> Any:
    return lexicon(ctx)


def _kept(lex: Any, events: list[Event], lang: str) -> list[Event]:
    article = article_naming("Jane Okafor was sentenced to five years in Freedonia on Saturday.", NAMES, lang)
    filt = lex.filter
    try:
        lex.filter = _TwoSided()
        return _filtered(events, article, [0], lex, Setting(["Q142"]))  # France, a state
    finally:
        lex.filter = filt


def test_dated_judgment_is_weighed_with_its_implied_side(lex: Any) -> None:
    ev = _judgment("2025-04-05")
    kept = _kept(lex, [ev], "en")
    assert kept == [ev] and ev.source == [], (kept, ev.source)  # kept, and left as found


def test_weekday_dated_judgment_is_weighed_with_its_implied_side(lex: Any) -> None:
    ev = _judgment("XXXX-WXX-6")  # "on Saturday", the week unresolved
    assert _kept(lex, [ev], "en") == [ev]


@pytest.mark.parametrize(("date", "lang"), [
    (None, "en"),  # near miss: an undated judgment is not tied to the trial reported
    ("2011", "en"),  # near miss: a year only is an earlier occasion's or its offence's
    ("2025-04-05", "fr"),  # near miss: French has its own sides for passives (`_find`)
])
def test_other_judgments_weighed_as_found(lex: Any, date: str | None, lang: str) -> None:
    assert _kept(lex, [_judgment(date)], lang) == []


# (events@50) A state of emergency, martial law or a curfew declared or imposed is coercion by the
# one who declares it (CAMEO 1724 "impose state of emergency or martial law"; PLOVER COERCE).
def coerce(text: str, ctx: Any) -> list[list[str]]:
    article = article_naming(text, NAMES, "en")
    return [e.source + e.target for e in events_batch([article], ctx)[0].events if e.type == "COERCE"]


@pytest.mark.parametrize("text", [
    "President Jane Okafor declared a state of emergency in Freedonia on Tuesday.",
    "President Jane Okafor declared martial law late on Tuesday.",
    "Jane Okafor imposed a nationwide curfew after the riots.",
])
def test_emergency_declared_is_coercion_of_the_declarer(nf_ctx: Any, text: str) -> None:
    assert any("Q_okafor" in sides for sides in coerce(text, nf_ctx)), text


@pytest.mark.parametrize("text", [
    # near misses: another object of the same verbs; the state of emergency named before the verb
    "Jane Okafor declared her candidacy for the presidency on Tuesday.",
    "Jane Okafor imposed new taxes on imports from Freedonia.",
    "Parliament voted to lift the state of emergency Jane Okafor imposed.",
])
def test_other_declarations_are_no_coercion(nf_ctx: Any, text: str) -> None:
    assert coerce(text, nf_ctx) == [], text
