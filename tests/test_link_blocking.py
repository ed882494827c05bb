"""The store's blocking (`link_index._component`) reads the names link@5 can join a new name to,
and a pass over them gives every name the id a relink over every stored name gives (issue 20)."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest

from veille.model import Article, Mention, Role
from veille.stages.entities.gazetteer import Gazetteer, load
from veille.stages.entities.text import slug
from veille.stages.link_index import (
    _COLUMNS,
    Name,
    _component,
    _rows_to_names,
    link_names,
    link_new,
    locals_before,
    names_of,
    relink_all,
    write,
)
from veille.store import migrations
from veille.store.db import Store


def _article(aid: str, *names: str) -> Article:
    a = Article(id=aid, source=aid, raw="", body="")
    a.mentions = [Mention(2 * i, 2 * i + 1, text, "PER", f"per:{slug(text)}") for i, text in enumerate(names)]
    return a


def _add(store: Store, articles: list[Article], gaz: Gazetteer) -> None:
    """One incremental link pass over `articles`, written (as the corpus steps write it)."""
    local = locals_before(articles)
    write(store.con, link_new(store.con, articles, gaz), articles, local, gaz)


def _finals(store: Store) -> dict[str, str]:
    return dict(store.con.execute("SELECT local, final FROM link_names").fetchall())


def test_blocking_reads_the_shortened_names_and_not_every_namesake(tmp_path: Path) -> None:
    gaz = load()
    with Store.open(tmp_path / "s.duckdb") as store:
        _add(store, [_article("a1", "Brice Clotaire Oligui Nguema", "Odile Kra"),
                     _article("a2", "Brice Dupont", "Brice Martin Sow", "Odile Mensah"),
                     _article("a3", "Paul A. Obi", "Paul B. Obi", "Paul Eze Nwosu")], gaz)
        new = [_article("b1", "Brice Oligui Nguema", "Odile Kra Adjoua", "Paul Obi")]
        found = {n.text for n in _component(store.con, list(names_of(new).values()), gaz)}
        # the longer name it shortens; the shorter one it lengthens; the two longer names that fit
        # "Paul Obi" (and keep it apart); every name they reach in turn: the pairs link@10 tests
        assert found == {"Brice Clotaire Oligui Nguema", "Odile Kra", "Paul A. Obi", "Paul B. Obi"}
        # near misses: the same given name, the words not in order or other words
        assert not found & {"Brice Dupont", "Brice Martin Sow", "Odile Mensah", "Paul Eze Nwosu"}
        _add(store, new, gaz)
        finals = _finals(store)
        assert finals["per:brice-oligui-nguema"] == finals["per:brice-clotaire-oligui-nguema"]
        assert finals["per:odile-kra"] == finals["per:odile-kra-adjoua"]
        assert len({finals[k] for k in ("per:paul-obi", "per:paul-a-obi", "per:paul-b-obi")}) == 3
        assert finals == relink_all(store.con, gaz).final


SEEDS = range(40)  # generated corpora (on link@14 seed 0 ended with a name apart from a relink)


def _orders(store: Store, gaz: Gazetteer) -> set[tuple[tuple[str, str], ...]]:
    """The ids link@5 gives every stored name, met in the table's order, reversed and shuffled."""
    rows = store.con.execute(f"SELECT {_COLUMNS} FROM link_names").fetchall()
    orders = [rows, rows[::-1], random.Random(1).sample(rows, len(rows)), random.Random(2).sample(rows, len(rows))]
    return {tuple(sorted(link_names(_rows_to_names(order), gaz)[1].items())) for order in orders}


def test_a_shortened_name_is_decided_after_the_longer_names_whatever_their_order() -> None:
    """link@15: "Pierre Nkemelu" holds the words of "Pierre Kofi Nkemelu" and of "Pierre Lise
    Kofi Nkemelu", which is the first with a word more: met after the two joined, it joins them;
    met before, it saw two people and stayed apart, so a pass and a relink, meeting the names in
    other orders, disagreed.  The near miss: "Paul Obi" with "Paul A. Obi" and "Paul B. Obi",
    neither the other with words left out, stays apart in every order."""
    gaz = load()
    texts = ["Pierre Nkemelu", "Pierre Kofi Nkemelu", "Pierre Lise Kofi Nkemelu", "Paul Obi", "Paul A. Obi",
             "Paul B. Obi"]
    results = set()
    for order in itertools.permutations(texts):
        _, final = link_names([Name(f"per:{slug(t)}", t, "PER", [], 1) for t in order], gaz)
        results.add(tuple(sorted(final.items())))
    assert len(results) == 1
    final = dict(results.pop())
    assert len({final[f"per:{slug(t)}"] for t in texts[:3]}) == 1
    assert len({final[f"per:{slug(t)}"] for t in texts[3:]}) == 3


def test_passes_over_the_blocked_names_give_what_a_relink_of_every_name_gives(tmp_path: Path) -> None:
    """Names that recur (few given names, middle names, surnames) in runs of 8 articles: each
    run's pass reads only its component, and every stored name has the id link@5 over all of them
    gives, which is the same in any order of the names (link@15, `link_index.canonical_order`;
    on link@14, 6 of 200 such seeds ended with a name apart from a relink, seed 0 of these, and
    27 of these 40 gave other ids to the names met reversed or shuffled).
    Blocking that left out a name a rule can join fails this (tried: without `_shortened_of`)."""
    gaz = load()
    given, middle = ["Amara", "Jules", "Nadia", "Pierre"], ["Kofi", "Lise", "Van", "Mbeki"]
    last = ["Obiang", "Tessier", "Ruelle", "Diallo", "Okafor", "Lindqvist", "Haddad", "Moreau",
            "Sato", "Nkemelu", "Varga", "Quispe", "Ferreira", "Kowalczyk", "Abebe", "Nilsen"]
    checked = left_out = joined = 0
    for seed in SEEDS:
        rng = random.Random(seed)

        def name(rng: random.Random = rng) -> str:
            words = [rng.choice(given), *rng.sample(middle, rng.randint(0, 2)), rng.choice(last)]
            if rng.random() < 0.15:
                return words[-1]  # a surname alone
            if rng.random() < 0.2:
                words.append(rng.choice(last))  # a double surname
            return " ".join(dict.fromkeys(words))

        articles = [_article(f"s{seed}-{i}", *(name() for _ in range(rng.randint(1, 4)))) for i in range(40)]
        with Store.open(tmp_path / f"r{seed}.duckdb") as store:
            for k in range(0, len(articles), 8):
                stored = store.con.execute("SELECT count(*) FROM link_names").fetchone()
                reached = _component(store.con, list(names_of(articles[k:k + 8]).values()), gaz)
                left_out += bool(stored and stored[0] > len(reached))
                _add(store, articles[k:k + 8], gaz)
            finals = _finals(store)
            assert finals == relink_all(store.con, gaz).final, seed
            assert {tuple(sorted(finals.items()))} == _orders(store, gaz), seed
            checked += len(finals)
            lengths: dict[str, set[int]] = {}
            for text, final in store.con.execute("SELECT text, final FROM link_names").fetchall():
                lengths.setdefault(final, set()).add(len(text.split()))
            joined += sum(len(n) > 1 for n in lengths.values())
    # names enough; names of other lengths joined (shortened names, surnames); passes that read
    # some of the stored names only
    assert checked > 25 * len(SEEDS) and joined > 3 * len(SEEDS) and left_out > len(SEEDS), (checked, joined, left_out)


def test_a_stored_name_is_reached_by_its_second_office(tmp_path: Path) -> None:
    """link@31: "Jean Roux, président du Sénat et ministre de la Justice" states two offices; a later
    "le ministre de la Justice" is his by link@5's role-only rule.  The blocking reached a stored
    name by its first office only, so the pass left the role-only mention apart where a relink
    joined them; every office is a key now (migration 22).  The near miss: another office of the
    same title stays apart."""
    gaz = load()
    named = Article(id="a1", source="a1", raw="", body="")
    named.mentions = [Mention(0, 9, "Jean Roux", "PER", "per:jean-roux",
                              roles=[Role("président", "org:senat"), Role("ministre de la Justice", "loc:fr")])]
    later = Article(id="b1", source="b1", raw="", body="")
    later.mentions = [Mention(0, 25, "le ministre de la Justice", "PER", "per:role:ministre-justice-fr",
                              roles=[Role("ministre de la Justice", "loc:fr")]),
                      Mention(30, 50, "le ministre de la Justice", "PER", "per:role:ministre-justice-be",
                              roles=[Role("ministre de la Justice", "loc:be")])]
    with Store.open(tmp_path / "s.duckdb") as store:
        _add(store, [named], gaz)
        _add(store, [later], gaz)
        finals = _finals(store)
        assert finals["per:role:ministre-justice-fr"] == finals["per:jean-roux"]
        assert finals["per:role:ministre-justice-be"] != finals["per:jean-roux"]
        assert finals == relink_all(store.con, gaz).final
        assert store.con.execute("SELECT role_keys FROM link_names WHERE local = 'per:jean-roux'").fetchall() == [
            (["ministre de la justice|loc:fr", "president|org:senat"],)]


def test_migration_22_keys_a_stored_name_by_its_role_key_on_a_store_made_at_migration_21(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A store upgraded keeps each name's one key (its first office's, as written then) in the list;
    a name with no role keeps none; the single-key column goes."""
    db = tmp_path / "old.duckdb"
    monkeypatch.setattr("veille.store.db.MIGRATIONS", [m for m in migrations.MIGRATIONS if m[0] < 22])
    with Store.open(db) as old:
        for local, role_key in (("per:jean-roux", "president|org:senat"), ("per:ana-lee", None)):
            old.con.execute("INSERT INTO link_names (local, text, type, key, last, words, role_key, n, final) "
                            "VALUES (?, 'x', 'PER', 'x', 'x', 1, ?, 1, ?)", [local, role_key, local])
    monkeypatch.undo()
    with Store.open(db) as store:
        assert store.con.execute("SELECT local, role_keys FROM link_names ORDER BY local").fetchall() == [
            ("per:ana-lee", None), ("per:jean-roux", ["president|org:senat"])]
        assert store.con.execute("SELECT count(*) FROM information_schema.columns WHERE table_name = 'link_names' "
                                 "AND column_name = 'role_key'").fetchone() == (0,)
        assert store.migrate() == []
