"""A speaker given by office, then named in the next sentence as the one who speaks on
(entities@83): "Le ministre de l'Intérieur a annoncé un renfort de policiers. [¶] Gérald X a
précisé que …", "Recruitment has been paused, the chief minister has indicated. [¶] Deputy X said
…". News names a speaker once by office and once by name, in either order; the name-then-office
order is `roles_anaphora`'s (a definite title opening the sentence after the name). This module
reads the office-then-name order anywhere in an article, where `roles_anaphora` reads it only
after a quote that opens the article.

Read by the dependency parse the pipeline already has (spaCy's `nsubj`; the pipeline parses French
only, so English reads the word after the phrase, past an auxiliary: "the prime minister has
indicated", "X said") and the reporting verbs of `data/quotes/reporting_verbs.json` (VerbNet /
Verb∃net communication classes; read as data, the quotes stage is not imported): the title's head
is the subject of a reporting verb, and the
one person the next sentence names (across at most one paragraph break, outside quotation marks)
is the subject of a verb that goes on with a statement already begun (`_GOES_ON`: "ajouter",
"préciser", "add", "continue"): the same speaker going on. Any other reporting verb may be
someone else's answer ("Le ministre s'est exprimé. X a dit non": X may be anyone). Nobody may be named in the
title's sentence nor in the sentence before it (someone named there is the one the title would
take up, `roles_anaphora`'s reading), and the person must be named for the first time there (a
person already named without that office is not introduced by it). The fit checks (gender, no
other office stated for the person, no one else holding that office in the article) are
`roles_anaphora`'s.

Written from general knowledge of French and English news style; no rule comes from an
evaluation text."""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from veille.stages.entities.gazetteer import DATA
from veille.stages.entities.recognize import Candidate
from veille.stages.entities.roles_title_match import TitleMatch

_SUBJECT = ("nsubj", "nsubj:pass")
# The reporting verbs that go on with a statement the same speaker began (of the reporting verbs
# above: the "add" sense of VerbNet's say-37.7, French "ajouter/préciser/poursuivre/compléter/continuer").
_GOES_ON = frozenset({"ajouter", "préciser", "poursuivre", "compléter", "continuer", "add", "continue",
                      "elaborate"})
# English, unparsed: an auxiliary or an adverb, then the verb's word ("has indicated", "also said").
_EN_VERB = re.compile(r"\s+(?:(?:has|had|have|also|then|later|again)\s+){0,2}(?P<verb>[a-z]+)\b")


@cache
def reporting_lemmas() -> frozenset[str]:
    """The lemmas of French and English reporting verbs ("dire", "ajouter", "say", "add")."""
    data = json.loads((DATA / "quotes" / "reporting_verbs.json").read_text(encoding="utf-8"))
    return frozenset(v.lower() for lang in ("fr", "en") for v in data[lang]["verbs"] if " " not in v)


@cache
def _english_forms() -> frozenset[str]:
    """The past and third-person forms of the English reporting verbs ("said", "added", "indicates")."""
    data = json.loads((DATA / "quotes" / "reporting_verbs.json").read_text(encoding="utf-8"))["en"]
    out: set[str] = set()
    for verb in data["verbs"]:
        if " " in verb:
            continue
        out.update(data["forms"].get(verb, []))
        stem = verb[:-1] if verb.endswith("e") else verb
        out.update({stem + "ed", verb + "s"} if not verb.endswith("y") or verb[-2] in "aeiou"
                   else {verb[:-1] + "ied", verb[:-1] + "ies"})
        if verb.endswith(("s", "sh", "ch", "x", "z")):
            out.add(verb + "es")
    return frozenset(out)


def _english_speaks(body: str, end: int, going_on: bool = False) -> bool:
    """Whether the word after `end` (past an auxiliary or an adverb) is an English reporting verb's
    (`going_on`: one of `_GOES_ON`'s)."""
    m = _EN_VERB.match(body, end)
    if m is None:
        return False
    word = m.group("verb")
    if going_on:
        return word in {f for v in _GOES_ON for f in (v + "s", v + "d", v + "ed", v + "es")}
    return word in _english_forms()


def _root(doc: Any, start: int, end: int) -> Any | None:
    """The token of [start, end) whose head lies outside it (the phrase's head), else None."""
    span = [tok for tok in doc if start <= tok.idx < end]
    return next((tok for tok in span if not (start <= tok.head.idx < end) or tok.head.i == tok.i), None)


def _speaks(tok: Any | None, verbs: frozenset[str]) -> bool:
    """Whether a token is the subject of one of `verbs` (its governor's lemma; spaCy may tag a
    participle as an adjective or an auxiliary-led verb as AUX, so the lemma alone decides)."""
    if tok is None or tok.dep_ not in _SUBJECT:
        return False
    return str(tok.head.lemma_).lower() in verbs


def title_speaks(body: str, doc: Any, t: TitleMatch, lang: str | None) -> bool:
    """Whether the title's head is the subject of a reporting verb ("le ministre de l'Intérieur a
    annoncé", "…, the chief minister has indicated")."""
    if lang == "en":
        return _english_speaks(body, t.end)
    return doc is not None and _speaks(_root(doc, t.core_start, t.core_end), reporting_lemmas())


def name_speaks(body: str, doc: Any, c: Candidate, lang: str | None) -> bool:
    """Whether a name is the subject of a verb going on with a statement ("Gérald X a précisé",
    "X added")."""
    if lang == "en":
        return _english_speaks(body, c.end, going_on=True)
    return doc is not None and _speaks(_root(doc, c.start, c.end), _GOES_ON)
