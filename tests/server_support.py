"""Stores for the server tests, built once per test session (cached under pytest's base temp)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "examples" / "seeds"
TOKEN = "test-token-0123456789abcdef"


def seed_store(factory: pytest.TempPathFactory) -> Path:
    """The example corpus plus a republication of its first article (so that an article has a
    duplicate), through the whole pipeline; built once per session."""
    import veille

    folder = factory.getbasetemp() / "api-seeds"
    db = folder / "v.duckdb"
    if db.exists():
        return db
    inputs = folder / "inputs"
    shutil.copytree(SEEDS, inputs)
    first = sorted(SEEDS.glob("0*.txt"))[0]
    (inputs / "zz_republished.txt").write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    veille.run([str(inputs)], db=db)
    return db


def counted_calls(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[Any]:
    """Wrap `owner.name`, a one-argument function, so that every call records its argument before the
    real function runs; the list the calls fill (how many times a model was loaded, a body compressed)."""
    calls: list[Any] = []
    real = getattr(owner, name)

    def counted(arg: Any) -> Any:
        calls.append(arg)
        return real(arg)

    monkeypatch.setattr(owner, name, counted)
    return calls


def copy_of(db: Path, target: Path) -> Path:
    shutil.copy(db, target)
    return target


def assert_brief_docs(con: Any) -> int:
    """Each merged event's brief document (migration 25) holds its fields as stored, its first
    evidence sentence, how many it has and its conflicts' attributes, read from its whole JSON in
    Python; the number of events checked."""
    rows = con.execute("SELECT id, type, mode, source, target, date, location, modality, evidence, story, articles, "
                       "independent_sources, conflicts, brief FROM corpus_events").fetchall()
    for (i, type_, mode, source, target, date, location, modality, evidence, story, articles, sources,
         conflicts, brief) in rows:
        evidence, conflicts = json.loads(evidence or "[]"), json.loads(conflicts or "[]")
        assert brief is not None, i
        assert json.loads(brief) == {
            "id": i, "type": type_, "mode": mode, "source": json.loads(source) if source else source,
            "target": json.loads(target) if target else target, "date": date, "location": location,
            "modality": modality, "evidence": evidence[0] if evidence else None, "evidence_count": len(evidence),
            "story": story, "articles": json.loads(articles) if articles else articles,
            "independent_sources": sources, "contested": [c.get("attribute") for c in conflicts]}, i
    assert assert_record_docs(con) == len(rows)  # and the whole record's document (migration 26)
    return len(rows)


def assert_record_docs(con: Any) -> int:
    """Each merged event's record document (migration 26), completed with its `same_as`, is byte
    for byte what the API's schema writes for its record (`events.record`, validated and dumped
    by pydantic), or is NULL where DuckDB's text of it holds what the guard leaves out
    (`list_docs.UNSURE_SQL`); the number of events checked."""
    from pydantic import TypeAdapter

    from veille.dossier.event_shapes import RECORD_COLUMNS, record
    from veille.server import schemas
    from veille.store.list_docs import RECORD_DOC_SQL, UNSURE_SQL, with_same_as

    adapter = TypeAdapter(schemas.Event)
    names = [c.strip() for c in RECORD_COLUMNS.split(",")]
    rows = con.execute(f"SELECT {RECORD_COLUMNS}, record_doc, {UNSURE_SQL.replace('record_doc', RECORD_DOC_SQL)} "
                       "FROM corpus_events").fetchall()
    for *values, doc, unsure in rows:
        e = dict(zip(names, values, strict=True))
        for key in ("source", "target", "evidence", "articles", "conflicts"):
            e[key] = json.loads(e[key]) if e[key] is not None else None
        if doc is None:
            assert unsure, e["id"]
            continue
        assert not unsure, e["id"]
        assert with_same_as(doc, e["same_as"]).encode() == adapter.dump_json(adapter.validate_python(record(e))), e["id"]
    return len(rows)


def assert_story_docs(con: Any) -> int:
    """Each story's list document (migration 26) is byte for byte what the API's schema writes for
    its row on the stories page (`records._STORY_COLUMNS`, validated and dumped by pydantic), or is
    NULL where the guard leaves it out; the number of stories checked."""
    from pydantic import TypeAdapter

    from veille.dossier.records import _STORY_COLUMNS
    from veille.server import schemas
    from veille.store.db import Store

    adapter = TypeAdapter(schemas.StorySummary)
    rows = Store(con, ":memory:", read_only=True).rows(f"{_STORY_COLUMNS}, s.list_doc FROM stories s")
    kept = 0
    for row in rows:
        doc = row.pop("list_doc")
        if doc is not None:
            assert doc.encode() == adapter.dump_json(adapter.validate_python(row)), row["id"]
            kept += 1
    assert kept or not rows
    return len(rows)


def assert_article_list(con: Any, in_order: bool = False) -> int:
    """The articles page's rows (`article_list`, migration 27): one per stored article, equal to a
    whole build of them (`list_docs.article_list_sql(None)`'s rows), each document byte for byte
    what the API's schema writes for the article's summary (`records.ARTICLE_SUMMARY`, validated
    and dumped by pydantic), or NULL where the guard leaves it out; `in_order`: the table's rows
    are in the page's order; the number of articles checked."""
    from pydantic import TypeAdapter

    from veille.dossier.records import ARTICLE_SUMMARY, NEWEST_FIRST
    from veille.server import schemas
    from veille.store.db import Store
    from veille.store.list_docs import _ARTICLE_ROWS_SQL

    stored = con.execute("SELECT id, published, doc FROM article_list ORDER BY id").fetchall()
    assert stored == sorted(con.execute(_ARTICLE_ROWS_SQL.format(where="TRUE")).fetchall())
    adapter = TypeAdapter(schemas.ArticleSummary)
    rows = {r["id"]: r for r in Store(con, ":memory:", read_only=True).rows(f"SELECT {ARTICLE_SUMMARY} FROM articles")}
    assert sorted(rows) == [r[0] for r in stored]
    for i, _, doc in stored:  # (a NULL is where the guard's test holds: the whole build's rows above)
        if doc is not None:
            assert doc.encode() == adapter.dump_json(adapter.validate_python(rows[i])), i
    assert any(doc is not None for *_, doc in stored) or not stored
    if in_order:
        assert [r[0] for r in con.execute("SELECT id FROM article_list ORDER BY rowid").fetchall()] == [
            r[0] for r in con.execute(f"SELECT id FROM articles ORDER BY {NEWEST_FIRST}").fetchall()]
    return len(stored)


def validated_page(item: Any, page: Any) -> bytes:
    """A page's JSON as the app's schema writes it after validating every item: the oracle the
    stored-document paths (api40, api41) are compared with byte for byte."""
    from veille.server import schemas
    from veille.server.api import _adapter
    adapter = _adapter(schemas.Page[item])
    return adapter.dump_json(adapter.validate_python(page))
