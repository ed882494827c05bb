"""The page's own address printed in its text (clean@34, issue 16).

A page handed over without its URL often still prints it: a share or print footer ("Read or Share
this story: https://…/2019/07/19/tornado-warning-…/"), a print view's "URL: …", a permalink line.
An address that a share, print or permalink label introduces, or whose slug is the headline's words,
is the page's URL and dates the page as the URL would (`urldates`, through `pagedates.
apply_page_dates`).  Other addresses a page prints (a cited source, a repost's original, a related
story on the same subject, an embedded post) name other pages: no such label introduces them, and
their paths share the subject's words with the headline, not the headline itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import unquote, urlsplit

from veille.stages.dedup import load_stop_words, normalise

# An address as pages print it; the trailing punctuation of the sentence it ends is not part of it.
_ADDRESS = re.compile(r"\bhttps?://[^\s<>\"'()\[\]{}]+", re.IGNORECASE)
_TRAILING = ".,;:!?»"
# Words of three letters or more: a slug's and a headline's content, numbers and "p-m" left out.
_WORD = re.compile(r"[^\W\d_]{3,}")
# A label that introduces the page's own address: share and print footers, permalinks, short links,
# in English and French ("Read or Share this story:", "Permalink", "Lien permanent", "URL de l'article",
# "Short URL", "Copier le lien").  A cited "Source:" or an "Article original" link is not among them:
# it names another page (the copy a repost was taken from).
_OWN_LABEL = re.compile(
    r"(?:(?:read\s+or\s+)?share\s+this\s+(?:story|article|page|post)|permalink|permalien|perma-lien"
    r"|lien\s+permanent|short\s*(?:url|link)|(?:article|page|story)\s+(?:url|link|address)"
    r"|url\s+(?:of\s+this\s+(?:article|page|story)|de\s+(?:l['\u2019]article|cet\s+article|la\s+page)|courte)"
    r"|lien\s+(?:de\s+l['\u2019]article|court|vers\s+cet\s+article|de\s+cet\s+article)"
    r"|copy\s+(?:the\s+)?link|copier\s+le\s+lien|(?:^|\n)\s*url)\s*[:\-\u2013\u2014]?\s*$",
    re.IGNORECASE)
# Without such a label, a slug names the article when it and the headline are mostly the same words:
# at least `MIN_SHARED` content words shared, making up `MIN_OVERLAP` of each.  A related story on the
# same subject ("flood-warning-issued-for-corbin-creek" under "Flood warning extended until 9 p.m.
# along the Ashby River") shares its topic words and no more.
MIN_SHARED = 3
MIN_OVERLAP = 0.75


def _content(text: str, stop_words: frozenset[str]) -> set[str]:
    return {word for word in _WORD.findall(normalise(text)) if word not in stop_words}


def printed_addresses(lines: Iterable[str]) -> list[tuple[str, bool]]:
    """Every web address the text prints, in order, and whether a label before it on its line (or
    alone on the line above) introduces it as the page's own (`_OWN_LABEL`)."""
    found: list[tuple[str, bool]] = []
    before = ""
    for line in lines:
        for match in _ADDRESS.finditer(line):
            lead = line[:match.start()]
            labelled = bool(_OWN_LABEL.search(lead)) or (not lead.strip() and bool(_OWN_LABEL.search(before)))
            found.append((match[0].rstrip(_TRAILING), labelled))
        before = line
    return found


def own_address(lines: Iterable[str], headline: str | None, stop_words: frozenset[str]) -> str | None:
    """The page's own URL among the addresses its text prints: one a share, print or permalink label
    introduces (`_OWN_LABEL`), else one whose path repeats the headline (`MIN_SHARED`,
    `MIN_OVERLAP`); None when no address is the page's, or when two different ones claim to be."""
    addresses = printed_addresses(lines)
    if not addresses:
        return None
    labelled = {address.rstrip("/") for address, own in addresses if own}
    if labelled:
        return next(iter(labelled)) if len(labelled) == 1 else None
    if not headline:
        return None
    # The stage passes its function words; a caller without them (a check script) gets the same.
    stop_words = stop_words or load_stop_words()
    wanted = _content(headline, stop_words)
    if len(wanted) < MIN_SHARED:
        return None
    named: set[str] = set()
    for address, _ in addresses:
        slug = _content(unquote(urlsplit(address).path).replace("-", " ").replace("_", " "), stop_words)
        shared = wanted & slug
        if len(shared) >= MIN_SHARED and len(shared) >= MIN_OVERLAP * max(len(wanted), len(slug)):
            named.add(address.rstrip("/"))
    return next(iter(named)) if len(named) == 1 else None
