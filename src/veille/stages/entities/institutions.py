"""French public bodies named by a common noun in lower case and a capitalised complement
(entities@35): "le ministère de l'Intérieur", "le parquet de Paris", "le tribunal correctionnel de
Nanterre", "la mairie de Lyon". French writes the head of such a name in lower case (the
Imprimerie nationale's rule for organismes) and spaCy's French model takes the complement alone
("Intérieur" MISC, "Paris" a place), or nothing; the gold names the body whole, head included.

A name here is a head noun of `data/entities/fr_institutions.json` (public offices, courts,
prosecutors, administrations, diplomatic posts), up to two adjectives the parse tags so
("correctionnel", "marocain"), then "de"/"du"/"des"/"d'" and either a portfolio of the roles
inventory ("de l'Intérieur", "de la Défense", in any case: "ministère de l'intérieur") or a
capitalised sequence that is no person's name ("le ministère de Rachida Dati" is none), and last an
optional "de/du" and a place the gazetteer knows ("le ministère de la Défense du Cambodge").
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from veille.stages.entities.gazetteer import Gazetteer
from veille.stages.entities.roles_inventory import inventory
from veille.stages.entities.text import fold

_DATA = Path(__file__).resolve().parent.parent.parent / "data" / "entities" / "fr_institutions.json"
_WORD = re.compile(r"[ \t\u00a0]+([a-zà-ÿ][a-zà-ÿ-]*)(?![\w'’])")
_OF = re.compile(r"[ \t\u00a0]+(?:de[ \t\u00a0]+la[ \t\u00a0]+|de[ \t\u00a0]+l['’]|d['’]|du[ \t\u00a0]+|des[ \t\u00a0]+"
                 r"|de[ \t\u00a0]+)")
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \t\u00a0]+[A-ZÀ-ÖØ-Þ][\w'’-]*)*")


@cache
def _heads() -> re.Pattern[str]:
    heads = sorted(json.loads(_DATA.read_text(encoding="utf-8"))["heads"], key=len, reverse=True)
    # the head in lower case only: a capitalised one opens a proper name the recogniser reads
    # ("Cour d'appel extraordinaire du Tribunal pénal fédéral"), and a sentence opens with a determiner
    alts = "|".join(re.escape(h).replace("'", "['’]") for h in heads)
    return re.compile(rf"(?<![\w'’-])(?:{alts})(?![\w'’-])")


@cache
def _portfolios() -> tuple[str, ...]:
    """The inventory's French portfolios ("de l'Intérieur"), folded, longest first."""
    return tuple(sorted({fold(p) for p in inventory()["fr_portfolios"]}, key=len, reverse=True))


def _portfolio_end(body: str, at: int) -> int | None:
    """The end of the portfolio ("de l'Intérieur") that starts at `at`, if one does."""
    for port in _portfolios():
        end = at + len(port)
        if fold(body[at:end]) == port and not (end < len(body) and (body[end].isalnum() or body[end] in "'’-")):
            return end
    return None


def institution_names(body: str, gaz: Gazetteer, adjectives: frozenset[int],
                      person_at: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """Spans of the French public bodies `body` names so (see the module doc). `adjectives`: the
    offsets of the words the parse tags ADJ; `person_at(start, end)`: whether a person's name is
    there."""
    out: list[tuple[int, int]] = []
    for head in _heads().finditer(body):
        at = head.end()
        for _ in range(2):  # "tribunal correctionnel", "ministère marocain"
            word = _WORD.match(body, at)
            if word is None or word.start(1) not in adjectives:
                break
            at = word.end()
        space = re.match(r"[ \t\u00a0]+", body[at:])
        end = _portfolio_end(body, at + space.end()) if space else None
        if end is None:
            of = _OF.match(body, at)
            name = _CAPITALISED.match(body, of.end()) if of else None
            if name is None or person_at(name.start(), name.end()):
                continue
            end = name.end()
        of = _OF.match(body, end)  # "... de la Défense du Cambodge": the state whose body it is
        place = _CAPITALISED.match(body, of.end()) if of else None
        if place is not None and (entry := gaz.lookup(place.group())) is not None and entry.type == "LOC":
            end = place.end()
        out.append((head.start(), end))
    return out


def overlapping(spans: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)
