"""The headline read as a text of its own (events@66, issue 19).

Cleaning either takes the page's headline out of the body as the article's title or, when it does
not recognise it, leaves it as the body's first line; which of the two it does moves with every
cleaning change (clean@70 found the headline by the URL slug on pages where it stood in the body).
Before events@66 the events stage read the two cases differently: a headline in the body was one
more sentence, parsed together with the lede it runs into when it has no final stop, whose
candidates came first and whose names and trigger counted as one report more; a headline taken as
the title gave no candidate at all, only the filter's two title features. So a page's events
depended on where cleaning cut the headline.

Now the headline is one text whichever way it was cut: the title, or the body's first line when it
repeats the title or, with no title, is shaped as a headline (`body_line`). It is parsed alone (so a
headline with no final stop never runs into the lede) with its own names: the body's mentions on
that line when the body prints it, else the entity stage run over the title alone, its names taken
to the body's referents by their printed forms (`body_ids`). Its candidates are merged after the
body's (`events_of`): one that tells an act a body event tells (`_tells`: the same type and a shared
side, else the body's first event of its type) adds that event no side (a headline's telegraphic parse is the
weakest reading of the act), only its line as evidence when the body prints it; one the body does
not tell is an event of its own (a candidate whichever way the headline was cut), cited by the first body
sentence that names one of its sides (else the body's first sentence) and by the headline's line where
the body prints it; a headline that asks makes none, and the filtered article keeps it only where the
filter keeps none of the body's events (the article's news is what its body tells). The
filter weighs the headline the same way in both cases: its title features read the headline, and
the evidence on the body's headline line is no report and no position (`filter.feature_table`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from veille.model import Article, Mention
from veille.pipeline import Context
from veille.stages.entities.text import fold

# A headline line: a few words, no sentence's end, with the article's text under it.
_MIN_WORDS, _MAX_WORDS = 3, 25
_SENTENCE_END = re.compile(r"[.!?…:;»\"”)]\s*$")
_WORD = re.compile(r"\w+")


@dataclass
class Headline:
    """The headline's text, where the body prints it (None: only as the title) and its names
    (offsets into `text`), with its parse."""

    text: str
    span: tuple[int, int] | None
    mentions: list[Mention] = field(default_factory=list)
    doc: Any = None


def _same(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return " ".join(_WORD.findall(fold(s).casefold()))
    return bool(norm(a)) and norm(a) == norm(b)


def body_line(article: Article) -> tuple[int, int] | None:
    """The body's first line when it is the headline: the title printed again, or, with no title,
    a line of 3-25 words with no sentence's end and more text under it."""
    body = article.body or ""
    start = len(body) - len(body.lstrip())
    end = body.find("\n", start)
    if end < 0 or not body[end:].strip():
        return None
    line = body[start:end].rstrip()
    end = start + len(line)
    if not line:
        return None
    if (article.title or "").strip():
        return (start, end) if _same(line, article.title or "") else None
    words = len(line.split())
    if not _MIN_WORDS <= words <= _MAX_WORDS or _SENTENCE_END.search(line) or not line[0].isupper():
        return None
    return start, end


def asks(text: str) -> bool:
    """A headline that asks ("Le Mali va-t-il quitter la CEDEAO ?"): it tells no act of its own."""
    return text.rstrip().rstrip("»\"”").rstrip().endswith("?")


def body_ids(found: list[Mention], body: list[Mention]) -> list[Mention]:
    """The title's names given the body's referents: the body mention of the same type printed the
    same, else the one whose printed name ends with the title's (a surname, "Diop" for "Abdoulaye
    Diop") or is ended by it; a name the body does not print keeps its own id."""
    out = []
    for m in found:
        key = fold(m.text).casefold()
        same = [b for b in body if b.entity and b.type == m.type]
        match = next((b for b in same if fold(b.text).casefold() == key), None) or next(
            (b for b in same if fold(b.text).casefold().endswith(" " + key)
             or key.endswith(" " + fold(b.text).casefold())), None)
        if match is not None:
            m.entity = match.entity
            m.role = m.role or match.role
        out.append(m)
    return out


def read(article: Article, ctx: Context) -> Headline | None:
    """The article's headline, parsed alone, with its names; None when it has none."""
    return read_batch([article], ctx)[0]


def read_batch(articles: list[Article], ctx: Context) -> list[Headline | None]:
    """`read` over a worker's batch: the headlines parsed in one model call per language, as the
    bodies are (one `nlp(text)` a headline cost a model call's overhead each, issue 20).

    The entity stage still runs over each title alone: `entities_batch` links the names of all the
    articles it is given to one referent per printed form, so titles run together would give a name
    one title does not share with its body the id of another article's title."""
    from veille.stages.entities import entities_batch
    from veille.stages.nlp import english_model, french_model, nlp_batch

    out: list[Headline | None] = [None] * len(articles)
    printed: dict[str, list[tuple[int, str, tuple[int, int]]]] = {}  # by language: headlines the body prints
    titles: list[tuple[int, Article]] = []  # headlines only as the title: parsed as texts of their own
    for i, article in enumerate(articles):
        span = body_line(article)
        body = article.body or ""
        text = body[span[0]:span[1]] if span else (article.title or "").strip()
        if not text or not body.strip():
            continue
        if span is not None:
            printed.setdefault("en" if article.lang == "en" else "fr", []).append((i, text, span))
        else:
            titles.append((i, Article(id=f"{article.id}#title", source=article.source, raw=text, body=text,
                                      lang=article.lang, published=article.published, url=article.url)))
    for lang, items in printed.items():
        nlp = english_model(ctx) if lang == "en" else french_model(ctx)
        docs = nlp.pipe((text for _, text, _ in items), batch_size=ctx.config.nlp.batch_size)
        for (i, text, span), doc in zip(items, docs, strict=True):
            mentions = [replace(m, start=m.start - span[0], end=m.end - span[0])
                        for m in articles[i].mentions if span[0] <= m.start and m.end <= span[1]]
            out[i] = Headline(text, span, sorted(mentions, key=lambda m: m.start), doc)
    nlp_batch([title for _, title in titles], ctx)
    for i, title in titles:
        entities_batch([title], ctx)
        mentions = body_ids([m for m in title.mentions if title.body[m.start:m.end] == m.text],
                            articles[i].mentions)
        out[i] = Headline(title.body, None, sorted(mentions, key=lambda m: m.start), title.doc)
    return out
