"""Where the article stages run: in this process, or across a pool of worker processes.

A run splits the article stages in two (`split_stages`):

- the *pool stages* (clean, nlp, entities, time, events, quotes) are functions of their batch
  alone (no store): they run wherever the executor puts them, one whole batch per task;
- the *parent stages* (dedup, `Stage.shared`) query the shared corpus index in the store, so
  they run in the parent, in input order, after the batches before them are written; that
  way each batch sees exactly the corpus it would see in a run of one process.

A parent stage keeps its place in the stage order for what it reads: fields it reads that a
later pool stage may change (dedup reads `published`, which time@1 may set for an undated
article) are snapshotted in the worker where the parent stage would have run, and restored
around it in the parent.  `article.stages` is put back in registry order.  So `--workers N`
gives the same stored rows as `--workers 1` (tested), and both run the same code path.

`InProcess` runs the pool stages here (workers = 1); `Pool` runs them in worker processes
(forkserver: each worker imports veille once and builds one `Context`, so the spaCy model is
loaded once per worker, on its first batch), one whole batch per task.  Both return results
in submission order.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any

from veille.config import Config
from veille.errors import WORKER_FAILED, ConfigError, StageError
from veille.model import Article
from veille.pipeline import STAGES, Context, Quarantined, Stage, run_stage

Snapshot = dict[str, dict[str, Any]]  # article id -> field -> value where a parent stage would run


def available_cores() -> int:
    """Cores this process may use (affinity-aware where the platform says)."""
    counter = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if counter is not None:
        return int(counter() or 1)
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def resolve_workers(workers: int) -> int:
    """`config.workers` made concrete: 0 means one per available core."""
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 0:
        raise ConfigError(f"workers must be a whole number >= 0, not {workers!r}",
                          hint="use 0 for one worker per core, 1 to run in this process, or N processes")
    return workers or available_cores()


@dataclass(frozen=True)
class Plan:
    """The stages of a run split between the pool and the parent."""

    pool: tuple[Stage, ...]
    parent: tuple[Stage, ...]
    # for each parent stage: after which pool stage (None: before any) to snapshot which fields
    snapshots: dict[str, tuple[str | None, tuple[str, ...]]] = field(default_factory=dict)
    order: tuple[str, ...] = ()  # stage keys in registry order, to sort `article.stages`


def split_stages(stages: Sequence[Stage]) -> Plan:
    pool = tuple(s for s in stages if not s.shared)
    parent = tuple(s for s in stages if s.shared)
    snapshots: dict[str, tuple[str | None, tuple[str, ...]]] = {}
    for p in parent:
        at = stages.index(p)
        before = [s.name for s in stages[:at] if not s.shared]
        later_writes = {f for s in stages[at + 1:] if not s.shared for f in s.writes}
        fields = tuple(f for f in p.reads if f in later_writes)
        if fields:
            snapshots[p.name] = (before[-1] if before else None, fields)
    order = tuple(s.key for s in (*STAGES, *stages))
    return Plan(pool, parent, snapshots, tuple(dict.fromkeys(order)))


@dataclass
class ChunkResult:  # one batch's result from the pool
    articles: list[Article]
    quarantined: list[Quarantined]
    snapshots: dict[str, Snapshot]


def run_pool_stages(batch: list[Article], ctx: Context, plan: Plan) -> ChunkResult:
    """The pool stages over one batch, with the snapshots the parent stages need.

    The spaCy Docs are dropped at the end: they are working state, never pickled back."""
    quarantined: list[Quarantined] = []
    snaps: dict[str, Snapshot] = {}

    def snapshot(after: str | None) -> None:
        for name, (point, fields) in plan.snapshots.items():
            if point == after:
                snaps[name] = {a.id: {f: getattr(a, f) for f in fields} for a in batch}

    snapshot(None)
    for st in plan.pool:
        if batch:
            result = run_stage(st, batch, ctx)
            batch, quarantined = result.articles, quarantined + result.quarantined
        snapshot(st.name)
    for article in batch:
        article.doc = None
    return ChunkResult(batch, quarantined, snaps)


def run_parent_stages(chunk: ChunkResult, ctx: Context, plan: Plan) -> ChunkResult:
    """The parent stages, each seeing the fields it reads as they were at its place in the order."""
    batch, quarantined = chunk.articles, list(chunk.quarantined)
    for st in plan.parent:
        if not batch:
            break
        snap = chunk.snapshots.get(st.name, {})
        later: Snapshot = {}
        for article in batch:
            if article.id in snap:
                later[article.id] = {f: getattr(article, f) for f in snap[article.id]}
                for f, value in snap[article.id].items():
                    setattr(article, f, value)
        result = run_stage(st, batch, ctx)
        for article in batch:
            for f, value in later.get(article.id, {}).items():
                setattr(article, f, value)
        batch, quarantined = result.articles, quarantined + result.quarantined
    rank = {key: i for i, key in enumerate(plan.order)}
    for article in batch:
        article.stages.sort(key=lambda key: rank.get(key, len(rank)))
    return ChunkResult(batch, quarantined, {})


Handle = Callable[[], ChunkResult]  # waits for a submitted batch's result


class InProcess:
    """workers = 1: the pool stages run here, when the batch is submitted."""

    capacity = 1  # batches in flight: each is written before the next is read

    def __init__(self, config: Config, plan: Plan, resources: dict[str, Any] | None = None) -> None:
        # Resources given by the caller outlive this run (a warm worker's models): not cleared.
        self._owned = resources is None
        self.ctx = Context(config=config, resources=resources if resources is not None else {})
        self.plan = plan

    def submit(self, batch: list[Article]) -> Handle:
        result = run_pool_stages(batch, self.ctx, self.plan)
        return lambda: result

    def close(self) -> None:
        if self._owned:
            self.ctx.resources.clear()


# Set once per worker process by the pool's initializer: the worker's Context (its models).
_worker_ctx: Context | None = None


def _init_worker(config: Config, parent: int) -> None:
    global _worker_ctx
    _worker_ctx = Context(config=config)
    threading.Thread(target=_exit_with, args=(parent,), daemon=True, name="veille-parent-watch").start()


def _exit_with(parent: int) -> None:
    """End this worker when the run's process is gone.

    A run killed outright (SIGKILL, OOM killer) cannot shut its pool down, and a worker waiting
    for its next batch never learns it: without this it would stay, holding its spaCy model (and
    the run's stdout, so whoever reads that output would wait for ever)."""
    while True:
        time.sleep(1.0)
        if not _alive(parent):
            os._exit(1)


def _alive(pid: int) -> bool:
    """Whether `pid` runs. A killed run stays a zombie until its own parent reaps it, and
    `kill(pid, 0)` succeeds on a zombie: /proc says what it is, where there is a /proc."""
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, PermissionError):  # gone, or the pid reused by another user
        return False
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            state = stat.read().rpartition(")")[2].split()[0]
    except (OSError, IndexError):
        return True  # no /proc (macOS): kill(0) is all there is
    return state not in ("Z", "X")


def _work(batch: list[Article], plan: Plan) -> ChunkResult:
    assert _worker_ctx is not None, "the pool initializer builds the worker's context"
    return run_pool_stages(batch, _worker_ctx, plan)


class Pool:
    """workers > 1: whole batches go to worker processes, `capacity` of them in flight.

    A batch is never cut across workers: entities@10 links names within its batch (a surname
    to the one full name of the batch ending with it), so a batch split in two would not give
    what one process gives."""

    def __init__(self, config: Config, plan: Plan, workers: int) -> None:
        self.config, self.plan, self.workers = config, plan, workers
        self.capacity = workers + 1  # one batch waiting, so no worker idles while the parent writes
        self._pool: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:  # started on the first batch: a no-op rerun starts no process
            method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context(method),
                                             initializer=_init_worker, initargs=(self.config, os.getpid()))
        return self._pool

    def submit(self, batch: list[Article]) -> Handle:
        pool = self._executor()
        future = pool.submit(_work, batch, self.plan)
        return lambda: self._result(batch, pool, future)

    def _result(self, batch: list[Article], pool: ProcessPoolExecutor, future: Future[ChunkResult]) -> ChunkResult:
        try:
            return self._wait(pool, future)
        except Exception as exc:  # whatever stopped the batch, the run goes on
            return self._isolate(batch, exc)

    def _wait(self, pool: ProcessPoolExecutor, future: Future[ChunkResult]) -> ChunkResult:
        try:
            return future.result()
        except BrokenProcessPool:
            # A broken pool takes no more tasks: the next one starts a fresh pool.  Only the pool
            # this task ran in is dropped: the one in use may already be a fresh, sound one.
            if self._pool is pool:
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = None
            raise

    def _again(self, batch: list[Article]) -> ChunkResult:
        pool = self._executor()
        return self._wait(pool, pool.submit(_work, batch, self.plan))

    def _isolate(self, batch: list[Article], exc: BaseException) -> ChunkResult:
        """A batch whose worker died (killed, out of memory, a crash in native code, `os._exit`)
        or whose task failed outside the stages' own quarantine (its articles or its result could
        not be pickled): the batch is run again, then article by article, each in a worker, so
        that only the article that stops a worker is quarantined (stage `worker`, V201) and the
        others are stored, as `run_stage` does for a stage that raises.

        A worker's death breaks its whole pool, and with it every batch in flight there: those
        are innocent until they fail again, hence one retry of the whole batch (which keeps
        entities@10's within-batch linking for them) before the batch is cut up."""
        if isinstance(exc, BrokenProcessPool):
            try:
                return self._again(batch)
            except Exception as again:
                exc = again
        if len(batch) == 1:
            return ChunkResult([], [_worker_failure(batch[0], exc)], {})
        out = ChunkResult([], [], {})
        for article in batch:
            try:
                one = self._again([article])
            except Exception as failure:
                one = ChunkResult([], [_worker_failure(article, failure)], {})
            out.articles += one.articles
            out.quarantined += one.quarantined
            for name, snap in one.snapshots.items():
                out.snapshots.setdefault(name, {}).update(snap)
        return out

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _worker_failure(article: Article, exc: BaseException) -> Quarantined:
    """The quarantine row of an article that stopped its worker, with what stopped it."""
    if isinstance(exc, BrokenProcessPool):
        what = "the worker process analysing this article stopped (killed, out of memory or a crash)"
        hint = "rerun with --workers 1 to see the error; check memory if it recurs"
    else:
        what = f"this article could not pass to or from a worker process: {type(exc).__name__}: {exc}"
        hint = "rerun with --workers 1 to see the error; please report this article with the message"
    err = StageError(what, hint=hint, code=WORKER_FAILED)
    return Quarantined(article.id, article.source, "worker", err.code, str(err), article.origin)


def executor(config: Config, plan: Plan, resources: dict[str, Any] | None = None) -> InProcess | Pool:
    """`resources`: models already loaded in this process, for the in-process executor (a pool's
    workers load their own)."""
    workers = resolve_workers(config.workers)
    return InProcess(config, plan, resources) if workers == 1 else Pool(config, plan, workers)
