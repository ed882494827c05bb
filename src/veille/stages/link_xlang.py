"""Names of one referent in two languages (link@5-8): "National Assembly" / "Assemblée nationale".

The English rules (`entities/english_names.py`) name institutions, competitions and places that
French articles name in French; without this module each language's name is its own entity.
Names are related by keys built from their words, never by a list of the names themselves:

- a *translation key*: the words mapped to language-neutral concepts by a lexicon of the common
  words institution names are built from (`data/entities/institution_terms.json`: court/cour,
  federal/fédéral(e), ministry/ministère …), function words dropped, countries and demonyms
  mapped to the country's gazetteer id ("Moroccan" / "du Maroc"), other words kept folded, the
  whole taken as a sorted bag, so English modifier-head order meets French head-modifier order
  ("Interior Ministry" / "ministère de l'Intérieur").  Only names with two words or more and at
  least one lexicon word take one: a single common word ("Parliament") names too many bodies;
- a *qualified variant*: a name whose translation key is a country plus a generic key (all its
  words lexicon words: "Moroccan Interior Ministry") is the referent of the bare generic name
  ("Interior Ministry") when it is the corpus's one qualified variant of it, as a surname is its
  one full name's (link@4); two countries' federal courts leave the bare name alone, and then the
  bare names of two languages ("Federal Court" / "Cour fédérale") are not joined either;
- (link@6) a *modified variant*: a name of three lexicon words or more ("High Constitutional
  Court") is the referent of the bare generic name one of its words less ("Constitutional
  Court") when it is the corpus's one such variant and no country-qualified one exists; a place
  the unlisted `world.jsonl` knows ("Ontario") qualifies a name as a country does, but a region's
  party is the region's own, not its country's ("Quebec Liberal Party", link@14);
- (link@7) a concept a head concept implies ("film" of a festival) is left out of the key, as
  French usage leaves it out of the name ("Festival de Cannes" / "Cannes Film Festival");
- an *exonym group*: two names that are aliases of one entry of the unlisted `world.jsonl`
  ("Frankfurt" / "Francfort") are one referent; the entry's id is not given (ids feed story
  clustering, which the unlisted file must not change, see `gazetteer.TYPE_ONLY`).

- (link@8) a bare name of one state's body carries its article's country (`link_context`) and
  joins only that country's names and variants; one whose article names no country joins the
  one country's referent of that name, unless the corpus names two countries' (ambiguous); a
  country's formal name ("Kingdom of Thailand") is the country (`formal_country`).

- (link@18) a *facility key*: a place name made of a facility's kind words and another place
  name ("Joint Base Elmendorf-Richardson", "Ramstein Air Base") is the one facility a bare place
  name of those words names ("Elmendorf-Richardson", which French writes after a lowercase "base
  militaire"), unless the gazetteer knows the bare name as a place of its own or two facilities
  share it (`facility_key`).

- (link@19) an *exonym key*: a place's French and English names share the English name
  (`exonym_key`, `data/entities/exonyms.json`: CLDR's territory names via babel and a list of
  French exonyms of cities and regions, built by `tools/build_exonyms.py`): "Venise" / "Venice",
  "Écosse" / "Scotland", "Le Caire" / "Cairo". Unlike the other keys a gazetteer entry's name
  takes it too, so a name without an id joins the referent the other language's id names; a
  folded name two places share ("Mexico") takes none;
- (link@19) an *event key*: a named event or award's name with its kind word ("Goncourt
  Prize", "Nobel Peace Prize"; `institution_terms.json` `events`) and the same words without it
  (the "Goncourt" of a French "prix Goncourt") are one referent when one such event exists
  (`event_key`, joined as facilities are); "Olympics" is the "Jeux olympiques" concept.

People take none of these keys: a person's name is the same in both languages.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from veille.model import Mention
from veille.stages.entities.gazetteer import Gazetteer
from veille.stages.entities.text import fold, name_key

DATA = Path(__file__).resolve().parents[1] / "data" / "entities" / "institution_terms.json"
EXONYMS = DATA.with_name("exonyms.json")

# A bare state body's id carries its article's country after SEP (link_context, link@8).
SEP = "@"


@lru_cache(maxsize=1)
def _scope() -> tuple[frozenset[str], frozenset[str]]:
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    return frozenset(raw.get("state_bodies", [])), frozenset(raw.get("supranational", []))


def state_body(bare: str | None) -> bool:
    """Whether a bare generic key ('g:constitutional court') names one state's body."""
    if bare is None:
        return False
    words = set(bare[2:].split())
    bodies, wide = _scope()
    return bool(words & bodies) and not words & wide


def base(local: str) -> str:
    """The id before linking without its country suffix."""
    return local.split(SEP, 1)[0]


def country_of(local: str) -> str | None:
    """The country suffix of an id before linking (see the module doc), else None."""
    return local.split(SEP, 1)[1] if SEP in local else None


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], dict[str, str]]:
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    concepts = {fold(w): c for c, words in raw["concepts"].items() for w in words}
    return frozenset(fold(w) for w in raw["function_words"]), concepts


@lru_cache(maxsize=1)
def _exonyms() -> dict[tuple[str, ...], str]:
    """link@19: a place's folded French or English name -> its English name, the key both share
    (`data/entities/exonyms.json`: CLDR territory names and a list of French exonyms of cities and
    regions). A folded name two places' names share ("Mexico": the French city, the English
    country) takes none: nothing says which is meant."""
    raw = json.loads(EXONYMS.read_text(encoding="utf-8"))
    out: dict[tuple[str, ...], str] = {}
    clash: set[tuple[str, ...]] = set()
    for french, english in raw["territories"] + raw["places"]:
        key = " ".join(name_key(english))
        names = [name_key(french), name_key(english)]
        # the recogniser often leaves the article out ("au Caire", "à La Haye"): a name of one
        # word after it is the place too; a short one ("Cap") names too much
        names += [n[1:] for n in names if n[:1] in (("le",), ("la",), ("the",)) and len("".join(n[1:])) >= 4]
        for name in names:
            if out.setdefault(name, key) != key:
                clash.add(name)
    return {name: key for name, key in out.items() if name not in clash}


def exonym_key(text: str, type_: str) -> str | None:
    """link@19: the 'e:' key a place's French and English names share ("Venise" / "Venice",
    "Écosse" / "Scotland"), also for a name with a gazetteer id, so the other language's name
    joins the referent that id names. Places only: a person or a body named after a city is not
    the city."""
    if type_ != "LOC":
        return None
    key = _exonyms().get(name_key(text))
    return None if key is None else "e:" + key


@lru_cache(maxsize=1)
def _implied() -> dict[str, frozenset[str]]:
    """Head concept -> the descriptive concepts a name with that head may leave out (link@7)."""
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    return {head: frozenset(words) for head, words in raw.get("implied", {}).items()}


def _tokens(text: str, gaz: Gazetteer, orgs: bool = False, owners: bool = False) -> list[tuple[str, bool]] | None:
    """The name's words as (token, is a concept), countries as '@id'; None when it has none.
    link@19: with `orgs` (an event's name), an organisation the gazetteer knows as '#id', so that
    its French and English names meet ("NATO summit" / "sommet de l'OTAN").
    link@25: with `owners` (a body's name), such an organisation as '@id', the owner a country is
    to its bodies: the organisation's name differs by language, often as an acronym ("UN" /
    "ONU", "EU" / "UE", "NATO" / "OTAN"), so "UN Security Council" and "Conseil de sécurité de
    l'ONU" meet, and "Bureau de coordination des affaires humanitaires des Nations unies" is the
    owner-qualified variant of the bare "Office for the Coordination of Humanitarian Affairs"
    an English article writes after "the UN's"."""
    stop, concepts = _lexicon()
    kinds = ("country", "region", "org") if orgs or owners else ("country", "region")
    countries = [mt for mt in gaz.match(text) if mt.entry.kind in kinds]
    out: list[tuple[str, bool]] = []
    pos = 0
    pieces: list[tuple[str, str | None]] = []
    for mt in countries:
        pieces.append((text[pos:mt.start], None))
        pieces.append(("", ("#" if mt.entry.kind == "org" and orgs else "@") + mt.entry.id))
        pos = mt.end
    pieces.append((text[pos:], None))
    for chunk, country in pieces:
        if country is not None:
            out.append((country, False))
            continue
        for word in name_key(chunk):
            if word in stop or not any(c.isalnum() for c in word):  # "l", "'" of "l'Intérieur"
                continue
            if word in concepts:
                out.append((concepts[word], True))
            elif (c := gaz.country_of_demonym(word)) is not None:
                out.append(("@" + c, False))
            elif gaz.type_of(word) == "LOC" and (g := gaz.groups.get((word,))) is not None:
                out.append(("@" + g, False))  # a place the unlisted world.jsonl knows: "Ontario"
            elif (english := _exonyms().get((word,))) is not None and " " not in english:
                out.append((english, False))  # "Festival de Venise" / "Venice Film Festival" (link@19)
            else:
                out.append((word, False))
    # a festival's "film" or "international" says what it is, and French names leave it out:
    # "Cannes Film Festival" / "Festival de Cannes" (link@7)
    implied = _implied()
    dropped = {c for head, words in implied.items() if (head, True) in out for c in words}
    out = [(t, is_concept) for t, is_concept in out if not (is_concept and t in dropped)]
    return out or None


@lru_cache(maxsize=1)
def _facilities() -> tuple[frozenset[str], frozenset[str]]:
    raw = json.loads(DATA.read_text(encoding="utf-8")).get("facilities", {})
    return frozenset(raw.get("heads", [])), frozenset(raw.get("modifiers", []))


def facility_key(text: str, type_: str, gaz: Gazetteer) -> str | None:
    """link@18: the 'a:' key a place's facility and the place name it is built on share: "Joint
    Base Elmendorf-Richardson" (an English name with its kind words) and the bare "Elmendorf-
    Richardson" a French article names beside a lowercase "base militaire". Only places; a place
    the gazetteer or the unlisted `world.jsonl` knows is no facility's bare name ("Anchorage" is the
    city, not "Anchorage Airport"), nor is a country's ("@" tokens)."""
    if type_ != "LOC" or gaz.lookup(text) is not None or gaz.groups.get(name_key(text)) is not None:
        return None
    toks = _tokens(text, gaz)
    if not toks:
        return None
    heads, modifiers = _facilities()
    kinds = [t for t, is_concept in toks if is_concept]
    rest = [t for t, is_concept in toks if not is_concept]
    if not rest or any(t.startswith("@") for t in rest) or any(t not in heads | modifiers for t in kinds):
        return None
    if kinds and not any(t in heads for t in kinds):
        return None
    return "a:" + " ".join(rest)


@lru_cache(maxsize=1)
def _event_heads() -> frozenset[str]:
    return frozenset(json.loads(DATA.read_text(encoding="utf-8")).get("events", {}).get("heads", []))


def event_key(text: str, type_: str, gaz: Gazetteer) -> str | None:
    """link@19: the 'v:' key a named event or award and its name without the kind word share:
    "Goncourt Prize" / "Nobel Peace Prize" (English writes the kind into the name) and the
    "Goncourt" / "Nobel de la paix" a French article names after a lowercase "prix". Joined as a
    facility and its bare name are: only where one event of those words exists ("Vortelle Prize"
    and "Vortelle Festival" leave "Vortelle" alone). Names of events and works only (MISC); a
    place or a country in it makes it no bare name's (the translation key relates those)."""
    if type_ != "MISC":
        return None
    toks = _tokens(text, gaz)
    if not toks:
        return None
    heads = _event_heads()
    rest = sorted(t for t, is_concept in toks if not (is_concept and t in heads))
    if not rest or any(t.startswith("@") for t in rest) or len(toks) - len(rest) > 1:
        return None
    return "v:" + " ".join(rest)


def event_built(text: str, gaz: Gazetteer) -> bool:
    """Whether an event's name holds its kind word ("Goncourt Prize"), not only its proper part."""
    return any(is_concept and t in _event_heads() for t, is_concept in _tokens(text, gaz) or [])


def keys(local: str, text: str, type_: str, gaz: Gazetteer) -> list[str]:
    """The cross-language keys of a name whose id before linking is `local` (see the module
    doc): 'x:' the translation key, 'g:' the generic key a country-qualified generic name is a
    variant of, 'm:' those a generic name with one lexicon modifier more is a variant of
    (link@6), 'w:' its exonym group.  A gazetteer entry's name takes none: its aliases already
    relate its languages, and a provisional name that translates into it is as likely another
    body ("International Criminal Tribunal" is no "Cour pénale internationale")."""
    if type_ == "PER" or local in gaz.entries:
        return []
    out: list[str] = []
    group = gaz.groups.get(name_key(text))
    if group is not None:
        out.append("w:" + group)
    if (spelled := burg_key(text, type_)) is not None:
        out.append("b:" + spelled)
    if (spelled := spelling_key(text, type_)) is not None:
        out.append(spelled)
    if (facility := facility_key(text, type_, gaz)) is not None:
        out.append(facility)
    if (event := event_key(text, type_, gaz)) is not None:
        out.append(event)
    toks = _tokens(text, gaz, orgs=type_ == "MISC", owners=type_ == "ORG")
    if not toks or len(toks) < 2 or not any(is_concept for _, is_concept in toks):
        return out
    out.append("x:" + " ".join(sorted(t for t, _ in toks)))
    generic = [t for t, is_concept in toks if is_concept]
    places = [t for t, is_concept in toks if not is_concept]
    if len(generic) >= 2 and len(places) == 1 and places[0].startswith("@"):
        out.append("g:" + " ".join(sorted(generic)))
    elif len(generic) >= 3 and not places:
        # one lexicon modifier more than a bare generic name: "High Constitutional Court" is a
        # variant of "Constitutional Court" as "Moroccan Interior Ministry" is of "Interior Ministry"
        out += sorted({"m:" + " ".join(sorted(generic[:i] + generic[i + 1:])) for i in range(len(generic))})
    return out


def burg_key(text: str, type_: str) -> str | None:
    """link@16: a place name with a word ending in "-burg" or "-bourg", those endings written
    "burg": French writes the "-burg" of German, Austrian and Russian town and region names
    "-bourg" (Hamburg / Hambourg, Magdeburg / Magdebourg, Salzburg / Salzbourg, Yekaterinburg's
    French "-bourg"), English keeps "-burg", so the two spellings of one place share the key.
    Places only: a surname keeps its own spelling ("Goldberg", "Greenburg")."""
    if type_ != "LOC":
        return None
    words = name_key(text)
    if not any(w.endswith(("burg", "bourg")) and len(w) > 5 for w in words):
        return None
    return " ".join(w[:-5] + "burg" if w.endswith("bourg") and len(w) > 5 else w for w in words)


# entities@38/link@18 (helper ent23): the endings French gives a place name where English keeps
# the Latin or its own ("Sibérie" / "Siberia", "Normandie" / "Normandy", "Catalogne" / "Catalonia",
# "Adriatique" / "Adriatic"), in the order tried; and French "ou" for English "u" ("Darfour" /
# "Darfur"). General French and English spelling, no name from an evaluation file.
_ENDINGS = (("ique", "ic"), ("gne", "nia"), ("ie", "ia"), ("y", "ia"))


def spelling_key(text: str, type_: str) -> str | None:
    """link@18: a one-word place name spelled as both languages write it ('s:' key): "Sibérie"
    and "Siberia", "Darfour" and "Darfur" share it. English articles name such places since
    entities@38, French ones had them already; world.jsonl groups only some. Places of one word
    of five letters or more only: a surname keeps its spelling, and a longer name holds words the
    translation key relates."""
    words = name_key(text)
    if type_ != "LOC" or len(words) != 1 or len(words[0]) < 5:
        return None
    word = words[0].replace("ou", "u").replace("zh", "j")
    for french, english in _ENDINGS:
        if word.endswith(french):
            word = word[:-len(french)] + english
            break
    return "s:" + _romanised(word)


def _romanised(word: str) -> str:
    """link@20: what French and English romanisations of one Cyrillic or Arabic name share, once
    the endings are matched: French "j" for English "zh" (above), "qu" for "k", "i" for a "y"
    inside the word, doubled consonants, a final "h" after a vowel ("Zaporijjia" / "Zaporizhzhia",
    "Briansk" / "Bryansk", "Lattaquié" / "Latakia", "Hodeïda" / "Hodeidah"). Both languages' names
    take the same steps, so a name spelled alike stays alike. General French and English
    transcription usage (the BGN/PCGN and French Cyrillic romanisations' differences)."""
    word = word.replace("qu", "k")
    word = word[:1] + word[1:-1].replace("y", "i") + word[-1:]
    word = re.sub(r"([aeiou])h$", r"\1", word)
    return re.sub(r"([^aeiou])\1", r"\1", word)


def bare_key(local: str, text: str, type_: str, gaz: Gazetteer) -> str | None:
    """'g:' key of a name made of lexicon words only ("Interior Ministry"), else None."""
    if type_ == "PER" or local in gaz.entries:
        return None
    toks = _tokens(text, gaz, owners=type_ == "ORG")
    if not toks or len(toks) < 2 or not all(is_concept for _, is_concept in toks):
        return None
    return "g:" + " ".join(sorted(t for t, _ in toks))


@lru_cache(maxsize=1)
def _state_forms() -> tuple[frozenset[str], frozenset[str]]:
    raw = json.loads(DATA.read_text(encoding="utf-8")).get("state_forms", {})
    return frozenset(raw.get("heads", [])), frozenset(raw.get("modifiers", []))


def formal_country(local: str, text: str, type_: str, gaz: Gazetteer) -> str | None:
    """The country a name is the formal name of: forms of state and one country the gazetteer
    knows, nothing else ("Royaume de Thaïlande", "Islamic Republic of Iran" -> the country's id;
    not "Fifth Republic"), link@8, or a country's alias of two words or more (link@35); else None."""
    if type_ == "PER" or local in gaz.entries:
        return None
    # link@35: since entities@95 the gazetteer holds states' official names as aliases ("Royaume du
    # Maroc", "Kingdom of Morocco"), which `_tokens` reads as one place: such a name is its country
    whole = gaz.lookup(text)
    if whole is not None and whole.kind == "country" and len(text.split()) >= 2:
        return whole.id
    toks = _tokens(text, gaz)
    if not toks or len(toks) < 2:
        return None
    heads, modifiers = _state_forms()
    places = [t[1:] for t, is_concept in toks if not is_concept]
    words = {t for t, is_concept in toks if is_concept}
    if len(places) != 1 or not words & heads or not words <= heads | modifiers:
        return None
    entry = gaz.entries.get(places[0])
    return entry.id if entry is not None and entry.kind == "country" else None


# Concepts whose region-qualified name is an organisation of the region's own, not its country's
# (link@14): a federal country's provincial and state parties are parties of their own ("Quebec
# Liberal Party" is not Canada's Liberal Party, Bavaria's CSU not Germany's CDU), where a region's
# court is the court a bare "Superior Court" of that country names.
_REGIONS_OWN = frozenset({"party"})


def _regional(key: str, place: str, gaz: Gazetteer) -> bool:
    """Whether a qualified variant's place is a region whose own body it names (`_REGIONS_OWN`)."""
    return bool(_REGIONS_OWN & set(key[2:].split())) and place not in gaz.entries


def qualifier(local: str, text: str, type_: str, gaz: Gazetteer) -> tuple[str, str] | None:
    """A country-qualified generic name's generic key and country ("Moroccan Interior Ministry"
    -> ('g:interior ministry', 'Q1028')); a region or city of the unlisted `world.jsonl` stands for
    the country it lies in where the file says ("Ontario Superior Court" -> Canada), else for
    itself (link@8); a region's party stands for the region (link@14, `_REGIONS_OWN`).  None for
    any other name."""
    if type_ == "PER" or local in gaz.entries:
        return None
    toks = _tokens(text, gaz, owners=type_ == "ORG")
    if not toks or len(toks) < 3:
        return None
    generic = [t for t, is_concept in toks if is_concept]
    places = [t for t, is_concept in toks if not is_concept]
    if len(generic) < 2 or len(places) != 1 or not places[0].startswith("@"):
        return None
    place = places[0][1:]
    if _REGIONS_OWN & set(generic):
        return "g:" + " ".join(sorted(generic)), place
    return "g:" + " ".join(sorted(generic)), gaz.group_country.get(place, place)


class _Union(Protocol):
    """What `link.link_mentions` passes: its union-find and the gazetteer guard."""

    def find(self, x: str) -> str: ...

    def union(self, a: str, b: str, gaz: Gazetteer) -> None: ...


def _join(ids: list[str], sets: _Union, gaz: Gazetteer) -> None:
    for other in ids[1:]:
        sets.union(sets.find(ids[0]), sets.find(other), gaz)


def link_translations(named: list[Mention], sets: _Union, gaz: Gazetteer) -> None:
    """Union names that share a translation key or an exonym group; a bare generic name with the
    one country-qualified variant of it (see the module doc).  Where the corpus qualifies one
    generic name by two countries ("Federal Court of Canada", "Cour fédérale d'Australie"), its
    bare forms in two languages ("Federal Court", "Cour fédérale") are not joined either: nothing
    says they are the same country's.  link@8: a bare name of one state's body carries the
    country its article gave it (`link_context`): it joins the bare names and the one qualified
    or modified variant of that country only; with no country, the corpus's one referent of that
    name unless two countries' exist (link@8b)."""
    names: dict[tuple[str, str, str], tuple[list[str], str | None]] = {}
    for m in named:
        ident = (m.entity or "", m.text, m.type)
        if ident not in names:
            local = ident[0].split("@", 1)[0]
            names[ident] = (keys(local, m.text, m.type, gaz), bare_key(local, m.text, m.type, gaz))
    for local, text, type_ in names:  # "Kingdom of Thailand" is Thailand (link@8)
        if (country := formal_country(local.split("@", 1)[0], text, type_, gaz)) is not None:
            sets.union(country, sets.find(local), gaz)
    by_key: dict[str, list[str]] = defaultdict(list)
    # link@18: a key's bare place names and its facility names ("Joint Base X" / "X")
    facilities: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    # link@19: a bare event name the corpus also names as a place or a body ("Cannes") is that
    # too often: the festival "at Cannes" would take the city's every mention
    elsewhere = {name_key(text) for _, text, type_ in names if type_ != "MISC"}
    for (local, text, type_), (ks, bare) in names.items():
        if (exonym := exonym_key(text, type_)) is not None:
            by_key[exonym].append(local)
        for k in ks:
            if k.startswith(("w:", "b:", "s:")) or (k.startswith("x:") and bare is None):
                by_key[k].append(local)
            elif k.startswith("a:"):
                facilities[k][any(concept for _, concept in _tokens(text, gaz) or [])].append(local)
            elif k.startswith("v:") and ((kind := event_built(text, gaz)) or name_key(text) not in elsewhere):
                facilities[k][kind].append(local)
    for ids in by_key.values():
        _join(ids, sets, gaz)
    for plain, built in facilities.values():
        # one facility of that name: two ("X Air Base", "X Airport") leave the bare name alone
        if plain and len({sets.find(b) for b in built}) == 1:
            _join(plain + built, sets, gaz)
    qualified: dict[str, set[str]] = defaultdict(set)  # generic key -> qualified clusters
    by_country: dict[tuple[str, str], set[str]] = defaultdict(set)  # (generic key, country) -> clusters
    modified: dict[str, set[str]] = defaultdict(set)  # generic key -> clusters with one modifier more
    modified_in: dict[tuple[str, str | None], set[str]] = defaultdict(set)  # the same, by country
    for (local, text, type_), (ks, _) in names.items():
        for k in ks:
            if k.startswith("g:"):
                qualified[k].add(sets.find(local))
            elif k.startswith("m:"):
                modified["g:" + k[2:]].add(sets.find(local))
                modified_in[("g:" + k[2:], country_of(local))].add(sets.find(local))
        q = qualifier(local.split("@", 1)[0], text, type_, gaz)
        if q is not None:
            by_country[q].add(sets.find(local))
    bare_names: dict[str, list[str]] = defaultdict(list)
    for (local, _, _), (_, bare) in names.items():
        if bare is not None:
            bare_names[bare].append(local)
    for bare, ids in bare_names.items():
        if state_body(bare):
            _link_state_body(bare, ids, by_country, modified_in, sets, gaz)
            continue
        clusters = {sets.find(c) for c in qualified.get(bare, set())}
        if len(clusters) > 1:
            continue
        _join(ids, sets, gaz)
        if clusters:
            sets.union(next(iter(clusters)), sets.find(ids[0]), gaz)
        elif len(variants := {sets.find(c) for c in modified.get(bare, set())}) == 1:
            sets.union(next(iter(variants)), sets.find(ids[0]), gaz)


def _link_state_body(bare: str, ids: list[str], by_country: dict[tuple[str, str], set[str]],
                     modified_in: dict[tuple[str, str | None], set[str]], sets: _Union,
                     gaz: Gazetteer) -> None:
    """One state's body named bare (link@8): the names of one country join, then that country's
    one qualified variant, else its one modified variant, and never another country's.  Names
    with no country found in their article join each other (unless two countries qualify the
    name) and, as every bare name did before link@8, the corpus's one referent of that name:
    the bare names and qualified variant of the one country the corpus gives such bodies
    (link@8b); they stay apart only where the corpus names two countries' (bare, qualified or
    modified): nothing then says which country's they are.  Guarding only that case keeps the
    guard from splitting a referent whose article happens to name no country ("Parti libéral"
    in an article naming only ridings) from the same referent other articles place."""
    by: dict[str | None, list[str]] = defaultdict(list)
    for local in ids:
        by[country_of(local)].append(local)
    for country, group in by.items():
        if country is None:
            continue
        _join(group, sets, gaz)
        anchors = {sets.find(c) for c in by_country.get((bare, country), set())}
        if not anchors:
            anchors = {sets.find(c) for c in modified_in.get((bare, country), set())}
        if len(anchors) == 1:
            sets.union(next(iter(anchors)), sets.find(group[0]), gaz)
    loose = by.get(None)
    if not loose:
        return
    # a region's own party (link@14, `_REGIONS_OWN`) is named with its region: a bare name with no
    # country is not it, and it makes no second country of the bare name
    national = {(k, c): cs for (k, c), cs in by_country.items() if not _regional(k, c, gaz)}
    qualified = {sets.find(c) for (k, _), cs in national.items() if k == bare for c in cs}
    if len(qualified) <= 1:  # two countries' qualified variants: not even each other's
        _join(loose, sets, gaz)
        # a variant with one modifier more and no country either names no country's body
        variants = {sets.find(c) for c in modified_in.get((bare, None), set())}
        if len(variants) == 1 and not qualified:
            sets.union(next(iter(variants)), sets.find(loose[0]), gaz)
    countries = {c for c in by if c is not None}
    countries |= {c for k, c in national if k == bare}
    countries |= {c for k, c in modified_in if k == bare and c is not None}
    if len(countries) != 1:  # none, or two countries' bodies named alike: which one is not said
        return
    # the one country's bare names and its qualified variant; not a variant with a modifier
    # more ("Social Democratic Party"): with no country to say so, the modifier may name
    # another body ("Democratic Party")
    candidates = {sets.find(group[0]) for c, group in by.items() if c is not None}
    candidates |= {sets.find(c) for c in qualified}
    candidates.discard(sets.find(loose[0]))
    if len(candidates) == 1:
        sets.union(next(iter(candidates)), sets.find(loose[0]), gaz)
