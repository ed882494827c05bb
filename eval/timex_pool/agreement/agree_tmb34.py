"""Agreement between tmb34's gold (make_gold.py's t106-t117 block) and ann35's blind second pass.

ann35 annotated t106-t117 from the texts, each page's publication-date interval and
/work/shared/gold/GUIDELINES.md only (no repository file, no gold, no veille output). Spans are
matched when they overlap in the text; a matched pair agrees on the value when the two values
are equal. Run: `python eval/timex_pool/agreement/agree_tmb34.py` (prints the disagreements and
the extraction and value F1 between the two passes, all and by language).
"""

from __future__ import annotations

import json
from pathlib import Path

POOL = Path(__file__).resolve().parent.parent
Item = tuple[int, int, str, str]


def _gold_docs() -> dict[str, list[tuple[str, str, str]]]:
    source = (POOL / "make_gold.py").read_text(encoding="utf-8")
    start = source.index('docs.update({\n "t106.txt"')
    block = source[start:source.index("})", start) + 2]
    docs: dict[str, tuple[str, list[tuple[str, str, str]]]] = {}
    # The block is this pool's own data (tuples of Python literals), not outside input.
    exec(block, {"docs": docs, "D": "DATE", "T": "TIME"})
    return {doc_id: entries for doc_id, (_, entries) in docs.items()}


def _locate(text: str, items: list[tuple[str, str]]) -> list[Item]:
    located = []
    for surface, value in items:
        at = text.find(surface)
        located.append((at, at + len(surface) if at >= 0 else -1, surface, value))
    return located


def main() -> None:
    texts = {}
    for line in (POOL / "input.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        texts[record["id"]] = record["text"]
    second = json.loads((POOL / "agreement" / "pass2_tmb34.json").read_text(encoding="utf-8"))
    counts: dict[str, list[int]] = {}
    for doc_id, entries in sorted(_gold_docs().items()):
        gold = _locate(texts[doc_id], [(s, v) for s, _, v in entries])
        other = _locate(texts[doc_id], [(e["text"], e["value"]) for e in second.get(doc_id, [])])
        used: set[int] = set()
        matched = same = 0
        for g_start, g_end, g_text, g_value in gold:
            for j, (o_start, o_end, o_text, o_value) in enumerate(other):
                if j not in used and g_start >= 0 and o_start >= 0 and g_start < o_end and o_start < g_end:
                    used.add(j)
                    matched += 1
                    same += g_value == o_value
                    if g_value != o_value:
                        print(f"{doc_id} value: gold {g_text!r}={g_value} pass 2 {o_text!r}={o_value}")
                    break
            else:
                print(f"{doc_id} gold only: {g_text!r}={g_value}")
        for j, (_, _, o_text, o_value) in enumerate(other):
            if j not in used:
                print(f"{doc_id} pass 2 only: {o_text!r}={o_value}")
        language = "en" if doc_id < "t112" else "fr"
        for key in (language, "all"):
            row = counts.setdefault(key, [0, 0, 0, 0])
            for k, n in enumerate((len(gold), len(other), matched, same)):
                row[k] += n
    for key in ("all", "en", "fr"):
        n_gold, n_other, matched, same = counts[key]
        print(f"{key}: gold {n_gold}, pass 2 {n_other}, overlapping {matched}, same value {same}: "
              f"extraction F1 {2 * matched / (n_gold + n_other):.3f}, "
              f"value F1 {2 * same / (n_gold + n_other):.3f}")


if __name__ == "__main__":
    main()
