"""Start-up cost of `veille run` on the seeds, then `veille export`: what the pre-stop hook runs
(30 s for both), for two checkouts back to back.

Each round runs, for each `--src` in turn (alternated, so that the machine's other jobs weigh on
both alike), in a fresh process and a fresh store: `veille run examples/seeds` (default workers:
one per core, so the article stages run in a forkserver worker) then `veille export`. Per
command: wall time, and the CPU of its whole process tree (the command, the forkserver and its
workers: every descendant's /proc stat, polled every 20 ms, its last value kept). The machine
may be shared: compare the CPU, and the ratios of one run.

    .venv/bin/python benchmarks/bench_startup.py --src /work/main/src --src src --rounds 3
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TICK = os.sysconf("SC_CLK_TCK")


def _children() -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            out.setdefault(int(fields[1]), []).append(int(entry.name))
    return out


def _cpu(pid: int) -> float | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / TICK  # this process's own user + system


def measure(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall s, CPU s of the process tree) of `command`."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen: dict[int, float] = {}
    while proc.poll() is None:
        tree, todo = set(), [proc.pid]
        children = _children()
        while todo:
            pid = todo.pop()
            tree.add(pid)
            todo.extend(children.get(pid, []))
        for pid in tree:
            cpu = _cpu(pid)
            if cpu is not None:
                seen[pid] = max(cpu, seen.get(pid, 0.0))
        time.sleep(0.02)
    wall = time.perf_counter() - started
    if proc.returncode:
        raise RuntimeError(f"{command} failed: {proc.stderr.read().decode() if proc.stderr else ''}")
    return wall, sum(seen.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", action="append", type=Path, help="A checkout's src (twice or more).")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--inputs", default=str(ROOT / "examples" / "seeds"))
    args = parser.parse_args()
    srcs = [s.resolve() for s in (args.src or [ROOT / "src"])]
    results: dict[Path, dict[str, list[float]]] = {s: {} for s in srcs}
    for _ in range(args.rounds):
        for src in srcs:
            env = {**os.environ, "PYTHONPATH": str(src)}
            with tempfile.TemporaryDirectory() as tmp:
                db = str(Path(tmp) / "seeds.duckdb")
                base = [sys.executable, "-m", "veille.cli.main"]
                for label, command in (("run", [*base, "run", args.inputs, "--db", db]),
                                       ("export", [*base, "export", "--db", db, "--out", str(Path(tmp) / "out")])):
                    wall, cpu = measure(command, env)
                    results[src].setdefault(f"{label} wall", []).append(wall)
                    results[src].setdefault(f"{label} cpu", []).append(cpu)
    first = srcs[0]
    print(f"{args.rounds} rounds, medians (s); load average {os.getloadavg()[0]:.1f}, {os.cpu_count()} cores")
    print(f"{'':<14}" + "".join(f"{str(s)[-28:]:>30}" for s in srcs))
    for key in results[first]:
        base = statistics.median(results[first][key])
        cells = []
        for src in srcs:
            values = results[src][key]
            value = statistics.median(values)
            cells.append(f"{value:8.2f} ({value / base:4.2f}x) [{min(values):.1f}-{max(values):.1f}]")
        print(f"{key:<14}" + "".join(f"{c:>30}" for c in cells))


if __name__ == "__main__":
    main()
