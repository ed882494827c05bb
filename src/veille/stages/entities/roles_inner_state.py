"""A state named inside an English title, between its modifier and its head (entities@99): "Acting
U.S. Attorney X", "Former U.K. Ambassador X", "Interim U.S. Secretary of State X". The title reader
keeps a listed title whole ("u.s. attorney" is one) or reads the country before the title as its
`of` only where nothing stands before it ("U.S. Attorney X"); with a modifier first, the country's
short name stayed a word of the title and the office had no `of`. Only a country counts (a state
some demonym names, as `data/entities` builds them from Wikidata: a city inside a title, "Acting
Paris Prosecutor", is not read here). The title's head is its last word; the country must be a word
of the title before it, written short (capitals: "U.S.", "UK")."""

from __future__ import annotations

import re

from veille.stages.entities.gazetteer import Gazetteer
from veille.stages.entities.roles_title_match import TitleMatch

# A title's words: a hyphen after a modifier opens the next word ("Then-U.S.").
_WORD = re.compile(r"[^\s-]+")
# A country's short name as English titles write it: capitals, with or without full stops ("U.S.",
# "UK", "U.A.E."). Full names and demonyms before a title are the title reader's own (`_prefix`).
_ABBREVIATION = re.compile(r"[A-Z](?:\.?[A-Z])+\.?")


def inner_state(body: str, t: TitleMatch, gaz: Gazetteer) -> None:
    """Set `t.of` to the country one of its inner words names, when it has none."""
    if t.of is not None:
        return
    words = list(_WORD.finditer(body, t.core_start, t.core_end))
    countries = set(gaz.demonyms.values())
    for w in words[:-1]:
        if not _ABBREVIATION.fullmatch(w.group()):
            continue
        entry = gaz.lookup(w.group())
        if entry is not None and entry.type == "LOC" and entry.id in countries:
            t.of, t.of_span = entry.id, None
            return
