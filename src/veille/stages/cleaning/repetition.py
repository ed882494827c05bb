"""Template lines learned from the corpus: a line that stands in several articles is furniture.

A site's template (its share bar, its newsletter prompt, its signature, its "Lire aussi")
comes back word for word on every page of the site, while an article's own lines do not.
So the corpus tells which lines are template, with no pattern written for them: the line
classifier gets, for every line, whether it also stands in another article

- of the **same site** (any line: the site's template), or
- of at least `CROSS_SITES` **other sites**, for a short line only (`SHORT_WORDS`): shared
  CMS furniture ("Partager", "Publicité").  A long line shared by two sites is a
  republication's body, and the threshold keeps one republication pair from counting.

Lines are compared folded (case, accents, quotes, spaces) with digits blanked, so "12
commentaires" and "3 commentaires" are one template.  Two articles that share half their lines
or more are one text published twice (a republication, on one site or two), not a template:
their shared lines do not count.

Which corpus: the articles cleaned together, i.e. the run's batch (`Config.batch_size`
articles, in input order; a batch is never split across workers, so the counts are the same
with any number of workers), and the store as it was when the run began: for each line of its
site, how many original articles earlier runs stored hold it (`veille.store.site_lines`; the
runner sets `Article.site_lines`, the counts of `STORED_ARTICLES` or more, so one earlier text
republished under another address never makes another's lines template).  The verdict is thus
a function of the input, the batch size and the store before the run: a rerun over the same
input skips the stored articles and changes nothing.  An article the runner retries alone (its
batch failed a stage) is cleaned without its batch's counts; the Ray engine, whose driver does
not see the articles before its workers read them, without the store's.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from urllib.parse import urlsplit

from veille.stages.cleaning.lines import fold, words

SHORT_WORDS = 8  # a line this short may be furniture shared across sites
CROSS_SITES = 2  # other sites a short line must stand in to count as shared furniture
STORED_ARTICLES = 2  # stored articles of the site a line must stand in for the store's count to be used
STORED_WORDS = 60  # longer lines are an article's own text, not counted in the store
_DIGITS = re.compile(r"\d+")


def line_key(text: str) -> str:
    return _DIGITS.sub("0", fold(text))


def line_hash(key: str) -> int:
    """A stable 63-bit hash of a folded line (what the store keeps: `veille.store.site_lines`)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big") >> 1


def stored_lines(url: str | None, lines: Iterable[str]) -> tuple[str | None, dict[int, str]]:
    """The site of an article and the lines the store counts for it, by hash (short enough to
    be template: `STORED_WORDS`)."""
    keys = {line_key(line) for line in lines if line.strip() and len(line.split()) <= STORED_WORDS}
    return site(url), {line_hash(k): k for k in keys}


def site(url: str | None) -> str | None:
    """The site of a URL: its host without "www." (None without a URL)."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return None
    return host.removeprefix("www.") or None


class LineCounts:
    """Which articles of a corpus (and of which sites) each folded line stands in."""

    def __init__(self) -> None:
        self._where: dict[str, set[tuple[int, str | None]]] = defaultdict(set)
        self._keys: dict[int, set[str]] = {}
        self._copies: dict[int, set[int]] = {}
        self._stored: dict[int, dict[str, int]] = {}

    def add_stored(self, article: int, counts: dict[str, int]) -> None:
        """The store's counts for article number `article`'s lines (folded key -> original
        articles of its site stored by earlier runs; `Article.site_lines`)."""
        self._stored[article] = counts

    def add(self, article: int, url: str | None, lines: Iterable[str]) -> None:
        """Count the lines of article number `article`."""
        where = (article, site(url))
        keys = {line_key(line) for line in lines if line.strip()}
        self._keys[article] = keys
        for key in keys:
            self._where[key].add(where)

    def copies(self, article: int) -> set[int]:
        """The other articles sharing half of this one's lines or more (or half of theirs)."""
        if article not in self._copies:
            keys = self._keys.get(article, set())
            shared: dict[int, int] = defaultdict(int)
            for key in keys:
                for other, _ in self._where[key]:
                    shared[other] += 1
            self._copies[article] = {other for other, n in shared.items() if other != article
                                     and 2 * n >= min(len(keys), len(self._keys[other]))}
        return self._copies[article]

    def repeats(self, article: int, url: str | None, text: str) -> int:
        """How many other articles hold `text` in a way that makes it template (see module doc);
        0 for an article's own lines."""
        copies = self.copies(article)
        others = [(a, s) for a, s in self._where.get(line_key(text), ()) if a != article and a not in copies]
        own_site = site(url)
        same = sum(1 for _, s in others if own_site is not None and s == own_site)
        same += self._stored.get(article, {}).get(line_key(text), 0)
        if same:
            return same
        if len(words(text)) > SHORT_WORDS:
            return 0
        sites = {s or f"#{a}" for a, s in others if s is None or s != own_site}  # no URL: a site of its own
        return len(others) if len(sites) >= CROSS_SITES else 0
