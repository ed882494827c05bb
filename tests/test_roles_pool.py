"""eval/roles_pool: unseen news with blind gold for people and their roles (issue 18). The gold is
checked where the scorer will look for it: each person and each `of` in the KB, each person named in
the text by one of their KB forms, and a held-out part drawn in both languages."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
POOL = ROOT / "eval" / "roles_pool"


def _urls(path: Path) -> set[str]:
    if path.name.endswith(".tsv"):
        return {c for row in path.read_text(encoding="utf-8").splitlines() for c in row.split("\t")
                if c.startswith("http")}
    return {json.loads(line).get("url") or "" for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def _seen() -> tuple[set[str], set[str]]:
    """The hosts of eval/news (both splits: what is measured must be unseen by site) and the URLs of
    every other evaluation set (the dev-side pools, built side by side, may share a site, never an
    article)."""
    news = {urlparse(u).netloc.removeprefix("www.") for u in _urls(ROOT / "eval" / "news" / "index.tsv")}
    urls: set[str] = set()
    for path in [*ROOT.glob("eval/*/index.tsv"), *ROOT.glob("eval/*/input.jsonl"), ROOT / "eval/pubdate_pool/pool.jsonl"]:
        if path.parent != POOL and path.exists():
            urls |= _urls(path)
    return news, urls - {""}


def test_the_pool_is_unseen_and_its_gold_is_where_the_scorer_looks() -> None:
    rows = [json.loads(line) for line in (POOL / "input.jsonl").read_text(encoding="utf-8").splitlines()]
    gold = json.loads((POOL / "gold.json").read_text(encoding="utf-8"))
    langs = {row.split("\t")[0]: row.split("\t")[3]
             for row in (POOL / "index.tsv").read_text(encoding="utf-8").splitlines()[1:]}
    # both languages, each at least two fifths: the pool was balanced until the twenty-sixth session,
    # whose batch (e33-e44, f33-f38) leans English on purpose, English being the weaker held-out figure
    counts = list(langs.values())
    assert len(rows) >= 16 and min(counts.count("fr"), counts.count("en")) >= 0.4 * len(counts)
    assert {r["id"] for r in rows} == set(gold["docs"]) == set(langs)
    held = set(gold["heldout"])
    assert held < set(gold["docs"]) and {langs[d] for d in held} == {"en", "fr"}
    news_hosts, other_urls = _seen()
    kb = gold["kb"]
    for r in rows:
        assert urlparse(r["url"]).netloc.removeprefix("www.") not in news_hosts, r["id"]
        assert r["url"] not in other_urls, r["id"]
        assert (POOL / "articles" / r["id"]).read_text(encoding="utf-8") == r["text"]
        doc = gold["docs"][r["id"]]
        text = r["text"].casefold()
        for name in doc["entities"]:
            assert kb[name]["type"] == "PER"
            assert any(form.casefold() in text for form in [name, *kb[name]["aliases"]]), (r["id"], name)
        for role in doc["roles"]:
            assert role["person"] in doc["entities"], role
            assert role["of"] is None or role["of"] in kb, role
            assert role["title"] and all(k == k.lower() for k in role["title"]), role


def test_batches_by_stories_are_whole_and_cut_like_the_pool() -> None:
    """gold.json's `batches` (texts built by stories, thirty-fifth and thirty-seventh sessions): each a
    set of the pool's files, no file in two batches, each with a held-out part in both languages drawn
    before its first run; evaluate.py reports each batch whole and cut into tuning / held-out."""
    import importlib.util

    gold = json.loads((POOL / "gold.json").read_text(encoding="utf-8"))
    langs = {row.split("\t")[0]: row.split("\t")[3]
             for row in (POOL / "index.tsv").read_text(encoding="utf-8").splitlines()[1:]}
    batches = gold["batches"]
    assert {"rob35", "rbs37"} <= set(batches)
    seen: set[str] = set()
    held = set(gold["heldout"])
    for files in batches.values():
        assert set(files) <= set(gold["docs"]) and not seen & set(files)
        seen |= set(files)
        assert {langs[d] for d in held & set(files)} == {"en", "fr"}
        assert set(files) - held  # a tuning part too
    # the thirty-seventh session's held-out stories hold at least twenty roles
    assert sum(len(gold["docs"][d]["roles"]) for d in set(batches["rbs37"]) & held) >= 20

    spec = importlib.util.spec_from_file_location("roles_pool_evaluate", POOL / "evaluate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    parts = module.parts(gold)
    assert set(parts["batch rbs37"]["docs"]) == set(batches["rbs37"])
    assert set(parts["batch rbs37 heldout fr"]["docs"]) == {"f56.txt", "f57.txt", "f58.txt"}
    assert set(parts["batch rbs37 tune en"]["docs"]) == {"e59.txt", "e60.txt", "e61.txt"}
    assert set(parts["batch rob35 heldout"]["docs"]) == {"e53.txt", "e54.txt", "e55.txt", "f50.txt", "f51.txt", "f52.txt"}
    assert set(parts["tune"]["docs"]) | set(parts["heldout"]["docs"]) == set(gold["docs"])
