"""What the quotes tests written per session share: the invented people they name, and one
case of a table (a text and what must and must not be found in it) checked against the stage."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tests.test_quotes_grammar import one, quotes

Names = dict[str, tuple[str, str]]

BROWN: Names = {"Paul Brown": ("PER", "per:pb")}
DURAND: Names = {"Paul Durand": ("PER", "per:pd"), "Marie Leroy": ("PER", "per:ml")}


@dataclass(frozen=True)
class Said:
    """A text through the quotes stage and what its quotes must be. `speakers` and `phrases`: a
    fragment found in exactly one quote -> that quote's speaker id / speaker text; `found`: whole
    (text, speaker id, speaker text) triples among the quotes; `absent`: fragments no quote holds;
    `not_by`: (speaker id, fragment) pairs no quote holds together ("" for any text); `not_whole`:
    texts no quote is exactly; `anonymous`: no quote has a speaker id; `nothing`: no quote at all."""
    text: str
    lang: str
    names: Names | None = None
    speakers: dict[str, str | None] = field(default_factory=dict)
    phrases: dict[str, str] = field(default_factory=dict)
    found: tuple[tuple[str, str | None, str], ...] = ()
    absent: tuple[str, ...] = ()
    not_by: tuple[tuple[str, str], ...] = ()
    not_whole: tuple[str, ...] = ()
    anonymous: bool = False
    nothing: bool = False


def check(ctx: Any, case: Said) -> None:
    got = quotes(ctx, case.text, case.lang, case.names)
    if case.nothing:
        assert got == [], got
    for fragment, speaker in case.speakers.items():
        assert one(got, fragment)[1] == speaker, (fragment, got)
    for fragment, phrase in case.phrases.items():
        assert one(got, fragment)[2] == phrase, (fragment, got)
    for triple in case.found:
        assert triple in got, got
    for fragment in case.absent:
        assert not [q for q in got if fragment in q[0]], (fragment, got)
    for speaker, fragment in case.not_by:
        assert not [q for q in got if q[1] == speaker and fragment in q[0]], (speaker, fragment, got)
    if case.anonymous:
        assert not any(q[1] for q in got), got
    for whole in case.not_whole:
        assert whole not in [q[0] for q in got], got
