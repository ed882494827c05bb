"""Write `src/veille/data/entities/exonyms.json` (link@19): French and English names of one place.

Two parts:
- `territories`: CLDR's territory names (countries, continents, world regions) in French and
  English, read from `babel`'s locale data (Unicode licence, CLDR). Only the names that differ
  between the two languages are kept: the same name needs no table.
- `places`: cities and regions whose French name is an exonym, copied from `tools/exonyms_fr.tsv`
  (written for veille after the Commission nationale de toponymie's list of French exonyms and
  the Journal officiel's list of states and capitals; see the data README).

Run: `python tools/build_exonyms.py` (it needs `babel`, a development tool only; veille reads the
JSON file).
"""

from __future__ import annotations

import json
from pathlib import Path

from babel import Locale

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "veille" / "data" / "entities" / "exonyms.json"
HAND = ROOT / "tools" / "exonyms_fr.tsv"


def _clean(name: str) -> str:
    return name.replace("\u2019", "'").replace("\u00a0", " ").strip()


def main() -> None:
    fr, en = Locale("fr").territories, Locale("en").territories
    territories = sorted({(_clean(fr[code]), _clean(en[code])) for code in fr
                          if code in en and code not in ("ZZ", "001") and _clean(fr[code]) != _clean(en[code])})
    places = []
    for line in HAND.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            french, english = line.split("\t")
            places.append((french.strip(), english.strip()))
    out = {
        "_source": "territories: CLDR territory names (fr, en) via babel; places: tools/exonyms_fr.tsv, "
                   "after the Commission nationale de toponymie's list of French exonyms and the Journal "
                   "officiel's list of states and capitals",
        "_licence": "territories: Unicode License (CLDR); places: facts of naming, written for veille (Apache-2.0)",
        "_use": "link@19 (stages/link_xlang.py exonym_key): a place's French and English names share a key",
        "territories": [list(p) for p in territories],
        "places": [list(p) for p in places],
    }
    OUT.write_text(json.dumps(out, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
