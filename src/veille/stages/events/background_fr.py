"""French acts told as background rather than as the article's news (events@69, issue 19).

GUIDELINES.md counts the main real-world events an article reports; background mentions are at best
optional. French grammar marks part of the background by tense: the imparfait describes a state or
a setting, not a step of the narrative ("Il était accusé d'avoir reçu des pots-de-vin", "les
manifestants réclamaient ..."); the narrative's acts are told in the passé composé or simple, and
the plus-que-parfait ("avait concédé sa défaite") places an act before another and still tells it.
Under a speech verb the imparfait is the reported present (concordance des temps: "a affirmé que
l'armée visait les civils"), which stays.

Tried and not kept (evf44): a timex inside an adverbial infinitive clause ("Après avoir annoncé la
nomination du gouvernement dimanche, X a présenté sa démission") taken as dating that clause only:
right on one eval/news dev event, but it added a false French event on eval/events_pool's held-out
part and no dev figure moved in the full run.
"""

from __future__ import annotations

from typing import Any

from veille.stages.events.modality import CONDITIONAL_ENDING

# Dependencies through which a reported clause hangs on its speech verb.
_REPORTED_DEPS = ("ccomp", "parataxis", "xcomp", "advcl", "conj")


def _imperfect(verb: Any) -> bool:
    """The imparfait of the indicative. The tagger often gives the conditional ("se rendrait") the
    imparfait's tense: its ending tells it (`modality.CONDITIONAL_ENDING`; "ouvrait" is then left alone)."""
    return "Imp" in verb.morph.get("Tense") and "Fin" in verb.morph.get("VerbForm") \
        and not {"Sub", "Cnd"} & set(verb.morph.get("Mood")) and not CONDITIONAL_ENDING.search(verb.lower_)


def _reported(verb: Any, speech: frozenset[str]) -> bool:
    """Whether the clause hangs (through at most three links) on a speech verb."""
    t = verb
    for _ in range(3):
        if t.head.i == t.i or t.dep_ not in _REPORTED_DEPS:
            return False
        t = t.head
        if t.pos_ in ("VERB", "AUX") and t.lemma_.casefold() in speech:
            return True
    return False


def imperfect(trigger: Any, speech: frozenset[str]) -> bool:
    """Whether a French verb trigger is told in the imparfait, active ("réclamaient") or passive
    ("était accusé"), outside reported speech. The plus-que-parfait ("avait concédé", "avait été
    arrêté": a tense auxiliary) is not: it tells an act before another."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    aux = [c for c in trigger.children if c.dep_.startswith("aux")]
    if any(c.dep_ in ("aux", "aux:tense") for c in aux):
        return False  # a compound tense: passé composé, plus-que-parfait
    passive = [c for c in aux if c.dep_ == "aux:pass"]
    told = passive[0] if passive else trigger
    return _imperfect(told) and not _reported(trigger, speech)
