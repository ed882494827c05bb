"""A photo's caption above its credit at the top of the page (clean@59, issue 16).

A page builder prints an image under the headline with its caption, then its credit on a line of
its own ("La tour du parlement à Ottawa sur un fonds de ciel bleu." / "georgeclerk / iStock",
"Rubble and debris from the … condo in Surfside, Fla." / "(Carl Juste / Miami Herald)").  The
credit is named by its own form (a pattern); the caption is a finished sentence, which a line
model may not cut on its shape.  What tells it is where it stands: right above the credit, before
the article's first paragraph.  A line above a credit further down (under the article's first
paragraph) is left alone: there it may be the article's own paragraph, a signature's credit
under it.
"""

from __future__ import annotations

from collections.abc import Sequence

from veille.stages.cleaning.lines import Unit, is_sentence_like, words

# A credit is a short line; a caption is no long paragraph, and a quotation is the article's.
CREDIT_WORDS = 8
CAPTION_WORDS = 40
CREDIT_KINDS = ("credit", "caption")
_QUOTES = ("«", "»", "“", "”", '"')


def credited_captions(units: Sequence[Unit], kinds: Sequence[str | None]) -> list[int]:
    """The units that are a photo's caption: right above a short credit the rules named, with no
    paragraph of the article (a sentence no rule named) above them."""
    found = []
    for i in range(1, len(units)):
        j = i - 1
        if (kinds[i] not in CREDIT_KINDS or kinds[j] is not None or len(words(units[i].text)) > CREDIT_WORDS
                or is_sentence_like(units[i].text)):
            continue
        text = units[j].text
        if len(words(text)) > CAPTION_WORDS or any(q in text for q in _QUOTES):
            continue
        if any(kinds[k] is None and is_sentence_like(units[k].text) for k in range(j)):
            continue  # under the article's first paragraph
        found.append(j)
    return found
