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
