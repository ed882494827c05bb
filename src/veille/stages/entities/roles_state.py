"""(entities@90) A minister's country the text leaves implicit: "Finance Minister X said …", "le
ministre des Finances X a déclaré …" in an article that names one country and no other (by its name
or its demonym: "Swiss", "suisse"). A government's minister is of a state; news names the state it
is about, and where it names one only, that is the minister's. With two or more countries named,
nothing is said (the one named last may be another's: "X met his French counterpart"). Only
ministers' titles (the word "minister"/"ministre", "chancellor", "secretary of state", "secrétaire
d'État"): "president", "chairman" or "director" are also companies', clubs' or courts' offices."""

from __future__ import annotations

import re

from veille.stages.entities.gazetteer import Gazetteer
from veille.stages.entities.recognize import Candidate
from veille.stages.entities.roles_frames import RoleLink
from veille.stages.entities.text import fold_same_length

_MINISTER = re.compile(r"\b(?:minister|ministre|chancellor|chancelier|chanceliere|secretary of state"
                       r"|secretaire d'etat)\b")
_WORD = re.compile(r"[a-z][a-z-]+")


def named_countries(body: str, cands: list[Candidate], gaz: Gazetteer) -> set[str]:
    """The gazetteer countries the body names: a place found as one, or a demonym ("Swiss")."""
    countries = set(gaz.demonyms.values())
    found = {c.entry.id for c in cands if c.entry is not None and c.entry.id in countries}
    for w in _WORD.findall(fold_same_length(body)):
        if (country := gaz.country_of_demonym(w)) is not None:
            found.add(country)
    return found


def sole_country(body: str, links: list[RoleLink], cands: list[Candidate], gaz: Gazetteer) -> None:
    """`of` for each minister's title with none, where the article names exactly one country."""
    bare = [lk.title for lk in links if lk.title.of is None and _MINISTER.search(fold_same_length(lk.title.title))]
    if not bare:
        return
    found = named_countries(body, cands, gaz)
    if len(found) == 1:
        country = next(iter(found))
        for t in bare:
            t.of = country
