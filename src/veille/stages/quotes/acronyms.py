"""quotes@45 (quo42, issue 18): a speaker named by the acronym of a body the text named in full.

News names a body in full once and then by its initials: "the U.S. Food and Drug Administration
said … the FDA said", "l'Organisation mondiale de la santé … a indiqué l'OMS". An acronym speaker
("the FDA", "l'OMS") that no mention resolves is the body whose name, earlier in the text, has those
initials: the initials of its content words (function words left out, as acronyms leave them:
"of", "and", "de", "la"), from its first word to its last. A capitalised word right before the
name that is part of it ("U.S.", a country's abbreviation) is kept with it.

(quotes@48) English also names a body again with its complement turned into a modifier: "the Ministry of
Defence … the Defence Ministry said", "the Department of Health … the Health Department said"
(`by_inversion`): the same body, as the text first named it in full.

(quotes@50) A company is named in full once, then by the first word(s) of its name: "Intercept
Pharmaceuticals Inc. … Intercept said", "Acme Holdings … Acme said" (`by_short_name`): the name as
first written, where it ends in an organisation's head noun ("Inc.", "Group", "Holdings", the entity
stage's English heads), so a person's first name is no short form of their full name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from veille.stages.entities.english_institutions import institution_heads
from veille.stages.entities.english_names import head_type
from veille.stages.entities.text import ACRONYM_SKIPPED, fold

# the words an acronym leaves out (English and French function words, folded): the entity stage's list
_SKIPPED = ACRONYM_SKIPPED
_ACRONYM = re.compile(r"^(?:(?:the|le|la|les)\s+|l['’]\s*)?(?P<a>(?:[A-Z]\.){2,6}|[A-Z]{2,6})$")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def acronym(phrase: str) -> str | None:
    """The letters of an acronym speaker phrase ("the FDA" -> "FDA", "l'OMS" -> "OMS"), else None."""
    m = _ACRONYM.match(phrase.strip())
    return m.group("a").replace(".", "") if m is not None else None


def _initial(word: str) -> str:
    return word[:1].upper()


def expansion(body: str, before: int, letters: str) -> tuple[int, int, int] | None:
    """The last name before `before` whose content words' initials are `letters`, as (start, start
    of its first initial's word, end): its first word capitalised, at most eight words."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(body, 0, before)]
    best: tuple[int, int, int] | None = None
    for i, (s, _, w) in enumerate(words):
        if not w[:1].isupper() or (w.upper() == w and len(w) > 1 and "." not in w):
            continue  # a name starts capitalised; an acronym itself is no expansion
        got = ""
        for j in range(i, min(i + 8, len(words))):
            if j > i and re.search(r"[.!?;:\n(),]", body[words[j - 1][1]:words[j][0]]):
                break  # a name runs on within a phrase
            w2 = words[j][2].strip("'’")
            if fold(w2) in _SKIPPED or re.fullmatch(r"[ld]['’]", words[j][2].casefold()):
                continue
            got += _initial(re.sub(r"^[ldLD]['’]", "", w2))
            if not letters.startswith(got):
                break
            if got == letters:
                start = s
                # a capitalised abbreviation right before it belongs to the name ("U.S. Food and …")
                if i > 0 and re.fullmatch(r"(?:[A-Z]\.){2,3}", words[i - 1][2]) and \
                        body[words[i - 1][1]:s].strip() == "":
                    start = words[i - 1][0]
                best = (start, s, words[j][1])
                break
    return best


def by_acronym(body: str, start: int, phrase: str, mentions: Sequence[Any]) -> tuple[str | None, str] | None:
    """(entity id or None, the body's full name) for an acronym speaker phrase, else None: a typed
    organisation or place whose name has the initials, else the full name the text writes."""
    letters = acronym(phrase)
    if letters is None:
        return None
    span = expansion(body, start, letters)
    if span is None:
        return None
    first, core, end = span
    for m in mentions:
        # a mention of the whole name, not of a place or a part inside it ("U.S.", "Drug Administration")
        if m.entity and m.type in ("ORG", "LOC") and m.start <= core and end <= m.end and m.start < start:
            return m.entity, body[first:end]
    for m in mentions:
        # (quotes@46) a title's initials ("the CFO" after "Chief financial officer Maria Lopez"): the
        # person the title stands right before (a space only: a comma may end a body's name) is the speaker
        if m.type == "PER" and m.entity and m.start >= end and re.fullmatch(r"[ \t]+", body[end:m.start]):
            return m.entity, phrase.strip()
    return None, body[first:end]


def _covering_organisation(mentions: Sequence[Any], start: int, end: int) -> str | None:
    """The entity id of the first resolved organisation mention that covers body[start:end] (the full
    name `by_inversion` and `by_short_name` found), else None: the speaker is then the name as written."""
    for mention in mentions:
        if mention.entity and mention.type == "ORG" and mention.start <= start and end <= mention.end:
            return str(mention.entity)
    return None


# (quotes@48) "the Defence Ministry": capitalised modifiers, then a body noun, capitalised
_MODIFIED_BODY = re.compile(r"^(?:[Tt]he\s+)?(?P<mod>(?:[A-Z][\w'’-]*\s+){1,3})(?P<head>[A-Z][a-z]+)$")


def by_inversion(body: str, start: int, phrase: str, mentions: Sequence[Any],
                 bodies: frozenset[str]) -> tuple[str | None, str] | None:
    """(entity id or None, the body's full name) for an English speaker phrase that names a body by its
    modifiers and its noun ("the Defence Ministry") when the text named it before with the modifiers as
    its complement ("the Ministry of Defence"), else None: a typed organisation that covers the full name,
    else the full name the text writes."""
    m = _MODIFIED_BODY.match(phrase.strip())
    # a body's noun: the quotes lexicon's, or a public institution's head (entities@42's list, "Ministry")
    if m is None or (m.group("head").casefold() not in bodies and m.group("head") not in institution_heads()):
        return None
    mod = r"\s+".join(re.escape(w) for w in m.group("mod").split())
    full = None
    for f in re.finditer(rf"\b{re.escape(m.group('head'))}\s+(?:of|for)\s+(?:the\s+)?{mod}\b", body[:start]):
        full = f
    if full is None:
        return None
    return _covering_organisation(mentions, full.start(), full.end()), full.group()


# (quotes@50) one or two capitalised words, a company's short name: "Intercept", "Goldman Sachs"
_SHORT_NAME = re.compile(r"^(?:[Tt]he\s+)?(?P<name>[A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+)?)$")


def by_short_name(body: str, start: int, phrase: str, mentions: Sequence[Any]) -> tuple[str | None, str] | None:
    """(entity id or None, the full name) for an English speaker phrase that is the first word(s) of a
    longer name the text wrote before it, ending in an organisation's head noun ("Intercept" after
    "Intercept Pharmaceuticals Inc."), else None: a typed organisation covering the full name, else the
    full name as written. The longest such name before the phrase."""
    m = _SHORT_NAME.match(phrase.strip())
    if m is None:
        return None
    best: re.Match[str] | None = None
    for f in re.finditer(rf"\b{re.escape(m.group('name'))}(?:[ \t]+[A-Z][\w&'’-]*\.?){{1,3}}", body[:start]):
        words = f.group().split()
        # the run must end in a head noun: "Intercept Pharmaceuticals Inc.", not "Acme Chief Executive"
        while len(words) > len(m.group("name").split()) and head_type(words[-1]) != "ORG":
            words.pop()
        if len(words) > len(m.group("name").split()) and (best is None or len(words) > len(best.group().split())):
            best = re.compile(r"[ \t]+".join(re.escape(w) for w in words)).match(body, f.start())
    if best is None:
        return None
    return _covering_organisation(mentions, best.start(), best.end()), best.group()
