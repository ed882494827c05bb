"""The forms of a body's name (entities@114, helper ent55, issue 18): legal forms and generic heads.

The name forms `body_forms` joins by, kept apart from it because the gazetteer's load reads
`headed_groups` and `body_forms` reads the gazetteer (one module would import back: a cycle).


News names one body in several forms, and each form the recognisers find became an entity of its
own beside the body's (eval/entities_pool's fifth batch). The forms are classes, not strings:

- a legal form or a generic head written abbreviated or in full ("Federal Deposit Insurance Corp." /
  "Federal Deposit Insurance Corporation", "Dept." / "Department": `legal_forms.json`, after the
  English forms of ISO 20275's legal-form list and the GPO Style Manual's abbreviations) is one name:
  `form_key`, and an organisation's id before linking is its name's with the forms written in full
  (`normalise_ids`), so linking meets the two writings in two articles as one name;
- a known body's name with one generic organisational head more ("Federal Reserve" + "Bank") is that
  body when no gazetteer name claims the longer name (`headed_groups`, read by the gazetteer's load:
  "Federal Reserve Bank of New York" is a name of its own and stays its own);
- a name that is another name of its article less a leading place ("Department of Financial Protection
  and Innovation" after "California Department of Financial Protection and Innovation"; a place the
  gazetteer knows, or a demonym), or less its first word ("Deposit Insurance Corp" inside "Federal
  Deposit Insurance Corp."), is that name's body when exactly one longer name of the article is so
  (`join_in_article`): the article has named it in full.  Two longer names fitting leave it alone, and
  a name a gazetteer knows keeps its own ("Korea" / "South Korea", "America" / "Bank of America").
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
