"""What a request costs when the server was idle a moment before: a person's pace, not a load's.

The server keeps store-wide facts per read-only connection (the kept orders of the articles,
stories and events lists, the entities' texts, ...): one sort of the store each, read when the
connection opens.  A connection that closes after a short idle makes the next request pay them
again.  `veille serve` is started on loopback in its own process (answers not kept: every request
is a read); the same URLs are asked back to back (the baseline of the same run), then with
`--gap` seconds between requests, then back to back again; per endpoint the median latency
(client side, one request at a time) and the gap's against the back-to-back medians.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_idle_reads.py --db /tmp/100k.duckdb
    PYTHONPATH=src .venv/bin/python benchmarks/bench_idle_reads.py --db /tmp/100k.duckdb --src /work/main/src
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path
from typing import Any

import httpx
from load_api import ROOT, free_port, serve

URLS: list[tuple[str, dict[str, Any]]] = (
    [("/api/articles", {"limit": 50, "offset": 40 * k}) for k in range(8)]
    + [("/api/stories", {"limit": 50, "offset": 7 * k}) for k in range(8)]
    + [("/api/events", {"limit": 50, "offset": 3 * k}) for k in range(8)])


def medians(http: httpx.Client, gap: float) -> dict[str, float]:
    """Each URL once, `gap` seconds before each; the median latency (s) per endpoint."""
    times: dict[str, list[float]] = {}
    for path, params in URLS:
        time.sleep(gap)
        start = time.perf_counter()
        assert http.get(path, params=params).status_code == 200
        times.setdefault(path, []).append(time.perf_counter() - start)
    return {path: statistics.median(t) for path, t in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--gap", type=float, default=1.5, help="Seconds between requests in the idle pass.")
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="The veille code to serve.")
    args = parser.parse_args()
    port = free_port()
    proc = serve(args.db, port, args.src, ("--answer-cache-mb", "0"))
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as http:
            medians(http, 0.0)  # warm-up: the connection opened and its facts read
            busy = medians(http, 0.0)
            idle = medians(http, args.gap)
            again = medians(http, 0.0)
    finally:
        proc.terminate()
        proc.wait(10)
    print(f"served from {args.src}; median latency, ms, one request at a time")
    print(f"{'endpoint':<16}{'back to back':>14}{f'gap {args.gap:g} s':>12}{'(rel.)':>8}{'again':>9}")
    for path in busy:
        base = (busy[path] + again[path]) / 2
        print(f"{path:<16}{busy[path] * 1e3:>14.1f}{idle[path] * 1e3:>12.1f}{idle[path] / base:>7.1f}x"
              f"{again[path] * 1e3:>9.1f}")


if __name__ == "__main__":
    main()
