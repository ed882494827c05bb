#!/usr/bin/env python3
"""Inter-annotator agreement on rbs37's pages (e59-e64, f53-f58): a blind pass 2 (ann37r,
pass2_rbs37.json: roles written from the texts and GUIDELINES.md only) against gold.json (pass 1).

Usage: python3 eval/roles_pool/agreement/agree_rbs37.py

A pass-2 role and a pass-1 role are the same role when they name the same person (after folding case and
accents, one's last name is among the other's words) and their titles share a content word (words of
three letters or more, "de"/"of"-style links left out); pairs are made one to one in reading order.
Prints, for the batch whole, its tuning stories and its held-out stories (both annotators saw them; no
system output is involved), the roles of each pass, the matched ones, pass 2's P/R/F1 against pass 1, and
how many matched pairs agree on `of` (both null, or one's words within the other's).
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
POOL = HERE.parent
sys.path.insert(0, str(POOL.parent))
import pools  # noqa: E402  eval/pools.py: the agreement table every batch's script prints

LINKS = {"the", "and", "des", "del", "les", "for", "aux", "une"}


def fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.lower().replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c))


def words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", fold(text)) if len(w) >= 3 and w not in LINKS}


def same_person(a: str, b: str) -> bool:
    wa, wb = re.findall(r"[a-z]+", fold(a)), re.findall(r"[a-z]+", fold(b))
    return bool(wa and wb) and (wa[-1] in wb or wb[-1] in wa)


def same_title(a: list[str], b: list[str]) -> bool:
    return bool(words(" ".join(a)) & words(" ".join(b)))


def same_of(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return not a and not b
    return words(a) <= words(b) or words(b) <= words(a)


def main() -> None:
    gold = json.loads((POOL / "gold.json").read_text(encoding="utf-8"))
    second = json.loads((HERE / "pass2_rbs37.json").read_text(encoding="utf-8"))["docs"]
    docs = gold["batches"]["rbs37"]
    held = set(gold["heldout"])
    tally: dict[str, list[int]] = {}
    for doc in docs:
        one = gold["docs"][doc]["roles"]
        two = second.get(doc, {}).get("roles", [])
        used: set[int] = set()
        matched = of_agree = 0
        for r1 in one:
            for j, r2 in enumerate(two):
                if j not in used and same_person(r1["person"], r2["person"]) and same_title(r1["title"], r2["title"]):
                    used.add(j)
                    matched += 1
                    of_agree += same_of(r1.get("of"), r2.get("of"))
                    break
        part = "held-out" if doc in held else "tuning"
        lang = "en" if doc.startswith("e") else "fr"
        for key in ("all", f"all/{lang}", part, f"{part}/{lang}"):
            row = tally.setdefault(key, [0, 0, 0, 0])
            for k, v in enumerate((len(one), len(two), matched, of_agree)):
                row[k] += v
    for line in pools.agreement_table(tally, "same of", lambda same, m: f"{same:>5}/{m:<3}", key_width=14):
        print(line)


if __name__ == "__main__":
    main()
