"""eval/pools.py's --intervals and --paired: a pool's per-page counts sum back to the figures score.py
gives its parts, each part's interval holds its figure, and a paired change of one page holds 0."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import shared_path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "eval" / "news"))
import intervals  # noqa: E402  eval/news/intervals.py, the module pools.py resamples with
import pools  # noqa: E402


def _write(folder: Path, name: str, rows: list[dict[str, Any]]) -> None:
    (folder / name).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


BODIES = {
    "a.txt": ("en", "Police arrested Smith on Friday. \"We acted fast,\" Jones said."),
    "b.txt": ("en", "Police arrested Brown on Monday. Nobody spoke."),
    "c.txt": ("fr", "La police a arrêté Durand lundi. « Nous avons agi vite », a dit Martin."),
    "d.txt": ("fr", "Le juge a condamné Durand mardi."),
}


def _pool(tmp: Path) -> tuple[Path, Path]:
    """A four-page pool (b.txt and d.txt held out), and an export that finds some events and quotes
    and misses or invents others, so that every count is non-zero somewhere."""
    pool, export = tmp / "pool", tmp / "export"
    (pool / "articles").mkdir(parents=True)
    export.mkdir()
    for doc, (_, body) in BODIES.items():
        (pool / "articles" / doc).write_text(f"Title {doc}\n{body}\n", encoding="utf-8")
    (pool / "index.tsv").write_text("file\tlanguage\n" + "".join(f"{d}\t{lang}\n" for d, (lang, _) in BODIES.items()),
                                    encoding="utf-8")
    kb = {n: {"type": "PER", "aliases": [n]} for n in ("Smith", "Brown", "Durand", "Jones", "Martin")}
    kb["Police"] = {"type": "ORG", "aliases": ["Police", "police"]}
    docs = {
        "a.txt": {"events": [{"types": ["COERCE"], "actors": [["Smith"]]}],
                  "quotes": [{"speaker": ["Jones"], "contains": "We acted fast"}]},
        "b.txt": {"events": [{"types": ["COERCE"], "actors": [["Brown"]]}], "quotes": []},
        "c.txt": {"events": [{"types": ["COERCE"], "actors": [["Durand"]]}],
                  "quotes": [{"speaker": ["Martin"], "contains": "Nous avons agi vite"}]},
        "d.txt": {"events": [{"types": ["ADJUDICATE"], "actors": [["Durand"]]}], "quotes": []},
    }
    (pool / "gold.json").write_text(json.dumps({"kb": kb, "docs": docs, "heldout": ["b.txt", "d.txt"]}),
                                    encoding="utf-8")
    _write(export, "articles.jsonl", [{"id": d.upper(), "source": d, "title": f"Title {d}", "body": body}
                                      for d, (_, body) in BODIES.items()])
    people = [("e1", "Smith", "A.TXT"), ("e2", "Brown", "B.TXT"), ("e3", "Durand", "C.TXT"),
              ("e4", "Durand", "D.TXT"), ("e5", "Jones", "A.TXT"), ("e6", "Martin", "C.TXT")]
    _write(export, "entities.jsonl", [{"id": i, "name": n, "type": "PER", "mentions": [{"article": a, "text": n}]}
                                      for i, n, a in people])
    _write(export, "timexes.jsonl", [])
    _write(export, "quotes.jsonl", [
        {"article": "A.TXT", "text": "We acted fast", "speaker": "e5"},             # right speaker
        {"article": "C.TXT", "text": "Nous avons agi vite", "speaker": "e3"},      # wrong speaker
        {"article": "B.TXT", "text": "Nobody spoke", "speaker": "e2"}])            # spurious
    _write(export, "events.jsonl", [
        {"id": "v1", "type": "COERCE", "actors": {"source": [], "target": ["e1"]},
         "evidence": [{"article": "A.TXT", "start": 0, "end": 6, "text": "Police"}]},
        {"id": "v2", "type": "COERCE", "actors": {"source": [], "target": ["e3"]},
         "evidence": [{"article": "C.TXT", "start": 0, "end": 9, "text": "La police"}]},
        {"id": "v3", "type": "PROTEST", "actors": {"source": [], "target": ["e4"]},
         "evidence": [{"article": "D.TXT", "start": 0, "end": 7, "text": "Le juge"}]},
        {"id": "v4", "type": "COERCE", "actors": {"source": [], "target": ["e2"]},
         "evidence": [{"article": "B.TXT", "start": 0, "end": 6, "text": "Police"}]},
        {"id": "v5", "type": "PROTEST", "actors": {"source": [], "target": ["e5"]},
         "evidence": [{"article": "A.TXT", "start": 0, "end": 6, "text": "Police"}]}])
    return pool, export


def _parts(pool: Path) -> dict[str, dict[str, Any]]:
    """The pool's tuning / held-out parts per language, and one part whose pages' gold is changed (no gold
    quote), as eval/xlang_pool restricts its pages' gold: a page's counts are its gold's, part by part."""
    gold = pools.gold_of(pool)
    return {**pools.named_parts(gold, pools.languages(pool)),
            "no gold quote": dict(gold, docs={d: dict(g, quotes=[]) for d, g in gold["docs"].items()})}


def _scores(score: Any, export: Path, pool: Path) -> dict[str, Any]:
    def measure(scorer: Any) -> dict[str, Any]:
        return {"doc_level": scorer.events()["doc_level"], **scorer.quotes()}

    return pools.score_parts(score, export, pool, _parts(pool), measure)


def _boot(pool: Path) -> pools.Bootstrap:
    """The events and quotes tables together: both read one page's scorer."""
    def page(score: Any, x: Any, scorer: Any, doc: str) -> dict[str, int]:
        events = pools.EVENTS[0](score, x, scorer, doc)
        quotes = pools.QUOTES[0](score, x, scorer, doc)
        return {**{f"e_{k}": v for k, v in events.items()}, **quotes}

    table = {**pools._prf("doc_level.", "e_tp", "e_fp", "e_fn"), **pools.QUOTES[1]}
    return pools.Bootstrap(_parts, page, table)


@pytest.fixture()
def scored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Path, Path]:
    monkeypatch.setattr(pools, "SHARED", shared_path("tools", "score.py").parents[1])
    pool, export = _pool(tmp_path)
    return pools.load_scorer(), pool, export


def test_page_counts_sum_back_to_each_parts_figures(scored: tuple[Any, Path, Path]) -> None:
    score, pool, export = scored
    result = _scores(score, export, pool)
    boot = _boot(pool)
    counts = pools.page_counts(score, export, pool, boot, result)
    assert set(counts) == set(result)
    # the figures are not trivial: found, missed and invented events and quotes, a wrong speaker
    assert 0 < result["tune"]["doc_level"]["f1"] < 1 and 0 < result["heldout"]["doc_level"]["f1"] < 1
    assert result["tune"]["speaker_acc"] == 0.5 and result["heldout"]["extraction"]["fp"] == 1
    assert result["no gold quote"]["extraction"]["p"] == 0.0 != result["tune"]["extraction"]["p"]
    for name, part in counts.items():
        # keyed by the page's position in gold.json, never by its name
        assert set(part) <= {"0", "1", "2", "3"}
        for metric, value in intervals.figures(list(part.values()), boot.table).items():
            reported = pools.lookup(result[name], metric)
            assert value == reported or (value is not None and abs(value - reported) < 1e-4), (name, metric)


def test_counts_that_do_not_sum_back_stop_the_script(scored: tuple[Any, Path, Path]) -> None:
    score, pool, export = scored
    result = _scores(score, export, pool)
    result["heldout"] = dict(result["heldout"], doc_level=dict(result["heldout"]["doc_level"], f1=0.9))
    with pytest.raises(SystemExit, match=r"heldout doc_level\.f1"):
        pools.page_counts(score, export, pool, _boot(pool), result)


def test_evaluate_prints_intervals_per_part_and_pairs_a_kept_run(scored: tuple[Any, Path, Path],
                                                                capsys: pytest.CaptureFixture[str],
                                                                tmp_path: Path) -> None:
    _, pool, export = scored
    kept = tmp_path / "before.json"
    args = argparse.Namespace(export=export, keep=None, json=kept, config=None, intervals=200, paired=None)
    assert pools.evaluate(args, pool, lambda s, x: _scores(s, x, pool), lambda n, r: n, boot=_boot(pool)) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("heldout en\t95%:\tdoc_level.f1 [") for line in lines)
    written = json.loads(kept.read_text(encoding="utf-8"))
    lo, hi = written["tune"]["intervals"]["doc_level.f1"].values()
    assert lo <= written["tune"]["doc_level"]["f1"] <= hi
    assert sorted(written["heldout"]["doc_counts"]) == ["1", "3"]
    # the same export paired with its own kept run: every change 0, every interval (0, 0)
    args = argparse.Namespace(export=export, keep=None, json=None, config=None, intervals=0, paired=kept)
    pools.evaluate(args, pool, lambda s, x: _scores(s, x, pool), lambda n, r: n, boot=_boot(pool))
    paired = [line for line in capsys.readouterr().out.splitlines() if line.startswith("paired ")]
    assert paired and all(line.endswith("+0.000 [+0.000, +0.000] holds 0") for line in paired)
    assert not any(doc in line for line in paired for doc in BODIES)


def _events(tp: int, fp: int, fn: int) -> dict[str, int]:
    return {"tp": tp, "fp": fp, "fn": fn}


def test_paired_identical_runs_give_zero_and_one_changed_page_holds_zero() -> None:
    table = pools.EVENTS[1]
    pages = {str(i): _events(1, 1, 2) for i in range(30)}
    same = pools.paired_lines({"heldout": {"doc_counts": pages}}, {"heldout": pages}, table, 300)
    assert same == [f"paired heldout\t{m}\t+0.000 [+0.000, +0.000] holds 0" for m in table]
    one = dict(pages, **{"29": _events(2, 1, 1)})
    f1_line = pools.paired_lines({"heldout": {"doc_counts": pages}}, {"heldout": one}, table, 300)[0]
    assert f1_line.startswith("paired heldout\tdoc_level.f1\t+0.0") and f1_line.endswith("holds 0")
    everywhere = {k: _events(2, 1, 1) for k in pages}
    broad = pools.paired_lines({"heldout": {"doc_counts": pages}}, {"heldout": everywhere}, table, 300)[0]
    assert broad.endswith("excludes 0")
    # a kept run over other pages (a part that grew) is not paired
    assert pools.paired_lines({"heldout": {"doc_counts": dict(list(pages.items())[:29])}}, {"heldout": pages},
                              table, 50) == []
