"""Write `src/veille/data/entities/wordnet_titles.json` (entities@49): English nouns of occupations
and positions, read from Princeton WordNet 3.0 (the `wordnet-base` Debian package's
`/usr/share/wordnet`, WordNet 3.0 licence, a BSD-style permission whose notice the JSON carries).

The nouns are the lowercase lemmas of every synset below these person classes (hyponyms, closed
transitively; instances, which are named people, left out): professional, leader, official,
scientist, educator, academic, administrator, executive, businessman, diplomat, lawyer, coach (of a
team), head (a person in charge), director (of a board), skilled worker, expert. A lemma is kept
only where its most frequent noun sense (WordNet's index order, by tagged frequency) is one of those
synsets, so that a word whose usual sense is a thing ("scanner", "divider") or a relation stays out,
and where it is no given name (`given_names.json`), of at most three words. The hand-written
inventory (`titles.json`) stays the one read for capitalised titles; these nouns are read in
lowercase only (`roles_titles_en_read`), so a surname that is also an occupation ("Smith", "Baker")
is no title.

Run: `python tools/build_wordnet_titles.py [WORDNET_DIR]` (default `/usr/share/wordnet`; the
package's files may also be unpacked from its .deb). veille reads the JSON file only.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "veille" / "data" / "entities" / "wordnet_titles.json"
GIVEN = ROOT / "src" / "veille" / "data" / "entities" / "given_names.json"

# The person classes whose hyponyms are occupations or positions: (lemma, words of its gloss), so
# that the synset is found by meaning, not by an offset of one WordNet version.
ROOTS = (("professional", "learned professions"), ("leader", "rules or guides"),
         ("official", "invested with an office"), ("scientist", "advanced knowledge"),
         ("educator", "educates young people"), ("academic", "college or university"),
         ("administrator", "government agency"), ("executive", "administration of a business"),
         ("businessman", "commercial or industrial business"), ("diplomat", "international negotiations"),
         ("lawyer", "practice law"), ("coach", "training an athlete or a team"),
         ("head", "person who is in charge"), ("director", "board of directors"),
         ("skilled_worker", "special skills"), ("expert", "special knowledge"))
_PERSON = "18"  # WordNet's lexicographer file noun.person

LICENCE = ("WordNet 3.0 licence: Permission to use, copy, modify and distribute this software and database and "
           "its documentation for any purpose and without fee or royalty is hereby granted, provided that you "
           "agree to comply with the following copyright notice and statements, including the disclaimer, and "
           "that the same appear on ALL copies of the software, database and documentation, including "
           "modifications that you make for internal use or for distribution. WordNet 3.0 Copyright 2006 by "
           "Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS PROVIDED \"AS IS\" AND "
           "PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, "
           "BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT-ABILITY "
           "OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR "
           "DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. "
           "The name of Princeton University or Princeton may not be used in advertising or publicity "
           "pertaining to distribution of the software and/or database. Title to copyright in this software, "
           "database and any associated documentation shall at all times remain with Princeton University and "
           "LICENSEE agrees to preserve same. (The list is a derived selection; veille's code is Apache-2.0.)")


def synsets(path: Path) -> dict[str, tuple[str, list[str], list[tuple[str, str]], str]]:
    """data.noun: offset -> (lexicographer file, lemmas, pointers (symbol, offset), gloss)."""
    out = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence header
        head, _, gloss = line.partition("|")
        f = head.split()
        count = int(f[3], 16)
        lemmas = [f[4 + 2 * i] for i in range(count)]
        i = 4 + 2 * count
        pointers = [(f[i + 1 + 4 * k], f[i + 2 + 4 * k]) for k in range(int(f[i]))]
        out[f[0]] = (f[1], lemmas, pointers, gloss.strip())
    return out


def first_senses(path: Path) -> dict[str, str]:
    """index.noun: lemma -> the offset of its most frequent noun sense."""
    out = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        f = line.split()
        pointer_count = int(f[3])
        out[f[0]] = f[4 + pointer_count + 2]
    return out


def main() -> None:
    wn = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/wordnet")
    syn = synsets(wn / "data.noun")
    first = first_senses(wn / "index.noun")
    roots = []
    for lemma, words in ROOTS:
        found = [o for o, (lex, lemmas, _, gloss) in syn.items()
                 if lex == _PERSON and lemma in lemmas and words in gloss]
        if len(found) != 1:  # (not an assert: `python -O` would skip the check)
            raise SystemExit(f"WordNet root {lemma!r} ({words!r}): {len(found)} synsets, expected one")
        roots += found
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        o = stack.pop()
        if o not in seen:
            seen.add(o)
            stack += [t for p, t in syn[o][2] if p == "~"]  # hyponyms; "~i" (instances) are people
    given = json.loads(GIVEN.read_text(encoding="utf-8"))
    given_names = {n.casefold() for k, v in given.items() if not k.startswith("_") for n in v}
    nouns = set()
    for o in seen:
        for lemma in syn[o][1]:
            word = lemma.split("(")[0]
            if not word.islower() or word.count("_") > 2 or not all(c.isalpha() or c in "_-" for c in word):
                continue
            if first.get(word) not in seen:
                continue  # the word's usual sense is another
            if word.replace("_", " ") in given_names:
                continue
            nouns.add(word.replace("_", " "))
    OUT.write_text(json.dumps({
        "_source": ("Princeton WordNet 3.0 (Debian package wordnet-base), noun.person: the lemmas below the synsets "
                    "of " + ", ".join(r[0] for r in ROOTS) + " whose most frequent noun sense is among them, no "
                    "given name; built by tools/build_wordnet_titles.py. No word comes from an evaluation file."),
        "_licence": LICENCE,
        "en": sorted(nouns),
    }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(nouns), "nouns")


if __name__ == "__main__":
    main()
