"""Quotes framed by the paragraphs around them.

- A quote over several paragraphs: English and French news reopen the mark at each paragraph and
  close it only at the last, where the attribution usually stands ('“A …' / '“B …' / '“C …,” the
  minister said.'). `direct.marked_quotes` gives a paragraph that runs on to the speaker of the
  quote before it; the paragraphs of a run that no earlier quote introduces are the speaker's of
  the attributed paragraph that ends the run.
- "In X's words: « … »" (`text.words_of`): a phrase that names the speaker of the quote after
  it with no reporting verb.
"""

from __future__ import annotations

from veille.stages.quotes.direct import Found
from veille.stages.quotes.text import Marked, marked_spans


def _opens_paragraph(body: str, mk: Marked) -> bool:
    line_start = body.rfind("\n", 0, mk.open) + 1
    return body[line_start:mk.open].strip() == ""


def leading_paragraphs(body: str, found: list[Found]) -> list[Found]:
    """The paragraphs of a run of open-ended quotes that no rule attributed, given the speaker of
    the paragraph that ends the run with an attribution of its own (not one it took by running on)."""
    taken = [(f.start, f.end) for f in found]
    own = {f.start: f for f in found if f.speaker is not None and not f.continues}
    out: list[Found] = []
    run: list[Marked] = []
    for mk in marked_spans(body):
        # the run holds only paragraphs that follow one another with nothing but blank lines between
        follows = bool(run) and body[run[-1].close:mk.open].strip() == "" and "\n" in body[run[-1].close:mk.open]
        if not _opens_paragraph(body, mk):
            continue  # a mark inside a paragraph neither extends nor breaks the run
        if mk.open_ended and not any(a < mk.end and mk.start < b for a, b in taken):
            run = [*run, mk] if follows else [mk]
            continue
        attributed = own.get(mk.start)
        if follows and attributed is not None:
            out += [Found(m.start, m.end, True, attributed.speaker, attributed.anchor) for m in run]
        run = []
    return out
