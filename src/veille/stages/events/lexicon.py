"""The events stage's lexicon: triggers, modality words, speech verbs and actor data, loaded once a run.

The lists are data (`veille/data/events/`, each file says its source); this module reads them
into one `Lexicon` that the stage's rules (`__init__`, `modality`, `english`, `senses`) consult.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from veille.pipeline import Context
from veille.stages.entities.english_names import load_words
from veille.stages.entities.gazetteer import Gazetteer, gazetteer
from veille.stages.entities.gazetteer import load as load_gazetteer
from veille.stages.events import anaphora_en, capitals_en, english
from veille.stages.events.actors import Places, load_places
from veille.stages.events.context import Bench
from veille.stages.events.filter import EventFilter, load_filter
from veille.stages.events.forces import Forces, load_forces
from veille.stages.events.state_agents_en import StateAgents, load_agents


@dataclass
class Lexicon:
    triggers: list[dict[str, Any]]
    planned: frozenset[str]
    hypothetical: frozenset[str]
    negation: frozenset[str]
    realisers: frozenset[str]
    anaphoric: frozenset[str]
    group_nouns: frozenset[str]
    speech: frozenset[str]
    english: english.EnglishLexicon
    places: Places = field(default_factory=Places)  # which places act (`actors.py`)
    filter: EventFilter | None = None  # which events are the article's main ones (`filter.py`)
    bench: Bench = field(default_factory=lambda: Bench((), ()))  # a trial's judges (`context.py`)
    attempts: frozenset[str] = frozenset()  # French words of an attempt or a purpose (`attempts.py`)
    forces: Forces = field(default_factory=Forces)  # nouns of a state's forces (`forces.py`, events@41)
    agents_en: StateAgents = field(default_factory=StateAgents)  # governing nouns (`state_agents_en.py`, events@58)
    works: frozenset[str] = frozenset()  # nouns before a work's title ("his novel Houris"), `context.awarders`
    considered: frozenset[str] = frozenset()  # French verbs of deliberation (`modality.possible`, events@59)
    anaphora: anaphora_en.Classes = field(default_factory=anaphora_en.Classes)  # (events@65) `anaphora_en.py`
    capitals: dict[tuple[str, ...], str] = field(default_factory=dict)  # (events@68) `capitals_en.py`
    by_first: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """Triggers by their first lemma, longest first: a token is compared with the few triggers
    that start with its lemma, not with the whole lexicon (2.6 s of 150 articles before)."""

    def __post_init__(self) -> None:
        for trig in self.triggers:
            self.by_first.setdefault(trig["lemmas"][0], []).append(trig)


def _data(name: str) -> dict[str, Any]:
    text = (Path(__file__).resolve().parents[2] / "data" / "events" / name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def load_lexicon(gaz: Gazetteer | None = None, cameo_english: bool = False) -> Lexicon:
    """The events lexicon; `cameo_english` (`events.cameo_english`): events@18's English CAMEO
    triggers, senses, verdict sides and nationality adjectives, and the attempt rule of both
    languages (`attempts.py`); off, what events@17 found."""
    trig = _data("triggers.json")["triggers"]
    mod = _data("modality.json")
    speech = _data("speech_verbs.json")
    actors = _data("actors.json")
    # Longest lemma sequences first, so "entretien téléphonique" wins over "entretien".
    trig = sorted(trig, key=lambda t: -len(t["lemmas"]))
    return Lexicon(trig, frozenset(mod["planned"]), frozenset(mod["hypothetical"]),
                   frozenset(mod["negation"]), frozenset(mod["realisers"]),
                   frozenset(mod["anaphoric_determiners"]), frozenset(mod["group_nouns"]),
                   frozenset(speech["verbs"]), english.load(_data("triggers_en.json"), frozenset(mod["attempt_en"]),
                                                             cameo_english),
                   load_places(gaz if gaz is not None else load_gazetteer(), actors["state_heads"],
                               actors.get("conduct_nouns", [])),
                   load_filter(), Bench(actors["bench"]["court_words"], actors["bench"]["judge_titles"]),
                   attempts=frozenset(mod["attempt"]) if cameo_english else frozenset(),
                   works=frozenset(load_words()["work_nouns"]), forces=load_forces(_data("forces.json")),
                   agents_en=load_agents(_data("agents_en.json")),
                   considered=frozenset(mod.get("considered", ())),
                   anaphora=anaphora_en.load(_data("wordnet_groups_en.json"), _titles()),
                   capitals=capitals_en.load_capitals())


def _titles() -> list[str]:
    """The English nouns of persons in office (entities@49's WordNet selection)."""
    path = Path(__file__).resolve().parents[2] / "data" / "entities" / "wordnet_titles.json"
    titles: list[str] = json.loads(path.read_text(encoding="utf-8"))["en"]
    return titles


def lexicon(ctx: Context) -> Lexicon:
    # Keyed by the gazetteer files too: which places are states depends on them.
    extra = "|".join(ctx.config.entities.gazetteers)
    cameo = ctx.config.events.cameo_english
    lex: Lexicon = ctx.resource(f"events:lexicon:{extra}:cameo={cameo}", lambda: load_lexicon(gazetteer(ctx), cameo))
    if not ctx.config.events.filter:
        lex = copy.copy(lex)  # the shared lexicon stays as loaded
        lex.filter = None
    return lex


