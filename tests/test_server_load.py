"""A bounded load test: a few hundred requests of the benchmark's mix against a real uvicorn on
loopback, over the example store replicated to 300 articles; no request may fail.  Speed is
the benchmark's business (benchmarks/load_api.py), not this test's."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

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
