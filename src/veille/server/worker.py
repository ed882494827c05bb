"""The ingest worker: one thread, owned by the app, that runs every POST /api/ingest in turn.

It keeps the models warm: the stages' resources (spaCy above all, several seconds to load)
live in one dict that every run of the worker uses (`runner.run(resources=...)`), so the
model loads on the first ingest and never again while the server runs.  The article stages
run in this thread (`workers = 1`): a request's documents are a few batches at most, and a
process pool would load the model again in each of its workers for every run.

Readers go on reading while a run analyses its documents: the run holds the store only to
look up and write a batch (and for the corpus steps' read and write), through the same
protocol as a `veille run` in another process (`Store.open_writer`, markers: see
`veille.server.readers`), and lets go of it after every batch even when no reader waits yet,
since readers are always near.

`close()` (the app's lifespan, at shutdown) waits for the run in progress and ends the thread.
"""

from __future__ import annotations

import asyncio
import shutil
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

from veille.config import Config
from veille.runner import RunSummary
from veille.runner import run as run_inputs
from veille.store.db import Store


class IngestWorker:
    """Runs ingests one at a time in its own thread, with one set of loaded models."""

    def __init__(self, db: Path, config: Config | None = None) -> None:
        self.db = db
        self.config = replace(config or Config(), workers=1)
        self.resources: dict[str, Any] = {}  # the stages' models and lexicons, loaded once
        self.runs = 0
        self._closed = False
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self.thread_name)

    async def ingest(self, folder: Path) -> RunSummary:
        """Run the pipeline over `folder` (then remove it) in the worker's thread."""
        # Shielded: a client that goes away does not cancel a run queued or started (which
        # removes its folder when it ends).
        return await asyncio.shield(asyncio.wrap_future(self._thread.submit(self._run, folder)))

    def _run(self, folder: Path) -> RunSummary:
        try:
            with Store.open_writer(self.db, lock_timeout=self.config.store.lock_timeout) as store:
                store.release_between_batches = True
                summary = run_inputs([str(folder)], store, self.config, resources=self.resources)
            self.runs += 1
            return summary
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    @property
    def thread_name(self) -> str:
        return f"veille-ingest-{id(self):x}"

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Wait for the runs accepted and end the thread; idempotent."""
        self._closed = True
        self._thread.shutdown(wait=True)
