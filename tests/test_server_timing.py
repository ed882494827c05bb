"""`veille serve --server-timing`: the server's own time per answer, which the load benchmark
reads to tell the server's share of a latency from the load generator's own lag."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from tests.conftest import load_script

import veille
from veille.server import ServerSettings, create_app
from veille.store.db import Store

load_api = load_script("benchmarks/load_api.py")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("timing") / "empty.duckdb"
    with Store.open(path):  # an empty store, migrated: every list answers, empty
        pass
    return path


def test_no_timing_header_by_default(db: Path) -> None:
    with TestClient(create_app(ServerSettings(db=db))) as client:
        r = client.get("/api/health")
    assert r.status_code == 200 and "server-timing" not in r.headers


def test_the_header_gives_the_time_the_app_took(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = veille.Dossier.stories_page

    def slow(self: Any, *args: Any, **kwargs: Any) -> Any:
        time.sleep(0.5)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(veille.Dossier, "stories_page", slow)
    with TestClient(create_app(ServerSettings(db=db, server_timing=True, answer_cache_bytes=0))) as client:
        client.get("/api/health")  # the first answer pays the app's start (on a busy machine: 0.2 s)
        health, stories, missing = client.get("/api/health"), client.get("/api/stories"), client.get("/api/nope")
    assert health.status_code == 200 and stories.status_code == 200 and missing.status_code == 404
    quick, slowed, error = (load_api.server_time(r.headers) for r in (health, stories, missing))
    assert quick is not None and slowed is not None and error is not None  # errors are timed too
    assert slowed >= 0.5 and 0 <= quick < slowed


def test_the_benchmark_reads_the_header_and_splits_each_latency() -> None:
    assert load_api.server_time(httpx.Headers({"Server-Timing": "db;dur=3, app;dur=12.5"})) == 0.0125
    assert load_api.server_time(httpx.Headers({"Server-Timing": "db;dur=3"})) is None
    assert load_api.server_time(httpx.Headers({})) is None
    row = load_api._row()
    load_api._record(row, 0.100, (200, 0.030))
    load_api._record(row, 0.010, (200, None))  # an answer without the header: its latency only
    load_api._record(row, 0.001, (200, 0.002))  # clocks apart: the rest is never negative
    assert row["times"] == [0.100, 0.010, 0.001] and row["app"] == [0.030, 0.002]
    assert row["outside"] == pytest.approx([0.070, 0.0])


def _rows(times: list[float], apps: list[float]) -> dict[str, Any]:
    row: dict[str, Any] = load_api._row()
    for t, a in zip(times, apps, strict=True):
        load_api._record(row, t, (200, a))
    return row


def test_the_server_side_verdict_is_on_the_servers_own_p95() -> None:
    # search's latency is within 3x health's, but its own time is 5x: the client's lag hid it.
    results = {"health": _rows([0.010] * 20, [0.001] * 20), "search": _rows([0.020] * 20, [0.005] * 20)}
    lines = load_api.report(results)
    assert any(line.startswith("PASS: p95 of every endpoint") for line in lines)
    assert any(line.startswith("FAIL (server side)") and "search (5.0x)" in line for line in lines)
    results["search"] = _rows([0.020] * 20, [0.002] * 20)
    assert any(line.startswith("PASS (server side)") for line in load_api.report(results))
    # without the header (another server's code), no server-side lines
    plain = {"health": _rows([0.010] * 20, [None] * 20), "search": _rows([0.020] * 20, [None] * 20)}  # type: ignore[list-item]
    assert not any("server side" in line for line in load_api.report(plain))
