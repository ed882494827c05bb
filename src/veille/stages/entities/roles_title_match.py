"""What `roles_titles.TitlePatterns.find` returns (`TitleMatch`: a title with its span, what it is
of and its canonical office) and the small text helpers both language sides of the title reader use
(the stated title, an acronym in parentheses after a body's name, a name cut at its sentence's end).
Split off `roles_titles.py` without a change of output (eighteenth session) when that module neared
the size limit."""

from __future__ import annotations

import re
from dataclasses import dataclass

from veille.stages.entities.text import fold


@dataclass
class TitleMatch:
    start: int  # with the determiner
    core_start: int
    end: int  # end of the title, including "du Niger"
    core_end: int  # end of the title as stated (without the `of` name)
    title: str
    of: str | None
    definite: bool  # "le/la/l'" before it: one person, the holder of the office
    office: str | None = None  # the canonical office, when the lexicon knows one
    of_span: tuple[int, int] | None = None  # where the `of` name is, when the text names it
    plural: bool = False  # "players", "ministres": a list of names may follow
    broad: bool = False  # a head of the broad inventory only: weaker evidence that the name is a person
    ports: tuple[tuple[int, int], ...] = ()  # where its portfolios are ("Santé" in "ministre de la Santé")
    of_whole: bool = False  # the `of` name is a run of capitalised words no candidate is ("Credit Suisse")
    abbreviated: bool = False  # "Sen.", "Lt. Gen.": a rank or an office before the name, read in full


def alt(words: list[str]) -> str:
    return "|".join(re.escape(fold(w)) for w in sorted(set(words), key=len, reverse=True))


# The acronym news puts in parentheses after an organisation's name: "(Ceni)", "(UA)", "(IEC)".
ACRONYM_AFTER = re.compile(r"[ \t]*\((?=[^)]*[A-Z])[A-Z][\w.&'-]{1,11}\)")


def acronym_after(body: str, end: int) -> int:
    """The end of a title extended over the acronym after what it is of ("le président de la
    Commission électorale nationale indépendante (Ceni), X"): the name after it is the title's."""
    m = ACRONYM_AFTER.match(body, end)
    return m.end() if m is not None else end


def sentence_part(name: str) -> str:
    cut = re.search(r"\.\s", name)
    return name[:cut.start()] if cut else name.rstrip(".")


def stated(body: str, start: int, end: int) -> str:
    return re.sub(r"\s+", " ", body[start:end]).strip()
