"""Text cut into units (paragraphs) with their offsets, and the shape features of a unit.

A unit is usually one line.  Hard-wrapped paragraphs (a line that stops mid-sentence and a
next line that starts in lower case) are one unit of several lines, so that the first half
of a wrapped paragraph is never taken for a heading.  Units keep the offsets of each of
their lines so that what is cut can be reported against the raw text.

clean@62 (issue 16): a paragraph broken by a fixed width narrower than 40 characters (a narrow
column, a plain-text mail or newsletter, wire copy, a PDF's column) is joined too, judged on a
run of lines, as a width-wrapped text is described (`wrapped_runs`, `wrapped_breaks`): a greedy
wrapper breaks a line only where the next word would not fit, so every break in the run either has
a next word longer than the room left, or ends a sentence (a paragraph of its own); its lines are
clauses of several words, and the lines go on with the phrase (the next starts in lower case, or
the line stops on a comma or a hyphen).  A menu, a list of links, a byline block or a table (short
labels, each complete, starting with a capital) is none of that and stays line by line; so does a
poem or a quoted list, whose short lines would have had room for the next word.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from itertools import pairwise

# What ends a sentence, possibly followed by closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…:;][\"'»”’)\]]*$|[\"»”]$")
_CLOSING_QUOTES = re.compile(r"[\"'»”’\s]+$")
_ELLIPSIS_END = re.compile(r"(?:…|\.\.\.)\s*$")
_FOLD = str.maketrans("’‘«»“”–—\u00a0\u202f", "''\"\"\"\"--  ")
_WORD = re.compile(r"\w+(?:['’\-]\w+)*")
# clean@62: a width-wrapped block has at least WRAP_LINES lines, a width (its longest line) of at
# least WRAP_MIN_WIDTH characters (a narrow mobile column), and every line broken by the width
# holds WRAP_WORDS words or more; at least WRAP_CONTINUED of its breaks, and half of them, go on
# with the phrase.
WRAP_LINES = 3
WRAP_MIN_WIDTH = 24
WRAP_WORDS = 3
WRAP_CONTINUED = 2
# A wrapper aims under its width: a next word that would have fitted by fewer characters than this
# still counts as not fitting.
WRAP_SLACK = 3
# A line broken on a word's hyphen ("gouverne-" / "ment", "porte-" / "parole").
_HYPHEN_BREAK = re.compile(r"[^\W\d_]-$")


@dataclass
class Unit:
    """One paragraph: its stripped lines with their (start, end) offsets in the source text."""

    lines: list[tuple[int, int]] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The paragraph on one line (wrapped lines joined by a space), for classifying it; a line
        broken on a word's hyphen runs into the next line's lower-case start (clean@62: the
        parts are one word, "gouverne-ment", "porte-parole", not two)."""
        joined = self.texts[0] if self.texts else ""
        for line in self.texts[1:]:
            glue = "" if _HYPHEN_BREAK.search(joined) and line[:1].islower() else " "
            joined = f"{joined}{glue}{line}"
        return joined

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
    raw_lines = text.splitlines(keepends=True)
    joined = width_joins([line.strip() for line in raw_lines])
    for number, raw_line in enumerate(raw_lines):
        content = raw_line.rstrip("\r\n")
        stripped = content.strip()
        if stripped:
            start = offset + (len(content) - len(content.lstrip()))
            span = (start, start + len(stripped))
            if previous is not None and (_continues(previous.texts[-1], stripped) or number in joined):
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


def width_joins(lines: list[str]) -> set[int]:
    """The numbers of the lines (of `lines`, stripped, blank ones empty) that go on with the
    line above them as one paragraph broken by a fixed width (clean@62), run by run of
    consecutive non-empty lines (`wrapped_runs`, `wrapped_breaks`)."""
    joins: set[int] = set()
    block: list[int] = []
    for number, line in enumerate([*lines, ""]):
        if line:
            block.append(number)
            continue
        for run in wrapped_runs([lines[i] for i in block]):
            breaks = wrapped_breaks([lines[block[i]] for i in run]) or []
            joins |= {block[run[k + 1]] for k, wrapped in enumerate(breaks) if wrapped}
        block = []
    return joins


def wrapped_runs(lines: list[str]) -> list[list[int]]:
    """A block of consecutive lines cut where it cannot be one width-wrapped text: before and after
    a line longer than the width (a paragraph on one line), and after a line that stops short of
    the width with no sentence's end (a heading, a label, a caption above the text).  The width is
    the longest line that does not end a sentence (a wrapped line mostly stops mid-sentence);
    each piece is cut again with its own width.  Pieces of `WRAP_LINES` lines at least."""
    pending, runs = [list(range(len(lines)))], []
    while pending:
        run = pending.pop()
        if len(run) < WRAP_LINES:
            continue
        open_lines = [len(lines[i]) for i in run[:-1] if not ends_sentence(lines[i])]
        width = max(open_lines or [len(lines[i]) for i in run])
        cut = None
        for k, i in enumerate(run):
            if len(lines[i]) > width + WRAP_SLACK:
                cut = (k, k + 1)  # a paragraph on one line: out of the run
                break
            if k + 1 < len(run) and not ends_sentence(lines[i]) and _had_room(lines[i], lines[run[k + 1]], width):
                cut = (k + 1, k + 1)  # stops short with no sentence's end: the run ends here
                break
        if cut is None:
            runs.append(run)
        else:
            pending += [run[cut[1]:], run[:cut[0]]]
    return sorted(runs)


def _had_room(line: str, following: str, width: int) -> bool:
    """Whether the next line's first word would have fitted after `line` within `width`, less
    the slack a wrapper leaves (`WRAP_SLACK`: "fmt" and mail clients aim under their maximum)."""
    return len(line) + 1 + len(_first_word(following)) <= width - WRAP_SLACK


def wrapped_breaks(lines: list[str]) -> list[bool] | None:
    """For a run of consecutive non-empty lines, whether each break (between line i and i + 1)
    is a width's (True) or a paragraph's (False); None when the run is not width-wrapped text.

    The width is the run's longest line.  A break is a width's when the next line's first word
    would not have fitted after the line (`_had_room`); a break where it would have fitted is
    deliberate, and in wrapped text only a paragraph's end is (the line ends a sentence).  The
    lines broken by the width hold clauses (`WRAP_WORDS` words at least) and go on with the phrase:
    the next line starts in lower case, or the line stops on a comma or a word's hyphen, at
    `WRAP_CONTINUED` breaks and half of them at least (a menu's or a byline block's capitalised
    labels do not)."""
    if len(lines) < WRAP_LINES:
        return None
    width = max(len(line) for line in lines)
    if width < WRAP_MIN_WIDTH:
        return None
    breaks: list[bool] = []
    continued = 0
    for k, (line, following) in enumerate(pairwise(lines)):
        if _had_room(line, following, width):  # a deliberate break
            if not ends_sentence(line):
                return None
            breaks.append(False)
            continue
        if len(words(line)) < WRAP_WORDS:
            return None
        # After a sentence's end, the run's last line goes on with the paragraph only as a sentence
        # of its own ("Après des mois …" does; a tracking code or a signature under the text does not).
        breaks.append(not (ends_sentence(line) and k == len(lines) - 2
                           and not (ends_sentence(following) and len(letter_words(following)) >= WRAP_WORDS)))
        continued += (not ends_sentence(line) and (following[:1].islower() or line.endswith(",")
                                                    or bool(_HYPHEN_BREAK.search(line))))
    wrapped = sum(breaks)
    if continued < WRAP_CONTINUED or 2 * continued < wrapped:
        return None
    return breaks


def _first_word(line: str) -> str:
    """The line's first word as a wrapper moves it: an opening mark set apart by a space ("« Non")
    goes with the word after it (French typography puts a non-breaking space there)."""
    tokens = line.split()
    if len(tokens) > 1 and not any(c.isalnum() for c in tokens[0]):
        return f"{tokens[0]} {tokens[1]}"
    return tokens[0]


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
