"""`cooccurrence_top` (migration 20, `veille.store.aggregates`): per entity, its first `TOP`
co-occurring entities in the entity page's order (shared articles, most first, then id). Kept
with the pairs by a full recount, a recount of some ids and the difference of rewritten
articles, backfilled by the migration; each equals the order computed here in Python from the
pairs, and the entity page's list read from it equals the statement over the whole pair table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import store_before_migration
from veille.dossier import records
from veille.store import aggregates
from veille.store.db import Store

TOP = "SELECT entity, partners FROM cooccurrence_top ORDER BY entity"


def _expected(store: Store) -> list[tuple[str, list[dict[str, Any]]]]:
    """Each entity's partners from the pair table, sorted and cut in Python."""
    by_entity: dict[str, list[tuple[str, int]]] = {}
    for entity, other, n in store.con.execute("SELECT entity, other, articles FROM cooccurrence").fetchall():
        by_entity.setdefault(entity, []).append((other, n))
    return [(e, [{"other": o, "articles": n} for o, n in sorted(ps, key=lambda p: (-p[1], p[0]))[:aggregates.TOP]])
            for e, ps in sorted(by_entity.items())]


def _mention(store: Store, article: str, entity: str, start: int = 0) -> None:
    store.con.execute("INSERT INTO mentions (article, start, \"end\", text, type, entity) VALUES (?, ?, ?, 'x', 'PER', ?)",
                      [article, start, start + 1, entity])


def _corpus(store: Store) -> None:
    """Eight entities over twelve articles and E8 in one more: counts that tie (so the id decides), an entity with
    more partners than a top holds, and a partner `X9` without an entity row."""
    for i in range(8):
        store.con.execute("INSERT INTO entities (id, name, type) VALUES (?, ?, 'PER')", [f"E{i}", f"Name {i}"])
    for a in range(12):
        members = [f"E{i}" for i in range(8) if (a * (i + 3)) % (i + 2) != 1] + (["X9"] if a % 4 == 0 else [])
        for k, entity in enumerate(members):
            _mention(store, f"a{a:02d}", entity, k * 10)
            if k % 3 == 0:  # a second mention in the same article counts once
                _mention(store, f"a{a:02d}", entity, k * 10 + 5)
    _mention(store, "b00", "E0")  # E8: one partner, a list shorter than a top
    _mention(store, "b00", "E8", 10)


def _same_lists(store: Store) -> None:
    """The entity page's list, from the top row (with and without the names kept per connection),
    equals the statement over the pair table, for every entity, an unknown id and each limit."""
    ids = [r[0] for r in store.con.execute("SELECT DISTINCT entity FROM cooccurrence").fetchall()] + ["nobody"]
    kept: dict[str, Any] = {}
    for facts in (None, kept):
        store.facts = facts
        for entity in ids:
            for limit in (0, 1, 2, aggregates.TOP, aggregates.TOP + 2):
                want = store.rows(records._COOCCURRING_SQL, [entity, limit])
                assert records.cooccurring(store, entity, limit) == want, (facts, entity, limit)
    store.facts = None


def test_top_partners_follow_the_pairs_through_every_kind_of_write(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aggregates, "TOP", 3)
    store = Store.open(":memory:")
    _corpus(store)
    store.refresh_aggregates(None, [])
    got = store.con.execute(TOP).fetchall()
    assert got == _expected(store) and len(got) == 10
    assert any(len(p) == 3 for _, p in got) and any(len(p) < 3 for _, p in got)  # cut, and short lists
    counts = [[p["articles"] for p in ps] for _, ps in got]
    assert any(len(set(c)) < len(c) for c in counts)  # ties broken by id
    _same_lists(store)
    # Some ids recounted after their mentions changed: their partners' rows change too.
    store.con.execute("DELETE FROM mentions WHERE entity = 'E3' AND article < 'a06'")
    store.con.execute("DELETE FROM mentions WHERE entity = 'X9'")
    store.refresh_aggregates(["E3", "X9"], [])
    assert store.con.execute(TOP).fetchall() == _expected(store)
    assert "X9" not in {e for e, _ in store.con.execute(TOP).fetchall()}  # its last pair gone, its row too
    # Articles rewritten: the pairs, and the tops, change by the difference.
    aggregates.remember_pairs(store.con, ["a01", "a02"])
    store.con.execute("DELETE FROM mentions WHERE article IN ('a01', 'a02')")
    for entity in ("E0", "E5", "E6", "X9"):
        _mention(store, "a01", entity)
        _mention(store, "a02", entity)
    aggregates.add_pairs(store.con, ["a01", "a02"])
    assert store.con.execute(TOP).fetchall() == _expected(store)
    _same_lists(store)
    store.close()


def test_migration_20_backfills_the_tops_as_writing_does_and_applies_once(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "old.duckdb"

    def older_writer(old: Store) -> None:
        _corpus(old)
        for sql, params in aggregates.cooccurrence_sql(None)[:2]:  # an older writer: the pairs alone
            old.con.execute(sql, params)

    store_before_migration(db, 20, monkeypatch, older_writer, "cooccurrence_top")
    with Store.open(db) as store:
        got = store.con.execute(TOP).fetchall()
        assert got and got == _expected(store)
        assert max(len(p) for _, p in got) > 3  # the whole list, under TOP
        assert store.migrate() == []  # recorded: a second open applies nothing
        _same_lists(store)
    with Store.open(db) as again:
        assert again.con.execute(TOP).fetchall() == got
