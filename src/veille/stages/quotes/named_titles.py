"""A title the article names by a verb of going on (quotes@24).

News often gives a speaker's office first and their name only at the next quote: « … », explique
le président de la Chambre. « … », poursuit Étienne Gangneron ('"…," the chief executive said.
"…," Smith continued'). A verb of going on ("poursuivre", "continuer", "enchaîner", "continue")
says that its subject is the one who was speaking, so the definite title of the quote
right before it names that person: the earlier quote is theirs, and so is every other quote of the
article whose speaker is the same title phrase, unresolved ("« … », explique le président de la
Chambre" again further down). "ajouter" / "add" and "conclure" are left out: news uses them for a
second speaker who adds a point too ('"…," the coach said. "…," added Smith').

Left alone: a naming phrase with a title of its own ("poursuit le vice-président Jean Dupont":
another office, maybe another person), a title of the other gender than the person's, an
indefinite source ("un élu", "a spokesman": not one the article identifies), and a title phrase
the verb would tie to two people."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise
from typing import Any, Protocol

# the verbs whose subject goes on speaking (in an incise after the quote)
SAME_SPEAKER = re.compile(r"(?<![\w-])(?:poursui|continu|enchaîn)\w*", re.IGNORECASE)


class _Who(Protocol):
    gender: dict[str, str]
    titles: frozenset[str]

    def _person(self, entity: str) -> bool: ...

    def _definite_title(self, words: list[str]) -> bool: ...

    def phrase_gender(self, words: list[str]) -> str | None: ...


def goes_on(body: str, quote_end: int, speaker: tuple[int, int]) -> bool:
    """Whether the incise after a quote has a verb of going on: between the quote and its speaker
    ("», poursuit X") or right after the speaker ('," X continued')."""
    if SAME_SPEAKER.search(body, quote_end, speaker[0]) is not None:
        return True
    after = re.match(r"\s*", body[speaker[1]:speaker[1] + 40])
    return SAME_SPEAKER.match(body, speaker[1] + (after.end() if after else 0)) is not None


def name_titles(order: Iterable[Any], resolved: dict[int, tuple[str | None, str]], going_on: set[int],
                who: _Who) -> None:
    """Rewrites, in `resolved`, the unresolved definite-title speakers that a verb of going on names.
    `order`: the quotes in text order; `going_on`: the ids of those whose incise verb goes on."""
    quotes = [q for q in order if id(q) in resolved]
    bound: dict[str, str | None] = {}
    for before, q in pairwise(quotes):
        person, naming = resolved[id(q)]
        unresolved, phrase = resolved[id(before)]
        if id(q) not in going_on or person is None or unresolved is not None or not who._person(person):
            continue
        words = phrase.casefold().replace("’", "'").split()
        if not who._definite_title(words):
            continue
        # the naming phrase states no office of its own ("poursuit le vice-président Jean Dupont")
        if any(w.strip(".,;:") in who.titles for w in naming.casefold().split()):
            continue
        title_gender = who.phrase_gender(words)
        known = who.gender.get(person)
        if title_gender and known and title_gender != known:
            continue
        key = " ".join(words)
        # one title phrase tied to two people says nothing of either
        bound[key] = person if bound.get(key, person) == person else None
    if not bound:
        return
    for q in quotes:
        speaker, phrase = resolved[id(q)]
        if speaker is None and phrase:
            named = bound.get(" ".join(phrase.casefold().replace("’", "'").split()))
            if named is not None:
                resolved[id(q)] = (named, phrase)
