"""A title a copula or a verb of appointment gives the person named before it (entities@93, moved here
from `roles_context` at entities@107), and the items of a gapped list after it: "Claire Martin devient
ministre de la Santé, Louis Petit ministre de la Culture" (the verb elided after the first item)."""

from __future__ import annotations

import re
from typing import Any

from veille.stages.entities.recognize import Candidate

# A copula or a verb of appointment right before a title, on folded text (entities@93): "X devient
# ministre de la Santé", "X est nommée ministre", "X was appointed health secretary".
_PREDICATE_VERBS = (
    r"\b(?:devient|deviennent|deviendra|est|sont|sera|seront|reste|restent|demeure|nommee?s?|designee?s?"
    r"|reconduite?s?|promue?s?|(?:re)?elue?s?|becomes|became|is|was|remains|appointed|named|elected|made)")
_PREDICATE_BEFORE = re.compile(
    _PREDICATE_VERBS + r"\s+(?:(?:le|la|les|the|a|an|un|une|nouvel|nouveau|nouvelle|new)\s+|l['’]\s*)?$")


# The second title of a coordination the verb gives (entities@107): "X devient ministre du Travail et
# porte-parole du gouvernement, Y ministre de la Culture": the verb, then the first title and "et"
# with no comma, quote nor parenthesis between (one clause), right before the title.
_PREDICATE_VERB = re.compile(_PREDICATE_VERBS)
# No determiner after "et": "X devient ministre et le président du Sénat, Y, salue" opens a new subject.
_COORDINATED_GAP = re.compile(r"\s+[^,.;:!?\n«»\"“”()]{1,90}\s(?:et|and)\s+")


def _coordinated_predicate(folded: str, start: int) -> re.Match[str] | None:
    """The verb of appointment or copula whose first title is coordinated by "et/and" with the title
    at `start`, within one clause (entities@107)."""
    verbs = list(_PREDICATE_VERB.finditer(folded, max(0, start - 120), start))
    for verb in reversed(verbs):
        if _COORDINATED_GAP.fullmatch(folded, verb.end(), start) is not None:
            return verb
    return None


def predicate_of(folded: str, t: Any, people: list[Candidate]) -> bool:
    """Whether a copula or a verb of appointment gives the title to a person named before it in its
    sentence ("Claire Martin devient ministre de la Santé, Louis Petit ministre de la Culture"): a
    name after the title's comma is then the next item of a gapped list, not the title's holder
    (entities@93)."""
    verb = _PREDICATE_BEFORE.search(folded, max(0, t.start - 40), t.start)
    if verb is None:
        verb = _coordinated_predicate(folded, t.start)
    if verb is None:
        return False
    sentence = max(folded.rfind(p, 0, verb.start()) for p in (". ", "\n", "! ", "? ", "; ")) + 1
    return any(c.type == "PER" and sentence <= c.start and c.end <= verb.start() for c in people)


def gapped_item(folded: str, t: Any, people: list[Candidate], titles: list[Any]) -> Candidate | None:
    """The holder of a title right after a name with no comma, that name the next item of a gapped list
    (entities@107): "X devient ministre du Travail, Y ministre chargée des relations avec le Parlement":
    the verb is elided, Y its subject and the title its predicate; the title before Y's comma must be
    one a copula or a verb of appointment gives a person named before it (`predicate_of`)."""
    name = next((c for c in people if c.type == "PER" and c.end <= t.start
                 and _ITEM_GAP.fullmatch(folded, c.end, t.start)), None)
    if name is None:
        return None
    before = next((o for o in titles if o.end <= name.start and _ITEM_COMMA.fullmatch(folded, o.end, name.start)), None)
    return name if before is not None and predicate_of(folded, before, people) else None


_ITEM_GAP = re.compile(r"[ \t]+")
_ITEM_COMMA = re.compile(r"\s*,\s*")
