"""The corpus view the batch stages query during a run, backed by the store.

It answers the dedup stage's questions (exact copies, LSH candidates, duplicate roots) from
the persistent index in `veille.store.dedup_index`; the runner hands its `index` to
`Store.write_batch`, which adds each batch's signatures inside the batch's transaction.
"""

from __future__ import annotations

from typing import Any

from veille.config import DedupConfig
from veille.store.db import Store
from veille.store.dedup_index import DedupIndex


class StoreCorpus:
    def __init__(self, store: Store, config: DedupConfig | None = None) -> None:
        # The store, not its connection: a run's store closes and reopens its connection
        # between batches (`Store.release`), and the index must use the current one.
        self.index = DedupIndex(store, config)

    def exact_duplicate(self, content_hash: str) -> str | None:
        return self.index.exact_duplicate(content_hash)

    def exact_duplicates(self, content_hashes: list[str]) -> dict[str, str]:
        return self.index.exact_duplicates(content_hashes)

    def dedup_candidates(self, band_hashes: list[tuple[int, int]]) -> dict[str, Any]:
        return dict(self.index.candidates(band_hashes))

    def duplicate_roots(self, ids: list[str]) -> dict[str, str]:
        return self.index.duplicate_roots(ids)
