"""Which places act in an event, and the states that nationality adjectives stand for.

A place is an actor when it is a state: a gazetteer country or capital (a capital stands for its
government: "Washington a annoncé"), or a name opening with a state's formal head ("Royaume de
Thaïlande", `data/events/actors.json`). Any other place (a city, a region, a district) is where the
event happens, and acts only as a core argument of the trigger's verb ("Québec a décidé", "ont
bombardé Kharkiv"), never from inside a phrase ("l'hypermarché de Clermont-Ferrand a fermé").

A phrase that names no actor may still say whose it is with a nationality adjective: "des avions de
combat thaïlandais ont frappé des cibles cambodgiennes", "acquittés par la justice suisse". The
adjective then stands for its state (the gazetteer's demonyms). In French from the parse; English
has none to say which noun an adjective modifies, and a surface reading of every adjective lost more
events on eval/news dev than it found: since events@18 an English adjective stands for its state only
right before a noun of a state's agent ("a Swiss court", `demonyms_en.py`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from veille.model import Mention
from veille.stages.entities.gazetteer import Gazetteer
from veille.stages.entities.text import fold, name_key

# The dependencies that make a word an argument of the trigger's verb itself.
_CORE_DEPS = ("nsubj", "nsubj:pass", "obj")


@dataclass(frozen=True)
class Places:
    states: frozenset[str] = frozenset()
    state_heads: frozenset[str] = frozenset()
    demonyms: dict[str, str] = field(default_factory=dict)  # folded adjective -> country id
    # nouns of a party's conduct ("les actions", "les agissements", "la politique"): their "de"
    # complement says whose conduct it is, and so who undergoes what is done to it (events@20)
    conduct: frozenset[str] = frozenset()
    # a place's state: a capital's, a region's or a city's (gazetteer `capital_of`, `country`), so
    # that the forces acting there stand for it (events@41, `forces.py`)
    countries: dict[str, str] = field(default_factory=dict)
    # the same for a place of the optional gazetteers' tables read for types only (world.jsonl's
    # cities and regions), by its name's key: "Tours" -> France
    named: dict[tuple[str, ...], str] = field(default_factory=dict)

    def country_of(self, m: Mention) -> str | None:
        """The state a place mention lies in (itself when it is one), None when unknown."""
        own = m.entity or ""
        return self.countries.get(own) or (own if own in self.states else None) or self.named.get(name_key(m.text))

    def is_state(self, m: Mention) -> bool:
        first = m.text.split(maxsplit=1)[0].casefold() if m.text.strip() else ""
        return m.entity in self.states or first in self.state_heads

    def acting(self, mentions: list[Mention], *args: Any | None) -> list[Mention]:
        """The mentions that can be actors, `args` being the core arguments of the trigger's verb."""
        heads = [t for t in args if t is not None and t.dep_ in _CORE_DEPS]

        def argument_head(m: Mention) -> bool:
            return any(m.start <= t.idx < m.end for t in heads)
        return [m for m in mentions if m.type != "LOC" or self.is_state(m) or argument_head(m)]

    def adjective_states(self, tokens: list[Any]) -> list[str]:
        """States named by nationality adjectives on the head noun of a phrase (its tokens, French
        parse): "la justice suisse", not "le déploiement de personnel russe", where the adjective
        is on a noun inside the phrase and says whose the personnel is, not whose the deployment."""
        ids = {t.i for t in tokens}
        heads = {t.i for t in tokens if t.head.i not in ids or t.head.i == t.i}
        # "sanctionner les actions du gouvernement turc": a head noun of conduct stands for its
        # owner, the noun of its "de" complement, whose adjective then says whose phrase it is
        # (not "le déploiement de personnel russe": a deployment is no noun of conduct)
        heads |= {t.i for t in tokens if t.dep_ == "nmod" and t.head.i in heads
                  and t.head.lemma_.casefold() in self.conduct
                  and any(c.dep_ == "case" and c.lower_ in ("de", "du", "des", "d'") for c in t.children)}
        out: list[str] = []
        for t in tokens:
            state = self.demonyms.get(fold(t.text))
            if state and t.pos_ == "ADJ" and t.dep_ == "amod" and t.head.i in heads and state not in out:
                out.append(state)
        return out


def load_places(gaz: Gazetteer, state_heads: list[str], conduct: list[str] | None = None) -> Places:
    states = frozenset(e.id for e in gaz.entries.values()
                       if e.type == "LOC" and (e.kind == "country" or e.capital_of))
    countries = {e.id: (e.capital_of or e.country or "") for e in gaz.entries.values() if e.type == "LOC"}
    named = {key: gaz.group_country[g] for key, g in gaz.groups.items() if gaz.group_country.get(g) in states}
    return Places(states, frozenset(state_heads), dict(gaz.demonyms), frozenset(conduct or ()),
                  {k: v for k, v in countries.items() if v in states}, named)
