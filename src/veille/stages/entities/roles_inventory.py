"""The inventory of titles `roles_titles` reads: the core heads of `data/entities/lexicon.json`
(with the canonical office the gazetteer's holders are listed under) and the broad inventory of
`data/entities/titles.json`, organised by kind (heads of state and government, ministers,
parliament, parties, local officials, judiciary, military, diplomats, police, international
organisations, companies, unions, religion, sports, spokespeople and staff, administration,
occupations, nobility), each French office with its feminine form, plus French and English
portfolios and the English words that stand before a head ("health minister")."""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from veille.stages.entities.gazetteer import DATA

# "des Affaires étrangères" also reads "aux Affaires étrangères" ("secrétaire aux Affaires extérieures").
_TO = {"des ": "aux ", "du ": "au ", "de la ": "à la ", "de l'": "à l'"}


@cache
def inventory() -> dict[str, Any]:
    """titles.json as written: `kinds` -> {"fr": [...], "en": [...]}, the portfolios and modifiers."""
    data: dict[str, Any] = json.loads((DATA / "entities" / "titles.json").read_text(encoding="utf-8"))
    return data


@cache
def wordnet_heads() -> tuple[str, ...]:
    """The English nouns of occupations and positions of `data/entities/wordnet_titles.json` (WordNet
    3.0's noun.person below its classes of professionals, officials, leaders, scientists ...; see
    tools/build_wordnet_titles.py), which the hand-written inventory does not list: read in lowercase only."""
    data = json.loads((DATA / "entities" / "wordnet_titles.json").read_text(encoding="utf-8"))
    return tuple(data["en"])


def wordnet_extra(hand: list[str]) -> list[str]:
    """The general source's nouns the hand-written heads do not list, less those that extend one of
    them ("minister of finance" after "minister"): the longer alternative would hide the hand-written
    head's own reading of its complement ("Minister of Finance and Economic Planning")."""
    known = {h.casefold() for h in hand}
    out = []
    for noun in wordnet_heads():
        words = noun.split()
        if noun in known or any(" ".join(words[:k]) in known for k in range(1, len(words))):
            continue
        out.append(noun)
    return out


# The person nouns that end an English agent compound ("council member", "chair person").
_AGENTS = ("member", "person", "man", "woman")


def closed_compounds(hand: list[str]) -> list[str]:
    """The closed spelling of each two-word head whose second word is a person noun: English writes
    such compounds open or closed ("council member" / "councilmember", "board member" /
    "boardmember"), and a title the inventory lists one way is the same title the other way."""
    known = {h.casefold() for h in hand}
    out = []
    for head in hand:
        words = head.split()
        if len(words) == 2 and words[1].casefold() in _AGENTS and words[0].isalpha():
            closed = words[0] + words[1].casefold()
            if closed.casefold() not in known:
                known.add(closed.casefold())
                out.append(closed)
    return out


@cache
def agent_titles() -> frozenset[str]:
    """The inventory's one-word English heads that are agent compounds ("councilman",
    "congresswoman", "spokesperson", and the closed spellings of "council member"): capitalised
    before a name they are its title, never its first word, and no surname ends a name with one."""
    hand = heads("en")
    words = [h.casefold() for h in [*hand, *closed_compounds(hand)] if " " not in h]
    return frozenset(w for w in words if any(w.endswith(a) and len(w) > len(a) + 2 for a in _AGENTS))


def heads(lang: str) -> list[str]:
    """Every head of the broad inventory in one language ("fr" or "en"), all kinds together."""
    return list(dict.fromkeys(h for kind in inventory()["kinds"].values() for h in kind[lang]))


# A two-word compound title is written with a space or a hyphen alike ("haut fonctionnaire" /
# "haut-fonctionnaire", "vice president" / "vice-president"): each head of two words the inventory
# spells with a space also reads hyphenated, so that the hyphenated spelling is not read from its
# second word alone ("haut-fonctionnaire" as "fonctionnaire"; entities@90). Only that way: a
# hyphenated head spelt with a space may be two words of a sentence ("higher-up", "higher up").
_TWO_WORDS = re.compile(r"(?P<a>[^\W\d_]+) (?P<b>[^\W\d_]+)")


def spellings(heads: dict[str, str | None]) -> dict[str, str | None]:
    """`heads` with each two-word head also hyphenated, with the same canonical office; a spelling
    the inventory lists already keeps its own."""
    out = dict(heads)
    for head, office in heads.items():
        if (m := _TWO_WORDS.fullmatch(head)) is not None:
            out.setdefault(f"{m.group('a')}-{m.group('b')}", office)
    return out


@cache
def person_nouns() -> frozenset[str]:
    """The folded one-word French heads of the broad inventory ("fonctionnaire",
    "ministre", "dirigeant", "patron"): a noun phrase that holds none names no person by office;
    a word that only qualifies a head ("haut", "premier") is none (entities@90)."""
    from veille.stages.entities.text import fold

    return frozenset(fold(h) for h in heads("fr") if " " not in h.strip())


def with_titles(lexicon: dict[str, Any]) -> dict[str, Any]:
    """The lexicon's titles with the broad inventory (heads of every kind, portfolios, modifiers);
    a French portfolio also reads with "à" ("secrétaire aux Affaires extérieures", "conseiller à
    la Sécurité nationale")."""
    extra = inventory()
    out = dict(lexicon)
    out["fr_heads"] = spellings({**dict.fromkeys(heads("fr")), **lexicon["fr_heads"]})
    hand = [*heads("en"), *lexicon["en_heads"]]
    closed = closed_compounds(hand)
    out["en_heads"] = spellings({**dict.fromkeys(wordnet_extra([*hand, *closed])), **dict.fromkeys(closed),
                                 **dict.fromkeys(heads("en")), **lexicon["en_heads"]})
    # the inventory's portfolios have no canonical office: no holder is known for them, and a
    # role-only mention ("le ministre malien des Sports") would be a person with no name
    ports: dict[str, str | None] = {**dict.fromkeys(extra["fr_portfolios"]), **lexicon["fr_portfolios"]}
    for port, office in list(ports.items()):
        for de, a in _TO.items():
            if port.startswith(de):
                ports.setdefault(a + port[len(de):], office)
    out["fr_portfolios"] = ports
    out["en_portfolios"] = list(extra["en_portfolios"])
    out["en_title_before"] = sorted({*lexicon["en_title_before"], *extra["en_title_before"]})
    return out
