"""The persistent MinHash LSH index of the dedup stage, in DuckDB.

Tables (created by `veille.store.migrations`): `dedup_signatures` holds one signature per
article, `dedup_bands` one row per (band, band hash, article).  A batch asks for its
candidates in one query (its band hashes are sent as two arrays and joined to
`dedup_bands`), and adding a batch inserts its rows: neither reads the stored articles'
bodies or signatures beyond the candidates found.

DuckDB runs the lookup as a hash join whose build side is the batch's band hashes and whose
probe is a scan of the two narrow (band, hash) columns (its ART index serves point lookups
and constraints, not joins): tens of milliseconds per 100k articles, see
benchmarks/bench_dedup.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import numpy as np

from veille.config import DedupConfig
from veille.model import Article
from veille.stages.dedup import band_hashes


class DedupIndex:
    """The dedup index over an open DuckDB connection whose schema is migrated."""

    def __init__(self, con: Any, config: DedupConfig | None = None) -> None:
        self.con = con
        self.config = config or DedupConfig()

    def __len__(self) -> int:
        row = self.con.execute("SELECT count(*) FROM dedup_signatures").fetchone()
        return int(row[0]) if row else 0

    def exact_duplicate(self, content_hash: str) -> str | None:
        """The earliest stored article with this normalised-body hash (or the copy it repeats)."""
        return self.exact_duplicates([content_hash]).get(content_hash)

    def exact_duplicates(self, content_hashes: list[str]) -> dict[str, str]:
        """`exact_duplicate` for a whole batch, in one query."""
        if not content_hashes:
            return {}
        rows = self.con.execute(
            """SELECT content_hash, arg_min(coalesce(duplicate_of, id),
                                          (published IS NULL, published, ingested_at, id))
               FROM articles
               WHERE content_hash IN (SELECT unnest($1::VARCHAR[]))
               GROUP BY content_hash""", [content_hashes]).fetchall()
        return {h: root for h, root in rows}

    def candidates(self, band_hashes: list[tuple[int, int]]) -> dict[str, tuple[list[int], date | None]]:
        """Stored articles sharing at least one (band, hash), with signature and publication date."""
        if not band_hashes:
            return {}
        rows = self.con.execute(
            """WITH query AS (SELECT unnest($1::USMALLINT[]) AS band, unnest($2::UBIGINT[]) AS hash),
                    found AS (SELECT DISTINCT b.article FROM dedup_bands b
                              JOIN query q ON b.band = q.band AND b.hash = q.hash)
               SELECT s.article, s.signature, s.published
               FROM dedup_signatures s JOIN found f ON s.article = f.article""",
            [[band for band, _ in band_hashes], [value for _, value in band_hashes]]).fetchall()
        return {article: (list(signature), published) for article, signature, published in rows}

    dedup_candidates = candidates  # the name the stage asks a corpus for

    def duplicate_roots(self, ids: list[str]) -> dict[str, str]:
        """For the stored articles among `ids` that repeat another, the article they repeat."""
        if not ids:
            return {}
        rows = self.con.execute(
            """SELECT id, duplicate_of FROM articles
               WHERE id IN (SELECT unnest($1::VARCHAR[])) AND duplicate_of IS NOT NULL""",
            [ids]).fetchall()
        return {article: root for article, root in rows}

    def add(self, articles: Sequence[Article]) -> None:
        """Insert the signatures and band hashes of a processed batch (call it in the batch's
        transaction).  Articles without a signature (empty body) or already indexed are skipped."""
        fresh = [a for a in articles if a.signature is not None]
        if not fresh:
            return
        known = {row[0] for row in self.con.execute(
            "SELECT article FROM dedup_signatures WHERE article IN (SELECT unnest($1::VARCHAR[]))",
            [[a.id for a in fresh]]).fetchall()}
        unique: dict[str, Article] = {}
        for article in fresh:
            if article.id not in known:
                unique.setdefault(article.id, article)
        signatures, bands = signature_rows(list(unique.values()), self.config.bands)
        if not signatures:
            return
        self.con.execute(
            """INSERT INTO dedup_signatures
               SELECT unnest($1::VARCHAR[]), unnest($2::UBIGINT[][]), unnest($3::DATE[]),
                      unnest($4::INTEGER[])""",
            [list(column) for column in zip(*signatures, strict=True)])
        self.con.execute(
            """INSERT INTO dedup_bands
               SELECT unnest($1::USMALLINT[]), unnest($2::UBIGINT[]), unnest($3::VARCHAR[])""",
            [list(column) for column in zip(*bands, strict=True)])


def signature_rows(articles: Sequence[Article], bands: int) -> tuple[list[list[Any]], list[list[Any]]]:
    """The `dedup_signatures` and `dedup_bands` rows of articles with a signature (the
    DuckDB index and the Ray engine's Parquet shards write the same rows)."""
    signatures: list[list[Any]] = []
    band_rows: list[list[Any]] = []
    for article in articles:
        if article.signature is None:
            continue
        signatures.append([article.id, article.signature, article.published,
                           estimated_shingles(article.signature)])
        for band, value in enumerate(band_hashes(article.signature, bands)):
            band_rows.append([band, value, article.id])
    return signatures, band_rows


def estimated_shingles(signature: list[int]) -> int:
    """Distinct shingles estimated from the signature (about 9% error at 128 permutations).

    The stage does not keep the exact count on the article, and re-shingling the body here
    would cost more than the rest of `add`; the count is informative (candidate checks use the
    signatures alone)."""
    if not signature:
        return 0
    scaled = np.asarray(signature, dtype=np.float64) / float(2**32 - 1)
    return max(round(len(signature) / max(float(scaled.sum()), 1e-12)) - 1, 1)
