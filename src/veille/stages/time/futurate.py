"""(time@52) The present of a day to come before a day of a month: "The trial begins on January 10",
"Classes resume on January 10", "Le procès s'ouvre le 10 décembre" (`tagger.tag`'s month-day block reads the
day ahead, as it reads a bare weekday in such a clause).  Split from `tagger.py`, which calls it.
"""

from __future__ import annotations

import re
from typing import Any

from veille.stages.time.lexicon import Lexicon
from veille.stages.time.recognise import Found
from veille.stages.time.tense import BEFORE_NOUNS, french_present_schedule, left_end, parsed_present_before, tense_at

_WORD = re.compile(r"[\w'’-]+")


def _plain_form(third_person: str) -> str:
    """"begins" -> "begin", "launches" -> "launch", "goes" -> "go": the plain present of a third person."""
    return third_person[:-2] if third_person.endswith(("ches", "shes", "sses", "xes", "oes")) else third_person[:-1]


def _plural_subject(word: str) -> bool:
    """Whether `word` may be the plural subject of a plain present: "they", "we", "you", "i", or a noun in
    "-s" that is no determiner, possessive or singular in "-ss", "-us", "-is" ("classes", not "its", "his",
    "this", "the bus", "the court's")."""
    return word in {"they", "we", "you", "i"} or (
        len(word) >= 4 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))
        and word not in BEFORE_NOUNS)


def futurate_present(lex: Lexicon, body: str, f: Found, parse: Any) -> bool:
    """(time@52) Whether the clause before the day at `f` tells it in the present of a day to come
    (`tag`'s month-day block), with no past form further on in an English sentence governing it."""
    if lex.lang == "en":
        # Not any word in "-s" (`english_present`'s reading for weekdays: "The reopening of the two
        # airports on October 12 ... have been seen" is no present of the airports), but a verb of an
        # agenda in its third person ("begins", "opens", "faces", `tense.schedule_verbs`) among the four
        # words before the day, after no determiner or number (a noun: "the returns on April 15"),
        # and no past form further on in the sentence governing the day; or its plain form after a
        # plural subject ("Classes resume on January 10", "They return to court on January 10").
        words = [w.lower() for w in _WORD.findall(body, left_end(body, f.start) + 1, f.start)]
        agenda = lex.wordset("tense.schedule_verbs")
        plain = {_plain_form(w) for w in agenda}
        return (any((w in agenda and (k == 0 or (words[k - 1] not in BEFORE_NOUNS and not words[k - 1].isdigit())))
                    or (w in plain and k > 0 and _plural_subject(words[k - 1]))
                    for k, w in enumerate(words) if k >= len(words) - 4)
                and tense_at(lex, body, f.start, f.end, None, window=len(body)) >= 0)
    return (french_present_schedule(body, f.start, lex.wordset("tense.etre_participles"))
            or parsed_present_before(parse, f.start, lex.wordset("tense.schedule_verbs")))
