"""Lines told by their form and their place on the page (clean@60, issue 16).

Two shapes a page builder leaves that the line model reads wrongly on unseen sites:

- **A sentence carried on past a break** (`is_continuation`).  A quotation or an embedded post set
  apart splits the article's sentence, and its attribution stands on a line of its own that opens
  with a comma and a word in lower case (", écrit-elle.", ", a témoigné auprès de …") or with the
  inverted verb of an incise ("entend-on sur France Inter", "a-t-il ajouté").  Furniture never
  opens so: such a line, and the quotation right above it (even one cut with "…"), are the
  article's own (`quoted_lines`), and the article runs through them (the excerpt's cut last line
  under them is the article's too).
- **Another story's headline under the article** (`other_story_headlines`).  Below the article's
  last paragraph, a headline that opens with the page's own headline's rubric ("Tempête Ciaran : un
  homme meurt au Havre …" under "Tempête Ciaran : plus de 140 000 foyers …"), or a rubric headline
  under a label in capitals ("AUTRE ACTU : Diaspora : …"), is the next story of the series, not
  the excerpt's cut sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veille.stages.cleaning import rules
from veille.stages.cleaning.lines import Unit, fold, is_sentence_like, words

# ", écrit-elle." / "; a-t-il dit" / "entend-on sur …", "ont-elles affirmé samedi": a word in lower
# case after the comma, or a verb inverted with its subject pronoun (the French incise).
_CONTINUATION = re.compile(
    r"^[,;]\s*[a-zà-öø-ÿ]|^[a-zà-öø-ÿ][a-zà-öø-ÿ'’]*-(?:t-)?(?:il|elle|on|ils|elles)\b")
# An attribution is short; a long line opened so is the article's paragraph all the same.
CONTINUATION_WORDS = 60
# A quotation set apart above its attribution: at most this many words (an embedded post).
QUOTED_WORDS = 80
# "AUTRE ACTU : …", "À LA UNE : …": a label in capitals before the teaser's colon.
_CAPITALS_LABEL = re.compile(r"^[A-ZÀ-ÖØ-Ý]{2,}(?:\s[A-ZÀ-ÖØ-Ý]{2,}){0,3}\s?:\s+(?P<rest>\S.*)$")
_RUBRIC = re.compile(r"^(?P<rubric>[^:]{2,60}?)\s?:\s+\S")


def is_continuation(text: str) -> bool:
    """Whether the line carries on a sentence broken above it (its attribution after a quotation)."""
    stripped = text.strip()
    return bool(_CONTINUATION.match(stripped)) and len(words(stripped)) <= CONTINUATION_WORDS


def quoted_lines(texts: Sequence[str], kinds: Sequence[str | None]) -> set[int]:
    """The attribution lines and the quotation right above each: the article's, whatever their
    shape (a post cut with "…" above ", écrit-elle." stays).  A line a rule named keeps its verdict."""
    found: set[int] = set()
    for i, text in enumerate(texts):
        if i == 0 or not is_continuation(text):
            continue
        found.add(i)
        if kinds[i - 1] not in ("title", "repeated_title", "date") and len(words(texts[i - 1])) <= QUOTED_WORDS:
            found.add(i - 1)
    return found


def other_story_headlines(units: Sequence[Unit], kinds: Sequence[str | None], title: str | None) -> list[int]:
    """The lines under the article's last paragraph shaped as another story's headline of the
    series: the page headline's rubric before the colon, or a label in capitals before a rubric
    headline.  No sentence, no quotation (a transcript's "Name : « … »" is the article's)."""
    texts = [unit.text for unit in units]
    body = [i for i, kind in enumerate(kinds)
            if kind is None and (is_sentence_like(texts[i]) or is_continuation(texts[i]))]
    if not body:
        return []
    own = _RUBRIC.match(title.strip()) if title else None
    own_rubric = fold(own.group("rubric")) if own else None
    found = []
    for i in range(body[-1] + 1, len(units)):
        text = texts[i].strip()
        if kinds[i] is not None or is_sentence_like(text) or any(q in text for q in "«»“”\""):
            continue
        label = _CAPITALS_LABEL.match(text)
        if label and rules.is_rubric_headline(label.group("rest")):
            found.append(i)
            continue
        rubric = _RUBRIC.match(text)
        if (own_rubric and rubric and rules.is_rubric_headline(text) and fold(rubric.group("rubric")) == own_rubric
                and fold(text) != fold(title or "")):
            found.append(i)
    return found

