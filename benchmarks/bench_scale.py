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

`--corpus-steps` (issue 20) measures the incremental corpus steps alone, at store sizes up to
100k: stores are built from `synthetic_stories.py` (articles generated with their annotations,
no article stage: planted stories over time, one story per ~6 articles), written and linked
and clustered by the incremental corpus steps in chunks of 1,000, up to `--base` distinct
articles; a larger store is that one replicated with fresh ids (load_api.py's replication,
plus the corpus steps' indexes; replicas share dates and entities, so each new article has
`copies` times more candidate stories in its time window than in a store of `--base`).
Then, in a fresh process per size, `--add` newer articles of the same generator are written
and the corpus steps run: their time, the stored articles they read, and the process's peak
RSS (the process does nothing else: open the store, write the batch, the corpus steps); "steps
peak" is the process's VmHWM reset when the steps start (`/proc/self/clear_refs`), so it is
theirs, not the batch write's before them.  `--keep DIR` keeps the store of the distinct
articles and takes it again in a later run with the same spec (a 100k store is that 10k one
replicated: minutes saved per run; the corpus steps' output must not have changed in between);
`--repeat R` measures each size R times on the store as built; `--profile DIR` writes a
cProfile (CPU time) of the steps per size.
The batch write (the ingest) is timed apart from the steps; a size 0 first (`--sizes 0,...`)
measures a fresh run of `--add` articles into an empty store, the baseline of a second table
(ingest + steps at each size against it: does adding today's articles cost what they cost?).
`--stories K` plants K stories whatever the size, so that stories grow with the store: the stories
the new articles join are read whole ("read", "per new": stored articles read per added one; the
other candidates are scored from their member rows, "rows": `story_members` rows read).

`--run-into 1000,4000` measures `veille run` (model load included, fresh process) of
`--run-add` new generated articles into stores of those sizes: `--run-base` articles through
the full pipeline, replicated with fresh ids to each size.

    .venv/bin/python benchmarks/bench_scale.py --sizes 1000,10000
    .venv/bin/python benchmarks/bench_scale.py --sizes 1000,10000,100000 --stages front
    .venv/bin/python benchmarks/bench_scale.py --sizes 1000,10000,100000 --workers 16   # a large machine
    .venv/bin/python benchmarks/bench_scale.py --corpus-steps --sizes 1000,10000,100000 --add 100
    .venv/bin/python benchmarks/bench_scale.py --corpus-steps --sizes 1000,10000,100000 --add 100 \
        --keep /tmp/stores --repeat 3
    .venv/bin/python benchmarks/bench_scale.py --corpus-steps --sizes 0,1000,10000,100000 --add 1000 --keep /tmp/stores
    .venv/bin/python benchmarks/bench_scale.py --corpus-steps --sizes 300,1200 --add 20 --stories 10
    .venv/bin/python benchmarks/bench_scale.py --run-into 1000,4000 --run-add 20 --run-base 300
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


ADD_CORPUS = """
import json, resource, sys, time
if __name__ == "__main__":
    sys.path.insert(0, sys.argv[3])
    import synthetic_stories as gen
    from veille.config import Config
    from veille.corpus_steps import incremental
    from veille.pipeline import Context
    from veille.store.db import Store
    db, spec = sys.argv[1], json.loads(sys.argv[2])
    articles = gen.make_corpus(**spec["corpus"])[spec["base"]:]
    config = Config()
    config.time.reference_date = "2025-06-01"
    def rss():
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    def now():
        lines = open("/proc/self/status").read().splitlines()
        return next(int(x.split()[1]) for x in lines if x.startswith("VmRSS:")) / 1024
    with Store.open(db) as store:
        start, cpu = time.perf_counter(), time.process_time()
        store.write_batch(articles, [], "add")  # the ingest: today's articles written
        ingest_s, ingest_cpu = time.perf_counter() - start, time.process_time() - cpu
        before, current = rss(), now()
        with open("/proc/self/clear_refs", "w") as fh:  # resets VmHWM: the peak from here on
            fh.write("5")
        profiler = None
        if spec.get("profile"):
            import cProfile
            profiler = cProfile.Profile(time.process_time)  # CPU: the machine may be shared
            profiler.enable()
        start, cpu = time.perf_counter(), time.process_time()
        counts = incremental(store, Context(config=config))
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(spec["profile"])
        stored = store.count("articles")
    hwm = next(int(x.split()[1]) for x in open("/proc/self/status").read().splitlines()
               if x.startswith("VmHWM:")) / 1024
    print(json.dumps({"corpus_s": seconds, "corpus_cpu_s": cpu, "ingest_s": ingest_s, "ingest_cpu_s": ingest_cpu,
                      "rss_before": before, "rss_now": current,
                      "steps_peak_mib": hwm, "peak_rss_mib": rss(),
                      "stored": stored, **counts}))
"""


def replicate_indexes(db: Path, copies: int, base: int) -> None:
    """The corpus steps' indexes for load_api.replicate's copies of a store of `base` articles
    (ids suffixed -rNxK, as `replicate` suffixes them: the index rows must name the copies' ids)."""
    import duckdb

    replica = f"'-r{int(base)}x' || r.k"
    con = duckdb.connect(str(db))
    try:
        con.execute("BEGIN")
        con.execute("CREATE TEMP TABLE r AS SELECT range AS k FROM range(1, ?)", [copies + 1])
        con.execute(f"INSERT INTO mention_links SELECT l.* REPLACE (l.article || {replica} AS article) "
                    "FROM mention_links l, r")
        con.execute("CREATE TEMP TABLE base_memo AS SELECT * FROM story_preanchor")
        con.execute(f"INSERT INTO story_preanchor SELECT m.* REPLACE (m.article || {replica} AS article) "
                    "FROM base_memo m, r")
        con.execute("CREATE TEMP TABLE base_members AS SELECT * FROM story_members")
        con.execute(f"INSERT INTO story_members SELECT m.* REPLACE (m.article || {replica} AS article, "
                    f"m.story || {replica} AS story) FROM base_members m, r")
        con.execute("CREATE TEMP TABLE base_index AS SELECT * FROM story_index")
        con.execute(f"INSERT INTO story_index SELECT s.* REPLACE (s.story || {replica} AS story) FROM base_index s, r")
        con.execute("UPDATE link_names SET n = n * ?", [copies + 1])
        con.execute("UPDATE story_terms SET df = df * ?", [copies + 1])
        con.execute("UPDATE corpus_state SET value = (SELECT count(*) FROM articles)::VARCHAR WHERE key = 'articles'")
        con.execute("COMMIT")
    finally:
        con.close()


def build_synthetic(db: Path, size: int, base: int, spec: dict[str, Any], keep: Path | None = None) -> dict[str, Any]:
    """A store of `size` articles: `min(size, base)` generated ones through the incremental
    corpus steps in chunks of 1,000, replicated with fresh ids beyond.  `keep`: a folder where
    the store of the distinct articles is kept and taken again by a later call with the same
    spec (building 10k articles takes minutes; the corpus steps' code must be the same)."""
    import shutil

    import synthetic_stories as gen
    from load_api import replicate

    from veille.config import Config
    from veille.corpus_steps import incremental
    from veille.pipeline import Context
    from veille.store.db import Store

    distinct = min(size, base)
    saved = None
    if keep is not None:
        tag = "-".join(str(v) for v in (distinct, *spec["corpus"].values()))
        saved = keep / f"synthetic-{tag}.duckdb"
    started = time.perf_counter()
    if saved is not None and saved.exists():
        shutil.copy(saved, db)
    else:
        articles = gen.make_corpus(**spec["corpus"])[:distinct]
        config = Config()
        config.time.reference_date = "2025-06-01"
        with Store.open(db) as store:
            for k in range(0, distinct, 1000):
                store.write_batch(articles[k:k + 1000], [], f"build{k}")
                incremental(store, Context(config=config))
        if saved is not None:
            keep.mkdir(parents=True, exist_ok=True)  # type: ignore[union-attr]
            shutil.copy(db, saved)
    built = time.perf_counter() - started
    counts = {"base": distinct, "copies": 0, "articles": distinct}
    if size > distinct:
        counts = replicate(db, size)
        replicate_indexes(db, counts["copies"], counts["base"])
    return {"build_s": built, **counts}


def corpus_steps_main(args: argparse.Namespace) -> None:
    import shutil

    sizes = [int(s) for s in args.sizes.split(",")]
    here = str(Path(__file__).resolve().parent)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            base = min(size, args.base)
            # one story per ~6 articles, about 7 articles a day: a monitoring feed's shape
            total = base + args.add
            # (`--stories K`: K stories whatever the size, so they grow with the store, as a story
            # followed for months does: what the new articles' candidate stories cost to read)
            stories = args.stories or max(10, total // 6)
            spec = {"corpus": {"count": total, "stories": stories, "days": max(30, total // 7),
                               "seed": args.seed}, "base": base}
            db = Path(tmp) / f"synthetic-{size}.duckdb"
            built = build_synthetic(db, size, args.base, spec, Path(args.keep) if args.keep else None)
            if args.profile:
                spec["profile"] = str(Path(args.profile) / f"steps-{size}.prof")
                Path(args.profile).mkdir(parents=True, exist_ok=True)
            built_db = db.with_suffix(".built")
            shutil.copy(db, built_db)
            runs = []
            for k in range(max(1, args.repeat)):  # each on the store as built (the add changes it)
                if k:
                    shutil.copy(built_db, db)
                run: dict[str, Any] = measure(ADD_CORPUS, str(db), json.dumps(spec), here)
                run.update(size=size, **built)
                runs.append(run)
                print(json.dumps(run), flush=True)
            # the least CPU of the repeats (a shared machine only adds to it), the highest peak
            result = dict(min(runs, key=lambda r: r["corpus_cpu_s"]))
            result["corpus_s"] = min(r["corpus_s"] for r in runs)
            result["ingest_cpu_s"] = min(r["ingest_cpu_s"] for r in runs)
            result["steps_peak_mib"] = max(r["steps_peak_mib"] for r in runs)
            rows.append(result)
            db.unlink()
            built_db.unlink()
    base_row = rows[0]
    if base_row["size"] == 0:  # a fresh run: the same number of articles into an empty store
        print(f"\nadding {args.add} articles, ingest (the batch write) + corpus steps, CPU s, against a fresh "
              f"run of {args.add} articles into an empty store in the same run (target: about 1x)\n")
        print(f"{'N':>8}{'ingest':>9}{'steps':>9}{'total':>9}{'(rel.)':>8}{'ingest rel.':>13}{'steps rel.':>12}")
        b_total = base_row["ingest_cpu_s"] + base_row["corpus_cpu_s"]
        for r in rows:
            total = r["ingest_cpu_s"] + r["corpus_cpu_s"]
            print(f"{r['size']:>8}{r['ingest_cpu_s']:>9.2f}{r['corpus_cpu_s']:>9.2f}{total:>9.2f}"
                  f"{total / b_total:>7.2f}x{r['ingest_cpu_s'] / base_row['ingest_cpu_s']:>12.2f}x"
                  f"{r['corpus_cpu_s'] / base_row['corpus_cpu_s']:>11.2f}x")
    print(f"\ncorpus steps after adding {args.add} articles (incremental), figures relative to "
          f"N={base_row['size']} in the same run\n")
    print("(CPU s: the process's CPU time, threads included; on a shared machine wall time is mostly the "
          f"neighbours'; with --repeat {args.repeat}: the least of the runs, and the highest steps peak)\n")
    print("(peak RSS: the process's; 'steps peak': its peak during the corpus steps (VmHWM reset when they "
          "start); 'peak before': before them (opening the store, writing the batch); 'RSS before': when they "
          "start)\n")
    print(f"{'N':>8}{'distinct':>10}{'wall s':>8}{'CPU s':>8}{'(rel.)':>8}{'read':>7}{'per new':>9}{'rows':>7}"
          f"{'steps peak MiB':>16}{'peak before':>13}{'RSS before':>12}")
    for r in rows:
        print(f"{r['size']:>8}{r['base']:>10}{r['corpus_s']:>8.2f}{r['corpus_cpu_s']:>8.2f}"
              f"{r['corpus_cpu_s'] / base_row['corpus_cpu_s']:>7.2f}x"
              f"{r['read']:>7}{r['read'] / max(1, r['new']):>9.1f}{r.get('profiles', 0):>7}"
              f"{r['steps_peak_mib']:>16.0f}{r['rss_before']:>13.0f}{r['rss_now']:>12.0f}")


RUN_INTO = """
import json, sys, time
if __name__ == "__main__":
    start = time.perf_counter()
    import veille
    summary = veille.run([sys.argv[1]], db=sys.argv[2], config=veille.Config(workers=int(sys.argv[3])))
    print(json.dumps({"seconds": time.perf_counter() - start, "added": summary.added}))
"""


def run_into_main(args: argparse.Namespace) -> None:
    import shutil

    from load_api import build_store, replicate

    sizes = [int(s) for s in args.run_into.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        db, _ = build_store(Path(tmp) / "base", args.run_base, args.run_base)
        extra = Path(tmp) / "extra"
        extra.mkdir()
        write_corpus(extra, args.run_add, args.seed + 7)
        for path in extra.iterdir():
            path.rename(extra / f"new-{path.name}")
        rows = []
        for size in sizes:
            copy = Path(tmp) / f"into-{size}.duckdb"
            shutil.copy(db, copy)
            counts = replicate(copy, size)
            replicate_indexes(copy, counts["copies"], counts["base"])
            result: dict[str, Any] = measure(RUN_INTO, str(extra), str(copy), str(args.workers))
            result.update(size=counts["articles"])
            rows.append(result)
            print(json.dumps(result), flush=True)
    first = rows[0]
    print(f"\nveille run of {args.run_add} new articles (model load included), {args.run_base} distinct articles "
          "through the pipeline, replicated with fresh ids\n")
    for r in rows:
        print(f"{r['size']:>8} articles: {r['seconds']:6.1f} s  ({r['seconds'] / first['seconds']:.2f}x; "
              f"target <= 1.25x + 1 s = {1.25 * first['seconds'] + 1:.1f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--add", type=int, default=1000, help="articles added to each store afterwards (0: none)")
    parser.add_argument("--workers", type=int, default=0, help="0: one per available core")
    parser.add_argument("--stages", choices=("full", "front"), default="full")
    parser.add_argument("--seed", type=int, default=20251123)
    parser.add_argument("--corpus-steps", action="store_true", help="the incremental corpus steps alone (above)")
    parser.add_argument("--base", type=int, default=10_000, help="--corpus-steps: distinct articles at most")
    parser.add_argument("--stories", type=int, default=0,
                        help="--corpus-steps: planted stories (0: one per ~6 articles; K: stories grow with the store)")
    parser.add_argument("--keep", default="", help="--corpus-steps: folder keeping the built stores, reused when there")
    parser.add_argument("--repeat", type=int, default=1,
                        help="--corpus-steps: measurements per size (the table: least CPU and wall, highest peak)")
    parser.add_argument("--profile", default="", help="--corpus-steps: folder for a cProfile of the steps per size")
    parser.add_argument("--run-into", default="", help="store sizes to time `veille run` of --run-add articles into")
    parser.add_argument("--run-add", type=int, default=20)
    parser.add_argument("--run-base", type=int, default=300)
    args = parser.parse_args()
    if args.corpus_steps:
        return corpus_steps_main(args)
    if args.run_into:
        return run_into_main(args)
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
