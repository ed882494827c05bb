"""The forms of a body's name (entities@114, helper ent55, issue 18): legal forms and generic heads.

`form_key` folds a legal form or generic head written abbreviated or in full ("Corp." /
"Corporation", "Dept." / "Department": `legal_forms.json`) into one key; `headed_groups` gives a known
body's name with one generic head more ("Federal Reserve" + "Bank") to that body. `body_forms` (the
joins, and why) uses both. They live apart from it because the gazetteer's load reads
`headed_groups` while `body_forms` reads the gazetteer: one module would import back (a cycle,
`tests/test_layers.py`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from veille.model import EntityType
from veille.stages.entities.text import name_key

__all__ = ["Key", "form_key", "headed_groups", "legal_forms"]

Key = tuple[str, ...]
# The package's data folder, as gazetteer.DATA: named here rather than imported, since the gazetteer
# imports this module (an import back would be a cycle, tests/test_layers.py).
_DATA = Path(__file__).resolve().parents[2] / "data"


@lru_cache(maxsize=1)
def legal_forms() -> tuple[dict[str, str], frozenset[str]]:
    """(folded abbreviation -> folded full word, folded generic heads) of `legal_forms.json`."""
    data = json.loads((_DATA / "entities" / "legal_forms.json").read_text(encoding="utf-8"))
    return dict(data["abbreviations"]), frozenset(data["generic_heads"])


def form_key(text: str) -> Key:
    """A name's folded words with its abbreviated legal forms and heads written in full: "Federal
    Deposit Insurance Corp." and "... Corporation" give one key.  A one-word name is left as it is
    (an acronym "CO" is no company)."""
    key = name_key(text)
    if len(key) < 2:
        return key
    full = legal_forms()[0]
    return tuple(full.get(w, w) for w in key)


def headed_groups(index: dict[Key, list[tuple[str, str]]], type_of: Callable[[str], EntityType],
                  claimed: Callable[[Key], bool]) -> dict[Key, str]:
    """Longer name key -> entry id: each name of two words or more of one organisation of `index` (a
    gazetteer file's alias index) with one generic head more ("federal reserve" + "bank"), where no
    name claims the longer key (`claimed`, and no other alias of the file, its legal forms in full)
    and no second organisation gives it too.  A name already ending in a generic head takes none."""
    full, heads = legal_forms()
    endings = heads | {a for a, word in full.items() if word in heads}
    owners: dict[Key, set[str]] = {}
    for key, hits in index.items():
        owners.setdefault(tuple(full.get(w, w) for w in key), set()).update(i for _, i in hits)
    out: dict[Key, str] = {}
    clash: set[Key] = set()
    for key, hits in index.items():
        ids = {i for _, i in hits}
        if len(key) < 2 or len(ids) != 1 or full.get(key[-1], key[-1]) in heads:
            continue
        entry = next(iter(ids))
        if type_of(entry) != "ORG":
            continue
        for head in sorted(endings):
            longer = (*key, head)
            if claimed(longer) or owners.get(tuple(full.get(w, w) for w in longer), {entry}) != {entry}:
                continue
            if out.setdefault(longer, entry) != entry:
                clash.add(longer)
    return {k: v for k, v in out.items() if k not in clash}
