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

A site's template is also filled in: its date lines, bylines and counters print another
date, author or figure on every page ("Par X pour Y le 31/01/12 10:08", "Publié le 3 mars").
With a `Shapes` vocabulary (clean@45), a line also stands in another page of its site that
holds it with other month or weekday names (digits are blanked already), or, short and no
finished sentence, one that holds a line of its **shape**: its function words in order with its
figures and calendar words as one slot ("par pour le 0"; clean@47: a slot holding a date,
a month or weekday name or a day or time in figures, not a score or a count).  These count only
among pages of the
**same site** and only for a line
above the article's second sentence or below its last (`shape_span`): a wire story printed by
several sites shares no site, and a sub-heading a site repeats between its paragraphs ("Le
point du 3 mars au soir :") is the article's.  The store keeps the exact keys (`line_key`), as before.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from veille.stages.cleaning.lines import ends_sentence, fold, is_sentence_like, words

SHORT_WORDS = 8  # a line this short may be furniture shared across sites
CROSS_SITES = 2  # other sites a short line must stand in to count as shared furniture
STORED_ARTICLES = 2  # stored articles of the site a line must stand in for the store's count to be used
STORED_WORDS = 60  # longer lines are an article's own text, not counted in the store
_DIGITS = re.compile(r"\d+")
# Figures (blanked to "0") written as a day or a clock time: "31/01/12", "10:08", "05.03.2024",
# "2024-03-05", "18h12", "9h" (clean@47).
_DATE_FIGURES = re.compile(r"0\s?[/:]\s?0|0\.0\.0|0-0-0|\b0h0?\b")
SHAPE_WORDS = 15  # (clean@45) longer lines are compared exactly only
DATES = Path(__file__).resolve().parents[2] / "data" / "clean" / "dates.json"


@dataclass(frozen=True)
class Shapes:
    """What a line's shape keeps (clean@45): function words (`stop_words`, folded) and, as one
    slot with figures, the calendar's words (`calendar`: folded month and weekday names of
    data/clean/dates.json)."""

    stop_words: frozenset[str]
    calendar: frozenset[str]


def load_shapes(stop_words: frozenset[str]) -> Shapes:
    data = json.loads(DATES.read_text(encoding="utf-8"))
    return Shapes(frozenset(stop_words), frozenset(fold(w) for w in [*data["months"], *data["weekdays"]]))


def dated_key(text: str, shapes: Shapes, key: str | None = None) -> str:
    """`line_key` (`key`, when known) with month and weekday names blanked as figures are (clean@45)."""
    plain = key if key is not None else line_key(text)
    return " ".join("0" if w in shapes.calendar else w for w in plain.split(" "))


def shape_key(text: str, shapes: Shapes, key: str | None = None) -> str | None:
    """A short line's shape (clean@45): its function words in order, a run of figures and
    calendar words as one "0"; None for a finished sentence, a long line, or a shape without
    a figure or without a function word (too common to tell a template).  `key`: the line's
    `line_key`, when known."""
    if ends_sentence(text):
        return None
    plain = key if key is not None else line_key(text)
    tokens = words(plain)
    if not tokens or len(tokens) > SHAPE_WORDS:
        return None
    out: list[str] = []
    for token in tokens:
        slot = "0" in token or token in shapes.calendar
        if slot and out[-1:] != ["0"]:
            out.append("0")
        elif not slot and token in shapes.stop_words:
            out.append(token)
    if "0" not in out or len(out) < 2:
        return None
    # (clean@47) The slot must hold a date: a month or weekday name, or figures written as a
    # day or a time ("31/01/12", "10:08", "18h12").  A score, a count or a year ("3 à 1 pour",
    # "12 000 visiteurs en 2023") fills a content line's shape as well as a template's.
    if not any(token in shapes.calendar for token in tokens) and not _DATE_FIGURES.search(plain):
        return None
    return " ".join(out)


def shape_span(texts: Sequence[str]) -> tuple[int, int]:
    """Where a shape does not count (clean@45): from the article's second sentence-like line to
    its last, where a line that is no sentence is a sub-heading.  Above the second one stand
    the headline, the standfirst and the byline under it; below the last, the footer.
    With fewer than two sentences, the whole page (clean@47: no article span to stand outside
    of, so nothing is a header or footer line by position)."""
    body = [i for i, t in enumerate(texts) if is_sentence_like(t)]
    return (body[1], body[-1]) if len(body) >= 2 else (0, len(texts) - 1)


def own_span(texts: Sequence[str], repeats: Sequence[int]) -> tuple[int, int] | None:
    """clean@51: from the article's first sentence-like line that no other page of its site
    holds to its last (None without one): the text a sentence shared with other pages stands
    in when it is the article's (a quotation, a recurring line of its prose), above or below
    which it is the site's (a notice, a sign-off)."""
    own = [i for i, t in enumerate(texts) if not repeats[i] and is_sentence_like(t)]
    return (own[0], own[-1]) if own else None


# clean@52: the marks a quotation opens or closes with, French and English.
_QUOTE_MARKS = re.compile("[\u00ab\u00bb\u201c\u201d\u201e\u2039\u203a\"]")
CONTENT_LETTERS = 4  # a content word has this many letters or more (shorter ones are function words)


def article_evidence(text: str, own: Iterable[str], stop_words: frozenset[str],
                     furniture: frozenset[str] = frozenset()) -> bool:
    """clean@52: whether a sentence the site's other pages share reads as the article's text
    rather than the site's: it quotes someone (a quotation mark), or it shares a content word
    (no stop word, no word of the furniture vocabulary) with the article's `own` sentences, the
    ones no other page holds.  A site's note or call to action ("Cet article est réservé à nos
    abonnés...", "Our newsroom verifies every piece of information...") has neither."""
    if _QUOTE_MARKS.search(text):
        return True
    mine = _content_words(text, stop_words, furniture)
    return bool(mine) and any(mine & _content_words(t, stop_words, furniture) for t in own)


def _content_words(text: str, stop_words: frozenset[str], furniture: frozenset[str]) -> set[str]:
    """The line's content words, folded, an elided article and a final plural "s"/"x" dropped
    ("d'habitants" = "habitant")."""
    out = set()
    for word in words(text):
        folded = fold(word).rsplit("'", 1)[-1]
        if (len(folded) >= CONTENT_LETTERS and any(c.isalpha() for c in folded)
                and folded not in stop_words and folded not in furniture):
            out.add(folded[:-1] if folded[-1] in "sx" else folded)
    return out


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

    def __init__(self, shapes: Shapes | None = None) -> None:
        self.shapes = shapes
        self._where: dict[str, set[tuple[int, str | None]]] = defaultdict(set)
        self._filled: dict[tuple[str, str], set[tuple[int, str]]] = defaultdict(set)
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
        keyed = {line: line_key(line) for line in lines if line.strip()}
        keys = set(keyed.values())
        self._keys[article] = keys
        for key in keys:
            self._where[key].add(where)
        own = where[1]
        if self.shapes is not None and own is not None:
            for line, key in keyed.items():
                if len(line.split()) > STORED_WORDS:  # a paragraph: never looked up (clean@47)
                    continue
                self._filled["dated", dated_key(line, self.shapes, key)].add((article, own))
                if (shape := shape_key(line, self.shapes, key)) is not None:
                    self._filled["shape", shape].add((article, own))

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

    def filled_repeats(self, article: int, url: str | None, text: str) -> int:
        """How many other articles of the same site hold `text` filled in otherwise (clean@45):
        the same line with other month or weekday names (`dated_key`), or a short line of the
        same shape (`shape_key`).  0 without `Shapes` or a URL; republications do not count."""
        own = site(url)
        if self.shapes is None or own is None:
            return 0
        copies = self.copies(article)
        best = 0
        plain = line_key(text)
        for kind, key in (("dated", dated_key(text, self.shapes, plain)),
                          ("shape", shape_key(text, self.shapes, plain))):
            if key is not None:
                holders = {a for a, s in self._filled.get((kind, key), ())
                           if s == own and a != article and a not in copies}
                best = max(best, len(holders))
        return best
