"""One state's bodies named bare take their country from the article (link@8).

"la Cour constitutionnelle", "the National Assembly", "the Interior Ministry": a name made of
institution words only (`link_xlang.bare_key`) whose words name a state's body
(`institution_terms.json` `state_bodies`: court, assembly, ministry, commission, party, national
team ...) and nothing spanning states (`supranational`: world, international, European ...) is
the body of the country the article is about, and two countries' bodies are two referents even
when their names are written alike.  Before linking, such a mention's id before linking takes
that country as a suffix ("org:cour-constitutionnelle@Q1000"); linking keys it with its country
(`link.link_mentions`, `link_xlang.link_translations`), and its final id keeps the suffix so that
a later pass over stored names (`link_index`) still tells the countries apart.

The country is, in this order: the one country of a country-qualified variant of the same name
in the article ("Cour constitutionnelle du Gabon … la Cour constitutionnelle"); else the place
the article names most: countries the gazetteer finds in its text (twice), its demonyms, the
cities and regions of the unlisted `world.jsonl` in its text as the country they lie in
(`Gazetteer.group_country`), and (link@21) the people it names whom the gazetteer gives a
country's office (`office_country`: "Emmanuel Macron", president of France, in an article that
names France only inside "La France insoumise"; only where no place leads), when one leads
(`article_country`).  (link@22) Before all of these, a country written right against the mention
qualifies that mention alone (`adjacent_country`): an English genitive or demonym before it
("Italy's Interior Ministry", "the French Interior Ministry" where the recogniser leaves the
adjective out) or a French demonym after it ("le ministère de l'Intérieur français"), so that a
bilingual corpus's two countries' bodies named bare in one article stay apart and each joins
its own country's name in the other language.  With none, the name
keeps no suffix: it joins the referent of the one country the corpus gives that name, and
stays apart where the corpus names two countries' (`link_xlang._link_state_body`).
"""

from __future__ import annotations

from collections import Counter

from veille.model import Article
from veille.stages.entities.gazetteer import Gazetteer
from veille.stages.entities.text import name_key, tokens

# The id helpers live in link_xlang, which keys names by them: importing them from here made a cycle.
from veille.stages.link_xlang import SEP, bare_key, base, qualifier, state_body


def country_of_place(mention_entity: str, text: str, type_: str, gaz: Gazetteer) -> tuple[str, bool] | None:
    """The country a mention of a place stands for, and whether it names the country itself: a
    country the gazetteer knows (True), a city or a region it places in a country (False: a
    weaker sign, "London" may be Ontario's); else None."""
    entry = gaz.entries.get(mention_entity)
    if entry is not None:
        if entry.kind == "country":
            return entry.id, True
        country = entry.country or entry.capital_of
        return (country, False) if country else None
    if type_ != "LOC":
        return None
    group = gaz.groups.get(name_key(text))
    country = gaz.group_country.get(group) if group is not None else None
    return (country, False) if country else None


def office_country(entity: str, gaz: Gazetteer) -> str | None:
    """link@21: the one country whose office (head of state or government, minister ...) the
    gazetteer gives the person `entity`: the offices of its shipped entries, and the countries the
    identify-only leaders.jsonl makes them head of (`Entry.head_of`, Wikidata's holders of each
    state's head of state and government since 1990); else None: an office of a body (the UN's
    Secretary-General), or two countries' (a monarch of several realms), says nothing of one."""
    entry = gaz.entries.get(entity) or gaz.known.get(entity)
    if entry is None or entry.type != "PER":
        return None
    countries = {o.of for o in entry.offices if o.of} | set(entry.head_of)
    countries = {c for c in countries if (country := gaz.entries.get(c)) is not None and country.kind == "country"}
    return next(iter(countries)) if len(countries) == 1 else None


def article_country(article: Article, gaz: Gazetteer) -> str | None:
    """The country the article is about (see the module doc), when one leads; else None.
    A country the article names outright counts twice (the gazetteer's names in its text: English
    articles have no place mentions unless `entities.english_names` is on), a demonym of it
    ("French" is as often a language or an agency's name) or a city or region in it ("London" may
    be Ontario's) once.  A country's name or demonym inside another name ("Jordan Bardella",
    "Credit Suisse") is that name's word, not a place the article names. link@21: where no country
    leads by its places, each person it names who has held one country's office (`office_country`)
    counts once for that country, however often named: news names a country's leaders in the
    articles about it ("le président Emmanuel Macron a dissous l'Assemblée nationale" names no
    place). Only then: a leader abroad ("Macron à Rabat") is named where the host's places lead."""
    body = article.body or ""
    counts: Counter[str] = Counter()
    taken: list[tuple[int, int]] = []  # the countries' spans counted
    others: list[tuple[int, int]] = []  # the other names' spans
    for m in article.mentions:
        found = country_of_place(base(m.entity), m.text, m.type, gaz) if m.entity else None
        if found is not None:
            counts[found[0]] += 2 if found[1] else 1
            taken.append((m.start, m.end))
        else:
            others.append((m.start, m.end))
    for mt in gaz.match(body):  # a country no mention names ("Canada" in an English article)
        if mt.entry.kind == "country" and not any(s < mt.end and mt.start < e for s, e in taken + others):
            counts[mt.entry.id] += 2
            taken.append((mt.start, mt.end))
    words = list(tokens(body))
    for i, (start, _, word) in enumerate(words):  # a city or region no mention names, capitalised
        if not word[:1].isupper():
            continue
        for n in (3, 2, 1):
            end = words[min(i + n, len(words)) - 1][1]
            group = gaz.groups.get(name_key(body[start:end]))
            country = gaz.group_country.get(group) if group is not None else None
            if country is not None and gaz.type_of(body[start:end]) == "LOC" \
                    and not any(s < end and start < e for s, e in taken + others):
                counts[country] += 1
                taken.append((start, end))
                break
    for start, end, word in tokens(body):
        if not word[:1].isalpha() or any(s < end and start < e for s, e in taken + others):
            continue
        if (c := gaz.country_of_demonym(word)) is not None:
            counts[c] += 1
    if (lead := _leading(counts)) is not None:
        return lead
    for person in {base(m.entity) for m in article.mentions if m.entity and m.type == "PER"}:
        if (c := office_country(person, gaz)) is not None:
            counts[c] += 1
    return _leading(counts)


def adjacent_country(body: str, start: int, end: int, gaz: Gazetteer) -> str | None:
    """link@22: the country written right against the name at body[start:end]: a country's name
    with a genitive "'s" or a demonym just before it (English puts the qualifier first), or a
    lowercase demonym just after it (French puts the adjective after the noun phrase); else None.
    Only whitespace may stand between: "..., français" or a new clause says nothing of the name."""
    before = body[max(0, start - 60):start]
    words = before.split()
    if words and before[-1:].isspace():
        last = words[-1]
        if last.endswith(("'s", "’s")):
            stem = last[:-2]
            found = [mt.entry.id for mt in gaz.match(before[: len(before.rstrip()) - 2])
                     if mt.entry.kind == "country" and mt.end == len(before.rstrip()) - 2]
            if found:
                return found[-1]
            if stem[:1].isupper() and (c := gaz.country_of_demonym(stem)) is not None:
                return c
        elif last[:1].isupper() and last.isalpha() and (c := gaz.country_of_demonym(last)) is not None:
            return c
    after = body[end:end + 30]
    if after[:1] == " ":
        nxt = after.split()
        word = nxt[0].rstrip(".,;:)") if nxt else ""
        if word.islower() and word.isalpha() and (c := gaz.country_of_demonym(word)) is not None:
            return c
    return None


def _leading(counts: Counter[str]) -> str | None:
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def qualify(article: Article, gaz: Gazetteer) -> None:
    """Give each bare name of a state's body in the article its country (see the module doc)."""
    bare: list[tuple[int, str]] = []
    named: dict[str, set[str]] = {}  # generic key -> countries its qualified variants here name
    adjacent: dict[int, str] = {}  # link@22: a bare name's own qualifier written against it
    body = article.body or ""
    for i, m in enumerate(article.mentions):
        if not m.entity or m.type == "PER":
            continue
        local = base(m.entity)
        key = bare_key(local, m.text, m.type, gaz)
        if state_body(key):
            assert key is not None
            bare.append((i, key))
            if (c := adjacent_country(body, m.start, m.end, gaz)) is not None:
                adjacent[i] = c
                named.setdefault(key, set()).add(c)
            continue
        q = qualifier(local, m.text, m.type, gaz)
        if q is not None:
            named.setdefault(q[0], set()).add(q[1])
    if not bare:
        return
    fallback = article_country(article, gaz)
    renamed: dict[str, str] = {}
    for i, key in bare:
        m = article.mentions[i]
        here = named.get(key, set())
        country = adjacent.get(i) or (next(iter(here)) if len(here) == 1 else fallback)
        local = base(m.entity or "")
        # a name written against two countries' qualifiers here keeps each mention's own: the
        # acronyms and roles below follow the first, unqualified or not
        renamed.setdefault(m.entity or "", f"{local}{SEP}{country}" if country else local)
        m.entity = f"{local}{SEP}{country}" if country else local
    done = {i for i, _ in bare}
    for j, m in enumerate(article.mentions):  # its acronym, and a role of it ("président de la CEI")
        if j not in done and m.entity in renamed:
            m.entity = renamed[m.entity]
        for role in m.roles:
            if role.of in renamed:
                role.of = renamed[role.of]
