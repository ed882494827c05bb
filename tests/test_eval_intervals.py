"""eval/news/intervals.py: per-article counts that sum back to score.py, and bootstrap intervals."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

from conftest import shared_path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval" / "news"))
import intervals  # noqa: E402


def _counts(tp: int, fp: int, fn: int) -> dict[str, int]:
    """One article's counts with only the events figure set."""
    zero = dict.fromkeys(["removal_tp", "removal_fp", "removal_fn", "pub_ok", "pub_n", "typed_tp", "typed_fp",
                          "typed_fn", "roles_ok", "roles_n", "timex_ok", "timex_pred", "timex_gold",
                          "quotes_tp", "quotes_fp", "quotes_fn", "speaker_ok"], 0)
    return dict(zero, events_tp=tp, events_fp=fp, events_fn=fn)


def test_figures_follow_score_py_conventions() -> None:
    figures = intervals.figures([_counts(2, 1, 1), _counts(0, 1, 3)])
    assert figures["events.doc_level.f1"] == 2 * (2 / 4) * (2 / 6) / (2 / 4 + 2 / 6)
    # nothing predicted and nothing to find: score.py's prf gives 1.0; ratios with no denominator: None
    assert figures["clean.removal.f1"] == 1.0 and figures["roles.recall"] is None


def test_interval_holds_the_figure_and_narrows_with_more_articles() -> None:
    few = [_counts(1, 0, 1), _counts(0, 1, 1), _counts(2, 1, 0), _counts(1, 1, 1)]
    lo, hi = intervals.intervals(few, rounds=400)["events.doc_level.f1"]
    point = intervals.figures(few)["events.doc_level.f1"]
    assert point is not None and lo <= point <= hi and hi - lo > 0.2
    lo10, hi10 = intervals.intervals(few * 10, rounds=400)["events.doc_level.f1"]
    assert hi10 - lo10 < hi - lo


def test_paired_difference_of_one_article_holds_zero_and_a_broad_gain_does_not() -> None:
    before = [_counts(1, 1, 2) for _ in range(30)]
    one_more = [*before[:-1], _counts(2, 1, 1)]
    delta, lo, hi = intervals.paired(before, one_more, rounds=400)["events.doc_level.f1"]
    assert delta > 0 and lo <= 0 <= hi
    everywhere = [_counts(2, 1, 1) for _ in range(30)]
    delta, lo, hi = intervals.paired(before, everywhere, rounds=400)["events.doc_level.f1"]
    assert delta > 0 and lo > 0
    same = intervals.paired(before, before, rounds=50)["events.doc_level.f1"]
    assert same == (0.0, 0.0, 0.0)


def test_paired_refuses_runs_over_other_articles() -> None:
    try:
        intervals.paired([_counts(1, 0, 0)], [_counts(1, 0, 0), _counts(0, 0, 1)], rounds=10)
    except ValueError:
        return
    raise AssertionError("runs over different documents were paired")


def _write(folder: Path, name: str, rows: list[dict[str, Any]]) -> None:
    (folder / name).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_document_counts_sum_back_to_the_scorer(tmp_path: Path) -> None:
    """Two articles scored whole by score.py and one at a time by intervals.py give the same figures."""
    score_py = shared_path("tools", "score.py")
    spec = importlib.util.spec_from_file_location("score_for_intervals_test", score_py)
    assert spec is not None and spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    split, export = tmp_path / "split", tmp_path / "export"
    (split / "articles").mkdir(parents=True)
    export.mkdir()
    (split / "articles" / "a.txt").write_text("Titre A\nPublié le 3 mai\nLe ministre a parlé lundi.\n", "utf-8")
    (split / "articles" / "b.txt").write_text("Title B\nShare this\nPolice arrested Smith on Friday.\n", "utf-8")
    bodies = {"a": "Le ministre a parlé lundi.", "b": "Police arrested Smith on Friday."}
    _write(export, "articles.jsonl", [
        {"id": "A", "source": "a.txt", "title": "Titre A", "published": "2024-05-03", "body": bodies["a"]},
        {"id": "B", "source": "b.txt", "title": "Wrong", "published": "2024-05-09", "body": bodies["b"] + "\nShare this"}])
    _write(export, "entities.jsonl", [
        {"id": "e1", "name": "Smith", "type": "PER", "mentions": [{"article": "B", "text": "Smith"}]},
        {"id": "e2", "name": "Lundi Corp", "type": "ORG", "mentions": [{"article": "A", "text": "Lundi"}]}])
    _write(export, "timexes.jsonl", [
        {"article": "A", "start": 19, "end": 24, "type": "DATE", "value": "2024-05-06"},
        {"article": "B", "start": 24, "end": 30, "type": "DATE", "value": "2024-05-10"},
        {"article": "B", "start": 0, "end": 6, "type": "DATE", "value": "2024-05-01"}])
    _write(export, "quotes.jsonl", [{"article": "A", "text": "Le ministre a parlé lundi", "speaker": "e2"}])
    _write(export, "events.jsonl", [
        {"id": "v1", "type": "COERCE", "actors": {"source": [], "target": ["e1"]},
         "evidence": [{"article": "B", "start": 0, "end": 10, "text": "Police"}]}])
    gold = {"kb": {"Smith": {"type": "PER"}},
            "docs": {"a.txt": {"title": "Titre A", "published": "2024-05-03", "removed": ["Publié le 3 mai"],
                               "entities": [], "timexes": [{"text": "lundi", "value": "2024-05-06"}],
                               "quotes": [{"speaker": ["Le ministre"], "contains": "ministre a parlé"}],
                               "roles": [{"person": "Smith", "title": ["ministre"]}], "events": []},
                     "b.txt": {"title": "Title B", "published": "2024-05-10", "removed": ["Share this"],
                               "entities": ["Smith"], "timexes": [{"text": "Friday", "value": "2024-05-10"}],
                               "quotes": [], "events": [{"types": ["COERCE"], "actors": [["Smith"]]}]}}}
    (split / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    whole = score.Scorer(gold, score.Export(export), split / "articles").all()
    counts = intervals.document_counts(export, split, score_py.parents[1])
    assert len(counts) == 2
    for metric, figure in intervals.figures(counts).items():
        value: Any = whole
        for part in metric.split("."):
            value = value[part]
        assert figure == value or (figure is not None and abs(figure - value) < 1e-4), metric
