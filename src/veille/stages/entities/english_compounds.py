"""A place that the gazetteer matches inside a longer English name is no mention of the place
(recognize's English candidates). Moved out of recognize.py (entities@66) to keep it under 600 lines."""

from __future__ import annotations

import re
from functools import cache
from typing import Protocol, TypeVar

from veille.stages.entities.english import stop_words
from veille.stages.entities.english_names import load_words as english_words
from veille.stages.entities.gazetteer import Entry, Gazetteer


class _Match(Protocol):
    """What is read of recognize's `Candidate` (not imported: recognize imports this module)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def entry(self) -> Entry | None: ...


Candidate = TypeVar("Candidate", bound=_Match)

_NEXT_WORD = re.compile(r" ([A-Z][A-Za-z]+)\b")
_HYPHENED = re.compile(r"-([A-ZÀ-ÖØ-Þ][^\W\d_]*)")
# the capitalised word right before a place, on its line
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-ZÀ-ÖØ-Þ][^\W\d_]*)[ \t\u00a0]+$")


def outside_longer_names(body: str, cands: list[Candidate], known: Gazetteer | None = None) -> list[Candidate]:
    """English puts a name's head last: a place the gazetteer knows, right before a capitalised
    organisation's, a place's or a work's head noun, is a modifier of a longer name ("the Senegal River",
    "Kenya Airways", "the Jordan Times", "the Kuwait City port"), not a mention of the place; no
    recogniser finds the longer name, so the place's match goes."""
    words = english_words()
    heads = set(words["org_heads"]) | set(words["place_heads"]) | set(words.get("facility_heads", [])) \
        | set(words.get("road_heads", []))
    out = []
    for c in cands:
        if c.entry is not None and c.entry.type == "LOC":
            # entities@68: an abbreviation's full stop ends the matched name's letters ("U.S" of
            # "U.S. Highway 84"): the head noun comes after it
            after = c.end + 1 if body[c.end:c.end + 1] == "." and "." in body[c.start:c.end] else c.end
            m = _NEXT_WORD.match(body, after)
            if m is not None and m.group(1) in heads:
                continue
            # entities@64: hyphened to a capitalised word that is no place, it is part of a compound
            # name ("Agence France-Presse"); "US-China talks" names both, "UK-based" is an adjective.
            # entities@66: only inside a name, a capitalised word before the place that is no
            # determiner ("Agence"): after "The" or a lower-case word the hyphen joins two sides, one
            # the gazetteer lacks ("The Israel-Hamas war", "the US-Houthi clashes")
            if (h := _HYPHENED.match(body, c.end)) is not None and (known is None or known.lookup(h.group(1)) is None) \
                    and (b := _WORD_BEFORE.search(body, max(0, c.start - 40), c.start)) is not None \
                    and b.group(1).casefold() not in stop_words():
                continue
        out.append(c)
    return out


# entities@74: a numbered road ("U.S. Route 1", "Interstate 95", "State Highway 21", "I-95"): a road
# noun of `road_heads` before a number, with the network's word before it, is one place's name
_ROAD_NETWORK = r"(?:U\.S\.|US|State|County|Federal|National|Provincial|Farm[- ]to[- ]Market)[ \t\u00a0]+"
# entities@75: the heads that name a road with a number alone ("Route 66", "Interstate 95"); "Road" does
# so only after a network word ("County Road 12"): "Road 2 Recovery" is a charity's name
_BARE_ROAD_HEADS_EXCEPT = frozenset({"Road"})


@cache
def _road_pattern() -> re.Pattern[str] | None:
    """entities@75: the numbered roads' pattern, built once per run (it was built per article)."""
    heads = sorted(english_words().get("road_heads", []), key=len, reverse=True)
    if not heads:
        return None
    bare = "|".join(h for h in heads if h not in _BARE_ROAD_HEADS_EXCEPT)
    # entities@75: a capitalised word after the number makes the road and number that longer name's
    # words ("the Route 66 Diner", "The Highway 1 Motel", "the Route 9 Bridge"): no road of its own;
    # a compass direction is the road's carriageway ("Interstate 95 North")
    return re.compile(rf"(?<![\w.])(?:{_ROAD_NETWORK}(?:{'|'.join(heads)})[ \t\u00a0]+\d{{1,4}}[A-Z]?"
                      rf"|(?:{bare})[ \t\u00a0]+\d{{1,4}}[A-Z]?|I-\d{{1,3}})(?![\w-])"
                      r"(?![ \t\u00a0]+(?!(?:North|South|East|West)(?:bound)?\b)[A-ZÀ-ÖØ-Þ][^\W\d_])")


def road_names(body: str) -> list[tuple[int, int]]:
    """The numbered roads of an English body: a capitalised road noun (`road_heads`) and a number,
    with a network word before it ("U.S. Route 1", "Interstate 95", "State Route 7A", "County Road
    12"), or an Interstate's short form ("I-95"). A road noun with no number ("Route One", "the
    highway") is none; nor is a bare "Road" and a number ("Road 2 Recovery"), nor a road and number a
    capitalised word follows ("the Route 66 Diner": entities@75)."""
    pattern = _road_pattern()
    return [] if pattern is None else [(m.start(), m.end()) for m in pattern.finditer(body)]
