"""Dedup for engines that run the article stages elsewhere: prepare in the map, link in order.

The dedup stage has a part that needs no other article (normalise, hash, shingle, sign:
`veille.stages.dedup.prepare`) and a part that needs the corpus (find candidates, link,
choose roots: `link_batch`).  A distributed engine runs `prepare_batch` in its workers (it
stands in for dedup@2 in the stage list and records the same stage key), then links the
batches on the driver, in input order and with the default engine's batch boundaries,
against `RunCorpus`: the store plus this run's earlier batches, answering as
`veille.store.dedup_index.DedupIndex` would had each batch been written to the store.  So
`duplicate_of` is the default engine's, batch by batch.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from veille.config import DedupConfig
from veille.model import Article
from veille.pipeline import STAGES, Context, Quarantined, Stage, stage
from veille.pipeline import _quarantine as quarantine
from veille.stages.dedup import (
    MemoryDedupIndex,
    Signer,
    _published_key,
    check_config,
    link_batch,
    make_signer,
    prepare,
)
from veille.store.dedup_index import DedupIndex

PREPARED = "dedup:prepared"  # the context resource where prepare_batch leaves its results


def prepared_stages() -> tuple[Stage, ...]:
    """`STAGES` with dedup@2 replaced by its corpus-free half (same name, version and fields)."""
    return tuple(Stage(st.name, st.version, "veille.engines.dedup:prepare_batch", st.reads, st.writes, st.doc)
                 if st.name == "dedup" else st for st in STAGES)


@dataclass
class Prepared:
    """What the map computed for one article, for the driver to link."""

    id: str
    content_hash: str
    published: str | None  # the article's date when dedup ran (later stages may date it)
    shingles: list[int]
    signature: list[int] | None


def prepare_batch(batch: list[Article], ctx: Context) -> list[Article]:
    """dedup@2 without the corpus: hashes and signatures, kept in the context for the engine."""
    config = ctx.config.dedup
    check_config(config)
    signer = make_signer(ctx, config)
    found: dict[str, Prepared] = ctx.resource(PREPARED, dict)
    cache: dict[str, int] = {}
    for article in batch:
        shingles, _ = prepare(article, signer, config, cache)
        article.duplicate_of = None
        article.duplicate_similarity = None
        found[article.id] = Prepared(article.id, article.content_hash or "", article.published,
                                     [int(v) for v in shingles], article.signature)
    return batch


class RunCorpus:
    """The store's dedup index plus the batches of this run linked so far."""

    def __init__(self, stored: DedupIndex | None, config: DedupConfig) -> None:
        self.stored = stored
        self.memory = MemoryDedupIndex(config)
        # hash -> (sort key, root) of this run's earliest article with that hash, ordered as
        # DedupIndex.exact_duplicates orders stored ones: date, then ingestion (batch), then id.
        self._first: dict[str, tuple[tuple[bool, str, int, str], str]] = {}

    def exact_duplicates(self, hashes: list[str]) -> dict[str, str]:
        stored = self._stored_exact(hashes)
        out = {}
        for h in hashes:
            old, new = stored.get(h), self._first.get(h)
            # A stored article came in before this run: it wins unless this run's is dated earlier.
            if old and (new is None or _published_key(old[0]) <= new[0][:2]):
                out[h] = old[1]
            elif new:
                out[h] = new[1]
        return out

    def exact_duplicate(self, content_hash: str) -> str | None:
        return self.exact_duplicates([content_hash]).get(content_hash)

    def _stored_exact(self, hashes: list[str]) -> dict[str, tuple[str | None, str]]:
        if self.stored is None or not hashes:
            return {}
        key = "(published IS NULL, published, ingested_at, id)"
        rows = self.stored.con.execute(
            f"""SELECT content_hash, arg_min(published, {key}), arg_min(coalesce(duplicate_of, id), {key})
                FROM articles WHERE content_hash IN (SELECT unnest($1::VARCHAR[])) GROUP BY content_hash""",
            [hashes]).fetchall()
        return {h: (None if published is None else str(published), root) for h, published, root in rows}

    def dedup_candidates(self, band_hashes: list[tuple[int, int]]) -> dict[str, Any]:
        found: dict[str, Any] = dict(self.stored.candidates(band_hashes)) if self.stored else {}
        found.update(self.memory.candidates(band_hashes))
        return found

    def duplicate_roots(self, ids: list[str]) -> dict[str, str]:
        roots = self.stored.duplicate_roots(ids) if self.stored else {}
        roots.update(self.memory.duplicate_roots(ids))
        return roots

    def add(self, articles: list[Article], batch: int) -> None:
        """Index a linked batch as the store would hold it (final dates, signatures)."""
        self.memory.add(articles)
        for a in articles:
            if not a.content_hash:
                continue
            key = (*_published_key(a.published), batch, a.id)
            known = self._first.get(a.content_hash)
            if known is None or key < known[0]:
                self._first[a.content_hash] = (key, a.duplicate_of or a.id)


class Linker:
    """Links prepared batches in order against a `RunCorpus`."""

    def __init__(self, stored: DedupIndex | None, config: DedupConfig) -> None:
        self.config = config
        self.corpus = RunCorpus(stored, config)
        self.signer = Signer(config.num_perm)

    def link(self, batch: int, prepared: list[Prepared], final: dict[str, Article]) -> None:
        """Set duplicate_of/duplicate_similarity on the `final` articles of one batch.

        `prepared` is every article of the batch that went through dedup, in input order
        (an article quarantined by a later stage still took part, as in the default engine);
        `final` holds those that came out of the last stage, which the store will hold."""
        self.corpus.add(self._link(prepared, final), batch)

    def link_or_quarantine(self, batch: int, prepared: list[Prepared], final: dict[str, Article]) -> list[Quarantined]:
        """`link`; when linking fails on the batch, link each article alone against the corpus
        as it was before the batch, as the default engine's `run_stage` retries a failing stage
        article by article: an article that fails alone is dropped from `final` and quarantined
        (stage dedup@2), the others are kept.  The quarantined records are returned."""
        try:
            self.link(batch, prepared, final)
            return []
        except Exception:  # retried article by article below, as run_stage does
            pass
        dedup = stage("dedup")
        kept: list[Article] = []
        quarantined: list[Quarantined] = []
        for p in prepared:
            one = {p.id: final[p.id]} if p.id in final else {}
            try:
                kept += self._link([p], one)
            except Exception:  # quarantined with its error, the run goes on
                article = final.pop(p.id, None)
                if article is not None:  # else a later stage quarantined it already
                    quarantined.append(quarantine(article, dedup))
        self.corpus.add(kept, batch)
        return quarantined

    def _link(self, prepared: list[Prepared], final: dict[str, Article]) -> list[Article]:
        """Link `prepared` against the corpus (not added to it); the `final` articles linked."""
        shadows = [Article(id=p.id, source="", raw="", published=p.published, content_hash=p.content_hash)
                   for p in prepared]
        arrays = [(np.asarray(p.shingles, dtype=np.uint32),
                   None if p.signature is None else np.asarray(p.signature, dtype=np.uint32)) for p in prepared]
        link_batch(shadows, self.corpus, self.signer, self.config, prepared=arrays)
        kept = []
        for shadow, p in zip(shadows, prepared, strict=True):
            article = final.get(shadow.id)
            if article is None:
                continue
            article.duplicate_of = shadow.duplicate_of
            article.duplicate_similarity = shadow.duplicate_similarity
            article.content_hash = p.content_hash
            article.signature = p.signature
            kept.append(article)
        return kept
