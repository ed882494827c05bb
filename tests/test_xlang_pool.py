"""eval/xlang_pool: stories told in English and in French, with entity gold whose referents named in
both languages share one KB name (one entity per referent across languages). The gold is checked
where the scorer will look for it: every article labelled, every listed referent named in its text by
one of its KB forms, each story in both languages, the held-out part whole stories, and no article
(nor any site) of eval/news and no article of another evaluation set."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
POOL = ROOT / "eval" / "xlang_pool"
sys.path.insert(0, str(ROOT / "eval"))
import pools  # noqa: E402  eval/pools.py: the forms and URLs every pool test compares


def _index() -> dict[str, dict[str, str]]:
    rows = (POOL / "index.tsv").read_text(encoding="utf-8").splitlines()
    head = rows[0].split("\t")
    return {cells["file"]: cells for cells in (dict(zip(head, r.split("\t"), strict=True)) for r in rows[1:])}


def test_every_article_is_labelled_and_each_story_is_told_in_both_languages() -> None:
    rows = [json.loads(line) for line in (POOL / "input.jsonl").read_text(encoding="utf-8").splitlines()]
    gold = json.loads((POOL / "gold.json").read_text(encoding="utf-8"))
    index = _index()
    assert {r["id"] for r in rows} == set(gold["docs"]) == set(index)
    stories: dict[str, set[str]] = {}
    for r in rows:
        assert (POOL / "articles" / r["id"]).read_text(encoding="utf-8") == r["text"]
        assert index[r["id"]]["url"] == r["url"]
        assert gold["docs"][r["id"]]["story"] == index[r["id"]]["story"]
        stories.setdefault(index[r["id"]]["story"], set()).add(index[r["id"]]["language"])
    assert 6 <= len(stories) <= 28 and all(langs == {"en", "fr"} for langs in stories.values())
    held = set(gold["heldout"])
    held_stories = {index[d]["story"] for d in held}
    assert held_stories == set(gold["heldout_stories"])
    # whole stories: a held-out story has no tuning article
    assert held == {d for d in index if index[d]["story"] in held_stories}
    assert 0 < len(held_stories) < len(stories) - len(held_stories)


def test_every_listed_referent_is_named_in_its_text_and_typed() -> None:
    gold = json.loads((POOL / "gold.json").read_text(encoding="utf-8"))
    kb = gold["kb"]
    index = _index()
    langs: dict[str, set[str]] = {}
    for doc, g in gold["docs"].items():
        text = pools.fold_form((POOL / "articles" / doc).read_text(encoding="utf-8"))
        assert g["entities"], doc
        for name in [*g["entities"], *g["entities_optional"]]:
            assert kb[name]["type"] in {"PER", "ORG", "LOC", "MISC"}, name
            assert any(pools.fold_form(form) in text for form in [name, *kb[name]["aliases"]]), (doc, name)
            langs.setdefault(name, set()).add(index[doc]["language"])
        assert len(set(g["entities"])) == len(g["entities"]), doc
    assert set(langs) == set(kb)  # no KB entry that no article names
    # the pool is about referents named in both languages: each part has some
    held = set(gold["heldout"])
    for part in (held, set(gold["docs"]) - held):
        named = {n for d in part for n in gold["docs"][d]["entities"]}
        assert sum(1 for n in named if langs[n] == {"en", "fr"}) >= 5


def test_the_pool_is_unseen() -> None:
    news_urls = pools.urls_in(ROOT / "eval" / "news" / "index.tsv")
    news_hosts = {urlparse(u).netloc.removeprefix("www.") for u in news_urls}
    urls: set[str] = set()
    for path in [*ROOT.glob("eval/*/index.tsv"), *ROOT.glob("eval/*/input.jsonl"),
                 ROOT / "eval/pubdate_pool/pool.jsonl"]:
        if path.parent != POOL and path.exists():
            urls |= pools.urls_in(path)
    assert news_urls <= urls  # eval/news is among the sets looked at
    for row in _index().values():
        assert row["url"] not in urls, row["file"]
        assert urlparse(row["url"]).netloc.removeprefix("www.") not in news_hosts, row["file"]
