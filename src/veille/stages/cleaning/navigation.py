"""Lines above the headline that have its shape and are not it: navigation, and credited captions.

A headline is a phrase: its words are read in one run.  Two kinds of line above the headline
have a headline's shape (a few words, no final period) and are no phrase:

- a list of short labels set off by separators, as a theme prints a post's categories or its
  breadcrumb ("Business / International News / Lifestyle / National", "Sport | Football |
  Ligue 1", "Actualités › Société › Justice"): each item is a label of a few words, none of them a
  clause;
- a menu written out on one line, whose entries the page also prints one per line nearby (a
  region picker: "Bretagne Normandie Occitanie Pays de la Loire" and then "• Bretagne",
  "• Normandie", ...): the line is only the entries again.

Both are described by the page's layout, in any language; neither is taken for the title.

A news ticker's item stands under its label ("Breaking News", "Fil d'info", "Dernière minute",
"Flash info") above the page's own headline: another story's headline, the latest the site ran,
shaped like the page's.  When a second headline-shaped line follows it before the first
paragraph, the item is the ticker's and the second line the page's (clean@28); an item the lede
follows at once may be the page's own breaking story, and stays a candidate.

A photo's caption set above the headline ends on its credit, after the sentence that describes
the picture ("Le tramway au niveau de la gare. @JeanDupont", "Crews at the scene on Monday.
(Source: KXYZ Staff)"): with no final period it has a headline's shape, but a headline does not
close a sentence and then name a source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veille.stages.cleaning.lines import fold, is_sentence_like, is_title_like, letter_words

# Separators that themes print between categories and breadcrumb steps, set off by spaces
# (a slash inside a word, "24/7", "and/or", is no separator).
_SEPARATOR = re.compile(r"\s+[/|›»>•·]\s+")
# A label is a few words; a list has at least this many of them.
LABEL_WORDS = 4
LIST_ITEMS = 3
# A menu line holds at least this many of the entries printed one per line around it, each entry
# a short label, within this many lines of it.
MENU_ENTRIES = 3
MENU_WINDOW = 15
_BULLET = re.compile(r"^[\s•·\-–*>›»]+")
# Punctuation that a clause has and a label has not (a period may close an abbreviation: "U.S.").
_CLAUSE_PUNCT = re.compile(r"[:;,!?]")
# A list item's bullet opening a line: an entry of a list, never a headline.
_LIST_BULLET = re.compile(r"^\s*[•·▪◦‣]")


def is_label_list(text: str) -> bool:
    """A line of `LIST_ITEMS` or more short labels set off by separators ("News / Local / Crime"):
    each item holds 1 to `LABEL_WORDS` words, opens with a capital and has no clause punctuation
    (a headline with a slash, "Covid / écoles : ce qui change", has a clause in an item)."""
    items = [item.strip() for item in _SEPARATOR.split(text.strip())]
    if len(items) < LIST_ITEMS:
        return False
    # Menus print each label capitalised ("Local News", "Faits divers"); a phrase cut by slashes
    # goes on in lower case ("budget / tax plan will pass").
    return all(1 <= len(letter_words(item)) <= LABEL_WORDS and not _CLAUSE_PUNCT.search(item)
               and (item[:1].isupper() or item[:1].isdigit()) for item in items)


def _entry(text: str) -> str | None:
    """A line standing as a menu entry: a short label, bullets left out, folded; else None."""
    label = _BULLET.sub("", text).strip()
    count = len(letter_words(label))
    if count < 1 or count > LABEL_WORDS or _CLAUSE_PUNCT.search(label):
        return None
    return fold(label)


def is_flattened_menu(lines: list[str], i: int) -> bool:
    """Whether `lines[i]` is a menu written out on one line: `MENU_ENTRIES` or more distinct
    entries printed one per line within `MENU_WINDOW` lines of it stand in it as whole words
    ("Bretagne Normandie Occitanie" with "• Bretagne", "• Normandie", "• Occitanie" below), with no
    clause punctuation: a menu is its entries, one after another."""
    if _CLAUSE_PUNCT.search(lines[i]):
        return False  # a headline naming the tags below it is a phrase: "Macron, Merz et Meloni à Rome"
    line = f" {fold(lines[i])} "
    found = set()
    for j in range(max(0, i - MENU_WINDOW), min(len(lines), i + MENU_WINDOW + 1)):
        if j == i:
            continue
        entry = _entry(lines[j])
        if entry and re.search(rf"(?<![\w-]){re.escape(entry)}(?![\w-])", line):
            found.add(entry)
    return len(found) >= MENU_ENTRIES


def is_list_item(text: str) -> bool:
    """A line opened by a list bullet ("• Pays de la Loire"): an entry of a menu or of a list of
    points, never the headline."""
    return _LIST_BULLET.match(text) is not None


# A sentence (three words at least, closed by its stop), then only a credit: an @handle, or a
# bracketed or labelled source, photo or credit ("(Source: KXYZ Staff)", "Photo : J. Dupont").
_CREDITED_CAPTION = re.compile(
    r"^\s*(?:\S+\s+){2,}\S*[.!?]\s+(?:@\w{2,30}|\(\s*(?:sources?|photos?|cr[ée]dits?|credits?|images?|"
    r"illustration)\s*:[^()]{1,60}\)|"
    r"(?:sources?|photos?|cr[ée]dits?(?: photo)?|photo credit)\s*:\s*\S[^.!?]{0,50})\s*$",
    re.IGNORECASE)


def is_credited_caption(text: str) -> bool:
    """A sentence followed by nothing but a credit ("… de Part-Dieu. @JeanDupont"): a caption."""
    return _CREDITED_CAPTION.match(text) is not None


# A list printed one entry a line ("Le Monde / La Croix / Le Figaro / … / La Voix du Nord / …": a
# press review's titles, a menu's sections): an entry with this many entries right above it and
# right below it is one of them (clean@42).  A headline of a menu entry's length may follow a
# menu, but a paragraph, a stamp or a standfirst follows it, not more entries.
RUN_NEIGHBOURS = 2
# The word opening a byline: "By Jane Smith", "Par Jean Dupont", "Written by …", "Texte : …".
_BYLINE_WORD = re.compile(r"^\W*(?:by|par|written\s+by|[ée]crit\s+par|reported\s+by|texte?\s*:)\s", re.IGNORECASE)


def is_in_entry_run(lines: list[str], i: int, kinds: Sequence[str | None] = ()) -> bool:
    """Whether `lines[i]` is an entry amid a list printed one entry a line.  A line the rules
    already read as a date line or as a byline opened by its preposition (`kinds`: "By Jane Smith",
    "Par Jean Dupont") is no entry, however short: a headline above a byline is not amid a list
    (clean@43).  A byline the rules read in a name alone ("Le Journal de Gien", a press review's
    title) may still be one."""
    def entry(j: int) -> bool:
        kind = kinds[j] if j < len(kinds) else None
        return _entry(lines[j]) is not None and kind != "date" and not (
            kind == "byline" and _BYLINE_WORD.match(lines[j]))

    if _entry(lines[i]) is None or i < RUN_NEIGHBOURS or i + RUN_NEIGHBOURS >= len(lines):
        return False
    return all(entry(j) for j in [*range(i - RUN_NEIGHBOURS, i), *range(i + 1, i + RUN_NEIGHBOURS + 1)])


def is_navigation(lines: list[str], i: int, kinds: Sequence[str | None] = ()) -> bool:
    """A label list, a flattened menu or an entry of a list printed one a line: navigation,
    never the headline.  `kinds`: what the rules made of each line so far."""
    return is_label_list(lines[i]) or is_flattened_menu(lines, i) or is_in_entry_run(lines, i, kinds)


# A news ticker's label, alone on its line: "Breaking News", "BREAKING", "Just in", "News alert",
# "Fil d'info", "Fil d'actu", "Info en continu", "Flash info", "Dernière minute", "Alerte info".
_TICKER = re.compile(r"^\W*(?:breaking(?:\s+news)?|news\s+alert|just\s+in|fil\s+d['’](?:infos?|actus?|actualités?)|"
                     r"flash(?:[\s-]+infos?)?|(?:l['’])?infos?\s+en\s+continu|en\s+continu|dernière\s+minute|"
                     r"alerte\s+info)\W*$", re.IGNORECASE)
# How far below the item the page's own headline may stand, in lines; and how many words a line
# needs to be a headline (as `headline.TITLE_WORDS`).
TICKER_WINDOW = 5
HEADLINE_WORDS = 4


def is_ticker_item(lines: list[str], i: int) -> bool:
    """The line under a news ticker's label, when another headline-shaped line follows it before
    the first paragraph (see the module docstring): another story's headline, not the page's."""
    if i == 0 or not _TICKER.match(lines[i - 1]):
        return False
    for later in lines[i + 1:i + 1 + TICKER_WINDOW]:
        if is_sentence_like(later) and not is_title_like(later):
            return False
        if is_title_like(later) and len(letter_words(later)) >= HEADLINE_WORDS:
            return True
    return False


# How many captioned teasers in a row make a grid of other stories' photos.
GRID_TEASERS = 2


def photo_grid(texts: list[str], captions: list[bool]) -> set[int]:
    """The lines of a grid of other stories' photos (clean@32): each teaser a photo's caption
    (`captions`: a line the rules cut as one, or a credited caption) and right under it its story's
    headline, `GRID_TEASERS` teasers or more one after the other ("… Thursday, July 27, 2023, in
    Miami Gardens, Fla. (AP Photo/…)" / "Dolphins' Jalen Ramsey carted off practice field" / the next
    caption …), as an agency's page prints the latest stories above the article.  Their headlines
    are not the page's and their captions' days not its pictures' (`pagedates.caption_date`).  An
    article's own photo and the headline under it make one pair, not a grid."""
    def caption(i: int) -> bool:
        return 0 <= i < len(texts) and (captions[i] or is_credited_caption(texts[i]))

    def teaser(i: int) -> bool:  # a caption, then its story's headline or label ("Russia-Ukraine war")
        return caption(i) and i + 1 < len(texts) and not caption(i + 1) \
            and not is_sentence_like(texts[i + 1]) and len(texts[i + 1].split()) >= 2

    found: set[int] = set()
    i = 0
    while i < len(texts):
        run = i
        while teaser(run):
            run += 2
        if (run - i) // 2 >= GRID_TEASERS:
            found.update(range(i, run))
            i = run
        else:
            i += 1
    return found
