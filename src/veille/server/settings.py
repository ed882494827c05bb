"""What `veille serve` is started with (imported by the app and by the endpoints)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


def cores() -> int:
    """The CPU cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


@dataclass(frozen=True)
class ServerSettings:
    """What `veille serve` is started with; the defaults are the safe ones."""

    db: Path
    host: str = "127.0.0.1"  # loopback unless the user asks otherwise
    port: int = 8000
    allow_ingest: bool = False  # write endpoints (POST /api/ingest) are off by default
    token: str | None = None  # and need this bearer token when on
    max_request_bytes: int = 10 * 1024 * 1024
    page_size_max: int = 500
    # Store reads served at once; the others wait their turn, first come first served. Measured
    # on 2 cores with 8 clients (benchmarks/load_api.py, 100k store): one reader per core cut the
    # p95 of the heaviest endpoint (search) from about 130 to about 95 ms, at the same throughput,
    # against reads time-sliced through the GIL by the 40 threads of the default pool.
    read_workers: int = field(default_factory=cores)
    # DuckDB threads per query of the server's read-only connection. One: the reads already take
    # one turn per core, and a query's own parallel tasks cost CPU to coordinate (served CPU per
    # request at 10k, benchmarks/profile_api.py --served: 5-14% less with 1 thread than with 2).
    read_threads: int = 1
    # Seconds the read-only connection stays open without requests (`server.readers`); a waiting
    # writer makes it close at once whatever this says. Long enough for a person's clicks: a new
    # connection reads its store-wide facts again (kept orders: 0.2-0.5 s at 100k articles).
    idle_release: float = 30.0
    # GET answers kept while the store is unchanged (server/answers.py), in bytes; 0: none kept.
    answer_cache_bytes: int = 64 * 1024 * 1024
    # A `Server-Timing: app;dur=MS` header on every answer: the time from the request's arrival at
    # the app to its answer's first bytes (read turn included). Off by default (it tells a client how
    # long the server worked); `benchmarks/load_api.py --server-timing` turns it on to split each
    # latency into the server's share and the load generator's own (client threads, network).
    server_timing: bool = False
    # Search's page (shown title, date, story, compressed body of every indexed article) kept in
    # memory (`store.search_pages`, api44): search p95 within 3x of health at 100k articles, for
    # some 1.9 KB an article of resident memory (about 185 MiB at 100k). False for a store too big
    # for that: each search then reads its page's 20 articles (about 1.7 ms more at 100k).
    search_pages: bool = True
