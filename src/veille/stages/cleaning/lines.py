"""Text cut into units (paragraphs) with their offsets, and the shape features of a unit.

A unit is usually one line.  Hard-wrapped paragraphs (a line that stops mid-sentence and a
next line that starts in lower case) are one unit of several lines, so that the first half
of a wrapped paragraph is never taken for a heading.  Units keep the offsets of each of
their lines so that what is cut can be reported against the raw text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

# What ends a sentence, possibly followed by closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…:;][\"'»”’)\]]*$|[\"»”]$")
_CLOSING_QUOTES = re.compile(r"[\"'»”’\s]+$")
_ELLIPSIS_END = re.compile(r"(?:…|\.\.\.)\s*$")
_FOLD = str.maketrans("’‘«»“”–—\u00a0\u202f", "''\"\"\"\"--  ")
_WORD = re.compile(r"\w+(?:['’\-]\w+)*")


@dataclass
class Unit:
    """One paragraph: its stripped lines with their (start, end) offsets in the source text."""

    lines: list[tuple[int, int]] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The paragraph on one line (wrapped lines joined by a space), for classifying it."""
        return " ".join(self.texts)

    @property
    def start(self) -> int:
        return self.lines[0][0]

    @property
    def end(self) -> int:
        return self.lines[-1][1]


def split_units(text: str) -> list[Unit]:
    """Non-empty lines of `text` grouped into paragraph units, in order."""
    units: list[Unit] = []
    previous: Unit | None = None
    offset = 0
    for raw_line in text.splitlines(keepends=True):
        content = raw_line.rstrip("\r\n")
        stripped = content.strip()
        if stripped:
            start = offset + (len(content) - len(content.lstrip()))
            span = (start, start + len(stripped))
            if previous is not None and _continues(previous.texts[-1], stripped):
                previous.lines.append(span)
                previous.texts.append(stripped)
            else:
                previous = Unit([span], [stripped])
                units.append(previous)
        else:
            previous = None
        offset += len(raw_line)
    return units


def _continues(line: str, next_line: str) -> bool:
    """Whether `next_line` goes on with the sentence `line` left unfinished (a hard wrap)."""
    return (len(line) >= 40 and not _SENTENCE_END.search(line)
            and next_line[0].islower())


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def letter_words(text: str) -> list[str]:
    """Words with a letter ("1." and "12:30" are not words of a headline)."""
    return [w for w in _WORD.findall(text) if any(c.isalpha() for c in w)]


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.rstrip()))


def ends_with_ellipsis(text: str) -> bool:
    return bool(_ELLIPSIS_END.search(text))


def strip_ellipsis(text: str) -> str:
    return _ELLIPSIS_END.sub("", text).rstrip()


def is_sentence_like(text: str) -> bool:
    """A paragraph of the article: a finished sentence of some length, or a long text."""
    count = len(words(text))
    return (ends_sentence(text) and count >= 3) or count >= 25


def is_title_like(text: str) -> bool:
    """A headline's shape: a few words, no final period (a question or exclamation may do)."""
    count = len(words(text))
    if count < 2 or count > 30 or len(text) > 250:
        return False
    stripped = text.rstrip()
    if stripped.endswith(("?", "!", "?»", "? »")):
        return True
    # A headline may end on a quotation ("... : \"mettons nos différences de côté\""): only
    # a period inside the closing quote makes it a sentence.
    unquoted = _CLOSING_QUOTES.sub("", stripped)
    if unquoted != stripped and not ends_sentence(unquoted):
        return True
    return not ends_sentence(stripped)


def fold(text: str) -> str:
    """Text compared loosely: case, accents, quotes, dashes and spaces folded."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(_FOLD)
    return re.sub(r"\s+", " ", text).strip()
