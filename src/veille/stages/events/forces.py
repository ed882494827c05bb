"""A state's forces named by a common noun stand for their state or place (events@41).

News tells what the police, the gendarmes or the army did without naming them: "les forces de
l'ordre ont évacué l'avenue", "la police a interpellé trois personnes", "les gendarmes de Chiffa
ont arrêté ...". The gold conventions (GUIDELINES.md, events: a side is "a person, their state,
their capital"; eval/events_pool README: an arrest is COERCE "from the police's state (or
place)") make such a phrase the side of the state whose forces they are, or of the place they act
in. The nouns are data (`data/events/forces.json`, after WordNet's synsets of police and armed
forces). Whose forces a bare noun names is read, in this order:

1. a nationality adjective on it: left to `actors.adjective_states` ("l'armée congolaise");
2. a place inside its own phrase: "les gendarmes de la compagnie de Pertuis", that place and its
   state; a local force ("la police municipale de Lyon") is the town's alone, not the state's;
3. the same noun made someone's elsewhere in the article: "l'armée congolaise a mené un raid ...
   le M23 a accusé l'armée": the Congo;
4. the place the event happens in ("à <place>"), with its state (the article's, where the
   gazetteer knows none for the place); a sentence that names no place gives no side.

A named force ("la Gendarmerie royale du Canada", a recognised name) is a mention and never
reaches this module.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from veille.model import Mention
from veille.stages.entities.text import fold
from veille.stages.events.actors import Places


@dataclass(frozen=True)
class Forces:
    """The lexicon of state-force nouns (`forces.json`): French, and English word forms."""

    nouns: frozenset[str] = frozenset()
    qualified: dict[str, frozenset[str]] = field(default_factory=dict)
    collective: frozenset[str] = frozenset()
    local: frozenset[str] = frozenset()
    en_nouns: frozenset[str] = frozenset()
    en_qualified: dict[str, frozenset[str]] = field(default_factory=dict)
    en_local: frozenset[str] = frozenset()

    def is_force(self, token: Any) -> bool:
        """Whether the token is a noun of a state's force: "police", "gendarmes", "forces de
        l'ordre" (a qualified head and its qualifier), not "militaire" the adjective."""
        if token.pos_ not in ("NOUN", "PROPN"):
            return False
        lemma = token.lemma_.casefold()
        if lemma in self.nouns or token.lower_ in self.nouns:
            return True
        quals = self.qualified.get(lemma, frozenset())
        return any(c.dep_ in ("nmod", "amod") and c.lemma_.casefold() in quals for c in token.children)

    def head_of(self, tokens: list[Any]) -> Any | None:
        """The force noun heading the phrase of `tokens` (or the "de" complement of a collective
        head: "une escouade de policiers"), None when the phrase names no force."""
        if not tokens:
            return None
        ids = {t.i for t in tokens}
        heads = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
        for h in heads:
            if self.is_force(h):
                return h
            if h.lemma_.casefold() in self.collective:
                for c in h.children:
                    if c.dep_ == "nmod" and self.is_force(c):
                        return c
        return None

    def is_local(self, head: Any) -> bool:
        return any(c.dep_ == "amod" and c.lower_ in self.local for c in head.children)


def load_forces(data: dict[str, Any]) -> Forces:
    fr, en = data.get("fr", {}), data.get("en", {})
    return Forces(frozenset(fr.get("nouns", ())),
                  {k: frozenset(v) for k, v in fr.get("qualified", {}).items()},
                  frozenset(fr.get("collective", ())), frozenset(fr.get("local", ())),
                  frozenset(en.get("nouns", ())), {k: frozenset(v) for k, v in en.get("qualified", {}).items()},
                  frozenset(en.get("local", ())))


def english_force_mentions(tokens: list[Any], mentions: list[Mention], forces: Forces,
                           places: Places) -> list[Mention]:
    """(events@41) English has no parse here: "police in Nairobi", "security forces in Lagos" say
    whose force acts with "in <place>" right after the noun. The noun then becomes a mention of the
    place's state (a gazetteer state or the state of a known city or region), which the word-order
    reading places as any other name (as `demonyms_en.py` does for "the Kenyan police"). A local
    force ("city police in X"), a possessed one ("its police") and a noun inside a name are left
    alone; a place of no known state gives nothing.

    (events@49) A force noun with no place after it stands for the state of the place its
    sentence acts in ("Riot police fired tear gas at demonstrators ... in Beirut": the one place
    after "in" the sentence names, of a known state); a nationality adjective before it ("the
    Kenyan police") is `demonyms_en.py`'s; a sentence of two such places, or none, leaves the noun
    alone. The report's dateline is not read (tried: on eval/events_pool's working part it added
    one spurious event and no hit)."""
    out: list[Mention] = []
    sentence_state = _sentence_state(tokens, mentions, places)
    for i, tok in enumerate(tokens):
        word = tok.lower_
        prev = tokens[i - 1].lower_ if i else ""
        if word not in forces.en_nouns and prev not in forces.en_qualified.get(word, frozenset()):
            continue
        if prev in forces.en_local or prev in ("its", "their", "his", "her", "'s", "’s"):
            continue
        if any(m.start <= tok.idx < m.end for m in mentions):
            continue
        nxt = tokens[i + 1].lower_ if i + 1 < len(tokens) else ""
        if nxt in forces.en_nouns or word in forces.en_qualified.get(nxt, frozenset()):
            continue  # "police officers", "army troops": the head noun after it is read in its turn
        at = tokens[i + 2].idx if i + 2 < len(tokens) and tokens[i + 1].lower_ == "in" else -1
        place = next((m for m in mentions if m.start == at and m.type == "LOC"), None)
        if place is not None and place.entity is not None:
            state = places.country_of(place)
            if state and place.entity not in places.states and place.entity not in places.countries:
                out.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, "LOC", state))
            continue
        if at >= 0 or _after_demonym(tokens, i, places):
            continue  # "police in the capital": a place the gazetteer does not know
        state = sentence_state
        if state:
            out.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, "LOC", state))
    return out


def _sentence_state(tokens: list[Any], mentions: list[Mention], places: Places) -> str | None:
    """(events@49) The state of the one place the sentence's "in <place>" names (its state when
    the place is a city or a region), None where it names none or places of two states."""
    starts = {tokens[i + 1].idx for i in range(len(tokens) - 1) if tokens[i].lower_ == "in"}
    found = {s for m in mentions if m.type == "LOC" and m.start in starts and (s := places.country_of(m))}
    return found.pop() if len(found) == 1 else None


def _after_demonym(tokens: list[Any], i: int, places: Places) -> bool:
    """Whether a capitalised nationality adjective stands right before the force noun, or one
    lowercase word before it ("Pakistani police", "Israeli riot police")."""
    for j in (i - 1, i - 2):
        if j < 0:
            return False
        text = tokens[j].text
        if text[:1].isupper() and fold(text) in places.demonyms:
            return True
        if not text[:1].islower():
            return False
    return False


@dataclass
class Setting:
    """Where an article's unnamed forces belong: its first place and that place's state (or the
    state it names most), whose state completes a place the gazetteer knows no state for, and
    the states an adjective gave each force noun."""

    place: list[str] = field(default_factory=list)
    owners: dict[str, str] = field(default_factory=dict)  # force lemma -> state, from an adjective


def place_ids(m: Mention, places: Places) -> list[str]:
    """A place mention's ids: itself, and its state where it is not one (a capital's, a region's)."""
    own = m.entity or "name:" + m.text.casefold()
    state = places.country_of(m)
    return [own] if own in places.states or state is None else [own, state]


def setting_of(mentions: list[Mention], places: Places) -> Setting:
    """The article's setting: its first place (the lede's or the dateline's) with its state, and
    failing a known state for it, the state the article names most."""
    locs = [m for m in sorted(mentions, key=lambda m: m.start) if m.type == "LOC"]
    if not locs:
        return Setting()
    place = place_ids(locs[0], places)
    if not any(i in places.states for i in place):
        named = Counter(i for m in locs for i in place_ids(m, places) if i in places.states)
        if named:
            place.append(named.most_common(1)[0][0])
    return Setting(place)


def force_side(tokens: list[Any], mentions_in: Any, forces: Forces, setting: Setting,
               location: list[str], places: Places) -> list[str]:
    """The side a phrase naming a state's force stands for (see the module's docstring), [] when
    the phrase names no force. `mentions_in` gives the mentions among some tokens, `location` the
    ids of the event's place ("à <place>")."""
    head = forces.head_of(tokens)
    if head is None or any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in head.children):
        return []  # "ses troupes", "leurs militaires": someone's own (a candidate's supporters)
    own = [m for m in mentions_in(list(head.subtree)) if m.type == "LOC"]
    if own:
        ids = place_ids(own[0], places)
        return ids[:1] if forces.is_local(head) else where(setting, ids, places.states)
    if forces.is_local(head):
        return []  # a town's police with no town named: not the state's
    owner = setting.owners.get(head.lemma_.casefold())
    if owner:
        return [owner]
    return where(setting, location, places.states)


def where(setting: Setting, location: list[str], states: frozenset[str]) -> list[str]:
    """The place an unnamed state's agent acts in: the event's place with its state (the
    article's, where the gazetteer knows none for it: "l'Etat de Sokoto" in an article from
    Nigeria). No place told in the clause, no side: the article's own place alone made sides of
    background mentions of the police ("la police a ouvert une enquête") once the police's acts
    had triggers (events@37's branch: eval/events_pool French held-out +4 spurious, +0 found)."""
    if not location:
        return []
    if any(i in states for i in location):
        return list(location)
    return list(location) + [i for i in setting.place if i in states][:1]


def record_owners(setting: Setting, doc: Any, forces: Forces, demonyms: dict[str, str], fold: Any) -> None:
    """Note, for each force noun the article gives a nationality adjective ("l'armée congolaise"),
    whose it is, so that the bare noun later ("l'armée") stands for that state."""
    for t in doc:
        if not forces.is_force(t):
            continue
        for c in t.children:
            state = demonyms.get(fold(c.text))
            if state and c.pos_ == "ADJ" and c.dep_ == "amod":
                setting.owners.setdefault(t.lemma_.casefold(), state)
