#!/usr/bin/env python3
"""Inter-annotator agreement on qbs36's pages (q188-q205): a blind pass 2 (ann37, pass2_qbs36.json: quotes
with a verbatim snippet and acceptable speakers, written from the texts and GUIDELINES.md only) against
gold.json (pass 1).

Usage: python3 eval/quotes_pool/agreement/agree_qbs36.py

Each snippet is located in its page's text (case-folded, spaces and quote marks normalised). A pass-2
quote and a pass-1 quote are the same quote when their snippets overlap, or lie on the same line with at
most GAP characters between them (two snippets of one long quote); pairs are made greedily, nearest first,
one to one. As the scorer does with optional gold, a required quote of one pass that pairs with an optional
one of the other counts neither way. Prints, for the batch whole, its tuning stories and its held-out
stories (both annotators saw them; no system output is involved): required quotes of each pass, matched,
pass 2's P/R/F1 against pass 1, speaker agreement on matched pairs (a name in common after folding), and
snippets that could not be located.
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

GAP = 160
IDS = [f"q{n}.txt" for n in range(188, 206)]
QUOTE_MARKS = str.maketrans({c: '"' for c in "«»“”„\"‘’'"})


def fold(text: str) -> str:
    """Case, accents, quote marks and runs of spaces folded, length kept per character where possible."""
    text = unicodedata.normalize("NFC", text).translate(QUOTE_MARKS).lower()
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return re.sub(r"\s", " ", text)


def locate(page: str, snippet: str) -> tuple[int, int] | None:
    """The span of a snippet in the folded page, spaces around quote marks tolerated."""
    words = [re.escape(w) for w in re.split(r"[\s\"]+", fold(snippet)) if w]
    if not words:
        return None
    found = re.search(r"[\s\"]*".join(words), page)
    return (found.start(), found.end()) if found else None


def distance(page: str, a: tuple[int, int], b: tuple[int, int]) -> int | None:
    """Characters between two spans on one line (0 when they overlap), None across lines."""
    lo, hi = (a, b) if a[0] <= b[0] else (b, a)
    if lo[1] >= hi[0]:
        return 0
    if "\n" in page[lo[1]:hi[0]]:
        return None
    gap = hi[0] - lo[1]
    return gap if gap <= GAP else None


def names(speakers: list[str]) -> set[str]:
    return {re.sub(r"^(la|le|les|l |the|m\.) ", "", fold(s).replace("'", " ")).strip() for s in speakers}


def main() -> None:
    gold = json.loads((POOL / "gold.json").read_text(encoding="utf-8"))["docs"]
    second = json.loads((HERE / "pass2_qbs36.json").read_text(encoding="utf-8"))["docs"]
    parts = {line.split("\t")[0]: line.split("\t")[5].strip()
             for line in (POOL / "index.tsv").read_text(encoding="utf-8").splitlines()[1:]
             if line.split("\t")[0] in IDS}
    lang = {line.split("\t")[0]: line.split("\t")[3]
            for line in (POOL / "index.tsv").read_text(encoding="utf-8").splitlines()[1:]}
    tally: dict[str, list[int]] = {}
    unlocated: list[str] = []
    for doc in IDS:
        page = fold((POOL / "articles" / doc).read_text(encoding="utf-8"))
        one = [(q, locate(page, q["contains"])) for q in gold[doc]["quotes"]]
        two = [(q, locate(page, q["contains"])) for q in second.get(doc, {}).get("quotes", [])]
        unlocated += [f"{doc} pass{n}: {q['contains'][:60]}" for n, side in ((1, one), (2, two))
                      for q, span in side if span is None]
        pairs = sorted((d, i, j) for i, (_, a) in enumerate(one) for j, (_, b) in enumerate(two)
                       if a and b and (d := distance(page, a, b)) is not None)
        partner1: dict[int, int] = {}
        partner2: dict[int, int] = {}
        for _, i, j in pairs:
            if i not in partner1 and j not in partner2:
                partner1[i], partner2[j] = j, i
        matched = same_speaker = 0
        for i, j in partner1.items():
            q1, q2 = one[i][0], two[j][0]
            if not q1.get("optional") and not q2.get("optional"):
                matched += 1
                same_speaker += bool(names(q1["speaker"]) & names(q2["speaker"]))
        # a required quote paired with an optional one of the other pass counts neither way
        req1 = sum(1 for i, (q, _) in enumerate(one) if not q.get("optional")
                   and not (i in partner1 and two[partner1[i]][0].get("optional")))
        req2 = sum(1 for j, (q, _) in enumerate(two) if not q.get("optional")
                   and not (j in partner2 and one[partner2[j]][0].get("optional")))
        for key in ("all", parts[doc], f"{parts[doc]}/{lang[doc]}", f"all/{lang[doc]}"):
            row = tally.setdefault(key, [0, 0, 0, 0])
            for k, v in enumerate((req1, req2, matched, same_speaker)):
                row[k] += v
    for line in pools.agreement_table(tally, "speaker", lambda same, m: f"{(same / m if m else 0):>9.3f}"):
        print(line)
    print(f"snippets not located: {len(unlocated)}")
    for line in unlocated:
        print("  " + line)


if __name__ == "__main__":
    main()
