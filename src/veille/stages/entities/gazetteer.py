"""The gazetteer: countries, places, organisations, armed groups and office holders.

Entries are JSON Lines (see data/gazetteer/README.md).  Lines that share an ``id`` are merged,
so a user file can add aliases, demonyms or offices to a shipped entry, or add new entries.
The index is built once per `Context` (``ctx.resource``) and matched over word tokens after
accent and case folding, with a case check that keeps "UN"/"un" and "EI"/"ei" apart.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from veille.errors import ConfigError
from veille.model import EntityType
from veille.pipeline import Context
from veille.stages.entities.body_names import headed_groups
from veille.stages.entities.text import fold, is_acronym, name_key, tokens

DATA = Path(__file__).resolve().parents[2] / "data"
SHIPPED = ("countries.jsonl", "curated.jsonl", "demonyms.jsonl")
# Shipped, but read only when listed in `entities.gazetteers` (see data/gazetteer/README.md), until
# the later stages are measured with them: with world.jsonl English articles name many more
# places and the cross-language story clustering (stories@4) merges more; with leaders.jsonl
# more events are found, some left undated by the events stage (eval/news dev date accuracy).
OPTIONAL = ("world.jsonl", "leaders.jsonl")
# Unlisted, leaders.jsonl is still read to identify people found otherwise (`Gazetteer.known`).
IDENTIFY_ONLY = ("leaders.jsonl",)
# Unlisted, world.jsonl still types names found otherwise (`Gazetteer.type_of`): "l'Élysée",
# "Ottawa", "Hamas" are no people whatever spaCy says, but they keep their provisional id.
TYPE_ONLY = ("world.jsonl",)
# Kinds of the unlisted files that give a referent their Wikidata id but type no name (entities@23):
# the towns of 250,000 to a million inhabitants ("Anchorage", "Coventry") are as often surnames;
# spaCy's own type stands, so a bare surname stays the person it names ("Kirsty Coventry", then
# "Coventry"), and link's surname rule (`link._unknown_word`) still applies to them.
NO_TYPE = ("town",)


@dataclass(frozen=True)
class Office:
    title: str
    of: str | None
    start: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    end: str | None


@dataclass
class Entry:
    id: str
    name: str
    type: EntityType
    kind: str = ""
    wikidata: str | None = None
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    offices: list[Office] = field(default_factory=list)
    capital_of: str | None = None
    country: str | None = None  # the country a region lies in (link@8: a place's country)
    # the countries a person was head of state or government of (leaders.jsonl's generated part,
    # tools/build_world_orgs.py): link@21 reads it for the country an article is about
    head_of: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    entry: Entry


@dataclass
class Gazetteer:
    entries: dict[str, Entry]
    # folded word sequence -> [(alias as written, entry id)]
    index: dict[tuple[str, ...], list[tuple[str, str]]]
    demonyms: dict[str, str]  # folded demonym -> country id
    max_words: int
    known: dict[str, Entry] = field(default_factory=dict)
    """People of an optional file that is not listed (`IDENTIFY_ONLY`): a name found otherwise
    (spaCy, the English rules) that is one of their aliases takes their id and Wikidata id
    (`identify`), so "Trump" in an English article and "Donald Trump" in a French one are one
    referent with its Wikidata id; they find no name themselves, hold no office for role
    resolution, and take no part in what reads `entries` (event actors' states)."""
    known_index: dict[tuple[str, ...], list[str]] = field(default_factory=dict)
    types: dict[tuple[str, ...], EntityType] = field(default_factory=dict)
    """Names of an optional file that is not listed (`TYPE_ONLY`) -> their one type: a name found
    otherwise (spaCy, the English rules) takes that type, not the entry's id (ids feed story
    clustering, which the unlisted file must not change; see `OPTIONAL`)."""
    groups: dict[tuple[str, ...], str] = field(default_factory=dict)
    """Names of an optional file that is not listed (`TYPE_ONLY`) -> the one entry they are
    aliases of: linking (link@5, `link_xlang`) makes "Frankfurt" and "Francfort" one referent
    without giving them the entry's id."""
    group_ids: dict[str, tuple[EntityType, str]] = field(default_factory=dict)
    """Group (see `groups`) -> its entry's type and Wikidata id, where the file gives one: a
    referent all of whose names are one group's takes that Wikidata id, but keeps its provisional
    id (`link._entities`; the Wikidata id feeds no clustering, only the export)."""
    group_country: dict[str, str] = field(default_factory=dict)
    """Group (see `groups`) -> the country its place lies in, where the file says: a capital's
    country (`capital_of`), a region's (`country`); link@8 reads it for an article's country."""
    group_kinds: dict[str, str] = field(default_factory=dict)
    """Group (see `groups`) -> its entry's kind ("agency", "media", "seat_of_power"): what roles reads
    of an organisation found otherwise (entities@70), giving it no id."""
    capitals: set[str] = field(default_factory=set)
    """Groups (see `groups`) whose entry is a country's capital (`capital_of`)."""
    prefixes: set[tuple[str, ...]] = field(default_factory=set)
    """Every leading part of every alias key: matching stops extending a word run as soon as
    no alias starts that way, instead of trying every length up to `max_words`."""

    def __post_init__(self) -> None:
        self.prefixes = {key[:n] for key in self.index for n in range(1, len(key) + 1)}

    def match(self, text: str) -> list[Match]:
        """Longest non-overlapping alias matches in `text`, left to right."""
        toks = list(tokens(text))
        folded = [fold(t) for _, _, t in toks]
        out: list[Match] = []
        i = 0
        while i < len(toks):
            found: Match | None = None
            longest = 0  # the longest run of words from i that begins some alias
            while longest < min(self.max_words, len(toks) - i) \
                    and tuple(folded[i:i + longest + 1]) in self.prefixes:
                longest += 1
            for n in range(longest, 0, -1):
                for alias, entry_id in self.index.get(tuple(folded[i:i + n]), []):
                    if _case_ok(alias, [t for _, _, t in toks[i:i + n]]):
                        found = Match(toks[i][0], toks[i + n - 1][1], self.entries[entry_id])
                        break
                if found:
                    break
            if found:
                out.append(found)
                i += len(list(tokens(text[found.start:found.end])))
            else:
                i += 1
        return out

    def lookup(self, name: str) -> Entry | None:
        hits = self.index.get(name_key(name), [])
        return self.entries[hits[0][1]] if hits else None

    def identify(self, name: str, type_: EntityType) -> Entry | None:
        """The one known entry (see `known`) with this name and a compatible type (MISC, spaCy's
        catch-all, takes any); None when none or several."""
        hits = [self.known[i] for i in self.known_index.get(name_key(name), [])]
        hits = [e for e in hits if type_ in ("MISC", e.type)]
        return hits[0] if len(hits) == 1 else None

    def kind_of(self, name: str) -> str:
        """The kind of the entry this name is, listed or of an unlisted file (`group_kinds`); "" when
        none is known."""
        if (entry := self.lookup(name)) is not None:
            return entry.kind
        group = self.groups.get(name_key(name))
        return self.group_kinds.get(group, "") if group is not None else ""

    def is_capital(self, name: str) -> bool:
        """Whether the unlisted files name a country's capital so (`capitals`)."""
        return self.groups.get(name_key(name)) in self.capitals

    def type_of(self, name: str) -> EntityType | None:
        """The type the unlisted optional files give this name, when they give it one."""
        return self.types.get(name_key(name))

    def country_of_demonym(self, word: str) -> str | None:
        return self.demonyms.get(fold(word))

    def holders(self, title: str, of: str | None, on: str | None) -> list[Entry]:
        """People the gazetteer says held `title` of `of` on date `on` (any date when None: open terms)."""
        out = []
        for entry in self.entries.values():
            for office in entry.offices:
                if fold(office.title) != fold(title) or office.of != of:
                    continue
                if on is None:
                    if office.end is None:
                        out.append(entry)
                elif (office.start or "") <= on and (office.end is None or on < office.end):
                    out.append(entry)
        return out


def office_of(entry: Entry, title: str, on: str | None) -> str | None:
    """What `entry` held the office `title` of on date `on` (open terms when None), when one
    thing: "President Emmanuel Macron" is president of France."""
    found = {office.of for office in entry.offices if fold(office.title) == fold(title) and office.of is not None
             and ((office.end is None) if on is None
                  else (office.start or "") <= on and (office.end is None or on < office.end))}
    return found.pop() if len(found) == 1 else None


def _case_ok(alias: str, words: list[str]) -> bool:
    """A capitalised alias word must be capitalised in the text; a short acronym must match exactly."""
    alias_words = [t for _, _, t in tokens(alias)]
    for a, w in zip(alias_words, words, strict=False):
        if is_acronym(a) and len(a) <= 3:
            if not w.isupper():
                return False
        elif a[:1].isupper() and not w[:1].isupper():
            return False
    return True


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ConfigError(f"gazetteer {path}: line {n} is not JSON: {exc}") from exc
            if "id" in row:  # lines without an id are headers (_source, _licence)
                rows.append(row)
    return rows


def build(rows: list[dict[str, Any]]) -> Gazetteer:
    entries: dict[str, Entry] = {}
    for row in rows:
        entry = entries.get(row["id"])
        if entry is None:
            if "name" not in row:
                # an addition (demonyms, offices) for an entry defined later or elsewhere
                entry = Entry(row["id"], "", "LOC")
            else:
                entry = Entry(row["id"], row["name"], row.get("type", "MISC"))
            entries[row["id"]] = entry
        if row.get("name") and not entry.name:
            entry.name, entry.type = row["name"], row.get("type", entry.type)
        entry.kind = row.get("kind", entry.kind)
        entry.wikidata = row.get("wikidata", entry.wikidata)
        entry.capital_of = row.get("capital_of", entry.capital_of)
        entry.country = row.get("country", entry.country)
        for alias in [row.get("name", ""), *row.get("aliases", [])]:
            if alias and alias not in entry.aliases:
                entry.aliases.append(alias)
        entry.demonyms += [d for d in row.get("demonyms", []) if d not in entry.demonyms]
        entry.head_of += [c for c in row.get("head_of", []) if c not in entry.head_of]
        entry.offices += [Office(o["title"], o.get("of"), o.get("start"), o.get("end"))
                          for o in row.get("offices", [])]
    index: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    for entry in entries.values():
        if not entry.name:
            continue
        for alias in entry.aliases:
            key = name_key(alias)
            if key and (alias, entry.id) not in index.setdefault(key, []):
                index[key].append((alias, entry.id))
    # A demonym two countries share ("congolais", "Congolese": both Congos) goes to the first
    # line that gives it, in file order: curated.jsonl, read before the generated
    # demonyms.jsonl, settles it for the country the news means by it (see the README).
    demonyms: dict[str, str] = {}
    for row in rows:
        for d in row.get("demonyms", []):
            demonyms.setdefault(fold(d), row["id"])
    return Gazetteer(entries, index, demonyms, max((len(k) for k in index), default=1))


def load(extra: list[str] | tuple[str, ...] = ()) -> Gazetteer:
    base = DATA / "gazetteer"
    rows: list[dict[str, Any]] = []
    for name in SHIPPED:
        rows += _read_jsonl(base / name)
    for path in extra:
        p = Path(path)
        if not p.exists() and path in OPTIONAL:  # a shipped optional file, named bare
            p = base / path
        if not p.exists():
            raise ConfigError(f"gazetteer file {path} does not exist",
                              hint="config.entities.gazetteers lists JSON Lines files")
        rows += _read_jsonl(p)
    gaz = build(rows)
    for name in IDENTIFY_ONLY:
        if name in extra:
            continue
        other = build(_read_jsonl(base / name))
        gaz.known.update({i: e for i, e in other.entries.items() if i not in gaz.entries and e.name})
        for key, hits in other.index.items():
            ids = sorted({i for _, i in hits if i in gaz.known})
            if ids and key not in gaz.index:  # a name the shipped files know stays theirs
                gaz.known_index.setdefault(key, []).extend(ids)
    for name in TYPE_ONLY:
        if name in extra:
            continue
        other = build(_read_jsonl(base / name))
        by_key: dict[tuple[str, ...], set[EntityType]] = {}
        for key, hits in other.index.items():
            if key not in gaz.index and key not in gaz.known_index \
                    and all(other.entries[i].kind not in NO_TYPE for _, i in hits):
                by_key.setdefault(key, set()).update(other.entries[i].type for _, i in hits)
        gaz.types.update({k: next(iter(t)) for k, t in by_key.items() if len(t) == 1})
        for key, hits in other.index.items():
            group = {i for _, i in hits}
            if len(group) == 1 and key not in gaz.index and key not in gaz.known_index:
                gaz.groups[key] = f"{name}:{next(iter(group))}"
        # entities@114: a body's name with one generic head more ("Federal Reserve" + "Bank") is the
        # body's, where no file claims the longer name (`body_forms.headed_groups`)
        types = {i: e.type for i, e in other.entries.items()}
        for key, entry_id in headed_groups(other.index, types.__getitem__,
                                           lambda k: k in gaz.index or k in gaz.known_index).items():
            gaz.groups.setdefault(key, f"{name}:{entry_id}")
        for entry in other.entries.values():
            if entry.wikidata:
                gaz.group_ids[f"{name}:{entry.id}"] = (entry.type, entry.wikidata)
            if (country := entry.country or entry.capital_of) is not None:
                gaz.group_country[f"{name}:{entry.id}"] = country
            if entry.capital_of:
                gaz.capitals.add(f"{name}:{entry.id}")
            gaz.group_kinds[f"{name}:{entry.id}"] = entry.kind
    return gaz


def gazetteer(ctx: Context) -> Gazetteer:
    extra = tuple(ctx.config.entities.gazetteers)
    return ctx.resource(f"gazetteer:{'|'.join(extra)}", lambda: load(extra))  # type: ignore[no-any-return]


def load_lexicon() -> dict[str, Any]:
    path = DATA / "entities" / "lexicon.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    data["classifiers"] = json.loads((DATA / "entities" / "classifiers.json").read_text(encoding="utf-8"))
    return data


def lexicon(ctx: Context) -> dict[str, Any]:
    return ctx.resource("entities:lexicon", load_lexicon)  # type: ignore[no-any-return]
