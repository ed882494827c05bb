"""The day a sentence of the article gives as the day it was written (clean@37, `written_day`).

A report may state its own day in its words rather than in a stamp: a deictic day word glossed
with its date ("The mayor yesterday (March 3, 2021) opened …", "a annoncé hier (mercredi 23
août 2017) …", "today, Monday, March 8, 2021, the council …"), or a live page's welcome naming the
day it covers ("Welcome to our live blog for Monday, March 8, 2021.", "Bienvenue dans ce direct du
lundi 8 mars 2021").  Both are the writer's own clock: the glossed date is yesterday's, today's or
tomorrow's *as seen from the writing day*, so the writing day follows by the word's offset, with
no year to guess.  A date alone in a sentence (an event's, "on March 3, 2021") says nothing of
when it was written, and is left to the time stage.
"""

from __future__ import annotations

import re
from datetime import timedelta

from veille.stages.cleaning.pubdate import DateFinder, FoundDate

HOW = "written_day"

# Deictic day words and how many days from the writing day they point.  English and French, as
# any grammar of either lists them; "tonight" and "ce soir" are the writing day's evening.
_DEICTIC_OFFSETS = {
    "yesterday": -1, "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "tomorrow": 1, "hier": -1, "aujourd'hui": 0, "aujourd’hui": 0, "ce matin": 0, "cet après-midi": 0,
    "ce soir": 0, "demain": 1,
}
_DEICTIC = re.compile(r"(?<![\w'’])(" + "|".join(sorted(map(re.escape, _DEICTIC_OFFSETS), key=len, reverse=True))
                      + r")\s*(\(|,)\s*", re.IGNORECASE)
# What closes the gloss: the bracket it opened, or the comma of an apposition.
_CLOSE = {"(": r"\s*\)", ",": r"\s*,"}

# A live page's welcome: "live blog / live coverage / live updates / rolling coverage for|of|on",
# "ce direct / notre direct / ce live / ce fil en direct / ce suivi en direct du|de ce".
_LIVE = re.compile(r"(?<!\w)(?:live\s+(?:blog|coverage|updates|page)|rolling\s+(?:coverage|blog)|"
                   r"(?:ce|notre)\s+(?:direct|live|fil\s+(?:en\s+)?direct|suivi\s+en\s+direct))"
                   r"\s+(?:for|of|on|du|de\s+ce)\s+", re.IGNORECASE)


def written_day(paragraph: str, finder: DateFinder) -> FoundDate | None:
    """The writing day a paragraph states (see the module docstring), else None."""
    for found in _DEICTIC.finditer(paragraph):
        at = finder.date_at(paragraph[found.end():])
        if at is None:
            continue
        day, end = at
        if not re.match(_CLOSE[found[2]], paragraph[found.end() + end:]):
            continue  # "yesterday, March 3, 2021 was …": no gloss closed, perhaps a list
        written = day - timedelta(days=_DEICTIC_OFFSETS[found[1].lower()])
        return FoundDate(written.isoformat(), HOW)
    for found in _LIVE.finditer(paragraph):
        at = finder.date_at(paragraph[found.end():])
        if at is not None:
            return FoundDate(at[0].isoformat(), HOW)
    return None
