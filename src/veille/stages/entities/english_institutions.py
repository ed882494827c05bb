"""English names of public institutions, without an English recogniser (entities@42).

By default no English statistical recogniser runs (`nlp.english_ner` is off) and the English
grammar's organisations (`english_names.py`) are behind options, so "the National Assembly",
"the Federal Criminal Court" or "the Moroccan Interior Ministry" named no entity: an event lost
its actor, a quote its speaker. With `entities.english_grammar_names` on (off by default: on
eval/news dev default-on lowered one entity per referent), of the organisations that grammar marks, this keeps the ones
whose head noun (the word before the first "of"/"for", else the last word) names a kind of
public body (`data/entities/english_institutions.json`: ministries, courts, legislatures,
agencies, armed and police forces, unions; not parties, which
one story's articles name variously). The grammar's guards hold: no name on a
heading line in Title Case, a one-word run opening a sentence is no name, a head alone is a
common noun ("Police said"), a span that overlaps a person found first is none ("Prime
Minister" is a title, no head), and a given name before a head that is also a surname
("Margaret Court") is a person's name (`entities._given_and_surname`).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from veille.stages.entities.gazetteer import DATA


@lru_cache(maxsize=1)
def institution_heads() -> frozenset[str]:
    path = DATA / "entities" / "english_institutions.json"
    return frozenset(json.loads(path.read_text(encoding="utf-8"))["heads"])


def head_word(text: str) -> str:
    """The grammar's head of a name: the word before its first "of"/"for", else its last word
    ("Ministry of Health" -> Ministry, "Federal Criminal Court" -> Court)."""
    words = [re.sub(r"['’]s?$", "", w.rstrip(".")) for w in text.split()]
    cut = next((i for i, w in enumerate(words) if w.casefold() in ("of", "for")), len(words))
    return words[cut - 1] if cut else words[-1] if words else ""


def is_institution(text: str) -> bool:
    """Whether a name the grammar typed ORG is headed by a public body's noun."""
    return len(text.split()) > 1 and head_word(text) in institution_heads()
