"""Load benchmark of the REST API: latency per endpoint over a 10k-article (or 100k) store.

The store: either `--db FILE` (a real store), or one made here.  Running 10k articles through
the full pipeline takes about 25 minutes on the reference machine, so the store made here is
honest about being synthetic: `--base N` distinct articles are generated offline and
reproducibly (benchmarks/bench_pipeline.py's generator: seed sentences, word order shuffled)
and run through the whole pipeline; then every stored row (articles, annotations, events,
stories, search index) is copied with fresh ids until the store holds `--articles` articles.
Entities are shared by the copies (the same actors across more articles).

The load: `veille serve` is started on loopback in its own process, 50 warm-up requests (other
URLs than the mix's) are sent and not counted, then `--requests` requests (a fixed, seeded mix of
endpoints) are sent by `--clients` threads; the output gives, per endpoint and overall, the error
count and p50/p95 latency (send to answer), with /api/health (framework and network only, no
read turn) as the in-run baseline, and the CPU the server and the client spent over the run.
The machine may be shared: read ratios of one run, not absolutes.

What a ratio measures depends on the loop. Closed (the default): each thread sends its next
request as soon as an answer comes, so the server is always saturated and an endpoint's p95 is
mostly its wait in the read queue (`server/api.read_in_turn`), about the same for every endpoint;
health takes no turn, but waits for the GIL behind the reads. Open (`--rate R`): requests are due
at times fixed in advance (Poisson, seeded), whatever the answers' pace, so at a rate the server
sustains (the printed CPU share well under one core per read turn, the lateness near zero) an
endpoint's p95 is its own cost plus the neighbours' noise, and the ratio to health's p95 is what
the endpoint costs beyond the framework. `--server-cpus 0` keeps the server on core 0 and this
client on the others, so that the two never take turns on one core.

    .venv/bin/python benchmarks/load_api.py --articles 10000 --base 200 --requests 3000
    .venv/bin/python benchmarks/load_api.py --articles 100000 --base 200 --requests 3000 --keep /tmp/100k.duckdb
    .venv/bin/python benchmarks/load_api.py --db /tmp/100k.duckdb --requests 1200 --rate 20 --server-cpus 0

A line says PASS when every endpoint's p95 is within 3x /api/health's p95 of the same
run and no request failed.  `--server-timing` serves with `veille serve --server-timing` (a
`Server-Timing: app;dur=MS` header: the server's time from the request reaching the app to its
answer) and adds, per endpoint, the server's own p50/p95 and the rest of each latency (the client's
threads and the network: the load generator's own lag, which `--rate`'s lateness does not see
after the send), with a second verdict on the server's own p95s:

    .venv/bin/python benchmarks/load_api.py --db /tmp/100k.duckdb --requests 1200 --rate 20 --server-cpus 0 \
        --server-timing
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import duckdb
import httpx

ROOT = Path(__file__).resolve().parents[1]

_IDS = r"'\"([0-9a-f]{16}(-r[0-9]+(x[0-9]+)?)*)\"'"  # an article id (a replica's too) inside a JSON text


def _json_ids(column: str, replica: str) -> str:
    return f"regexp_replace(CAST({column} AS VARCHAR), {_IDS}, '\"\\1' || {replica} || '\"', 'g')::JSON"


def replicate(db: Path, target_articles: int) -> dict[str, int]:
    """Copy every stored row with fresh ids (suffix -rNxK: N the articles before, K the copy) until
    the store holds `target_articles` articles (entities are shared); the counts before and after.
    A replicated store can be replicated again (`--grow`)."""
    con = duckdb.connect(str(db))
    try:
        base = con.execute("SELECT count(*) FROM articles").fetchone()[0]  # type: ignore[index]
        replica = f"'-r{int(base)}x' || r.k"  # the suffix, unique to this replication
        copies = max(0, -(-target_articles // base) - 1)
        con.execute("BEGIN")
        con.execute("CREATE TEMP TABLE r AS SELECT range AS k FROM range(1, ?)", [copies + 1])
        con.execute("CREATE TEMP TABLE base_ids AS SELECT id FROM articles")
        con.execute(f"INSERT INTO articles SELECT a.* REPLACE (a.id || {replica} AS id, "
                    f"a.story || {replica} AS story, a.duplicate_of || {replica} AS duplicate_of) FROM articles a, r")
        for table in ("mentions", "timexes", "quotes"):
            con.execute(f"INSERT INTO {table} SELECT t.* REPLACE (t.article || {replica} AS article) "
                        f"FROM {table} t JOIN base_ids b ON b.id = t.article, r")
        con.execute(f"INSERT INTO events SELECT e.* REPLACE (e.article || {replica} AS article, "
                    f"e.id || {replica} AS id, {_json_ids('e.evidence', replica)} AS evidence) "
                    f"FROM events e JOIN base_ids b ON b.id = e.article, r")
        con.execute("CREATE TEMP TABLE base_events AS SELECT * FROM corpus_events")
        con.execute(f"INSERT INTO corpus_events SELECT e.* REPLACE (e.id || {replica} AS id, "
                    f"e.story || {replica} AS story, {_json_ids('e.articles', replica)} AS articles, "
                    f"{_json_ids('e.evidence', replica)} AS evidence) FROM base_events e, r")
        con.execute("CREATE TEMP TABLE base_stories AS SELECT * FROM stories")
        con.execute(f"INSERT INTO stories SELECT s.* REPLACE (s.id || {replica} AS id, "
                    f"{_json_ids('s.articles', replica)} AS articles, {_json_ids('s.summary', replica)} AS summary) "
                    f"FROM base_stories s, r")
        # The copies' search documents get numbers after the originals' (copy k: + k x the
        # largest number), their postings follow, and every term's document frequency grows.
        top = con.execute("SELECT coalesce(max(doc), 0) FROM search_docs").fetchone()[0]  # type: ignore[index]
        con.execute(f"INSERT INTO search_docs SELECT d.article || {replica}, d.length, d.doc + r.k * {int(top)} "
                    f"FROM search_docs d JOIN base_ids b ON b.id = d.article, r")
        con.execute(f"INSERT INTO search_postings SELECT t.tid, t.doc + r.k * {int(top)}, t.tf, t.length "
                    f"FROM search_postings t, r")
        con.execute("UPDATE search_vocab SET df = df * ?", [copies + 1])
        from veille.store.search_index import STATS_SQL

        con.execute(STATS_SQL)
        # The copies' mentions change every entity's counts (entities are shared by the copies).
        from veille.store.aggregates import refresh

        refresh(con, None, None)
        from veille.store.aggregates import event_brief_docs_sql, event_briefs_sql

        # The copies' brief columns and documents (migrations 24, 25) from their own evidence: copied,
        # they named the originals' articles.
        con.execute(*event_briefs_sql(None))
        con.execute(*event_brief_docs_sql(None))
        from veille.store.list_docs import record_docs_sql

        for statement in record_docs_sql(None):  # their whole records' documents (migration 26), likewise
            con.execute(*statement)
        from veille.store.search_index import cluster

        cluster(con)  # the copies' postings were appended out of term order
        from veille.store.answers import rebuild

        rebuild(con)  # the copies' stored article answers (migration 23), and their originals'
        con.execute("COMMIT")
        after = con.execute("SELECT count(*) FROM articles").fetchone()[0]  # type: ignore[index]
        return {"base": int(base), "copies": copies, "articles": int(after)}
    finally:
        con.close()


def build_store(folder: Path, articles: int, base: int, seed: int = 7) -> tuple[Path, dict[str, int]]:
    """`base` generated articles through the full pipeline, then replicated to `articles`."""
    spec = importlib.util.spec_from_file_location("bench_pipeline", ROOT / "benchmarks" / "bench_pipeline.py")
    assert spec and spec.loader
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    inputs = folder / "inputs"
    inputs.mkdir(parents=True, exist_ok=True)
    gen.write_corpus(inputs, base, seed)
    db = folder / "load.duckdb"
    import veille

    veille.run([str(inputs)], db=db)
    return db, replicate(db, articles)


# ---------------------------------------------------------------- the load
def sample_values(db: Path, varied: bool = False) -> dict[str, list[str]]:
    """The ids, names and words the requests pick from; `varied`: ten times more of each, so that
    few URLs repeat (the server keeps answers by URL: the default mix repeats about two in three)."""
    k = 10 if varied else 1
    con = duckdb.connect(str(db), read_only=True)
    con.execute("SET threads = 1")  # a REPEATABLE sample is the same every run only on one thread
    try:
        def col(sql: str) -> list[str]:
            return [str(r[0]) for r in con.execute(sql).fetchall() if r[0] is not None]
        return {"articles": col(f"SELECT id FROM articles USING SAMPLE reservoir({200 * k} ROWS) REPEATABLE (7)"),
                "entities": col(f"SELECT entity FROM mentions GROUP BY entity ORDER BY count(*) DESC LIMIT {40 * k}"),
                "names": col("SELECT name FROM entities e JOIN (SELECT entity, count(*) n FROM mentions GROUP BY 1) m "
                             f"ON m.entity = e.id ORDER BY n DESC LIMIT {20 * k}"),
                "stories": col(f"SELECT id FROM stories USING SAMPLE reservoir({100 * k} ROWS) REPEATABLE (7)"),
                "types": col("SELECT DISTINCT type FROM corpus_events"),
                "words": col(f"SELECT term FROM search_vocab WHERE df > 5 ORDER BY hash(term) LIMIT {200 * k}")}
    finally:
        con.close()


def request_mix(values: dict[str, list[str]], count: int, seed: int = 1,
                varied: bool = False) -> list[tuple[str, str, dict[str, Any]]]:
    """(endpoint label, path, params) for `count` requests, reproducibly. `varied`: the lists
    that otherwise take few distinct parameters (entities and events by type, an actor's events,
    an entity's timeline) are paged too, so that fewer URLs repeat."""
    rng = random.Random(seed)
    pick = rng.choice

    def vary(below: int) -> int | None:  # an offset (within the 10k store's list sizes), if varied
        return rng.randrange(0, below) if varied else None

    makers: list[tuple[str, Callable[[], tuple[str, dict[str, Any]]]]] = [
        ("health", lambda: ("/api/health", {})),
        ("articles", lambda: ("/api/articles", {"limit": 50, "offset": rng.randrange(0, 5000)})),
        ("article", lambda: (f"/api/articles/{pick(values['articles'])}", {})),
        ("entities", lambda: ("/api/entities", {"limit": 50, "type": pick(["PER", "ORG", "LOC"]),
                                                "offset": vary(120)})),
        ("entity", lambda: (f"/api/entities/{pick(values['entities'])}", {})),
        ("events", lambda: ("/api/events", {"type": pick(values["types"]) if values["types"] else None,
                                            "since": "2024-01-01", "limit": 50, "offset": vary(400)})),
        ("events?actor", lambda: ("/api/events", {"actor": pick(values["names"]), "limit": 20,
                                                  "offset": vary(40)})),
        ("stories", lambda: ("/api/stories", {"limit": 50, "offset": rng.randrange(0, 250 if varied else 200)})),
        ("story", lambda: (f"/api/stories/{pick(values['stories'])}", {})),
        ("timeline", lambda: ("/api/timeline", {"limit": 50, "entity": pick(values["entities"]),
                                                "offset": vary(50)})),
        ("graph", lambda: ("/api/graph", {"entity": pick(values["entities"]), "max_edges": 200})),
        ("search", lambda: ("/api/search", {"q": " ".join(rng.sample(values["words"], rng.randint(1, 2))),
                                            "limit": 20})),
    ]
    out = []
    for i in range(count):
        label, make = makers[i % len(makers)]
        path, params = make()
        out.append((label, path, {k: v for k, v in params.items() if v is not None}))
    rng.shuffle(out)
    return out


def server_time(headers: httpx.Headers) -> float | None:
    """The server's own time (s) from its `Server-Timing: app;dur=MS` header (`veille serve
    --server-timing`), None without one."""
    for part in headers.get("server-timing", "").split(","):
        name, _, rest = part.strip().partition(";")
        if name == "app" and rest.startswith("dur="):
            return float(rest[4:]) / 1e3
    return None


def _status(http: httpx.Client, label: str, path: str, params: dict[str, Any]) -> tuple[int, float | None]:
    """One GET's status and the server's own time (None without the header); status 0 for a
    request that got no answer (its reason printed, as a failure)."""
    try:
        answer = http.get(path, params=params)
        return answer.status_code, server_time(answer.headers)
    except httpx.HTTPError as exc:
        print(f"{label}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 0, None


def _row() -> dict[str, Any]:
    return {"times": [], "errors": 0, "statuses": set(), "app": [], "outside": []}


def _record(row: dict[str, Any], seconds: float, answer: tuple[int, float | None]) -> None:
    """Add one answer to a label's row: its latency, its status, an error unless 200, and with a
    Server-Timing header the server's time and the rest of the latency (the client's and the
    network's: what the load generator adds to what it measures)."""
    status, app = answer
    row["times"].append(seconds)
    row["statuses"].add(status)
    row["errors"] += status != 200
    if app is not None:
        row["app"].append(app)
        row["outside"].append(max(0.0, seconds - app))


def drive(base_url: str, mix: list[tuple[str, str, dict[str, Any]]], clients: int) -> dict[str, dict[str, Any]]:
    """Send every request of `mix` with `clients` threads; per label: latencies (s) and errors."""
    results: dict[str, dict[str, Any]] = defaultdict(_row)
    with httpx.Client(base_url=base_url, timeout=60, limits=httpx.Limits(max_connections=clients)) as http:
        def one(item: tuple[str, str, dict[str, Any]]) -> tuple[str, float, tuple[int, float | None]]:
            label, path, params = item
            start = time.perf_counter()
            answer = _status(http, label, path, params)
            return label, time.perf_counter() - start, answer
        with ThreadPoolExecutor(clients) as pool:
            for label, seconds, answer in pool.map(one, mix):
                _record(results[label], seconds, answer)
    return dict(results)


def pace(base_url: str, mix: list[tuple[str, str, dict[str, Any]]], rate: float, clients: int,
         seed: int = 3) -> tuple[dict[str, dict[str, Any]], list[float]]:
    """Open loop: request i of `mix` is due at a time fixed in advance (Poisson arrivals, `rate`
    a second, seeded), whatever the earlier requests' fate, and sent then by one of `clients`
    threads (at most that many in flight). Per label as `drive` gives it (latency: send to
    answer), and every request's lateness (due -> sent). A request can only be late when every
    thread waits on an answer or this process lacks CPU: a rate the server sustains keeps the
    lateness near the timer's (well under a millisecond)."""
    rng = random.Random(seed)
    due, at = [], 0.0
    for _ in mix:
        due.append(at)
        at += rng.expovariate(rate)
    results: dict[str, dict[str, Any]] = defaultdict(_row)
    late: list[float] = []
    # An idle kept-alive connection is let go here (2 s) before uvicorn closes it (5 s): else a
    # request sent on it as the server closes it fails, a race of the client's, not the server's.
    limits = httpx.Limits(max_connections=clients, keepalive_expiry=2.0)
    with httpx.Client(base_url=base_url, timeout=60, limits=limits) as http:
        origin = time.perf_counter() + 0.1

        def one(i: int) -> tuple[str, float, float, tuple[int, float | None]]:
            label, path, params = mix[i]
            wait = origin + due[i] - time.perf_counter()
            if wait > 0:
                time.sleep(wait)
            sent = time.perf_counter()
            answer = _status(http, label, path, params)
            return label, time.perf_counter() - sent, sent - origin - due[i], answer
        with ThreadPoolExecutor(clients) as pool:
            for label, seconds, lateness, answer in pool.map(one, range(len(mix))):
                _record(results[label], seconds, answer)
                late.append(lateness)
    return dict(results), late


def cpu_seconds(pid: int) -> float:
    """User + system CPU of process `pid` so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mib(pid: int) -> tuple[float, float]:
    """(resident, peak resident) MiB of process `pid` (Linux /proc: VmRSS, VmHWM)."""
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return tuple(int(fields.get(k, "0 kB").split()[0]) / 1024 for k in ("VmRSS", "VmHWM"))  # type: ignore[return-value]


def repeated(mix: list[tuple[str, str, dict[str, Any]]]) -> float:
    """The share of requests whose URL came earlier in `mix` (what a cache by URL can answer)."""
    seen = set()
    for _, path, params in mix:
        seen.add((path, tuple(sorted(params.items()))))
    return 1 - len(seen) / len(mix) if mix else 0.0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def report(results: dict[str, dict[str, Any]], bound: float = 3.0) -> list[str]:
    """Per endpoint and overall: count, errors, p50 and p95, and both against /api/health's in
    the same run; then whether every endpoint's p95 is within `bound` x health's, with 0 errors."""
    everything = [t for r in results.values() for t in r["times"]]
    health = results.get("health")
    base50 = percentile(health["times"], 0.5) if health else None
    base95 = percentile(health["times"], 0.95) if health else None
    lines = [f"{'endpoint':<14}{'n':>6}{'errors':>8}{'p50 ms':>9}{'p95 ms':>9}{'p50/health':>12}{'p95/health':>12}"]
    total = {"times": everything, "errors": sum(x["errors"] for x in results.values())}
    over = []
    for label, r in [*sorted(results.items()), ("ALL", total)]:
        p50, p95 = percentile(r["times"], 0.5), percentile(r["times"], 0.95)
        r50 = f"{p50 / base50:>11.1f}x" if base50 else ""
        r95 = f"{p95 / base95:>11.1f}x" if base95 else ""
        lines.append(f"{label:<14}{len(r['times']):>6}{r['errors']:>8}{p50 * 1000:>9.1f}{p95 * 1000:>9.1f}{r50}{r95}")
        if label != "ALL" and base95 and p95 > bound * base95:
            over.append(f"{label} ({p95 / base95:.1f}x)")
    verdict = "PASS" if not over and not total["errors"] else "FAIL"
    failed = sorted({f"{label} {status}" for label, r in results.items() for status in r["statuses"] if status != 200})
    why = (f"; over: {', '.join(over)}" if over else "") + (
        f"; {total['errors']} errors ({', '.join(failed)}; 0: no answer)" if total["errors"] else "")
    lines.append(f"{verdict}: p95 of every endpoint <= {bound:g} x health's p95 and 0 errors{why}")
    if health and health.get("app") and all(r.get("app") for r in results.values()):
        lines.extend(["", *_server_side(results, bound)])
    return lines


def _server_side(results: dict[str, dict[str, Any]], bound: float) -> list[str]:
    """With `Server-Timing`: per endpoint the server's own p95 (arrival at the app to the answer's
    start, read turn included) against health's, and what the rest of each latency (the client's
    threads and the network: the load generator's own lag) was at p50 and p95."""
    base95 = percentile(results["health"]["app"], 0.95)
    lines = ["server's own time (Server-Timing) and the rest of each latency (client + network: the "
             "generator's lag)",
             f"{'endpoint':<14}{'app p50':>9}{'app p95':>9}{'p95/health':>12}{'rest p50':>10}{'rest p95':>10}"]
    over = []
    for label, r in sorted(results.items()):
        p95 = percentile(r["app"], 0.95)
        lines.append(f"{label:<14}{percentile(r['app'], 0.5) * 1e3:>9.2f}{p95 * 1e3:>9.2f}{p95 / base95:>11.1f}x"
                     f"{percentile(r['outside'], 0.5) * 1e3:>10.2f}{percentile(r['outside'], 0.95) * 1e3:>10.2f}")
        if p95 > bound * base95:
            over.append(f"{label} ({p95 / base95:.1f}x)")
    rest = [t for r in results.values() for t in r["outside"]]
    lines.append(f"all requests: rest p50 {percentile(rest, 0.5) * 1e3:.2f} ms, p95 {percentile(rest, 0.95) * 1e3:.2f} "
                 f"ms, max {max(rest) * 1e3:.1f} ms")
    lines.append(("PASS" if not over else "FAIL") + f" (server side): every endpoint's own p95 <= {bound:g} x health's"
                 + (f"; over: {', '.join(over)}" if over else ""))
    return lines


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(db: Path, port: int, src: Path = ROOT / "src", options: tuple[str, ...] = (),
          cpus: set[int] | None = None) -> subprocess.Popen[bytes]:
    """`veille serve` (the code under `src`, with `options`) on loopback, in its own process, once
    it answers; on the cores `cpus` only, if given (its read turns default to their number)."""
    env = {**os.environ, "PYTHONPATH": str(src) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    command = [sys.executable, "-m", "veille.cli.main", "serve", "--db", str(db), "--port", str(port), *options]
    pin = (lambda: os.sched_setaffinity(0, cpus)) if cpus else None
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=pin)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
        if proc.poll() is not None:
            raise RuntimeError(f"veille serve exited: {proc.stderr.read().decode() if proc.stderr else ''}")
    proc.kill()
    raise RuntimeError("veille serve did not answer within 60 s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="A real store to load (else one is built).")
    parser.add_argument("--articles", type=int, default=10_000,
                        help="Articles in the store built here (e.g. 100000: the generated ones replicated).")
    parser.add_argument("--base", type=int, default=200, help="Distinct articles run through the pipeline.")
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--clients", type=int, default=8,
                        help="Client threads: requests in flight at most (closed loop: always that many).")
    parser.add_argument("--rate", type=float,
                        help="Open loop: this many requests a second (Poisson arrivals), whatever the answers' "
                             "pace, in place of the closed loop's back-to-back requests. Pick one the server "
                             "sustains (its CPU share is printed): above it every p95 is the queue's.")
    parser.add_argument("--server-cpus", help="Cores of the server, e.g. 0 (the client then takes the others).")
    parser.add_argument("--serve-option", action="append", default=[],
                        help="Passed to `veille serve` (e.g. --serve-option=--answer-cache-mb=0).")
    parser.add_argument("--server-timing", action="store_true",
                        help="Serve with --server-timing and report the server's own time per endpoint beside "
                             "the latency, and the rest (the client's and the network's lag).")
    parser.add_argument("--keep", type=Path, help="Copy the built store here.")
    parser.add_argument("--grow", type=Path,
                        help="Build from a copy of this store (e.g. a kept 10k one), replicated to --articles.")
    parser.add_argument("--varied", action="store_true",
                        help="Sample ten times more ids and page every list, so that fewer URLs repeat.")
    parser.add_argument("--src", type=Path, default=ROOT / "src",
                        help="The veille code to serve (another checkout's src: two versions back to back).")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.db:
            db = args.db
            print(f"store: {db} (given)")
        elif args.grow:
            started = time.perf_counter()
            db = Path(tmp) / "load.duckdb"
            shutil.copy(args.grow, db)
            counts = replicate(db, args.articles)
            print(f"store: {counts['articles']} articles = {args.grow} ({counts['base']} articles) replicated "
                  f"x{counts['copies'] + 1} with fresh ids (entities shared); built in "
                  f"{time.perf_counter() - started:.0f} s")
            if args.keep:
                shutil.copy(db, args.keep)
        else:
            started = time.perf_counter()
            db, counts = build_store(Path(tmp), args.articles, args.base)
            print(f"store: {counts['articles']} articles = {counts['base']} distinct generated articles through the "
                  f"full pipeline, replicated x{counts['copies'] + 1} with fresh ids (entities shared); "
                  f"built in {time.perf_counter() - started:.0f} s")
            if args.keep:
                shutil.copy(db, args.keep)
        port = free_port()
        server_cpus = {int(c) for c in args.server_cpus.split(",")} if args.server_cpus else None
        if server_cpus:  # the client on the other cores: the two then never compete for one
            os.sched_setaffinity(0, (os.sched_getaffinity(0) - server_cpus) or server_cpus)
        options = (*args.serve_option, *(["--server-timing"] if args.server_timing else []))
        proc = serve(db, port, args.src, options, server_cpus)
        late: list[float] = []
        try:
            values = sample_values(db, args.varied)
            mix = request_mix(values, args.requests, varied=args.varied)
            # Warm-up, not counted: other URLs than the mix's, so that no answer kept by the server
            # (server/answers.py) is counted as a repeat.
            drive(f"http://127.0.0.1:{port}", request_mix(values, 50, seed=2, varied=args.varied), args.clients)
            started, cpu0, client0 = time.perf_counter(), cpu_seconds(proc.pid), time.process_time()
            if args.rate:
                results, late = pace(f"http://127.0.0.1:{port}", mix, args.rate, args.clients)
            else:
                results = drive(f"http://127.0.0.1:{port}", mix, args.clients)
            seconds = time.perf_counter() - started
            server_cpu, client_cpu = cpu_seconds(proc.pid) - cpu0, time.process_time() - client0
            memory = rss_mib(proc.pid)
        finally:
            proc.terminate()
            proc.wait(10)
    loop = f"open loop at {args.rate:g} req/s" if args.rate else "closed loop"
    print(f"{args.requests} requests, {loop}, {args.clients} clients, {seconds:.1f} s, "
          f"{args.requests / seconds:.0f} req/s (shared machine: compare with the health baseline of the same "
          f"run); served from {args.src}")
    print(f"CPU over the run: server {server_cpu / seconds:.0%} of a core ({server_cpu / args.requests * 1e3:.2f} ms "
          f"a request), client {client_cpu / seconds:.0%}; cores {os.cpu_count()}, server on "
          f"{sorted(server_cpus) if server_cpus else 'any'}, load average {os.getloadavg()[0]:.1f}")
    print(f"server memory at the end, MiB: RSS {memory[0]:.0f}, peak {memory[1]:.0f}")
    if late:
        print(f"lateness (due -> sent), ms: p50 {percentile(late, 0.5) * 1e3:.2f}, p95 "
              f"{percentile(late, 0.95) * 1e3:.2f}, max {max(late) * 1e3:.1f} (large: the rate was not sustained)")
    print(f"mix: {'varied' if args.varied else 'default'}, {repeated(mix):.0%} of the requests repeat an earlier URL "
          "(/api/health's included)")
    print("\n".join(report(results)))


if __name__ == "__main__":
    main()
