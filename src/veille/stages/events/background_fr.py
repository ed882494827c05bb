"""French acts told as background rather than as the article's news (events@69, issue 19).

GUIDELINES.md counts the main real-world events an article reports; background mentions are at best
optional. French grammar marks part of the background by tense and by construction:

- the imparfait describes a state or a setting, not a step of the narrative ("Il était accusé
  d'avoir reçu des pots-de-vin", "les manifestants réclamaient ..."): the narrative's acts are told
  in the passé composé or simple, the plus-que-parfait ("avait concédé sa défaite") places an act
  before another and still tells it. Under a speech verb the imparfait is the reported present
  (concordance des temps: "a affirmé que l'armée visait les civils"), which stays.
- a timex inside an adverbial infinitive clause of an earlier or later act ("Après avoir annoncé la
  nomination du gouvernement dimanche, X a présenté sa démission") dates that clause's act, not
  the main clause's trigger.
"""

from __future__ import annotations

from typing import Any

# Dependencies through which a reported clause hangs on its speech verb.
_REPORTED_DEPS = ("ccomp", "parataxis", "xcomp", "advcl", "conj")


def _imperfect(verb: Any) -> bool:
    return "Imp" in verb.morph.get("Tense") and "Fin" in verb.morph.get("VerbForm") \
        and "Sub" not in verb.morph.get("Mood")


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


def _infinitive_clause(verb: Any) -> bool:
    """An adverbial infinitive clause ("après avoir annoncé", "avant de partir")."""
    if verb.dep_ not in ("advcl", "acl"):
        return False
    inf = "Inf" in verb.morph.get("VerbForm") or any(
        c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in verb.children)
    return inf and any(c.dep_ == "mark" for c in verb.children)


def other_clause(doc: Any, start: int, end: int, trigger: Any) -> bool:
    """Whether the timex at [start, end) lies in an adverbial infinitive clause that does not hold
    the trigger: that clause's act is the one it dates."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    t = span.root
    while t.head.i != t.i:
        t = t.head
        if t.pos_ in ("VERB", "AUX") and _infinitive_clause(t):
            return trigger.i not in {x.i for x in _own(t)}
    return False


def _finite(verb: Any) -> bool:
    """A clause of its own: a verb with a subject, or with a finite verb or auxiliary."""
    return verb.pos_ in ("VERB", "AUX") and (
        "Fin" in verb.morph.get("VerbForm") or any(
            c.dep_.startswith("nsubj") or (c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm"))
            for c in verb.children))


def _own(clause: Any) -> list[Any]:
    """The infinitive clause's words: its subtree without a finite clause the parser hung under it
    ("Après avoir annoncé X dimanche, le Premier ministre a présenté sa démission" is often parsed
    with the main clause as a dependent of the infinitive)."""
    out, todo = [], [clause]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if not _finite(c))
    return out
