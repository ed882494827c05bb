"""What a run pays for letting readers in between its batches (`Store.open(lease=True)`).

A leased store closes its DuckDB connection when told (`Store.release`) and opens it again on
its next use; a run lets go (`Store.yield_to_readers`) only when a reader waits, after the dedup
lookups (before the NLP stages) and after the batch write, and takes the store back for the
next use. Modes: held (no lease), leased with no reader (the marker check only), leased with a
reader waiting at every batch (the worst case: a reopen, with its checkpoint, per batch).
This times the store work of a run's batches both ways on the same synthetic articles (no NLP:
the store's share only), over a store already holding `--prefill` articles, and prints the
ratio leased / held. Both modes run in the same process, one after the other, each on its own
copy of the prefilled store.

    PYTHONPATH=src python benchmarks/bench_store_lease.py --batches 30 --prefill 5000
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import tempfile
import time
from pathlib import Path

from veille.model import Article, Mention
from veille.store.db import Store, reader_marker

WORDS = ("ministre", "accord", "Niamey", "Bamako", "sécurité", "coopération", "élections", "armée", "Moscou",
         "président", "Assemblée", "presse", "loi", "députés", "sommet", "Sahel", "frontière", "attaque")


def synthetic(n: int, rng: random.Random, prefix: str) -> list[Article]:
    out = []
    for i in range(n):
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(150, 400))) + "."
        article = Article(id=f"{prefix}{i:07d}", source=f"{prefix}{i}.txt", raw=body, body=body,
                          stages=["clean@1", "dedup@1"], content_hash=f"h{prefix}{i}")
        for k in range(20):
            start = body.find(" ", k * 30) + 1
            word = body[start:].split(" ", 1)[0]
            article.mentions.append(Mention(start=start, end=start + len(word), text=word, type="LOC"))
        out.append(article)
    return out


def batches(store: Store, articles: list[Article], size: int) -> float:
    started = time.perf_counter()
    for i in range(0, len(articles), size):
        chunk = articles[i:i + size]
        store.existing_ids([a.id for a in chunk])
        store.con.execute("SELECT count(*) FROM articles WHERE content_hash IN (SELECT unnest(?))",
                          [[a.content_hash for a in chunk]]).fetchall()  # the dedup lookups' stand-in
        store.yield_to_readers()  # where a run lets readers in: before the NLP stages
        store.write_batch(chunk, [], "bench")
        store.yield_to_readers()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--batches", type=int, default=30)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--prefill", type=int, default=5000)
    args = parser.parse_args()
    rng = random.Random(7)
    work = Path(tempfile.mkdtemp(prefix="veille-lease-"))
    try:
        base = work / "base.duckdb"
        with Store.open(base) as store:
            store.write_batch(synthetic(args.prefill, rng, "p"), [], "prefill")
        articles = synthetic(args.batches * args.batch_size, rng, "a")
        times = {}
        for mode in ("held", "leased, no reader", "leased, a reader waiting"):
            db = work / f"{mode.replace(' ', '').replace(',', '-')}.duckdb"
            shutil.copy(base, db)
            if "waiting" in mode:
                reader_marker(db).write_text(str(os.getpid()))  # the marker a waiting server leaves
            with Store.open(db, lease=mode != "held") as store:
                times[mode] = batches(store, articles, args.batch_size)
        per = {m: 1000 * t / args.batches for m, t in times.items()}
        print(f"{args.batches} batches of {args.batch_size} over {args.prefill} stored articles (store work only)")
        for mode, ms in per.items():
            print(f"  {mode:<26} {ms:7.1f} ms/batch  ratio {times[mode] / times['held']:.2f}"
                  f"  ({ms - per['held']:+.1f} ms/batch)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
