"""(time@50) A year that opens its sentence as a frame adverbial ("En 2019, ...", "In 2019, ...",
"Au cours de l'année 2010, ...", "During 2023, ..."): it sets the scene of the whole sentence, so a
month or a day of a month said without a year in that sentence ("En 2019, l'entreprise a ouvert une
usine en mars") is that year's, however near the same month of the article's year lies.  A year said
after the verb ("elected in 2018 and resigned in March") frames less surely: news sets a recent month
against a past year ("Inflation reached 5% in 2023 and fell to 3% in March"), and `resolve._year_for`
keeps its reading by recency there.  And a quarter or half told in the past as the time of its clause ("Au
premier semestre, le chiffre d'affaires a progressé") is one that has ended (`period_told_over`)."""

from __future__ import annotations

import re

from veille.stages.time.lexicon import Lexicon, fold
from veille.stages.time.recognise import Found

# What may stand between the sentence's start and the year: the frame's preposition, and the year
# named as such ("l'année 2010", "the year 2010").
_OPENING = re.compile(r"^\s*[«\"“]?\s*(?:(?:en|in|during|durant|pendant|au\s+cours\s+de|tout\s+au\s+long\s+de|"
                      r"throughout)\s+(?:l['’]\s*(?:année|an)\s+|the\s+year\s+)?)?$", re.IGNORECASE)
# A sentence ends at a full stop, a question or exclamation mark before a capital or a quotation
# mark, or at a line break; the frame ends there, or earlier at a semicolon or a clause set against it
# ("En 2023, l'inflation a atteint 5 %, mais elle est retombée à 3 % en mars": this March).
_SENTENCE_END = re.compile(r"[.!?](?=\s+[«\"“A-ZÀ-Ý])|\n|;|[,\s]\s*(?:mais|but|alors\s+que?|tandis\s+que?|"
                           r"while|whereas|although|though|yet|cependant|pourtant|toutefois|however|depuis|since)"
                           r"(?!\w)", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:[.!?]\s+|\n)(?=[^\n]*$)")


def fronted_frame_end(body: str, start: int, end: int) -> int | None:
    """Where the sentence a fronted year (`body[start:end]`, followed by a comma) frames ends, or
    None when the year does not open its sentence so."""
    if not re.match(r"\s*,", body[end:end + 3]):
        return None
    opened = _SENTENCE_START.search(body, 0, start)
    sentence_start = opened.end() if opened is not None else 0
    if _OPENING.match(body[sentence_start:start]) is None:
        return None
    closed = _SENTENCE_END.search(body, end)
    return closed.start() if closed is not None else len(body)



# The preposition that makes a quarter or half the time of its clause ("au premier semestre", "in the
# first half", "during the third quarter"), not a modifier of a noun ("a fourth-quarter outlook", "les
# résultats du premier semestre", "guidance for the second half").
_PERIOD_PREPOSITION = re.compile(r"(?<!\w)(?:au|en|durant\s+le|pendant\s+le|sur\s+le|in|during|over)\s+(?:the\s+)?$",
                                 re.IGNORECASE)


def period_told_over(lex: Lexicon, body: str, f: Found) -> bool:
    """Whether a quarter or half (`f`, in a clause told in the past) is told as the time of its clause
    after a preposition, with no word saying it still runs ("déjà", "so far": `tense.so_far`), so that
    the past says it has ended."""
    if f.spec.kind != "yearpart" or (f.spec.season or " ")[0] not in "QH" or f.spec.year is not None:
        return False
    text = body[f.start:f.end]
    if "-" in text or _PERIOD_PREPOSITION.search(body[max(0, f.start - 16):f.start]) is None:
        return False
    opened = _SENTENCE_START.search(body, 0, f.start)
    closed = re.search(r"[.!?](?=\s)|\n", body[f.end:])
    sentence = fold(body[opened.end() if opened is not None else 0:f.end + (closed.start() if closed else len(body))])
    return not any(re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", sentence) for cue in lex.wordset("tense.so_far"))
