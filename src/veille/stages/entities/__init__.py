"""Entities stage ("entities@68"): corrected mentions, canonical ids and roles.

Reads the body, the spaCy Doc and the raw spaCy mentions set by the nlp stage; writes
`article.mentions` again: each mention cleaned at its edges, typed, given an entity id
(`mention.entity`, linked within the batch; `veille.stages.link.link_corpus` links across the
corpus) and the role the text states (`mention.role`).  Role-only mentions ("le ministre
burkinabè des Affaires étrangères") are mentions of type PER whose id is the office holder
the gazetteer knows at the article's date, else a role-only id.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from veille.model import Article, EntityType, Mention, Role
from veille.pipeline import Context, stage
from veille.stages.entities.body_forms import join_in_article
from veille.stages.entities.common_words import CommonWords, common_words
from veille.stages.entities.english import GivenNames, english_people, load_given_names
from veille.stages.entities.english_compounds import road_names
from veille.stages.entities.english_institutions import is_institution
from veille.stages.entities.english_model_names import (
    clean_model_span,
    compound_of_names,
    jurisdiction_titles,
    model_type,
    nickname_names,
    only_titles,
    person_titles,
    tenure_cut,
    title_cut,
    truncated_names,
)
from veille.stages.entities.english_names import english_names, load_words, predicated_as_place, presented_as_place
from veille.stages.entities.gazetteer import Entry, Gazetteer, gazetteer, lexicon, office_of
from veille.stages.entities.institutions import institution_names, overlapping
from veille.stages.entities.recognize import Candidate, Edges, acronym_links, pseudonym_links, recognise
from veille.stages.entities.roles import TitlePatterns, find_roles, role_of
from veille.stages.entities.roles_headline import line_roles
from veille.stages.entities.roles_learned import add_learned_roles
from veille.stages.entities.roles_split import split_role
from veille.stages.entities.roles_titles_en import DATE_TAIL
from veille.stages.entities.state_short_forms import _country_short_forms as _country_short_forms
from veille.stages.entities.text import fold, name_key, slug
from veille.stages.nlp import french_model, parsed

STAGE = stage("entities").key  # the version has one home: veille.pipeline's registry
MODEL = "gazetteer+rules"
# `Mention.model` of a name only entities@38's English grammar gives (a place, a named event or
# work, an organisation world.jsonl ids) and the gazetteer does not know: later stages that were
# fitted on what the default pipeline found before it (the events filter's share of names) can tell
# it apart, as they tell apart a statistical recogniser's names.
GRAMMAR = "english-grammar"

__all__ = ["STAGE", "entities_batch", "role_only_id"]


def role_only_id(role: Role) -> str:
    return f"per:role:{slug(role.office or role.title)}:{slug(role.of or '')}"


def provisional_id(type_: EntityType, text: str) -> str:
    return f"{type_.lower()}:{slug(text)}"


def entities_batch(batch: list[Article], ctx: Context) -> list[Article]:
    from veille.stages.link import link_articles

    gaz = gazetteer(ctx)
    lex = lexicon(ctx)
    edges = ctx.resource("entities:edges", lambda: Edges(lex))
    patterns = ctx.resource("entities:titles", lambda: TitlePatterns(lex, gaz))
    given: GivenNames = ctx.resource("entities:given_names", load_given_names)
    common: CommonWords | None = None
    en_titles = ctx.resource("entities:en_person_titles", lambda: person_titles(lex))
    jurisdictions = ctx.resource("entities:jurisdiction_titles", jurisdiction_titles)
    for article in batch:
        if article.body:
            parsed(article, ctx)
        if article.lang != "en" and common is None:  # the French model's word tables, once per context
            common = ctx.resource("entities:common_words", lambda: common_words(french_model(ctx)))
        article.mentions = annotate(article, gaz, edges, patterns, lex, ctx.config.entities.english_names, given,
                                    common if article.lang != "en" else None,
                                    ctx.config.entities.english_grammar_names, en_titles, jurisdictions,
                                    ctx.config.entities.english_ner_agreed and article.lang == "en")
    link_articles(batch, gaz)
    return batch


# A capitalised word and a hyphen right before a name: the first part of a compound given name
# ("Georges-Louis", "Anne-Catherine"), which the French model leaves out of a sentence's first name.
_GIVEN_PART = re.compile(r"(?<![\w'’-])(?P<w>[A-ZÀ-Ý][a-zà-ÿ]+)-$")


def _compound_given_start(body: str, start: int, given: GivenNames) -> int:
    """Where a person's name starts, taking in the first part of a compound given name that
    stands, hyphenated, right before it, when that part is a given name itself."""
    m = _GIVEN_PART.search(body, max(0, start - 20), start)
    return m.start() if m is not None and m.group("w") in given else start


_NAME_START = re.compile(r"[ \t]*(?:(?:de|du|des|d['’])[ \t]*|(?:de la|de l['’])[ \t]*)?(?=[A-Z])")


def _past_titles(body: str, cands: list[Candidate], patterns: TitlePatterns, gaz: Gazetteer) -> list[Candidate]:
    """French capitalises titles and portfolios ("Directeur général de l'OMS", "ministre de la
    Culture"), and the model runs them into names: a span the gazetteer does not know that opens
    with a title's head or inside its portfolio is cut where the title's words end. What is left
    right after a portfolio is the holder's name ("de la Culture Rachida Dati": a person); what is
    left after "de" is what the title is of ("Directeur général de l'OMS", "ministre de la Santé
    de la Thaïlande")."""
    out: list[Candidate] = []
    titles = patterns.find(body, cands, "fr")
    for c in cands:
        cut = None
        if c.entry is None and not gaz.lookup(body[c.start:c.end]):
            for t in titles:
                port = next(((a, b) for a, b in t.ports if a <= c.start < b < c.end), None)
                if port is not None and (m := _NAME_START.match(body, port[1])) is not None and m.end() < c.end:
                    # right after the portfolio, the holder; after "de", what the office is of
                    entry = gaz.lookup(body[m.end():c.end])
                    of = body[port[1]:m.end()].strip() != ""
                    cut = Candidate(m.end(), c.end, (entry.type if entry else "ORG") if of else "PER",
                                    entry if of else None, c.source)
                    break
                if t.core_start == c.start and body[c.start].isupper() and t.core_end < c.end \
                        and (m := _NAME_START.match(body, t.core_end)) is not None and m.end() < c.end \
                        and m.end() > t.core_end + 1 and c.type == "PER":
                    entry = gaz.lookup(body[m.end():c.end])
                    cut = Candidate(m.end(), c.end, entry.type if entry else "ORG", entry, c.source)
                    break
                if t.core_start == c.start and t.of_span is not None and c.start < t.of_span[0] \
                        and t.of_span[1] == c.end and t.core_end <= t.of_span[0]:
                    # a caption's "Entraîneur Aigle :" run into one name: the organisation after the title
                    entry = gaz.lookup(body[t.of_span[0]:c.end])
                    cut = Candidate(t.of_span[0], c.end, entry.type if entry else "ORG", entry, c.source)
                    break
        out.append(cut if cut is not None else c)
    return out


# A title's head and "de" right before a name: "le patron de Zorblax Luc Martin".
_TITLE_DE = re.compile(r"(?<![\w-])(?:ex-)?(?P<head>[^\W\d_][\w-]*)\s+(?:de|du|d['’])\s*$")


def _body_then_holder(body: str, cands: list[Candidate], patterns: TitlePatterns, gaz: Gazetteer,
                      given: GivenNames) -> list[Candidate]:
    """"Le patron de Zorblax Luc Martin": after a title and "de", the French model runs a body the
    gazetteer does not know into its holder's name, one person. Where a given name starts the
    holder's name inside the span (and none stands before it, and a surname follows), the words
    before it are what the title is of, an organisation, and the rest the person; a span that opens
    with a given name ("le fils de Luc Martin") is one person's."""
    out: list[Candidate] = []
    for c in cands:
        words = list(re.finditer(r"\S+", body[c.start:c.end]))
        before = _TITLE_DE.search(body, max(0, c.start - 40), c.start)
        first = next((i for i, w in enumerate(words) if w.group() in given), None)
        if c.type == "PER" and c.entry is None and before is not None \
                and fold(before.group("head")) in patterns.fr_heads \
                and first is not None and 1 <= first <= len(words) - 2 \
                and not gaz.lookup(body[c.start:c.end]):
            org_end, holder = c.start + words[first - 1].end(), c.start + words[first].start()
            entry = gaz.lookup(body[c.start:org_end])
            out += [Candidate(c.start, org_end, entry.type if entry else "ORG", entry, c.source),
                    Candidate(holder, c.end, "PER", None, c.source)]
            continue
        out.append(c)
    return out


def _with_institutions(article: Article, cands: list[Candidate], gaz: Gazetteer,
                       patterns: TitlePatterns) -> list[Candidate]:
    """entities@35: a French public body named by a lowercase head and a capitalised complement
    ("le ministère de l'Intérieur", `institutions.py`) is one ORG over the names found in it. Not
    where a title states it as its own words ("la présidente du tribunal correctionnel de Paris":
    entities@24 reads the title "présidente du tribunal correctionnel", of Paris)."""
    body = article.body
    people = [(c.start, c.end) for c in cands if c.type == "PER"]
    adjectives = frozenset(t.idx for t in article.doc if t.pos_ == "ADJ") if article.doc is not None else frozenset()
    spans = institution_names(body, gaz, adjectives, lambda s, e: overlapping(people, s, e))
    # a longer name the recogniser found running out of the span goes on in lower case ("le
    # Tribunal pénal fédéral"): it stands, and the span goes
    spans = [(s, e) for s, e in spans if not any(s < c.end and c.start < e and (c.start < s or e < c.end)
                                                 for c in cands)]
    if spans:
        titles = patterns.find(body, cands, "fr")
        spans = [(s, e) for s, e in spans if not any(t.core_start <= s < t.core_end for t in titles)]
    if not spans:
        return cands
    kept = [c for c in cands if not overlapping(spans, c.start, c.end)]
    kept += [Candidate(s, e, "ORG", None, "institution", typed=True) for s, e in spans]
    return sorted(kept, key=lambda c: (c.start, -c.end))


def _surnames_in_article(mentions: list[Mention], gaz: Gazetteer,
                         rule_people: set[tuple[int, int]] | None = None, given: GivenNames | None = None) -> None:
    """entities@23: a person's surname alone is the one person of its article whose full name ends
    with it ("Foote" after "Callan Foote"): the article has introduced them, even where the corpus
    names another person of that surname (a brother, a spouse), which leaves corpus linking
    (`link._link_surnames`) undecided. Two people of the article ending so leave it alone.

    entities@68: so is a word that opens exactly one person's full name of the article and ends
    none, unless `given_names.json` marks it a man's or a woman's given name (an "Odile" alone may be
    any Odile): names written family name first ("Hua" after "Hua Chunying", "Li" after "Li
    Shangfu"), which that list leaves unmarked. And a one-word name a statistical
    recogniser typed an organisation, a place or a work ("Lim" ORG after "Lim Guan Eng") is that
    person when the word ends or opens exactly one person's full name of the article that the
    English people rules name too (given names, titles: `rule_people`), not the recogniser alone,
    which also types clubs and firms people ("Collingwood Magpies"); a gazetteer's entry keeps its
    own."""
    last: dict[str, set[str]] = {}
    first: dict[str, set[str]] = {}
    sure: set[str] = set()  # the people the rules name too
    for m in mentions:
        key = name_key(m.text)
        if m.type == "PER" and len(key) >= 2 and m.entity:
            last.setdefault(key[-1], set()).add(m.entity)
            first.setdefault(key[0], set()).add(m.entity)
            if (m.start, m.end) in (rule_people or set()):
                sure.add(m.entity)
    for m in mentions:
        key = name_key(m.text)
        if len(key) != 1 or m.entity in gaz.entries or m.entity in gaz.known:
            continue
        if m.type != "PER" and (m.type == "LOC" or not (m.model or "").startswith("en_")):
            # (only a statistical recogniser's organisation or work gives way to the article's person;
            # entities@72: a place stays one, "Phoenix police" after "Coach Tim Phoenix")
            continue
        # (without the given names' list no word is known to be no given name: none opens a person)
        opened = first.get(key[0], set()) if given is not None and given.sex(m.text) is None else set()
        # entities@72: the word ends or opens exactly one person, all told ("Zhao" after "Zhao
        # Minghui" and "Li Zhao" is neither)
        people = last.get(key[0], set()) | opened
        if len(people) == 1 and (m.type == "PER" or people <= sure):
            m.entity = next(iter(people))
            m.type = "PER"


# "Frontex, l'Agence européenne de ...," / "Frontex, the European border agency,": a one-word
# organisation's name, a comma, a definite article and a longer organisation's name closed by
# punctuation name one body twice (apposition); "A, l'B et C", "A, the B and C" or "A, the B, the C"
# is a list (a list's comma opens another name, an apposition's a clause).
_APPOSITION_GAP = re.compile(r",\s*(?:l['’]\s*|la\s+|le\s+|les\s+|the\s+)$", re.IGNORECASE)
_APPOSITION_END = re.compile(
    r"\s*(?:[.;:)]|,(?!\s*(?:et|ou|and|or|ainsi que|as well as)\b)"
    r"(?!\s*(?:(?:l['’]|la\s|le\s|les\s|the\s)\s*)?[A-ZÀÂÉÈÊÎÔÛÇ]))")


def _apposed_names(body: str, mentions: dict[tuple[int, int], Mention], gaz: Gazetteer) -> None:
    """entities@47: an organisation's one-word name and the longer name set beside it in
    apposition (`_APPOSITION_GAP`, `_APPOSITION_END`) are one referent: the one-word name and its
    other mentions take the longer name's id (a gazetteer's id wins). Not after a comma of a list
    ("l'ONU, Frontex, l'Agence ...") nor where both names are gazetteer entries of their own."""
    spans = sorted(mentions)
    for (s1, e1), (s2, e2) in pairwise(spans):
        short, long = mentions[(s1, e1)], mentions[(s2, e2)]
        if short.type != "ORG" or long.type != "ORG" or len(name_key(short.text)) != 1 or len(name_key(long.text)) < 2:
            continue
        if not _APPOSITION_GAP.match(body[e1:s2]) or not _APPOSITION_END.match(body, e2) \
                or re.search(r",\s*$", body[max(0, s1 - 3):s1]):
            continue
        if short.entity in gaz.entries and long.entity in gaz.entries:
            continue
        keep, other = (short.entity, long.entity) if short.entity in gaz.entries else (long.entity, short.entity)
        if other is None:  # (annotate gives every mention an entity; a None here would take them all)
            continue
        for m in mentions.values():
            if m.entity == other:
                m.entity = keep


def _world_id(text: str, gaz: Gazetteer, type_: str = "ORG") -> bool:
    """Whether the unlisted world.jsonl names this organisation (or place, `type_`) and gives it a
    Wikidata id, which linking then gives the referent (`Gazetteer.group_ids`)."""
    group = gaz.groups.get(name_key(text))
    if group is None or not gaz.group_ids.get(group, ("ORG", ""))[1]:
        return False
    if type_ == "LOC":
        return gaz.group_ids[group][0] == "LOC"
    # a name with an organisation's head ("Labour Party", "White House") is one the grammar typed
    # itself; only names of their own are taken ("The Associated Press", "Xinhua")
    return not set(text.split()) & set(load_words()["org_heads"])


def _given_and_surname(text: str, given: GivenNames | None, surnames: set[str]) -> bool:
    """A given name and a head that is also a surname ("Margaret Court") are a person's name the
    people rules missed, no body's."""
    words = text.split()
    return given is not None and len(words) == 2 and words[0] in given and words[1] in surnames


def annotate(article: Article, gaz: Gazetteer, edges: Edges, patterns: TitlePatterns,
             lex: dict[str, Any] | None = None, english_orgs_places: bool = False,
             given: GivenNames | None = None, common: CommonWords | None = None,
             grammar_names: bool = False, en_titles: frozenset[str] | None = None,
             jurisdictions: frozenset[str] | None = None, agreed_model: bool = False) -> list[Mention]:
    body = article.body
    jurisdictions = jurisdiction_titles() if jurisdictions is None else jurisdictions
    raw = [(m.start, m.end, m.type) for m in article.mentions if body[m.start:m.end] == m.text]
    titles = person_titles(lex or {}) if en_titles is None else en_titles
    if article.lang == "en" and raw:  # an English recogniser's spans (`nlp.english_ner`), cut to their names
        raw = [(title_cut(body, tenure_cut(body, *span, t, gaz), span[1], typed, titles), span[1], typed)
               for s, e, t in raw
               if (span := clean_model_span(body, s, e, t)) is not None
               and (typed := model_type(body[span[0]:span[1]], t))
               and not (typed == "PER" and only_titles(body[span[0]:span[1]], titles))
               and not compound_of_names(body[span[0]:span[1]], gaz)]
    agreed: list[tuple[int, int, EntityType]] = []  # (entities@74, `english_ner_agreed`) the recogniser's to check
    recognised = False  # an English recogniser's names: it finds places itself
    if article.lang == "en":  # entities@75: one check of the language for the English branches
        if agreed_model:
            agreed, raw = [r for r in raw if r[2] in ("ORG", "LOC")], []
        recognised = bool(raw)
        # entities@74: a numbered road ("U.S. Route 1", "Interstate 95") is one place, over the
        # recogniser's organisation or the words it splits it into
        roads = road_names(body)
        raw = [r for r in raw if not any(r[0] < e and s < r[1] for s, e in roads)] + [(s, e, "LOC") for s, e in roads]
    grammar: list[tuple[int, int, EntityType]] = []
    rule_people: set[tuple[int, int]] = set()  # the people the English rules name (entities@68)
    if article.lang == "en" and lex is not None:  # no English model: names the text marks as people
        # entities@68: a title the rules ran into the name ("Sheriff Kevin Windham") is no part of it
        people = [(title_cut(body, s, e, t, titles), e, t) for s, e, t in english_people(body, lex, gaz, given)]
        # entities@79: a "person" the article itself calls a settlement in a predicate or an apposition
        # ("Morgan Hill, a small city in California"; "Morgan Hill is a village") is the place
        people = [(s, e, t) for s, e, t in people if not predicated_as_place(body, body[s:e])]
        rule_people = {(s, e) for s, e, _ in people}
        raw += people
        if english_orgs_places:  # organisations and places the grammar marks, never over a person
            raw += english_names(body, gaz, [(s, e) for s, e, _ in people])
        elif grammar_names and not recognised:
            # entities@38 (`entities.english_grammar_names`, off by default: it lowers one entity per
            # referent on held-out news): without a recogniser, the places and the named events and
            # works the grammar marks ("in Anchorage", "the Indian Ocean", "the 2018 World Cup"), and
            # of its organisations those the unlisted world.jsonl gives a Wikidata id ("The
            # Associated Press") and (entities@42) those headed by a public body's noun ("the National
            # Assembly", "the Moroccan Interior Ministry", `english_institutions.py`): the others, a
            # company's or a school's, join no id and lowered Wikidata accuracy on held-out news
            # (ent21). Default-on, the institutions split one referent on dev (a bare French
            # "Assemblée nationale" became ambiguous once an English article named Quebec's)
            # a "person" the people rules end on a body's head that is no surname ("Drug
            # Administration said") leaves its words to the body's name ("Food and Drug Administration")
            surnames = set(load_words()["heads_also_surnames"])
            people = [p for p in people if not is_institution(body[p[0]:p[1]])
                      or body[p[0]:p[1]].split()[-1] in surnames]
            grammar = [c for c in english_names(body, gaz, [(s, e) for s, e, _ in people])
                       if c[2] != "ORG" or _world_id(body[c[0]:c[1]], gaz)
                       or (is_institution(text := body[c[0]:c[1]]) and not _given_and_surname(text, given, surnames))]
            raw = [r for r in raw if not any(r[0] < e and s < r[1] for s, e, _ in grammar)] + grammar
        elif not recognised:
            # entities@64: with the option off, of the grammar's names those the unlisted world.jsonl
            # gives a Wikidata id ("in Nairobi", "Houston police", "The Associated Press"): the id
            # makes the referent one in both languages, which is what the option's other names break
            proposed = english_names(body, gaz, [(s, e) for s, e, _ in people])
            grammar = [c for c in proposed if c[2] in ("LOC", "ORG") and _world_id(body[c[0]:c[1]], gaz, c[2])]
            raw = [r for r in raw if not any(r[0] < e and s < r[1] for s, e, _ in grammar)] + grammar
            # entities@74 (`entities.english_ner_agreed`): a recogniser's organisation or place whose
            # bounds the grammar's names give too, typed as the recogniser types it, over no other name
            bounds = {(s, e) for s, e, _ in proposed}
            # entities@78: a name the article itself presents as a place ("the town of Fenwick
            # Mills", "X, a village in ...") takes no organisation type from the recogniser, which
            # reads a last word that is also an organisation's head ("Mills") as a company
            agreed = [(s, e, "LOC" if t == "ORG" and presented_as_place(body, body[s:e]) else t)
                      for s, e, t in agreed if (s, e) in bounds
                      and not any(s < e2 and s2 < e for s2, e2, _ in raw)]
            raw, grammar = raw + agreed, grammar + agreed
    if given is not None and (article.lang != "en" or (any(m.model for m in article.mentions) and not agreed_model)):
        # entities@23: 'Casandra "Cassie" Ventura' is one person, over the words the English recogniser
        # found in it ("Ventura" a place); without the recogniser the people rules' output, which the
        # events filter was fitted on, is left as it was (dev events F1 0.596 -> 0.593 with it: one
        # more actor in an article gives one more event). entities@33: the people rules read the
        # nickname themselves (`english.nicknamed`), and French writes it too ("Earvin « Magic »
        # Johnson"), where spaCy's French model, stopped by the marks, gives the given name alone
        nicknamed = nickname_names(body, given)
        raw = [r for r in raw if not any(a < r[1] and r[0] < b for a, b, _ in nicknamed)] + nicknamed
    if article.lang != "en" and given is not None:
        raw = [(_compound_given_start(body, s, given) if t == "PER" else s, e, t) for s, e, t in raw]
    cands = recognise(body, raw, gaz, edges, article.doc, common, english=article.lang == "en")
    if article.lang != "en":
        cands = _past_titles(body, cands, patterns, gaz)
        if given is not None:
            cands = _body_then_holder(body, cands, patterns, gaz, given)
        cands = _with_institutions(article, cands, gaz, patterns)
    spacy_model = None if agreed_model else next((m.model for m in article.mentions if m.model), None)
    mentions: dict[tuple[int, int], Mention] = {}
    entries: dict[tuple[int, int], Entry] = {}  # the gazetteer's entry for each name it knows
    for c in cands:
        text = body[c.start:c.end]
        identified = gaz.identify(text, c.type) if c.entry is None else None
        if (entry := c.entry or identified) is not None:
            entries[(c.start, c.end)] = entry
        local = c.entry.id if c.entry else identified.id if identified else provisional_id(c.type, text)
        by_grammar = any(s <= c.start and c.end <= e for s, e, _ in grammar)
        mentions[(c.start, c.end)] = Mention(c.start, c.end, text, c.type, entity=local, stage=STAGE,
                                             model=MODEL if c.entry else GRAMMAR if by_grammar else spacy_model)
    # one name, one kind of thing in one article: what a head noun or a noun in apposition says of
    # one mention ("sur son réseau Truth Social") holds for its other mentions, which only spaCy typed
    evidence = {body[c.start:c.end]: c.type for c in cands if c.typed and c.entry is None}
    for c in cands:
        text = body[c.start:c.end]
        if c.entry is None and not c.typed and text in evidence and evidence[text] != c.type:
            mention = mentions[(c.start, c.end)]
            if mention.entity == provisional_id(c.type, text):
                mention.type, mention.entity = evidence[text], provisional_id(evidence[text], text)
    for acronym, long_form in acronym_links(body, cands, gaz).items():
        mentions[acronym].entity = mentions[long_form].entity
        mentions[acronym].type = mentions[long_form].type
    if article.lang == "en":  # entities@23: "World Health" for the World Health Organization it shortens
        listed = list(mentions.values())
        for i, longer in truncated_names(listed, gaz).items():
            listed[i].entity, listed[i].type = longer.entity, longer.type
    _surnames_in_article(list(mentions.values()), gaz, rule_people, given)
    _country_short_forms(list(mentions.values()), gaz, body)
    _apposed_names(body, mentions, gaz)
    join_in_article(list(mentions.values()), gaz)  # entities@114: one body named several ways
    known = {(c.start, c.end) for c in cands if c.entry is not None}
    for first, second in pseudonym_links(body, cands):
        # one person: the id the gazetteer gives either name, else the first name's
        keep, other = (second, first) if second in known and first not in known else (first, second)
        same = mentions[other].entity
        for m in mentions.values():
            if m.entity == same:
                m.entity = mentions[keep].entity
    adjectives = frozenset(t.idx for t in article.doc if t.pos_ == "ADJ") if article.doc is not None else frozenset()
    nouns = frozenset(t.idx for t in article.doc if t.pos_ == "NOUN") if article.doc is not None else frozenset()
    links = find_roles(body, cands, patterns, article.lang, adjectives, given, article.published,
                       article.doc, nouns)
    # a portfolio is no name ("la ministre de la Santé"): a mention the model found inside one, and
    # the gazetteer does not know, goes
    ports = {span for link in links for span in link.title.ports}
    # entities@21: nor is a word of the title itself, which English capitalises ("Secretary of State
    # Jane Doe": the recogniser's "State"), outside the name the title is of
    # (entities@22), and never the holder a title names within its own span ("The board appointed
    # X chairman": the appointing verb's title spans its object)
    cores = {(link.title.core_start, link.title.core_end, link.title.of_span) for link in links}
    role_holders = {(link.candidate.start, link.candidate.end) for link in links if link.candidate is not None}
    for (s, e) in [k for k in mentions if k not in known and k not in role_holders]:
        if any(a <= s and e <= b for a, b in ports) or any(
                a <= s and e <= b and not (of is not None and of[0] < e and s < of[1]) for a, b, of in cores):
            del mentions[(s, e)]
    # a name's second role ("X, a two-time central banker, became the party's leader"; "X, président
    # du Sénat et ancien ministre"): entities@54, the mention holds it after its first (`roles`)
    other_roles: list[tuple[tuple[int, int], Role]] = []
    for link in links:
        role = role_of(link)
        span = link.title.of_span
        if span is not None and span in mentions:  # the id the name was given (acronyms relinked)
            role.of = mentions[span].entity
        elif span is not None and not any(s < span[1] and span[0] < e for s, e in mentions):
            # "president of the International Olympic Committee": a name no model found (English)
            owner = gaz.entries.get(role.of or "")
            person = (role.of or "").startswith("per:") or (owner is not None and owner.type == "PER")
            # a place the gazetteer knows keeps its type ("maire de Lille"); other names are bodies
            place = (role.of or "").startswith("loc:") or (owner is not None and owner.type == "LOC")
            # entities@68: or one a gazetteer file types a place ("Houston Police Chief X": the
            # office is the city's, and the city, no organisation, is the name the text gives), when
            # the title is a jurisdiction's office: "Carlton coach X" names a club by its town
            place = place or (owner is None and not person and fold(role.title) in jurisdictions and (
                gaz.type_of(body[span[0]:span[1]]) == "LOC" or _world_id(body[span[0]:span[1]], gaz, "LOC")))
            # entities@79: or one the article itself calls a settlement ("treasurer of Fenwick Mills, a
            # small town in Ohio"), in English, where a title's complement no model typed was a body
            place = place or (article.lang == "en" and owner is None and not person
                              and predicated_as_place(body, body[span[0]:span[1]]))
            mentions[span] = Mention(span[0], span[1], body[span[0]:span[1]],
                                     "PER" if person else "LOC" if place else "ORG",
                                     entity=role.of, stage=STAGE, model=MODEL)
        elif span is not None and link.title.of_whole and all(
                span[0] <= s and e <= span[1] and m.type != "PER"
                for (s, e), m in mentions.items() if s < span[1] and span[0] < e):
            # "Credit Suisse ex-CEO": the name the title is of holds a shorter one the model found
            # ("Suisse"); the whole name is the organisation
            for key in [(s, e) for s, e in mentions if span[0] <= s and e <= span[1]]:
                del mentions[key]
            mentions[span] = Mention(span[0], span[1], body[span[0]:span[1]], "ORG", entity=role.of,
                                     stage=STAGE, model=MODEL)
        elif span is not None and (dated := next((k for k in mentions if k[0] == span[0] and k[1] > span[1]
                                                  and DATE_TAIL.fullmatch(body, span[1], k[1])), None)):
            # "de l'OMS lundi": the recogniser ran a day word into the name; the name is the part
            # before it, what the title is of (entities@113)
            mentions[span] = Mention(span[0], span[1], body[span[0]:span[1]], mentions.pop(dated).type,
                                     entity=role.of, stage=STAGE, model=MODEL)
        elif span is not None:  # the name overlaps a mention: the office is of that one
            role.of = next(m.entity for (s, e), m in mentions.items() if s < span[1] and span[0] < e)
        # entities@54: the titles one match coordinates ("Chairman and CEO of Acme") are roles of
        # their own; the first goes through what follows, the others after it on the same mention
        role, *coordinated = split_role(role, link.title, body, patterns, article.lang)
        if link.candidate is not None:
            # "la députée Nouveau Front populaire": a title, then a party's name; or a name a portfolio held
            if link.candidate.typed or (link.candidate.start, link.candidate.end) not in mentions:
                continue
            key = (link.candidate.start, link.candidate.end)
            m = mentions[key]
            if role.of is None and role.office is not None and key in entries:
                # "President Emmanuel Macron": the country the gazetteer says the person held the office of
                role.of = office_of(entries[key], role.office, article.published)
            if m.role is None or (m.role.of is None and role.of is not None) or (
                    (m.role.of is None) == (role.of is None) and len(role.title) > len(m.role.title)):
                if m.role is not None:
                    other_roles.append((key, m.role))  # the role it had comes after
                m.role = role
            else:
                other_roles.append((key, role))
            other_roles += [(key, r) for r in coordinated]
            if link.candidate.entry is None and m.type != "PER":
                m.type = "PER"
                m.entity = provisional_id("PER", m.text)
            continue
        t = link.title
        if any(s < t.core_end and t.core_start < e for s, e in mentions):
            continue
        holders = gaz.holders(role.office or role.title, role.of, article.published)
        mentions[(t.core_start, t.core_end)] = Mention(
            t.core_start, t.core_end, body[t.core_start:t.core_end], "PER",
            entity=holders[0].id if len(holders) == 1 else role_only_id(role),
            role=role, stage=STAGE, model=MODEL, roles=[role, *coordinated])
    for key, role in other_roles:
        if key in mentions and all((fold(role.title), role.of) != (fold(r.title), r.of) for r in mentions[key].roles):
            mentions[key].roles = [*mentions[key].roles, role]
    if article.lang != "en" and article.doc is not None:
        # entities@30: a French person no title pattern gave a role may have one the parse ties
        # to their name, which the learned reader tells apart (`roles_learned`)
        add_learned_roles(article.doc, mentions, body)
    # entities@69: an office the headline or a caption states for a person the body names is theirs
    # across the article, held by their first body mention (`roles_headline`)
    line_roles(article, mentions, patterns)
    return sorted(mentions.values(), key=lambda m: (m.start, m.end))


