"""The title nouns and office names the speaker resolution reads, from the entity stage's lexicon
(`data/entities/lexicon.json`): what makes "the UN chief" a person, and "le chef du gouvernement" the
Premier ministre named before."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

_INVENTORY = Path(__file__).resolve().parents[2] / "data" / "entities" / "titles.json"


def person_titles(entities_lexicon: dict[str, Any]) -> frozenset[str]:
    """Title nouns that make a definite phrase describe a person ("the UN chief", "la ministre"),
    from the entity stage's lexicon of titles and office heads."""
    words: set[str] = set()
    for key in ("en_person_titles", "title_words"):
        words.update(w.casefold().rstrip(".") for w in entities_lexicon.get(key, []))
    # an office's head noun: the last word in English ("army chief"), the first in French
    # ("chef de l'État"); "numéro un" and the like are no title nouns
    heads = set()
    for key, pick in (("en_heads", -1), ("fr_heads", 0)):
        for head in entities_lexicon.get(key, {}):
            # an English office with a complement is named by the noun before it: "chief of staff"
            head = head.casefold().split(" of ")[0] if key == "en_heads" else head.casefold()
            found = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", head)
            if found:
                heads.add(found[pick])
    words |= heads
    words |= inventory_heads()
    generic = {"de", "la", "of", "the", "d", "l", "pays", "région", "capitale", "groupe", "foreign", "prime",
               "premier", "première", "général", "general", "state", "état", "etat", "numéro"}
    # the words that only qualify a title before it ("defence", "foreign", "acting", "military") are
    # no title of their own: "the Cambodian defence ministry", "the military" are bodies, not people
    modifiers = {w.casefold() for w in entities_lexicon.get("en_title_before", [])} - heads
    return frozenset(words - generic - modifiers)


def inventory_heads(path: Path = _INVENTORY) -> set[str]:
    """(quotes@46) The one-word offices and occupations of the entity stage's inventory of titles
    (`data/entities/titles.json`, organised after Wikidata's classes of positions and occupations;
    see its `_source`): "treasurer", "sheriff", "trésorier", "bourgmestre". The lexicon's own list
    leaves many out, and a bare "the treasurer" was then read as an epithet for whoever spoke last.
    Only one-word entries: the words of a longer one need not be titles alone ("bras droit", "tête
    de liste", "homme d'affaires")."""
    data = json.loads(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for kind in data.get("kinds", {}).values():
        for lang in ("en", "fr"):
            for title in kind.get(lang, []):
                if re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", title.strip()):
                    out.add(title.strip().casefold())
    return out


def office_heads(entities_lexicon: dict[str, Any], same_office: list[list[str]] | None = None) -> dict[str, str]:
    """The entity stage's heads that name an office ("chef du gouvernement" -> "Premier ministre",
    "foreign minister" -> "ministre des Affaires étrangères"), casefolded; and each office by itself."""
    heads: dict[str, str] = {}
    for key in ("fr_heads", "en_heads"):
        for head, office in entities_lexicon.get(key, {}).items():
            if office:
                heads[head.casefold().replace("’", "'")] = office
                heads.setdefault(office.casefold().replace("’", "'"), office)
    # quotes@25: the names one office goes by (`data/quotes/offices.json`): "the spokesman" after "the
    # press secretary of the ministry, X"; each name that is no office yet is the group's first
    for group in same_office or []:
        office = next((heads[n.casefold()] for n in group if n.casefold() in heads), group[0])
        for name in group:
            heads.setdefault(name.casefold().replace("’", "'"), office)
    # a bare "ministre"/"président" names no one office: many people hold one
    return {h: o for h, o in heads.items() if h not in ("ministre", "minister", "président", "president",
                                                        "présidente")}


_OFFICES = Path(__file__).resolve().parents[2] / "data" / "quotes" / "offices.json"


def load_same_office(path: Path = _OFFICES) -> list[list[str]]:
    """The groups of names of one office (`data/quotes/offices.json`)."""
    groups: list[list[str]] = json.loads(path.read_text(encoding="utf-8"))["same_office"]
    return groups
