"""The article's closing rights line and what the page prints under it (clean@59, issue 16).

A wire story reprinted by a site ends with its rights line ("© Agence France-Presse", "Copyright
2024 The Associated Press. All rights reserved."): what the page prints under it (readers'
comments, other stories, the site's notices) is not the article's.  Only a bare rights line
counts (the mark and the holder, a year, "all rights reserved": no caption before it), and only
under the article's paragraphs: a photo's credit at the top ("© CABCOM GIRONDE - DR") opens the
article, and one between its paragraphs ("© AFP") has the rest of the article under it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veille.stages.cleaning.lines import Unit, is_sentence_like, words

# The mark, then the holder (a name of a few words, maybe a year), nothing else; or the holder's
# "all rights reserved" after its name.
_RIGHTS = re.compile(
    r"^(?:©|\(c\)|copyright\b\s*©?)\s*(?:(?:19|20)\d\d\s*)?[\w.'’&\- ]{2,60}?"
    r"(?:[.,]?\s*(?:all rights reserved|tous droits réservés)\.?)?$"
    r"|^[\w.'’&\- ]{2,60}?[.,]?\s*(?:all rights reserved|tous droits réservés)\.?$",
    re.IGNORECASE)
RIGHTS_WORDS = 10
# The article's paragraphs above the rights line, at least; under it, no paragraph of an article's
# length, and not half as many sentences as above it (a comment is short, an article goes on).
PARAGRAPHS_ABOVE = 2
PARAGRAPH_WORDS = 40


def is_rights_line(text: str) -> bool:
    return len(words(text)) <= RIGHTS_WORDS and bool(_RIGHTS.match(text.strip()))


def under_rights_line(units: Sequence[Unit], kinds: Sequence[str | None]) -> list[int]:
    """The units under the article's closing rights line that no rule named."""
    paragraphs = 0
    for i, unit in enumerate(units):
        if kinds[i] is None and is_sentence_like(unit.text):
            paragraphs += 1
        elif paragraphs >= PARAGRAPHS_ABOVE and is_rights_line(unit.text):
            below = [j for j in range(i + 1, len(units)) if kinds[j] is None]
            sentences = [j for j in below if is_sentence_like(units[j].text)]
            # A photo's credit between the paragraphs ("© AFP") has the article's text under it: as
            # much again as above it, or paragraphs of an article's length.
            if 2 * len(sentences) > paragraphs or any(len(words(units[j].text)) >= PARAGRAPH_WORDS for j in below):
                return []
            return below
    return []
