"""The page's headline: which line is the title, its " - Site" suffix, and its repeats.

Apart from `stages/clean.py` (which it kept over 600 lines) because the choice is one question with
its own evidence: the metadata title when there is one, else the first headline-shaped line of
`TITLE_WORDS` letter-words or more above the first paragraph, passing over what has a headline's
shape and is none (navigation, a credited caption, a bulleted entry, a ticker's item, another
story's headline above its stamp: `cleaning/navigation.py`, `cleaning/pagedates.py`).  Moved as it
was (cln38): no verdict changed.
"""

from __future__ import annotations

from veille.stages.cleaning import rules
from veille.stages.cleaning.layout import Layout
from veille.stages.cleaning.lines import Unit, fold, is_sentence_like, is_title_like, letter_words
from veille.stages.cleaning.navigation import is_credited_caption, is_list_item, is_navigation, is_ticker_item
from veille.stages.cleaning.slughead import slug_headline

# A headline candidate needs TITLE_WORDS, so that section labels and menu items ("Canada", "Skip to
# content", "Select Language") are never taken for the title.
TITLE_WORDS = 4


def find_title(units: list[Unit], layout: Layout, given_title: str | None,
               outlets: frozenset[str] = frozenset(), url: str | None = None) -> None:
    """The title and its site from the metadata title, else from the page's headline line (marked
    "title"); the headline written again marked "title" or "repeated_title"."""
    headline_forms: set[str] = set()
    if given_title:
        head, site = rules.split_title_suffix(given_title, outlets)
        layout.title, layout.outlet = head, site
        headline_forms = {fold(given_title), fold(head)}
    else:
        # clean@70: the line the URL's slug spells, whatever its shape, else the first headline-shaped one.
        found = slug_headline([unit.text for unit in units], layout.kinds, url)
        found = headline(units, layout) if found is None else found
        if found is not None:
            line = units[found].text
            # "City Council Meeting - March 3, 2024": the day after the dash is no site's name.
            head, site = (line, None) if found in layout.meetings else rules.split_title_suffix(line, outlets)
            layout.title, layout.outlet = head, site
            layout.kinds[found] = "title"
            headline_forms = {fold(line), fold(head)}
    for i, unit in enumerate(units):  # the headline again (page title, then article title)
        if layout.kinds[i] is None and fold(unit.text) in headline_forms:
            layout.kinds[i] = "title" if "title" not in layout.kinds else "repeated_title"


def headline(units: list[Unit], layout: Layout) -> int | None:
    """The headline: the first headline-shaped line of some words above the first paragraph
    (short labels above it are section names and menu items)."""
    texts = [unit.text for unit in units]
    for i, unit in enumerate(units[:-1]):
        # A headline naming a meeting's day ("Conseil municipal du lundi 29 juin 2020") is cut as a
        # date line that dates nothing (`cleaning.schedule`), and is still the headline.
        if layout.kinds[i] is not None and not (i in layout.meetings and is_title_like(unit.text)
                                                and len(letter_words(unit.text)) >= TITLE_WORDS):
            continue
        if is_navigation(texts, i, layout.kinds):
            # A category list or a menu flattened to one line has a headline's shape but is no
            # phrase (`cleaning.navigation`): a menu line, and the headline is further on.
            layout.kinds[i] = "menu"
            continue
        if is_credited_caption(unit.text):
            layout.kinds[i] = "caption"  # a photo's caption above the headline, its credit last
            continue
        if is_list_item(unit.text):
            continue  # a bulleted entry (a menu's, or a point of a summary box): never the headline
        if is_ticker_item(texts, i):
            layout.kinds[i] = "related"  # a ticker's item under its label, the page's headline below
            continue
        if layout.teasers.intersection((i + 1, i + 2)):
            layout.kinds[i] = "related"  # another story's headline, its stamp under it (`find_date_lines`)
            continue
        # The page title then the article's h1: a line written twice at the top is the
        # headline, even one that ends with a period.
        # Only when the page holds something else: a page that is one paragraph written
        # again and again has that paragraph for its body, not for its title.
        if (len(letter_words(unit.text)) >= TITLE_WORDS
                and any(fold(other.text) == fold(unit.text) for other in units[i + 1:i + 3])
                and any(fold(other.text) != fold(unit.text) for other in units)):
            return i
        if is_sentence_like(unit.text) and not is_title_like(unit.text):
            return None  # the article has begun: an excerpt with no headline of its own
        if is_title_like(unit.text) and len(letter_words(unit.text)) >= TITLE_WORDS:
            return i
    return None
