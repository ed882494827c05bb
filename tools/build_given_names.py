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

    pip download --no-deps nomquamgender==0.1.4 -d /tmp/nqg && unzip /tmp/nqg/*.whl -d /tmp/nqg
    python tools/build_given_names.py /tmp/nqg/nomquamgender/name_data.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "veille" / "data" / "entities" / "given_names.json"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("name_data", type=Path, help="nomquamgender's name_data.json")
    ap.add_argument("--sources", type=int, default=5)
    ap.add_argument("--people", type=int, default=100)
    args = ap.parse_args()
    data = json.loads(args.name_data.read_text(encoding="utf-8"))
    female, male, either = [], [], []
    for name, row in data.items():
        sources, people, p_female = row[0], row[1], row[2]
        if not (name.isascii() and name.replace("-", "").isalpha()) or sources < args.sources \
                or people < args.people:
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
                   "names are folded to ASCII, lower case. Built by tools/build_given_names.py.",
        "_licence": "MIT, Copyright (c) 2022 Ian Van Buskirk",
        "female": sorted(female),
        "male": sorted(male),
        "either": sorted(either),
    }
    OUT.write_text(json.dumps(out, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
