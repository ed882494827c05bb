"""`veille run --engine ray`: the article stages on Ray actors, Parquet shards out.

    inputs --(driver: lists folders)--> one Ray task per file reads it (2 x workers files
          ahead); the driver takes their items in input order, skips stored ids, cuts batches
      --> StageWorker actors (up to `workers`)      every article stage: clean, dedup's
          prepare half (hashes, MinHash), nlp,        the spaCy model loaded once per actor;
          entities, time, events, quotes              per-article quarantine as in the runner
      --> driver, in input order, as batches come back: dedup linked batch by batch against
          the store + this run (`veille.engines.dedup.Linker`; a batch whose linking fails is
          linked article by article and only the failing article quarantined, as the default
          engine retries a stage), rows built by `veille.store.rows`
      --> Parquet shards (`veille.store.parquet.ShardWriter`): one folder per store table
      --> import into the DuckDB store (`import_shards`), then the corpus steps (entity
          linking, stories) on the driver, over the whole store, as the default engine does.

Everything streams: the first batch is analysed while later files are still being read, and
the driver holds a bounded number of files and batches (2 x workers of each).

The result is the default engine's, article for article: the stages are the same functions
over the same batches (the default engine's boundaries, `config.batch_size` input items, each
batch whole on one actor: entities links mentions across its batch, spaCy batches its input),
and dedup links the same batches in the same order against the same corpus.  Each batch gets
its own `ingested_at` (the run's start plus the batch number in microseconds), the order the
corpus steps read the store in.

Ray is imported here only, on first use: `import veille` does not import it.  On a cluster,
pass `address` (or set RAY_ADDRESS); veille must be installed on the workers, the inputs must
be readable at the same paths from the workers that read them (shared storage), and the
shards folder should be on storage the driver can write (only the driver writes shards).
"""

from __future__ import annotations

import json
import logging
import os
import time
import uuid
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from veille.config import Config, IngestConfig
from veille.engines.common import complete
from veille.engines.dedup import PREPARED, Linker, Prepared, prepared_stages
from veille.errors import ConfigError
from veille.ingest.readers import Item, Unit, input_units, read_unit
from veille.model import Article
from veille.pipeline import Context, Quarantined, batched, run_batch
from veille.runner import Progress, RunSummary
from veille.store.db import Store
from veille.store.dedup_index import DedupIndex, signature_rows
from veille.store.parquet import ShardWriter, import_shards
from veille.store.rows import annotation_rows, article_row, quarantine_row

MAX_LOCAL_WORKERS = 64


class StageWorker:
    """One Ray actor: a pipeline context (models loaded once) applied to batches of articles."""

    def __init__(self, config: Config) -> None:
        self.ctx = Context(config=config)  # no corpus: dedup links on the driver
        self.stages = prepared_stages()

    def run(self, number: int, articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """One default-engine batch through every article stage: a row per article."""
        return self._batch(number, [Article.from_dict(a) for a in articles])

    def _batch(self, number: int, articles: list[Article]) -> list[dict[str, Any]]:
        found: dict[str, Prepared] = self.ctx.resource(PREPARED, dict)
        found.clear()
        result = run_batch(articles, self.ctx, self.stages)
        final = {a.id: a for a in result.articles}
        failed: dict[str, list[Quarantined]] = {}
        for q in result.quarantined:
            failed.setdefault(q.key, []).append(q)
        out = []
        for seq, source in enumerate(articles):
            prep = found.get(source.id)
            article = final.get(source.id)
            if article is not None:
                article.doc = None
                article.sentences = []  # not stored: keep the rows small
            out.append({
                "seq": seq, "batch": number, "id": source.id,
                "article": None if article is None else json.dumps(article.to_dict(), ensure_ascii=False),
                "quarantine": json.dumps([asdict(q) for q in failed.get(source.id, [])], ensure_ascii=False),
                "prepared": None if prep is None else json.dumps(asdict(prep)),
            })
        return out


def connect(address: str | None = None, workers: int = 2) -> bool:
    """Start a local Ray instance (no dashboard, no usage stats, quiet) or join a cluster.

    Returns True when this call started Ray (the caller shuts it down)."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    try:
        import ray
    except ImportError as exc:  # pragma: no cover - ray is a dependency
        raise ConfigError("the ray engine needs Ray", hint="pip install 'ray[data]'") from exc
    if ray.is_initialized():
        return False
    options: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                               "logging_level": logging.WARNING, "configure_logging": True}
    address = address or os.environ.get("RAY_ADDRESS") or None
    if address:
        ray.init(address=address, **options)
    else:
        ray.init(num_cpus=workers, **options)
    return True


def run(inputs: Sequence[str], store: Store, config: Config | None = None, *, shards: str | Path,
        address: str | None = None, workers: int = 2, progress: Progress | None = None,
        import_shards_: bool = True, corpus_steps: bool = True) -> RunSummary:
    """Ingest `inputs` with Ray into Parquet shards under `shards`, then (by default) into `store`.

    `store` is read for the articles to skip and the corpus dedup links against, and records
    the run; with `import_shards_=False` the shards are written and the store's run is left
    `corpus-pending` (import them later with `veille import-parquet`)."""
    config = config or Config()
    if not 1 <= workers <= MAX_LOCAL_WORKERS:
        raise ConfigError(f"workers must be between 1 and {MAX_LOCAL_WORKERS}, not {workers}",
                          hint="e.g. --workers 2")
    started = time.perf_counter()
    summary = RunSummary(run_id=uuid.uuid4().hex[:12])
    store.start_run(summary.run_id, [str(i) for i in inputs])
    base = datetime.now(UTC).replace(tzinfo=None)
    writer = ShardWriter(shards, summary.run_id)
    linker = Linker(DedupIndex(store.con, config.dedup), config.dedup)
    bad: dict[int, list[Quarantined]] = {}
    done = -1

    def finish(up_to: int, rows: list[dict[str, Any]]) -> None:  # every batch before `up_to`, in order
        nonlocal done
        for number in range(done + 1, up_to):
            here = [r for r in rows if r["batch"] == number]
            _write_batch(number, here, bad.pop(number, []), linker, writer, summary,
                         base + timedelta(microseconds=number))
            if progress:
                progress(len(here), summary.added)
        done = max(done, up_to - 1)

    units = list(input_units(inputs, config.ingest))  # folders listed; no file opened yet
    if units:
        started_ray = connect(address, workers)
        try:
            batches = _batches(_read(units, config, workers), store, config, summary, bad)
            for number, rows in _map(batches, config, workers):
                finish(number, [])  # the batches before it with nothing to analyse (stored, unreadable)
                finish(number + 1, rows)
        finally:
            if started_ray:
                import ray

                ray.shutdown()
    finish(max([done + 1, *(b + 1 for b in bad)]), [])
    writer.close()
    if not import_shards_:
        summary.seconds = time.perf_counter() - started
        store.finish_run(summary.run_id, summary.as_dict(), "corpus-pending")
        return summary
    summary.added = import_shards(store, shards).added
    return complete(store, summary, config, started, corpus_steps=corpus_steps)


def read_file(unit: Unit, config: IngestConfig) -> list[Item]:
    """A Ray task: every item of one input file."""
    return list(read_unit(unit, config))


def _read(units: list[Unit], config: Config, workers: int) -> Iterator[Item]:
    """Every input item, in input order, lazily: each file is read by a Ray task, at most
    2 x workers files ahead; standard input and listing problems on the driver."""
    import ray

    task = ray.remote(num_cpus=0)(read_file)  # mostly I/O and parsing: beside the actors, not instead
    pending: deque[tuple[Unit, Any]] = deque()
    queue = deque(units)
    while queue or pending:
        while queue and len(pending) < 2 * workers:
            unit = queue.popleft()
            remote = unit.failure is None and unit.path not in (None, "-")
            pending.append((unit, task.remote(unit, config.ingest) if remote else None))
        unit, ref = pending.popleft()
        yield from (read_unit(unit, config.ingest) if ref is None else ray.get(ref))


def _batches(items: Iterator[Item], store: Store, config: Config, summary: RunSummary,
             bad: dict[int, list[Quarantined]]) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    """(number, articles not stored yet) per batch of the default engine's boundaries
    (`config.batch_size` input items, kept whole: stages look across a batch), as the items
    come; a batch's unreadable items go to `bad` under its number."""
    seen: set[str] = set()
    for number, chunk in enumerate(batched(items, config.batch_size)):
        articles = [i for i in chunk if isinstance(i, Article)]
        bad[number] = [i for i in chunk if isinstance(i, Quarantined)]
        summary.read += len(articles)
        known = store.existing_ids([a.id for a in articles]) | seen
        fresh = []
        for article in articles:
            if article.id in known:
                summary.skipped += 1
                continue
            known.add(article.id)
            seen.add(article.id)
            fresh.append(article.to_dict())
        if fresh:
            yield number, fresh


def _map(batches: Iterator[tuple[int, list[dict[str, Any]]]], config: Config,
         workers: int) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    """Each batch's rows from the stage actors, in input order, as the batches come: up to
    `workers` actors, started with the first batches (a small input starts no idle spaCy
    actor), batches dealt round the actors, 2 x workers in flight."""
    import ray

    actor_class = ray.remote(num_cpus=1)(StageWorker)
    actors: list[Any] = []
    in_flight: deque[tuple[int, Any]] = deque()
    try:
        for sent, (number, articles) in enumerate(batches):
            if len(actors) < workers:
                actors.append(actor_class.remote(config))
            in_flight.append((number, actors[sent % len(actors)].run.remote(number, articles)))
            if len(in_flight) >= 2 * workers:
                oldest, ref = in_flight.popleft()
                yield oldest, ray.get(ref)
        while in_flight:
            oldest, ref = in_flight.popleft()
            yield oldest, ray.get(ref)
    finally:
        for actor in actors:
            ray.kill(actor)


def _write_batch(number: int, results: list[dict[str, Any]], bad: list[Quarantined], linker: Linker,
                 writer: ShardWriter, summary: RunSummary, ingested_at: datetime) -> None:
    """Link one batch's duplicates and hand its rows to the shard writer."""
    results.sort(key=lambda r: r["seq"])
    final = {r["id"]: Article.from_dict(json.loads(r["article"])) for r in results if r["article"]}
    prepared = [Prepared(**json.loads(r["prepared"])) for r in results if r["prepared"]]
    unlinked = linker.link_or_quarantine(number, prepared, final)
    articles = [final[r["id"]] for r in results if r["id"] in final]
    failed = [Quarantined(**q) for r in results for q in json.loads(r["quarantine"])]
    quarantined = bad + _in_input_order(unlinked + failed, results)
    writer.add("articles", [article_row(a, summary.run_id, ingested_at) for a in articles])
    for table, notes in annotation_rows(articles).items():
        writer.add(table, notes)
    writer.add("quarantine", [quarantine_row(q, summary.run_id, ingested_at) for q in quarantined])
    signatures, bands = signature_rows(articles, linker.config.bands)
    writer.add("dedup_signatures", signatures)
    writer.add("dedup_bands", bands)
    summary.added += len(articles)
    summary.duplicates += sum(1 for a in articles if a.duplicate_of)
    summary.quarantined += quarantined


def _in_input_order(quarantined: list[Quarantined], results: list[dict[str, Any]]) -> list[Quarantined]:
    """A batch's quarantined articles in input order (the default engine's order)."""
    rank = {r["id"]: r["seq"] for r in results}
    return sorted(quarantined, key=lambda q: rank.get(q.key, len(rank)))
