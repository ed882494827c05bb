"""A bounded load test: a few hundred requests of the benchmark's mix against a real uvicorn on
loopback, over the example store replicated to 300 articles; no request may fail.  Speed is
the benchmark's business (benchmarks/load_api.py), not this test's."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from tests.conftest import load_script
from tests.server_support import copy_of, seed_store

from veille.server import ServerSettings, create_app

pytestmark = pytest.mark.slow  # the store is built by the whole pipeline
load_api = load_script("benchmarks/load_api.py")


@pytest.fixture(scope="module")
def replicated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = copy_of(seed_store(tmp_path_factory), tmp_path_factory.mktemp("load") / "load.duckdb")
    counts = load_api.replicate(db, 300)
    assert counts["articles"] == 300
    return db


@pytest.fixture(scope="module")
def server(replicated: Path) -> Iterator[str]:
    port = load_api.free_port()
    config = uvicorn.Config(create_app(ServerSettings(db=replicated, port=port)), host="127.0.0.1", port=port,
                            log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not running.started and time.time() < deadline:
        time.sleep(0.05)
    assert running.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(10)


def test_a_few_hundred_mixed_requests_all_succeed(server: str, replicated: Path) -> None:
    mix = load_api.request_mix(load_api.sample_values(replicated), 360)
    results = load_api.drive(server, mix, clients=6)
    assert sum(len(r["times"]) for r in results.values()) == 360
    failed = {label: sorted(r["statuses"]) for label, r in results.items() if r["errors"]}
    assert not failed
    assert len(results) == 12  # every endpoint of the mix was exercised
    assert any("p50" in line for line in load_api.report(results))


def test_the_open_loop_sends_each_request_when_it_is_due_whatever_the_answers(server: str, replicated: Path) -> None:
    mix = load_api.request_mix(load_api.sample_values(replicated), 120, seed=5)
    started = time.perf_counter()
    results, late = load_api.pace(server, mix, rate=30.0, clients=4)
    seconds = time.perf_counter() - started
    assert sum(len(r["times"]) for r in results.values()) == len(late) == 120
    assert not any(r["errors"] for r in results.values())
    # Poisson arrivals at 30 a second: 120 requests take about 4 s (sd 0.37), not as fast as the
    # answers come (the closed loop's 360 requests above take about a second)
    assert 3.0 < seconds < 60


def test_replicated_stores_keep_their_aggregates_right(replicated: Path) -> None:
    import duckdb

    con = duckdb.connect(str(replicated), read_only=True)
    try:
        stored = con.execute("SELECT id, mentions, articles FROM entities ORDER BY id").fetchall()
        recount = con.execute(
            "SELECT e.id, count(m.entity), count(DISTINCT m.article) FROM entities e "
            "LEFT JOIN mentions m ON m.entity = e.id GROUP BY e.id ORDER BY e.id").fetchall()
        sources = con.execute("SELECT sum(sources) FROM stories").fetchone()
        originals = con.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NULL AND story IS NOT NULL").fetchone()
    finally:
        con.close()
    assert stored == recount and max(m for _, m, _ in stored) > 0
    assert sources == originals


def test_the_report_says_whether_every_p95_is_within_three_times_healths() -> None:
    def timed(ms: list[float], errors: int = 0) -> dict[str, Any]:
        return {"times": [m / 1000 for m in ms], "errors": errors, "statuses": {200}}
    fast = {"health": timed([1.0] * 20), "articles": timed([2.0] * 20)}
    assert load_api.report(fast)[-1].startswith("PASS")
    slow = {**fast, "search": timed([1.0] * 18 + [9.0] * 2)}
    assert load_api.report(slow)[-1].startswith("FAIL") and "search" in load_api.report(slow)[-1]
    failing = {**fast, "story": timed([1.0] * 20, errors=1)}
    assert load_api.report(failing)[-1].startswith("FAIL")


def test_a_replicated_store_grows_again_with_its_stories_pointing_at_stored_articles(
        replicated: Path, tmp_path: Path) -> None:
    import shutil

    import duckdb

    grown = tmp_path / "grown.duckdb"
    shutil.copy(replicated, grown)
    assert load_api.replicate(grown, 600)["articles"] == 600
    con = duckdb.connect(str(grown), read_only=True)
    try:
        dangling = con.execute("SELECT count(*) FROM (SELECT unnest(from_json(articles, '[\"VARCHAR\"]')) AS a "
                               "FROM stories) WHERE a NOT IN (SELECT id FROM articles)").fetchone()
    finally:
        con.close()
    assert dangling == (0,)
