"""What an English statistical recogniser's spans need before they are names (`nlp.english_ner`).

spaCy's English pipelines are trained on OntoNotes 5, whose annotation differs from the gold
conventions (../shared/gold/GUIDELINES.md) and whose errors on news have regular shapes. Each rule
below describes English orthography or the annotation scheme, not one article:

- a possessive ending is not part of the name: OntoNotes tags "Trump's" as one PERSON span when
  the tokenizer leaves a curly apostrophe on the word ("Trump’s", "Putin’s");
- a span that runs over a comma, a semicolon, a vertical bar, a bracket or a quotation mark joins
  two things, a list ("Acme Retail, John Smith"), a page's byline and its section ("Reuters | …")
  or a nickname and the rest ('Diddy” Combs'): which part is the name cannot be told, so the span
  gives none (the rule-based recognisers may still find each);
- (entities@24) so does a dash set off by spaces, which joins a dateline to its sentence ("TUCSON -
  Jared Loughner …") or two clauses; and a hyphen between two names each of which a gazetteer
  knows, the whole unknown, joins two referents ("a Trump-Putin summit", "India-Pakistan talks"):
  the span gives none and the names are found apart (`compound_of_names`), where a hyphenated name
  a gazetteer knows whole ("Guinea-Bissau") or whose parts are not both names ("Rolls-Royce",
  "Jean-Luc") stays;
- (entities@24) English names an organisation or a place by its head noun, last: a span the
  recogniser types a person whose last word is an organisation's or a place's head ("Redwood
  Holdings", "Zorvex Airport") is that kind of name, unless the head is also a common surname
  ("Michael Bay", "Margaret Court": `heads_also_surnames`) (`model_type`);
- (entities@24) a sentence opens with a capital, so a preposition, a conjunction or a deverbal
  preposition opening one is capitalised ("Based on the Governing Council", "Given Acme's
  losses"): the recogniser runs it into the name after it, which starts at the first capitalised
  word after the opener and the lowercase words that follow it (`_OPENERS`); (entities@32) so is
  a deictic adverb of time ("Today I had", "Yesterday Acme said"), and the pronoun "I" is no name;
  and a title's tenure modifier opening a sentence before an organisation a gazetteer knows ("New
  Bundesbank President X": the Bundesbank, `tenure_cut`);
- a person's name holds no digit ("Mar 25" read as a PERSON), and a name holds a capital letter;
- English writes every word of a name capitalised but its function words ("Bank of Canada"), so
  lowercase words at a span's end are not the name's ("Ontario city" is Ontario);
- a word of three letters or fewer written with an abbreviation's full stop ("London, Ont.") is
  an abbreviation, not a person's name;
- a compass point and "of" before a name say where from it ("North of Tarnville, the plant…"):
  the name is what follows "of" (a region named so keeps its article: "the North of England" is
  told by the span's own start, which then is "the");
- (entities@23) a court sits in formations, and OntoNotes tags "the Appeals Chamber of the Federal
  Criminal Court" whole: the news names the court by it, so a span "… Chamber / Bench / Division /
  Panel of the X" whose X ends with a court's head word is the court X.

Two more rules (entities@23) add or relink names the recogniser leaves split:

- English writes a nickname in quotation marks between a person's given name and surname
  ('Casandra "Cassie" Ventura', 'Earvin "Magic" Johnson'): the recogniser, stopped by the quotation
  marks, types the surname alone by the word ("Ventura" a place). Such a sequence whose first word is a
  given name (`given_names.json`) is one person's name (`nickname_names`);
- speakers shorten an organisation's name by its kind word ("World Health ripped us off" after "the
  World Health Organization"): a name of two words or more that opens a longer organisation's name
  of the same article, the one word after it that name's head (`english_names`' organisation heads),
  is that organisation (`truncated_names`), unless a gazetteer knows it ("New York" / "New York Times").

Spans are cut or dropped here; the type mapping (OntoNotes' 18 labels to veille's 4) is the nlp
stage's, which drops dates, amounts and nationalities before anything reaches this module.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from veille.model import EntityType, Mention
from veille.stages.entities.english import GivenNames, nicknamed
from veille.stages.entities.english_names import load_words
from veille.stages.entities.gazetteer import Gazetteer
from veille.stages.entities.text import fold, name_key

_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_JOINERS = re.compile(r"[,;|()\[\]\"“”«»]|\s[-–—]+\s")
# a court's formation ("Appeals Chamber", "Grand Chamber", "Criminal Division") "of the" court
_FORMATION = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*(?:Chambers?|Bench|Division|Panel)\s+of\s+the\s+(?=[A-Z])")
_COURT_HEADS = frozenset({"Court", "Tribunal"})
# English prepositions, conjunctions and deverbal prepositions ("given", "based on") that open a
# sentence before a name; determiners and adjectives are not here ("The Hague", "New York")
_OPENERS = frozenset({
    "according", "after", "against", "although", "amid", "among", "and", "as", "at", "barring", "based",
    "because", "before", "between", "but", "by", "concerning", "considering", "despite", "during",
    "excluding", "following", "for", "from", "given", "if", "in", "including", "on", "or", "over",
    "pending", "regarding", "since", "though", "through", "to", "until", "when", "where", "while",
    "with", "without",
    # (entities@32) deictic adverbs of time open a sentence or a quotation the same way ("Today I
    # had a positive dialogue", "Yesterday Acme said"): no name holds them first
    "today", "yesterday", "tomorrow", "tonight"})
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”‘(\[]|\n)\s*$")
_TITLES = Path(__file__).resolve().parent.parent.parent / "data" / "entities" / "titles.json"
_TITLE_FUNCTION_WORDS = frozenset({"of", "the", "for", "and", "to", "in", "on", "at", "de"})
_DIRECTION = re.compile(r"(?:North|South|East|West)(?:-?(?:east|west))?\s+of\s+(?=[A-Z])")


def clean_model_span(body: str, start: int, end: int, type_: EntityType) -> tuple[int, int] | None:
    """The span a recogniser gave, cut to the name it holds, or None when it holds none."""
    text = body[start:end]
    opener = re.match(r"([A-Z][a-z]+)\s+(?:[a-z]+\s+)*(?=[A-Z])", text)
    if opener is not None and opener.group(1).lower() in _OPENERS \
            and _SENTENCE_START.search(body[max(0, start - 3):start]) is not None:
        start += opener.end()  # "Based on the Governing Council": the council
        text = body[start:end]
    direction = _DIRECTION.match(text)
    if direction is not None:  # "North of Tarnville": the place is Tarnville
        start += direction.end()
        text = body[start:end]
    formation = _FORMATION.match(text)
    if formation is not None and type_ == "ORG" and text.rstrip(" .").split()[-1] in _COURT_HEADS:
        start += formation.end()  # "the Appeals Chamber of the Federal Criminal Court": the court
        text = body[start:end]
    text = text.rstrip(" .-–—:\n")
    words = text.split(" ")
    while len(words) > 1 and words[-1][:1].islower():
        words.pop()
    text = " ".join(words)
    # the possessive once the words after it are gone ("Putin’s de" at a line's end is Putin)
    possessive = _POSSESSIVE.search(text)
    if possessive is not None and possessive.start() > 0:
        text = text[:possessive.start() + (1 if text[possessive.start()] == "s" else 0)]  # "Jones'" keeps its s
    text = text.rstrip(" .-–—:")
    end = start + len(text)
    if type_ == "PER" and " " not in text and len(text) <= 3 and body[end:end + 1] == ".":
        return None
    if not text or _JOINERS.search(text) or not any(c.isupper() for c in text):
        return None
    if text == "I":  # the pronoun left by a cut opener ("Today I had"): never a name alone
        return None
    if type_ == "PER" and any(c.isdigit() for c in text):
        return None
    return start, end


# (entities@32) the modifiers that say when a title is held, capitalised as a sentence's first word
# before an organisation's name and its title ("New Bundesbank President Joachim Nagel")
_TENURE = frozenset({"new", "former", "outgoing", "incoming", "acting", "interim"})


def tenure_cut(body: str, start: int, end: int, type_: EntityType, gaz: Gazetteer) -> int:
    """The start of an organisation's span without a title's tenure modifier opening the sentence
    ("New Bundesbank President ...": the recogniser's "New Bundesbank" is the Bundesbank): only
    when the rest is an organisation a gazetteer file knows and the whole is none ("New
    Democratic Party" stays whole)."""
    first, _, rest = body[start:end].partition(" ")
    if type_ != "ORG" or not rest or first.casefold() not in _TENURE \
            or _SENTENCE_START.search(body[max(0, start - 3):start]) is None:
        return start
    if gaz.type_of(body[start:end]) is not None or gaz.lookup(body[start:end]) is not None:
        return start
    entry = gaz.lookup(rest)
    known = gaz.type_of(rest) == "ORG" or (entry is not None and entry.type == "ORG")
    return start + len(first) + 1 if known else start


def person_titles(lexicon: dict[str, Any]) -> frozenset[str]:
    """(entities@68) The folded words of English titles written before a person's name: the
    lexicon's `en_person_titles` and every word of titles.json's English offices ("sheriff",
    "police chief", "detective inspector"), function words left out."""
    words = {fold(w).rstrip(".") for w in lexicon.get("en_person_titles", [])}
    kinds = json.loads(_TITLES.read_text(encoding="utf-8"))["kinds"]
    for kind in kinds.values():
        for phrase in kind.get("en", []):
            words |= {fold(w) for w in phrase.split() if w.isalpha() and w.islower()}
    return frozenset(words - _TITLE_FUNCTION_WORDS)


# (entities@68) the kinds of titles.json whose offices are a jurisdiction's: their holder's office
# is "of" a place ("Houston Police Chief", "Texas Governor"), where a club's or a company's office
# ("Carlton coach", "Acme CEO") is of a body, whatever its name
_JURISDICTION_KINDS = ("heads_of_state_and_government", "ministers", "parliament", "local_and_regional",
                       "police_and_security", "judiciary_and_law")


def jurisdiction_titles() -> frozenset[str]:
    """(entities@68) The folded English titles of a jurisdiction's offices that no body's office
    (a club's, a company's, an army's) shares ("captain" is both)."""
    kinds = json.loads(_TITLES.read_text(encoding="utf-8"))["kinds"]
    public = {fold(p) for k in _JURISDICTION_KINDS for p in kinds[k].get("en", [])}
    other = {fold(p) for k, v in kinds.items() if k not in _JURISDICTION_KINDS for p in v.get("en", [])}
    return frozenset(public - other)


def title_cut(body: str, start: int, end: int, type_: EntityType, titles: frozenset[str]) -> int:
    """(entities@68) The start of a person's span without the title English writes capitalised
    before the name ("Sheriff Kevin Windham", "Police Chief Troy Finner": OntoNotes leaves some
    titles in the PERSON span, the gold never): leading title words are cut while a given name and
    a surname (two capitalised words) are left; "King Charles", "Pope Leo" keep theirs."""
    if type_ != "PER":
        return start
    words = list(re.finditer(r"\S+", body[start:end]))
    cut = 0
    while len(words) - cut > 2 and fold(words[cut].group()).rstrip(".") in titles \
            and words[cut + 1].group()[:1].isupper():
        cut += 1
    return start + words[cut].start() if cut else start


def only_titles(text: str, titles: frozenset[str]) -> bool:
    """(entities@68) Whether a span of two words or more is titles alone ("Deputy Governor",
    "County Governor", "Chief Justice"): English capitalises an office, which names no one; one
    word stays ("King" is also a surname). Only a person's span is read so (entities@72): "Supreme
    Court", "City Council" are bodies."""
    words = text.split()
    return len(words) >= 2 and all(fold(w).rstrip(".") in titles for w in words)


def compound_of_names(text: str, gaz: Gazetteer) -> bool:
    """Whether a span is two names joined by a hyphen ("Trump-Putin", "India-Pakistan"): each part
    a name a gazetteer knows (listed, identify-only or unlisted), the whole none."""
    parts = re.split(r"(?<=\w)[-–](?=[A-Z])", text)
    if len(parts) != 2 or gaz.lookup(text) or gaz.known_index.get(name_key(text)) or gaz.type_of(text):
        return False
    return all(gaz.lookup(p) or gaz.known_index.get(name_key(p)) or gaz.type_of(p) for p in parts)


def model_type(text: str, type_: EntityType) -> EntityType:
    """The type a recogniser's person span takes from its last word when that is an organisation's
    or a place's head noun and no common surname ("Redwood Holdings" an organisation)."""
    if type_ != "PER" or " " not in text:
        return type_
    words = load_words()
    head = text.split()[-1]
    if head in words["heads_also_surnames"]:
        return type_
    if head in words["org_heads"]:
        return "ORG"
    if head in words["place_heads"]:
        return "LOC"
    return type_


def nickname_names(body: str, given: GivenNames) -> list[tuple[int, int, EntityType]]:
    """People named with a nickname in quotation marks ('Casandra "Cassie" Ventura', "Earvin « Magic »
    Johnson"): the whole sequence, when the first word is a given name and the marks a pair
    (`english.nicknamed`) and the last word no organisation's or place's head ('Oscar "Parasite"
    Award' is none)."""
    words = load_words()
    heads = set(words["org_heads"]) | set(words["place_heads"])
    return [(m.start(), m.end(), "PER") for m in nicknamed(body, given) if m.group(5) not in heads]


def truncated_names(mentions: list[Mention], gaz: Gazetteer) -> dict[int, Mention]:
    """index of a mention -> the longer organisation's mention of the same article it shortens
    ("World Health" / "World Health Organization"): its words open that name and the one word
    left is an organisation's head; two such longer names, or a name a gazetteer knows, give none."""
    heads = set(load_words()["org_heads"])
    orgs: dict[tuple[str, ...], list[Mention]] = {}
    for m in mentions:
        key = name_key(m.text)
        if m.type == "ORG" and len(key) >= 3 and m.text.split()[-1] in heads:
            orgs.setdefault(key[:-1], []).append(m)
    out: dict[int, Mention] = {}
    for i, m in enumerate(mentions):
        key = name_key(m.text)
        longer = {o.entity for o in orgs.get(key, [])}
        if len(key) >= 2 and len(longer) == 1 and m.role is None and m.entity not in gaz.entries \
                and m.entity not in gaz.known and not gaz.lookup(m.text) and gaz.type_of(m.text) is None:
            out[i] = orgs[key][0]
    return out
