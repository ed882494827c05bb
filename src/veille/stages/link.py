"""Corpus linking ("link@39"): one canonical `Entity` per referent across all articles.

Mentions arrive with the ids the entities stage gave them (gazetteer ids, ids linked through
an acronym defined in the text, or provisional type+name slugs).  Quote speakers, which carry
the ids of their mentions, are given the final ids too.  Linking merges:

- mentions with the same folded form (Goita/Goïta, Sangare/Sangaré, "AES" defined in one
  article and used bare in another), whatever type spaCy guessed;
- two person names whose words are each the same or one letter apart (transliterations:
  Zelensky/Zelenskyy), when no third name is that close;
- a one-word person mention ("Lavrov", "M. Lavrov") with the one person of the corpus whose
  full name ends with it (left alone when several do);
- a role-only mention with the one person the corpus states holds that office;
- (link@5, `link_xlang`) an English name and its French translation ("National Assembly" /
  "Assemblée nationale"), a bare generic name and its one country-qualified variant ("Interior
  Ministry" / "Moroccan Interior Ministry"), and exonyms of one place ("Frankfurt" / "Francfort");
- (link@8) a name written with or without a space where letters meet digits ("COP29" / "COP 29"),
  a formal name of a country and the country ("Royaume de Thaïlande" / "Thaïlande"), and a bare
  name of one state's body only with the same country's (`link_context`: the country its article
  names, "Assemblée nationale" of Benin and of Togo are two);
- (link@10) a given name written as its initial ("S Jaishankar" / "Subrahmanyam Jaishankar"), a
  surname of two words or more alone ("Kayikwamba Wagner", "Le Pen") and the one longer name
  ending with it, a name with a middle or last name left out and the one longer name opening
  with the same given name that holds its words in order, and a one-word name typed a place or an
  organisation that no gazetteer file knows with the one person whose name ends with it (a
  recogniser types a bare surname by the word alone);
- (link@11) a nickname alone ("Cassie") and the one person's name that holds it in quotation
  marks ('Casandra "Cassie" Ventura'; link@17: in any pair of the marks the recogniser reads a
  nickname in, 'Casandra ‘Cassie’ Ventura', "Earvin « Magic » Johnson", `english.nickname_in`);
- (link@6) a bare generic name and its one variant with a lexicon modifier more ("Constitutional
  Court" / "High Constitutional Court", `link_xlang`), and an organisation's name and its national
  branch ("Acme" / "Acme France").

A referent all of whose names are aliases of one entry of the unlisted `world.jsonl` takes the
entry's Wikidata id (link@6), but keeps its provisional id. link@9: that file's ids were verified
against stored public sources (162 of 208 entries, each naming its source in `wikidata_source`),
and "Delhi" is its own entry, no longer an alias of New Delhi (two places, two ids). link@12
(with entities@25): the file names about 190 central banks and ten news agencies more, each with
the Wikidata id of a general table (`tools/build_world_orgs.py`, kb14). link@13 (with entities@26):
leaders.jsonl identifies about 900 heads of state and government more, the holders since 1990 of a
Wikidata extract of each country's heads (wd14: Nicolas Sarkozy, Jacques Chirac, Tony Blair).
link@14: an English statistical recogniser's types (`nlp.english_ner`) vote in a referent's type only
where no other mention types it, or to break a tie (`_majority`). link@15: the store's passes
(`link_index.link_names`) meet the names in one canonical order, longer names first, so that a pass
over a component and a relink over every name give the same ids (`link_index.canonical_order`).
link@16 (`link_xlang.burg_key`): a place's "-burg" and the "-bourg" French writes for it are one
referent ("Magdeburg" / "Magdebourg", "Hamburg" / "Hambourg").
link@19 (`link_xlang.exonym_key`, `event_key`): a place's French and English names are one referent
("Venise" / "Venice", "Écosse" / "Scotland": CLDR territory names and a list of French exonyms,
`data/entities/exonyms.json`), a gazetteer id on one side included; a named event or award and its
name without the kind word French leaves lowercase ("Goncourt Prize" / "prix Goncourt").
link@20: the exonym list also holds natural regions, mountain ranges, oceans, seas, straits and
canals whose French name differs ("Amazonie" / "Amazon", "détroit d'Ormuz" / "Strait of Hormuz"),
names English articles give once `entities.english_grammar_names` is on.
link@21 (`link_context.article_country`): an article whose places name no leading country takes
the country of the people it names that the gazetteer makes a country's head of state or government
(`Entry.head_of`, leaders.jsonl) or gives a country's office, so its bare "Assemblée nationale" is
France's where Emmanuel Macron is named, even once another article names Quebec's.
link@22 (`link_context.adjacent_country`): a country written right against a bare body's name
("Italy's Interior Ministry", "le ministère de l'Intérieur français") is that mention's country
before the article's, so a bilingual corpus's two countries' bodies named in one article each
join their own country's name in the other language.
link@23: a state body's acronym its article defines carries the body's country in the same-form
key (`_country`), so two countries' "CENI" stay two and an undefined "CENI" joins the one country's
(`_link_loose_acronyms`); given names alone in another order ("Roch Christian Marc") are the
person's (`shortened`); ministry portfolios translate (`institution_terms.json` `_portfolios`).
link@32 (xl29's link@29, ported): a mention written as its title alone ("the French president") is
its article's person and no name to link by form (it joined Sultan Al Jaber to Emmanuel Macron);
one person's French and English romanisations meet (`link_romanise`: "Evguéni Prigojine" /
"Yevgeny Prigozhin", "el-Assad" / "al-Assad"); names close to one another count by referent
("Zelenskyj" beside "Zelensky" and "Zelenskyy", one person's two writings).

Two gazetteer entries are never merged.  The id of a merged entity is the gazetteer id
(the Wikidata Q-id when known) else a slug of its type and canonical name, stable across runs.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from veille.model import Article, Entity, EntityType, Mention, Role
from veille.pipeline import Context
from veille.stages.entities.english import GivenNames, load_given_names, nickname_in
from veille.stages.entities.english_names import load_words
from veille.stages.entities.gazetteer import Gazetteer, gazetteer
from veille.stages.entities.text import fold, name_key, slug
from veille.stages.link_context import qualify
from veille.stages.link_romanise import link_romanisations
from veille.stages.link_variants import link_variants
from veille.stages.link_xlang import bare_key, base, country_of, link_translations, state_body

# The model a stored name stands for when an English statistical recogniser typed it
# (`link_index.Name.english`): the store keeps the flag, not the pipeline's name.
ENGLISH_MODEL = "en_statistical"


class _Sets:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str, gaz: Gazetteer) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        def known(x: str) -> bool:  # a referent the gazetteer, or its identify-only people, tells apart
            return x in gaz.entries or x in gaz.known

        if known(ra) and known(rb):
            return  # two known referents stay two (Trump and Macron, each a president)
        if known(rb):
            ra, rb = rb, ra
        self.parent[rb] = ra


def national_rest(text: str, type_: str, gaz: Gazetteer) -> tuple[str, ...] | None:
    """The folded name an organisation's name is the national branch of: "Acme France" -> "acme"
    (a country the gazetteer knows closes it, something comes before it); else None."""
    if type_ != "ORG":
        return None
    matches = gaz.match(text)
    last = matches[-1] if matches else None
    if last is None or last.entry.kind != "country" or last.start == 0 or text[last.end:].strip():
        return None
    rest = name_key(text[:last.start])
    return rest if rest and rest != name_key(text) else None


def _link_national_names(named: list[Mention], sets: _Sets, gaz: Gazetteer) -> None:
    """A company's or body's name followed by a country the gazetteer knows ("Acme France",
    "Amnesty International Canada") is the organisation the corpus names bare ("Acme"): a
    national branch is named by the group's name, and the news treats them as one actor."""
    orgs: dict[tuple[str, ...], str] = {}
    for m in named:
        if m.type == "ORG":
            orgs.setdefault(name_key(m.text), m.entity or "")
    for m in named:
        rest = national_rest(m.text, m.type, gaz)
        if rest is not None and rest in orgs:
            sets.union(sets.find(orgs[rest]), sets.find(m.entity or ""), gaz)


def _is_role_only(m: Mention) -> bool:
    return m.role is not None and (m.entity or "").startswith("per:role:")


def _title_only(m: Mention) -> bool:
    """Whether every word of a mention is a word of one of its role titles ("president")."""
    words = set(name_key(m.text))
    return bool(words) and any(words <= set(name_key(r.title)) for r in m.roles)


def _is_title(m: Mention) -> bool:
    return m.role is not None and fold(m.text).startswith(fold(m.role.title))


def link_corpus(articles: list[Article], ctx: Context) -> list[Entity]:
    return link_articles(articles, gazetteer(ctx))


def link_articles(articles: list[Article], gaz: Gazetteer) -> list[Entity]:
    """Set every mention's final entity id and return one Entity per referent."""
    for a in articles:  # link@8: a bare name of a state's body takes its article's country
        qualify(a, gaz)
    mentions = [m for a in articles for m in a.mentions if m.entity]
    before = [(m, m.entity) for m in mentions]
    entities = link_mentions(mentions, gaz)
    # Quote speakers are the ids their mentions had: they follow the mentions to the final ids.
    final = {old: m.entity for m, old in before if old}
    for a in articles:
        for q in a.quotes:
            if q.speaker in final:
                q.speaker = final[q.speaker]
    return entities


def link_mentions(mentions: list[Mention], gaz: Gazetteer,
                  weights: dict[int, int] | None = None) -> list[Entity]:
    """Link `mentions` (each with its entity id before linking) to final ids, in place; the
    entities.  `weights` (by `id(mention)`): how many mentions one stands for, when the caller
    passes one mention per distinct name (the store's name index, `veille.stages.link_index`):
    the canonical name counts them."""
    with_roles = [m for m in mentions if not _is_role_only(m)]
    # link@32: a mention written as its title alone ("the French president", "the Emirati president
    # of the COP28 summit") is the person its article gave it, not a name: by form it would join
    # every person some article calls "president" (Sultan Al Jaber to Emmanuel Macron)
    named = [m for m in with_roles if not _title_only(m)]
    sets = _Sets()
    by_form: dict[tuple[tuple[str, ...], str | None], str] = {}
    for m in named:
        root = sets.find(m.entity or "")
        key = (spaced_key(m.text), _country(m, gaz))
        if key in by_form:
            sets.union(by_form[key], root, gaz)
        else:
            by_form[key] = root
    _link_loose_acronyms(named, by_form, sets, gaz)
    link_translations(named, sets, gaz)
    link_romanisations(named, sets, gaz)
    link_variants(named, sets, gaz)
    _link_surnames(named, sets, gaz)
    _link_national_names(named, sets, gaz)
    roles = _roles_by_cluster(with_roles, sets)
    _resolve_role_only([m for m in mentions if _is_role_only(m)], roles, sets, gaz)
    return _entities(mentions, sets, gaz, weights or {})


def spaced_key(text: str) -> tuple[str, ...]:
    """The folded words of a name, split where letters meet digits: "COP29" and "COP 29", "G7"
    and "G 7" are written either way and are one name (link@8)."""
    out: list[str] = []
    for word in name_key(text):
        out += re.findall(r"\d+|\D+", word) if any(c.isdigit() for c in word) else [word]
    return tuple(out)


def _country(m: Mention, gaz: Gazetteer) -> str | None:
    """The country a bare name of a state's body was given in its article (`link_context`): two
    countries' "Assemblée nationale" are two referents; one with none joins the corpus's one
    country's only, in `link_xlang` (link@8). link@23: the same for the acronym of such a body,
    which its article defines after the body's name and which takes the body's country with its
    id (`link_context.qualify`): Burkina Faso's "Céni" and Niger's "CENI" are two commissions."""
    local = m.entity or ""
    country = country_of(local)
    if country is None:
        return None
    if state_body(bare_key(base(local), m.text, m.type, gaz)) or _body_acronym(m):
        return country
    return None


def _body_acronym(m: Mention) -> bool:
    """Whether a mention is one word naming an organisation (an acronym: "CENI", "Céni")."""
    return m.type == "ORG" and len(name_key(m.text)) == 1


def _link_loose_acronyms(named: list[Mention], by_form: dict[tuple[tuple[str, ...], str | None], str],
                         sets: _Sets, gaz: Gazetteer) -> None:
    """link@23: a state body's acronym used in an article that does not define it ("CENI" alone)
    carries no country: it joins the acronym of the one country the corpus defines it for, and
    stays apart where two countries' bodies share it (Niger's and Burkina Faso's electoral
    commissions): nothing says which it is, as for a bare body's name (`link_xlang`)."""
    countries: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for m in named:
        if _body_acronym(m) and (c := _country(m, gaz)) is not None:
            countries[spaced_key(m.text)].add(c)
    for form, found in countries.items():
        if len(found) == 1 and (form, None) in by_form:
            sets.union(sets.find(by_form[(form, next(iter(found)))]), sets.find(by_form[(form, None)]), gaz)


# Particles that open a surname in the languages the news names people in ("Le Pen", "von der
# Leyen", "Van Rompuy", "El Sisi", "Ben Barka"): a closed class. Some are also given names in the
# reference list ("Le", "Van", "Al"), but before another capitalised word they start a surname.
_PARTICLES = frozenset({"le", "la", "de", "du", "des", "van", "von", "der", "den", "ter", "ten", "da", "di", "del",
                        "della", "dos", "das", "el", "al", "ben", "bin", "ibn", "abu", "mac", "mc", "st"})


@lru_cache(maxsize=1)
def _given_names() -> GivenNames:
    return load_given_names()


def _link_double_surnames(named: list[Mention], sets: _Sets, gaz: Gazetteer) -> None:
    """A surname of two words or more given without the given name ("Kayikwamba Wagner") is the
    one person of the corpus whose longer name ends with those words ("Thérèse Kayikwamba
    Wagner") (link@10): news writes a double surname whole. A name whose first word is a given
    name ("John Smith") is a full name, not a surname, and is left to the rules above; two people
    whose names end so leave it alone. A surname particle ("Le Pen", `_PARTICLES`) opens a surname."""
    given = _given_names()
    longer: dict[tuple[str, ...], set[str]] = defaultdict(set)  # folded tail -> person clusters
    for m in named:
        key = name_key(m.text)
        if m.type == "PER" and len(key) >= 3:
            for k in range(2, len(key)):
                longer[key[-k:]].add(m.entity or "")
    if not longer:
        return
    for m in named:
        key = name_key(m.text)
        if m.type != "PER" or len(key) < 2 or key not in longer or (key[0] in given and key[0] not in _PARTICLES):
            continue
        candidates = {sets.find(c) for c in longer[key]}
        if len(candidates) == 1:
            sets.union(next(iter(candidates)), sets.find(m.entity or ""), gaz)


def _unknown_word(m: Mention, gaz: Gazetteer) -> bool:
    """A one-word name typed a place or an organisation that no gazetteer file knows (link@10):
    recognisers type a bare surname by the word alone ("Singh has rough showing" as a place),
    so it is the surname of the one person of the corpus whose full name ends with it, as a
    PER one is; a name a gazetteer file knows ("Jordan", "Houston") stays the place."""
    return (m.entity or "") not in gaz.entries and (m.entity or "") not in gaz.known \
        and gaz.type_of(m.text) is None and name_key(m.text) not in gaz.index \
        and not any(c.isdigit() for c in m.text) and not m.text.isupper()


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    words = iter(long)
    return all(w in words for w in short)


def shortened(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether the name key `short` is `long` with words left out, both opening with the same
    given name: the one pair `_link_shorter_names` tests.  The store's blocking
    (`link_index._component`) follows only such pairs, so it reads the names this rule can join.
    link@23: a person's given names alone, in another order ("Roch Christian Marc" / "Roch Marc
    Christian Kaboré", as a proclamation writes "Kaboré, Roch Christian Marc"), each one of the
    longer name's words before its last and each a given name: the order of several given names
    varies between records of one person, a surname is not left out and another put first."""
    if not (len(short) >= 2 and len(long) >= 3 and len(long) > len(short) and long[0] == short[0]):
        return False
    if _subsequence(short, long):
        return True
    given = _given_names()
    return len(set(short)) == len(short) and set(short) <= set(long[:-1]) and all(w in given for w in short)


def _link_shorter_names(named: list[Mention], sets: _Sets, gaz: Gazetteer) -> None:
    """A person's name of two words or more with a middle or a last name left out ("Brice Oligui
    Nguema" / "Brice Clotaire Oligui Nguema", "Henriette Lagou" / "Henriette Lagou Adjoua") is the
    one longer name of the corpus that opens with the same given name and holds its words in order
    (link@10): news shortens a long name by dropping words, never by changing them. Two longer names
    that fit ("George Bush": "George W. Bush", "George H. W. Bush") leave it alone."""
    longer: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)  # first word -> names
    for m in named:
        key = name_key(m.text)
        if m.type == "PER" and len(key) >= 3:
            longer[key[0]].append((key, m.entity or ""))
    for m in named:
        key = name_key(m.text)
        if m.type != "PER" or len(key) < 2 or key[0] not in longer:
            continue
        candidates = {sets.find(e) for k, e in longer[key[0]] if shortened(key, k)}
        if len(candidates) == 1:
            sets.union(next(iter(candidates)), sets.find(m.entity or ""), gaz)


def _link_surnames(named: list[Mention], sets: _Sets, gaz: Gazetteer) -> None:
    _link_shorter_names(named, sets, gaz)
    _link_double_surnames(named, sets, gaz)
    full: dict[str, set[str]] = defaultdict(set)  # folded last word -> person clusters
    for m in named:
        key = name_key(m.text)
        if m.type == "PER" and len(key) >= 2:
            full[key[-1]].add(sets.find(m.entity or ""))
            if (nick := nickname_in(m.text)) is not None:  # link@11: "Cassie" is 'Casandra "Cassie" Ventura'
                full[nick].add(sets.find(m.entity or ""))
    for m in named:
        key = name_key(m.text)
        if len(key) != 1 or (m.type not in ("PER", "MISC") and not _unknown_word(m, gaz)):
            continue
        candidates = {sets.find(c) for c in full.get(key[0], set())}
        if len(candidates) == 1:
            sets.union(next(iter(candidates)), m.entity or "", gaz)


def _roles_by_cluster(named: list[Mention], sets: _Sets) -> dict[tuple[str, str | None], set[str]]:
    holders: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    for m in named:
        for role in m.roles:  # link@27: every office the mention states names its holder
            if role.of is not None:
                holders[(fold(role.office or role.title), role.of)].add(sets.find(m.entity or ""))
    return holders


def _resolve_role_only(role_only: list[Mention], roles: dict[tuple[str, str | None], set[str]],
                       sets: _Sets, gaz: Gazetteer) -> None:
    for m in role_only:
        assert m.role is not None
        people = roles.get((fold(m.role.office or m.role.title), m.role.of), set())
        if len(people) == 1:
            sets.union(next(iter(people)), m.entity or "", gaz)


def _canonical(counts: Counter[str]) -> str:

    def rank(t: str) -> tuple[int, int, int, int]:
        return (len(name_key(t)), counts[t], sum(ord(c) > 127 for c in t), -len(t))

    return max(counts, key=rank)


def _entities(mentions: list[Mention], sets: _Sets, gaz: Gazetteer, weights: dict[int, int]) -> list[Entity]:
    clusters: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        clusters[sets.find(m.entity or "")].append(m)
    out: dict[str, Entity] = {}
    final: dict[str, str] = {}
    for root, ms in clusters.items():
        entry = gaz.entries.get(root) or gaz.known.get(root)
        named = [m for m in ms if not _is_role_only(m)]
        if entry is not None:
            ent_id, name, type_, qid = entry.id, entry.name, entry.type, entry.wikidata
        else:
            types: Counter[EntityType] = Counter()
            english: Counter[EntityType] = Counter()  # what an English recogniser typed (link@14)
            for m in named or ms:
                guessed = english_model(m) and not _name_says_type(m, gaz)
                (english if guessed else types)[m.type] += weights.get(id(m), 1)
            type_ = "PER" if any(m.role for m in ms) else _majority(types, english)
            if named:
                counts: Counter[str] = Counter()
                # A title the entities stage resolved to a person in its article ("cheffe de la
                # diplomatie congolaise") carries the person's id but is no name for the entity.
                names = [m for m in named if not _is_title(m)] or named
                for m in names:
                    counts[m.text] += weights.get(id(m), 1)
                name = _canonical(counts)
                ent_id = f"{type_.lower()}:{slug(name)}"
                # a state's body keeps its country in its id, so that two countries' bodies named
                # alike stay two in a later pass over the stored names (link@8, `link_context`)
                countries = sorted({c for m in named if (c := _country(m, gaz)) is not None})
                if countries:
                    ent_id += "@" + countries[0]
                qid = _group_wikidata(counts, type_, gaz)
            else:
                role = ms[0].role
                assert role is not None
                country = gaz.entries.get(role.of or "")
                name = f"{role.title} ({country.name})" if country else role.title
                ent_id = root
                qid = None
        aliases = sorted({m.text for m in ms} | ({name} if entry else set()))
        for m in ms:
            m.entity = ent_id
        final[root] = ent_id
        out[ent_id] = Entity(ent_id, name, type_, qid, aliases, [])
    for root, ms in clusters.items():
        # The entity roles point to ("présidente de la BCE") is found by its final id, whatever
        # id its mention had before linking.
        roles = out[final[root]].roles
        for m in ms:
            for held in m.roles:  # link@27: each office a mention states, not only its first
                if held.of is not None:
                    held.of = final.get(sets.find(held.of), held.of)
                stated = Role(held.title, held.of, held.office)
                # The office is a role too ("chef de la diplomatie" is the foreign minister).
                office = [Role(held.office, held.of, held.office)] if held.office else []
                for role in [stated, *office]:
                    if all((fold(r.title), r.of) != (fold(role.title), role.of) for r in roles):
                        roles.append(role)
    for ent in list(out.values()):  # the countries roles point to must exist as entities
        for role in ent.roles:
            if role.of and role.of not in out and role.of in gaz.entries:
                e = gaz.entries[role.of]
                out[e.id] = Entity(e.id, e.name, e.type, e.wikidata, [e.name], [])
    return sorted(out.values(), key=lambda e: e.id)


def _group_wikidata(names: Counter[str], type_: EntityType, gaz: Gazetteer) -> str | None:
    """The Wikidata id of the one entry of the unlisted `world.jsonl` every name of a referent is
    an alias of ("Bangkok", "Francfort" / "Frankfurt"), when the entry has the referent's type;
    else None.  A name the file does not know, or two entries, give none: the cluster may be
    another referent that shares a name with one of them."""
    groups = {gaz.groups.get(name_key(n)) for n in names}
    if len(groups) != 1 or None in groups:
        return None
    known = gaz.group_ids.get(groups.pop() or "")
    return known[1] if known is not None and known[0] == type_ else None


def english_model(m: Mention) -> bool:
    """Whether an English statistical recogniser typed the mention (`nlp.english_ner` or
    `nlp.english_model`: spaCy names its pipelines by language first, "en_core_web_sm...")."""
    return (m.model or "").startswith("en_")


def _name_says_type(m: Mention, gaz: Gazetteer) -> bool:
    """Whether the name's own words give its type: a gazetteer file's type for it, or an English
    head noun last ("Superior Court", `english_names`' org and place heads). Such a type is the rules', not
    a recogniser's guess, whichever recogniser found the name (link@14)."""
    words = m.text.split()
    if gaz.type_of(m.text) == m.type or len(words) < 2:
        return gaz.type_of(m.text) == m.type
    heads = load_words()  # the head noun alone: a surname ("Court") is not in question in a longer name
    head = words[-1].rstrip(".")
    return m.type == ("ORG" if head in heads["org_heads"] else "LOC" if head in heads["place_heads"] else None)


def _majority(types: Counter[EntityType], english: Counter[EntityType] | None = None) -> EntityType:
    """The referent's type: the one most of its mentions give, ties broken by the order PER, ORG,
    LOC, MISC. link@14: what an English statistical recogniser typed (`english`: unless the name's
    own words give that type, `_name_says_type`) counts only where
    no other mention (French model, gazetteer, rules) types the referent, or to break their tie:
    trained on English news (OntoNotes), it types a name by the English words around it, and names
    it never saw, which French articles name too, it guesses (a French film "Anora" and a prize
    "Goncourt" as people, a Swiss town as an organisation, "COVID-19" as an organisation). Its
    guesses outvoted the French side's types, so an option that reads English articles only
    changed the type of French articles' referents (held-out French typed F1 0.811 -> 0.795)."""
    order: list[EntityType] = ["PER", "ORG", "LOC", "MISC"]
    weak = english or Counter()
    return max(order, key=lambda t: (types[t], weak[t], -order.index(t)))
