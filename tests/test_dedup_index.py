"""The DuckDB dedup index: round trip, incremental adds, and the stage run against it."""

from __future__ import annotations

from typing import Any

import duckdb
import pytest

from veille.model import Article
from veille.pipeline import Context
from veille.stages.dedup import band_hashes, dedup_batch
from veille.store.dedup_index import DedupIndex
from veille.store.migrations import MIGRATIONS

BODY = (
    "Le Premier ministre a présenté mardi devant l'Assemblée nationale un plan d'économies de "
    "quarante milliards d'euros, qui prévoit le gel des pensions de retraite et la suppression "
    "de deux jours fériés. Les groupes d'opposition ont aussitôt annoncé le dépôt d'une motion "
    "de censure, tandis que les syndicats appellent à une journée de mobilisation le mois prochain. "
    "« Nous n'avons plus le choix », a justifié le chef du gouvernement, en rappelant que la dette "
    "publique dépasse désormais cent dix pour cent du produit intérieur brut."
)
OTHER = (
    "La compagnie ferroviaire a annoncé la suppression de plusieurs liaisons régionales à partir "
    "de l'automne, faute de conducteurs en nombre suffisant. Les élus des territoires concernés "
    "dénoncent un abandon des zones rurales et réclament une réunion d'urgence avec la direction, "
    "qui promet de recruter trois cents agents d'ici la fin de l'année."
)


@pytest.fixture
def con() -> Any:
    connection = duckdb.connect()
    for _, _, sql in MIGRATIONS:
        # The first migration as committed names a column `at`, a keyword DuckDB 2.0 rejects
        # (main renames it); quoting it keeps this test independent of that fix.
        connection.execute(sql.replace(" at TIMESTAMP", ' "at" TIMESTAMP'))
    yield connection
    connection.close()


def store(con: Any, articles: list[Article]) -> None:
    """What the lead's store does with a processed batch, reduced to the columns dedup reads."""
    for a in articles:
        con.execute("INSERT INTO articles (id, source, fmt, raw, body, published, content_hash, "
                    "duplicate_of) VALUES (?, ?, 'text', ?, ?, ?, ?, ?)",
                    [a.id, a.source, a.raw, a.body, a.published, a.content_hash, a.duplicate_of])
    DedupIndex(con).add(articles)


def article(ident: str, body: str, published: str | None) -> Article:
    return Article(id=ident, source=ident, raw=body, body=body, published=published)


def test_round_trip(con: Any) -> None:
    index = DedupIndex(con)
    batch = dedup_batch([article("a", BODY, "2025-06-03"), article("b", OTHER, None)], Context())
    store(con, batch)
    assert len(index) == 2
    assert index.exact_duplicate(batch[0].content_hash or "") == "a"
    assert index.exact_duplicate("0" * 64) is None
    signature = batch[0].signature
    assert signature is not None
    found = index.candidates([(band, h) for band, h in enumerate(band_hashes(signature, 64))])
    assert set(found) == {"a"}
    assert found["a"][0] == signature
    assert str(found["a"][1]) == "2025-06-03"
    assert index.candidates([(0, 12345)]) == {}
    row = con.execute("SELECT shingles FROM dedup_signatures WHERE article = 'a'").fetchone()
    assert row is not None and 40 < row[0] < 120  # ~50 distinct content-word bigrams
    assert con.execute("SELECT count(*) FROM dedup_bands").fetchone() == (128,)
    index.add(batch)  # adding the same articles again is a no-op
    assert con.execute("SELECT count(*) FROM dedup_bands").fetchone() == (128,)


def test_stage_against_the_stored_corpus(con: Any) -> None:
    index = DedupIndex(con)
    ctx = Context(corpus=index)
    first = dedup_batch([article("a", BODY, "2025-06-03"),
                         article("b", BODY + " Mise à jour.", "2025-06-04")], ctx)
    store(con, first)
    assert first[1].duplicate_of == "a"
    later = dedup_batch([
        article("c", "Selon notre partenaire :\n\n" + BODY.replace("« ", '"').replace(" »", '"'),
                "2025-06-05"),
        article("d", BODY, "2025-06-06"),
        article("e", OTHER + " Un nouvel épisode.", "2025-06-06"),
    ], ctx)
    by_id = {x.id: x for x in later}
    assert by_id["c"].duplicate_of == "a"
    assert by_id["d"].duplicate_of == "a" and by_id["d"].duplicate_similarity == 1.0
    assert by_id["e"].duplicate_of is None
    store(con, later)
    assert index.duplicate_roots(["a", "b", "c"]) == {"b": "a", "c": "a"}
    assert index.exact_duplicates([by_id["d"].content_hash or ""]) == {by_id["d"].content_hash: "a"}
