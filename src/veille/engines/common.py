"""What every engine does once the articles are in the store: the corpus steps and the run record.

The local engine (`veille.runner.run`) calls `veille.runner.complete` with its context; the Ray
engine and `veille import-parquet` call `complete` here.
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path

from veille.config import Config
from veille.pipeline import Context
from veille.runner import RunSummary
from veille.runner import complete as _complete
from veille.store.corpus import StoreCorpus
from veille.store.db import Store
from veille.store.parquet import import_shards


def complete(store: Store, summary: RunSummary, config: Config, started: float, *,
             corpus_steps: bool = True) -> RunSummary:
    """`veille.runner.complete` with a context of its own (the engine's ran elsewhere)."""
    ctx = Context(config=config, corpus=StoreCorpus(store, config.dedup))
    return _complete(store, summary, ctx, started, corpus_steps=corpus_steps)


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
