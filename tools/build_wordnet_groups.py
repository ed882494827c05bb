"""Write `src/veille/data/events/wordnet_groups_en.json` (events@65): English nouns that name a class
of organisation or of state, read from Princeton WordNet 3.0 (the `wordnet-base` Debian package's
`/usr/share/wordnet`, WordNet 3.0 licence, whose notice the JSON carries).

A definite description whose head is one of these nouns ("the ministry", "the group", "the
country") stands for an entity the text named before (`stages/events/anaphora_en.py`). The classes:

- `organisation`: a lemma whose most frequent noun sense lies in the lexicographer file
  noun.group (14) and one of whose noun.group senses is below organization.n.01 ("a group of
  people who work together"): ministry, government, company, army, court, party, council ...;
  and the lemmas of noun.group's own root, group.n.01 ("group"). So "couple" and "crowd" (social
  groups, no organisation) and "office" (most often a place) stay out.
- `state`: a lemma one of whose three most frequent noun senses is below the state as a body of
  people (body_politic: state, nation, country) or as a territory (land: "the territory occupied
  by a nation"): country, nation, state, kingdom ...; these lemmas leave `organisation`.
- `people`: the plural nouns of persons in office already in `data/entities/wordnet_titles.json`
  are read from that file, not here.

One word only, lower case. Run: `python tools/build_wordnet_groups.py [WORDNET_DIR]`; veille reads the
JSON file only.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_wordnet_titles import LICENCE, synsets  # the WordNet 3.0 readers

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "veille" / "data" / "events" / "wordnet_groups_en.json"
_GROUP = "14"  # noun.group
# the roots, found by lemma and gloss words (not by an offset of one WordNet version)
ROOTS = {"organisation": ("organization", "work together")}
# a state as a body of people and as a territory (WordNet keeps both: "country" is each)
STATES = (("body_politic", "politically organized body of people"), ("land", "territory occupied by a nation"))
STATE_SENSES = 3  # a state word names a state in one of its three most frequent senses ("kingdom")
TOP = ("group", "entities (members) considered as a unit")  # noun.group's root (in noun.Tops)


def senses(path: Path) -> dict[str, list[str]]:
    """index.noun: lemma -> its noun senses' offsets, most frequent first."""
    out = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        f = line.split()
        count, pointer_count = int(f[2]), int(f[3])
        out[f[0]] = f[6 + pointer_count:6 + pointer_count + count]
    return out


def _find(syn: dict[str, tuple[str, list[str], list[tuple[str, str]], str]], lemma: str, words: str) -> str:
    found = [o for o, (_, lemmas, _, gloss) in syn.items() if lemma in lemmas and words in gloss]
    if len(found) != 1:
        raise SystemExit(f"WordNet root {lemma!r} ({words!r}): {len(found)} synsets, expected one")
    return found[0]


def below(syn: dict[str, tuple[str, list[str], list[tuple[str, str]], str]], root: str) -> set[str]:
    seen: set[str] = set()
    stack = [root]
    while stack:
        o = stack.pop()
        if o not in seen:
            seen.add(o)
            stack += [t for p, t in syn[o][2] if p == "~"]  # hyponyms; not instances (named bodies)
    return seen


def main() -> None:
    wn = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/wordnet")
    syn = synsets(wn / "data.noun")
    index = senses(wn / "index.noun")
    under = {k: below(syn, _find(syn, *v)) for k, v in ROOTS.items()}
    under["state"] = set().union(*(below(syn, _find(syn, *v)) for v in STATES))
    out: dict[str, set[str]] = {"organisation": set(), "state": set()}
    # index.noun folds case: a lemma that data.noun writes only capitalised is a name ("Greece")
    common = {w for _, lemmas, _, _ in syn.values() for w in lemmas if w.islower()}
    for lemma, offs in index.items():
        if not lemma.isalpha() or lemma not in common:
            continue
        if any(o in under["state"] for o in offs[:STATE_SENSES]):
            out["state"].add(lemma)
            continue
        if syn[offs[0]][0] != _GROUP:
            continue
        if any(o in under["organisation"] for o in offs if syn[o][0] == _GROUP):
            out["organisation"].add(lemma)
    top = _find(syn, *TOP)
    out["organisation"] |= {w for w in syn[top][1] if w.isalpha()}
    OUT.write_text(json.dumps({
        "_source": ("Princeton WordNet 3.0 (Debian package wordnet-base): one-word lower-case lemmas whose most "
                    "frequent noun sense is in noun.group and one of whose noun.group senses is below "
                    "organization.n.01 (organisation), or one of whose three most frequent senses is below "
                    "body_politic or land, the territory of a nation (state); plus the lemmas of group.n.01; "
                    "built by tools/build_wordnet_groups.py. No word comes from an evaluation file."),
        "_licence": LICENCE,
        **{k: sorted(v) for k, v in out.items()},
    }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print({k: len(v) for k, v in out.items()})


if __name__ == "__main__":
    main()
