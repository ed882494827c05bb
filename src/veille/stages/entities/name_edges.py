"""Where a name starts and ends: the word lists that trim a recognised span at its edges (`Edges`:
determiners, honorifics, titles, a date that opens a sentence) and the cut before a clause or a count
the span ran into (`clause_end`).  Split from `recognize.py`, which re-exports `Edges` and `clause_end`.
"""

from __future__ import annotations

import re
from typing import Any

from veille.model import EntityType
from veille.stages.entities.classifiers import Classifiers
from veille.stages.entities.english_names import head_type as english_head_type
from veille.stages.entities.text import fold, is_acronym, tokens

# French singular articles, which open names in English text (`Edges.droppable`).
_NAME_ARTICLES = frozenset({"le", "la"})

# A day alone, or with when in the week or the day it falls ("Lundi dernier", "Mardi prochain", "Jeudi
# soir"), is a date that opens a sentence, which spaCy takes for a name.
_DAYS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday",
                   "wednesday", "thursday", "friday", "saturday", "sunday"})
_DAY_PARTS = frozenset({"matin", "midi", "soir", "morning", "afternoon", "evening", "night"})
_WEEK_RELATIVE = frozenset({"dernier", "prochain", "suivant", "précédent"})


def _opening_date(words: list[tuple[int, int, str]]) -> int:
    """How many of a span's opening words are a date: all of them when the span is a day and when
    in the week or the day it falls ("Lundi dernier", "Dimanche soir"), else none ("Mardi gras",
    "Vendredi saint" stay whole). A day before a preposition of place ("Dimanche à Bakou") is left
    to spaCy's span: cut, it cost eval/news dev events F1 (0.602 -> 0.596, under the floor: the one
    event of that span had it as its target)."""
    if len(words) < 2 or fold(words[0][2]) not in _DAYS or not words[0][2][:1].isupper():
        return 0
    if all(w in _DAY_PARTS or w in _WEEK_RELATIVE for _, _, w in words[1:]):
        return len(words)
    return 0


class Edges:
    """Word lists (from data/entities/lexicon.json) that decide where a name starts and ends."""

    def __init__(self, lexicon: dict[str, Any]) -> None:
        self.determiners = {fold(w).rstrip("'") for w in lexicon["determiners"]}
        self.honorifics = {fold(w).rstrip(".") for w in lexicon["honorifics"]}
        self.titles = {fold(w) for w in lexicon["title_words"]}
        self.portfolio = {fold(w) for w in lexicon["portfolio_words"]}
        self.not_names = {fold(w) for w in lexicon["not_names"]}
        self.org_heads = set(lexicon.get("fr_org_heads", []))
        self.place_heads = set(lexicon.get("fr_place_heads", []))
        self.name_adjectives = set(lexicon.get("fr_name_adjectives", []))
        function_words = self.determiners | {"de", "du", "des", "d'", "à", "a", "of", "the", "for", "pour", "and", "et",
                                             "en", "in", "on", "sur", "aux", "au"}
        person_words = {w for key in ("title_words", "en_person_titles", "fr_heads", "en_heads")
                        for phrase in lexicon.get(key, []) for w in phrase.split()
                        if fold(w).rstrip("'") not in function_words}
        self.classifiers = Classifiers(lexicon.get("classifiers"), person_words)

    def head_type(self, name: str) -> EntityType | None:
        """ORG or LOC when the name's head noun says it: French names put it first, after an
        optional adjective ("Parti québécois", "Nouveau Front populaire", "Lac Tchad"),
        English ones last ("Justice Ministry", `english_names.head_type`)."""
        words = name.split()
        if len(words) < 2:
            return None
        head = words[1] if words[0] in self.name_adjectives else words[0]
        if head in self.org_heads:
            return "ORG"
        if head in self.place_heads:
            return "LOC"
        return english_head_type(words[-1])

    def droppable(self, word: str, after: str, english: bool = False) -> bool:
        f = fold(word)
        if english and f in _NAME_ARTICLES and word[:1].isupper():
            # English has no "Le" or "La": in English text a capitalised French singular article
            # opens the name it stands in ("Le Monde", "Le Pen", "La Stampa"), it is no determiner
            # (a plural "Les" opens a group's nickname, "Les Bleus", which French writes without it)
            return False
        if f in self.determiners or f in self.titles or f in self.portfolio:
            return True
        if f in self.honorifics and (after.startswith(".") or len(word) > 1):
            return True
        return word[:1].islower() and not is_acronym(word)

    def after_honorific(self, body: str, start: int) -> bool:
        """Whether "M. ", "Mme " etc. stands right before `start`."""
        before = re.search(r"([^\W\d_]+)\.?\s+$", body[max(0, start - 8):start])
        return (before is not None and fold(before.group(1)) in self.honorifics
                and before.group(1)[:1].isupper())

    def _acronym_alone(self, words: list[tuple[int, int, str]]) -> bool:
        """A name that is one word in capitals spelling an honorific is an acronym ("le MR", the
        Belgian party; "MR" is no "Mr" when nothing follows it)."""
        word = words[0][2]
        return len(words) == 1 and len(word) > 1 and word.isupper() and fold(word) in self.honorifics

    def _title_of_body(self, words: list[tuple[int, int, str]]) -> bool:
        """entities@75: an English title word before one word, an organisation's head noun, is that
        name's first word ("General Motors"), no title to cut: the rest is no person's surname."""
        return len(words) == 2 and fold(words[0][2]) in self.titles and english_head_type(words[1][2]) == "ORG"

    def clean(self, body: str, start: int, end: int, english: bool = False) -> tuple[int, int, bool] | None:
        """The span without leading/trailing titles, determiners and lowercase words, or None.

        The flag says an honorific ("M.", "Mme") was cut: what follows names a person.
        `english`: the body is English, whose determiners are "the", "of", "and" only.
        """
        words = [(s + start, e + start, w) for s, e, w in tokens(body[start:end])]
        words = words[_opening_date(words):]
        honorific = False
        while words and (words[0][2] == "'"
                         or self.droppable(words[0][2], body[words[0][1]:words[0][1] + 1], english)) \
                and not self._acronym_alone(words) and not (english and self._title_of_body(words)):
            honorific = fold(words[0][2]) in self.honorifics
            words.pop(0)
        # Only function words leave the right edge: French names go on in lowercase
        # ("Union africaine", "Banque régionale d'investissements").
        while words and (words[-1][2] == "'" or fold(words[-1][2]) in self.determiners):
            words.pop()
        if not words:
            return None
        s, e = words[0][0], words[-1][1]
        text = fold(body[s:e])
        if text in self.not_names or all(fold(w) in self.portfolio | self.determiners for *_, w in words):
            return None
        return s, e, honorific


# Words that open a clause (French and English subordinating conjunctions, relative and subject
# pronouns: closed classes of the grammars), written in lower case: a name may go on in lower case
# ("Organisation mondiale de la santé", "Banque régionale d'investissements") but never through a
# clause, which spaCy's span sometimes swallows ("l'Organisation mondiale de la santé lorsque
# j'étais ici", "the World Bank when it ..."). Not "on", an English name's preposition ("Committee
# on Foreign Relations").
_CLAUSE_WORDS = frozenset({
    "lorsque", "lorsqu", "quand", "puisque", "puisqu", "parce", "tandis", "quoique", "quoiqu", "comme",
    "si", "qui", "que", "qu", "dont", "où", "je", "j", "tu", "il", "ils", "elle", "elles", "nous", "vous",
    "when", "while", "whereas", "because", "although", "though", "who", "whom", "whose", "which", "if",
})
# A count and the plural noun it counts end a name ("le Parti conservateur 145 sièges"); a date's
# day and month are a name's own ("Mouvement du 23 mars") and come after a preposition or an
# article; a number a singular word follows may be a channel's or a race's ("France 2 diffuse").
_MONTHS = frozenset({
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
    "decembre", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december"})
# French prepositions no person's name holds (its particles are "de", "du", "d'", "le", "la" and
# foreign ones, "van", "von", "al", "y"): a person's span that reaches one ran on into where the
# person was ("l'allocution de Jeanne Martin à Bercy", "Paul Durand chez Renault").
_NOT_IN_PERSON_NAMES = frozenset({"à", "au", "aux", "en", "chez", "dans", "sur", "pour", "avec", "par", "vers"})
_BEFORE_NUMBER = frozenset({"de", "du", "des", "d", "le", "la", "les", "l", "en", "a", "au", "aux", "of", "the",
                            "in", "no", "n"})
_RIGHT_EDGE = frozenset({"de", "du", "des", "d", "le", "la", "les", "l", "'", "à", "a", "au", "aux", "of", "the",
                         "and", "et", "for", "pour"})


def clause_end(body: str, start: int, end: int, person: bool = False) -> int:
    """Where a name the recogniser ran into a clause or a count really ends: before the first
    word after its first that opens a clause (`_CLAUSE_WORDS`, in lower case), or before a number
    above one that follows a word of the name and comes before a lower-case plural ("-s", "-x")
    that is no month, or, in a person's name (`person`), before a preposition no such name holds
    (`_NOT_IN_PERSON_NAMES`); `end` when there is none. Function words left at the new edge go too."""
    words = [(s + start, e + start, w) for s, e, w in tokens(body[start:end])]
    cut = len(words)
    for i in range(1, len(words)):
        word = words[i][2]
        if word in _CLAUSE_WORDS or (person and word in _NOT_IN_PERSON_NAMES):
            cut = i
            break
        if word.isascii() and word.isdigit() and i + 1 < len(words) and fold(words[i - 1][2]) not in _BEFORE_NUMBER:
            following = words[i + 1][2]
            if int(word) > 1 and following[:1].islower() and following[-1:] in ("s", "x") \
                    and fold(following) not in _MONTHS:
                cut = i
                break
    if cut == len(words):
        return end
    kept = words[:cut]
    while len(kept) > 1 and fold(kept[-1][2]) in _RIGHT_EDGE:
        kept.pop()
    return kept[-1][1]
