"""The entity texts the server keeps per connection (`records.entity_texts`) answer an actor
filter and a search's entity hits as DuckDB's statements do: the same ids for names, aliases,
ids, accented and upper-case queries, an entity with no stored `search_text`, and queries that
match nothing."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from tests.server_support import copy_of, seed_store

from veille.api import Dossier
from veille.dossier.search import search
from veille.store.db import Store

pytestmark = pytest.mark.slow  # the store is built by the whole pipeline


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed store with entities whose names have accents, case and a non-Latin script, one
    of them without a stored `search_text` (the statement folds its name on the fly)."""
    path = copy_of(seed_store(tmp_path_factory), tmp_path_factory.mktemp("texts") / "v.duckdb")
    con = duckdb.connect(str(path))
    try:
        con.execute("INSERT INTO entities (id, name, type, aliases, roles, mentions, articles, search_text) VALUES "
                    "('zz-e1', 'Élisabeth Borne', 'PER', '[\"ÉLISABETH\"]', '[]', 3, 2, 'elisabeth borne [\"elisabeth\"]'), "
                    "('zz-e2', 'Søren Ærø', 'PER', '[]', '[]', 1, 1, NULL), "
                    "('zz-e3', 'Владимир Путин', 'PER', '[]', '[]', 2, 2, 'владимир путин ')")
    finally:
        con.close()
    return path


QUERIES = ["Lavrov", "lavrov", "LAVROV", "Élisabeth", "elisabeth", "ELISABETH", "borne", "Søren", "ærø", "Ærø",
           "путин", "ПУТИН", "zz-e1", "zz-e", "Borne Élisabeth", "e", " ", "nobody at all", "'; DROP TABLE x"]


def test_an_actor_filter_from_the_kept_texts_names_the_ids_the_statement_names(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        d = Dossier(store)
        store.facts = None  # the statement
        expected = {q: d.resolve_entity(q) for q in QUERIES}
        assert expected["Lavrov"] and expected["Élisabeth"] == ["zz-e1"] and expected["ПУТИН"] == ["zz-e3"]
        assert expected["Ærø"] == ["zz-e2"] and expected["nobody at all"] == []
        store.facts = {}  # the texts kept for the connection
        for q in QUERIES:
            assert d.resolve_entity(q) == expected[q], q
        assert "entity texts" in store.facts


def test_a_search_from_the_kept_texts_gives_the_statement_s_answer(db: Path) -> None:
    words = ["avrov", "lavrov", "élisabeth borne", "ELISABETH", "путин", "borne", "ministre", "nobody", "sergueï lavrov"]
    with Store.open(db, read_only=True) as store:
        store.facts = None
        expected = {q: search(store, q, limit=5) for q in words}
        assert any(i["kind"] == "entity" for i in expected["élisabeth borne"]["items"])
        assert any(i["kind"] == "entity" for i in expected["путин"]["items"])
        store.facts = {}
        for q in words:
            assert search(store, q, limit=5) == expected[q], q
        assert "entity texts" in store.facts and "entity records" in store.facts  # the hits' records too
        # the page's articles read by id, from each document's article in the index in memory (perf40)
        assert any(i["kind"] == "article" for q in words for i in expected[q]["items"])
        assert "search memory" in store.facts
