"""In-process cost of each REST endpoint: server CPU per request, DuckDB queries per request, and
where the time goes (a cProfile of each endpoint's requests, on demand).

The requests are load_api.py's mix (same seeded endpoints and parameters) sent one at a time to
the app in this process (Starlette's TestClient, no network), so a request's CPU is the process's
CPU over it: no other request runs meanwhile.  `/api/health` is the baseline (framework and the
test client only).  The machine may be shared: CPU time is the process's own, not wall time.

    PYTHONPATH=src .venv/bin/python benchmarks/profile_api.py --db /tmp/10k.duckdb --requests 1200
    PYTHONPATH=src .venv/bin/python benchmarks/profile_api.py --db /tmp/10k.duckdb --profile story
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.util
import io
import pstats
import statistics
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _load_api() -> Any:
    spec = importlib.util.spec_from_file_location("load_api", ROOT / "benchmarks" / "load_api.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class Counting:
    """A DuckDB cursor that counts the statements run through it and times each (execute and
    fetch) by its SQL text."""

    def __init__(self, cur: Any, counter: list[int], times: dict[str, list[float]]) -> None:
        self._cur, self._counter, self._times = cur, counter, times
        self._sql: str | None = None
        self._start = 0.0

    def _done(self) -> None:
        if self._sql is not None:
            self._times[self._sql].append(time.thread_time() - self._start)
            self._sql = None

    def execute(self, sql: str, *args: Any, **kwargs: Any) -> Any:
        self._done()
        self._counter[0] += 1
        self._sql, self._start = " ".join(sql.split()), time.thread_time()
        self._cur.execute(sql, *args, **kwargs)
        return self  # so that `con.execute(...).fetchall()` stays counted on this cursor

    def fetchall(self) -> Any:
        try:
            return self._cur.fetchall()
        finally:
            self._done()

    def fetchone(self) -> Any:
        try:
            return self._cur.fetchone()
        finally:
            self._done()

    def close(self) -> None:
        self._done()
        self._cur.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cur, name)


def served(db: Path, mix: list[tuple[str, str, dict[str, Any]]], rounds: int) -> None:
    """The server's own CPU per request: `veille serve` in its own process (load_api.serve), each
    endpoint's requests of the mix sent one at a time, the server process's user+system time
    (/proc/PID/stat) read before and after each endpoint's batch; `rounds` passes over the mix,
    endpoints interleaved, so that a busy spell of the shared machine is spread over all."""
    import os

    import httpx

    load_api = _load_api()
    port = load_api.free_port()
    proc = load_api.serve(db, port, options=("--answer-cache-mb", "0"))  # every request a read
    tick = os.sysconf("SC_CLK_TCK")

    def cpu() -> float:
        fields = Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / tick

    by_label: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for label, path, params in mix:
        by_label[label].append((path, params))
    spent: dict[str, float] = defaultdict(float)
    wall: dict[str, list[float]] = defaultdict(list)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as http:
            for path, params in [(p, q) for _, p, q in mix[:60]]:  # warm-up
                http.get(path, params=params)
            for _ in range(rounds):
                for label, requests in sorted(by_label.items()):
                    before = cpu()
                    for path, params in requests:
                        start = time.perf_counter()
                        assert http.get(path, params=params).status_code == 200
                        wall[label].append(time.perf_counter() - start)
                    spent[label] += cpu() - before
    finally:
        proc.terminate()
        proc.wait(10)
    print(f"served: {len(mix) * rounds} requests one at a time; server process CPU ms per request, and latency")
    print(f"{'endpoint':<14}{'n':>5}{'cpu ms':>8}{'p50 ms':>8}{'p95 ms':>8}")
    for label in sorted(wall):
        w = sorted(wall[label])
        print(f"{label:<14}{len(w):>5}{spent[label] / len(w) * 1e3:>8.2f}{statistics.median(w) * 1e3:>8.2f}"
              f"{w[min(len(w) - 1, round(0.95 * (len(w) - 1)))] * 1e3:>8.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--requests", type=int, default=1200)
    parser.add_argument("--profile", help="cProfile this endpoint's requests (a load_api label).")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--queries", action="store_true", help="CPU per statement, by endpoint.")
    parser.add_argument("--varied", action="store_true", help="load_api's varied mix (few repeated URLs).")
    parser.add_argument("--served", type=int, metavar="ROUNDS",
                        help="Measure a `veille serve` process instead (its CPU per request), ROUNDS passes.")
    args = parser.parse_args()

    from fastapi.testclient import TestClient

    from veille.api import Dossier
    from veille.server.app import create_app
    from veille.server.readers import Readers
    from veille.server.settings import ServerSettings
    from veille.store.db import Store

    load_api = _load_api()
    mix = load_api.request_mix(load_api.sample_values(args.db, args.varied), args.requests, varied=args.varied)
    if args.served:
        served(args.db, mix, args.served)
        return
    counter = [0]
    sql_times: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    current = ["health"]

    @contextmanager
    def counted(self: Readers) -> Iterator[Dossier]:
        """Readers.dossier, its cursor counted: the cursor a request ends with is kept for the next
        one (`Readers._cursor`, perf39), or, in a veille before it, one per request closed after."""
        shared = self._acquire()
        keeps = hasattr(self, "_cursor")
        raw = self._cursor(shared) if keeps else shared.con.cursor()
        try:
            cursor = Store(Counting(raw, counter, sql_times[current[0]]), shared.path, read_only=True)  # type: ignore[arg-type]
            cursor.facts = getattr(self, "_facts", None)  # as Readers.dossier does (where it keeps facts)
            cursor.kept = getattr(self, "_kept", None)  # and what it keeps across connections (perf40)
            yield Dossier(cursor)
        finally:
            if keeps:
                self._release(raw)
            else:
                raw.close()
                self._release()

    Readers.dossier = counted  # type: ignore[method-assign]
    from veille.server import api

    work_cpu = [0.0]
    profiling = [False]
    prof = cProfile.Profile() if args.profile else None

    async def read_in_turn(request: Any, work: Any) -> Any:
        """api.read_in_turn, timing (and profiling) the read in its worker thread."""
        import anyio.to_thread

        def in_thread() -> Any:
            start = time.thread_time()
            if prof and profiling[0]:
                prof.enable()
            try:
                with request.app.state.readers.dossier() as d:
                    return work(d)
            finally:
                if prof and profiling[0]:
                    prof.disable()
                work_cpu[0] = time.thread_time() - start

        return await anyio.to_thread.run_sync(in_thread)

    api.read_in_turn = read_in_turn  # type: ignore[assignment]
    app = create_app(ServerSettings(db=args.db, read_workers=1, answer_cache_bytes=0))  # every request a read
    cpu: dict[str, list[float]] = defaultdict(list)
    queries: dict[str, list[int]] = defaultdict(list)
    sizes: dict[str, list[int]] = defaultdict(list)
    read_cpu: dict[str, list[float]] = defaultdict(list)
    with TestClient(app) as client:
        for _label, path, params in mix[:60]:  # warm-up
            client.get(path, params=params)
        for label, path, params in mix:
            counter[0] = 0
            current[0] = label
            work_cpu[0] = 0.0
            profiling[0] = label == args.profile
            start = time.process_time()
            r = client.get(path, params=params)
            cpu[label].append(time.process_time() - start)
            read_cpu[label].append(work_cpu[0])
            assert r.status_code == 200, (label, path, params, r.status_code, r.text[:200])
            queries[label].append(counter[0])
            sizes[label].append(len(r.content))
    base = statistics.median(cpu["health"])
    print(f"{len(mix)} requests, in process, one at a time; CPU ms per request (process time)")
    print(f"{'endpoint':<14}{'n':>5}{'cpu p50':>9}{'cpu mean':>9}{'cpu p95':>9}{'p50-health':>11}{'read p50':>9}"
          f"{'queries':>9}{'kB':>7}")
    for label in sorted(cpu):
        c = sorted(cpu[label])
        p95 = c[min(len(c) - 1, round(0.95 * (len(c) - 1)))]
        print(f"{label:<14}{len(c):>5}{statistics.median(c) * 1e3:>9.2f}{statistics.mean(c) * 1e3:>9.2f}"
              f"{p95 * 1e3:>9.2f}{(statistics.median(c) - base) * 1e3:>11.2f}"
              f"{statistics.median(read_cpu[label]) * 1e3:>9.2f}{statistics.mean(queries[label]):>9.1f}"
              f"{statistics.mean(sizes[label]) / 1e3:>7.1f}")
    if args.queries:
        for label in sorted(sql_times):
            print(f"\n{label}: CPU ms per statement (mean, calls per request)")
            for sql, ts in sorted(sql_times[label].items(), key=lambda kv: -sum(kv[1])):
                print(f"  {statistics.mean(ts) * 1e3:7.2f} {len(ts) / len(cpu[label]):5.1f}  {sql[:150]}")
    if prof:
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(args.top)
        out2 = io.StringIO()
        pstats.Stats(prof, stream=out2).sort_stats("tottime").print_stats(args.top)
        print(out.getvalue())
        print(out2.getvalue())


if __name__ == "__main__":
    main()
