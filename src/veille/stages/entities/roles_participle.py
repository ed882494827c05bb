"""A participle read as a title's modifier that is the verb of its clause (entities@100): "X has been
appointed chief whip", "X was elected new CEO". The inventory lists participles that qualify a head
("the newly appointed minister", "the ousted president", `en_title_before`); after an auxiliary of
the passive ("is", "was", "has been"), with at most an adverb between, the participle is the verb
and the title, its predicate, starts after it. Only English: French puts its participles after
the noun ("le président déchu")."""

from __future__ import annotations

import re
from functools import cache

from veille.stages.entities.roles_inventory import inventory
from veille.stages.entities.roles_title_match import TitleMatch

# An auxiliary of the passive right before the participle, maybe with an adverb of time or manner
# between. Not the perfect's "has/have/had" alone: "X has appointed caretaker ministers" is active, its
# object the title, whose holders the subject is not.
_AUXILIARY = re.compile(r"\b(?:is|are|was|were|be|been|being|gets?|got|getting)\s+"
                        r"(?:[a-z]+ly\s+|(?:also|now|just|since|then|later|already|again)\s+)?$", re.IGNORECASE)
_WORD = re.compile(r"(?P<w>[A-Za-z-]+)\s+")


@cache
def _participles() -> frozenset[str]:
    """The inventory's modifiers before an English title that are past participles ("appointed",
    "elected", "ousted", "newly-appointed"): the words that may be a verb instead."""
    words = inventory()["en_title_before"]
    return frozenset(w.lower() for w in words if re.fullmatch(r"[a-z-]+ed", w.lower()))


def verbal_participle(body: str, t: TitleMatch) -> None:
    """Start the title after a participle that is its clause's verb ("has been appointed | chief
    whip"); a determiner before the title ("the appointed chief") keeps it a modifier."""
    if t.start != t.core_start or not _AUXILIARY.search(body, max(0, t.start - 40), t.start):
        return
    at = t.core_start
    while (m := _WORD.match(body, at)) is not None and m.group("w").lower() in _participles() and m.end() < t.core_end:
        at = m.end()
    if at == t.core_start:
        return
    cut = body[t.core_start:at]
    if t.title.startswith(cut):
        t.title = t.title[len(cut):]
        t.start = t.core_start = at
