"""An unnamed English state agent stands for its state (events@58).

Wire copy tells what "police", "the authorities", "the government" or "troops" did without a name:
"British authorities ... immediately arrested him", "The Russian government has long regarded the
sanctions ...", "brief clashes between Somali and Kenyan troops", "Belarusian authorities scrambled a
jet ... where authorities detained X". The events gold (GUIDELINES.md, events: a side is "a person,
their state, their capital") writes such a side as the state. The nouns are data: forces.json's
English forces and `agents_en.json`'s governing bodies (after WordNet's government.n.01,
administration.n.02, junta.n.01, cabinet.n.01, ministry.n.02).

`forces.english_force_mentions` (events@41/49) reads a force noun with "in <place>" after it or in
a sentence of one "in <place>". What it leaves, and the governing nouns, are read here; whose agent
each is, the nearest evidence first:

1. a nationality adjective right before it, or before one lowercase word ("Belarusian
   authorities", "the Nepali riot police", "clashes between Somali and Kenyan troops": Kenya's);
2. "of <name>" right after it ("the government of Nigeria"): that name's, read by word order;
3. the state of the sentence's one "in <place>" (as events@49 for forces);
4. the same noun given a nationality adjective elsewhere in the article ("Belarusian authorities
   scrambled a jet ... where authorities detained X": Belarus's).

Nothing else places it. Tried and left out (ARCHITECTURE.md, events@58): the report's dateline
("KATMANDU, Nepal --", "PAKISTAN:") and the article's one state (every place it names in one
state) as further fallbacks, even only for an agent right before its trigger: each let a spurious
trigger of the sentence ("meeting" in "the National Assembly meeting building", "the elected
government") take the agent's state, and added false events on eval/events_pool's held-out part.

A noun is an agent only as the head of its own phrase: a lowercase word after it that is no
function word, past form or trigger makes it a modifier ("police station", "government
hospitals", "army chief": `_heads_phrase`); a possessive, a local adjective, a name or a
hyphenated compound before it makes it someone's ("its government", "city police", "the Taliban
government", "the Tutsi-led army"); a capitalised noun opening a name ("the Ministry of Foreign
Affairs of X") is none.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from veille.model import Mention
from veille.stages.entities.text import fold
from veille.stages.events.actors import Places
from veille.stages.events.forces import Forces
from veille.stages.events.forces import _sentence_state as sentence_state

_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "your", "my", "'s", "’s"})
_DETERMINERS = frozenset({"the", "its", "their", "a", "an"})
# The participles of an English compound adjective that says whose a body is ("Tutsi-led", "U.S.-backed",
# "state-run"): general English word formation.
_COMPOUND_OWNERS = frozenset({"led", "backed", "run", "controlled", "dominated", "allied", "supported", "sponsored"})


@dataclass(frozen=True)
class StateAgents:
    """The governing nouns (`agents_en.json`), their level adjectives and the function words
    after which a noun heads its phrase."""

    nouns: frozenset[str] = frozenset()
    levels: frozenset[str] = frozenset()
    function_words: frozenset[str] = frozenset()
    determined: frozenset[str] = frozenset()  # nouns that are agents only after a determiner


def load_agents(data: dict[str, Any]) -> StateAgents:
    return StateAgents(frozenset(data.get("nouns", ())), frozenset(data.get("levels", ())),
                       frozenset(data.get("function_words", ())), frozenset(data.get("determined", ())))


@dataclass
class ArticleStates:
    """Whose an unnamed agent is, from the article as a whole (step 4)."""

    owners: dict[str, str] = field(default_factory=dict)  # noun -> state of an adjective before it


def _agent_noun(tokens: list[Any], i: int, forces: Forces, agents: StateAgents) -> bool:
    word = tokens[i].lower_
    if word in forces.en_nouns or word in agents.nouns:
        return True
    prev = tokens[i - 1].lower_ if i else ""
    return prev in forces.en_qualified.get(word, frozenset())


def _demonym_before(tokens: list[Any], i: int, forces: Forces, agents: StateAgents,
                    demonyms: dict[str, str]) -> str | None:
    """The state of a capitalised nationality adjective right before the noun, or before one
    lowercase word (a level or a qualifier: "the Nepali riot police", "Belarusian security forces")."""
    for j in (i - 1, i - 2):
        if j < 0:
            return None
        text = tokens[j].text
        if text[:1].isupper():
            return demonyms.get(fold(text))
        if not (text in agents.levels or text in forces.en_qualified.get(tokens[i].lower_, frozenset())
                or text in forces.en_nouns):
            return None
    return None


def article_states(tokens: list[Any], places: Places, forces: Forces, agents: StateAgents) -> ArticleStates:
    """The states that nationality adjectives give agent nouns anywhere in the article (step 4)."""
    out = ArticleStates()
    for i in range(len(tokens)):
        if _agent_noun(tokens, i, forces, agents):
            state = _demonym_before(tokens, i, forces, agents, places.demonyms)
            if state:
                out.owners.setdefault(tokens[i].lower_, state)
    return out


def _heads_phrase(tokens: list[Any], i: int, agents: StateAgents, triggers: dict[str, Any]) -> bool:
    """Whether the noun at `i` ends its noun phrase: punctuation, the sentence's end, a function
    word, a past form or a trigger's form after it ("police fired", "the government has",
    "authorities at the airport", "troops, who"), not a noun it modifies ("police station")."""
    if i + 1 >= len(tokens):
        return True
    nxt = tokens[i + 1]
    if nxt.text in ("-", "–", "‐"):
        return False  # "police-approved", "government-run"
    if not nxt.text[:1].isalpha():
        return True
    word = nxt.lower_
    if not nxt.text[:1].islower():
        return True  # a name or a day after it: "police Sunday", "troops Jonathan sent"
    return word in agents.function_words or word.endswith("ed") or word in triggers


def _owned(tokens: list[Any], i: int, mentions: list[Mention], forces: Forces, agents: StateAgents,
           demonyms: dict[str, str]) -> bool:
    """Whether something before the noun makes it someone's or no agent: a possessive, a local
    adjective, a name ("the Taliban government", "the Tutsi army": a capitalised word inside the
    sentence that is no nationality adjective), a hyphen ("anti-government"); or after it, the
    rest of a name ("the Ministry of Foreign Affairs"). "military", an adjective as often as a
    noun, is the military only after a determiner ("the military said", not "military and
    political life")."""
    if tokens[i].lower_ in agents.determined and (i == 0 or tokens[i - 1].lower_ not in _DETERMINERS):
        return True
    if i + 2 < len(tokens) and tokens[i].text[:1].isupper() and tokens[i + 1].lower_ == "of" \
            and tokens[i + 2].text[:1].isupper():
        return True
    k = i - 1
    while k >= 0 and (tokens[k].lower_ in agents.levels or tokens[k].lower_ in forces.en_qualified.get(
            tokens[i].lower_, frozenset()) or tokens[k].lower_ in forces.en_nouns):
        k -= 1
    if k < 0:
        return False
    prev = tokens[k]
    if prev.lower_ in _POSSESSIVES or prev.lower_ in forces.en_local or prev.text in ("-", "–", "‐"):
        return True
    if any(m.start <= prev.idx < m.end for m in mentions):
        return True  # "the Taliban government", "Hong Kong police": the name's own (word order reads it)
    if k > 0 and prev.text[:1].isupper() and fold(prev.text) not in demonyms and tokens[k - 1].text[:1].isalnum():
        return True  # "the Tutsi army": a name the entity stage did not find
    # "the Tutsi-led army", "a U.S.-backed government": the compound names whose it is
    return prev.lower_ in _COMPOUND_OWNERS and k > 0 and tokens[k - 1].text in ("-", "–", "‐")


def agent_mentions(tokens: list[Any], mentions: list[Mention], forces: Forces, agents: StateAgents,
                   places: Places, states: ArticleStates, triggers: dict[str, Any]) -> list[Mention]:
    """Mentions of the states that the sentence's unnamed agents stand for (steps 1-4 of the
    module's docstring); `mentions` already holds `english_force_mentions`' own."""
    out: list[Mention] = []
    sentence = sentence_state(tokens, mentions, places)
    for i, tok in enumerate(tokens):
        if not _agent_noun(tokens, i, forces, agents) or any(m.start <= tok.idx < m.end for m in mentions):
            continue
        word = tok.lower_
        nxt = tokens[i + 1].lower_ if i + 1 < len(tokens) else ""
        if nxt in forces.en_nouns or word in forces.en_qualified.get(nxt, frozenset()) or nxt in agents.nouns:
            continue  # "police officers", "army troops": the head after it is read in its turn
        if not _heads_phrase(tokens, i, agents, triggers) or \
                _owned(tokens, i, mentions, forces, agents, places.demonyms):
            continue
        if nxt == "in" and word in forces.en_nouns | {"forces", "officers", "personnel"}:
            continue  # "police in <place>": forces.english_force_mentions' reading
        state = _demonym_before(tokens, i, forces, agents, places.demonyms)
        if state is None and nxt in ("of", "in") and i + 2 < len(tokens) and \
                any(m.start == tokens[i + 2].idx and (nxt == "of" or m.type == "LOC") for m in mentions):
            continue  # "the government of Nigeria", "of Aung San Suu Kyi": that name's, read by word order
        state = state or sentence or states.owners.get(word)
        if state:
            out.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, "LOC", state))
    return out


# PLOVER PROTEST: a crowd's demonstration or a strike against an authority; a state's force disperses
# one, it does not hold it ("police dispersed a rally": the rally is no act of the police).
_FORCE_FREE = frozenset({"PROTEST"})


def drop_protesting_forces(items: list[Any], forces_made: list[Mention], mentions: list[Mention]) -> list[Any]:
    """The sentence's events less the sides that only a force noun's mention gave to a protest
    ("Riot police deployed tear gas ... as they dispersed a rally in Hong Kong": Hong Kong's police
    held no rally); a protest left with no side is none."""
    named = {m.entity for m in mentions if m not in forces_made}
    only = {m.entity for m in forces_made} - named
    out = []
    for f in items:
        if f.type in _FORCE_FREE and only & {*f.source, *f.target}:
            f.source = [a for a in f.source if a not in only]
            f.target = [a for a in f.target if a not in only]
            if not f.source and not f.target:
                continue
        out.append(f)
    return out

