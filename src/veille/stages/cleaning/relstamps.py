"""Relative time stamps: "il y a 3 heures", "2 days ago", "Publié hier à 18h30", "Posted Tuesday
5:04 PM ET", "Publié à 10h05".  Such a line is page furniture; it names a day only counted back
from the moment the page was fetched (the input's crawl time), and none without it
(`pubdate.DateFinder.relative_line`, `published_how` `relative_line`)."""

from __future__ import annotations

import datetime as dt
import re

from veille.stages.cleaning.stamplabels import _BYLINE, _UPDATED, _WORDS

# The labels a relative stamp may carry: "Publié il y a 3 heures", "Published 3 hours ago", "Mis en
# ligne il y a 2 jours", "Last updated 5 min ago".
# A day word alone is a stamp after a label ("Publié hier", "Updated today"), or with its clock time
# as the whole line ("Hier à 18:30", "Yesterday at 6:30 PM", "Today, 10:05", as listings and
# aggregators print the day's and the day before's articles); a bare "Aujourd'hui" may be a label.
_DAY_CLOCK = r"\s*,?\s*(?:(?:à|at)\s+)?\d{1,2}\s*[h:.]\s*\d{2}(?:\s*[ap]\.?m\.?)?"
_RELATIVE = re.compile(r"(?:(?:publi[ée]e?|mise? en ligne|mis à jour|mise à jour|actualisée?|updated|last updated|"
                       r"posted|published)\s*:?\s*)?"
                       r"(?:(?:(?<=[\s:])|^(?=(?:aujourd['’]hui|hier|today|yesterday)" + _DAY_CLOCK + r"))"
                       r"(?P<day_word>aujourd['’]hui|hier|today|yesterday)(?:" + _DAY_CLOCK + r")?"
                       # After a label, a weekday and its clock time: "Publié mardi à 17h04", "Posted
                       # Tuesday 5:04 PM ET" (this week's day, as pages stamp the last few days' posts).
                       r"|(?<=[\s:])(?P<weekday>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|"
                       r"tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
                       r"\.?" + _DAY_CLOCK + r"(?:\s*(?-i:[ECMP][SD]?T|GMT|BST|CES?T|UTC))?"
                       r"|il y a\s+(?P<n_fr>\d+|une?)\s*"
                       r"(?P<unit_fr>s|sec(?:ondes?)?|min(?:utes?)?|h|heures?|jours?|j|semaines?|sem)"
                       r"(?:(?:(?<=h)|(?<=heure)|(?<=heures))\s*\d{2}(?:\s*min(?:utes?)?)?)?"  # "il y a 1 h 30"
                       r"|(?P<n_en>\d+|an?|one)\s*"
                       r"(?P<unit_en>s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\s+ago)",
                       re.IGNORECASE)

_WEEKDAY_INDEX = {name: i % 7 for i, name in enumerate(("lun", "mar", "mer", "jeu", "ven", "sam", "dim",
                                                          "mon", "tue", "wed", "thu", "fri", "sat", "sun"))}

# "Publié à 10h05", "Mis à jour à 16h10", "Published 3:05 PM ET": pages print the clock time
# alone for the day's own articles, so the line names the crawl's day.  A label is required:
# a bare "10h05" may be a score or a programme line.
_CLOCK_LINE = re.compile(r"(?:publi[ée]e?|mis à jour|mise à jour|actualisé|updated|posted|published)\s*:?\s*"
                         r"(?:(?:à|at)\s+)?(?P<hour>\d{1,2})\s*(?:[h:.]\s*(?P<minute>\d{2})?|(?=\s*[ap]\.?m))"
                         r"\s*(?P<ampm>[ap])?(?:\.?m\.?)?"
                         r"(?:\s*(?:utc|gmt|cet|cest|et|edt|est|bst|pt|pst|pdt)(?:[+-]\d{1,2})?)?", re.IGNORECASE)


# "Par Jean Dupont - il y a 3 heures", "Jane Doe | 2 hours ago", "Reuters · 5 min ago": a byline
# or an outlet, then the time stamp, as one line.
_STAMP_SEGMENTS = re.compile(r"\s+[|•·\-–—]\s+|\s*[|•·]\s*")
STAMP_COMPANION_WORDS = 4
# Two relative stamps joined by a comma or "and"/"et": "Publié il y a 3 heures, mis à jour il y a 1 heure".
_STAMP_PAIR = re.compile(r"\s*(?:,|\bet\b|\band\b)\s*(?=(?:mis|mise|actualis|updated|last|modifi))", re.IGNORECASE)


def _relative_part(line: str) -> str | None:
    """The relative time stamp a line is, or holds beside a short byline or outlet name."""
    text = line.strip()
    if _RELATIVE.fullmatch(text) or _CLOCK_LINE.fullmatch(text):
        return text
    if (after := _after_byline(text)) is not None:
        return after
    parts = [p.strip() for p in _STAMP_SEGMENTS.split(text) if p.strip()]
    stamps = [p for p in parts if _RELATIVE.fullmatch(p) or _CLOCK_LINE.fullmatch(p)]
    both = [p.strip() for p in _STAMP_PAIR.split(text) if p.strip()]
    if len(both) == 2 and all(_RELATIVE.fullmatch(p) for p in both):
        parts = stamps = both
    if len(stamps) == 2 and len(parts) == 2:
        # "Published 3 hours ago | Updated 1 hour ago", "Publié il y a 3 heures, mis à jour il y a
        # 1 heure": the publication's stamp and the revision's; the publication's dates the page.
        first = [p for p in stamps if not _UPDATED.match(p)]
        return first[0] if len(first) == 1 else None
    if len(parts) < 2 or len(stamps) != 1:
        return None
    others = [p for p in parts if p is not stamps[0]]
    companions_short = all(len(_WORDS.findall(_BYLINE.sub(" ", p))) <= STAMP_COMPANION_WORDS for p in others)
    return stamps[0] if companions_short else None


def _after_byline(text: str) -> str | None:
    """(clean@66) The stamp a byline's comma sets off at the line's end: "By Jane Smith, 3 hours ago",
    "Par Jean Dupont, il y a 3 heures", "By Jane Smith, CNN, 2 hours ago" (a short outlet's name between):
    the line opens with "By"/"Par" and a name (`stamplabels._BYLINE`), and every part between is at most
    `STAMP_COMPANION_WORDS` words.  A sentence's comma ("Par ailleurs, il y a 3 jours, …") is no such line:
    the name must be capitalised and the stamp must end the line."""
    byline = _BYLINE.match(text)
    if byline is None or not text[byline.end():].lstrip().startswith(","):
        return None
    parts = [p.strip() for p in text[byline.end():].split(",")][1:]
    if not parts or not (_RELATIVE.fullmatch(parts[-1]) or _CLOCK_LINE.fullmatch(parts[-1])):
        return None
    if any(not p or len(_WORDS.findall(p)) > STAMP_COMPANION_WORDS for p in parts[:-1]):
        return None
    return parts[-1]


def _clock_day(found: re.Match[str], crawled: dt.datetime) -> dt.date:
    """The crawl's day, or the day before when the stated time is later than the crawl's (the
    page was fetched after midnight, or in another time zone: then it is yesterday's)."""
    hour = int(found["hour"]) % 12 + (12 if (found["ampm"] or "").lower() == "p" else 0) \
        if found["ampm"] else int(found["hour"])
    stated = (hour, int(found["minute"] or 0))
    back = 1 if stated > (crawled.hour, crawled.minute) else 0
    return (crawled - dt.timedelta(days=back)).date()

def relative_day(line: str, crawled: dt.datetime | None) -> dt.date | None:
    """The day a relative time line ("il y a 3 heures", "2 days ago") names, counted back
    from the moment the page was fetched (None without that moment: it fixes no day)."""
    part = _relative_part(line)
    if part is None:
        return None
    if crawled is not None and (clock := _CLOCK_LINE.fullmatch(part)) is not None:
        return _clock_day(clock, crawled)
    found = _RELATIVE.fullmatch(part)
    if found is None or crawled is None:
        return None
    if found["weekday"]:  # "Publié mardi à 17h04": the crawl's day or one of the six before it
        back = (crawled.weekday() - _WEEKDAY_INDEX[found["weekday"][:3].lower()]) % 7
        return (crawled - dt.timedelta(days=back)).date()
    if found["day_word"]:  # "Publié hier à 18h30": the day before the crawl
        back = 0 if found["day_word"].lower() in ("today", "aujourd'hui", "aujourd’hui") else 1
        return (crawled - dt.timedelta(days=back)).date()
    number = found["n_fr"] or found["n_en"]
    count = int(number) if number.isdigit() else 1  # "il y a une heure", "an hour ago"
    unit = (found["unit_fr"] or found["unit_en"]).lower()
    if unit.startswith(("sem", "w")):
        # "il y a 2 semaines" is furniture, but rounded: two weeks ago may be 14 to 20 days.
        return None
    if unit.startswith(("j", "d")):
        delta = dt.timedelta(days=count)
    elif unit.startswith("h"):
        delta = dt.timedelta(hours=count)
    elif unit.startswith("m"):
        delta = dt.timedelta(minutes=count)
    else:
        delta = dt.timedelta(seconds=count)
    return (crawled - delta).date()
