"""Crash safety: `veille run` killed with SIGKILL at chosen points leaves a consistent store,
and running again completes the work with the same result as a run never interrupted.

The kill points are chosen with the test-only hook `veille.faults.crash_point` (the process
sends itself SIGKILL, which is what ``kill -9`` does), plus one kill from outside at a moment
picked by watching the store fill up.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import duckdb
import pytest

from veille.pipeline import STAGES

ROOT = Path(__file__).resolve().parents[1]
BATCH = 4
TABLES = ("articles", "mentions", "timexes", "events", "quotes", "entities", "stories", "corpus_events",
          "dedup_signatures", "dedup_bands", "quarantine")


def make_corpus(seeds: Path, out: Path) -> int:
    """A few dozen articles: each long paragraph of the seed articles is one."""
    out.mkdir()
    n = 0
    for seed in sorted(seeds.glob("*.txt")):
        for paragraph in seed.read_text(encoding="utf-8").splitlines():
            if len(paragraph.strip()) > 150:
                (out / f"{n:03d}.txt").write_text(paragraph.strip() + "\n", encoding="utf-8")
                n += 1
    return n


def veille_run(inputs: Path, db: Path, config: Path, crash_at: str | None = None) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=f"{ROOT / 'src'}{os.pathsep}{os.environ.get('PYTHONPATH', '')}")
    env.pop("VEILLE_CRASH_AT", None)
    if crash_at:
        env["VEILLE_CRASH_AT"] = crash_at
    return subprocess.Popen([sys.executable, "-m", "veille.cli.main", "run", str(inputs), "--db", str(db),
                             "--config", str(config), "--quiet", "--reference-date", "2025-06-01"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def finish(proc: subprocess.Popen[str]) -> tuple[int, str]:
    out, _ = proc.communicate(timeout=600)
    return proc.returncode, out


def state(db: Path) -> dict[str, Any]:
    """Counts, contents that must match a clean run, and the consistency checks' findings."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        q = lambda sql: con.execute(sql).fetchall()  # noqa: E731
        counts = {t: q(f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}
        problems = []
        if q("SELECT count(*) - count(DISTINCT id) FROM articles")[0][0]:
            problems.append("duplicate articles")
        for t in ("mentions", "timexes", "events", "quotes", "dedup_bands"):
            if q(f"SELECT count(*) - (SELECT count(*) FROM (SELECT DISTINCT * FROM {t})) FROM {t}")[0][0]:
                problems.append(f"duplicate rows in {t}")
        for t in ("mentions", "timexes", "events", "quotes"):
            if q(f"SELECT count(*) FROM {t} WHERE article NOT IN (SELECT id FROM articles)")[0][0]:
                problems.append(f"{t} without their article")
        if q("SELECT count(*) FROM articles WHERE id NOT IN (SELECT article FROM dedup_signatures)")[0][0]:
            problems.append("articles without their dedup signature")
        keys = {st.key for st in STAGES}
        half = [r[0] for r in q("SELECT id, stages FROM articles") if not keys <= set(json.loads(r[1]))]
        if half:
            problems.append(f"{len(half)} articles without every stage's output")
        content = {
            "articles": sorted(q("SELECT id, body, published, published_how, duplicate_of, story FROM articles")),
            **{t: sorted(map(repr, q(f"SELECT * FROM {t}")))
               for t in ("mentions", "timexes", "events", "quotes", "entities", "stories", "corpus_events")},
        }
        runs = dict(q("SELECT status, count(*) FROM runs GROUP BY status"))
        return {"counts": counts, "problems": problems, "content": content, "runs": runs}
    finally:
        con.close()


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("crash")
    n = make_corpus(seeds_dir, base / "in")
    config = base / "veille.toml"
    config.write_text(f"batch_size = {BATCH}\n", encoding="utf-8")
    code, out = finish(veille_run(base / "in", base / "clean.duckdb", config))
    assert code == 0, out
    return {"base": base, "n": n, "config": config, "clean": state(base / "clean.duckdb")}


# (kill point, articles the store must hold after the kill)
POINTS = [
    ("batch-done:3", lambda n: 3 * BATCH),  # three batches committed, the fourth not begun
    ("batch-write:5", lambda n: 4 * BATCH),  # inside the fifth batch's transaction: rolled back
    ("corpus-start", lambda n: n),  # every batch written, corpus steps not begun
    ("corpus-write", lambda n: n),  # inside the corpus steps' transaction: rolled back
]


@pytest.mark.slow
@pytest.mark.parametrize(("point", "expected"), POINTS, ids=[p for p, _ in POINTS])
def test_kill_at_a_point_then_rerun_equals_a_clean_run(setup: dict[str, Any], point: str, expected: Any,
                                                       tmp_path: Path) -> None:
    db = tmp_path / "v.duckdb"
    code, out = finish(veille_run(setup["base"] / "in", db, setup["config"], crash_at=point))
    assert code == -signal.SIGKILL, out
    killed = state(db)
    assert killed["problems"] == []
    assert killed["counts"]["articles"] == expected(setup["n"])
    if point.startswith("corpus"):
        assert killed["counts"]["stories"] == 0 and killed["counts"]["entities"] == 0
    assert killed["runs"] == {"running": 1}

    code, out = finish(veille_run(setup["base"] / "in", db, setup["config"]))
    assert code == 0, out
    again = state(db)
    assert again["problems"] == []
    assert again["counts"] == setup["clean"]["counts"]
    assert again["content"] == setup["clean"]["content"]
    assert again["runs"] == {"recovered": 1, "complete": 1}
    print(f"{point}: {killed['counts']['articles']} articles after the kill, "
          f"{again['counts']['articles']} after the rerun (clean run: {setup['clean']['counts']['articles']})")


@pytest.mark.slow
def test_kill_from_outside_while_batches_are_written(setup: dict[str, Any], tmp_path: Path) -> None:
    """kill -9 from another process once the store holds two batches, watched through the
    server's `Readers` (which asks the run to let go of the file between its batches)."""
    from veille.server.errors import ApiError
    from veille.server.readers import Readers
    from veille.store.db import Store

    db = tmp_path / "v.duckdb"
    Store.open(db).close()
    readers = Readers(db, busy_timeout=1.0, idle_release=0.1)
    proc = veille_run(setup["base"] / "in", db, setup["config"])
    seen = 0
    deadline = time.monotonic() + 300
    try:
        while seen < 2 * BATCH and proc.poll() is None and time.monotonic() < deadline:
            try:
                with readers.dossier() as d:
                    seen = d.store.count("articles")
            except ApiError:
                continue  # the run holds the file: it lets go at its next batch
            time.sleep(0.1)
    finally:
        readers.close()
    proc.send_signal(signal.SIGKILL)
    finish(proc)
    killed = state(db)
    assert killed["problems"] == [] and killed["counts"]["articles"] % BATCH == 0
    assert 2 * BATCH <= killed["counts"]["articles"] < setup["n"]
    code, out = finish(veille_run(setup["base"] / "in", db, setup["config"]))
    assert code == 0, out
    again = state(db)
    assert again["problems"] == [] and again["content"] == setup["clean"]["content"]
    print(f"external kill: {killed['counts']['articles']} articles after the kill, "
          f"{again['counts']['articles']} after the rerun")
