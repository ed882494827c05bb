"""What every engine does once the articles are in the store: the corpus steps and the run record.

The local engine (`veille.runner.run`) does the same inline; the Ray engine and
`veille import-parquet` call `complete`.
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path

from veille.config import Config
from veille.pipeline import Context
from veille.runner import RunSummary, corpus
from veille.store.corpus import StoreCorpus
from veille.store.db import Store
from veille.store.parquet import import_shards


def complete(store: Store, summary: RunSummary, config: Config, started: float, *,
             corpus_steps: bool = True) -> RunSummary:
    """Run the corpus steps if the run added articles (or an earlier run left them undone),
    count what the store holds and close the run's record."""
    needs_corpus = bool(summary.added) or store.corpus_stale(exclude=summary.run_id)
    status = "complete"
    if needs_corpus and corpus_steps:
        failures = corpus(store, Context(config=config, corpus=StoreCorpus(store, config.dedup)))
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


def import_parquet(shards: str | Path, store: Store, config: Config | None = None, *,
                   corpus_steps: bool = True) -> RunSummary:
    """Load a shard set into the store (what it holds is skipped), then the corpus steps.

    Recorded in `runs` like a run whose input is the shards folder; importing twice adds
    nothing the second time."""
    config = config or Config()
    started = time.perf_counter()
    summary = RunSummary(run_id=uuid.uuid4().hex[:12])
    store.start_run(summary.run_id, [str(shards)])
    result = import_shards(store, shards)
    summary.read = result.added + result.skipped
    summary.added, summary.skipped = result.added, result.skipped
    summary.duplicates = result.duplicates
    return complete(store, summary, config, started, corpus_steps=corpus_steps)
