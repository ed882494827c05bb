"""Modality of an event trigger: asserted, negated, planned or hypothetical.

It is read from the words that govern the trigger (a planning verb, a negation, a hypothetical
adjective) and from the tense and mood of the verbs on the way up, stopping at a speech verb:
what a speaker says is reported, and the speech verb's own tense is not the event's.
"""

from __future__ import annotations

import re
from typing import Any

from veille.model import Modality
from veille.stages.events.lexicon import Lexicon

# The French conditional's endings; public because events@69's imparfait rule (background_fr.py) reads it too.
CONDITIONAL_ENDING = re.compile(r"(?:rais|rait|rions|riez|raient)$")
_FUTURE = re.compile(r"(?:rai|ras|ra|rons|rez|ront)$")


def realised(token: Any, lex: Lexicon) -> bool:
    """Whether a relational noun is governed (through nouns and prepositions) by a realiser."""
    t = token
    for _ in range(5):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.casefold() in lex.realisers:
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False


# Dependencies through which a word's modality governs the trigger below it: "envisagent
# une visite" (obj), "devrait se traduire" (xcomp), "la volonté de renforcer" (acl/nmod).
# An adjunct ("suite aux coups d'État, ils ont cherché ...") does not pass it on.
_CONTENT_DEPS = ("obj", "xcomp", "nmod", "ccomp", "acl", "nsubj", "nsubj:pass", "obl:arg")


def _tense_modality(t: Any, lex: Lexicon) -> Modality | None:
    """Future and conditional on a verb or its auxiliaries."""
    forms = [t] + [c for c in t.children if c.dep_.startswith("aux")]
    for v in forms:
        if v.pos_ not in ("VERB", "AUX"):
            continue
        morph = str(v.morph)
        if "Mood=Cnd" in morph or ("VerbForm=Fin" in morph and CONDITIONAL_ENDING.search(v.lower_)):
            if t.lemma_.casefold() in lex.hypothetical:
                return "hypothetical"
            return "planned" if _reported(t, lex) else "hypothetical"
        if "Tense=Fut" in morph or ("VerbForm=Fin" in morph and _FUTURE.search(v.lower_)):
            return "planned"
    return None


def modality(trigger: Any, lex: Lexicon) -> Modality:
    chain = [trigger]
    t = trigger
    while t.dep_ in _CONTENT_DEPS and t.head.i != t.i and len(chain) < 6:
        t = t.head
        chain.append(t)
        if t.pos_ in ("VERB", "AUX") and t.lemma_.casefold() in lex.speech:
            break
    for t in chain:
        if (t.pos_ in ("VERB", "AUX") or t is trigger) and any(
                c.lemma_.casefold() in lex.negation and c.dep_ in ("advmod", "det") for c in t.children):
            return "negated"
    if possible(trigger, lex):
        return "hypothetical"  # (events@59) "une possible suppression", "envisagent de frapper"
    for t in chain:
        lemma = t.lemma_.casefold()
        if t is not trigger and t.pos_ in ("VERB", "AUX") and lemma in lex.speech:
            break
        if lemma in lex.hypothetical and (t.pos_ == "ADJ" or CONDITIONAL_ENDING.search(t.lower_)):
            return "hypothetical"
        if t is not trigger and lemma in lex.planned:
            return "planned"
        if any(c.dep_ == "amod" and c.lemma_.casefold() in lex.planned for c in t.children):
            return "planned"
        if t.pos_ in ("VERB", "AUX"):
            found = _tense_modality(t, lex)
            if found:
                return found
    return "asserted"


# (events@59) Dependencies through which a possibility governs the trigger: its object or
# complement ("pourrait sanctionner", "envisagent d'intensifier leurs frappes"), never its subject:
# "la rencontre ... pourrait durer deux heures" says how long a meeting may last, not whether it
# takes place.
_POSSIBLE_DEPS = ("obj", "xcomp", "nmod", "acl", "obl:arg")


def _conditional(verb: Any) -> bool:
    morph = str(verb.morph)
    return "Mood=Cnd" in morph or ("VerbForm=Fin" in morph and bool(CONDITIONAL_ENDING.search(verb.lower_)))


def possible(trigger: Any, lex: Lexicon) -> bool:
    """(events@59) Whether the text tells the French trigger as a possibility, not as a fact or a
    decision: a modal of possibility in the conditional ("pourrait sanctionner", "X pourrait être
    arrêté"), a verb of deliberation ("envisagent d'intensifier leurs frappes", `considered`) or an
    adjective of possibility on the trigger or a noun governing it ("une possible suppression de
    postes", "d'éventuelles sanctions"). GUIDELINES.md counts the main real-world events an article
    reports: an option is none, whatever the filter's other features say. "A pu se rendre" (the
    past of "pouvoir": it happened), a plan ("doit rencontrer", "se rendra") and a possibility
    about the event's course ("la rencontre pourrait durer") are not possibilities of the event.
    What a speaker says stops the walk up (their statement's mood is theirs)."""
    t, chain = trigger, [trigger]
    while t.dep_ in _POSSIBLE_DEPS and t.head.i != t.i and len(chain) < 6:
        t = t.head
        if t.pos_ in ("VERB", "AUX") and t.lemma_.casefold() in lex.speech:
            break
        chain.append(t)
    for t in chain:
        if any(c.dep_ == "amod" and c.lemma_.casefold() in lex.hypothetical for c in t.children):
            return True
        if t.pos_ not in ("VERB", "AUX"):
            continue
        if t is not trigger and t.lemma_.casefold() in lex.considered:
            return True
        modal = [t] if t is not trigger else []
        modal += [c for c in t.children if c.dep_.startswith("aux")]
        if any(v.lemma_.casefold() in lex.hypothetical and _conditional(v) for v in modal):
            return True
    return False


def _reported(verb: Any, lex: Lexicon) -> bool:
    """A conditional under a speech verb is a reported future ("a annoncé qu'il se rendrait")."""
    t = verb
    for _ in range(3):
        if t.head.i == t.i:
            return False
        if t.dep_ in ("ccomp", "parataxis") and t.head.lemma_.casefold() in lex.speech:
            return True
        t = t.head
    return False
