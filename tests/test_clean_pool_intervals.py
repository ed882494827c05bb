"""tools/clean_pool.py's --json, --intervals and --paired: a part's pages' counts sum back to its
removal figures, are keyed by position (never a page's name), its interval holds its figure, and a
run paired with itself, or with one page changed, gives the paired lines every pool prints."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import clean_pool  # noqa: E402

from veille.model import Article  # noqa: E402

TEXTS = {
    "c01": "Menu Accueil\nThe minister resigned on Friday after a vote.\nShare this article\nHe denied it.",
    "c02": "Abonnez-vous\nLe ministre a démissionné vendredi.\nLire aussi : autre chose\nIl dément.",
    "c03": "Cookies\nThe court ruled on Monday.\nRelated: a story\nNobody spoke.",
}
GOLD: dict[str, dict[str, object]] = {
    "c01": {"removed": ["Menu Accueil", "Share this article"]},
    "c02": {"removed": ["Abonnez-vous", "Lire aussi : autre chose"]},
    "c03": {"removed": ["Cookies", "Related: a story"]},
}


def _cleaned(kept: dict[str, list[int]]) -> list[Article]:
    """Each page with the lines of `kept` (by index) as its body."""
    out = []
    for name, text in TEXTS.items():
        lines = text.splitlines()
        out.append(Article(id=name, source=name, raw=text, body="\n".join(lines[i] for i in kept[name])))
    return out


PERFECT = {"c01": [1, 3], "c02": [1, 3], "c03": [1, 3]}
SLOPPY = {"c01": [0, 1, 3], "c02": [1], "c03": [1, 3]}  # c01 keeps its menu, c02 cuts a body line


def test_the_pages_counts_sum_to_the_part_and_are_keyed_by_position() -> None:
    cleaned = _cleaned(SLOPPY)
    counts = clean_pool.page_counts(cleaned, GOLD, TEXTS)
    assert sorted(counts) == ["0", "1", "2"]  # positions, not names
    assert counts["0"] == {"tp": 1, "fp": 0, "fn": 1} and counts["1"] == {"tp": 2, "fp": 1, "fn": 0}
    f1, _, _, (tp, fp, fn) = clean_pool.score(cleaned, GOLD, TEXTS)
    summed = {k: sum(c[k] for c in counts.values()) for k in ("tp", "fp", "fn")}
    assert summed == {"tp": tp, "fp": fp, "fn": fn}
    record = clean_pool.part_record(cleaned, GOLD, TEXTS, rounds=200)
    assert record["removal"]["f1"] == round(f1, 4)
    lo, hi = record["intervals"]["removal.f1"]["lo"], record["intervals"]["removal.f1"]["hi"]
    assert lo <= f1 <= hi and lo < hi


def test_paired_lines_against_a_kept_run(tmp_path: Path, capsys: object) -> None:
    before = tmp_path / "before.json"
    args = argparse.Namespace(json=before, intervals=0, paired=None)
    clean_pool.report_parts({"all": _cleaned(PERFECT)}, GOLD, TEXTS, args)
    kept = json.loads(before.read_text(encoding="utf-8"))
    assert kept["all"]["removal"]["f1"] == 1.0 and "intervals" not in kept["all"]
    after = tmp_path / "after.json"
    args = argparse.Namespace(json=after, intervals=200, paired=before)
    clean_pool.report_parts({"all": _cleaned(SLOPPY)}, GOLD, TEXTS, args)
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    paired = [line for line in out.splitlines() if line.startswith("paired all\tremoval.f1")]
    assert len(paired) == 1 and "-0.167" in paired[0]  # 1.0 -> 10/12: tp 5, fp 1, fn 1
    assert any(line.startswith("interval all\tremoval.f1\t[") for line in out.splitlines())
    args = argparse.Namespace(json=None, intervals=200, paired=before)  # the same run: +0.000 [+0.000, +0.000]
    clean_pool.report_parts({"all": _cleaned(PERFECT)}, GOLD, TEXTS, args)
    same = [line for line in capsys.readouterr().out.splitlines() if line.startswith("paired")]  # type: ignore[attr-defined]
    assert same and all("+0.000 [+0.000, +0.000] holds 0" in line for line in same)
