"""Lines that are the article's by the page's structure, whatever their shape: a live page's
entries ("18h46 : Bon courage aux automobilistes !") and a table's rows.

A live page (a strike day, an election night) runs as timed entries, each headed by its clock
time and a short heading.  Those headings are the article's sub-headings, but one alone has
the shape of furniture: short, no final period, a clock time, often just after a "Lire aussi"
box or a player's label.  When a page holds two entries or more, they are its live structure,
and no layout rule or model alone cuts them (a pattern still may: "20h50 : C'est la fin de ce
live").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A clock time opening the line ("18h46", "18 h 46", "18:46"), then a colon or a dash set off
# by spaces and the entry's words.  A time glued to a word ("10:07Politique") is a ticker's
# item, not an entry.
_ENTRY = re.compile(r"(?:[-–—•]\s*)?\d{1,2}\s?[h:]\s?\d{2}\s+[:\-–—]\s+\S")
# Two entries make a live page; one timed line is a schedule's or a caption's.
LIVE_ENTRIES = 2


def is_live_entry(text: str) -> bool:
    return bool(_ENTRY.match(text.strip()))


def live_entries(texts: Sequence[str]) -> set[int]:
    """The indexes of a live page's entry headings (empty unless the page holds two or more)."""
    found = {i for i, text in enumerate(texts) if is_live_entry(text)}
    return found if len(found) >= LIVE_ENTRIES else set()


# A table written as text (a scraper's Markdown): its delimiter row "---|---|" under the header.
_DELIMITER = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?")


def table_rows(texts: Sequence[str]) -> set[int]:
    """The rows of a table the article holds: the lines with a cell bar "|" in an unbroken run
    around a delimiter row ("Date / Heure | Événement |" over "---|---|").  A header row alone is
    short, bars and no verb, the shape of a menu ("Accueil | Politique | Sport"); the delimiter
    row under it is what a menu never has."""
    found: set[int] = set()
    for i, text in enumerate(texts):
        if not _DELIMITER.fullmatch(text.strip()):
            continue
        for step in (-1, 1):
            j = i
            while 0 <= j < len(texts) and "|" in texts[j]:
                found.add(j)
                j += step
    return found
