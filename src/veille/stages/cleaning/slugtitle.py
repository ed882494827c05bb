"""The headline named by the article's URL (clean@29).

Most news sites build an article's address from its headline: "/trying-to-dodge-social-media/",
"/2022/02/02/gael-fickou-tout-le-monde-tombe-un-jour-10083671.php".  The line that the slug
spells is the headline wherever the page prints it, even under a block of furniture written in
sentences (an ad notice, another story's teaser cut with "…") that ends the positional search
of `clean._headline` before it reaches the headline.  The match is on words, folded and
stripped of accents, so a slug's dropped punctuation, elisions ("l-immeuble") and an id or a
date around it do not matter; a paragraph of the article sharing the slug's words is too long
to match, as most of its words are not in the slug.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from urllib.parse import unquote, urlsplit

# A slug word of this many letters or more counts (ids, "l", "s", "a" are left out) ...
SLUG_WORD = 3
# ... and a slug needs this many such words to name a headline ("/news/", "/article/" do not).
SLUG_WORDS = 3
# The share of the slug's words the line must hold, and of the line's long words (4 letters or
# more) the slug must hold: the slug may drop short words, the line may print a few more.
SLUG_COVER = 0.8
LINE_COVER = 0.6
LINE_LONG = 4
# A headline is one line of a few words; a paragraph never is.
MAX_WORDS = 30
# Path segments that are sections or file names, not a headline.
_EXTENSION = re.compile(r"\.(?:s?html?|php\d?|aspx?|jsp|cms)$", re.I)


def _letters(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return re.findall(r"[a-z]+", plain)


def slug_words(url: str | None) -> set[str]:
    """The words of the URL's longest path segment (the slug), when it spells a phrase."""
    if not url:
        return set()
    path = unquote(urlsplit(url).path)
    best: list[str] = []
    for segment in path.split("/"):
        found = [w for w in _letters(_EXTENSION.sub("", segment)) if len(w) >= SLUG_WORD]
        if len(found) > len(best):
            best = found
    return set(best) if len(best) >= SLUG_WORDS else set()


def spells_slug(text: str, slug: set[str]) -> bool:
    """Whether a line is the headline the slug was made from."""
    if not slug:
        return False
    found = _letters(text)
    if not found or len(text.split()) > MAX_WORDS:
        return False
    present = set(found)
    long_words = {w for w in present if len(w) >= LINE_LONG}
    if sum(1 for w in slug if w in present) < SLUG_COVER * len(slug):
        return False
    return not long_words or sum(1 for w in long_words if w in slug) >= LINE_COVER * len(long_words)


def slug_headline(texts: Sequence[str], url: str | None) -> int | None:
    """The first line that spells the URL's slug, if any."""
    slug = slug_words(url)
    return next((i for i, text in enumerate(texts) if spells_slug(text, slug)), None)
