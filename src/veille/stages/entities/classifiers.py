"""The kind of thing a name is, from the common noun before it in apposition.

News writing introduces a name with what it is: "sur son réseau Truth Social", "l'enseigne Lidl",
"le complexe de Costa Navarino", "son roman Jacaranda", "the carmaker Renault". The noun says
the name's type better than spaCy, which reads an unknown capitalised pair as a person
("Truth Social") and an unknown place as anything. The nouns are `data/entities/classifiers.json`
(general news usage, not eval/news); a noun may be followed by at most two lowercase words (an
adjective, a "de" complement: "l'avion présidentiel « Air Force One »", "l'agrégateur de sondage
Qc125") and an opening quotation mark; only a place noun takes its name after "de"/"d'" ("la
ville de Lyon"), since "le groupe de X" is no apposition; a title between the noun and the name
makes the name a person's ("party leader X").
"""

from __future__ import annotations

import re
from typing import Any

from veille.model import EntityType
from veille.stages.entities.text import fold_same_length

_OF = ("de", "d'", "du", "des")
# A word right before the noun that is no sentence's end: the noun is inside a sentence.
_MID_SENTENCE = re.compile(r"[\w,;'’]\s*$")
_ARTICLES = ("le", "la", "les", "l'", "un", "une", "the", "a", "an", "of", "et", "and", "ou", "or")


class Classifiers:
    """Which type the noun right before a name gives it (see the module's docstring)."""

    def __init__(self, table: dict[str, Any] | None, person_words: set[str] | None = None) -> None:
        table = table or {}
        # a title between the noun and the name makes it a person's ("party leader X", "bank governor X")
        self.person_words = {fold_same_length(w) for w in person_words or ()}
        self.type_of: dict[str, EntityType] = {}
        types: tuple[EntityType, ...] = ("ORG", "LOC", "MISC")
        for type_ in types:
            for noun in table.get(type_, []):
                self.type_of.setdefault(fold_same_length(noun), type_)
        self.place_of = {fold_same_length(n) for n in table.get("place_of", [])}
        nouns = sorted(self.type_of, key=len, reverse=True)
        self.pattern = re.compile(
            r"(?:^|[^\w])(?P<noun>" + "|".join(re.escape(n) for n in nouns) + r")s?"
            r"(?P<mid>(?:\s+[^\W\d_][\w-]*'?){0,2}?)"
            r"(?P<of>\s+(?:de|du|des)\s+|\s+d'|\s+)[«“\"]?\s*$") if nouns else None

    def type_before(self, body: str, start: int) -> EntityType | None:
        """The type the classifier noun right before `start` gives the name there, if any."""
        if self.pattern is None:
            return None
        window = body[max(0, start - 80):start]
        m = self.pattern.search(fold_same_length(window).replace("’", "'"))
        if m is None:
            return None
        original = window[m.start("mid"):m.end("mid")]
        if any(w[:1].isupper() for w in original.split()):
            return None  # the words between are part of another name, not lowercase modifiers
        if window[m.start("noun")].isupper() and _MID_SENTENCE.search(window, 0, m.start("noun")):
            # a capitalised noun inside a sentence opens a name ("le gouverneur de la Banque
            # centrale européenne X", "la Banque mondiale X"): no common noun in apposition,
            # which news writes in lowercase ("la banque Lazard", "l'enseigne Lidl")
            return None
        mid = m.group("mid").split()
        of = m.group("of").strip()
        noun = m.group("noun")
        if of and (noun not in self.place_of or (mid and mid[-1] in _OF)):
            return None
        if mid and mid[-1] in _OF + _ARTICLES:
            return None
        if any(w.rstrip("'") in self.person_words for w in mid):
            return None
        return self.type_of[noun]
