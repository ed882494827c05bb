"""Benchmark of the dedup stage: throughput, quality on planted republications, index growth.

The corpus is generated offline and reproducibly from examples/seeds: articles are random
recombinations of the seeds' sentences (most with their words shuffled, so articles differ,
some verbatim, so unrelated articles share sentences as real ones share quotes), and a share
of them are republications of an earlier article with light edits (added intro, dropped last
sentence, changed quote marks, added clutter, or embedded in a longer article).

    PYTHONPATH=src python benchmarks/bench_dedup.py                 # defaults below
    PYTHONPATH=src python benchmarks/bench_dedup.py --articles 2000 --store-sizes 1000,10000

Figures printed: articles/s of the stage beside two baselines measured in the same run
(exact-hash dedup alone, and the bare datasketch MinHash of the same shingles with its
default SHA-1 hashing), precision and recall on the planted republications, and the time to
look up and add 1k articles in DuckDB indexes of several sizes.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import time
from pathlib import Path
from typing import Any

import duckdb

from veille.config import Config
from veille.model import Article
from veille.pipeline import Context
from veille.stages.dedup import band_hashes, content_hash, dedup_batch, normalise, words
from veille.store.dedup_index import DedupIndex
from veille.store.migrations import MIGRATIONS

SEEDS = Path(__file__).resolve().parents[1] / "examples" / "seeds"
CLUTTER = ["A lire aussi : les dernières informations sur la région",
           "Partager sur Facebook Partager sur X Copier le lien",
           "Abonnez-vous à notre lettre d'information quotidienne"]
INTROS = ["Nous republions ci-dessous la dépêche de notre partenaire.",
          "Cet article a été initialement publié par un confrère, que nous remercions."]


def seed_sentences() -> list[str]:
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("0*.txt")))
    sentences = re.split(r"(?<=[.!?»])\s+", text)
    return [s.strip() for s in sentences if len(s.split()) >= 6]


def make_corpus(count: int, share: float, rng: random.Random,
                lengths: tuple[int, int] = (6, 14)) -> tuple[list[Article], dict[str, str]]:
    """`count` articles of `lengths` (min, max) sentences, about `share` of them planted
    republications; truth maps copy -> original.  Also the 1k-article corpus of
    tests/test_ray_engine.py (short bodies there)."""
    pool = seed_sentences()
    articles: list[Article] = []
    truth: dict[str, str] = {}

    def fresh_sentences(n: int) -> list[str]:
        out = []
        for sentence in rng.sample(pool, n):
            if rng.random() < 0.7:
                tokens = sentence.split()
                rng.shuffle(tokens)
                sentence = " ".join(tokens)
            out.append(sentence)
        return out

    for i in range(count):
        day = f"2025-{1 + i * 12 // count:02d}-{1 + i % 28:02d}"
        ident = f"a{i:06d}"
        if articles and rng.random() < share:
            original = rng.choice(articles)
            if original.id in truth:  # plant copies of originals only: the truth stays flat
                original = next(a for a in articles if a.id == truth[original.id])
            sentences = original.body.split("\n")
            edit = rng.choice(["intro", "drop", "quotes", "clutter", "embed"])
            if edit == "intro":
                sentences = [rng.choice(INTROS), *sentences]
            elif edit == "drop":
                sentences = sentences[:-1]
            elif edit == "quotes":
                sentences = [s.replace("«", '"').replace("»", '"').replace("’", "'") for s in sentences]
            elif edit == "clutter":
                sentences = [*sentences[:2], rng.choice(CLUTTER), *sentences[2:], rng.choice(CLUTTER)]
            else:
                sentences = [*fresh_sentences(3), *sentences, *fresh_sentences(3)]
            truth[ident] = original.id
            body = "\n".join(sentences)
        else:
            body = "\n".join(fresh_sentences(rng.randint(*lengths)))
        articles.append(Article(id=ident, source=ident, raw=body, body=body, published=day))
    # Copies were made after their original but some get an earlier date: earliest-copy
    # selection then rightly points the original to the copy; score on clusters, not direction.
    return articles, truth


def score(articles: list[Article], truth: dict[str, str]) -> tuple[float, float, int]:
    root = {a.id: a.duplicate_of or a.id for a in articles}
    true_root = {a.id: truth.get(a.id, a.id) for a in articles}
    predicted = [a for a in articles if a.duplicate_of]
    correct = sum(true_root[a.id] == true_root[a.duplicate_of or ""] for a in predicted)
    found = sum(root[c] == root[o] for c, o in truth.items())
    precision = correct / len(predicted) if predicted else 1.0
    return precision, found / len(truth) if truth else 1.0, len(predicted)


def timed(fn: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def run_stage(articles: list[Article], config: Config) -> None:
    ctx = Context(config=config)
    for i in range(0, len(articles), config.batch_size):
        dedup_batch(articles[i:i + config.batch_size], ctx)


def run_clean(articles: list[Article], config: Config) -> list[Article]:
    """clean@1 over the same texts as scraped: a headline above and a comment prompt below."""
    from veille.stages.clean import clean_batch

    ctx = Context(config=config)
    scraped = [Article(id=a.id, source=a.source, published=a.published,
                       raw=f"{a.body.split(chr(10))[0][:80]}\n\n{a.body}\n\nLaisser un commentaire")
               for a in articles]
    for i in range(0, len(scraped), config.batch_size):
        clean_batch(scraped[i:i + config.batch_size], ctx)
    return scraped


def exact_only(articles: list[Article]) -> int:
    seen: dict[str, str] = {}
    for a in articles:
        seen.setdefault(content_hash(a.body), a.id)
    return len(seen)


def bare_minhash(articles: list[Article], config: Config) -> None:
    from datasketch import MinHash

    k = config.dedup.shingle_words
    shingle_lists = []
    for a in articles:
        tokens = words(normalise(a.body))
        shingle_lists.append([" ".join(tokens[i:i + k]).encode() for i in range(max(len(tokens) - k + 1, 1))])
    MinHash.bulk(shingle_lists, num_perm=config.dedup.num_perm)


def build_index(size: int, num_perm: int, bands: int) -> Any:
    """A migrated in-memory store whose dedup index holds `size` synthetic articles."""
    con = duckdb.connect()
    for _, _, sql in MIGRATIONS:
        con.execute(sql.replace(" at TIMESTAMP", ' "at" TIMESTAMP'))  # see tests/test_dedup_index.py
    con.execute("DROP INDEX dedup_bands_lookup")  # bulk load, then index: setup only
    signature = f"list_transform(range({num_perm}), lambda j: hash(i * {num_perm} + j) % 4294967296)"
    con.execute(f"""INSERT INTO dedup_signatures SELECT 's' || i, {signature}::UBIGINT[],
                      DATE '2024-01-01', 300 FROM range({size}) t(i)""")
    con.execute(f"""INSERT INTO dedup_bands SELECT (i % {bands})::USMALLINT, hash(i + 7)::UBIGINT,
                      's' || (i // {bands}) FROM range({size * bands}) t(i)""")
    con.execute("CREATE INDEX dedup_bands_lookup ON dedup_bands (band, hash)")
    return con


def index_growth(sizes: list[int], batch: list[Article], config: Config) -> list[tuple[int, float, float]]:
    rows = []
    for size in sizes:
        con = build_index(size, config.dedup.num_perm, config.dedup.bands)
        index = DedupIndex(con, config.dedup)
        query = sorted({(b, h) for a in batch if a.signature
                        for b, h in enumerate(band_hashes(a.signature, config.dedup.bands))})
        lookup, _ = timed(lambda index=index, query=query: index.candidates(query))
        add, _ = timed(lambda index=index: index.add(batch))
        rows.append((size, lookup, add))
        con.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000, help="synthetic articles to dedup")
    parser.add_argument("--share", type=float, default=0.1, help="share of planted republications")
    parser.add_argument("--store-sizes", default="10000,100000", help="index sizes for the 1k-add timing")
    parser.add_argument("--seed", type=int, default=20250101)
    args = parser.parse_args()
    config = Config()
    articles, truth = make_corpus(args.articles, args.share, random.Random(args.seed))
    words_total = sum(len(a.body.split()) for a in articles)
    print(f"corpus: {len(articles)} articles, {words_total / len(articles):.0f} words each, "
          f"{len(truth)} planted republications, seed {args.seed}, "
          f"corpus sha256 {hashlib.sha256(''.join(a.body for a in articles).encode()).hexdigest()[:12]}")

    import datasketch  # noqa: F401  imported before timing: both MinHash rows would pay it

    t_exact, _ = timed(lambda: exact_only(articles))
    t_bare, _ = timed(lambda: bare_minhash(articles, config))
    t_stage, _ = timed(lambda: run_stage(articles, config))
    t_clean, _ = timed(lambda: run_clean(articles, config))
    precision, recall, linked = score(articles, truth)
    n = len(articles)
    print(f"\n{'dedup of ' + str(n) + ' articles':<44}{'seconds':>9}{'articles/s':>12}{'x stage':>9}")
    for name, t in [("baseline: exact hash only", t_exact),
                    ("baseline: bare datasketch MinHash (sha1)", t_bare),
                    (f"dedup@1 (batches of {config.batch_size}, in-memory index)", t_stage),
                    ("clean@1 (headline, body, comment prompt)", t_clean),
                    ("clean@1 + dedup@1", t_clean + t_stage)]:
        print(f"{name:<44}{t:>9.2f}{n / t:>12.0f}{t_stage / t:>9.2f}")
    print(f"\nplanted republications: precision {precision:.3f}  recall {recall:.3f}  "
          f"({linked} articles linked, {len(truth)} planted)")

    sizes = [int(s) for s in args.store_sizes.split(",")]
    new = [Article(id=f"n{i:05d}", source="n", raw=a.body, body=a.body, published=a.published)
           for i, a in enumerate(articles[:1000])]
    run_stage(new, config)  # signatures for the batch to add
    print(f"\n{'DuckDB index: 1k articles':<30}{'lookup s':>10}{'add s':>10}")
    for size, lookup, add in index_growth(sizes, new, config):
        print(f"{'store of ' + format(size, ','):<30}{lookup:>10.3f}{add:>10.3f}")


if __name__ == "__main__":
    main()
