"""Measure the entities + link stages on the seed articles with the shared scorer.

Until `veille run`/`veille export` exist, this builds the export itself: one Article per seed
file, with the gold's `removed` lines dropped from the text to imitate the clean stage; the
nlp stage, then either the raw spaCy entities (one entity per distinct text) or the
entities stage and corpus linking; articles.jsonl and entities.jsonl written to a folder.

    PYTHONPATH=src /work/main/.venv/bin/python tools/measure_entities.py [--raw] [--out DIR]

prints the scorer's `entities` and `roles` sections as JSON.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from veille.model import Article, Entity, article_id
from veille.pipeline import Context
from veille.stages.entities.text import slug

ROOT = Path(__file__).resolve().parents[1]


def seed_articles(seeds: Path, gold: dict[str, Any]) -> list[Article]:
    out = []
    for name, doc in sorted(gold["docs"].items()):
        text = (seeds / name).read_text(encoding="utf-8")
        removed = {r.strip() for r in doc.get("removed", [])}
        body = "\n".join(line for line in text.splitlines() if line.strip() not in removed)
        out.append(Article(id=article_id(name, text), source=name, raw=text, body=body, lang="fr"))
    return out


def run(articles: list[Article], ctx: Context, raw: bool) -> list[Entity]:
    from veille.stages.nlp import nlp_batch

    nlp_batch(articles, ctx)
    if raw:
        entities: dict[str, Entity] = {}
        for a in articles:
            for m in a.mentions:
                m.entity = f"{m.type.lower()}:{slug(m.text)}"
                entities.setdefault(m.entity, Entity(m.entity, m.text, m.type))
        return list(entities.values())
    from veille.stages.entities import entities_batch
    from veille.stages.link import link_corpus

    entities_batch(articles, ctx)
    return link_corpus(articles, ctx)


def write_export(folder: Path, articles: list[Article], entities: list[Entity]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    mentions: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for a in articles:
        for m in a.mentions:
            if m.entity:
                mentions[m.entity].append({"article": a.id, "start": m.start, "end": m.end, "text": m.text})
    with (folder / "articles.jsonl").open("w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps({"id": a.id, "source": a.source, "title": None, "body": a.body,
                                 "lang": a.lang, "published": a.published}, ensure_ascii=False) + "\n")
    with (folder / "entities.jsonl").open("w", encoding="utf-8") as fh:
        for e in entities:
            fh.write(json.dumps({"id": e.id, "name": e.name, "type": e.type, "wikidata": e.wikidata,
                                 "aliases": e.aliases,
                                 "roles": [{"title": r.title, "of": r.of} for r in e.roles],
                                 "mentions": mentions.get(e.id, [])}, ensure_ascii=False) + "\n")


def score(folder: Path, shared: Path) -> dict[str, Any]:
    res = subprocess.run([sys.executable, str(shared / "tools" / "score.py"), "--export", str(folder),
                          "--gold", str(shared / "gold" / "seeds.json"), "--articles", str(shared / "seeds"),
                          "--json"], capture_output=True, text=True, check=True)
    data: dict[str, Any] = json.loads(res.stdout)
    return data


def measure(shared: Path, ctx: Context, raw: bool = False, out: Path | None = None) -> dict[str, Any]:
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    articles = seed_articles(shared / "seeds", gold)
    entities = run(articles, ctx, raw)
    folder = out or Path(tempfile.mkdtemp(prefix="veille-entities-"))
    write_export(folder, articles, entities)
    result = score(folder, shared)
    return {"entities": result.get("entities"), "roles": result.get("roles")}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--raw", action="store_true", help="raw spaCy entities, no entities stage")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    print(json.dumps(measure(args.shared, Context(), args.raw, args.out), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
