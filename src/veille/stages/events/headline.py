"""The headline, read once (events@62, issue 19): whether cleaning kept it on top of the body or took it
as the article's title, the events stage reads the same text.

Cleaning sometimes takes the headline as `Article.title` and cuts its line from the body, sometimes
leaves it as the body's first line (a page with no metadata title whose headline it did not recognise,
or one it puts back above the lede). Read as a body sentence, a headline is a second report of the
lede's event: the filter's `reports` feature counts it, its trigger is the one the merge keeps ("plan
social" -> "supprimer"), its short names become the event's sides, and every sentence's rank and the
event's position shift by one line. On 41 French pages (cln43's counterfactual, eval/clean_pool/README.md)
a headline moved from the title to the top of the body changed the events of 16, 11 in type, trigger or
sides. So a body line that repeats the title is the title's text, not the body's, and with no title a
first line shaped as a headline (a short line of words that ends with no stop, above the rest of the
body) is taken for the title cleaning did not find: the body proper starts after it. The events stage
reads neither as a sentence of the body; the filter reads it as the title (`actor_in_title`,
`trigger_in_title`), once.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from veille.model import Article, Event
from veille.stages.entities.text import fold
from veille.stages.nlp import WRAPS_KEY

_WORD = re.compile(r"\w+")
# A headline is a line of words, not a paragraph: French news headlines run to about twenty words,
# forty with a quotation in them ("Palme d'or décernée à ... : le cri du cœur de X, « ... »").
_MAX_WORDS = 40
_MIN_WORDS = 3
# How much of the title's words and the line's, in order, must be the same for the line to be the
# title printed again (a site's suffix, a colon's spacing, an elided article may differ).
_SAME = 0.8
# A line that ends so is a sentence or opens one (a colon announces what follows); an ellipsis or a
# closing quotation mark after a stop is a sentence too ("Grave sortie de route."). A question or an
# exclamation is a headline's as often as a sentence's ("X ira-t-il en prison ?").
_SENTENCE_END = re.compile(r"[.…:;,]\W*$")


@dataclass(frozen=True)
class Headline:
    """The article's headline as the events stage reads it: `text` (the title, else the body's first
    line taken for one; None: no headline), and `end`, the body offset where the body proper starts
    (0 where the body does not open with the headline)."""

    text: str | None
    end: int


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def same_text(line: str, title: str) -> bool:
    """Whether a body line is the title printed again (equal or near-equal words, in order)."""
    a, b = _words(line), _words(title)
    if not a or not b:
        return False
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= _SAME


def headline_shaped(line: str) -> bool:
    """A short line of words that ends with no stop: a headline, not a sentence of the body."""
    words = _words(line)
    return _MIN_WORDS <= len(words) <= _MAX_WORDS and not _SENTENCE_END.search(line.strip())


def headline_of(article: Article) -> Headline:
    """Where the article's headline is (see the module's docstring). English articles are read as before
    (their filter has its own fit and another helper's rules): `Headline(title, 0)`."""
    title = article.title
    body = article.body or ""
    if article.lang == "en":
        return Headline(title, 0)
    first, newline, rest = body.partition("\n")
    if not newline or not rest.strip() or not first.strip():
        return Headline(title, 0)
    end = len(first) + len(newline) + (len(rest) - len(rest.lstrip()))
    if title:
        return Headline(title, end if same_text(first, title) else 0)
    if headline_shaped(first):
        return Headline(first.strip(), end)
    return Headline(None, 0)


def body_proper(article: Article, head: Headline) -> Article:
    """The article read from where its body proper starts, as its own text: the body after the headline,
    the headline as its title, mentions, timexes and sentences moved to the new offsets (those in the
    headline left out), no Doc (it is parsed again). A headline with no final stop stands right over
    the lede: in one Doc the parser's context runs across the line break and reads the lede's first
    words otherwise ("Trump invité par Kim à visiter Pyongyang" under "... par Kim et Trump" lost its
    visit), so the lede is parsed as it is without the headline above it."""
    cut = head.end
    wraps = article.meta.get(WRAPS_KEY)
    meta = dict(article.meta)
    if isinstance(wraps, list):
        meta[WRAPS_KEY] = [w - cut for w in wraps if isinstance(w, int) and w >= cut]
    return dataclasses.replace(
        article, body=article.body[cut:], title=head.text, meta=meta, doc=None,
        mentions=[dataclasses.replace(m, start=m.start - cut, end=m.end - cut)
                  for m in article.mentions if m.start >= cut],
        timexes=[dataclasses.replace(t, start=t.start - cut, end=t.end - cut)
                 for t in article.timexes if t.start >= cut],
        sentences=[dataclasses.replace(s, start=s.start - cut, end=s.end - cut)
                   for s in article.sentences if s.start >= cut])


def moved_back(events: list[Event], cut: int) -> list[Event]:
    """The events read from the body proper, their evidence pointing into the whole body again."""
    for event in events:
        event.evidence = [dataclasses.replace(e, start=e.start + cut, end=e.end + cut) for e in event.evidence]
    return events
