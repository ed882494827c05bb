"""English person names, for English articles, which veille parses with spaCy's blank English
tokenizer (no English model is shipped): no raw names come from spaCy there.

A capitalised word sequence is taken for a person when the text itself says so:

- a title stands before it ("President Emmanuel Macron", "legal analyst Elie Honig") or in an
  apposition after it ("Kirsty Coventry, the president of …");
- it says something ('Trump told reporters', '"…," said Blatter');
- its last word comes back alone elsewhere in the article ("Sepp Blatter" … "Blatter"),
  the way news prose refers to people again (organisations come back as acronyms);
- its first word is a given name (`data/entities/given_names.json`, a broad pooled reference) that
  the article never writes in lower case ("Maria Lopez", but not "Will", "Grant" or "Hope" where
  the text uses them as words), and none of its other words is one the article writes in lower case.

What capitalisation says is read first: a title marks only a name in its own sentence; an English
function word that is no given name opens no name (cut at a sentence's start, "Then Vrbel left";
inside a sentence it is a work's title, "It Was Just an Accident"); a name ends in no one-letter
word ("Gen Z-led"); an editor's bracketed word is the name's ("Prime Minister [Mark] Carney"), and so
(entities@33) is a nickname in quotation marks after a given name ('Anthony “Ace” Newbold', `nicknamed`).

A sequence the text marks so whose last word is an organisation's or a place's head noun
("Acme Retail said") is typed ORG or LOC instead (`english_names.head_type`), and its last word
is no surname. Then every later bare surname of a person found so is a mention too. Words that make a
sequence an organisation, a place or a heading (`en_not_name_words`) rule it out; the
gazetteer still wins over these spans where they overlap.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from veille.model import EntityType
from veille.stages.entities.english_names import head_type, load_words
from veille.stages.entities.gazetteer import Gazetteer
from veille.stages.entities.roles_inventory import agent_titles, inventory
from veille.stages.entities.text import fold
from veille.stages.stop_words import spacy_stop_words


@cache
def stop_words() -> frozenset[str]:
    """spaCy's English stop words, read once on first use, not at import: from spaCy's file, not
    imported (`spacy.lang.fr` compiles its tokenizer exceptions on import, ~4 s of CPU, which the
    corpus steps' process, which loads no model, would pay)."""
    return spacy_stop_words("en")


@cache
def _function_words() -> frozenset[str]:
    """English and French stop words together (the words a lower-case word in a body may be)."""
    return stop_words() | spacy_stop_words("fr")


# an apostrophe joins a name ("O'Brien", "N'Diaye") but the possessive "'s" ends it ("Trump's");
# a hyphen joins capitalised parts ("Bilie-By-Nze"), not a lowercase suffix ("Gen Z-led", "-based")
_NAME = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:(?:-(?=[A-ZÀ-ÖØ-Þ])|['’](?!s\b))[^\W\d_]+)*"
_PARTICLE = r"(?:de|da|dos|das|van|von|der|den|bin|ibn|al|el|del|di|du|le|la)"
# "Ursula von der Leyen", "Abdullah bin Zayed": up to two particles between names
# A title and "of"/"for" right before a capitalised sequence: "Minister of Health …".
_OFFICE_OF = re.compile(r"([^\W\d_]+)\s+(?:of|for)\s+(?:the\s+)?$")
# the same after a capitalised word on the line: "Observatory for Human Rights"
_NAME_OF = re.compile(r"([A-ZÀ-ÖØ-Þ][^\W\d_]*)[ \t\u00a0]+(?:of|for)[ \t\u00a0]+(?:the[ \t\u00a0]+)?$")
# A word an editor adds inside a quote in square brackets is read as the quote's own:
# "Prime Minister [Mark] Carney" is one name.
# A romanised Korean given name after the family name: two syllables joined by a hyphen, the second
# in lowercase ("Moon Jae-in", "Ban Ki-moon", "Yun Byung-se"), each syllable of the shape the Revised
# and McCune-Reischauer romanisations give (initial consonant, vowel, final n/ng/k/l/m/p/t), so that
# an English compound ("State-run", "Gen Z-led", "Sit-in" at a sequence's start) is none.
_KO_VOWEL = r"(?:yae|yeo|wae|eui|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|a|e|i|o|u)"
_KO_FINAL = r"(?:ng|n|k|l|m|p|t)?"
_KO_SYLLABLE = rf"(?:ch|kk|tt|pp|ss|jj|sh|[bcdghjkmnprstwy])?{_KO_VOWEL}{_KO_FINAL}"
_KOREAN_GIVEN = (rf"(?:(?:Ch|Sh|[BCDGHJKMNPRSTWY]){_KO_VOWEL}|Yae|Yeo|Wae|Eui|Ae|Ya|Eo|Ye|Wa|Oe|Yo|Wo|We|Wi|Yu|Eu"
                 rf"|Ui|Oo|Ee|Ou|A|E|I|O|U){_KO_FINAL}-{_KO_SYLLABLE}(?![\w'’-])")
# A middle initial with its full stop between a given name and a surname ("David L. Calhoun",
# "Dennis A. Muilenburg", as US business and wire copy writes officers' names): one word of the name,
# only before another capitalised word on the same line that is no English function word, so "U.S."
# and "D.C." (no space after the first stop) and a sentence's last capital ("Plan B. Then", "Vitamin
# C. The") stay out.
_INITIAL_WORD = r"[A-Z]\."


@cache
def _sequence() -> re.Pattern[str]:
    """A sequence of capitalised words, built on first use (its initials' rule reads the stop words)."""
    openers = "|".join(sorted((w.capitalize() for w in stop_words() if w.isalpha()), key=len, reverse=True))
    initial = rf"{_INITIAL_WORD}(?=[ \t\u00a0]+[A-ZÀ-ÖØ-Þ])(?![ \t\u00a0]+(?:{openers})(?![\w'’-]))"
    return re.compile(rf"(?<![\w'’-]){_NAME}(?:\s+(?:{_PARTICLE}\s+){{0,2}}(?:\[{_NAME}\]\s+)?"
                      rf"(?:{initial}[ \t\u00a0]+)?(?:{_KOREAN_GIVEN}|{_NAME}))*")

# A nickname in quotation marks between a given name and a surname: 'Anthony “Ace” Newbold', "Earvin
# 'Magic' Johnson", "Earvin « Magic » Johnson" (French sets its marks off with spaces): one or two
# capitalised words inside one pair of marks, the name's words on both sides on the same line.
_IN_MARKS = rf"(“|\"|‘|'|«[ \u00a0\u202f]?)({_NAME}(?: {_NAME})?)(”|\"|’|'|[ \u00a0\u202f]?»)"
_NICKNAME = re.compile(rf"(?<![\w'’-])({_NAME})[ \t\u00a0]+{_IN_MARKS}[ \t\u00a0]+({_NAME})(?![\w'’-])")
# the nickname alone, from its opening mark to the surname, and the name's word before it
_NICKNAME_ALONE = re.compile(rf"{_IN_MARKS}[ \t\u00a0]+(?={_NAME}(?![\w'’-]))")
_NAME_BEFORE = re.compile(rf"(?<![\w'’-]){_NAME}[ \t\u00a0]+$")
_PAIRS = {"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»"}
_SAYS = re.compile(r"\s+(?:said|says|told|added|wrote|announced|stated|explained|warned|insisted)\b")
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|according to)\s+$")
_WHO = re.compile(r",\s+who\b")
# what may stand between a title and the name it introduces: not a sentence's end or a line break
_SENTENCE_GAP = re.compile(r"[.!?:;\n]")
# where a sentence starts: the text's start, a line break, or a sentence's end (and a quote)
_SENTENCE_START = re.compile(r"(?:\n|[.!?][\"”’')]?\s+)[\"“‘'(]?\s*$")
# the article "the" right before a name (a sentence's "The" too), on the same line
_THE_BEFORE = re.compile(r"(?<![\w'’-])[Tt]he[ \t\u00a0]+$")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-zà-ÿ][^\W\d_]*")
_GIVEN = Path(__file__).resolve().parent.parent.parent / "data" / "entities" / "given_names.json"


@dataclass(frozen=True)
class GivenNames:
    """Given names, by the sex they mark (`either`: both), keyed as `given_key` folds a word."""

    female: frozenset[str] = frozenset()
    male: frozenset[str] = frozenset()
    either: frozenset[str] = frozenset()

    def sex(self, word: str) -> str | None:
        key = given_key(word)
        return "f" if key in self.female else ("m" if key in self.male else None)

    def __contains__(self, word: object) -> bool:
        key = given_key(str(word))
        return key in self.female or key in self.male or key in self.either


def given_key(word: str) -> str:
    """A word as `given_names.json` keys names: the names' fold (`text.fold`: lower case, no
    accents), without apostrophes, as the pooled reference writes "D'Angelo" ("dangelo").  Its
    keys are plain ASCII letters and hyphens, which this leaves as they are."""
    return fold(word).replace("'", "")


def load_given_names() -> GivenNames:
    raw = json.loads(_GIVEN.read_text(encoding="utf-8"))
    return GivenNames(frozenset(raw["female"]), frozenset(raw["male"]), frozenset(raw["either"]))
def nicknamed(body: str, given: GivenNames) -> list[re.Match[str]]:
    """Each person's name holding a nickname in quotation marks ('Anthony “Ace” Newbold'), as a match
    whose groups are the given name, the opening mark, the nickname, the closing mark and the surname.
    The first word must be a given name (`given_names.json`) and the marks a pair: a quoted phrase after
    a name ('Smith “Will Resign”'), a quote that opens a sentence ('told Maria. “Nobody Knows”') or a
    title in marks between two names are no nickname."""
    out = []
    for m in _NICKNAME.finditer(body):
        if m.group(1) in given and _PAIRS[m.group(2).strip()] == m.group(4).strip():
            out.append(m)
    return out


def nickname_in(text: str) -> str | None:
    """The folded nickname a person's whole name holds in a pair of the marks `nicknamed` reads
    ('Casandra ‘Cassie’ Ventura', "Earvin « Magic » Johnson": "cassie", "magic"), else None: one
    definition of the marks for the name and for link@11, which joins the nickname alone to it."""
    m = _NICKNAME.fullmatch(text)
    if m is None or _PAIRS[m.group(2).strip()] != m.group(4).strip():
        return None
    return fold(m.group(3))


def nickname_at(text: str, i: int) -> int | None:
    """Where a nickname whose opening mark is at `i` ends (the surname's first letter): the marks and
    words `nicknamed` reads, a pair, between two capitalised words on the line ('Anthony “Ace”
    Newbold', "Earvin « Magic » Okafor"); else None. For the quotes stage, which must not take those
    marks for a quote's, and reads no given names: a quote opening a sentence after a name ('told
    Maria. “Nobody Knows”') or a phrase in lower case ('Smith “will resign”') is still a quote."""
    m = _NICKNAME_ALONE.match(text, i)
    if m is None or _PAIRS[m.group(1).strip()] != m.group(3).strip() \
            or _NAME_BEFORE.search(text, max(0, i - 40), i) is None:
        return None
    return m.end()


def without_nicknames(text: str) -> str:
    """`text` with each nickname `nickname_at` reads (its marks and words) replaced by a space."""
    out, i = [], 0
    for k, ch in enumerate(text):
        if k < i or ch not in _PAIRS:
            continue
        end = nickname_at(text, k)
        if end is not None:
            out.append(text[i:k].rstrip() + " ")
            i = end
    return "".join(out) + text[i:]


# An apposition after the name: ", the president of …", ", a former judge", ", 55, chief executive".
_APPOSITION = re.compile(r",\s+(?:\d+,\s+)?(?:(?:the|a|an|who\s+is|now)\s+)?((?:[\w'’-]+\s+){0,3}[\w'’-]+)")


@cache
def title_rests() -> dict[str, list[tuple[str, ...]]]:
    """The English titles of the inventory written "X of (the) Y" ("chancellor of the exchequer",
    "chief of the general staff", "leader of the opposition"), by head X: the words of each Y,
    longest first. Before a name they are capitalised as the name is, and no portfolio."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for kind in inventory()["kinds"].values():
        for title in kind["en"]:
            head, of, rest = title.casefold().partition(" of ")
            words = tuple(w for w in rest.split() if w != "the")
            if of and words and " " not in head:
                out.setdefault(head, []).append(words)
    return {head: sorted(set(rests), key=len, reverse=True) for head, rests in out.items()}


@cache
def _inventory_one_word_titles() -> frozenset[str]:
    """entities@75: the one-word English titles of the title inventory, folded, read once per run."""
    return frozenset(fold(t) for kind in inventory()["kinds"].values() for t in kind.get("en", []) if " " not in t)


@cache
def _irregular_past() -> frozenset[str]:
    return frozenset(load_words().get("irregular_past", []))


def _title_word_body(title: str, word: str, gaz: Gazetteer | None) -> EntityType | None:
    """entities@75: the type of the name a title word and the one word after it make when that word
    is an organisation's head noun ("General Motors", "Major Industries") or the two words a body the
    gazetteer knows (an organisation or a place); None when they may be a title and a surname."""
    if head_type(word) == "ORG":
        return "ORG"
    entry = gaz.lookup(f"{title} {word}") if gaz is not None else None
    return entry.type if entry is not None and entry.type in ("ORG", "LOC") else None


_NEXT_WORD = re.compile(r"[ \t\u00a0]+([a-z][\w'’]*)(?![\w'’-])")


def ends_noun_phrase(body: str, end: int) -> bool:
    """entities@75: whether the name ending at `end` ends its noun phrase, as a name "the" opens is a
    body's ("the Red Cross.", "the Red Cross said", "the Red Cross and", "the Red Cross sent"): no
    lower-case word follows it but a function word, a verb of saying or a verb in the past (regular in
    -ed, or an irregular English past). A lower-case noun after it ("the Kamala Harris campaign", "the
    Maria Lopez case") or a hyphen ("the Kamala Harris-led campaign") makes it that noun's modifier:
    "the" is then the noun's, not the name's. A word in -s may be a plural noun ("protests") or a verb
    ("plans"): it is read as a noun, which leaves the person a person."""
    if body[end:end + 1] in ("-", "\u2010", "\u2011"):
        return False
    m = _NEXT_WORD.match(body, end)
    if m is None:
        return True
    word = m.group(1)
    return word in stop_words() or word.endswith("ed") or word in _irregular_past() \
        or _SAYS.match(body, end) is not None


def english_people(body: str, lexicon: dict[str, Any], gaz: Gazetteer | None = None,
                   given: GivenNames | None = None) -> list[tuple[int, int, EntityType]]:
    titles = {w.casefold() for w in lexicon["en_person_titles"]} | agent_titles()
    portfolio_words = {w.casefold() for port in inventory()["en_portfolios"] for w in port.split()} - {"the"}
    # entities@74: the one-word titles of the title lexicon, which given_names.json no longer lists
    # ("Sheriff", "Dean"): one before a given name opens a titled name ("Sheriff Ray Koontz");
    # entities@75: the inventory's part built once per run (`_inventory_one_word_titles`)
    one_word_titles = titles | _inventory_one_word_titles()
    stop = {w.casefold() for w in lexicon["en_not_name_words"]}

    def known(word: str, last: bool) -> bool:  # a country, a demonym or another known non-person name
        if gaz is None:
            return False
        entry = gaz.lookup(word)
        # A surname may also be an organisation's name ("Therese Kayikwamba Wagner" is no
        # Wagner group): a known organisation cuts the sequence only before its last word.
        return gaz.country_of_demonym(word) is not None or (
            entry is not None and entry.type != "PER" and (entry.type == "LOC" or not last))

    # the words this article uses as words, and function words ("Will Trump …?", "Le Monde")
    lower = {w.casefold() for w in _LOWER_WORD.findall(body)} | _function_words()
    people: list[tuple[int, int]] = []
    others: list[tuple[int, int, EntityType]] = []
    # entities@74: the names an article writes right after the article "the" ("the Red Cross", "the
    # Salvation Army"), and those it marks a person by a title or a verb of saying where no "the"
    # stands before them
    the_names: set[str] = set()
    person_names: set[str] = set()
    # a nickname in marks inside a name is read as the space between its words, so the name is one
    # sequence ('Press Secretary Anthony “Ace” Newbold': "Anthony" alone was the title's name, and the
    # bare "Newbold" that follows no one's surname); the offsets stay the body's
    scan = body
    for nick in nicknamed(body, given) if given is not None else []:
        scan = scan[:nick.end(1)] + " " * (nick.start(5) - nick.end(1)) + scan[nick.start(5):]
    for m in _sequence().finditer(scan):
        tokens = [(t.start(), t.group()) for t in re.finditer(r"\S+", m.group())]
        if len(tokens) == 1 and body.startswith(".", m.end()) and f"{m.group().casefold()}." in titles:
            continue  # an abbreviated title ("Gen.", "Sen.") is no name
        titled = False
        # The name is what follows the last title, nationality or function word in the
        # sequence: "French Prime Minister François Bayrou" -> "François Bayrou".
        # A title in the plural before the names it is each one's ("Representatives Dave Min and …",
        # "Senators Jon Ossoff and …") is cut as its singular is, never as the last word, which may be a
        # surname ("Blake Masters").
        cut = max((i + 1 for i, (_, w) in enumerate(tokens)
                   if w.casefold() in titles or w.casefold() in stop or known(w, i == len(tokens) - 1)
                   or (i < len(tokens) - 1 and w.casefold().endswith("s") and w.casefold()[:-1] in titles)),
                  default=0)
        # a sentence's first word is capitalised whatever it is: an English function word that is
        # no given name opens no name there ("Then Vrbel left"; "Will Baxter said" keeps "Will").
        # Not every word the article also writes in lower case: "Mark Rutte said" where the text
        # says "mark" is a name.
        # Inside a sentence, such a word capitalised is a title's capitalisation: "the thriller
        # "It Was Just an Accident"" names a work, no one.
        if cut == 0 and len(tokens) > 1 and tokens[0][1].casefold() in stop_words() \
                and (given is None or tokens[0][1] not in given):
            if not (not body[:m.start()].strip() or _SENTENCE_START.search(body[max(0, m.start() - 8):m.start()])):
                continue
            cut = 1
        # entities@74: a title right before the name marks it ("French Prime Minister François
        # Bayrou"), not one a name's other word follows ("Major League Baseball": "League" cut it)
        titled = cut > 0 and tokens[cut - 1][1].casefold() in titles
        office = _OFFICE_OF.search(body, max(0, m.start() - 40), m.start())
        if cut == 0 and (owner := _NAME_OF.search(body, max(0, m.start() - 40), m.start())) is not None \
                and owner.group(1).casefold() not in titles \
                and _owns_complement(body, owner.start(1), owner.group(1), gaz):
            # entities@64: after a capitalised noun and "of"/"for" the words are that name's complement
            # ("the Syrian Observatory for Human Rights", "the Bank of England"), no person's; a
            # title's complement is read below ("Minister of Health Jane Mwangi")
            continue
        if office is not None and office.group(1).casefold() in titles:
            # "Minister of Health Jane Mwangi": the portfolio after a title and "of" is no part of the name
            while cut < len(tokens) - 1 and tokens[cut][1].casefold() in portfolio_words:
                cut, titled = cut + 1, True
            # entities@32: "Chancellor of the Exchequer Rachel Reeves", "Chief of Staff Susie
            # Wiles": the rest of an "X of (the) Y" title of the inventory is the title's, not the name's
            for rest in title_rests().get(office.group(1).casefold(), ()):
                if cut + len(rest) < len(tokens) and \
                        tuple(w.casefold() for _, w in tokens[cut:cut + len(rest)]) == rest:
                    cut, titled = cut + len(rest), True
                    break
        words = [w for _, w in tokens[cut:]]
        if cut > 0 and any(w.casefold() in titles for _, w in tokens[:cut]) and len(words) >= 3 \
                and re.fullmatch(r"[A-Z]{2,4}", words[0]) and not any(w.isupper() for w in words[1:]):
            # entities@64: right after a title word an acronym is the title's abbreviation ("Deputy CJ
            # Philomena Mwilu", "Deputy PM …"), and the capitalised words after it the name
            cut, words = cut + 1, words[1:]
        # an acronym makes the sequence no person's name; a one-letter initial does not ("S Jaishankar")
        if not words or any(w.isupper() and len(w) > 1 and not re.fullmatch(_INITIAL_WORD, w) for w in words) \
                or re.fullmatch(_PARTICLE, words[0]):
            continue
        if len(words[-1]) == 1:
            continue  # initials come before a surname, never last ("Gen Z", of "Gen Z-led")
        # a leading one-letter initial stays out of the span ("S Jaishankar" -> "Jaishankar"), so
        # the surname links to the full name used elsewhere ("Subrahmanyam Jaishankar")
        while len(words) > 1 and len(words[0].rstrip(".")) == 1 and cut + 1 < len(tokens):
            cut, words = cut + 1, words[1:]
        start, end = m.start() + tokens[cut][0], m.end()
        before = body[max(0, start - 40):start]
        last_word = re.search(r"([^\W\d_]+)(\W*)$", before)
        titled = titled or bool(last_word and (
            # a title ends the sentence before ("… for the filmmaker. He was"): no title of this name
            (last_word.group(1).casefold() in titles and not _SENTENCE_GAP.search(last_word.group(2)))
            or (f"{last_word.group(1).casefold()}." in titles and last_word.group(2).startswith("."))))
        # "X said", "said X", and "X, who …": English refers to people, not bodies, with "who"
        says = bool(_SAYS.match(body, end)) or bool(_SAID_BEFORE.search(before)) or bool(_WHO.match(body, end))
        if (appo := _APPOSITION.match(body, end)) is not None:
            titled = titled or any(w.casefold() in titles for w in appo.group(1).split())
        again = len(words) >= 2 and re.search(
            rf"(?<![\w'’-]){re.escape(words[-1])}(?![\w'’-])", body[:start] + " " * (end - start) + body[end:]
        ) is not None
        named = given is not None and len(words) >= 2 \
            and (words[0] in given or (len(words) >= 3 and fold(words[0]) in one_word_titles and words[1] in given)) \
            and not any(w.casefold() in lower for w in words if not re.fullmatch(_PARTICLE, w))
        if len(words) == 1 and cut > 0 and tokens[cut - 1][1].casefold() in titles \
                and (body_name := _title_word_body(tokens[cut - 1][1], words[0], gaz)) is not None:
            # entities@75: a title word before an organisation's head noun or inside a name the
            # gazetteer knows as a body's is that name's first word ("General Motors"), no title
            others.append((m.start() + tokens[cut - 1][0], end, body_name))
            continue
        if (len(words) >= 2 and (titled or says or again or named)) or (len(words) == 1 and titled):
            if len(words) >= 2 and (head := head_type(words[-1])) is not None:
                # "Acme Retail said": an organisation's or a place's head noun ends it, no surname
                others.append((start, end, head))
            else:
                people.append((start, end))
                if _THE_BEFORE.search(body, max(0, start - 8), start):
                    # entities@75: only a name that ends its noun phrase ("the Red Cross.", "the Red
                    # Cross said"); before a lower-case noun "the" is that noun's and the name its
                    # modifier ("the Kamala Harris campaign", "the George Floyd protests")
                    if ends_noun_phrase(body, end):
                        the_names.add(body[start:end])
                elif titled or says:
                    person_names.add(body[start:end])
    # entities@74: English sets no article before a person's name, and sets "the" before the names of
    # bodies whose words look like a person's ("the Red Cross", "the Salvation Army", "the Rolling
    # Stones"): a name the article writes after "the", ending its noun phrase there (entities@75:
    # `ends_noun_phrase`, not "the Kamala Harris campaign"), is an organisation in all its mentions, unless
    # a title or a verb of saying marks it a person where no "the" stands before it ("the Joe Biden
    # administration" beside "President Joe Biden")
    bodies = the_names - person_names
    others += [(s, e, "ORG") for s, e in people if body[s:e] in bodies]
    people = [(s, e) for s, e in people if body[s:e] not in bodies]
    people = _without_family_names(body, people, given)
    out: list[tuple[int, int, EntityType]] = [(s, e, "PER") for s, e in people] + others
    surnames = {body[s:e].split()[-1] for s, e in people if len(body[s:e].split()) >= 2}
    for surname in surnames:
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])", body):
            # a surname before another capitalised word on its line opens another name ("Ratan Tata"
            # … "Tata Steel", "Trump Tower"): it is no mention of the person
            if not any(s <= m.start() < e for s, e in people) and not _NAME_AFTER.match(body, m.end()):
                out.append((m.start(), m.end(), "PER"))
    return sorted(set(out))


# the words of a name before its last, capitalised words or hyphened modifiers ("the UK-based Syrian
# Observatory"), and the word before them, ending where that last word starts
_NAME_RUN_BEFORE = re.compile(
    r"(?<![\w'’-])([^\W\d_]+)[ \t\u00a0]+"
    r"((?:(?:[A-ZÀ-ÖØ-Þ][^\W\d_]*|[\w'’]+-[\w'’-]+)[ \t\u00a0]+)*)$")


def _owns_complement(body: str, i: int, word: str, gaz: Gazetteer | None) -> bool:
    """entities@66: whether `word`, a capitalised word at `i` before "of"/"for", is a name's head that
    the words after it complete ("the Bank of England", "the Syrian Observatory for Human Rights"): an
    organisation's head noun, or the last word of a name opened by "the" (a place's name excepted). A
    place, a month or a day ("held in Nairobi for John Kamau", "in January for X", "on Saturday for X")
    and an acronym ("the ICC for Vladimir Putin") are no such head: "for" there introduces a person. A
    sentence's first word may be any noun ("Lawyers for Jane Doe said"), and a word inside a longer
    word is none."""
    if body[i - 1:i].isalnum() or not body[:i].strip() or _SENTENCE_START.search(body[max(0, i - 8):i]):
        return False
    words = load_words()
    entry = gaz.lookup(word) if gaz is not None else None
    if word.isupper() or word in words["calendar"] or (entry is not None and entry.type == "LOC") \
            or (gaz is not None and gaz.country_of_demonym(word) is not None):
        return False
    if word in words["org_heads"]:
        return True
    run = _NAME_RUN_BEFORE.search(body, max(0, i - 80), i)
    if run is None or run.group(1).casefold() != "the":
        return False
    # a place the gazetteer knows by the whole name is no organisation ("at the White House for X")
    name = " ".join(w for w in run.group(2).split() if w[:1].isupper()) + " " + word
    return gaz is None or (known := gaz.lookup(name.strip())) is None or known.type != "LOC"


# a capitalised word right after a word, on the same line: the word opens a longer name
_NAME_AFTER = re.compile(r"[ \t\u00a0]+[A-ZÀ-ÖØ-Þ][^\W\d_]")


def _without_family_names(body: str, people: list[tuple[int, int]],
                          given: GivenNames | None = None) -> list[tuple[int, int]]:
    """entities@64: the people less the "names" that open on another person's surname. A family's
    name opens the names of what the family founded or owns ("Ratan Tata" … "Tata Steel", "Tata
    Sons", "Tata Power"; "Walt Disney" … "Disney Channel"), while no one's given name is the surname
    of another person of the same article: such a sequence is a company's, a building's or a
    foundation's name, whichever rule marked it (a given name: "Tata" is one; said; come back),
    when two different names at least open on it.

    entities@66: a word `given` marks as a man's or a woman's name is no family's: given names are
    also surnames, and one article names several people who share one ("Senator Rand Paul criticised
    Paul Ryan and Paul Manafort"; "Elton John" … "John Legend"). Names of `given`'s `either` part,
    both sexes' and many a surname ("Tata", "Disney"), may still be."""
    words = {(s, e): body[s:e].split() for s, e in people}
    surnames = {w[-1]: (s, e) for (s, e), w in words.items() if len(w) >= 2}
    # a family of names: two different capitalised words at least follow the surname in the
    # article ("Tata Steel", "Tata Power"); one name alone opening on it may be a person whose given
    # name is another's surname ("Matthew David" … "David Smith")
    family = {first for first in {w[0] for w in words.values() if len(w) >= 2 and w[0] in surnames
                                  and (given is None or given.sex(w[0]) is None)}
              if len({m.group(1) for m in re.finditer(
                  rf"(?<![\w'’-]){re.escape(first)}[ \t\u00a0]+([A-ZÀ-ÖØ-Þ][^\W\d_]*)", body)}) >= 2}
    return [(s, e) for (s, e), w in words.items()
            if not (len(w) >= 2 and w[0] in family and surnames[w[0]] != (s, e) and w[0] != w[-1])]
