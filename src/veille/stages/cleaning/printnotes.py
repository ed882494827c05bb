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
sentences of the body that cite a paper.

Two more kinds of line name the day a paper printed the text (clean@26):

- a republication note, as a university, a think tank or an author's site puts under an op-ed or
  an interview it copies from a paper ("Cette tribune, écrite par Jeanne Roe, a été publiée le 30
  septembre 2024 dans Le Monde.", "Une tribune par Jeanne Roe pour Le Monde du 5 juillet 2020",
  "This op-ed was originally published in The Boston Globe on March 3, 2024."): the copy is of
  that day or later, as a print note's.  It opens with the piece's kind and says it was published
  (or for whom), and after its date at most the paper's name follows: "Cette tribune, publiée le
  30 septembre 2024 dans Le Monde, a suscité de vives réactions" goes on as a sentence;
- a paper's masthead, as a scanned front page keeps it above the headlines ("55e ANNÉE – Nº 17763
  – 1,20 € – MERCREDI 6 MARS 2002 – FONDATEUR : …", "VOL. CLXXIII No. 60,012 … TUESDAY, MARCH 12,
  2024"): the issue's number and the edition's weekday and date, in a line of capitals and
  figures; a sentence citing an issue ("le numéro 16827, paru le mercredi 3 mars 1999, a été
  saisi") is written in lower case."""

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


# A republication note's opening: the piece's kind, then (within the line) that it was published,
# appeared or was written for a paper.
_PIECE_FR = (r"(?:tribune|chronique|article|texte|entretien|interview|analyse|enquête|éditorial|édito|"
             r"contribution|point\s+de\s+vue|lettre\s+ouverte)")
_PIECE_EN = r"(?:article|op-?ed|column|essay|piece|commentary|story|interview|editorial|analysis|letter)"
_REPUBLISHED = re.compile(
    r"^\W*(?:"
    rf"(?:voici\s+)?(?:cet(?:te)?|une|la|le|l['’])\s*{_PIECE_FR}\b.{{0,120}}?"
    r"\b(?:publiée?s?|parue?s?|pour)\b"
    rf"|(?:this|the)\s+{_PIECE_EN}\b.{{0,80}}?\b(?:published|appeared|ran|written\s+for)\b"
    r"|(?:originally|first)\s+(?:published|appeared|ran)\s+(?:in|on|by)\b"
    r")", re.IGNORECASE)
# What may follow the note's date: the paper's name, after "dans"/"in" and an article, and the
# closing punctuation.
_PAPER_AFTER = re.compile(r"^[\s,]*(?:(?:dans|in|sur|on|by|par)\s+)?(?:(?:le|la|les|l['’]|the)\s*)?"
                          r"(?:[A-ZÀ-Ý0-9][\w'’.&-]*\s*){0,5}[.)\]]?\s*$")
_YEAR_END = re.compile(r"(?:19|20)\d\d(?!.*(?:19|20)\d\d)")
NOTE_AFTER_WORDS = 6

# A masthead: an issue's number ("No 16827", "Nº 17763", "No. 60,012") and a weekday before a
# day, a month and a year.
_ISSUE = re.compile(r"\b(?:N[°ºo]\.?|Numéro|Issue)\s*\d[\d,.\s]{2,}", re.IGNORECASE)
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-zà-ÿ][a-zà-ÿ'’-]{2,}")
MASTHEAD_LOWER_WORDS = 3


def is_republication_note(text: str) -> bool:
    """Whether a line is a republication note (module docstring): its date is the paper's."""
    if not _REPUBLISHED.match(text) or len(_WORD.findall(text)) > NOTE_WORDS:
        return False
    year = _YEAR_END.search(text)
    return year is not None and _PAPER_AFTER.match(text[year.end():]) is not None


def is_masthead(text: str, weekdays: list[str]) -> bool:
    """Whether a line is a paper's masthead (module docstring): an issue's number, a weekday the
    caller's date follows, and capitals and figures with at most a few lower-case words."""
    if _ISSUE.search(text) is None or len(_LOWER_WORD.findall(text)) > MASTHEAD_LOWER_WORDS:
        return False
    words = {w.lower() for w in _WORD.findall(text)}
    return any(day in words for day in weekdays)


def is_print_note(text: str) -> bool:
    """Whether a line is a print-edition note (its date is found by the caller's parser)."""
    if is_republication_note(text):
        return True
    if not _NOTE.match(text):
        return False
    head = text[:found.start()] if (found := _HEADLINE.search(text)) else text
    return len(_WORD.findall(head)) <= NOTE_WORDS
