"""The mentioned entities the server keeps per connection (`records.entities_by_id`) give the
statement's rows: the same ids, order and fields for known and unknown ids, holders of a role
of an entity, an entity never mentioned, a role whose `of` is null, and ids past ASCII."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from tests.server_support import copy_of, seed_store

from veille.api import Dossier
from veille.dossier.records import entities_by_id
from veille.store.db import Store

pytestmark = pytest.mark.slow  # the store is built by the whole pipeline


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = copy_of(seed_store(tmp_path_factory), tmp_path_factory.mktemp("mentioned") / "v.duckdb")
    con = duckdb.connect(str(path))
    try:
        some = str(con.execute("SELECT id FROM entities WHERE mentions > 0 ORDER BY id LIMIT 1").fetchone()[0])  # type: ignore[index]
        con.execute("INSERT INTO entities (id, name, type, aliases, roles, mentions, articles) VALUES "
                    "('zz-é1', 'Élise Ærø', 'PER', '[\"Ærø\"]', ?, 2, 1), "
                    "('zz-e2', 'Never Said', 'PER', '[]', ?, 0, 0), "
                    "('zz-e3', 'Null Of', 'PER', NULL, '[{\"title\": \"maire\", \"of\": null}]', 1, 1), "
                    "('zz-\U0001F600', 'Astral', 'ORG', '[]', NULL, 1, 1)",
                    [f'[{{"title": "ministre", "of": "{some}"}}, {{"title": "porte-parole", "of": "{some}"}}]',
                     f'[{{"title": "adjoint", "of": "{some}"}}]'])
    finally:
        con.close()
    return path


def test_kept_mentioned_entities_give_the_statement_s_rows(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        ids = [str(r[0]) for r in store.con.execute("SELECT id FROM entities ORDER BY id").fetchall()]
        holders = [str(r[0]) for r in store.con.execute(
            "SELECT DISTINCT unnest(json_extract_string(roles, '$[*].of')) FROM entities").fetchall() if r[0]]
        cases = [(ids, None), (ids[:3], None), ([], None), (["nobody", ids[-1]], None), ([], "nobody"),
                 (["zz-e2", "zz-e3", "zz-\U0001F600"], None), *[([x], x) for x in holders], ([], ids[0])]
        store.facts = None  # the statement
        expected = [entities_by_id(store, list(i), role_of=r) for i, r in cases]
        assert any(len(e) > 1 for e in expected) and not any(r["id"] == "zz-e2" for e in expected for r in e)
        assert any(r["id"] == "zz-é1" for e in expected[len(cases) - len(holders) - 1:] for r in e)  # a holder found
        store.facts = {}  # kept for the connection
        for (i, r), want in zip(cases, expected, strict=True):
            assert entities_by_id(store, list(i), role_of=r) == want, (i, r)
        got = entities_by_id(store, ids[:3])
        assert got and got[0]["roles"] is not None
        got[0]["roles"].append({"title": "changed"})  # a caller's change stays its own
        got[0]["aliases"].append("changed")
        assert entities_by_id(store, ids[:3]) == expected[1]
        assert "mentioned entities" in store.facts


def test_the_graph_of_an_entity_is_the_same_with_kept_entities(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        d = Dossier(store)
        actors = [str(r[0]) for r in store.con.execute(
            "SELECT actor FROM event_actors GROUP BY actor ORDER BY count(*) DESC, actor LIMIT 5").fetchall()]
        store.facts = None
        expected = [d.graph_page(entity=a) for a in actors] + [d.graph(entity=a) for a in actors]
        store.facts = {}
        assert [d.graph_page(entity=a) for a in actors] + [d.graph(entity=a) for a in actors] == expected


def test_entity_pages_from_the_kept_order_give_the_statement_s_pages(db: Path) -> None:
    """By type (as given, lower-cased, unknown, none), on every page edge and past the end, with
    ties on the mention count (the order then by id, astral and accented ids among them)."""
    with Store.open(db, read_only=True) as store:
        d = Dossier(store)
        n = int(store.con.execute("SELECT count(*) FROM entities").fetchone()[0])  # type: ignore[index]
        ties = store.con.execute("SELECT count(*) - count(DISTINCT coalesce(mentions, 0)) FROM entities").fetchone()
        assert ties and ties[0] > 0
        cases = [(t, limit, offset) for t in (None, "PER", "per", "ORG", "LOC", "MISC", "NOPE", "")
                 for limit in (1, 3, 50) for offset in (0, 1, 2, n // 2, n - 1, n, n + 5)]
        store.facts = None
        expected = [d.entities_page(type=t, limit=limit, offset=offset) for t, limit, offset in cases]
        assert any(p["items"] for p in expected) and any(not p["items"] and p["total"] for p in expected)
        store.facts = {}
        for (t, limit, offset), want in zip(cases, expected, strict=True):
            assert d.entities_page(type=t, limit=limit, offset=offset) == want, (t, limit, offset)
        assert "entities by mentions" in store.facts
