"""Transliterations and initials of one person's full name (link@10, link@32; part of
`veille.stages.link`, kept apart for its size): full names with as many words, each the same, one
letter apart, an initial of the other or of one romanisation skeleton, are one person when no other
name is that close. The pairs are found through a symmetric-delete index of the surnames, not by
testing every pair (`close_pairs`)."""

from __future__ import annotations

from collections import defaultdict
from typing import Protocol

from veille.model import Mention
from veille.stages.entities.gazetteer import Gazetteer
from veille.stages.entities.text import name_key
from veille.stages.link_romanise import romanised_word


class _Sets(Protocol):
    def find(self, x: str) -> str: ...
    def union(self, a: str, b: str, gaz: Gazetteer) -> None: ...


def _one_edit(a: str, b: str) -> bool:
    """Whether two words differ by at most one letter inserted, dropped or changed."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _initial_of(a: str, b: str) -> bool:
    """Whether one word is the other's initial ("s" / "subrahmanyam")."""
    return (len(a) == 1) != (len(b) == 1) and a[:1] == b[:1]


def close(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full names of one person: as many words, the surname the same or one letter apart
    (a transliteration), each given name too or written as its initial ("S Jaishankar" /
    "Subrahmanyam Jaishankar"; an initial never stands for a surname); link@32: or of one
    romanisation skeleton (`link_romanise`: Arabic's article "el" / "al", "Bachar el-Assad")."""
    return _one_edit(a[-1], b[-1]) and all(
        _one_edit(x, y) or _initial_of(x, y) or romanised_word(x) == romanised_word(y)
        for x, y in zip(a[:-1], b[:-1], strict=True))


def link_variants(named: list[Mention], sets: _Sets, gaz: Gazetteer) -> None:
    """Transliterations of one person's name ("Zelensky" / "Zelenskyy", "Ritcha" / "Richa") and
    given names written as initials (link@10): full names with as many words, each the same, one
    letter apart or an initial of the other (`close`), are one person when no other name is that
    close ("J Smith" with "John Smith" and "Jane Smith" stays apart)."""
    names: dict[tuple[str, ...], str] = {}
    for m in named:
        key = name_key(m.text)
        if m.type == "PER" and len(key) >= 2:
            names.setdefault(key, m.entity or "")
    groups: dict[tuple[int, str], list[tuple[str, ...]]] = defaultdict(list)
    for key in names:
        groups[(len(key), key[-1][:1])].append(key)
    for keys in groups.values():
        close = close_pairs(keys)
        ids = [names[k] for k in keys]
        for i in range(len(keys)):
            # link@32: names close to one another count by referent: "Volodymyr Zelenskyj" is one
            # letter from "Zelensky" and from "Zelenskyy", two names already one person's
            near, mine = _others(i, ids, close, sets), sets.find(ids[i])
            if len(near) == 1 and all(_others(j, ids, close, sets) == {mine}
                                      for j in close[i] if sets.find(ids[j]) != mine):
                sets.union(mine, near.pop(), gaz)


def _others(i: int, ids: list[str], close: list[list[int]], sets: _Sets) -> set[str]:
    """The referents of the names close to name `i`, its own left out."""
    return {sets.find(ids[j]) for j in close[i]} - {sets.find(ids[i])}


def _deletions(word: str) -> set[str]:
    """The word and the word less each one of its letters: two words one letter inserted,
    dropped or changed apart share one of these (the symmetric-delete index)."""
    return {word, *(word[:k] + word[k + 1:] for k in range(len(word)))}


def close_pairs(keys: list[tuple[str, ...]]) -> list[list[int]]:
    """For each name of `keys` (distinct), the positions of the others `close` to it, in
    order.  Testing every pair was quadratic in the names the new mentions touch (4,930 names
    in a 10k-article store: 1.3M tests, 4 of the corpus steps' 6 s); only names whose surnames
    share a `_deletions` key can be close, and those alone are tested."""
    index: dict[str, list[int]] = defaultdict(list)
    for j, key in enumerate(keys):
        for d in _deletions(key[-1]):
            index[d].append(j)
    out = []
    for i, a in enumerate(keys):
        candidates = sorted({j for d in _deletions(a[-1]) for j in index[d] if j != i})
        out.append([j for j in candidates if close(a, keys[j])])
    return out
