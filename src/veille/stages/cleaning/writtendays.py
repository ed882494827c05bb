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

import json
import re
from datetime import timedelta
from functools import lru_cache

from veille.stages.cleaning.anchors import DATA, time_lexicon
from veille.stages.cleaning.pubdate import DateFinder, FoundDate

HOW = "written_day"


@lru_cache(maxsize=1)
def _deictic() -> tuple[dict[str, int], re.Pattern[str]]:
    """Deictic day words and how many days from the writing day they point, with the pattern
    that finds one glossed.  The days are the time stage's `relative_days`, French and English
    (one source for what "avant-hier" or "the day after tomorrow" means: a list of its own here
    lacked those two, and read "avant-hier" as its "hier"); "tonight", "ce soir" and the other
    parts of the writing day itself are `today_parts` of data/clean/dates.json."""
    time = time_lexicon()
    offsets = {word: int(days) for lang in ("fr", "en") for word, days in time[lang]["relative_days"].items()}
    parts = json.loads((DATA / "clean" / "dates.json").read_text(encoding="utf-8"))["today_parts"]
    offsets.update(dict.fromkeys(parts, 0))
    words = "|".join(sorted(map(re.escape, offsets), key=len, reverse=True))
    return offsets, re.compile(rf"(?<![\w'’])({words})\s*(\(|,)\s*", re.IGNORECASE)


# What closes the gloss: the bracket it opened, or the comma of an apposition.
_CLOSE = {"(": r"\s*\)", ",": r"\s*,"}

# A live page's welcome: "live blog / live coverage / live updates / rolling coverage for|of|on",
# "ce direct / notre direct / ce live / ce fil en direct / ce suivi en direct du|de ce".
_LIVE = re.compile(r"(?<!\w)(?:live\s+(?:blog|coverage|updates|page)|rolling\s+(?:coverage|blog)|"
                   r"(?:ce|notre)\s+(?:direct|live|fil\s+(?:en\s+)?direct|suivi\s+en\s+direct))"
                   r"\s+(?:for|of|on|du|de\s+ce)\s+", re.IGNORECASE)


def written_day(paragraph: str, finder: DateFinder) -> FoundDate | None:
    """The writing day a paragraph states (see the module docstring), else None."""
    offsets, deictic = _deictic()
    for found in deictic.finditer(paragraph):
        at = finder.date_at(paragraph[found.end():])
        if at is None:
            continue
        day, end = at
        if not re.match(_CLOSE[found[2]], paragraph[found.end() + end:]):
            continue  # "yesterday, March 3, 2021 was …": no gloss closed, perhaps a list
        written = day - timedelta(days=offsets[found[1].lower()])
        return FoundDate(written.isoformat(), HOW)
    for found in _LIVE.finditer(paragraph):
        at = finder.date_at(paragraph[found.end():])
        if at is not None:
            return FoundDate(at[0].isoformat(), HOW)
    return None
