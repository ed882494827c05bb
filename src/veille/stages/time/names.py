"""The names a paragraph speaks of, for the fiscal offset of one company's quarters (`tagger`): moved
out of `tagger` to keep it under the module size limit."""

from __future__ import annotations

import re

from veille.stages.time.lexicon import Lexicon

_PARAGRAPH = re.compile(r"\n\s*\n")
_NAME = re.compile(r"(?<![\w'’])[A-Z][\w&'’-]*")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;\"“«(]|\n)\s*$")


def names(body: str, lex: Lexicon, pos: int, openings: bool = False) -> set[str]:
    """The capitalised words of the paragraph holding `pos` (a month or a weekday is none), the names
    it speaks of ("Guess?", "GES", "Thomson Reuters"); a sentence's first word only with `openings`
    (it may be any word: "Looking ahead, ...")."""
    starts = [m.end() for m in _PARAGRAPH.finditer(body, 0, pos)]
    begin = starts[-1] if starts else 0
    nxt = _PARAGRAPH.search(body, pos)
    end = nxt.start() if nxt else len(body)
    return {m.group() for m in _NAME.finditer(body, begin, end)
            if (openings or (m.start() > begin
                             and not _SENTENCE_OPENING.search(body[max(begin, m.start() - 3):m.start()])))
            and lex.lookup("months", m.group()) is None and lex.lookup("weekdays", m.group()) is None}


def same_company(body: str, lex: Lexicon, pos: int, owner: set[str]) -> bool:
    """Whether the paragraph at `pos` still speaks of the company whose fiscal year set the offset
    (`_bare_quarter`): it names it again, or names no one ("The company expects ...").  A paragraph
    naming others and not it ("Target reported a third-quarter loss" after Guess?'s fiscal 2025) is
    another company's, whose quarters may be the calendar's."""
    here = names(body, lex, pos)
    return not here or bool(here & owner)
