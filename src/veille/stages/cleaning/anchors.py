"""What anchors a line in the article's story: a calendar date or a named person in running prose.

clean@35 (written as clean@33) (issue 16).  A refit of the line model may move a finished sentence over the sentence
gate (`linemodel.gate`) on cues that say nothing about what the sentence tells: cln23/cln24's
voice features cut body lines carrying dates and names on unseen pages (held-out French timex
extraction and one entity per referent fell).  A sentence that dates an event ("Le 21 décembre
2017, Edouard Philippe clôt ...") or names a person doing something is what the later stages
read; furniture written as such a sentence (a caption, a related story's teaser, a template's
sign-off) is found by stronger evidence than the model's probability: a pattern, the site's
template, a line printed twice, a teaser rule, a line written in the furniture vocabulary.

The month names come from the time stage's lexicon (data/time/lexicon.json: one source for
what a date is), the given names from the entities stage's (data/entities/given_names.json,
its README gives source and licence): no list of strings of one site.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from veille.stages.cleaning.lines import fold

DATA = Path(__file__).resolve().parents[2] / "data"

# Two capitalised words in a row (a hyphenated first name counts as one: "Jean-Pierre").
_CAPITALISED = r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?"
# The surname in a lookahead, so that "Selon Jean-Marc Lefèvre" is read from each word in turn.
_NAME_PAIR = re.compile(rf"(?<![\w'’])({_CAPITALISED})(?=\s+(?:(?:de|du|van|von|di|da)\s+)?"
                        rf"({_CAPITALISED}|[A-ZÀ-Þ]{{2,}}(?!\w)))")
_NUMERIC_DATE = re.compile(r"(?<!\d)(?:\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?![\d/.]\d)")


@dataclass(frozen=True)
class Anchors:
    """Month names (French in any case; English capitalised, as English writes them: "may" is
    a verb) and given names (folded), with the regular expressions built from them."""

    given_names: frozenset[str]
    day_month: re.Pattern[str]
    month_day: re.Pattern[str]
    month_year: re.Pattern[str]


def build_anchors(fr_months: list[str], en_months: list[str], given: frozenset[str]) -> Anchors:
    # Abbreviations ("sept", "déc", "jun": a longer name of the lexicon starts with them) stand
    # for months in tables and stamps, not in prose, and some are words ("mar"): full names only.
    fr = "|".join(sorted((re.escape(m) for m in _full_names(fr_months)), key=len, reverse=True))
    en = "|".join(sorted((re.escape(m.capitalize()) for m in _full_names(en_months)), key=len, reverse=True))
    day = r"(?<![\d,.])(?:1er|1st|[12]?\d(?:st|nd|rd|th)?|3[01](?:st|th)?)"
    return Anchors(
        given,
        # "le 21 décembre 2017", "3 April", "1er mai"
        re.compile(rf"{day}\s+(?:(?i:{fr})|{en})\b"),
        # "April 3", "December 21st, 2017"
        re.compile(rf"\b(?:{en})\.?\s+(?:[12]?\d|3[01])(?:st|nd|rd|th)?\b(?![.,]?\d)"),
        # "en mars 2019", "in March 2019"
        re.compile(rf"\b(?:(?i:{fr})|{en})\s+(?:1[89]|20)\d\d\b"),
    )


def _full_names(months: list[str]) -> list[str]:
    return [m for m in months if not any(o != m and o.startswith(m) for o in months)]


@lru_cache(maxsize=1)
def time_lexicon() -> dict[str, Any]:
    """The time stage's lexicon as written (data/time/lexicon.json, words unfolded): the cleaning
    stage's one source for month names and day words."""
    data: dict[str, Any] = json.loads((DATA / "time" / "lexicon.json").read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=1)
def default_anchors() -> Anchors:
    time = time_lexicon()
    names = json.loads((DATA / "entities" / "given_names.json").read_text(encoding="utf-8"))
    given = frozenset(fold(n) for key in ("female", "male", "either") for n in names[key])
    return build_anchors(list(time["fr"]["months"]), list(time["en"]["months"]), given)


def calendar_date(text: str, anchors: Anchors) -> bool:
    """Whether the line states a calendar date: a day with its month ("le 21 décembre",
    "April 3"), a month with its year ("en mars 2019") or a numeric date ("05/02/2017").  A bare
    year, a weekday or "ce matin" is not: they stand in captions, stamps and teasers as often."""
    return bool(anchors.day_month.search(text) or anchors.month_day.search(text)
                or anchors.month_year.search(text) or _NUMERIC_DATE.search(text))


def named_person(text: str, anchors: Anchors, stop_words: frozenset[str]) -> bool:
    """Whether the line names a person: a given name followed by a capitalised surname
    ("Edouard Philippe", "Nikola Karabatic", "Daniel Devaud").  A given name that is also a
    function word ("Le", "Des", "The") or a month is not one."""
    for match in _NAME_PAIR.finditer(text):
        first, last = fold(match.group(1).split("-")[0]), fold(match.group(2))
        if first in anchors.given_names and first not in stop_words and last not in stop_words:
            return True
    return False
