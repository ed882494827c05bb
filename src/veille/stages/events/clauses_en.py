"""English clause bounds that word order reads (events@52): which names of a sentence can be the
sides of a trigger, from the closed-class words that govern them (general English grammar, no
text's words).

- A name right after a preposition ("traveled to Istanbul to meet X", "in Geneva") is that
  preposition's object: where or whither, never the subject of the verb that follows it.
- A sentence that opens with a subordinator or a preposition and a clause without a comma
  ("Despite calling his act a coup, the Assembly failed ...", "After meeting X, Y said") fronts an
  adverbial clause: the first comma after the trigger closes it, and the names past it belong to
  the main clause (its subject controls a participle of the fronted clause), not to the trigger's
  phrase."""

from __future__ import annotations

import re

from veille.model import Mention
from veille.stages.events.english_modality import PUNCTUATION as _PUNCTUATION

__all__ = ["CLAUSE_WORDS", "FROM_BODY", "finding_of", "from_body", "fronted_end", "governed"]

# The prepositions that govern a place's name (the spatial ones, and "of")
_PREPOSITIONS = frozenset({"in", "at", "to", "into", "from", "across", "through", "toward", "towards",
                           "via", "of", "on", "inside", "outside", "throughout", "within", "around"})
# Words that open a fronted adverbial clause or phrase (subordinators and the prepositions that
# take a participle: "despite calling", "after meeting", "by signing")
_OPENERS = frozenset({"despite", "after", "before", "while", "when", "since", "although", "though",
                      "following", "upon", "by", "in", "without", "as", "because", "if", "once", "unless"})
_CLAUSE_STOP = re.compile(r"[,;:()–—\"“”]")


def governed(text: str, m: Mention) -> bool:
    """Whether a preposition stands right before the name, a determiner between ("to the Hague")."""
    words = text[max(0, m.start - 24):m.start].casefold().split()[-2:]
    if words[-1:] in (["the"], ["a"]):
        words = words[:-1]
    return bool(words) and words[-1] in _PREPOSITIONS


def fronted_end(text: str, start: int, at: int, after: int, end: int) -> int | None:
    """Where the main clause starts (past the comma that closes a fronted adverbial clause holding
    the trigger at `at`..`after`, in the sentence `start`..`end`), None when the trigger is in no
    such clause."""
    opening = text[start:at]
    first = re.match(r"\s*([A-Za-z]+)", opening)
    if first is None or first.group(1).casefold() not in _OPENERS or _CLAUSE_STOP.search(opening):
        return None
    comma = text.find(",", after, end)
    return comma + 1 if comma >= 0 else None


# (moved from english.py at events@52) One is suspended or expelled from a body by that body:
# "Madagascar was suspended from the African Union", "expelled from the party" name who acts in
# the "from" phrase, where other passives name it in a "by" phrase (events@14).
FROM_BODY = frozenset({"suspend", "expel"})
_FROM_REACH = 3  # words from "from" to the body's name: "from the ruling party"


def from_body(text: str, after: int, behind: list[Mention]) -> list[Mention]:
    """The first name right after "from" behind a passive suspension or expulsion (within
    `_FROM_REACH` words, no clause punctuation between), none when no "from" follows it."""
    words = re.findall(r"[\w'’-]+|[^\w\s]", text[after:behind[0].start].casefold()) if behind else []
    if "from" not in words:
        return []
    rest = words[len(words) - 1 - words[::-1].index("from") + 1:]
    if words.index("from") > 1 or len(rest) > _FROM_REACH or any(w in _PUNCTUATION for w in rest):
        return []
    return behind[:1]


_FIND = frozenset({"found", "find", "finds", "finding"})
_FINDING_REACH = 16  # words back from a verdict to "found": a list of five names stands between
# Words that open another clause (the search for "found" stops there; english.py reads them too)
CLAUSE_WORDS = frozenset({"after", "before", "while", "when", "whereas", "because", "since", "although", "though",
                           "until", "unless", "which", "who", "whom", "whose", "where", "that", "if"})


def finding_of(words: list[str], i: int) -> int | None:
    """(moved from english.py at events@52) The index of "found" whose object the verdict at `i`
    completes ("found five players not guilty", English's verb + object + predicate adjective), or
    None: the search stops at the end of a sentence part or a word that opens another clause, not
    at the commas of a list."""
    for j in range(i - 1, max(-1, i - 1 - _FINDING_REACH), -1):
        if words[j] in _FIND:
            return j
        if words[j] in (";", ":", ".", "(", ")") or words[j] in CLAUSE_WORDS:
            return None
    return None
