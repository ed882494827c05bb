"""Print-edition notes: the line a news site puts above or under an article that its paper also
printed, naming the edition's day ("Article paru dans l'édition du 12 mars 2024", "Paru dans Le
Monde du 18/08/21", "Cet article est paru dans Ouest-France le 25 octobre 2001", "A version of
this article appears in print on March 12, 2024, Section A, Page 1 of the New York edition", "This
story appeared in the Tuesday, March 12, 2024 edition of the Gazette").  The edition's day is the
article's publication day or the next (a paper dated the day after its web copy), so
`DateFinder.date_line` reads the note as a date line; it used to date nothing, its words around
the date making it look like a sentence.

Only a line that opens with the note's words counts: "Le rapport, paru dans l'édition du 12 mars
2024, montrait…" and "The letter appeared in print on March 12, 2024, after weeks of debate…" are
sentences of the body that cite a paper."""

from __future__ import annotations

import re

# The note's opening words, French and English; the date comes later in the line.
_NOTE = re.compile(
    r"^\W*(?:"
    r"(?:cet\s+)?article\s+(?:est\s+)?(?:paru|publié)\s+(?:dans|sur)\b"
    r"|paru\s+dans\b"
    r"|(?:article\s+)?(?:paru|publié)\s+dans\s+l['’]\s*édition\b"
    r"|(?:this|the)\s+(?:article|story)\s+(?:appeared|appears|ran|was\s+published)\s+(?:in\s+print|in\s+the)\b"
    r"|a\s+version\s+of\s+this\s+(?:article|story)\s+(?:appeared|appears)\s+in\s+print\b"
    r"|(?:appeared|published)\s+in\s+(?:print|the\b.{0,40}\bprint\s+edition)"
    r")", re.IGNORECASE)
# A note is short; the New York edition's ends with the printed headline, however long.
NOTE_WORDS = 30
_WORD = re.compile(r"[^\W\d_]+")
_HEADLINE = re.compile(r"\bwith\s+the\s+headline\b|\bsous\s+le\s+titre\b", re.IGNORECASE)


def is_print_note(text: str) -> bool:
    """Whether a line is a print-edition note (its date is found by the caller's parser)."""
    if not _NOTE.match(text):
        return False
    head = text[:found.start()] if (found := _HEADLINE.search(text)) else text
    return len(_WORD.findall(head)) <= NOTE_WORDS
