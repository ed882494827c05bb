"""A mention's roles (entities@54, link@27, migration 21): `Mention.roles` holds every office the
mention states, `role` its first, kept in step; records written before keep their one role; the
store's `mentions.roles` column is backfilled from `role` on a store created at migration 20,
written with the batch, renamed with the ids linking moves, and exported with each mention; link
gives the entity every role of every mention."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from veille.model import Article, Mention, Role, article_id
from veille.stages.entities.gazetteer import build
from veille.stages.link import link_mentions
from veille.stages.link_index import LinkDelta, _role_from, _role_json, write
from veille.store import migrations
from veille.store.db import Store
from veille.store.export import entity_rows


def _two() -> Mention:
    return Mention(0, 10, "Jean Roux", "PER", entity="per:jean-roux",
                   roles=[Role("président", "org:senat"), Role("ancien ministre de la Justice")])


def test_role_is_the_first_of_roles_whichever_is_assigned() -> None:
    m = Mention(0, 3, "Roux", "PER", role=Role("maire", "loc:lyon"))
    assert m.roles == [Role("maire", "loc:lyon")]
    m.roles = [*m.roles, Role("député")]
    assert m.role == Role("maire", "loc:lyon") and len(m.roles) == 2
    m.role = Role("sénateur")  # replaces the first, keeps the others
    assert [r.title for r in m.roles] == ["sénateur", "député"]
    m.role = None
    assert m.roles == [] and m.role is None
    assert not Mention(0, 3, "Roux", "PER").roles
    assert _two().role == Role("président", "org:senat")


def test_records_round_trip_and_an_older_record_keeps_its_one_role() -> None:
    body = "Jean Roux a parlé."
    a = Article(id="a", source="a.txt", raw=body, body=body, mentions=[_two()])
    back = Article.from_dict(json.loads(json.dumps(a.to_dict())))
    assert back.mentions[0].roles == _two().roles and back.mentions[0].role == _two().role
    old = {k: v for k, v in a.to_dict().items()}
    old["mentions"] = [{"start": 0, "end": 9, "text": "Jean Roux", "type": "PER", "entity": "per:jean-roux",
                        "role": {"title": "maire", "of": "loc:lyon", "office": None}}]
    m = Article.from_dict(old).mentions[0]
    assert m.roles == [Role("maire", "loc:lyon")] and m.role == Role("maire", "loc:lyon")


def test_link_names_keep_one_role_as_before_and_read_several() -> None:
    one = [Role("maire", "loc:lyon")]
    assert _role_json(one) == json.dumps(["maire", "loc:lyon", None])  # as stored before link@27
    assert _role_from(_role_json(one)) == one
    assert _role_from(_role_json(_two().roles)) == _two().roles
    assert _role_json([]) is None and _role_from(None) == []


def test_the_entity_holds_every_role_of_its_mentions() -> None:
    ents = {e.id: e for e in link_mentions([_two()], build([]), {})}
    titles = {r.title for r in ents["per:jean-roux"].roles}
    assert {"président", "ancien ministre de la Justice"} <= titles


def _mention_rows(store: Store) -> list[tuple[str | None, str | None]]:
    return store.con.execute('SELECT role, roles FROM mentions ORDER BY start').fetchall()


def test_migration_21_backfills_roles_from_role_on_a_store_made_at_migration_20(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "old.duckdb"
    monkeypatch.setattr("veille.store.db.MIGRATIONS", [m for m in migrations.MIGRATIONS if m[0] < 21])
    with Store.open(db) as old:
        assert old.con.execute("SELECT count(*) FROM information_schema.columns WHERE table_name = 'mentions' "
                               "AND column_name = 'roles'").fetchone() == (0,)
        for start, role in ((0, '{"title": "maire", "of": "loc:lyon", "office": null}'), (20, None)):
            old.con.execute('INSERT INTO mentions (article, start, "end", text, type, entity, role) '
                            "VALUES ('a', ?, ?, 'x', 'PER', 'per:x', ?)", [start, start + 1, role])
    monkeypatch.undo()
    with Store.open(db) as store:
        rows = _mention_rows(store)
        assert json.loads(rows[0][1]) == [json.loads(rows[0][0])]  # the one role, as a list
        assert rows[1] == (None, None)  # no role, no list
        assert store.migrate() == []  # recorded: a second open applies nothing
    with Store.open(db) as again:
        assert _mention_rows(again) == rows


def test_the_batch_writes_every_role_links_renames_them_and_the_export_carries_them(tmp_path: Path) -> None:
    body = "Jean Roux, président du Sénat et ancien ministre de la Justice, a parlé."
    art = Article(id=article_id("r.txt", body), source="r.txt", raw=body, body=body, mentions=[_two()])
    with Store.open(tmp_path / "s.duckdb") as store:
        store.write_batch([art], [], "run1")
        role, roles = _mention_rows(store)[0]
        assert json.loads(role)["title"] == "président"
        assert [r["title"] for r in json.loads(roles)] == ["président", "ancien ministre de la Justice"]
        # a linking pass that moves "org:senat" to another final id renames it in every role
        delta = LinkDelta(final={"org:senat": "org:senat-fr"}, old_final={"org:senat": "org:senat"})
        write(store.con, delta, [], {}, None)  # type: ignore[arg-type]
        role, roles = _mention_rows(store)[0]
        assert json.loads(role)["of"] == "org:senat-fr"
        assert [r["of"] for r in json.loads(roles)] == ["org:senat-fr", None]
        store.con.execute("INSERT INTO entities (id, name, type) VALUES ('per:jean-roux', 'Jean Roux', 'PER')")
        exported = {e["id"]: e for e in entity_rows(store)}
        assert [r["title"] for r in exported["per:jean-roux"]["mentions"][0]["roles"]] == [
            "président", "ancien ministre de la Justice"]


def test_one_linking_pass_renames_every_role_of_a_mention_whose_ids_it_moves(tmp_path: Path) -> None:
    # two roles naming two ids that one pass renames: both are renamed, not only the first joined
    body = "Jean Roux, président du Sénat et maire de Lyon, a parlé."
    m = Mention(0, 9, "Jean Roux", "PER", entity="per:jean-roux",
                roles=[Role("président", "org:senat"), Role("maire", "loc:lyon"), Role("député")])
    art = Article(id=article_id("r2.txt", body), source="r2.txt", raw=body, body=body, mentions=[m])
    with Store.open(tmp_path / "s.duckdb") as store:
        store.write_batch([art], [], "run1")
        delta = LinkDelta(final={"org:senat": "org:senat-fr", "loc:lyon": "loc:lyon-fr"},
                          old_final={"org:senat": "org:senat", "loc:lyon": "loc:lyon"})
        write(store.con, delta, [], {}, None)  # type: ignore[arg-type]
        role, roles = _mention_rows(store)[0]
        assert json.loads(role)["of"] == "org:senat-fr"
        assert [r["of"] for r in json.loads(roles)] == ["org:senat-fr", "loc:lyon-fr", None]
        assert [r["title"] for r in json.loads(roles)] == ["président", "maire", "député"]


def test_a_mention_copies_the_roles_it_is_given_and_keeps_role_first() -> None:
    given = [Role("député"), Role("maire", "loc:lyon")]
    m = Mention(0, 3, "Roux", "PER", role=Role("maire", "loc:lyon"), roles=given)
    assert m.roles == [Role("maire", "loc:lyon"), Role("député")]  # `role` first, not repeated
    assert given == [Role("député"), Role("maire", "loc:lyon")]  # the caller's list is left alone
    m.roles.append(Role("sénateur"))
    assert len(given) == 2
    # `dataclasses.replace` builds a new mention from the same list: neither sees the other's changes
    copy = dataclasses.replace(m, role=Role("ministre"))
    assert [r.title for r in copy.roles] == ["ministre", "maire", "député", "sénateur"]
    assert [r.title for r in m.roles] == ["maire", "député", "sénateur"]
