"""eval/timex_pool: unseen news with blind TIMEX3 gold (issue 17). The gold is checked where the
scorer looks for it: every span in its text, each value a TIMEX3 calendar value, the held-out
part set apart, and no article that an eval/ set already holds."""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POOL = ROOT / "eval" / "timex_pool"
_VALUE = re.compile(r"^(?:FY)?\d{4}(?:-(?:\d{2}(?:-\d{2}(?:T(?:MO|AF|EV|NI|MI|\d{2}:\d{2}))?)?|W\d{2}(?:-WE)?|Q[1-4]"
                    r"|H[12]|SP|SU|FA|WI))?$")


def _loose(text: str) -> re.Pattern[str]:
    """score.py's loose_pattern: any apostrophe, dash and run of spaces."""
    parts = []
    for ch in text:
        parts.append(r"\s+" if ch.isspace() else "['’‘`]" if ch in "'’‘`" else "[-–—]" if ch in "-–—"
                     else re.escape(ch))
    return re.compile(r"(?<!\w)" + "".join(parts) + r"(?!\w)", re.IGNORECASE)


def test_the_pool_is_unseen_and_its_gold_is_where_the_scorer_looks() -> None:
    rows = [json.loads(line) for line in (POOL / "input.jsonl").read_text(encoding="utf-8").splitlines()]
    gold = json.loads((POOL / "gold.json").read_text(encoding="utf-8"))
    index = [r.split("\t") for r in (POOL / "index.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    langs = [r[3] for r in index]
    # both languages well represented (t41-t52 added 8 English and 4 French pages); a held-out part of
    # between a tenth and a third of the pool, chosen by position before any run
    assert len(rows) >= 16 and min(langs.count("fr"), langs.count("en")) >= 16
    held = [r[5] for r in index].count("held")
    assert {r[5] for r in index} == {"work", "held"} and len(index) / 10 <= held <= len(index) / 3
    assert {r["id"] for r in rows} == set(gold["docs"]) == {r[0] for r in index}
    # the URLs of every eval/ set: their index.tsv (eval/news's covers both splits) and the pools' inputs
    # (one level down only: nothing under eval/news/test is opened)
    seen = "".join(p.read_text(encoding="utf-8") for p in ROOT.glob("eval/*/index.tsv") if POOL not in p.parents)
    seen += "".join(p.read_text(encoding="utf-8") for p in ROOT.glob("eval/*/input.jsonl") if POOL not in p.parents)
    seen += (ROOT / "eval/pubdate_pool/pool.jsonl").read_text(encoding="utf-8")
    for r in rows:
        assert r["url"] not in seen, r["id"]
        assert (POOL / "articles" / r["id"]).read_text(encoding="utf-8") == r["text"]
        timexes = gold["docs"][r["id"]]["timexes"]
        assert timexes, r["id"]
        for t in timexes:
            assert _loose(t["text"]).search(r["text"]), (r["id"], t["text"])
            assert t["type"] in ("DATE", "TIME"), (r["id"], t)
            assert all(_VALUE.match(v) for v in t["value"].split("/")), (r["id"], t)


def test_the_batches_built_by_stories_are_drawn_and_cut_as_recorded() -> None:
    """tmb34's batch (t106-t117): stories of three reports from three hosts; its held-out stories, one per
    language, are random.Random(3636)'s draw (README, "t106-t117"); the older cuts keep the pages sampled by
    topic only, so that every figure reported before the batch reads the same."""
    import importlib.util
    import random
    from urllib.parse import urlparse

    # loaded under its own name: eval/news/evaluate.py is also an `evaluate` module
    spec = importlib.util.spec_from_file_location("timex_pool_evaluate", POOL / "evaluate.py")
    assert spec is not None and spec.loader is not None
    evaluate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(evaluate)
    rows = evaluate.index()
    stories: dict[str, list[dict[str, str]]] = {}
    for r in rows:
        if evaluate.batch(r) == "tmb34":
            stories.setdefault(r["story"].split("-")[1], []).append(r)
    assert sorted(stories) == ["S1", "S2", "S3", "S4"]
    for reports in stories.values():
        assert len(reports) == 3 and len({urlparse(r["url"]).netloc for r in reports}) == 3
        assert len({r["language"] for r in reports}) == 1 and len({r["part"] for r in reports}) == 1
    rng = random.Random(3636)
    held = {rng.choice(sorted(s for s in stories if stories[s][0]["language"] == lang)) for lang in ("en", "fr")}
    assert held == {s for s, reports in stories.items() if reports[0]["part"] == "held"}
    cut = evaluate.cuts(rows)
    assert len(cut["all/all"]) == 105 and not any(r["file"] in cut["all/all"] for s in stories.values() for r in s)
    assert cut["tmb34/all"] == cut["tmb34-work/all"] | cut["tmb34-held/all"] and len(cut["tmb34-held/all"]) == 6
