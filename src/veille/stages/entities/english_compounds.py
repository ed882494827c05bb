"""A place that the gazetteer matches inside a longer English name is no mention of the place
(recognize's English candidates). Moved out of recognize.py (entities@66) to keep it under 600 lines."""

from __future__ import annotations

import re
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
_ROAD_NETWORK = r"(?:(?:U\.S\.|US|State|County|Federal|National|Provincial|Farm[- ]to[- ]Market)[ \t\u00a0]+)?"


def road_names(body: str) -> list[tuple[int, int]]:
    """The numbered roads of an English body: a capitalised road noun (`road_heads`) and a number,
    with a network word before it ("U.S. Route 1", "Interstate 95", "State Route 7A"), or an
    Interstate's short form ("I-95"). A road noun with no number ("Route One", "the highway") is none."""
    heads = "|".join(sorted(english_words().get("road_heads", []), key=len, reverse=True))
    if not heads:
        return []
    pattern = (rf"(?<![\w.])(?:{_ROAD_NETWORK}(?:{heads})[ \t\u00a0]+\d{{1,4}}[A-Z]?"
               r"|I-\d{1,3})(?![\w-])")
    return [(m.start(), m.end()) for m in re.finditer(pattern, body)]
