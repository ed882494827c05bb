"""English organisation and place names, from the grammar of English news (no English model
is shipped, so nothing else proposes them; `english.py` finds the people).

A candidate is a run of capitalised words, with the joiners English names take inside
("Bank of England", "Democratic Forces for the Liberation of Rwanda", "Standard & Poor's"),
typed only when the text says what it is:

- its head noun, the word before the first "of"/"for" or else its last word, or any word of
  it, is an organisation head ("Ministry", "Party", "Court", "Inc") -> ORG, or a place head
  ("Province", "Republic", "Island", "Ocean") -> LOC;
- its head is an event's, a competition's or an award's ("World Cup", "Film Festival", "Prize",
  with a year right before it: "the 2018 World Cup"), or a work noun stands before it ("his novel
  Houris") -> MISC;
- otherwise a place preposition stands before it ("in Goma", "near Basel"), it is the second
  half of "Place, Region" after one ("in Anchorage, Alaska"), "-based" or "-area" follows it, or a
  lowercase place noun names it ("the Meuse department", "the city of Goma") -> LOC; but after "in"
  that follows a piece of journalism ("a report in Le Monde") it names the medium -> ORG.

A run is no name when it sits on a heading line (Title Case, no final punctuation), and a run
at a sentence start counts only from its second word unless it goes on past its first word or
a reporting verb follows it ("Reuters said"). Calendar words, demonyms alone and sentence-
initial function words are cut off. Word lists: data/entities/english_names.json.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from veille.model import EntityType
from veille.stages.entities.english_institutions import institution_heads
from veille.stages.entities.gazetteer import DATA, Gazetteer

_TOKEN = re.compile(r"&|[^\W\d_][\w]*(?:[-'’.][\w]+)*(?:['’]s?)?")
_SAYS = re.compile(r"\s+(?:said|says|told|added|announced|stated|reported|warned|confirmed|denied)\b")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\"“”‘'(\[–—-]|\s[-–—])\s*$")


@lru_cache(maxsize=1)
def load_words() -> dict[str, Any]:
    path = DATA / "entities" / "english_names.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=1)
def _article_places() -> frozenset[str]:
    """English place names written with their article in `exonyms.json` (CLDR territories and the
    French exonym list's English names: "The Hague"), folded (entities@41)."""
    raw = json.loads((DATA / "entities" / "exonyms.json").read_text(encoding="utf-8"))
    return frozenset(english.casefold() for _, english in raw["territories"] + raw["places"]
                     if english.casefold().startswith("the "))


def _is_heading(line: str) -> bool:
    """A short line without final punctuation whose words are mostly capitalised."""
    stripped = line.strip()
    if not stripped or len(stripped) > 120 or stripped[-1] in ".!?\"”’:;,)":
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", stripped) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= 0.6


def _capitalised(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    # an all-capitals word is an acronym or a shouted heading: neither starts a run here
    return bool(letters) and word[0].isupper() and not (len(letters) > 1 and all(c.isupper() for c in letters))


def _inside_complement(run: list[tuple[int, int, str]], heads: set[str]) -> bool:
    """Whether "and" may join here: inside the "of"/"for" complement of a head ("Ministry of
    Health and Social Affairs"), not between two names ("Rwanda and the Democratic Republic of
    Congo", "Gbagbo of the Movement of Capable Generations and Jean Billon")."""
    cut = next((i for i, (*_, w) in enumerate(run) if w.casefold() in ("of", "for")), 0)
    return cut > 0 and run[cut - 1][2] in heads


def _second_body(toks: list[tuple[int, int, str]], i: int) -> bool:
    """entities@46: whether the "and" at `toks[i]` opens a second body's name, its head next
    (after an optional "the"): "the Ministry of Justice and the Ministry of Culture" is two
    ministries, as "Ministry of Health and Social Affairs" is one."""
    j = i + 1
    if j < len(toks) and toks[j][2].casefold() == "the":
        j += 1
    # an institution's head (english_institutions.json), not any organisation's ("Energy"):
    # "Ministry of Water and Energy" is one ministry
    return j < len(toks) and toks[j][2] in institution_heads()


def _and_before_body(body: str, toks: list[tuple[int, int, str]], i: int,
                     current: list[tuple[int, int, str]]) -> bool:
    """Whether the "and" at `toks[i]` joins two nouns in a public body's name: "the Food and Drug
    Administration", "the Justice and Development Party". Only after one or two capitalised words
    and before one to three that end the run on an institution head (`english_institutions.json`),
    so "Rwanda and the Democratic Forces" (an article between) and "Paris and Berlin" stay apart."""
    if len(current) > 2 or any(w.casefold() in ("of", "for") for *_, w in current) \
            or re.search(r"[^s]s$|['’]", current[-1][2]):
        # a plural or a possessive before "and" is a name of its own: "Liberals and Conservative Party"
        return False
    rest = toks[i + 1:i + 5]
    for j, (s, _, w) in enumerate(rest):
        if not _capitalised(w) or body[(rest[j - 1] if j else toks[i])[1]:s] != " ":
            return False
        ends = j + 1 == len(rest) or not _capitalised(rest[j + 1][2]) or body[rest[j][1]:rest[j + 1][0]] != " "
        if ends:
            # a name that goes on with "of" after its head is a name of its own complement
            # ("Liberals and Conservative Party of Quebec"): only a head that ends it
            goes_on = re.match(r" (?:of|for) ", body[rest[j][1]:rest[j][1] + 5]) is not None
            return 0 < j + 1 <= 3 and w in institution_heads() and not goes_on
    return False


def _runs(body: str, joiners: set[str], heads: set[str]) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised words on non-heading lines, joined by joiners and single spaces."""
    runs: list[list[tuple[int, int, str]]] = []
    offset = 0
    for line in body.split("\n"):
        if not _is_heading(line):
            toks = [(m.start() + offset, m.end() + offset, m.group()) for m in _TOKEN.finditer(line)]
            current: list[tuple[int, int, str]] = []
            pending: list[tuple[int, int, str]] = []
            for i, tok in enumerate(toks):
                s, _, w = tok
                gap_ok = bool(current) and re.fullmatch(r" ", body[(pending or current)[-1][1]:s]) is not None
                if _capitalised(w) and (not current or gap_ok):
                    current += [*pending, tok]
                    pending = []
                elif current and gap_ok and w.casefold() in joiners and not re.search(r"['’]s?$", current[-1][2]) \
                        and (w.casefold() != "and" or (_inside_complement(current, heads)
                                                       and not _second_body(toks, i))
                             or _and_before_body(body, toks, i, current)):
                    pending.append(tok)
                else:
                    if current:
                        runs.append(current)
                    current, pending = ([tok], []) if _capitalised(w) else ([], [])
                if current and re.search(r"['’]s?$", current[-1][2]):  # a possessive ends the name
                    runs.append(current)
                    current, pending = [], []
            if current:
                runs.append(current)
        offset += len(line) + 1
    return runs


def _place_noun_beside(body: str, start: int, end: int, nouns: set[str]) -> bool:
    """Whether a lowercase place noun names what the run is: "the Meuse department", "his
    Nepean riding" (right after it), "the city of Goma", "the capital, Antananarivo" (right
    before it, with "of" or a comma)."""
    return _place_noun_naming(body, start, end, nouns) is not None


def _place_noun_naming(body: str, start: int, end: int, nouns: set[str]) -> str | None:
    """The lowercase place noun `_place_noun_beside` finds naming the run, or None."""
    after = re.match(r" ([a-z]+)\b", body[end:end + 30])
    # "a safe Conservative district" is a kind of district, no name of one
    if after is not None and after.group(1) in nouns \
            and not re.search(r"\b[Aa]n? (?:[a-z]+ )?$", body[max(0, start - 30):start]):
        return after.group(1)
    # a definite noun phrase only: "Carney wins Nepean riding, Singh …" is a heading's comma
    before = re.search(r"\bthe (?:[a-z]+ ){0,2}([a-z]+)(?: of|,) $", body[max(0, start - 60):start])
    return before.group(1) if before is not None and before.group(1) in nouns else None


# (entities@78) after a name, what says it is a place: an apposition or a predicate ("X, a small
# town in Ohio", "X is a village") whose head, after at most two modifiers, is a place noun that
# closes the noun phrase (punctuation or a preposition or relative word after it): "X, the
# town's largest employer", "X is a county employer" and "a state-owned company" say no such thing.
_PLACE_PREDICATE = re.compile(
    r"(?:,| (?:is|was|remains|became|has been|had been)) (?:an?|the) (?:[a-z-]+ ){0,2}?(?P<noun>[a-z]+)"
    r"(?=[,.;:)!?\n]|$| (?:in|of|on|near|outside|north|south|east|west|that|which|where|whose|with|"
    r"about|some|just|and|located|known|home|close|off|along|across|by|for)\b)")
_CAPITALISED_BEFORE = re.compile(r"(?P<before>^|[^\s]\s?)(?P<word>[A-Z][\w'’.-]*) $")


def presented_as_place(body: str, name: str) -> bool:
    """(entities@78) Whether the article itself presents `name` as a place, at any of its
    occurrences that is the whole capitalised run: a settlement's or an area's noun (`place_nouns`)
    names it in apposition or as a predicate: "the town of Fenwick Mills", "the Meuse department"
    (`_place_noun_beside`), "Fenwick Mills, a small town in Ohio", "Fenwick Mills is a village".
    A place preposition alone ("shares in X") presents nothing."""
    return bool(place_kinds(body, name))


def predicated_as_place(body: str, name: str) -> bool:
    """(entities@79) Whether the article presents `name` as a place in a predicate or an apposition
    after it ("Morgan Hill, a small city in California", "Morgan Hill is a village"), the forms a
    person's name never takes: the people rules, which read two capitalised words a given name opens
    as a person, and a title's complement ("treasurer of X, a small town in Ohio") yield to it. A
    place noun before the name ("Across the district, John Smith said") is left out here."""
    return bool(place_kinds(body, name, predicate_only=True))


def place_kinds(body: str, name: str, predicate_only: bool = False) -> set[str]:
    """(entities@78) The place nouns that present `name` as a place (`presented_as_place`):
    {"county"} for "the county of Fenwick"; `predicate_only`, those after it only (entities@79)."""
    nouns = set(load_words().get("place_nouns", []))
    kinds: set[str] = set()
    for m in re.finditer(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w'’-]| [A-Z])", body):
        capitalised = _CAPITALISED_BEFORE.search(body[max(0, m.start() - 40):m.start()])
        if capitalised is not None and not _SENTENCE_END.search(capitalised.group("before")):
            continue  # "Old Fenwick Mills": the name is part of a longer one
        if (after := _PLACE_PREDICATE.match(body, m.end())) is not None and after.group("noun") in nouns:
            kinds.add(after.group("noun"))
        if not predicate_only and (beside := _place_noun_naming(body, m.start(), m.end(), nouns)) is not None:
            kinds.add(beside)
    return kinds


def _org_noun_beside(body: str, start: int, end: int, nouns: set[str]) -> bool:
    """Whether a lowercase organisation noun names what the run is: right before it ("broadcaster
    TF1", "retail giant Auchan") or after it, with at most one modifier between and in no
    indefinite phrase ("the M23 rebel group", but "a Labour party member" is no name of one)."""
    before = re.search(r"\b([a-z]+) $", body[max(0, start - 30):start])
    if before is not None and before.group(1) in nouns:
        return True
    after = re.match(r" ([a-z]+)\b(?: ([a-z]+)\b)?", body[end:end + 40])
    return after is not None and (after.group(1) in nouns or after.group(2) in nouns) \
        and not re.search(r"\b[Aa]n? (?:[a-z-]+ )?$", body[max(0, start - 30):start])


def _award_field(body: str, end: int, head: str, words: dict[str, Any]) -> int:
    """The end of an award's name with the field "in" adds to it: "the Nobel Prize in
    Literature", "the Wolf Prize in Physics" (entities@41). English writes the field after "in",
    where the grammar would read a place ("in Literature"): the name was cut to "Nobel Prize",
    which no French "prix Nobel de littérature" is, and "Literature" became a place. Award heads
    only ("Prize", "Award", not "Summit": "the G7 Summit in Kananaskis" is held there), and
    fields of learning or the arts only (`award_fields`): "the Booker Prize in London" keeps
    its place."""
    if head not in set(words.get("award_heads", [])):
        return end
    field = re.match(r" in ([A-Z][a-z]+(?:(?: and)? [A-Z][a-z]+){0,2})\b", body[end:end + 50])
    fields = set(words.get("award_fields", []))
    if field is None or not all(w in fields for w in field.group(1).split() if w != "and"):
        return end
    return end + field.end()


_ACRONYM = re.compile(r"(?<![\w'’&.-])(?:[A-Z][A-Z0-9]{1,7}|[0-9][A-Z])(?![\w'’&-])")


def head_type(word: str) -> EntityType | None:
    """ORG or LOC when `word`, the last word of a sequence the text marks as a person, is an
    organisation's or a place's head noun that is no common surname ("Acme Retail said",
    but "Christopher Guard said")."""
    words = load_words()
    word = word.rstrip(".")
    if word in words["heads_also_surnames"]:
        return None
    return "ORG" if word in words["org_heads"] else "LOC" if word in words["place_heads"] else None


def english_names(body: str, gaz: Gazetteer | None = None,
                  taken: list[tuple[int, int]] | None = None) -> list[tuple[int, int, EntityType]]:
    """(start, end, ORG|LOC|MISC) candidates of one English body; `taken`: spans already found
    (people), which no candidate may overlap."""
    words = load_words()
    org = set(words["org_heads"])
    place = set(words["place_heads"])
    preps = {w.casefold() for w in words["place_prepositions"]}
    joiners = {w.casefold() for w in words["joiners"]}
    calendar = set(words["calendar"])
    function = {w.casefold() for w in words["function_words"]}
    place_nouns = set(words.get("place_nouns", []))
    misc = set(words.get("misc_heads", []))
    org_nouns = set(words.get("org_nouns", []))
    work_nouns = set(words.get("work_nouns", []))
    publication_nouns = set(words.get("publication_nouns", []))
    divisions = set(words.get("court_divisions", []))
    courts = set(words.get("courts", []))
    states = set(words.get("state_heads", []))
    plurals = set(words.get("place_plurals", []))
    taken = list(taken or [])
    out: list[tuple[int, int, EntityType]] = []
    previous_place_end = -1
    for run in _runs(body, joiners, org | place):
        start_of_sentence = _SENTENCE_END.search(body[max(0, run[0][0] - 3):run[0][0]]) is not None
        # cut calendar words, function words and leading joiners off the left edge
        while run and (run[0][2].casefold() in function or run[0][2].casefold() in joiners
                       or run[0][2] in calendar):
            start_of_sentence = False
            run = run[1:]
        while run and (run[-1][2].casefold() in joiners or run[-1][2] in calendar):
            run = run[:-1]
        if not run or any(w in calendar for *_, w in run):
            continue
        conj = next((i for i, (*_, w) in enumerate(run) if w == "and"), 0)
        if conj and gaz is not None and not _inside_complement(run[:conj], org | place) \
                and gaz.lookup(body[run[0][0]:run[conj - 1][1]]) is not None:
            # "Paris and Berlin Police": the words before "and" are a place of their own, not the
            # first noun of a body's name ("Food and Drug Administration")
            run, start_of_sentence = run[conj + 1:], False
        mark = re.search(r"['’]s?$", run[-1][2])  # "Morocco's Interior Ministry": the possessive stays out
        possessive = mark is not None
        start = run[0][0]
        end = run[-1][1] - (len(mark.group()) if mark is not None else 0)
        text = body[start:end]
        names = [w.rstrip(".") for *_, w in run]
        names[-1] = re.sub(r"['’]s?$", "", names[-1])
        # "Frankfurt-based", "Ottawa-area", "Kremlin-backed": the token kept a lowercase suffix, a
        # modifier's, which the name leaves out; "-based" and "-area" say the name is a place's
        suffix = re.search(r"-[a-z]+$", names[-1])
        based = suffix is not None and suffix.group() in ("-based", "-area")
        if suffix is not None:
            end -= len(suffix.group())
            text, names[-1] = body[start:end], names[-1][:-len(suffix.group())]
        if start_of_sentence and len(run) == 1 and not _SAYS.match(body, end):
            continue
        if any(s < end and start < e for s, e in taken):
            continue
        if len(run) == 1 and gaz is not None and gaz.country_of_demonym(text) is not None:
            continue
        if len(names) == 1 and (names[0] in org or names[0] in place):
            continue  # a head alone is a common noun capitalised ("Police said", "Prosecutors")
        cut = next((i for i, w in enumerate(names) if w.casefold() in ("of", "for")), len(names))
        head = names[cut - 1] if cut else names[-1]
        divides = 0 < cut < len(names) and head in divisions and names[cut].casefold() == "of" \
            and any(w in courts for w in names[cut:])
        if cut < len(names) and (divides or (head not in org | place and any(w in org | place for w in names[cut:]))):
            # "Simone Gbagbo of the Movement of Capable Generations": a name, then what it belongs to;
            # "the Appeals Chamber of the Federal Criminal Court": a part of a court, the court
            run, names = run[cut + 1:], names[cut + 1:]
            while run and run[0][2].casefold() in function | joiners:
                run, names = run[1:], names[1:]
            if not run:
                continue
            start = run[0][0]
            text = body[start:end]
            cut = next((i for i, w in enumerate(names) if w.casefold() in ("of", "for")), len(names))
            head = names[cut - 1] if cut else names[-1]
        if head in states and gaz is not None and gaz.lookup(text) is None:
            # "the Democratic Republic of Congo": a state's long form the gazetteer does not list
            # would be a referent of its own beside the country's, without its id
            continue
        type_: EntityType | None = None
        if head in org:
            type_ = "ORG"
        elif head in place:
            type_ = "LOC"
        elif any(w in org for w in names):
            type_ = "ORG"
        elif any(w in place for w in names):
            type_ = "LOC"
        elif gaz is not None and gaz.type_of(text) == "ORG":
            # an organisation the unlisted world.jsonl names (agencies, parties, international
            # bodies) and no head types: "The Associated Press", "Agence France-Presse"
            type_ = "ORG"
        elif head in misc:  # "the Cannes Film Festival"; "the 2018 World Cup": the year is the name's
            type_ = "MISC"
            if (year := re.search(r"\b(?:1[89]|20)\d\d $", body[max(0, start - 5):start])) is not None:
                start -= len(year.group())
            end = _award_field(body, end, head, words)
        elif _org_noun_beside(body, start, end, org_nouns):
            type_ = "ORG"
            if (party := re.match(r" party\b", body[end:end + 7])) is not None:
                end += len(party.group())  # "the Labour party" (the Guardian's style): the word is the name's
        elif (work := re.search(r"\b([a-z]+) [“\"‘']?$", body[max(0, start - 20):start])) is not None \
                and work.group(1) in work_nouns and not possessive:
            type_ = "MISC"  # "his novel Houris": a work's title
        elif (medium := re.search(r"\b([a-z-]+) in (?:[Tt]he )?$", body[max(0, start - 34):start])) is not None \
                and medium.group(1) in publication_nouns and not (gaz is not None and gaz.lookup(text) is not None):
            type_ = "ORG"  # "a report in Le Monde": the medium that carried it, not a place
        else:
            before = re.search(r"([^\W\d_]+)\s+$", body[max(0, start - 20):start])
            if before is not None and before.group(1) == "The" and ("the " + text).casefold() in _article_places():
                # "in The Hague": a place the exonym list names with its article (cut off above);
                # the preposition before the article says it is a place ("in The Guardian" is none)
                article = max(0, start - 20) + before.start()
                before = re.search(r"([^\W\d_]+)\s+$", body[max(0, article - 20):article])
            after_place = previous_place_end >= 0 and re.fullmatch(r",\s*", body[previous_place_end:start]) is not None
            # "Wuhan, China": a place, then the country it lies in (a country the gazetteer knows)
            # that closes the phrase (no "X, France's president", no list "X, Russia and China")
            region = re.match(r", ([A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+){0,2})(?=[,.;:)\n\"”]|$)", body[end:end + 40])
            entry = gaz.lookup(region.group(1)) if gaz is not None and region is not None else None
            after_place = after_place or (entry is not None and entry.kind == "country" and not possessive)
            # "in Muslim countries", "in Western capitals": a word the gazetteer does not know as a
            # place, before a plural noun of places, says what kind they are and names none
            plural = re.match(r" ([a-z]+)\b", body[end:end + 30])
            modifier = len(names) == 1 and plural is not None and plural.group(1) in plurals \
                and not (gaz is not None and (gaz.lookup(text) is not None or gaz.type_of(text) is not None))
            if (before is not None and before.group(1).casefold() in preps and not possessive and not modifier) \
                    or after_place or based or _place_noun_beside(body, start, end, place_nouns):
                type_ = "LOC"
        if type_ is None:
            continue
        out.append((start, end, type_))
        taken.append((start, end))
        previous_place_end = end if type_ == "LOC" else -1
    # acronyms start no run; one an organisation noun names is an organisation ("the M23 rebel group")
    for m in _ACRONYM.finditer(body):
        if not any(s < m.end() and m.start() < e for s, e in taken) \
                and _org_noun_beside(body, m.start(), m.end(), org_nouns):
            out.append((m.start(), m.end(), "ORG"))
            taken.append((m.start(), m.end()))
    return out
