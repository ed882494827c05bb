"""The sides of an English nominal trigger with its own "of" and "by" phrases (events@51).

"Germany condemned the arrest of X by France": the noun "arrest" names its undergoer in its "of"
phrase and its doer in its "by" phrase, as a passive verb does ("X was arrested by France"); the
name before it is the subject of another verb ("condemned"), not the arrest's doer. English clause
structure, not any text: a determiner or a possessive right before the noun makes it a noun phrase,
"of" right after it opens its undergoer, and a "by" after that (before a clause break) its doer.
"""

from __future__ import annotations

from typing import Any

from veille.model import Mention

# Words right before a trigger that make it the head of a noun phrase ("the arrest", "his detention")
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "'s", "’s"})
# What ends the noun phrase's "of ... by ..." reach: clause punctuation and clause openers
_BREAKS = frozenset({",", ";", ":", "(", ")", "—", "–", '"', "“", "”", "and", "after", "before", "while", "when",
                     "because", "since", "which", "who", "that", "where", "as", "but"})
OF_BY_REACH = 8  # words from "of" to "by": "the arrest of the opposition leader Jane Okafor by"


def of_by_sides(tokens: list[Any], words: list[str], i: int, end: int,
                actors: list[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """(doers, undergoers) of the noun trigger at `i`..`end` from "the <noun> of X by Y", or None
    where the trigger is no noun with a determiner, or no "of ... by ..." follows it."""
    if i == 0 or words[i - 1] not in DETERMINERS or words[end:end + 1] != ["of"]:
        return None
    by = next((j for j in range(end + 1, min(len(words), end + 1 + OF_BY_REACH))
               if words[j] == "by" or words[j] in _BREAKS), None)
    if by is None or words[by] != "by":
        return None
    of_at, by_at = tokens[end].idx, tokens[by].idx
    stop = next((tokens[j].idx for j in range(by + 1, len(words)) if words[j] in _BREAKS), None)
    undergoers = [m for m in actors if of_at < m.start and m.end <= by_at]
    doers = [m for m in actors if m.start > by_at and (stop is None or m.end <= stop)][:2]
    if not undergoers or not doers:
        return None
    return doers, undergoers
