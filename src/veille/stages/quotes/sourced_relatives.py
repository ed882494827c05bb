"""(quotes@47) A source set between commas inside a French relative clause: "une « culture du mensonge »,
qui ne permettra pas, selon lui, de savoir ce qui s'est passé", "une réforme qui, selon la CGT, coûtera
des emplois". The source attributes the clause it sits in, not the sentence: the relative clause, from
the word after "qui" to the sentence's end, is the source's statement (`french.according_to` reads a
source that opens or closes a sentence; inside a relative no rule read it).

The source is a pronoun ("selon lui", "selon elle", "selon eux") or a phrase that names someone (a typed
name, `named(start, end)`), never a text ("selon le rapport": `documents`, sourcing, as elsewhere); the
preposition one of the lexicon's `fr.according_to` (`data/quotes/reporting_verbs.json`). The clause
runs on with no punctuation but the source's own commas, and says something: four words at least."""

from __future__ import annotations

import re
from collections.abc import Callable

_PRONOUNS = frozenset({"lui", "elle", "eux", "elles"})
_RELATIVES = frozenset({"qui", "quoi", "lequel", "laquelle", "lesquels", "lesquelles"})  # "X, selon qui …"
_CLAUSE = r"[^,;:.!?«»“”\"()\n]"


def sourced_relatives(body: str, s: int, e: int, preps: tuple[str, ...], documents: frozenset[str],
                      named: Callable[[int, int], bool]) -> list[tuple[int, int, tuple[int, int]]]:
    """(start, end, source) of each relative clause in body[s:e] that a source between commas attributes."""
    alt = "|".join(re.escape(p) for p in preps)
    pattern = re.compile(rf"(?<![\w'’-])qui\s*(?P<pre>{_CLAUSE}{{0,80}}?)\s*,\s*(?:{alt})\s+(?P<src>[^,;:.!?«»“”\"\n]"
                         rf"{{1,60}}?)\s*,\s*(?P<post>{_CLAUSE}+)", re.IGNORECASE)
    out = []
    for m in pattern.finditer(body, s, e):
        src = m.group("src").strip()
        words = src.casefold().split()
        if src.casefold() not in _PRONOUNS and (not named(*m.span("src")) or any(w in documents for w in words[:3])):
            continue
        if len((m.group("pre") + " " + m.group("post")).split()) < 4:
            continue
        start = m.start("pre") if m.group("pre") else m.start("post")
        out.append((start, m.end("post"), m.span("src")))
    return out


# (quotes@51) the source set between commas inside the main clause: "La réforme est, selon lui, une catastrophe",
# "Le gouvernement devrait, d'après Marie Leroy, annoncer …", "Le chômage a, selon l'Insee, baissé de 2 %"
_INSIDE = re.compile(rf"(?P<pre>{_CLAUSE}+?)\s*,\s*(?P<prep>PREPS)\s+(?P<src>[^,;:.!?«»“”\"\n]{{1,60}}?)\s*,\s*"
                     rf"(?P<post>{_CLAUSE}+)")
# a relative pronoun right before the source's comma opens a relative clause (`sourced_relatives`); a
# conjunction opens a clause the source does not hold ("Il a démissionné mais, selon lui, …" is read
# by the sentence-initial rule, `french.according_to`, when at all)
_OPENS_CLAUSE = re.compile(r"(?<![\w'’-])(?:qui|que|qu['’]|dont|où|mais|et|or|car|donc|si|lorsqu['’]|lorsque|"
                           r"quand)\s*$", re.IGNORECASE)


def sourced_clauses(body: str, s: int, e: int, preps: tuple[str, ...], documents: frozenset[str],
                    named: Callable[[int, int], bool], speaker_words: frozenset[str] = frozenset()
                    ) -> list[tuple[int, int, tuple[int, int]]]:
    """(start, end, source) of a sentence body[s:e] whose main clause a source between commas attributes:
    words of the clause before the source (its subject, its verb: "La réforme est, selon lui, une
    catastrophe"), the rest after it. The statement is the sentence, source included: French splits the
    clause around it, and a quote is one stretch of text. The source is a pronoun or names someone, never a
    text, as in a relative clause (`sourced_relatives`), or a phrase whose words hold a person's title or a
    body that speaks (`speaker_words`: "selon le porte-parole du ministère", "selon le syndicat"; not "selon
    les régions", a manner of varying); the words before it are no sentence-opening
    adverbial alone ("Dans l'immédiat, selon X, …" is `french.according_to`'s), so they hold a finite clause's
    start: two words at least, and the whole sentence says something, six words at least besides the source.
    The sentence holds no quotation marks (a quote's own words are read as such) and stops at its end."""
    text = body[s:e]
    alt = "|".join(re.escape(p) for p in preps)
    m = re.compile(_INSIDE.pattern.replace("PREPS", alt), re.IGNORECASE).match(text)
    if m is None or re.search(r"[«»“”\"]", text):
        return []
    pre, post = m.group("pre"), m.group("post")
    src = m.group("src").strip()
    words = src.casefold().split()
    a0, a1 = s + m.start("src"), s + m.start("src") + len(src)
    speaks = named(a0, a1) or any(w.strip("'’") in speaker_words or w.split("'")[-1].split("’")[-1] in speaker_words
                                  for w in words[:4])
    if src.casefold() not in _PRONOUNS and (not speaks or any(w in documents for w in words[:3])
                                            or words[0] in _RELATIVES):
        return []
    if len(pre.split()) < 2 or _OPENS_CLAUSE.search(pre) or len((pre + " " + post).split()) < 6:
        return []
    # the sentence's end: the clause after the source runs to it (its full stop left out)
    tail = re.match(r"\s*[.!?…]*\s*$", text[m.end("post"):])
    if tail is None:
        return []
    start = s + len(text) - len(text.lstrip())
    return [(start, s + m.end("post"), (a0, a1))]
