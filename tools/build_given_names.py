#!/usr/bin/env python3
"""Build `src/veille/data/entities/given_names.json`: given names, and the sex each marks.

Source: the name-gender reference of nomquamgender 0.1.4 (PyPI; Van Buskirk, Clauset and Larremore,
"An open-source cultural consensus approach to name-based gender classification", ICWSM 2023),
MIT licence, © 2022 Ian Van Buskirk.  It pools 36 name-gender datasets from many countries into one
p(female) per name, with how many datasets and how many people back it.  We keep a name only when
the pooled evidence is broad and nearly one-sided: at least `--sources` datasets, `--people`
people.  A name with p(female) at most 0.1 or at least 0.9 (the package's own default threshold)
marks its bearer's sex (`female`, `male`); the others ("Jean", "Claude", "Dominique", "Camille",
"Andrea": used for both sexes across those countries) are listed under `either`: they still mark a
person's name, not the sex, so a pronoun may refer to their bearers.

Only names of plain ASCII letters (and hyphens) are kept, in the reference's lower case: the
stage looks a word up by `entities.text.fold` without apostrophes (`english.given_key`), which
leaves every such key as it is, so the file needs no fold of its own (checked by
tests/test_entities.py).

entities@74: a word veille's title lexicon lists as a one-word title (`titles.json`'s inventory of
offices, ranks and occupations, every kind and both languages, and `lexicon.json`'s
`en_person_titles`, the words news sets before a name) is left out, whatever the pooled datasets
say: "Sheriff", "Judge", "Dean", "General", "Bishop", "Major" head a title before a name far more
often in news than they are one, and a given name there made "Major League Baseball" and "Bishop
Accountability" people ("Baseball" once the title was cut) and ran "Sheriff" into "Sheriff Koontz".
The other signals of a person (a title, a verb of saying, a surname that comes back) still name a
"Dean Martin" or an "Earl Thomas". Leaving the titles out of this file did not by itself keep
"General Motors" from a person: the title then marks "Motors" one. entities@75 reads a title word
before an organisation's head noun as that name's first word ("General Motors", recognize.py and
english.py); "General Electric", whose second word is no head noun and which the gazetteer does not
know, is still read as a general named Electric (tests/test_entities75.py, an expected failure).

    pip download --no-deps nomquamgender==0.1.4 -d /tmp/nqg && unzip /tmp/nqg/*.whl -d /tmp/nqg
    python tools/build_given_names.py /tmp/nqg/nomquamgender/name_data.json
    python tools/build_given_names.py --drop-titles   # only the title words left out of the file as it is
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "veille" / "data" / "entities" / "given_names.json"
TITLES = OUT.parent / "titles.json"
LEXICON = OUT.parent / "lexicon.json"
_TITLES_NOTE = ("; entities@74: less every one-word title of veille's title lexicon (titles.json's inventory, "
                "every kind, English and French, and lexicon.json's en_person_titles), folded as the names are")


def _fold(word: str) -> str:
    """The names' key: lower case, accents and apostrophes dropped (`english.given_key`)."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("'", "")


def title_words() -> set[str]:
    """Every one-word title of the title lexicon (`titles.json`'s kinds in both languages and
    `lexicon.json`'s `en_person_titles`), as the names are keyed."""
    inventory = json.loads(TITLES.read_text(encoding="utf-8"))
    words = [t for kind in inventory["kinds"].values() for lang in ("en", "fr") for t in kind.get(lang, [])]
    words += json.loads(LEXICON.read_text(encoding="utf-8"))["en_person_titles"]
    return {_fold(w) for w in words if " " not in w.strip()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("name_data", type=Path, nargs="?", help="nomquamgender's name_data.json")
    ap.add_argument("--drop-titles", action="store_true",
                    help="only leave the title lexicon's words out of the file as it stands")
    ap.add_argument("--sources", type=int, default=5)
    ap.add_argument("--people", type=int, default=100)
    args = ap.parse_args()
    titles = title_words()
    if args.drop_titles:
        out = json.loads(OUT.read_text(encoding="utf-8"))
        if _TITLES_NOTE not in out["_source"]:
            out["_source"] = out["_source"].removesuffix(" Built by tools/build_given_names.py.") + _TITLES_NOTE + \
                ". Built by tools/build_given_names.py."
        for part in ("female", "male", "either"):
            out[part] = [n for n in out[part] if n not in titles]
        OUT.write_text(json.dumps(out, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        return
    if args.name_data is None:
        ap.error("name_data is needed unless --drop-titles")
    data = json.loads(args.name_data.read_text(encoding="utf-8"))
    female, male, either = [], [], []
    for name, row in data.items():
        sources, people, p_female = row[0], row[1], row[2]
        if not (name.isascii() and name.replace("-", "").isalpha()) or sources < args.sources \
                or people < args.people:
            continue
        if name in titles:
            continue
        if p_female >= 0.9:
            female.append(name)
        elif p_female <= 0.1:
            male.append(name)
        else:
            either.append(name)
    out = {
        "_source": "nomquamgender 0.1.4 (PyPI), name_data.json: 36 pooled name-gender datasets "
                   "(Van Buskirk, Clauset and Larremore, ICWSM 2023); kept: names backed by at least "
                   f"{args.sources} datasets and {args.people} people; female/male: p(female) >= 0.9 / <= 0.1, "
                   "either: the rest; "
                   "names are folded to ASCII, lower case" + _TITLES_NOTE + ". Built by tools/build_given_names.py.",
        "_licence": "MIT, Copyright (c) 2022 Ian Van Buskirk",
        "female": sorted(female),
        "male": sorted(male),
        "either": sorted(either),
    }
    OUT.write_text(json.dumps(out, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
