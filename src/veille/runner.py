"""A run: stream inputs through the article stages in batches, write each batch, then the corpus steps.

The run is resumable: articles already in the store are skipped before any stage runs (their
ids are content hashes), each batch is written in one transaction, and the corpus steps
(entity linking, stories) rerun whenever a previous run stopped before finishing them.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from veille.config import Config
from veille.errors import StageError, VeilleError
from veille.faults import crash_point
from veille.ingest import read_inputs
from veille.ingest.readers import read_origins
from veille.model import Article, Entity
from veille.pipeline import STAGES, Context, Quarantined, Stage, batched, run_batch, stage
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


# Stages that query the stored corpus while they run; the stages after them do not need the
# store, so the run lets waiting readers have the file while they run (`Store.yield_to_readers`).
_READS_STORE = frozenset({"dedup"})


def run(inputs: Sequence[str], store: Store, config: Config | None = None, *,
        progress: Progress | None = None, stages: Iterable[Stage] = STAGES,
        corpus_steps: bool = True, retry_quarantined: bool = False) -> RunSummary:
    """Ingest `inputs` into `store`; see `veille.run` for the public entry point."""
    config = config or Config()
    started = time.perf_counter()
    summary = RunSummary(run_id=uuid.uuid4().hex[:12])
    ctx = Context(config=config, corpus=StoreCorpus(store, config.dedup))
    stages = tuple(stages)
    split = max((i + 1 for i, st in enumerate(stages) if st.name in _READS_STORE), default=0)
    store.lock_run()
    items_in: Iterable[Article | Quarantined] = read_inputs(inputs, config.ingest)
    if retry_quarantined:
        origins, summary.not_retried = store.quarantined_origins()
        items_in = chain(read_origins(origins, config.ingest), items_in)
    store.start_run(summary.run_id, [str(i) for i in inputs] + (["--retry-quarantined"] if retry_quarantined else []))
    for number, items in enumerate(batched(items_in, config.batch_size), start=1):
        articles = [i for i in items if isinstance(i, Article)]
        bad = [i for i in items if isinstance(i, Quarantined)]
        summary.read += len(articles)
        known = store.existing_ids([a.id for a in articles])
        fresh = _unique([a for a in articles if a.id not in known])
        summary.skipped += len(articles) - len(fresh)
        head = run_batch(fresh, ctx, stages[:split])
        # Readers waiting for the store get it while the NLP stages run (most of a batch's time).
        store.yield_to_readers()
        result = run_batch(head.articles, ctx, stages[split:])
        result.quarantined[:0] = head.quarantined
        store.write_batch(result.articles, bad + result.quarantined, summary.run_id,
                          dedup_index=getattr(ctx.corpus, "index", None),
                          settled=[a.origin for a in articles if a.id in known and a.origin is not None])
        store.yield_to_readers()
        crash_point("batch-done", number)
        summary.added += len(result.articles)
        summary.duplicates += sum(1 for a in result.articles if a.duplicate_of)
        summary.quarantined += bad + result.quarantined
        if progress:
            progress(len(items), summary.added)
    crash_point("corpus-start")
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
    store.release()
    return summary


def corpus(store: Store, ctx: Context) -> list[Quarantined]:
    """Entity linking and stories over the whole stored corpus, written in one transaction."""
    articles = list(store.iter_articles())
    store.release()  # the corpus steps take a while and need no store until they write
    try:
        entities: list[Entity] = stage("link").load()(articles, ctx)
        result: Any = stage("stories").load()(articles, ctx)  # StoriesResult: stories, events
    except Exception as exc:  # a corpus step failing must not lose the articles already written
        err = exc if isinstance(exc, VeilleError) else StageError(
            f"corpus step failed: {type(exc).__name__}: {exc}", hint="please report this with the message")
        return [Quarantined("corpus", "corpus", "corpus", err.code, str(err))]
    store.write_corpus(articles, entities, result.stories, result.events)
    return []


def _unique(articles: list[Article]) -> list[Article]:
    """The same item twice in one input list is processed once."""
    seen: set[str] = set()
    out = []
    for a in articles:
        if a.id not in seen:
            seen.add(a.id)
            out.append(a)
    return out
