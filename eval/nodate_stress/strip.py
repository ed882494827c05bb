"""Remove a page's date cues by a general pattern (eval only: never part of the shipped pipeline).

A *date line* is a line that states when the page was published and says little else: a date
(with a year, or a day and month, or a numeric date, or a count of hours ago) and, once its dates,
clock times, publishing labels ("Publié le", "Mis à jour", "Published", "Updated", "Posted"),
bylines' "Par"/"By" and punctuation are taken out, at most `MAX_REST` words left, and not a
sentence (a line that ends on a full stop with two words or more left is the text's own:
"Le 3 avril 2024, il pleuvait." stays).  A *dateline* opening a paragraph ("PARIS, 3 avril 2024
(AFP) -", "SALT LAKE CITY (April 1, 2020) –", "Bremerton (US), Aug 22 (AP)") loses its date and
keeps its place, and one that is a date alone before the agency ("Sept. 10 (UPI) --") loses it; a date glued to
the first words of a paragraph ("August 3, 2014Chinese officials") loses the date.

The same pattern runs over every file: nothing here names a page.  `strip(text)` returns the
text without those cues, and the lines it took out.
"""

from __future__ import annotations

import re

MAX_REST = 6

_MONTHS_FR = (r"janv(?:ier|\.)?|f[ée]vr(?:ier|\.)?|mars|avr(?:il|\.)?|mai|juin|juil(?:let|\.)?|ao[ûu]t|"
              r"sept(?:embre|\.)?|oct(?:obre|\.)?|nov(?:embre|\.)?|d[ée]c(?:embre|\.)?")
_MONTHS_EN = (r"jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|"
              r"sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?")
_MONTH = rf"(?:{_MONTHS_FR}|{_MONTHS_EN})"
_WEEKDAY = (r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
            r"mon(?:day|\.)?|tue(?:s|sday|\.)?|wed(?:nesday|\.)?|thu(?:rs|rsday|\.)?|fri(?:day|\.)?|"
            r"sat(?:urday|\.)?|sun(?:day|\.)?)")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:er|st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_DATES = [
    rf"(?:{_WEEKDAY},?\s+)?(?:le\s+)?{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?",        # 3 avril 2024, Monday 19 February
    rf"(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?",                   # April 3, 2024; Tues., Jan. 14
    r"(?<![\d/.:-])\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d\d)(?!\d)",               # 03/04/2024, 24-07-2025
    rf"(?<![\d/.:-]){_YEAR}-\d\d-\d\d(?:T[\d:]+Z?)?",                              # 2024-04-03
    r"il y a \d+\s*(?:min(?:utes?)?|h(?:eures?)?|jours?|semaines?)",              # il y a 3 heures
    r"\d+\s*(?:min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?)\s+ago",              # 3 hours ago
]
# Dates in words stand apart from other words; numeric ones only from other digits ("Reuters24-07-2025").
_WORDS_START = r"(?<![\w/])"
DATE = re.compile(r"(?:" + "|".join([_WORDS_START + d for d in _DATES[:2]] + _DATES[2:4]
                                   + [_WORDS_START + d for d in _DATES[4:]]) + r")(?!\w)", re.IGNORECASE)
FULL_DATE = re.compile(r"(?:" + "|".join([_WORDS_START + d for d in _DATES[:2]] + _DATES[2:4]) + r")",
                       re.IGNORECASE)
_CLOCK = re.compile(r"\b\d{1,2}\s*(?:[:h]\s*\d\d|h)(?:\s*(?:[ap]\.?m\.?))?\b|\b\d{1,2}\s*[ap]\.?m\.?|"
                    r"\b(?:[A-Z]{2,4}T|ET|CET|UTC|GMT|UK)\b", re.IGNORECASE)
_LABELS = re.compile(r"\b(?:publi[ée]e?|mis(?:e)? à jour|mis(?:e)? en ligne|paru|modifi[ée]e?|date(?: de publication)?|"
                     r"published|updated|posted|first published|last updated|modified|on|le|à|at|par|by|"
                     r"temps de lecture|lecture|read(?:ing)?(?: time)?|min\.?|mins?)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{2,}")
_PUBLISHING = re.compile(r"\b(?:publi[ée]e?|mis(?:e)? à jour|mis(?:e)? en ligne|paru|published|updated|posted|date)\b",
                         re.IGNORECASE)
# Prose: this many words in lower case left beside the date, and no publishing label.
PROSE_WORDS = 4
# A dateline's date: after a place in capitals and a comma or bracket, before an agency or a dash.
_DATELINE = re.compile(
    r"^(?P<place>[^\W\d_][^,\n()]{1,40}(?:,\s*[^\W\d_][^,\n()]{1,30})?(?:\s*\([A-Z]{2,}\))?)"
    r"(?P<date>\s*(?:,\s*|\(\s*)(?:" + "|".join(_DATES[:2]) + r")\s*\)?)"
    r"(?=\s*(?:\(|[-–—]))", re.IGNORECASE)
# A dateline that is a date alone before the agency: "Sept. 10 (UPI) --", "March 8 (AFP) -".
_AGENCY_DATE = re.compile(r"^(?i:" + "|".join(_DATES[:2]) + r")\s*(?=\([A-Z][\w ]{1,20}\)\s*[-–—])")
_GLUED = re.compile(r"^(?i:" + "|".join(_DATES[:2]) + r")(?=[A-ZÀ-Ý][a-zà-ÿ])")


def is_date_line(line: str) -> bool:
    """A line that states a date and, once the date and its furniture are out, little else."""
    text = line.strip()
    if not text or len(text) > 160 or not DATE.search(text):
        return False
    if re.search(r"\(@\w+\)", text):
        return False    # an embedded post's credit line is the post's date, part of the text
    rest = _LABELS.sub(" ", _CLOCK.sub(" ", DATE.sub(" ", text)))
    words = _WORD.findall(rest)
    if len(words) > MAX_REST:
        return False
    if sum(w[0].islower() for w in words) >= PROSE_WORDS and not _PUBLISHING.search(text):
        return False    # "Le 17 septembre dernier, la région avait subi des …": a sentence cut by the layout
    # A sentence that gives a date ("Le 3 avril 2024, il pleuvait.") is the text's own.
    return not (text.endswith((".", "!", "?", "»", "”")) and len(words) >= 2)


def strip(text: str) -> tuple[str, list[str]]:
    """`text` without its date lines, datelines' dates and glued dates; and what was taken out."""
    kept, taken = [], []
    for line in text.split("\n"):
        if is_date_line(line) and not _GLUED.match(line.lstrip()):
            taken.append(line.strip())
            continue
        head = line.lstrip()
        found = _DATELINE.match(head)
        if found and DATE.search(found["date"]):
            taken.append(found["date"].strip())
            line = line[: len(line) - len(head)] + found["place"] + " " + head[found.end():].lstrip()
        elif agency := _AGENCY_DATE.match(head):
            taken.append(agency[0].strip())
            line = line[: len(line) - len(head)] + head[agency.end():]
        else:
            glued = _GLUED.match(head)
            if glued:
                taken.append(glued[0])
                line = line[: len(line) - len(head)] + head[glued.end():]
        kept.append(line)
    return "\n".join(kept), taken
