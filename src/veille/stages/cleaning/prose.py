"""The last safeguard against losing an article to cleaning (clean@62, issue 16).

When every unit of a page was read as furniture but the page holds prose, the article is not
quarantined (V106): the best block of prose is kept as the body and the article is flagged with
`errors.PROSE_KEPT` (V111) in `meta["veille_warnings"]`, so that a user can tell a body the rules did not find
from one they did.  Prose is what page furniture is not: a finished text of several clauses
(`PROSE_WORDS` words at least, ending a sentence) that no boilerplate pattern names and that is not
a date line or the headline.  A short notice ("Cette tribune a été publiée le … dans Le Monde.") or a
page of labels has none, and stays quarantined.
"""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence
from typing import Any

from veille.errors import PROSE_KEPT
from veille.stages.cleaning import rules
from veille.stages.cleaning.lines import Unit, ends_sentence, letter_words

# A unit is prose with this many words at least (is_sentence_like's long paragraph).
PROSE_WORDS = 25
# Where the article carries its warning codes (`errors.PROSE_KEPT`), and the body offsets of its
# line breaks that are a hard wrap's inside a paragraph (`record_wraps`).
WARNINGS_KEY = "veille_warnings"
WRAPS_KEY = "veille_wrapped"
# Kinds never kept: a date line or the headline is no body whatever its length.
NEVER_KEPT = frozenset({"date", "title", "repeated_title"})


def is_prose(unit: Unit, kind: str | None, patterns: Sequence[rules.Pattern]) -> bool:
    """Whether a unit cut as furniture is prose all the same (see the module docstring)."""
    return (kind not in NEVER_KEPT and ends_sentence(unit.text) and len(letter_words(unit.text)) >= PROSE_WORDS
            and rules.match_boilerplate(unit.text, list(patterns)) is None)


def prose_block(units: Sequence[Unit], kinds: Sequence[str | None],
                patterns: Sequence[rules.Pattern]) -> list[int]:
    """The indices of the best block of prose: the run of consecutive prose units with the most
    letters; empty when the page holds none."""
    best: list[int] = []
    run: list[int] = []
    for i, unit in enumerate(units):
        if is_prose(unit, kinds[i], patterns):
            run.append(i)
            if _letters(units, run) > _letters(units, best):
                best = list(run)
        else:
            run = []
    return best


def _letters(units: Sequence[Unit], run: list[int]) -> int:
    return sum(sum(c.isalpha() for c in units[i].text) for i in run)


def keep_prose(units: Sequence[Unit], kinds: list[str | None], patterns: Sequence[rules.Pattern],
               min_chars: int, meta: MutableMapping[str, Any]) -> None:
    """When the units kept (kind None) hold fewer than `min_chars` characters, keep the best prose
    block (`prose_block`) and flag the article (`set_flag`); cleared when not needed."""
    kept = sum(len(unit.text) for unit, kind in zip(units, kinds, strict=True) if kind is None)
    rescued = prose_block(units, kinds, patterns) if kept < min_chars else []
    for i in rescued:
        kinds[i] = None
    set_flag(meta, bool(rescued))


def record_wraps(meta: MutableMapping[str, Any], kept: Sequence[Unit]) -> None:
    """The record of which lines were joined (clean@62): the offsets, in the body made of the `kept`
    units' lines joined by line breaks, of the breaks inside a unit (a hard wrap, not a paragraph's
    end), in `meta[WRAPS_KEY]`; none recorded, the key is left out."""
    breaks: list[int] = []
    position = -1  # the body's next line break
    for unit in kept:
        for number, line in enumerate(unit.texts):
            if number:
                breaks.append(position)
            position += len(line) + 1
    if breaks:
        meta[WRAPS_KEY] = breaks
    else:
        meta.pop(WRAPS_KEY, None)


def set_flag(meta: MutableMapping[str, Any], kept: bool) -> None:
    """Record (or, cleaned again without need, clear) `PROSE_KEPT` in the article's warnings."""
    found = meta.get(WARNINGS_KEY)
    warnings = [w for w in found if w != PROSE_KEPT] if isinstance(found, list) else []
    if kept:
        warnings.append(PROSE_KEPT)
    if warnings:
        meta[WARNINGS_KEY] = warnings
    else:
        meta.pop(WARNINGS_KEY, None)
