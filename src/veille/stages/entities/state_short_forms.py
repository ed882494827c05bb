"""A state named by the last word of its name ("président du Faso" after "Burkina Faso", "la Leone"
after "Sierra Leone"): `_country_short_forms` gives such a word the id of the one country its article
names in full.  Split from `entities/__init__.py`, which re-exports `_country_short_forms`.
"""

from __future__ import annotations

import re

from veille.model import Mention
from veille.stages.entities.gazetteer import Entry, Gazetteer
from veille.stages.entities.text import name_key

# The words that join a country's constituent parts ("Bosnia and Herzegovina", "Trinité-et-Tobago"):
# the last part alone is a region or an island of its own, not the country. The compass points end
# country names ("Corée du Sud", "North Macedonia") but alone name a country's part ("le Sud").
_PART_JOINERS = frozenset({"and", "et", "y", "e", "und"})
_COMPASS = frozenset({"nord", "sud", "est", "ouest", "north", "south", "east", "west"})


def _country_short_forms(mentions: list[Mention], gaz: Gazetteer, body: str = "") -> None:
    """entities@47: a place named by the last word of the country its article names in full is that
    country ("président du Faso" after "Burkina Faso", "la Leone" after "Sierra Leone"): news
    shortens a country's two-word name as it shortens a person's, within the article that gave it
    whole. Only a word the gazetteer and the unlisted files know as no place of its own ("Africa",
    "Timor", "York" are), no compass point, no word the article writes in lower case (a common
    word: "the kingdom"), and only the one country of the article whose name ends so."""
    lower = {w for w in re.findall(r"[^\W\d_]+", body) if w.islower()}
    ends: dict[str, set[str]] = {}
    for m in mentions:
        entry = gaz.entries.get(m.entity or "")
        if entry is None or entry.kind != "country":
            continue
        for word in _name_ends(entry):
            ends.setdefault(word, set()).add(entry.id)
    # entities@95: a word that ends the names of two states ("Congo": "République du Congo" and
    # "République démocratique du Congo", "Republic of Korea" and "Democratic People's Republic of
    # Korea") names either; the article's full name tells which only inside that article, but the
    # id would not stay there: linking joins every mention of one form, so the bare word of every
    # other article (the DRC's "GOMA, Congo") would take the state one article named in full.
    shared = _shared_state_ends(gaz)
    for m in mentions:
        key = name_key(m.text)
        if m.type != "LOC" or len(key) != 1 or key[0] not in ends or m.entity in gaz.entries \
                or key[0] in _COMPASS or m.text.lower() in lower:
            continue
        if gaz.lookup(m.text) is not None or gaz.groups.get(key) is not None or gaz.type_of(m.text) is not None:
            continue
        countries = ends[key[0]]
        if len(countries) == 1 and key[0] not in shared:
            m.entity = next(iter(countries))


def _name_ends(entry: Entry) -> set[str]:
    """The last words of a state's names of two words or more that `_country_short_forms` reads."""
    out = set()
    for alias in (entry.name, *entry.aliases):
        key = name_key(alias)
        # ("&" joins parts as "and" does, "Bosnia & Herzegovina", whose key drops it: needed here
        # as in ent44a's entities@94, since ISO's "Bosnia and Herzegovina" makes Bosnia's line reachable)
        if len(key) >= 2 and not _PART_JOINERS & set(key) and "&" not in alias and all(w.isalpha() for w in key):
            out.add(key[-1])
    return out


def _shared_state_ends(gaz: Gazetteer) -> frozenset[str]:
    """(entities@95) Words that end the names of two states or more of the gazetteer."""
    cached: frozenset[str] | None = getattr(gaz, "_shared_state_ends", None)
    if cached is None:
        seen: dict[str, set[str]] = {}
        for entry in gaz.entries.values():
            if entry.kind == "country":
                for word in _name_ends(entry):
                    seen.setdefault(word, set()).add(entry.id)
        cached = frozenset(w for w, ids in seen.items() if len(ids) > 1)
        object.__setattr__(gaz, "_shared_state_ends", cached)
    return cached
