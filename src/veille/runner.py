"""A run: stream inputs through the article stages in batches, write each batch, then the corpus steps.

The run is resumable: articles already in the store are skipped before any stage runs (their
ids are content hashes), each batch is written in one transaction, and the corpus steps
(entity linking, stories) rerun whenever a previous run stopped before finishing them.
"""

from __future__ import annotations

import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from veille.config import Config
from veille.executor import ChunkResult, Handle, Plan, executor, run_parent_stages, split_stages
from veille.faults import crash_point
from veille.ingest import read_inputs
from veille.ingest.readers import read_origins
from veille.model import Article, Origin
from veille.pipeline import STAGES, Context, Quarantined, Stage, batched
from veille.stages.clean import template_lines
from veille.stages.cleaning.repetition import STORED_ARTICLES, stored_lines
from veille.store.corpus import StoreCorpus
from veille.store.db import Store


@dataclass
class RunSummary:
    run_id: str
    read: int = 0  # articles read from the inputs
    skipped: int = 0  # already in the store (idempotent re-runs)
    added: int = 0  # new articles written
    duplicates: int = 0  # of the added, how many repeat an earlier article
    quarantined: list[Quarantined] = field(default_factory=list)
    not_retried: int = 0  # quarantine rows --retry-quarantined cannot read again (stdin, corpus)
    stories: int = 0
    events: int = 0
    entities: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.quarantined

    def as_dict(self) -> dict[str, Any]:
        extra = {"not_retried": self.not_retried} if self.not_retried else {}
        return {"run_id": self.run_id, "read": self.read, "skipped": self.skipped, "added": self.added,
                "duplicates": self.duplicates, "quarantined": len(self.quarantined), **extra,
                "stories": self.stories,
                "events": self.events, "entities": self.entities, "seconds": round(self.seconds, 2)}


Progress = Callable[[int, int], None]  # (items done in this step, articles added so far)




def run(inputs: Sequence[str], store: Store, config: Config | None = None, *,
        progress: Progress | None = None, stages: Iterable[Stage] = STAGES,
        corpus_steps: bool = True, retry_quarantined: bool = False,
        resources: dict[str, Any] | None = None) -> RunSummary:
    """Ingest `inputs` into `store`; see `veille.run` for the public entry point.

    `resources`: models and lexicons already loaded (`Context.resources`) by an earlier run of
    this process, used and filled by this one (the server's ingest worker keeps spaCy warm so)."""
    config = config or Config()
    started = time.perf_counter()
    summary = RunSummary(run_id=uuid.uuid4().hex[:12])
    ctx = Context(config=config, corpus=StoreCorpus(store, config.dedup),
                  resources=resources if resources is not None else {})
    plan = split_stages(tuple(stages))
    store.lock_run()
    items_in: Iterable[Article | Quarantined] = read_inputs(inputs, config.ingest)
    if retry_quarantined:
        origins, summary.not_retried = store.quarantined_origins()
        items_in = chain(read_origins(origins, config.ingest), items_in)
    pool = executor(config, plan, resources)
    # Batches in flight: the pool works on the next ones while the parent dedups and writes
    # this one; the bound (`pool.capacity`) keeps memory flat however long the input is.
    in_flight: deque[_InFlight] = deque()
    submitted: set[str] = set()  # ids in flight: not in the store yet, but not new either
    written = 0

    def finish_oldest() -> None:
        nonlocal written
        batch = in_flight.popleft()
        written += 1
        _finish(batch, written, store, ctx, plan, summary, progress)
        submitted.difference_update(batch.ids)
    store.start_run(summary.run_id, [str(i) for i in inputs] + (["--retry-quarantined"] if retry_quarantined else []))
    # Reading the inputs needs no store: readers may have it meanwhile (the first batch's reading
    # followed the run's record with the file held; every later one follows a batch's write).
    store.yield_to_readers()
    try:
        for items in batched(items_in, config.batch_size):
            articles = [i for i in items if isinstance(i, Article)]
            bad = [i for i in items if isinstance(i, Quarantined)]
            summary.read += len(articles)
            known = store.existing_ids([a.id for a in articles]) | {
                a.id for a in articles if a.id in submitted}  # in flight: not written yet
            fresh = _unique([a for a in articles if a.id not in known])
            summary.skipped += len(articles) - len(fresh)
            submitted.update(a.id for a in fresh)
            lines = _site_lines(fresh, store, summary.run_id)
            # Readers waiting for the store get it while the pool runs the NLP stages (most of a
            # batch's time; in this process when workers = 1, hence before the submit); the
            # parent takes it back to dedup and write.
            store.yield_to_readers()
            in_flight.append(_InFlight(pool.submit(fresh) if fresh else _nothing, bad, len(items),
                                       [a.id for a in fresh],
                                       [a.origin for a in articles if a.id in known and a.origin is not None],
                                       lines))
            while len(in_flight) >= pool.capacity:
                finish_oldest()
        while in_flight:
            finish_oldest()
    finally:
        pool.close()
    crash_point("corpus-start")
    complete(store, summary, ctx, started, corpus_steps=corpus_steps)
    store.release()
    return summary


def complete(store: Store, summary: RunSummary, ctx: Context, started: float, *,
             corpus_steps: bool = True) -> RunSummary:
    """What every engine does once its articles are stored: the corpus steps if the run added
    articles (or an earlier run left them undone), the store's counts, and the run's record."""
    needs_corpus = bool(summary.added) or store.corpus_stale(exclude=summary.run_id)
    status = "complete"
    if needs_corpus and corpus_steps:
        failures = corpus(store, ctx)
        summary.quarantined += failures
        status = "corpus-failed" if failures else "complete"
        if not failures:
            store.mark_recovered(exclude=summary.run_id)
    elif needs_corpus:
        status = "corpus-pending"
    summary.stories = store.count("stories")
    summary.events = store.count("corpus_events")
    summary.entities = store.count("entities")
    summary.seconds = time.perf_counter() - started
    store.finish_run(summary.run_id, summary.as_dict(), status)
    return summary


def _nothing() -> ChunkResult:
    return ChunkResult([], [], {})


@dataclass
class _InFlight:
    """A batch handed to the pool, with what the parent needs to finish it."""

    handle: Handle
    bad: list[Quarantined]  # items ingest could not read
    items: int  # input items in the batch (for the progress bar)
    ids: list[str]  # the fresh articles' ids
    settled: list[Origin]  # items read again that the store already holds (their quarantine rows go)
    lines: dict[str, tuple[str, list[int]]] = field(default_factory=dict)  # id -> site, line hashes


def _finish(batch: _InFlight, number: int, store: Store, ctx: Context, plan: Plan,
            summary: RunSummary, progress: Progress | None) -> None:
    """A batch back from the pool: the parent stages (dedup), then one write, in input order."""
    result = run_parent_stages(batch.handle(), ctx, plan)
    bad = batch.bad
    # an original's lines count for its site's template; a republication's are another text's
    lines = [(site, h) for a in result.articles if a.duplicate_of is None and a.id in batch.lines
             for site, hashes in [batch.lines[a.id]] for h in hashes]
    store.write_batch(result.articles, bad + result.quarantined, summary.run_id,
                      dedup_index=getattr(ctx.corpus, "index", None), settled=batch.settled, lines=lines)
    store.yield_to_readers()
    crash_point("batch-done", number)
    summary.added += len(result.articles)
    summary.duplicates += sum(1 for a in result.articles if a.duplicate_of)
    summary.quarantined += bad + result.quarantined
    if progress:
        progress(batch.items, summary.added)


def _site_lines(articles: list[Article], store: Store, run_id: str) -> dict[str, tuple[str, list[int]]]:
    """Each plain-text article's site and line hashes; and, on the article, the counts earlier
    runs stored for its lines (`Article.site_lines`, `veille.store.site_lines`)."""
    lines: dict[str, tuple[Article, str, dict[int, str]]] = {}  # id -> article, site, hash -> folded line
    for a in articles:
        text = template_lines(a)
        site, hashed = stored_lines(a.url, text) if text is not None else (None, {})
        if site is not None and hashed:
            lines[a.id] = (a, site, hashed)
    found = store.site_line_counts([(site, h) for _, site, hashed in lines.values() for h in hashed], run_id,
                                   STORED_ARTICLES)
    for a, site, hashed in lines.values():
        a.site_lines = {key: n for h, key in hashed.items() if (n := found.get((site, h), 0))}
    return {aid: (site, sorted(hashed)) for aid, (_, site, hashed) in lines.items()}


def corpus(store: Store, ctx: Context) -> list[Quarantined]:
    """Entity linking and stories, written in one transaction: over the articles this run (or a
    killed one) added and what they touch, or over the whole store when its indexes are not
    built yet (`veille.corpus_steps`)."""
    from veille.corpus_steps import corpus as corpus_steps

    return corpus_steps(store, ctx)


def _unique(articles: list[Article]) -> list[Article]:
    """The same item twice in one input list is processed once."""
    seen: set[str] = set()
    out = []
    for a in articles:
        if a.id not in seen:
            seen.add(a.id)
            out.append(a)
    return out
