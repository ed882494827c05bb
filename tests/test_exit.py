"""Issue 14: a process that used the Ray engine and a server reader exits cleanly.

A DuckDB call still running in another thread when the interpreter tears down is cut off by a
forced unwind through C++ frames: the process aborts (Ray's terminate handler prints a "Stack
trace"), after every test passed or a script finished. `Readers` closes from an atexit hook
that waits for the reads in flight, so no thread is in DuckDB at teardown. On the code before
the fix this script aborted on every run (3 of 3, and 20 of 20 here)."""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from conftest import ROOT

SCRIPT = ROOT / "tests" / "fixtures" / "exit" / "reader_at_exit.py"
RUNS = 20


def _exit_once(folder: Path, number: int) -> tuple[int, str]:
    source = folder / f"in{number}.txt"
    source.write_text("Le ministre a annoncé jeudi une réforme des retraites.\n\n"
                      "Le texte sera présenté au Parlement en juin, a-t-il précisé.\n", encoding="utf-8")
    env = {**os.environ, "RAY_USAGE_STATS_ENABLED": "0"}
    done = subprocess.run([sys.executable, str(SCRIPT), str(folder / f"s{number}.duckdb"), str(source),
                           str(0.2 + 0.05 * (number % 5))],   # exit at a few points of the read loop
                          capture_output=True, text=True, timeout=300, env=env, cwd=folder)
    return done.returncode, done.stderr


@pytest.mark.slow
def test_exit_with_ray_and_a_busy_reader_is_clean(tmp_path: Path) -> None:
    with ThreadPoolExecutor(2) as pool:   # two at a time: each starts its own one-CPU Ray
        results = list(pool.map(lambda n: _exit_once(tmp_path, n), range(RUNS)))
    failed = [(n, rc, err[-2000:]) for n, (rc, err) in enumerate(results) if rc != 0 or "Stack trace" in err]
    assert not failed, f"{len(failed)} of {RUNS} exits were not clean; first: {failed[0]}"
