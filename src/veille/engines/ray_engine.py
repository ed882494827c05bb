"""`veille run --engine ray`: the article stages as a Ray Data map, Parquet shards out.

    inputs --(driver: read_inputs, skip stored ids, batches)--> ray.data.from_items
      --> map_batches(StageWorker, ActorPoolStrategy(size=workers))     every article stage,
          clean, dedup's prepare half (hashes, MinHash), nlp, entities,   the spaCy model loaded
          time, events, quotes; per-article quarantine as in the runner   once per actor
      --> driver, in input order: dedup linked batch by batch against the store + this run
          (`veille.engines.dedup.Linker`), rows built by `veille.store.rows`
      --> Parquet shards (`veille.store.parquet.ShardWriter`): one folder per store table
      --> import into the DuckDB store (`import_shards`), then the corpus steps (entity
          linking, stories) on the driver, over the whole store, as the default engine does.

The result is the default engine's, article for article: the stages are the same functions
over the same batches (the default engine's boundaries, `config.batch_size` input items, each
batch one row of the map's input: entities links mentions across its batch, spaCy batches its
input), and dedup links the same batches in the same order against the same corpus.  Each
batch gets its own `ingested_at` (the run's start plus the batch number in microseconds), the
order the corpus steps read the store in.

Ray is imported here only, on first use: `import veille` does not import it.  On a cluster,
pass `address` (or set RAY_ADDRESS); veille must be installed on the workers and the shards
folder should be on storage the driver can write (only the driver writes shards and reads inputs).
"""

from __future__ import annotations

import json
import logging
import os
import time
import uuid
from collections.abc import Sequence
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from veille.config import Config
from veille.engines.common import complete
from veille.engines.dedup import PREPARED, Linker, Prepared, prepared_stages
from veille.errors import ConfigError
from veille.ingest import read_inputs
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

    def __call__(self, table: Any) -> Any:
        import pyarrow as pa

        out = []
        for row in table.to_pylist():  # one row per default-engine batch
            out += self._batch(row["batch"], [Article.from_dict(a) for a in json.loads(row["articles"])])
        return pa.Table.from_pylist(out, schema=_out_schema())

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


def _out_schema() -> Any:  # built on use: pyarrow is imported lazily
    import pyarrow as pa

    return pa.schema([("seq", pa.int64()), ("batch", pa.int64()), ("id", pa.string()),
                      ("article", pa.string()), ("quarantine", pa.string()), ("prepared", pa.string())])


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
    rows, bad = _read(inputs, store, config, summary)
    base = datetime.now(UTC).replace(tzinfo=None)
    writer = ShardWriter(shards, summary.run_id)
    linker = Linker(DedupIndex(store.con, config.dedup), config.dedup)
    pending: list[dict[str, Any]] = []
    done = -1

    def finish(up_to: int) -> None:  # write every batch before `up_to` (batches come in order)
        nonlocal done, pending
        for number in range(done + 1, up_to):
            here = [r for r in pending if r["batch"] == number]
            _write_batch(number, here, bad.pop(number, []), linker, writer, summary,
                         base + timedelta(microseconds=number))
            if progress:
                progress(len(here), summary.added)
        pending = [r for r in pending if r["batch"] >= up_to]
        done = max(done, up_to - 1)

    if rows:
        started_ray = connect(address, workers)
        try:
            for result in _map(rows, config, workers):
                if result["batch"] > done + 1:
                    finish(result["batch"])
                pending.append(result)
        finally:
            if started_ray:
                import ray

                ray.shutdown()
    finish(max([done + 1, *(b + 1 for b in bad)]))
    writer.close()
    if not import_shards_:
        summary.seconds = time.perf_counter() - started
        store.finish_run(summary.run_id, summary.as_dict(), "corpus-pending")
        return summary
    summary.added = import_shards(store, shards).added
    return complete(store, summary, config, started, corpus_steps=corpus_steps)


def _read(inputs: Sequence[str], store: Store, config: Config,
          summary: RunSummary) -> tuple[list[dict[str, Any]], dict[int, list[Quarantined]]]:
    """The map's input, one row per batch of articles not stored yet, and the unreadable items
    by batch number.  Batches are the default engine's (`config.batch_size` input items), and
    the map keeps them whole: stages may look across a batch (entities links its mentions)."""
    rows: list[dict[str, Any]] = []
    bad: dict[int, list[Quarantined]] = {}
    seen: set[str] = set()
    for number, items in enumerate(batched(read_inputs(inputs, config.ingest), config.batch_size)):
        articles = [i for i in items if isinstance(i, Article)]
        bad[number] = [i for i in items if isinstance(i, Quarantined)]
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
            rows.append({"batch": number, "articles": json.dumps(fresh, ensure_ascii=False)})
    return rows, bad


def _map(rows: list[dict[str, Any]], config: Config, workers: int) -> Any:
    """The stage map's output rows, in input order."""
    import ray.data

    # Ray Data sets up its own loggers when imported; its progress lines are INFO.
    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.WARNING)
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True  # the driver links dedup in input order
    dataset = ray.data.from_items(rows).map_batches(
        StageWorker, fn_constructor_args=(config,), batch_size=1, batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(size=min(workers, len(rows))))  # no idle spaCy actor
    for table in dataset.iter_batches(batch_size=None, batch_format="pyarrow"):
        out: list[dict[str, Any]] = table.to_pylist()  # type: ignore[union-attr]
        yield from out


def _write_batch(number: int, results: list[dict[str, Any]], bad: list[Quarantined], linker: Linker,
                 writer: ShardWriter, summary: RunSummary, ingested_at: datetime) -> None:
    """Link one batch's duplicates and hand its rows to the shard writer."""
    results.sort(key=lambda r: r["seq"])
    final = {r["id"]: Article.from_dict(json.loads(r["article"])) for r in results if r["article"]}
    prepared = [Prepared(**json.loads(r["prepared"])) for r in results if r["prepared"]]
    linker.link(number, prepared, final)
    articles = [final[r["id"]] for r in results if r["id"] in final]
    failed = [Quarantined(**q) for r in results for q in json.loads(r["quarantine"])]
    quarantined = bad + failed
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
