"""An English event told with no day of its own, dated by the day the article gives its occasion.

A news lede often tells the outcome of an occasion without its day ("Mark Carney's Liberal Party
won Canada's federal election") and the next sentences give the day as a modifier of the same
noun: a possessive ("during Monday's election", "Sunday's vote"), or a date before the noun
("the April 28 election"). English marks such a day on the noun itself, so the noun the trigger
needs (`near` in data/events/triggers_en.json: one wins an election, a vote, a seat) names the
occasion whose day it is. The rule only dates an undated event, and only when the article gives
its occasion one day: two days for one noun ("Sunday's vote ... Monday's vote") leave it undated.
A day of another noun ("Monday's announcement") dates nothing.

`date_by_report` (events@14, both languages): a verbal act (a call, a condemnation) reported as
done with no day of its own takes the article's day of publication.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from veille.model import Event, Timex

# Words after the trigger in which its occasion noun stands (english.py NEAR_WINDOW).
_WINDOW = 6
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# Words that start a new phrase rather than qualify the noun: "on Monday the election ..." gives
# the day of something else.
_NOT_MODIFIERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "that", "and", "or",
                            "but", "as", "when", "after", "before", "with", "of", "in", "on", "at", "to"})


def _occasion(event: Event, triggers: dict[str, list[dict[str, Any]]]) -> set[str]:
    """The occasion nouns the event's trigger needs that follow it in its sentence."""
    word = (event.trigger or "").casefold().split()[:1]
    near = {n for t in triggers.get(word[0], ()) if word for n in t.get("near", ())}
    if not near or not event.evidence:
        return set()
    words = re.findall(r"[\w-]+", event.evidence[0].text.casefold())
    at = words.index(word[0]) if word[0] in words else -1
    return {w.rstrip("s") if w.rstrip("s") in near else w
            for w in words[at + 1:at + 1 + _WINDOW] if at >= 0 and (w in near or w.rstrip("s") in near)}


def _days_of(noun: str, body: str, timexes: Iterable[Timex]) -> set[str]:
    """The days the article gives `noun` as a modifier: "Monday's election", "the April 28 election"."""
    days = set()
    pattern = re.compile(rf"(?:['’]s\s+(?:(?P<adj>[a-z-]+)\s+)?|\s+){re.escape(noun)}s?\b")
    for t in timexes:
        if t.type != "DATE" or not _DAY.fullmatch(t.value or ""):
            continue
        hit = pattern.match(body, t.end)
        if hit and hit.group("adj") not in _NOT_MODIFIERS:
            days.add(t.value or "")
    return days


def date_by_occasion(events: list[Event], body: str, timexes: list[Timex],
                     triggers: dict[str, list[dict[str, Any]]]) -> None:
    """Date each undated event whose occasion noun the article gives exactly one day."""
    for ev in events:
        if ev.date is not None:
            continue
        days = set().union(*(_days_of(n, body, timexes) for n in _occasion(ev, triggers)))
        if len(days) == 1:
            ev.date = days.pop()


# Verbal acts (PLOVER DEMAND, DISAPPROVE): a call or a condemnation the article reports as done,
# with no day of its own, is the report's news ("X a appelé Y à démissionner", "Cambodia's
# ministry strongly condemned ..."): wire copy dates a statement only when it is not of the day.
_VERBAL = frozenset({"DEMAND", "DISAPPROVE"})


def date_by_report(events: list[Event], published: str | None) -> None:
    """Date each undated, asserted verbal act by the article's day of publication (events@14)."""
    day = (published or "")[:10]
    if not _DAY.fullmatch(day):
        return
    for ev in events:
        if ev.date is None and ev.type in _VERBAL and ev.modality == "asserted":
            ev.date = day
