"""CPU time of the events stage alone, this tree against another commit's, in one invocation.

Each side runs in its own process with its own `src` on the path (the other commit's taken by
`git archive`): it reads the input (eval/news dev's by default), runs the article stages before
events over it in batches of `config.batch_size` (not timed; dedup is left out, it needs the
store), then times `events_batch` over the same batches with the process's CPU time, `--repeat`
times on fresh copies of the batches, the fastest kept. The sides run alternately, so a load
that comes and goes on a shared machine falls on both; the figure to read is the ratio, this
tree / base (under 1: faster), both measured in the same run. The first round also loads the
models and lexicons, so it is left out when `--repeat` is over 1.

    .venv/bin/python benchmarks/bench_events_stage.py --base main --repeat 3
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_INPUT = ROOT / "eval" / "news" / "dev" / "input.jsonl"

CHILD = r"""
import copy, json, sys, time
from veille.config import Config
from veille.ingest import read_inputs
from veille.model import Article
from veille.pipeline import STAGES, Context, batched, run_batch

def main() -> None:
    source, repeat = sys.argv[1], int(sys.argv[2])
    config = Config()
    ctx = Context(config=config)
    articles = [item for item in read_inputs([source], config.ingest) if isinstance(item, Article)]
    names = [s.name for s in STAGES]
    before = [s for s in STAGES[:names.index("events")] if s.name != "dedup"]
    events = next(s for s in STAGES if s.name == "events").load()
    batches = [run_batch(b, ctx, before).articles for b in batched(articles, config.batch_size)]
    times = []
    for _ in range(repeat):
        fresh = [[copy.copy(a) for a in b] for b in batches]
        start = time.process_time()
        for b in fresh:
            events(b, ctx)
        times.append(time.process_time() - start)
    print(json.dumps({"articles": sum(len(b) for b in batches), "cpu_s": times}))

if __name__ == "__main__":
    main()
"""


def side(src: Path, source: Path, repeat: int) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run([sys.executable, "-c", CHILD, str(source), str(repeat)], env=env,
                          capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="main", help="the commit to compare with")
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--repeat", type=int, default=3, help="timed rounds per side and run")
    parser.add_argument("--runs", type=int, default=1, help="alternating runs per side")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "base.tar"
        subprocess.run(["git", "-C", str(ROOT), "archive", "-o", str(archive), args.base, "src"], check=True)
        with tarfile.open(archive) as tar:
            tar.extractall(Path(tmp) / "base", filter="data")
        trees = {"base": Path(tmp) / "base" / "src", "this": ROOT / "src"}
        best: dict[str, float] = {}
        for run in range(args.runs):
            for name, src in trees.items():
                result = side(src, args.input, args.repeat)
                cpu = result["cpu_s"]
                assert isinstance(cpu, list)
                kept = cpu[1:] if len(cpu) > 1 else cpu
                best[name] = min(best.get(name, float("inf")), min(kept))
                print(f"run {run + 1} {name}: {result['articles']} articles, events CPU s per round "
                      + " ".join(f"{t:.2f}" for t in cpu))
    print(f"events stage CPU time, fastest round: base {best['base']:.2f} s, this {best['this']:.2f} s, "
          f"ratio this/base {best['this'] / best['base']:.3f}")
    return 0


if __name__ == "__main__":
    start = time.time()
    code = main()
    print(f"({time.time() - start:.0f} s in all)")
    sys.exit(code)
