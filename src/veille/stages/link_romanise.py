"""One person's name in the romanisations French and English news write it in (link@32; xl29's link@29).

A name from a language of another script reaches French and English articles through two
romanisation conventions: "Evguéni Prigojine" / "Yevgeny Prigozhin", "Sergueï Choïgou" / "Sergei
Shoigu", "Valeri Guerassimov" / "Valery Gerasimov", "Abou Mohammed al-Joulani" / "Abu Mohammed
al-Julani", "Bachar el-Assad" / "Bashar al-Assad"; agency copy mixes them even inside one language
("Kira Yarmysh" / "Yarmish" / "Yarmych"). The words differ by two letters or more, beyond the
one-letter transliterations `link_variants.link_variants` joins. The differences are a closed set of
spelling conventions, not a list of names: French writes the English "sh" as "ch" and the English
"ch" as "tch", "zh"/"dzh" as "j", "u" as "ou", a hard "g" before e/i as "gu", a consonant after a
vowel doubled ("Guerassimov"), a mute "e" after a final consonant ("Poutine"), "ï"/"i" where English
writes "y", an initial "ye" as "e", "ks" as "x"; Arabic's article is "al" or "el". `romanised`
rewrites a folded word to one skeleton of these conventions, so that the two writings of a name
meet word for word.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Protocol

from veille.model import Mention
from veille.stages.entities.gazetteer import Gazetteer
from veille.stages.entities.text import name_key

# Ordered rewrites of a folded (lowercase, accent-free) word. Each pair is one convention that
# differs between French and English romanisation (see the module doc); the order matters:
# digraphs before the single letters they contain.
_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^ye"), "e"),          # Yevgeny / Evguéni, Yeltsin / Eltsine
    (re.compile(r"dzh|zh|dj"), "j"),    # Prigozhin / Prigojine, Djibril / Jibril
    (re.compile(r"tch|sh"), "ch"),      # Shoigu / Choïgou; Tchaikovsky / Chaikovsky
    (re.compile(r"gu(?=[eiy])"), "g"),  # Sergueï / Sergei, Guerassimov / Gerasimov
    (re.compile(r"ou"), "u"),           # Poutine / Putin, Joulani / Julani, Abou / Abu
    (re.compile(r"ks"), "x"),           # Aleksei / Alexei
    (re.compile(r"y"), "i"),            # Zelensky / Zelenski, Yarmysh / Yarmish
    (re.compile(r"(.)\1+"), r"\1"),     # Guerassimov / Gerasimov, Mohammed / Mohamed
)
# French's mute "e" after a surname's final consonant ("Poutine" / "Putin", "Prigojine" /
# "Prigozhin"), on the surname only: English given names end in a written "e" of their own
# ("Jane" / "Jan" are two names).
_MUTE_E = re.compile(r"(?<=[^aeiou])e$")


def romanised_word(word: str, surname: bool = False) -> str:
    """The skeleton of one folded word of a person's name (see the module doc): the surnames
    "prigojine" and "prigozhin" give "prigojin"; Arabic's article "el" gives "al"."""
    if word == "el":  # Bachar el-Assad / Bashar al-Assad
        return "al"
    if len(word) < 3:
        return word
    for pattern, repl in _REWRITES:
        word = pattern.sub(repl, word)
    return _MUTE_E.sub("", word) if surname and len(word) >= 6 else word


def romanised(key: tuple[str, ...]) -> tuple[str, ...]:
    """The skeleton of a folded name key, word for word (its last word a surname)."""
    return tuple(romanised_word(w, surname=k == len(key) - 1) for k, w in enumerate(key))


class _Sets(Protocol):
    def find(self, x: str) -> str: ...
    def union(self, a: str, b: str, gaz: Gazetteer) -> None: ...


def link_romanisations(named: list[Mention], sets: _Sets, gaz: Gazetteer) -> None:
    """Full person names (two words or more) whose words have one skeleton (`romanised`) are one
    person's two romanisations, when their surnames are written apart: "Evguéni Prigojine" /
    "Yevgeny Prigozhin". Names with one surname written alike whose given names differ only so
    ("Louis Dupont" / "Luis Dupont") are left to the one-letter rule, as two people may bear them;
    one written name stays one referent, as the same-form rule holds. Two gazetteer people stay two
    (`union`)."""
    groups: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    for m in named:
        key = name_key(m.text)
        if m.type == "PER" and len(key) >= 2:
            groups[romanised(key)].append(m)
    for members in groups.values():
        if len({name_key(m.text)[-1] for m in members}) < 2:
            continue
        first = members[0].entity or ""
        for m in members[1:]:
            sets.union(sets.find(first), sets.find(m.entity or ""), gaz)
