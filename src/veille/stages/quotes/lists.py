"""Statements listed one a line with no quotation marks under a line that reports speech and ends
with a colon ("X a déclaré :" then "- Nous allons …"): each item is the speaker's (issue 18).
Items in marks are `direct.marked_quotes`' (`_intro_above`)."""

from __future__ import annotations

import re

from veille.stages.quotes.direct import Found, intro, words
from veille.stages.quotes.lexicon import QuoteLexicon
from veille.stages.quotes.text import finite_clause

# a finite verb or a subject pronoun: what makes a listed item a statement, not a noun phrase
# ("- hausse du SMIC de 2 %" is a measure listed, "- Nous baisserons les impôts." a statement)
_FR_FINITE = re.compile(r"(?<![\w'’])(?:je|j['’]|nous|on|il|elle|ils|elles|c['’]est|est|sont|sera|seront|était|"
                        r"va|vont|a|ont|avons|doit|doivent|devons|faut|peut|peuvent|pouvons|allons|sommes)(?![\w-])",
                        re.IGNORECASE)


def _sentence(item: str, lang: str) -> bool:
    """A listed item that is a sentence: a capital, a subject and a finite verb."""
    if not item[:1].isupper():
        return False
    if lang == "en":
        return finite_clause(item) or re.match(r"(?:I|We|You)\s", item) is not None
    return _FR_FINITE.search(item) is not None


_BULLET = re.compile(r"[ \t]*[-•*–—▪►][ \t]+")


def bulleted(body: str, lang: str, lex: QuoteLexicon, taken: list[tuple[int, int]]) -> list[Found]:
    """Each listed statement under a reporting line, by that line's speaker; a list under a line
    that reports nothing is no one's words, and a noun phrase listed is a measure, not a statement."""
    out: list[Found] = []
    pos = 0
    lines = body.split("\n")
    offsets = []
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    k = 0
    while k < len(lines):
        line = lines[k].rstrip()
        if not line.endswith(":") or k + 1 >= len(lines) or not _BULLET.match(lines[k + 1]):
            k += 1
            continue
        head = intro(body, offsets[k] + len(line), lang, lex)
        j = k + 1
        while j < len(lines) and (m := _BULLET.match(lines[j])):
            s = offsets[j] + m.end()
            e = offsets[j] + len(lines[j].rstrip())
            item = body[s:e]
            if head is not None and words(item) >= 4 and _sentence(item, lang) and not re.search(r"[«»“”\"]", item) \
                    and not any(a < e and s < b for a, b in taken):
                out.append(Found(s, e, True, head[0], head[1]))
            j += 1
        k = j
    return out
