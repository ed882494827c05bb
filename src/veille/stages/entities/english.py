"""English person names, for English articles, which veille parses with spaCy's blank English
tokenizer (no English model is shipped): no raw names come from spaCy there.

A capitalised word sequence is taken for a person when the text itself says so:

- a title stands before it ("President Emmanuel Macron", "legal analyst Elie Honig");
- it says something ('Trump told reporters', '"…," said Blatter');
- its last word comes back alone elsewhere in the article ("Sepp Blatter" … "Blatter"),
  the way news prose refers to people again (organisations come back as acronyms).

Then every later bare surname of a person found so is a mention too. Words that make a
sequence an organisation, a place or a heading (`en_not_name_words`) rule it out; the
gazetteer still wins over these spans where they overlap.
"""

from __future__ import annotations

import re
from typing import Any

from veille.model import EntityType

_NAME = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’-][^\W\d_]+)*"
_PARTICLE = r"(?:de|da|van|von|bin|al|el|del|di|du|le|la)"
_SEQUENCE = re.compile(rf"(?<![\w'’-]){_NAME}(?:\s+(?:{_PARTICLE}\s+)?{_NAME})*")
_SAYS = re.compile(r"\s+(?:said|says|told|added|wrote|announced|stated|explained|warned|insisted)\b")
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|according to)\s+$")


def _words(text: str) -> list[str]:
    return text.split()


def english_people(body: str, lexicon: dict[str, Any]) -> list[tuple[int, int, EntityType]]:
    titles = {w.casefold() for w in lexicon["en_person_titles"]}
    stop = {w.casefold() for w in lexicon["en_not_name_words"]}
    people: list[tuple[int, int]] = []
    for m in _SEQUENCE.finditer(body):
        start, text = m.start(), m.group()
        words = _words(text)
        titled = False
        # leading title or function words are not part of the name ("President", "The")
        while words and (words[0].casefold() in titles or words[0].casefold() in stop):
            titled = titled or words[0].casefold() in titles
            start = body.index(words[1], start + len(words[0])) if len(words) > 1 else m.end()
            words = words[1:]
        if not words or any(w.casefold() in stop for w in words) or any(w.isupper() for w in words):
            continue
        end = m.end()
        before = body[max(0, start - 40):start]
        last_word = re.search(r"([^\W\d_]+)\W*$", before)
        titled = titled or bool(last_word and last_word.group(1).casefold() in titles)
        says = bool(_SAYS.match(body, end)) or bool(_SAID_BEFORE.search(before))
        again = len(words) >= 2 and re.search(
            rf"(?<![\w'’-]){re.escape(words[-1])}(?![\w'’-])", body[:start] + " " * len(text) + body[end:]) is not None
        if (len(words) >= 2 and (titled or says or again)) or (len(words) == 1 and titled):
            people.append((start, end))
    out: list[tuple[int, int, EntityType]] = [(s, e, "PER") for s, e in people]
    surnames = {body[s:e].split()[-1] for s, e in people if len(body[s:e].split()) >= 2}
    for surname in surnames:
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])", body):
            if not any(s <= m.start() < e for s, e in people):
                out.append((m.start(), m.end(), "PER"))
    return sorted(set(out))
