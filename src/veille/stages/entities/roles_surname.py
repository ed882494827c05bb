"""A title word inside a person's name is the name's, not a title (entities@102): "Bruno Le Maire,
ministre de l'Économie", "Olaf Chancelier", "Judith Juge", "John Marshal, the chief executive",
"Stephen King". Many surnames are common nouns, and some of those nouns are titles (maire,
chancelier, juge, marshal, king, bishop, sheriff, abbé, prévost...); read as a title, such a surname
took the title after the name into a coordination ("Maire, ministre de l'Économie") or stood between
the name and its apposition, and the person kept no office.

A constraint of the language, not a list of surnames: a one-word title that ends a person's name,
after a first word that is no demonym ("Japanese President", a model's span), written with a capital
as names are (French writes a title in lower case: "le
maire", and English a title stands before the name it qualifies: "Marshal John Smith", "King
Charles"), is a word of the name. A name that opens with a title ("Président Macron", a model's
span) keeps it; a title in lower case inside a span a model ran too long keeps it ("Jean Dupont
maire")."""

from __future__ import annotations

import re

from veille.stages.entities.recognize import Candidate
from veille.stages.entities.roles_title_match import TitleMatch
from veille.stages.entities.text import fold


def surname_title(body: str, t: TitleMatch, people: list[Candidate], demonyms: dict[str, str]) -> bool:
    """Whether the title is one capitalised word that ends a person's name after its first word."""
    core = body[t.core_start:t.core_end]
    if not core[:1].isupper() or re.search(r"\s", core):
        return False
    for c in people:
        if c.type != "PER" or not c.start < t.core_start or t.core_end != c.end:
            continue
        words = re.findall(r"[^\W\d_][\w'’-]*", body[c.start:t.core_start])
        if words and words[0][:1].isupper() and fold(words[0]) not in demonyms:
            return True
    return False
