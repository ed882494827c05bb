"""The forms around a date in a page's stamp lines, apart from the dates themselves (moved from
`cleaning.pubdate`, which reads them in `DateFinder`): a reading time, the segments of a stamp line, an
issuing body's shape, a stamp glued to the first sentence, a "today" widget, a bracketed stamp, an archive
caption, two-digit years, and how a numeric date's three figures make a day."""

from __future__ import annotations

import datetime as dt
import re

from veille.stages.cleaning.urldates import plausible_day as _day

# The reading time a byline stamp ends on, its figure often lost with the page's icons: "Gino
# CROSTINI (CLP) - 22 mai 2023 à 12:00 - Temps de lecture :", "Durée de lecture : 3 min", "Reading
# time: 4 minutes", "Lecture 2 min", "3 min read": one more part of the stamp, not a sentence's words
# (clean@30).
_READING = re.compile(r"\b(?:(?:temps|durée)\s+de\s+lecture|reading\s+time|lecture)\s*:?\s*"
                      r"(?:\d+\s*(?:min(?:ute)?s?|mn)\b)?"
                      r"|\b\d+\s*(?:min(?:ute)?s?|mn)\.?\s*(?:read|de\s+lecture)\b", re.IGNORECASE)
# "12 mars 2024 | Politique", "April 1, 2025 / 3:04 PM / Updated 2 hours ago": one segment is the date.
_SEGMENTS = re.compile(r"\s[|•·/]\s")
# An issuing body's name beside the date (`DateFinder._issuer`): at most this many words, none of
# these marks (a figure, a sentence's or a clause's punctuation).
ISSUER_WORDS = 8
_SENTENCE_MARKS = re.compile(r"[\d.!?;:«»\"“”]")
# The word linking a body's head to what it serves: "Département de …", "Office of …", "Direction
# d'…" (the elided article is glued to the next word).
_ISSUER_LINK = re.compile(r"(?:de|du|des|of|for)$|d['’]\w", re.IGNORECASE)
# The endings of the French adjectives that follow a body's head word ("départementale", "national",
# "constitutionnel", "régionale", "judiciaire", "économique", "administrative", "supérieur",
# "délégué", "suprême"): derivational suffixes of relational and participial adjectives, none a
# present-tense verb's ending ("annonce", "censure", "passes", "arrest").
_ADJECTIVE_END = re.compile(r"(?:al|ale|aux|el|elle|ien|ienne|aire|ique|if|ive|é|ée|eur|ier|ière|ais|aise|ois|oise"
                            r"|ic|ême|ème|ime|ain|aine)s?$", re.IGNORECASE)
# A stamp glued to the first sentence (`DateFinder._glued_stamp`): what may stand between its
# parts (a comma, a dash, a bar, a dot), its clock times ("à 14h05", "5:04 PM ET", "- 14:05"),
# and the sentence after it: a capital or an opening quote, then words.
_GLUE_GAP = re.compile(r"[\s,;|•·–—-]*")
_GLUE_TIME = re.compile(r"(?:[\s,–—-]*(?:à|at)?\s*\d{1,2}\s*(?:[h:.]\s*\d{2}|h\b)(?:\s*(?:am|pm|a\.m\.|p\.m\.))?"
                        r"(?:\s*(?:utc|gmt|cet|cest|et|edt|est|pst|pdt|bst)\b)?)*", re.IGNORECASE)
# A clock time between a label and its date ("Published 5:04 p.m. ET March 12, 2024").
_LEAD_CLOCK = re.compile(r"\s*(?:à|at)?\s*\d{1,2}\s*(?:[h:.]\s*\d{2}|h\b)\s*(?:am|pm|a\.m\.|p\.m\.)?"
                         r"(?:\s*(?-i:[ECMP][SD]?T|UTC|GMT|BST|CES?T|IST)\b)?", re.IGNORECASE)
# The article's age before its date, as themes print it in a byline stamp: "Published 1 year ago on
# March 12, 2023", "Publié il y a 11 mois le 12 mars 2023".  Rounded, so it fixes no day by itself
# (`_RELATIVE`, which counts back from the crawl, leaves months and years out); beside a date it is
# one more part of the stamp, and the date is the stamp's.
_AGE = re.compile(r"\s*(?:(?:\d+|an?|one)\s*(?:years?|yrs?|months?|mos?|weeks?|wks?|days?|hours?|hrs?|"
                  r"minutes?|mins?)\s+ago|il y a\s+(?:\d+|une?)\s*(?:ans?|années?|mois|semaines?|jours?|"
                  r"heures?|minutes?))(?:\s*,)?(?:\s+(?:on|le)\b)?", re.IGNORECASE)
_GLUE_SENTENCE = re.compile(r"\s+[\"«“]?\s*[A-ZÀ-ÖØ-Ý]")
GLUED_SENTENCE_WORDS = 6
GLUED_HEAD = 60  # how far into the paragraph its label may start (after a byline)


def _skip(pattern: re.Pattern[str], text: str, at: int) -> int:
    """Where `pattern` (which may match nothing) stops when matched at `at`."""
    found = pattern.match(text, at)
    return found.end() if found else at


# A date and its clock time, then a dash, opening a paragraph: "May 17, 2024 -- ", "17/05/2024 - ".
_OPENING_DATE = re.compile(r"(?P<date>[^\n]{6,45}?)\s*(?:--|[–—-])\s+(?=[A-ZÀ-ÖØ-Ý\"«“])")
# The day the page was shown, not written: "View Date:", "Current date:", "Today is …", "Aujourd'hui :",
# "Nous sommes le …", "Date du jour :" (widgets and scraper copies print it above the article); and
# the day a print version was printed (clean@28): "Imprimé le 08/10/2024", "Printed on October 8,
# 2024", "Page printed: …", "Date d'impression :", which a site's print view stamps at the top or
# foot of every page, the reader's day.  Such a line is furniture and dates nothing (`TODAY`).
_TODAY = re.compile(r"(?:view\s*date|current\s+date|today(?:'s\s+date)?(?:\s+is)?|aujourd['’]hui|"
                    r"nous\s+sommes\s+le|date\s+du\s+jour|"
                    r"(?:(?:page|document|article)\s+)?(?:imprimée?|printed)(?:\s+(?:le|on))?|"
                    r"date\s+d['’]impression|print(?:ed)?\s+(?:date|on))"
                    r"\s*[:,]?\s*(?:le\s+|on\s+)?(?=\S)", re.IGNORECASE)
TODAY = "today_line"
# A bracketed stamp opening a paragraph: "[Mis à jour le …]", "(Publié le …)".
_OPENING = re.compile(r"^\s*[\[(](?P<inner>[^\[\]()]{6,90})[\])]")
# Archive pictures in captions: AP's "FILE -", AFP's "(archives)", "photo d'archives", "file photo".
_ARCHIVE = re.compile(r"^\s*FILE\b|\b(?:file\s+(?:photo|image|picture)|archives?|archival|photo d['’]archives?)\b",
                      re.IGNORECASE)


# "Publié le 12/03/24 à 10h05": a two-digit year, read only right after a label (in running
# text "3/4/25" is as likely a score or a ratio), day first as French and British pages write it.
_SHORT_YEAR = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})(?![\d/.-])")


# A two-digit year is read in a line of its own too when a clock time follows it and nothing
# else: "12/03/25 à 14h05", "03/12/25 - 5:04 PM" is a stamp (a score or a ratio has no clock).
_CLOCK_AFTER = (r"\s*[,|-]?\s*(?:à|at)?\s*\d{1,2}\s*[h:]\s*\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?"
                r"(?:\s*(?:utc|gmt|cet|cest|et|edt|est|pst|pdt|bst))?")
_SHORT_STAMP = re.compile(r"(?:le\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})" + _CLOCK_AFTER, re.IGNORECASE)
_CLOCK_TAIL = re.compile(_CLOCK_AFTER + r"\s*", re.IGNORECASE)


def _short_year(text: str) -> dt.date | None:
    found = _SHORT_YEAR.match(text.lstrip(" :"))
    return _day(2000 + int(found[3]), int(found[2]), int(found[1])) if found else None


# The word that ends a date's head, with its abbreviation's dot and comma: "Mon, ", "lundi ", "Tue. ".
_LAST_WORD = re.compile(r"(?P<word>[^\W\d_]+)\.?,?\s*$")


def _numeric_day(a: str, b: str, c: str, english: bool) -> dt.date | None:
    if len(a) == 4:  # 2025-07-24
        return _day(int(a), int(b), int(c)) if len(c) <= 2 else None
    if len(c) != 4:
        return None
    first, second, year = int(a), int(b), int(c)
    if first > 12:
        return _day(year, second, first)
    if second > 12:
        return _day(year, first, second)
    return _day(year, first, second) if english else _day(year, second, first)
