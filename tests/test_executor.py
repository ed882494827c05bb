"""The executor: --workers N gives what --workers 1 gives, quarantine inside a worker, the flag.

The stage functions below are named by import path (`test_executor:...`), so worker processes
import them the way they import the real stages.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import veille
from veille.cli.main import app
from veille.config import Config
from veille.errors import ConfigError
from veille.executor import resolve_workers, run_parent_stages, run_pool_stages, split_stages
from veille.model import Article
from veille.pipeline import STAGES, Context, Stage, stage

EXPLODING_SOURCE = "002_57c44b0c04191255.txt"


def explode_on_one(batch: list[Article], ctx: Context) -> list[Article]:
    """A stage that fails on one seed article only."""
    for article in batch:
        if article.source.endswith(EXPLODING_SOURCE):
            raise RuntimeError("planted failure")
    return batch


def die_on_one(batch: list[Article], ctx: Context) -> list[Article]:
    """A stage whose worker process dies on one seed article, as a segfault or the OOM killer
    would end it: no exception, no quarantine from `run_stage`, the process is simply gone."""
    for article in batch:
        if article.source.endswith(EXPLODING_SOURCE):
            os._exit(70)
    return batch


def unpicklable_on_one(batch: list[Article], ctx: Context) -> list[Article]:
    """A stage that leaves, on one seed article, a value no pickle can carry back to the parent."""
    for article in batch:
        if article.source.endswith(EXPLODING_SOURCE):
            article.meta["handle"] = lambda: None
    return batch


def date_everything(batch: list[Article], ctx: Context) -> list[Article]:
    for article in batch:
        article.published = "2031-01-01"
    return batch


def record_published(batch: list[Article], ctx: Context) -> list[Article]:
    for article in batch:
        article.meta["seen_published"] = article.published
    return batch


EXPLODE = Stage("explode", 1, "test_executor:explode_on_one", reads=("body",), writes=(), doc="test")
UNPICKLABLE = Stage("unpicklable", 1, "test_executor:unpicklable_on_one", reads=(), writes=(), doc="test")
DIE = Stage("die", 1, "test_executor:die_on_one", reads=("body",), writes=(), doc="test")


def _exported(db: Path, out: Path) -> dict[str, list[str]]:
    """Every exported row, minus when and by which run it was written."""
    with veille.open(db) as dossier:
        files = dossier.export(out, "jsonl")
    rows = {}
    for table, path in files.items():
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        rows[table] = sorted(json.dumps({k: v for k, v in json.loads(line).items()
                                         if k not in ("ingested_at", "run_id")}, sort_keys=True)
                             for line in lines)
    return rows


def _config(workers: int) -> Config:
    # three batches over two workers; entities@10 links names within a batch, so both runs must
    # cut the same batches (a batch is never split across workers)
    config = Config(workers=workers, batch_size=2)
    config.time.reference_date = "2025-06-01"
    return config


@pytest.mark.slow
def test_two_workers_store_exactly_what_one_worker_stores(seeds_dir: Path, tmp_path: Path) -> None:
    one = veille.run([seeds_dir], db=tmp_path / "one.duckdb", config=_config(1))
    two = veille.run([seeds_dir], db=tmp_path / "two.duckdb", config=_config(2))
    assert one.ok and two.ok and one.added == two.added == 5
    rows_one = _exported(tmp_path / "one.duckdb", tmp_path / "one")
    rows_two = _exported(tmp_path / "two.duckdb", tmp_path / "two")
    assert rows_one["articles"] and rows_one["events"] and rows_one["stories"]
    assert rows_one == rows_two


@pytest.mark.slow
def test_a_stage_failing_in_a_worker_quarantines_that_article_only(seeds_dir: Path, tmp_path: Path) -> None:
    stages = (*STAGES[:3], EXPLODE, *STAGES[3:])
    from veille.runner import run
    from veille.store.db import Store

    with Store.open(tmp_path / "q.duckdb") as store:
        summary = run([str(seeds_dir)], store, _config(2), stages=stages, corpus_steps=False)
        stored = {r["source"] for r in store.rows("SELECT source FROM articles")}
    assert [q.source.rsplit("/", 1)[-1] for q in summary.quarantined] == [EXPLODING_SOURCE]
    assert summary.quarantined[0].stage == "explode@1" and "planted failure" in summary.quarantined[0].message
    assert summary.added == 4 and len(stored) == 4
    assert not any(s.endswith(EXPLODING_SOURCE) for s in stored)


@pytest.mark.slow
def test_a_worker_that_dies_on_one_article_quarantines_that_article_only(seeds_dir: Path, tmp_path: Path) -> None:
    """The dead worker's batch and the batch in flight beside it are run again; the batch that
    holds the article is cut up, so its other article is stored and only the one is set aside."""
    stages = (*STAGES[:3], DIE, *STAGES[3:])
    from veille.runner import run
    from veille.store.db import Store

    with Store.open(tmp_path / "d.duckdb") as store:
        summary = run([str(seeds_dir)], store, _config(2), stages=stages, corpus_steps=False)
        stored = {r["source"].rsplit("/", 1)[-1] for r in store.rows("SELECT source FROM articles")}
        rows = store.rows("SELECT source, stage, code, message FROM quarantine")
    assert [q.source.rsplit("/", 1)[-1] for q in summary.quarantined] == [EXPLODING_SOURCE]
    bad = summary.quarantined[0]
    assert (bad.stage, bad.code) == ("worker", "V201") and "stopped" in bad.message
    assert bad.origin is not None  # --retry-quarantined can read it again
    assert summary.added == 4 and len(stored) == 4 and EXPLODING_SOURCE not in stored
    assert [(r["source"].rsplit("/", 1)[-1], r["stage"], r["code"]) for r in rows] == [
        (EXPLODING_SOURCE, "worker", "V201")]


@pytest.mark.slow
def test_a_result_that_cannot_come_back_from_a_worker_quarantines_that_article_only(
        seeds_dir: Path, tmp_path: Path) -> None:
    """A batch whose result cannot be pickled failed outside `run_stage`: the run used to stop there."""
    stages = (*STAGES[:3], UNPICKLABLE, *STAGES[3:])
    from veille.runner import run
    from veille.store.db import Store

    with Store.open(tmp_path / "p.duckdb") as store:
        summary = run([str(seeds_dir)], store, _config(2), stages=stages, corpus_steps=False)
    assert [q.source.rsplit("/", 1)[-1] for q in summary.quarantined] == [EXPLODING_SOURCE]
    assert summary.quarantined[0].code == "V201" and "pickle" in summary.quarantined[0].message.lower()
    assert summary.added == 4


def test_a_shared_stage_reads_fields_as_they_were_at_its_place() -> None:
    """dedup reads `published` as clean left it, although time (later, in the pool) may change it."""
    setter = Stage("setter", 1, "test_executor:date_everything", reads=(), writes=("published",), doc="t")
    probe = Stage("probe", 1, "test_executor:record_published", reads=("published",), writes=("meta",),
                  doc="t", shared=True)
    plan = split_stages((probe, setter))
    assert [s.name for s in plan.pool] == ["setter"] and [s.name for s in plan.parent] == ["probe"]
    article = Article(id="a", source="s", raw="x", published="2020-05-04")
    ctx = Context()
    done = run_parent_stages(run_pool_stages([article], ctx, plan), ctx, plan)
    assert done.articles[0].meta["seen_published"] == "2020-05-04"
    assert done.articles[0].published == "2031-01-01"
    assert done.articles[0].stages == ["probe@1", "setter@1"]  # registry order, not run order


def test_the_real_plan_keeps_dedup_in_the_parent_with_the_date_clean_gave() -> None:
    plan = split_stages(STAGES)
    assert [s.name for s in plan.parent] == ["dedup"]
    assert stage("dedup") not in plan.pool and stage("nlp") in plan.pool
    assert plan.snapshots["dedup"] == ("clean", ("published",))


@pytest.mark.parametrize("bad", [-1, "2", 1.5, True])
def test_bad_worker_counts_are_configuration_errors(bad: Any) -> None:
    with pytest.raises(ConfigError, match="workers"):
        resolve_workers(bad)


def test_zero_workers_means_one_per_available_core() -> None:
    assert resolve_workers(0) >= 1
    assert resolve_workers(3) == 3


def test_workers_from_a_toml_file(tmp_path: Path) -> None:
    path = tmp_path / "veille.toml"
    path.write_text("workers = 3\n", encoding="utf-8")
    assert Config.from_toml(path).workers == 3
    assert Config().workers == 0


def test_cli_refuses_a_negative_worker_count_before_opening_the_store(tmp_path: Path, seeds_dir: Path) -> None:
    db = tmp_path / "never.duckdb"
    result = CliRunner().invoke(app, ["run", str(seeds_dir), "--db", str(db), "--workers", "-1", "--quiet"])
    assert result.exit_code == 1
    assert "workers" in result.output
    assert not db.exists()


def test_cli_rejects_a_non_number_of_workers(tmp_path: Path, seeds_dir: Path) -> None:
    result = CliRunner().invoke(app, ["run", str(seeds_dir), "--db", str(tmp_path / "x.duckdb"),
                                      "--workers", "many"])
    assert result.exit_code == 2


def test_a_zombie_run_counts_as_gone() -> None:
    # A SIGKILLed run is a zombie until its parent reaps it; kill(pid, 0) still succeeds on it,
    # so workers watching it with kill alone never ended and held the run's stdout open.
    import os
    import signal
    import subprocess
    import sys

    from veille.executor import _alive

    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        assert _alive(child.pid)
        os.kill(child.pid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while _alive(child.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(child.pid)  # not reaped yet: a zombie
    finally:
        child.wait()
    assert not _alive(child.pid)
