"""Incremental entity linking: new mentions against the store's index of names.

link@5 (`veille.stages.link`) unions entity ids that share a folded name, transliterations of
one person's name, a surname and the one full name ending with it, an office and its one
holder; what it decides depends on the *distinct* names, not on how many articles repeat them.
So the store keeps one row per distinct name (`link_names`: the id the entities stage gave
it, its text, type and role, how many mentions it stands for, and its final id), and a run
links only what its new mentions can reach:

- blocking: the stored names that share a key with a new name (the folded form, the last word
  both ways for surnames, the same number of words and a last word one edit away for
  transliterations, every office of a name's roles (link@31: a stored name's second office
  too, migration 22), the same local or final id, the entity a role points
  to, link@5's cross-language keys, `link_xlang.keys`, the generic key a bare name is the
  variant of, and a person's longer and shorter names that hold its words in order from the same
  given name, `link.shortened`), then the same again from what was found, until nothing new
  comes (the component).  Each key is a condition some rule of link@5 needs to join or to weigh
  two names, so the names a component leaves out cannot change what link@5 gives inside it;
- link@5 itself over the component (one mention per name, weighted by its count for the
  canonical name), so an id that changes is exactly what a full relink over every name would
  give it;
- rewrites: the new articles get their final ids in memory; stored mentions (through
  `mention_links`, each mention's id before linking), roles and quote speakers whose final id
  changed are updated in SQL, and only the entities of the component are replaced.

`relink_all` runs the same over every stored name: `veille relink`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import duckdb

from veille.model import Article, Entity, Mention, Role
from veille.stages.entities.english import nickname_in
from veille.stages.entities.gazetteer import Gazetteer
from veille.stages.entities.text import fold, name_key
from veille.stages.link import ENGLISH_MODEL, english_model, link_mentions, national_rest, shortened, spaced_key
from veille.stages.link_romanise import romanised
from veille.stages.link_xlang import bare_key, exonym_key, keys
from veille.store import answers

MAX_ROUNDS = 12  # blocking rounds; a component is a handful of names, this only bounds a pathology


# A distinct name: local id, text, type, role (JSON) and whether an English recogniser typed it
Ident = tuple[str, str, str, str | None, bool]


@dataclass
class Name:
    """One distinct name: its id before linking, text, type, roles; how many mentions; final id."""

    local: str
    text: str
    type: str
    roles: list[Role]  # every office its mention states (link@27), each a blocking key (link@31)
    n: int = 0
    final: str = ""
    english: bool = False  # typed by an English statistical recogniser (link@14, `link.english_model`)

    @property
    def ident(self) -> Ident:
        return (self.local, self.text, self.type, _role_json(self.roles), self.english)


def _role_json(roles: list[Role]) -> str | None:
    """One role as ``[title, of, office]``, as names stored before link@27 hold it (their idents stay
    equal); several as a list of those."""
    rows = [[r.title, r.of, r.office] for r in roles]
    if not rows:
        return None
    return json.dumps(rows[0] if len(rows) == 1 else rows, ensure_ascii=False)


def _role_from(value: str | None) -> list[Role]:
    if not value:
        return []
    data = json.loads(value)
    rows = data if data and isinstance(data[0], list) else [data]
    return [Role(title, of, office) for title, of, office in rows]


def _role_key(role: Role) -> str:
    """The office a role names and what it is of: the key link@5's role-only rule joins on."""
    return f"{fold(role.office or role.title)}|{role.of}"


def names_of(articles: Iterable[Article]) -> dict[Ident, Name]:
    """The distinct names of the articles' mentions (ids as the entities stage gave them)."""
    out: dict[Ident, Name] = {}
    for article in articles:
        for m in article.mentions:
            if not m.entity:
                continue
            roles = [Role(r.title, r.of, r.office) for r in m.roles]
            name = Name(m.entity, m.text, m.type, roles, english=english_model(m))
            out.setdefault(name.ident, name).n += 1
    return out


@dataclass
class LinkDelta:
    """What a link pass changes: entities to replace, names to store, ids that moved."""

    entities: list[Entity] = field(default_factory=list)
    names: list[Name] = field(default_factory=list)  # the component's names, final ids set
    stored: dict[Ident, tuple[int, str]] = field(default_factory=dict)  # (n, final) read
    locals: set[str] = field(default_factory=set)  # every local id of the component
    drop: set[str] = field(default_factory=set)  # final ids the component had before
    moved: dict[str, tuple[str, str]] = field(default_factory=dict)  # local -> (old final, new final)
    final: dict[str, str] = field(default_factory=dict)  # local -> final, for the component

    def renames(self) -> dict[str, str]:
        """Old final id -> new final id, where every local of the old id went to the same new one."""
        targets: dict[str, set[str]] = {}
        for local, final in self.final.items():
            old = self.old_final.get(local)
            if old is not None:
                targets.setdefault(old, set()).add(final)
        return {old: next(iter(new)) for old, new in targets.items() if len(new) == 1 and old not in new}

    old_final: dict[str, str] = field(default_factory=dict)  # local -> final id before this pass

    def moved_from(self) -> set[str]:
        """The final ids whose stored mentions `write` gives another id (the others keep theirs)."""
        return {old for old, _ in self.moved.values()}


_COLUMNS = "local, text, type, role, n, final, english"


def _rows_to_names(rows: Sequence[tuple[Any, ...]]) -> list[Name]:
    return [Name(r[0], r[1], r[2], _role_from(r[3]), int(r[4]), r[5], bool(r[6])) for r in rows]


def _xkeys(name: Name, gaz: Gazetteer) -> list[str]:
    """The cross-language keys a name is stored under and probes with (link@5); link@6: a variant
    with one modifier more under the generic key of its bare name ('m:' keys as 'g:'), and an
    organisation under its folded name and the name it is the national branch of ('n:'); link@8:
    a name with digits under its words split where letters meet digits ('f:', "COP29")."""
    bare = bare_key(name.local, name.text, name.type, gaz)
    out = {("g:" + k[2:]) if k.startswith("m:") else k for k in keys(name.local, name.text, name.type, gaz)}
    if (exonym := exonym_key(name.text, name.type)) is not None:  # "Venise" / "Venice" (link@19)
        out.add(exonym)
    if any(c.isdigit() for c in name.text):  # "COP29" / "COP 29" (link@8)
        out.add("f:" + " ".join(spaced_key(name.text)))
    key = name_key(name.text)
    if name.type == "PER" and len(key) >= 2:  # link@32: one person's two romanisations meet here
        out.add("r:" + " ".join(romanised(key)))
    if len(key) == 1:  # link@11: a one-word name and the person's name holding it as a nickname
        out.add("k:" + key[0])
    if name.type == "PER" and (nick := nickname_in(name.text)) is not None:
        out.add("k:" + nick)
    if name.type == "ORG":
        out.add("n:" + " ".join(name_key(name.text)))
        rest = national_rest(name.text, name.type, gaz)
        if rest is not None:
            out.add("n:" + " ".join(rest))
    return sorted(out | ({bare} if bare else set()))


def _component(con: duckdb.DuckDBPyConnection, seeds: list[Name], gaz: Gazetteer) -> list[Name]:
    """The stored names the seeds can reach through link@5's rules (see the module doc)."""
    found: dict[Ident, Name] = {}
    frontier = list(seeds)
    seen_keys: set[tuple[str, str]] = set()
    for _ in range(MAX_ROUNDS):
        probes: dict[str, set[str]] = {k: set() for k in ("key", "surname_of", "full_of", "local",
                                                          "final", "role_key", "longer_of")}
        variants: set[tuple[int, str, str]] = set()
        people: set[tuple[str, ...]] = set()  # link@10: longer and shorter names, same given name
        xkeys: set[str] = set()
        for name in frontier:
            key = name_key(name.text)
            if not key:
                continue
            xkeys.update(_xkeys(name, gaz))
            probes["key"].add(" ".join(key))
            probes["local"].add(name.local)
            if name.final:
                probes["final"].add(name.final)
            for role in name.roles:
                if role.of:
                    probes["local"].add(role.of)
                probes["role_key"].add(_role_key(role))
            if len(key) == 1:
                probes["surname_of"].add(key[0])  # full person names ending with it (link@10: any type)
            if len(key) >= 2 and name.type == "PER":
                probes["full_of"].add(key[-1])  # the bare surname
                variants.add((len(key), key[-1][:1], key[-1]))
                # link@10: a double surname and the longer names ending with it, both ways
                probes["longer_of"].add(key[-1])
                people.add(key)
                probes["key"].update(" ".join(key[-k:]) for k in range(2, len(key)))
        query: list[str] = []
        params: list[Any] = []
        for kind, column in (("key", "key"), ("local", "local"), ("final", "final"), ("full_of", "key")):
            values = sorted(v for v in probes[kind] if (kind, v) not in seen_keys)
            seen_keys.update((kind, v) for v in values)
            if values:
                query.append(f"SELECT {_COLUMNS} FROM link_names WHERE {column} IN (SELECT unnest(?))")
                params.append(values)
        # people by their last word: a surname alone (two words or more), a name with words left out (three or more)
        for kind, min_words in (("surname_of", 2), ("longer_of", 3)):
            lasts = sorted(v for v in probes[kind] if (kind, v) not in seen_keys)
            seen_keys.update((kind, v) for v in lasts)
            if lasts:
                query.append(f"SELECT {_COLUMNS} FROM link_names WHERE words >= {min_words} AND type = 'PER' "
                             "AND last IN (SELECT unnest(?))")
                params.append(lasts)
        # link@31: a stored name by any of its offices (migration 22), not its first only
        offices = sorted(v for v in probes["role_key"] if ("role_key", v) not in seen_keys)
        seen_keys.update(("role_key", v) for v in offices)
        if offices:
            query.append(f"SELECT {_COLUMNS} FROM link_names WHERE list_has_any(role_keys, ?::VARCHAR[])")
            params.append(offices)
        xfresh = sorted(v for v in xkeys if ("xkey", v) not in seen_keys)
        seen_keys.update(("xkey", v) for v in xfresh)
        if xfresh:
            query.append(f"SELECT {_COLUMNS} FROM link_names WHERE list_has_any(xkeys, ?::VARCHAR[])")
            params.append(xfresh)
        fresh = sorted(v for v in variants if ("variant", repr(v)) not in seen_keys)
        seen_keys.update(("variant", repr(v)) for v in fresh)
        if fresh:
            query.append(
                f"SELECT {', '.join('n.' + c.strip() for c in _COLUMNS.split(','))} FROM link_names n "
                "JOIN (SELECT unnest(?) AS w, unnest(?) AS i, unnest(?) AS l) p "
                "ON n.words = p.w AND left(n.last, 1) = p.i AND n.type = 'PER' "
                "WHERE levenshtein(n.last, p.l) <= 1")
            params += [[v[0] for v in fresh], [v[1] for v in fresh], [v[2] for v in fresh]]
        firsts = sorted(v for v in people if ("shortened", repr(v)) not in seen_keys)
        seen_keys.update(("shortened", repr(v)) for v in firsts)
        if not query and not firsts:
            break
        rows = con.execute(" UNION ALL ".join(query), params).fetchall() if query else []
        rows += _shortened_of(con, firsts)
        frontier = []
        for name in _rows_to_names(rows):
            if name.ident not in found:
                found[name.ident] = name
                frontier.append(name)
        if not frontier:
            break
    return list(found.values())


def _shortened_of(con: duckdb.DuckDBPyConnection, keys: list[tuple[str, ...]]) -> list[tuple[Any, ...]]:
    """The stored people's names that are one of `keys` (people's name keys) with
    words left out, or that one of them is with words left out (`link.shortened`): the pairs
    `_link_shorter_names` tests, and no others.  Fetching every person with the same given name
    instead joined nearly every stored person into one component where given names recur (4,891 of
    5,095 names at 10k synthetic articles; 146 with these pairs only), and link@5 ran over all.
    A pair needs the same first word, other lengths and a name of three words or more: SQL
    keeps those, the words in order are tested here on the names' own keys."""
    if not keys:
        return []
    rows = con.execute(
        f"SELECT {', '.join('n.' + c.strip() for c in _COLUMNS.split(','))}, f.i FROM link_names n "
        "JOIN (SELECT unnest(?) AS p, unnest(?) AS w, unnest(?) AS i) f ON starts_with(n.key, f.p) "
        "WHERE n.words >= 2 AND n.type = 'PER' AND n.words <> f.w AND greatest(n.words, f.w) >= 3",
        [[k[0] + " " for k in keys], [len(k) for k in keys], list(range(len(keys)))]).fetchall()
    out = []
    for row in rows:
        probe, key = keys[row[-1]], name_key(row[1])
        if shortened(probe, key) or shortened(key, probe):
            out.append(row[:-1])
    return out


def canonical_order(name: Name) -> tuple[int, str, str, str, str, bool]:
    """The one order link@5 meets names in (link@15): longer names first, then by what the name
    is.  Some of its rules see the unions made before them in the same loop: "Pierre Nkemelu"
    with "Pierre Kofi Nkemelu" and "Pierre Lise Kofi Nkemelu" joins them only if the two longer
    names were joined first, and a state body's bare names, a canonical name's ties and the
    gazetteer's guard (two known referents stay two) go to whichever comes first.  A pass meets a
    component's names as found and a relink the whole table, so they disagreed (6 of 200
    generated seeds); in one order given by each name alone, the names of a component come in
    the order a relink over every name gives them, and names outside it join none of them, so a
    pass gives every name the id a relink gives.  Longer first: a shortened name or a surname is
    decided after every longer name it may join, so it sees what they joined."""
    return (-len(name_key(name.text)), name.local, name.text, name.type, _role_json(name.roles) or "", name.english)


def link_names(names: list[Name], gaz: Gazetteer) -> tuple[list[Entity], dict[str, str]]:
    """link@5 over distinct names (one mention each, weighted by its count), in the canonical
    order whatever order `names` come in: the entities and each local id's final id.  Roles'
    `of` are set to final ids on the names."""
    mentions = []
    weights: dict[int, int] = {}
    names = sorted(names, key=canonical_order)
    for name in names:
        m = Mention(0, 0, name.text, name.type, name.local,  # type: ignore[arg-type]
                    model=ENGLISH_MODEL if name.english else None,
                    roles=[Role(r.title, r.of, r.office) for r in name.roles])
        weights[id(m)] = name.n
        mentions.append(m)
    entities = link_mentions(mentions, gaz, weights)
    final: dict[str, str] = {}
    for name, m in zip(names, mentions, strict=True):
        final[name.local] = m.entity or name.local
        name.final = m.entity or name.local
    return entities, final


def _pass(con: duckdb.DuckDBPyConnection, stored: list[Name], new: list[Name], gaz: Gazetteer) -> LinkDelta:
    delta = LinkDelta(old_final={n.local: n.final for n in stored}, drop={n.final for n in stored},
                      stored={n.ident: (n.n, n.final) for n in stored})
    merged: dict[Ident, Name] = {n.ident: n for n in stored}
    for name in new:
        if name.ident in merged:
            merged[name.ident].n += name.n
        else:
            merged[name.ident] = name
    names = list(merged.values())
    delta.entities, delta.final = link_names(names, gaz)
    delta.names = names
    delta.locals = {n.local for n in names}
    for local, old in delta.old_final.items():
        if delta.final.get(local, old) != old:
            delta.moved[local] = (old, delta.final[local])
    return delta


def link_new(con: duckdb.DuckDBPyConnection, articles: list[Article], gaz: Gazetteer) -> LinkDelta:
    """Link the new articles' mentions against the stored names; the new articles' mentions,
    roles and quote speakers get their final ids in place.  Nothing is written (`write`)."""
    new = list(names_of(articles).values())
    stored = _component(con, new, gaz)
    delta = _pass(con, stored, new, gaz)
    _apply(articles, delta.final)
    return delta


def relink_all(con: duckdb.DuckDBPyConnection, gaz: Gazetteer) -> LinkDelta:
    """link@5 over every stored name (`veille relink`), from the ids the entities stage gave."""
    stored = _rows_to_names(con.execute(f"SELECT {_COLUMNS} FROM link_names").fetchall())
    return _pass(con, stored, [], gaz)


def _apply(articles: list[Article], final: dict[str, str]) -> None:
    for article in articles:
        before = {}
        for m in article.mentions:
            if m.entity:
                before[m.entity] = final.get(m.entity, m.entity)
                m.entity = before[m.entity]
            for role in m.roles:
                if role.of:
                    role.of = final.get(role.of, role.of)
        for q in article.quotes:
            if q.speaker in before:
                q.speaker = before[q.speaker]
        _rename_actors(article, final)


def _rename_actors(article: Article, final: dict[str, str]) -> None:
    """The article's events name their actors and place by the ids their mentions had before this
    pass (the entities stage's): they follow the mentions to the final ids (link@10). Before, an
    actor whose id a corpus pass moved ("Democratic Republic of Congo" joined to its French name)
    kept an id no exported entity has, and its event matched no reader's actor."""
    for ev in article.events:
        ev.source = list(dict.fromkeys(final.get(a, a) for a in ev.source))
        ev.target = [t for t in dict.fromkeys(final.get(a, a) for a in ev.target) if t not in ev.source]
        if ev.location is not None:
            ev.location = final.get(ev.location, ev.location)


def rename_in_memory(articles: list[Article], renames: dict[str, str]) -> None:
    """Stored articles read before the write: their final ids as this pass leaves them."""
    if not renames:
        return
    for article in articles:
        for m in article.mentions:
            if m.entity in renames:
                m.entity = renames[m.entity]
            for role in m.roles:
                if role.of in renames:
                    role.of = renames[role.of]
        for q in article.quotes:
            if q.speaker in renames:
                q.speaker = renames[q.speaker]
        _rename_actors(article, renames)


def write(con: duckdb.DuckDBPyConnection, delta: LinkDelta, new: list[Article],
          locals_of: dict[tuple[str, int, int], str], gaz: Gazetteer) -> None:
    """Store the pass (inside the corpus steps' transaction): the component's names whose row
    changed (new, another count or final id; rewritten with the other names of their local id),
    the new mentions' local ids, and stored mentions, roles and speakers whose final id moved."""
    # A component can hold many stored names where surnames recur (185 names for 100 new articles
    # at 10k synthetic articles; 4,930 when the blocking took every namesake of a given name); a
    # pass changes the rows of its new names and of the ids that moved only.
    changed = {n.local for n in delta.names if delta.stored.get(n.ident) != (n.n, n.final)}
    if changed:
        con.execute("DELETE FROM link_names WHERE local IN (SELECT unnest(?))", [sorted(changed)])
    names = [n for n in delta.names if n.local in changed]
    if names:
        rows = []
        for n in names:
            key = name_key(n.text)
            if not key:
                key = (fold(n.text) or n.text,)
            rows.append([n.local, n.text, n.type, _role_json(n.roles), " ".join(key), key[-1], len(key),
                         n.n, n.final, _xkeys(n, gaz), n.english,
                         sorted({_role_key(r) for r in n.roles}) if n.roles else None])
        cols = list(zip(*rows, strict=True))
        con.execute("INSERT INTO link_names (local, text, type, role, key, last, words, n, final, xkeys, english, "
                    "role_keys) SELECT * FROM (SELECT unnest(?), unnest(?), unnest(?), unnest(?)::JSON, unnest(?), "
                    "unnest(?), unnest(?), unnest(?), unnest(?), unnest(?::VARCHAR[][]), unnest(?::BOOLEAN[]), "
                    "unnest(?::VARCHAR[][]))",
                    [list(c) for c in cols])
    if locals_of:
        keys = list(locals_of)
        con.execute("INSERT INTO mention_links SELECT * FROM (SELECT unnest(?), unnest(?), unnest(?), unnest(?))",
                    [[k[0] for k in keys], [k[1] for k in keys], [k[2] for k in keys], list(locals_of.values())])
    touched: set[str] = set()  # the stored articles whose mentions or quotes the updates below change
    if delta.moved:
        moved = sorted(delta.moved.items())
        new_ids = sorted({a.id for a in new})
        con.execute(
            """UPDATE mentions SET entity = r.new
               FROM mention_links l, (SELECT unnest(?) AS local, unnest(?) AS old, unnest(?) AS new) r
               WHERE l.local = r.local AND mentions.article = l.article AND mentions.start = l.start
                 AND mentions."end" = l."end" AND mentions.entity = r.old
                 AND mentions.article NOT IN (SELECT unnest(?))
               RETURNING mentions.article""",
            [[m[0] for m in moved], [m[1][0] for m in moved], [m[1][1] for m in moved], new_ids])
        touched.update(r[0] for r in con.fetchall())
    renames = sorted(delta.renames().items())
    if renames:
        params = [[r[0] for r in renames], [r[1] for r in renames]]
        con.execute("""UPDATE mentions SET role = json_merge_patch(role, json_object('of', r.new))
                       FROM (SELECT unnest(?) AS old, unnest(?) AS new) r
                       WHERE role IS NOT NULL AND role->>'of' = r.old RETURNING mentions.article""", params)
        touched.update(r[0] for r in con.fetchall())
        # every role of the list (migration 21), not only the first; renamed inside the lambda by a
        # lookup in the old-id list (a FROM join would apply one rename per row, so a mention whose
        # two roles both name renamed ids would get only one of them renamed)
        con.execute("""UPDATE mentions SET roles = to_json(list_transform(CAST(roles AS JSON[]),
                           lambda x: CASE WHEN list_position($1::VARCHAR[], x->>'of') IS NOT NULL
                                     THEN json_merge_patch(x, json_object(
                                         'of', list_extract($2::VARCHAR[], list_position($1::VARCHAR[], x->>'of'))))
                                     ELSE x END))
                       WHERE roles IS NOT NULL
                         AND len(list_intersect(json_extract_string(roles, '$[*].of'), $1::VARCHAR[])) > 0
                       RETURNING article""",
                    params)
        touched.update(r[0] for r in con.fetchall())
        con.execute("""UPDATE quotes SET speaker = r.new FROM (SELECT unnest(?) AS old, unnest(?) AS new) r
                       WHERE quotes.speaker = r.old RETURNING quotes.article""", params)
        touched.update(r[0] for r in con.fetchall())
    # The stored answers of the articles whose mentions or quotes now name another id (migration 23).
    answers.refresh_articles(con, touched)


def locals_before(articles: list[Article]) -> dict[tuple[str, int, int], str]:
    """Each mention's id before linking, by (article, start, end): call before `link_new`."""
    return {(a.id, m.start, m.end): m.entity for a in articles for m in a.mentions if m.entity}
