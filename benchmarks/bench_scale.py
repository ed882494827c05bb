"""How `veille run` scales with the corpus: time and peak memory at several sizes, in one run.

Corpora are generated offline and reproducibly (seeded) from the bundled examples, as in
bench_pipeline.py.  For each size N, in a fresh process and a fresh store:

1. the article stages over N articles (streamed: batches flow through and are written);
2. the corpus steps (entity linking, stories) over the N stored articles, timed apart;
   ("parent RSS" is the main process's peak: the article stages' and then the corpus steps';
   "all procs" is the largest sum of the live processes' RSS, sampled every 0.2 s)
3. adding `--add` more articles to that store (article stages + corpus steps again).

Every figure is read against the smallest size measured in the same run: a streaming run
keeps the article stages' docs/s and peak RSS flat as N grows; the corpus steps still hold
the whole corpus (without raw text), so their time and memory grow with N.

`--stages front` runs clean and dedup only (no spaCy): the part of the pipeline that can be
measured at 100k articles on a small machine in reasonable time.

    .venv/bin/python benchmarks/bench_scale.py --sizes 1000,10000
    .venv/bin/python benchmarks/bench_scale.py --sizes 1000,10000,100000 --stages front
    .venv/bin/python benchmarks/bench_scale.py --sizes 1000,10000,100000 --workers 16   # a large machine
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_pipeline import measure, write_corpus

MEASURE = """
import json, resource, sys, time
if __name__ == "__main__":
    import veille
    from veille.executor import resolve_workers
    from veille.pipeline import Context, STAGES
    from veille.runner import corpus, run
    from veille.store.corpus import StoreCorpus
    from veille.store.db import Store
    folder, extra, db, workers, which = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
    config = veille.Config(workers=workers)
    config.time.reference_date = "2025-06-01"
    stages = STAGES if which == "full" else tuple(s for s in STAGES if s.name in ("clean", "dedup"))
    out = {"workers": resolve_workers(workers)}
    def peak():
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with Store.open(db) as store:
        start = time.perf_counter()
        summary = run([folder], store, config, stages=stages, corpus_steps=False)
        out["articles_s"], out["added"] = time.perf_counter() - start, summary.added
        out["articles_rss"] = peak()
        if which == "full":
            start = time.perf_counter()
            failed = corpus(store, Context(config=config, corpus=StoreCorpus(store, config.dedup)))
            out["corpus_s"], out["corpus_failed"] = time.perf_counter() - start, len(failed)
            out["corpus_rss"] = peak()
        if extra != "-":
            start = time.perf_counter()
            more = run([extra], store, config, stages=stages, corpus_steps=which == "full")
            out["add_s"], out["add_added"] = time.perf_counter() - start, more.added
    out["peak_rss"] = peak()
    print(json.dumps(out))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--add", type=int, default=1000, help="articles added to each store afterwards (0: none)")
    parser.add_argument("--workers", type=int, default=0, help="0: one per available core")
    parser.add_argument("--stages", choices=("full", "front"), default="full")
    parser.add_argument("--seed", type=int, default=20251123)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        extra = "-"
        if args.add:
            extra_dir = Path(tmp) / "extra"
            extra_dir.mkdir()
            write_corpus(extra_dir, args.add, args.seed + 1)
            for path in extra_dir.iterdir():  # other names: not the same articles as the corpus's
                path.rename(extra_dir / f"extra-{path.name}")
            extra = str(extra_dir)
        for size in sizes:
            folder = Path(tmp) / f"corpus-{size}"
            folder.mkdir()
            write_corpus(folder, size, args.seed)
            started = time.perf_counter()
            result: dict[str, Any] = measure(MEASURE, str(folder), extra, str(Path(tmp) / f"store-{size}.duckdb"),
                                             str(args.workers), args.stages)
            result["size"], result["wall"] = size, time.perf_counter() - started
            rows.append(result)
            print(json.dumps(result), flush=True)
            for path in folder.iterdir():
                path.unlink()
    base = rows[0]
    print(f"\nstages: {args.stages}; workers: {base['workers']}; figures relative to N={base['size']} "
          "measured in the same run\n")
    head = (f"{'N':>8}{'article stages docs/s':>23}{'(rel.)':>8}{'parent RSS MiB':>16}{'all procs MiB':>16}"
            f"{'corpus steps s':>16}{'(rel.)':>8}{'corpus RSS MiB':>16}{'add ' + str(args.add) + ' s':>12}")
    print(head)
    for r in rows:
        rate = r["added"] / r["articles_s"]
        base_rate = base["added"] / base["articles_s"]
        corpus_s = r.get("corpus_s")
        rel = f"{corpus_s / base['corpus_s']:>7.1f}x" if corpus_s and base.get("corpus_s") else f"{'-':>8}"
        print(f"{r['size']:>8}{rate:>23.1f}{rate / base_rate:>7.2f}x{r['articles_rss']:>16.0f}"
              f"{r['tree_rss_sampled_mib']:>16.0f}{corpus_s or 0:>16.1f}{rel}{r.get('corpus_rss', 0):>16.0f}"
              f"{r.get('add_s', 0):>12.1f}")


if __name__ == "__main__":
    main()
