"""Sides of judicial and police acts told without their agent (events@43, issue 19).

News tells sentences, charges, arrests and dispersals mostly in the passive, and mostly without
a "par" / "by" phrase: "il a été condamné à cinq ans", "trois suspects ont été interpellés",
"X was sentenced to five years", or, in headlines, with a bare participle: "l'opposant Ousmane
Sonko condamné à deux ans de prison" (a reduced passive: the participle modifies the noun that
undergoes the act). The grammatical subject (or the noun the participle modifies) is the one who
undergoes the act, its target. Who acts is what the verb's class implies (GUIDELINES.md: a side
is "a person, their state"; eval/events_pool README: a sentence is "from the named court (its
state as alternative)", an arrest "from the police's state (or place)"):

- a court's decision (the `JUDICIAL_MODES` of `context.py`: convictions, sentences, acquittals):
  the court or titled judge the sentence names, else the article's (a report of a trial has one
  bench; `context.add_judges` gives it only to a dated judgment, this to an undated one too,
  unless every report tells it in the pluperfect: "had been acquitted", "avait été condamné",
  an earlier trial's), else the clause's place and its state, else the state of the article's setting (the
  state whose justice tries the case);
- a criminal charge (`CHARGE_MODES`: English "charged with" an offence, `triggers_en.json` class
  `criminal_charges`): the clause's place and its state, else the setting's state (prosecutors
  act for a state; the pool's convention for a charge is ACCUSE from the state or its agency);
- a police act (`POLICE_MODES`: arrests): the clause's place and its state, as `forces.where`
  reads an unnamed force; no place, no side. This is `_find`'s (events@41), for French passives;
  the reduced passive ("trois opposants arrêtés") now reaches it too. (events@67) In English, whose
  word-order reading has no such step, an arrest told in the passive with no "by" agent in its
  clause ("X was arrested on Monday", "were detained", "got arrested"; `agentless_passive`) takes
  the side a charge takes: the clause's place and its state, else the setting's state (whose
  police arrest in it); "police arrested X" (an active verb with a force noun left unresolved on
  purpose) and "was arrested by <someone>" are left alone, as is an undated report in the
  pluperfect ("had been arrested": an earlier occasion, as for judgments).

Only events that the trigger lexicon already finds are given a side here, after the main-event
filter (as `context.add_judges` does): no new event comes from this module except the reduced
passive, whose noun gives the trigger the target its verb's class needs.
"""

from __future__ import annotations

import re
from typing import Any

from veille.model import Event, Mention
from veille.stages.events.actors import Places
from veille.stages.events.context import JUDICIAL_MODES, Bench
from veille.stages.events.forces import Setting, where
from veille.stages.events.word_order_en import is_passive

# Modes of the triggers whose agent is a state's police (data/events/triggers*.json).
POLICE_MODES = frozenset({"arrest"})
# Modes of a criminal charge, brought by a state's prosecutors or investigators.
CHARGE_MODES = frozenset({"charge"})
# The classes whose participle, bare after a noun, is a reduced passive of that noun.
REDUCED_MODES = JUDICIAL_MODES | POLICE_MODES | CHARGE_MODES
# The classes whose missing side `add_agents` gives: an arrest's is given in the sentence's own
# parse (`_find`, events@41: a passive with no agent takes the police of the clause's place), where
# a force noun left unresolved on purpose ("city police in Nairobi", "police in <a place of no
# known state>") is not overridden here.
SIDED_MODES = JUDICIAL_MODES | CHARGE_MODES


def reduced_noun(verb: Any) -> Any | None:
    """The noun a bare past participle modifies ("Ousmane Sonko condamné à deux ans": Sonko),
    None when the participle is not such a reduced passive: a participle with an auxiliary or
    a subject of its own heads a clause, and one modifying no noun is no reduced passive."""
    if verb.pos_ != "VERB" or verb.dep_ != "acl" or "Part" not in verb.morph.get("VerbForm"):
        return None
    if "Pres" in verb.morph.get("Tense") or verb.lower_.endswith("ant"):
        return None  # "les policiers surveillant la place": an active participle
    if any(c.dep_.startswith(("aux", "nsubj", "obj", "mark")) for c in verb.children):
        return None
    noun = verb.head
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i != verb.i else None


def noun_phrase(noun: Any, verb: Any) -> list[Any]:
    """The noun's phrase without the participle's own subtree."""
    inner = {t.i for t in verb.subtree}
    return [t for t in noun.subtree if t.i not in inner]


# The pluperfect passive ("avait été condamné", "had been acquitted"): an occasion before the
# one the article reports (a few words may stand between: "had already been", "avait alors été").
_PLUPERFECT = re.compile(r"\b(?:had|avait|avaient)\s+(?:\w+\s+){0,2}(?:been|été)\s+(?:\w+\s+){0,2}$",
                         re.IGNORECASE)


def pluperfect_before(text: str) -> bool:
    """Whether `text` ends in a pluperfect passive's auxiliaries ("... had been")."""
    return bool(_PLUPERFECT.search(text))


def earlier(ev: Event) -> bool:
    """Whether every report of the event tells it in the pluperfect passive."""
    word = ev.trigger.split()[0] if ev.trigger else ""
    reports = [e.text for e in ev.evidence]
    return bool(word) and bool(reports) and all(
        (at := text.find(word)) >= 0 and bool(_PLUPERFECT.search(text[:at])) for text in reports)


_WORDS = re.compile(r"\w+(?:['’]\w+)?|[^\w\s]")
# Words after an English participle within which a "by" phrase names its agent ("was arrested on
# Monday by police"), unless its clause ends first.
AGENT_WINDOW = 8
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "(", ")", "—", "–", "after", "before", "when", "while", "as",
                          "because", "since", "and", "but"})


def agentless_passive(ev: Event) -> bool:
    """Whether one report of the event tells its trigger as an English passive ("be" or "get" and
    the participle, `word_order_en.is_passive`) with no "by" agent in the participle's clause."""
    word = ev.trigger.split()[0].casefold() if ev.trigger else ""
    for report in ev.evidence:
        words = [w.casefold() for w in _WORDS.findall(report.text)]
        if any(w == word and agentless_at(words, i) for i, w in enumerate(words)):
            return True
    return False


def agentless_at(words: list[str], i: int) -> bool:
    """Whether the word at `i` of a sentence's lower-cased words is a passive participle with no
    "by" agent in its clause."""
    if not is_passive(words, i):
        return False
    after = words[i + 1:i + 1 + AGENT_WINDOW]
    end = next((k for k, x in enumerate(after) if x in _CLAUSE_ENDS), len(after))
    return "by" not in after[:end]


def _sided(ev: Event, english: bool) -> bool:
    """Whether `add_agents` gives the event a side: one of a judicial or charge class, or (English)
    an arrest told in the agentless passive; an event that has a source, or no target, is left alone."""
    if ev.source or not ev.target:
        return False
    return ev.mode in SIDED_MODES or (english and ev.mode in POLICE_MODES and agentless_passive(ev))


def add_agents(events: list[Event], body: str, mentions: list[Mention], bench: Bench, places: Places,
               setting: Setting, english: bool = False) -> None:
    """Give a side to the events of a judicial or police class told without their agent (see the
    module's docstring); `english`: the article's language is English (its passive arrests)."""
    if not any(_sided(ev, english) for ev in events):
        return
    bench_mentions = bench.of(body, mentions)
    setting_state = [i for i in setting.place if i in places.states][:1]
    for ev in events:
        if not _sided(ev, english):
            continue
        at = next((m for m in mentions if ev.location is not None and m.type == "LOC"
                   and (m.entity or "name:" + m.text.casefold()) == ev.location), None)
        state_of = places.country_of(at) if at is not None else None
        ids = [] if ev.location is None or at is None else \
            [ev.location] + ([state_of] if state_of and state_of != ev.location else [])
        here = where(setting, ids, places.states)  # the place and its state, as `_find`'s `here`
        here = [i for i in here if i not in ev.target]
        state = [s for s in setting_state if s not in ev.target]
        if ev.mode in JUDICIAL_MODES:
            if ev.date is None and earlier(ev):
                continue  # "he had been acquitted of ...": a judgment of another, earlier trial
            # the bench its own sentences name first, then the article's, in text order
            own = [m for m in bench_mentions if any(e.start <= m.start < e.end for e in ev.evidence)]
            courts = dict.fromkeys(m.entity or "name:" + m.text.casefold() for m in own + bench_mentions)
            ev.source = [c for c in courts if c not in ev.target][:3] or here or state
        elif ev.mode in CHARGE_MODES:
            ev.source = here or state
        elif ev.date is None and earlier(ev):
            continue  # "he had been arrested in 2019": an earlier occasion
        else:  # (events@67) an English arrest in the agentless passive: its place's police, else the setting's
            ev.source = here or state
