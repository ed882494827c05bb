"""In-body sub-headings told by their form and their place (clean@64, issue 16).

A report cut into parts carries short headings between its paragraphs ("Une marche blanche sous
tension", "US claims credit").  On an unseen site the line model reads them as furniture: short,
no finished sentence, headline-shaped, like another story's headline.  Two things set a
newsroom's sub-heading apart from furniture of that shape, whatever the site:

- **its case**: it is written in sentence case, a capital first and the later words in lower
  case (`is_sub_heading`), where menus, section labels and widget headings are one or two words,
  in capitals or in Title Case ("Full Story", "L'ÉQUIPE", "MORE: …"), or a label ending on a colon
  ("1 comment:");
- **its place**: the article's own paragraphs stand right above and right below it
  (`sub_headings`); or the page's last line is the excerpt stopped in the middle of a word, so the
  article runs to the foot of the page and the sentence-case headings between its last paragraph
  and that cut line are the article's too (another story's teaser under the article is cut with
  "…", or ends on a furniture word, or stands under a label the rules named).

Such a line is never cut by the line model alone (a pattern's verdict stands).  Of the 44 lines it names on eval/news
dev and eval/clean_pool's non-held-out pages, 40 are body (6 of them cut before) and 4 furniture
the model already kept; see eval/clean_pool/README.md (clean@64).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from veille.stages.cleaning.lines import ends_with_ellipsis, fold, is_sentence_like, words
from veille.stages.cleaning.pageforms import is_continuation

# A line stopped in the middle of a word: a letter or an elision's apostrophe last, or an
# ellipsis glued to a word ("there was s...").
MID_WORD_CUT = re.compile(r"(?:\w|\w['’])$|\w(?:…|\.\.\.)$")
# The excerpt stopped in a word, with no ellipsis (another story's teaser is cut with one).
_STOPPED = re.compile(r"\w['’]?$")
# A sub-heading is a phrase, not a paragraph: at most this many words.
SUB_HEADING_WORDS = 12
# Between the article's last paragraph and the excerpt's cut last line, at most this many headings.
TAIL_HEADINGS = 2
# The kinds of an embedded post's lines (its address, its handle and date) that may stand between
# the article's paragraph and its next sub-heading.
EMBEDDED = ("link", "embed")
# A one-word label before a colon opens a link or a widget ("Analysis: …", "VIDEO : …").
_LABEL = re.compile(r"^[^\W\d_]+\s?:")
_LETTER_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def is_sub_heading(text: str, furniture: frozenset[str] = frozenset()) -> bool:
    """A heading in sentence case: two to `SUB_HEADING_WORDS` words, a capital first, at least half
    of the later words and the last in lower case, no finished sentence, not in capitals, no label's
    colon at either end, no link, no word of the furniture vocabulary."""
    stripped = text.strip()
    tokens = _LETTER_WORD.findall(stripped)
    if not 2 <= len(tokens) <= SUB_HEADING_WORDS or not stripped[:1].isupper():
        return False
    if is_sentence_like(stripped) or stripped.isupper() or stripped.endswith(":") or "://" in stripped:
        return False
    if any(fold(w) in furniture for w in words(stripped)):
        return False
    if _LABEL.match(stripped) or not tokens[-1][:1].islower():
        return False  # "Analysis: …", "Watch: …": a link's label; "… de L2", "… by StatsPerform": a widget's name
    later = tokens[1:]
    return sum(1 for w in later if w[:1].islower()) * 2 >= len(later)


def sub_headings(texts: Sequence[str], kinds: Sequence[str | None], layout_cut: Sequence[bool],
                 furniture: frozenset[str] = frozenset()) -> set[int]:
    """The units that are the article's sub-headings (and the excerpt's cut last line under them):
    `kinds` are the rules' verdicts, `layout_cut` whether a verdict came from position alone (the
    layout's, which this overrules; a pattern's stands)."""
    def open_(i: int) -> bool:
        return kinds[i] is None or layout_cut[i]

    def paragraph(i: int) -> bool:  # the article's: a sentence or its continuation, not a teaser cut with "…"
        return (0 <= i < len(texts) and open_(i) and not ends_with_ellipsis(texts[i])
                and (is_sentence_like(texts[i]) or is_continuation(texts[i])))

    def above(i: int) -> int:  # over an embedded post's address or handle line set in the article
        j = i - 1
        while j > 0 and kinds[j] in EMBEDDED:
            j -= 1
        return j

    found = {i for i in range(1, len(texts) - 1)
             if open_(i) and paragraph(above(i)) and paragraph(i + 1) and is_sub_heading(texts[i], furniture)}
    found |= _tail_headings(texts, open_, paragraph, furniture)
    return found


def _tail_headings(texts: Sequence[str], open_: Callable[[int], bool], paragraph: Callable[[int], bool],
                   furniture: frozenset[str]) -> set[int]:
    """The excerpt's cut last line and the sentence-case headings right above it, up to the
    article's last paragraph."""
    tail = len(texts) - 1
    if tail < 2 or not open_(tail):
        return set()
    text = texts[tail].rstrip()
    tokens = words(text)
    if (len(tokens) < 3 or not any(w[:1].islower() for w in tokens) or not _STOPPED.search(text)
            or any(fold(w) in furniture for w in tokens)):
        return set()
    heads: list[int] = []
    j = tail - 1
    while j > 0 and len(heads) < TAIL_HEADINGS and open_(j) and is_sub_heading(texts[j], furniture):
        heads.append(j)
        j -= 1
    if not heads or not paragraph(j):
        return set()
    return {tail, *heads}
