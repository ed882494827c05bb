"""The Ray engine gives the default engine's store: dedup linked on the driver, Parquet shards
in the store's schema and their import, and (slow) whole runs compared row for row."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, load_script
from veille.config import Config
from veille.engines.dedup import PREPARED, Linker, Prepared, prepare_batch
from veille.model import Article, Mention, Quote, Timex
from veille.pipeline import Context, batched
from veille.stages.dedup import dedup_batch
from veille.store import export
from veille.store.corpus import StoreCorpus
from veille.store.db import Store
from veille.store.dedup_index import DedupIndex
from veille.store.parquet import ShardWriter, import_shards, shard_views
from veille.store.rows import annotation_rows, article_row, quarantine_row


def _corpus(count: int, seed: int) -> list[Article]:
    """bench_dedup's generator (planted republications), short bodies, some undated."""
    bench = load_script("benchmarks/bench_dedup.py")
    rng = random.Random(seed)
    articles, _ = bench.make_corpus(count, 0.3, rng, lengths=(2, 4))
    for article in articles:
        if rng.random() < 0.15:
            article.published = None
    return articles


def _later_dates(batch: list[Article], rng: random.Random) -> None:
    """What time@1 does after dedup: date some undated articles from their text."""
    for article in batch:
        if article.published is None and rng.random() < 0.5:
            article.published = "2024-12-31"


def _fresh(articles: list[Article]) -> list[Article]:
    return [Article(id=a.id, source=a.source, raw=a.raw, body=a.body, published=a.published) for a in articles]


def _default_dedup(store: Store, articles: list[Article], config: Config) -> dict[str, Any]:
    """The default engine's dedup: each batch linked against the store, then written."""
    ctx = Context(config=config, corpus=StoreCorpus(store, config.dedup))
    rng = random.Random(7)
    for batch in batched(articles, config.batch_size):
        dedup_batch(batch, ctx)
        _later_dates(batch, rng)
        store.write_batch(batch, [], "run", dedup_index=getattr(ctx.corpus, "index", None))
    return {a.id: (a.duplicate_of, a.duplicate_similarity) for a in articles}


def _linked_dedup(store: Store, articles: list[Article], config: Config) -> dict[str, Any]:
    """The Ray engine's dedup: prepared per batch (as in a worker), linked in order on the driver."""
    ctx = Context(config=config)
    linker = Linker(DedupIndex(store.con, config.dedup), config.dedup)
    rng = random.Random(7)
    for number, batch in enumerate(batched(articles, config.batch_size)):
        prepare_batch(batch, ctx)
        found: dict[str, Prepared] = ctx.resources[PREPARED]
        _later_dates(batch, rng)
        linker.link(number, [found[a.id] for a in batch], {a.id: a for a in batch})
    return {a.id: (a.duplicate_of, a.duplicate_similarity) for a in articles}


@pytest.mark.parametrize("stored", [0, 150])
def test_linked_dedup_is_the_default_engines(stored: int) -> None:
    config = Config()
    config.batch_size = 32
    articles = _corpus(400, seed=3)
    old, new = articles[:stored], articles[stored:]
    results = []
    for how in (_default_dedup, _linked_dedup):
        with Store.open(":memory:") as store:
            if old:
                _default_dedup(store, _fresh(old), config)
            results.append(how(store, _fresh(new), config))
    default, linked = results
    assert sum(1 for dup, _ in default.values() if dup) > 50  # the corpus has republications
    assert linked == default


def _poisoned(real: Any, poison: set[str]) -> Any:
    """`link_batch` that fails on any batch holding one of the `poison` ids."""
    def link(batch: list[Article], *args: Any, **kwargs: Any) -> Any:
        if poison & {a.id for a in batch}:
            raise RuntimeError("linking failed")
        return real(batch, *args, **kwargs)
    return link


def test_a_batch_whose_linking_fails_is_linked_article_by_article_as_the_default_engine_does(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from veille.engines import dedup as engine_dedup
    from veille.pipeline import run_stage, stage
    from veille.stages import dedup as stage_dedup

    config = Config()
    config.batch_size = 32
    articles = _corpus(200, seed=5)
    poison = {articles[40].id, articles[41].id, articles[150].id}
    monkeypatch.setattr(stage_dedup, "link_batch", _poisoned(stage_dedup.link_batch, poison))
    monkeypatch.setattr(engine_dedup, "link_batch", _poisoned(engine_dedup.link_batch, poison))
    results = []
    with Store.open(":memory:") as store:  # the default engine: run_stage retries the batch article by article
        ctx = Context(config=config, corpus=StoreCorpus(store, config.dedup))
        kept: list[Article] = []
        dropped: list[tuple[str, str]] = []
        for batch in batched(_fresh(articles), config.batch_size):
            done = run_stage(stage("dedup"), batch, ctx)
            store.write_batch(done.articles, done.quarantined, "run", dedup_index=getattr(ctx.corpus, "index", None))
            kept += done.articles
            dropped += [(q.key, q.stage) for q in done.quarantined]
        results.append(({a.id: (a.duplicate_of, a.duplicate_similarity) for a in kept}, dropped))
    with Store.open(":memory:") as store:  # the Ray engine's driver
        ctx = Context(config=config)
        linker = Linker(DedupIndex(store.con, config.dedup), config.dedup)
        kept, dropped = [], []
        for number, batch in enumerate(batched(_fresh(articles), config.batch_size)):
            prepare_batch(batch, ctx)
            found: dict[str, Prepared] = ctx.resources[PREPARED]
            final = {a.id: a for a in batch}
            unlinked = linker.link_or_quarantine(number, [found[a.id] for a in batch], final)
            kept += [a for a in batch if a.id in final]
            dropped += [(q.key, q.stage) for q in unlinked]
        results.append(({a.id: (a.duplicate_of, a.duplicate_similarity) for a in kept}, dropped))
    assert results[0][1] == [(i, "dedup@2") for i in sorted(poison, key=[a.id for a in articles].index)]
    assert results[1] == results[0]
    assert sum(1 for dup, _ in results[0][0].values() if dup) > 20


def _annotated(articles: list[Article]) -> list[Article]:
    for i, a in enumerate(articles):
        a.content_hash = f"h{i}"
        a.stages = ["clean@1", "dedup@1"]
        a.meta = {"n": i}
        a.mentions = [Mention(0, 3, a.body[:3], "PER", entity=f"e{i % 5}", stage="entities@1")]
        a.timexes = [Timex(0, 3, a.body[:3], "DATE", "2025-01-01", stage="time@1")] if i % 2 else []
        a.quotes = [Quote(0, 3, a.body[:3], True, None, "X", stage="quotes@1")] if i % 3 == 0 else []
        a.signature = [i + k for k in range(Config().dedup.num_perm)]
    return articles


def _tables(store: Store) -> dict[str, list[dict[str, Any]]]:
    out = {}
    for table in ("articles", "mentions", "timexes", "events", "quotes", "dedup_signatures", "dedup_bands"):
        rows = store.rows(f"SELECT * {'EXCLUDE (ingested_at)' if table == 'articles' else ''} FROM {table}")
        out[table] = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, default=str))
    return out


def test_shards_import_into_the_same_rows_and_twice_adds_nothing(tmp_path: Path) -> None:
    from veille.pipeline import Quarantined
    from veille.store.dedup_index import signature_rows

    articles = _annotated(_corpus(40, seed=5))
    bad = [Quarantined("x", "x.txt", "ingest", "V103", "empty")]
    with Store.open(":memory:") as direct:
        direct.write_batch(articles, bad, "run1", dedup_index=DedupIndex(direct.con))
        expected = _tables(direct)
        direct_indexed = direct.count("search_docs")
    writer = ShardWriter(tmp_path / "shards", "run1", every=15)
    from datetime import datetime

    now = datetime(2025, 1, 1)
    for chunk in batched(articles, 10):  # as the engine does, batch by batch
        writer.add("articles", [article_row(a, "run1", now) for a in chunk])
        for table, rows in annotation_rows(chunk).items():
            writer.add(table, rows)
    writer.add("quarantine", [quarantine_row(q, "run1", now) for q in bad])
    signatures, bands = signature_rows(articles, Config().dedup.bands)
    writer.add("dedup_signatures", signatures)
    writer.add("dedup_bands", bands)
    assert len(list((tmp_path / "shards" / "articles").glob("*.parquet"))) == 2 < len(writer.close())
    with Store.open(":memory:") as store:
        first = import_shards(store, tmp_path / "shards")
        assert (first.added, first.skipped, first.quarantined) == (40, 0, 1)
        assert _tables(store) == expected
        again = import_shards(store, tmp_path / "shards")
        assert (again.added, again.skipped, again.quarantined) == (0, 40, 0)
        assert _tables(store) == expected
        assert store.count("quarantine") == 1
        # imported articles are in the search index, as written ones are (and only once)
        assert store.count("search_docs") == direct_indexed == 40
        # and read from their stored answers (migration 23), as written ones are
        from test_article_answers import stale_answers

        assert store.count("(SELECT DISTINCT id FROM article_answers)") == 40 and stale_answers(store) == []
        assert shard_views(store, tmp_path / "shards")[0] == "shard_articles"
        row = store.con.execute("SELECT count(*) FROM shard_mentions m JOIN articles a ON a.id = m.article"
                                ).fetchone()
        assert row == (40,)


def test_unknown_engine_and_missing_shards_are_usage_errors(tmp_path: Path, seeds_dir: Path) -> None:
    from typer.testing import CliRunner

    from veille.cli.main import app

    cli = CliRunner()
    done = cli.invoke(app, ["run", str(seeds_dir), "--db", str(tmp_path / "x.duckdb"), "--engine", "spark"])
    assert done.exit_code == 1 and "V400" in done.output
    done = cli.invoke(app, ["import-parquet", str(tmp_path / "nowhere"), "--db", str(tmp_path / "x.duckdb")])
    assert done.exit_code == 1 and "no shards folder" in done.output


def test_importing_veille_does_not_import_ray() -> None:
    code = ("import sys, veille, veille.api, veille.cli.main, veille.engines; "
            "print(sorted(m for m in ('ray', 'pyarrow') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={"PYTHONPATH": str(ROOT / "src")})
    assert done.stdout.strip() == "[]"


# ---------------------------------------------------------------- whole runs, on a local Ray


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    """One light local Ray instance for the module (2 CPUs, no dashboard, no usage stats)."""
    from veille.engines.ray_engine import connect

    started = connect(workers=2)
    yield
    if started:
        import ray

        ray.shutdown()


def _dossier(db: Path) -> dict[str, list[dict[str, Any]]]:
    with Store.open(db, read_only=True) as store:
        tables = {"articles": list(export.article_rows(store)), "entities": list(export.entity_rows(store)),
                  "events": list(export.event_rows(store)), "timexes": list(export.timex_rows(store)),
                  "quotes": list(export.quote_rows(store)), "stories": list(export.story_rows(store))}
        tables["quarantine"] = store.rows("SELECT key, source, stage, code, message FROM quarantine "
                                          "ORDER BY key, stage")
    return tables


def _compare(inputs: list[str], tmp_path: Path, config: Config) -> dict[str, list[dict[str, Any]]]:
    from veille import api

    local = api.run(inputs, db=tmp_path / "local.duckdb", config=config)
    ray = api.run(inputs, db=tmp_path / "ray.duckdb", config=config, engine="ray",
                  shards=tmp_path / "shards", ray_workers=2)
    assert ray.as_dict() | {"run_id": "", "seconds": 0} == local.as_dict() | {"run_id": "", "seconds": 0}
    expected = _dossier(tmp_path / "local.duckdb")
    assert _dossier(tmp_path / "ray.duckdb") == expected
    return expected


@pytest.mark.slow
def test_ray_engine_gives_the_default_engines_dossier_on_the_seeds(
        seeds_dir: Path, tmp_path: Path, local_ray: None) -> None:
    from typer.testing import CliRunner

    from veille import api
    from veille.cli.main import app

    config = Config()
    config.time.reference_date = "2025-06-01"
    expected = _compare([str(seeds_dir)], tmp_path, config)
    assert expected["entities"] and expected["events"] and expected["stories"]
    # the CLI: the same run, then the shards imported into another store as the same dossier
    cli = CliRunner()
    done = cli.invoke(app, ["run", str(seeds_dir), "--db", str(tmp_path / "cli.duckdb"), "--engine", "ray",
                            "--reference-date", "2025-06-01", "--quiet"])
    assert done.exit_code == 0, done.output
    assert _dossier(tmp_path / "cli.duckdb") == expected
    assert (tmp_path / "cli.duckdb.shards" / "articles").is_dir()
    done = cli.invoke(app, ["import-parquet", str(tmp_path / "shards"), "--db", str(tmp_path / "imported.duckdb")])
    assert done.exit_code == 0, done.output
    assert _dossier(tmp_path / "imported.duckdb") == expected
    again = api.import_parquet(tmp_path / "shards", db=tmp_path / "imported.duckdb", config=config)
    assert (again.added, again.skipped) == (0, len(expected["articles"]))
    assert _dossier(tmp_path / "imported.duckdb") == expected


@pytest.mark.slow
def test_ray_engine_reads_files_in_tasks_and_quarantines_an_article_whose_linking_fails(
        seeds_dir: Path, tmp_path: Path, local_ray: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Seven files in batches of 2 (one batch spans two files, one file is unreadable): the
    same dossier as the default engine, with the same article quarantined at dedup@2."""
    import shutil

    from veille.engines import dedup as engine_dedup
    from veille.ingest import read_inputs
    from veille.stages import dedup as stage_dedup

    inputs = tmp_path / "inputs"
    inputs.mkdir()
    for path in sorted(seeds_dir.glob("*.txt"))[:6]:
        shutil.copy(path, inputs / path.name)
    (inputs / "03b_empty.txt").write_bytes(b"")
    articles = [a for a in read_inputs([str(inputs)]) if isinstance(a, Article)]
    poison = {articles[3].id}
    monkeypatch.setattr(stage_dedup, "link_batch", _poisoned(stage_dedup.link_batch, poison))
    monkeypatch.setattr(engine_dedup, "link_batch", _poisoned(engine_dedup.link_batch, poison))
    config = Config()
    config.batch_size = 2
    config.time.reference_date = "2025-06-01"
    expected = _compare([str(inputs)], tmp_path, config)
    assert [(q["key"], q["stage"]) for q in expected["quarantine"] if q["stage"] != "ingest@1"] == [
        (articles[3].id, "dedup@2")]
    assert len(expected["articles"]) == len(articles) - 1 >= 3


@pytest.mark.slow
def test_ray_engine_gives_the_default_engines_dossier_on_1k_articles(tmp_path: Path, local_ray: None) -> None:
    articles = _corpus(1000, seed=11)
    path = tmp_path / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i, a in enumerate(articles):
            record: dict[str, Any] = {"id": a.id, "text": a.body, "outlet": f"outlet{i % 7}"}
            if a.published:
                record["published"] = a.published
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            if i in (100, 700):
                fh.write("{not json\n")  # ingest quarantine inside a batch
    config = Config()
    config.time.reference_date = "2025-06-01"
    expected = _compare([str(path)], tmp_path, config)
    at_ingest = [q for q in expected["quarantine"] if q["stage"] == "ingest@1"]
    assert len(at_ingest) == 2
    # every generated article is stored or quarantined by a stage (the same ones by both engines)
    assert len(expected["articles"]) + len(expected["quarantine"]) - len(at_ingest) == 1000
    assert len(expected["articles"]) > 990
    assert sum(1 for a in expected["articles"] if a["duplicate_of"]) > 100


def test_shards_written_before_a_column_was_added_import_with_it_null(tmp_path: Path) -> None:
    from datetime import datetime

    import pyarrow.parquet as pq

    from veille.model import Role

    def shards(name: str, arts: list[Article]) -> Path:
        writer = ShardWriter(tmp_path / name, name, every=1)
        now = datetime(2025, 1, 1)
        for a in arts:  # one shard per article
            writer.add("articles", [article_row(a, name, now)])
            writer.add("mentions", annotation_rows([a])["mentions"])
        writer.close()
        return tmp_path / name

    def articles(texts: list[str]) -> list[Article]:
        out = []
        for i, body in enumerate(texts):
            a = Article(id=f"a{i}-{body[:4]}", source=f"{i}.txt", raw=body, body=body)
            a.mentions = [Mention(0, 4, body[:4], "PER", roles=[Role("maire", "loc:lyon")])]
            out.append(a)
        return out

    def drop_roles(path: Path) -> None:  # as a shard written before migration 21 holds it
        pq.write_table(pq.read_table(path).drop_columns(["roles"]), path)

    # every mentions shard old: the column reads NULL
    old = shards("old", articles(["Jean Roux parle.", "Paul Dupont parle."]))
    for path in (old / "mentions").glob("*.parquet"):
        drop_roles(path)
    with Store.open(":memory:") as store:
        assert import_shards(store, old).added == 2
        assert store.rows("SELECT roles FROM mentions") == [{"roles": None}] * 2
    # one old shard beside a new one: each row keeps what its shard held
    mixed = shards("mixed", articles(["Anne Roux parle.", "Marc Petit parle."]))
    drop_roles(sorted((mixed / "mentions").glob("*.parquet"))[0])
    with Store.open(":memory:") as store:
        assert import_shards(store, mixed).added == 2
        held = [r["roles"] for r in store.rows("SELECT roles FROM mentions ORDER BY text")]
        assert held[0] is None and held[1][0]["of"] == "loc:lyon"  # "Anne ..." from the old shard
