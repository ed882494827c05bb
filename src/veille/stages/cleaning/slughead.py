"""The page's headline found by its own address (clean@70, issue 16).

Most news sites build an article's URL from its headline ("/gael-fickou-tout-le-monde-tombe-un-jour-
10083671.php" for "Gaël Fickou : « Tout le monde tombe, un jour... »").  When the page gives no
metadata title, the headline line is found by its shape (`cleaning.headline`); on unseen pages that
shape fails where the headline is under a site's sidebar slogans, ends with a period or an ellipsis,
or follows a caption printed twice, and the line stays in the body (eval/clean_pool's tuning pages:
six French headlines kept).  A line above the article's first paragraph whose words are mostly the
slug's, and the slug's mostly its, is the headline, whatever its shape.  A related story on the same
subject shares its topic words and no more, and the lede, which tells the headline again, is a
paragraph of many more words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import unquote, urlsplit

from veille.stages.cleaning.lines import fold, is_sentence_like, words

# Words of three letters or more, folded: a slug's and a headline's content (numbers left out).
_WORD = re.compile(r"[^\W\d_]{3,}")
# A page's file extension is no word of its headline (".html", ".php", ".aspx").
_EXTENSION = re.compile(r"\.[a-z]{2,5}$", re.IGNORECASE)
# The slug's words the line holds, and the line's words the slug holds, at least.
MIN_SHARED = 3
SLUG_SHARE = 0.75
LINE_SHARE = 0.6
SENTENCE_SHARE = 2 / 3
# A paragraph of this many words is the article's: the headline stands above it.
PARAGRAPH_WORDS = 25


def _content(text: str) -> set[str]:
    return set(_WORD.findall(fold(text)))


def slug_words(url: str | None) -> set[str]:
    """The content words of the URL's slug: its last path segment, or the one before it when the last
    is an id ("/news/brush-creek-success-6", "/actu/slug/12345"); a folder further up names a section
    or a paper ("/usa/the-morning-call/20240301/2815…"), not the article."""
    if not url:
        return set()
    segments = [s for s in unquote(urlsplit(url).path).split("/") if s]
    if len(segments) > 1 and not _WORD.search(fold(segments[-1])):
        segments.pop()
    if not segments:
        return set()
    found = _content(re.sub(r"[-_+.,]", " ", _EXTENSION.sub("", segments[-1])))
    return found if len(found) >= MIN_SHARED else set()


def slug_headline(texts: Sequence[str], kinds: Sequence[str | None], url: str | None) -> int | None:
    """The line that is the page's headline by its address: no rule's kind yet, above the article's
    first long paragraph, its words and the slug's mostly the same (`SLUG_SHARE`, `LINE_SHARE`)."""
    slug = slug_words(url)
    if not slug:
        return None
    for i, text in enumerate(texts):
        if kinds[i] is not None:
            continue
        line = _content(text)
        shared = len(line & slug)
        # A finished sentence (a headline may end with a period) needs more of its words in the slug:
        # the lede retells the headline with words of its own ("… in a London, Ont., courtroom Thursday").
        line_share = SENTENCE_SHARE if is_sentence_like(text) else LINE_SHARE
        if shared >= MIN_SHARED and shared >= SLUG_SHARE * len(slug) and shared >= line_share * len(line) - 1e-9:
            return i
        if is_sentence_like(text) and len(words(text)) >= PARAGRAPH_WORDS:
            return None  # the article has begun (a long headline of 25 words is still taken, above)
    return None
