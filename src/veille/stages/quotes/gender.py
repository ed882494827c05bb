"""The grammatical gender the text gives a person, to resolve 'il'/'elle', 'he'/'she'.

A person's gender is read from the words right before their mentions, and from the role the
entity stage found: an honorific ("Mme", "Mr"), a gendered title ("la présidente",
"spokeswoman", "le directeur") or a French article before an epicene title ("la ministre").
Where the text says nothing, the person's given name may: "Ursula", "Olivier" (a broad pooled
name-gender reference, names used for both sexes left out). Markers are data
(`veille/data/quotes/gender.json`, `data/entities/given_names.json`). Where neither says, or the text says both,
the gender is unknown and any pronoun may refer to the person.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from veille.model import Mention
from veille.stages.entities.english import GivenNames, load_given_names

_DATA = Path(__file__).resolve().parent.parent.parent / "data" / "quotes" / "gender.json"
_KIN = _DATA.with_name("kinship.json")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


@dataclass(frozen=True)
class GenderMarkers:
    female: frozenset[str]
    male: frozenset[str]
    epicene: frozenset[str]
    feminine_articles: frozenset[str]
    masculine_articles: frozenset[str]
    given: GivenNames = field(default_factory=GivenNames)
    # (quotes@47) kinship nouns -> the sex they name ("son" -> "m", "fille" -> "f"; data/quotes/kinship.json)
    kin: dict[str, str] = field(default_factory=dict)

    def given_name(self, name: str) -> str | None:
        """"f" or "m" when the first word of a full name is a given name of one sex only."""
        words = name.split()
        if len(words) < 2 or not words[0][:1].isupper():
            return None  # a surname alone ("Lopez") or a lower-case phrase says nothing
        return self.given.sex(words[0])


def load_gender_markers(given: GivenNames | None = None) -> GenderMarkers:
    """The markers, with `given` (the entities stage's given names, when the caller has them
    loaded) or the given names read here."""
    raw = json.loads(_DATA.read_text(encoding="utf-8"))

    def words(key: str) -> frozenset[str]:
        return frozenset(w.casefold() for w in raw[key])

    kinship = json.loads(_KIN.read_text(encoding="utf-8"))
    kin = {w.casefold(): sex for sex, key in (("m", "male"), ("f", "female")) for w in kinship[key]}
    return GenderMarkers(words("female"), words("male"), words("epicene"), words("feminine_articles"),
                         words("masculine_articles"), given if given is not None else load_given_names(), kin)


def marks(words: list[str], markers: GenderMarkers) -> set[str]:
    """The genders the words mark ('la ministre', 'spokeswoman', 'Mr')."""
    found: set[str] = set()
    for i, w in enumerate(words):
        two = " ".join(words[i:i + 2])
        if w in markers.female or two in markers.female:
            found.add("f")
        elif w in markers.male or two in markers.male:
            found.add("m")
        elif w in markers.epicene and i > 0:
            if words[i - 1] in markers.feminine_articles:
                found.add("f")
            elif words[i - 1] in markers.masculine_articles:
                found.add("m")
    return found


def genders(body: str, mentions: list[Mention], markers: GenderMarkers) -> dict[str, str]:
    """Entity id -> "f" or "m", for the people the text marks one way only."""
    seen: dict[str, set[str]] = {}
    named: dict[str, set[str]] = {}  # entity id -> the sexes its given names mark
    for m in mentions:
        if m.type != "PER" or not m.entity:
            continue
        line_start = body.rfind("\n", 0, m.start) + 1
        # the words after any earlier name: "Mrs A met Mr B" gives B only "met Mr"
        previous = max((o.end for o in mentions if o.end <= m.start), default=0)
        before = body[max(line_start, previous, m.start - 45):m.start]
        # only the phrase the name closes; the period of an honorific ("M. Martin", "Mr. Smith")
        # ends no phrase (quotes@17: "M." marked no one before)
        before = re.split(r"(?<![\s(]M)(?<![\s(]MM)(?<![\s(]Mr)(?<![\s(]Mrs)(?<![\s(]Ms)(?<![\s(]Dr)[.]|"
                          r"[;:!?«»“”\"(]|,\s", " " + before)[-1]
        words = [w.casefold() for w in _WORD.findall(before)][-5:]
        for role in m.roles:  # quotes@29: each office the mention states
            words += [w.casefold() for w in _WORD.findall(role.title)]
        seen.setdefault(m.entity, set()).update(marks(words, markers))
        if (sex := markers.given_name(m.text)) is not None:
            named.setdefault(m.entity, set()).add(sex)
    # What the text says of the person comes first; the given name speaks only where it says nothing.
    for entity, found in seen.items():
        if not found and len(named.get(entity, ())) == 1:
            found.update(named[entity])
    return {entity: found.pop() for entity, found in seen.items() if len(found) == 1}


_AFFILIATIONS = _DATA.with_name("affiliations.json")


@dataclass(frozen=True)
class Affiliations:
    """Nouns that name a person by party or ideology (`data/quotes/affiliations.json`), with the
    gender their French form marks: "le républicain" a man, "la républicaine" a woman."""

    masculine: frozenset[str] = frozenset()
    feminine: frozenset[str] = frozenset()
    english: frozenset[str] = frozenset()

    def gender(self, noun: str, determiner: str) -> str | None:
        """"m", "f" or "" (English: unmarked) for a party noun after `determiner`; None for any
        other noun. French "l'" marks no gender either."""
        if determiner == "the":
            return "" if noun in self.english else None
        masculine, feminine = noun in self.masculine, noun in self.feminine
        if not (masculine or feminine):
            return None
        if determiner == "le":
            return "m" if masculine else None
        if determiner == "la":
            return "f" if feminine else None
        return "m" if masculine and not feminine else ("f" if feminine and not masculine else "")


def load_affiliations() -> Affiliations:
    raw = json.loads(_AFFILIATIONS.read_text(encoding="utf-8"))
    return Affiliations(frozenset(raw["fr_masculine"]), frozenset(raw["fr_feminine"]), frozenset(raw["en"]))
