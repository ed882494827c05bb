"""Quotes framed by the paragraphs around them.

- A quote over several paragraphs: English and French news reopen the mark at each paragraph and
  close it only at the last, where the attribution usually stands ('“A …' / '“B …' / '“C …,” the
  minister said.'). `direct.marked_quotes` gives a paragraph that runs on to the speaker of the
  quote before it; the paragraphs of a run that no earlier quote introduces are the speaker's of
  the attributed paragraph that ends the run.
- "In X's words: « … »" (`text.words_of`): a phrase that names the speaker of the quote after
  it with no reporting verb.
- A reporting clause between commas inside the sentence it reports ("What is needed, she said,
  is …", "Le problème, estime-t-il, c'est la dette"): the sentence is its speaker's.
"""

from __future__ import annotations

import re

from veille.stages.quotes.direct import Found
from veille.stages.quotes.lexicon import QuoteLexicon
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


# a reporting clause between commas inside the sentence it reports: "What is needed, she said, is …",
# "The plan, the minister added, would cost more"; French "Le problème, estime-t-il, c'est la dette"
_EN_PARENTHETICAL = re.compile(r",\s+(?P<spk>he|she|they|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}|"
                               r"the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?P<v>[a-z]+)\s*,\s+")
_FR_PARENTHETICAL = re.compile(r",\s+(?P<v>[a-zéèêàâîôûç]+(?:-t)?-(?P<spk>il|elle|ils|elles))\s*,\s+")


def parenthetical_incises(body: str, sentences: list[tuple[int, int]], lang: str, lex: QuoteLexicon,
                          taken: list[tuple[int, int]]) -> list[Found]:
    """The sentence around a reporting clause set between commas inside it, by that clause's
    speaker: each side holds a few words, and no quotation mark is in the sentence (a quote in
    marks has its own rules)."""
    out: list[Found] = []
    for s, e in sentences:
        text = body[s:e]
        if any(a < e and s < b for a, b in taken) or re.search(r"[«»“”\"]", text):
            continue
        pattern = _EN_PARENTHETICAL if lang == "en" else _FR_PARENTHETICAL
        for m in pattern.finditer(text):
            verb = m.group("v")
            known = lex.en_verb.fullmatch(verb) if lang == "en" else lex.fr_incise.fullmatch(verb)
            after = text[m.end():].rstrip(" .!?")
            if known is None or len(text[:m.start()].split()) < 2 or len(after.split()) < 3:
                continue
            out.append(Found(s, s + m.end() + len(after), True, (s + m.start("spk"), s + m.end("spk")),
                             s + m.start("spk")))
            break
    return out
