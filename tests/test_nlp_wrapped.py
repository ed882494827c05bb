"""Hard-wrapped text read across its line breaks (nlp@5): a break clean recorded as a wrap
(`meta["veille_wrapped"]`, clean@62) is a space to the sentence splitter and the parser; a break not
recorded still ends a sentence; the body and every offset into it stay as they were."""

from __future__ import annotations

from typing import Any

from veille.model import Article
from veille.stages.nlp import WRAPS_KEY, nlp_batch, parse_text

# One French paragraph of two sentences, broken by a fixed width of about 40 characters.
WRAPPED = ("Le conseil municipal de Lyon a adopté\n"
           "jeudi soir le budget de l'année\n"
           "prochaine, après un long débat avec\n"
           "l'opposition. La maire a défendu une\n"
           "hausse des dépenses pour les écoles.")
FIRST = WRAPPED[:WRAPPED.index(" La maire")]
SECOND = WRAPPED[WRAPPED.index("La maire"):]


def _breaks(text: str) -> list[int]:
    return [i for i, c in enumerate(text) if c == "\n"]


def _article(body: str, wraps: list[int]) -> Article:
    article = Article(id="w", source="w", raw=body, lang="fr", body=body)
    if wraps:
        article.meta[WRAPS_KEY] = wraps
    return article


def _sentences(article: Article) -> list[str]:
    return [article.body[s.start:s.end].strip() for s in article.sentences]


def test_wrapped_paragraph_sentence_runs_across_its_breaks(ctx: Any) -> None:
    article = _article(WRAPPED, _breaks(WRAPPED))
    nlp_batch([article], ctx)
    assert article.body == WRAPPED  # the body keeps its lines
    assert _sentences(article) == [FIRST, SECOND]


def test_breaks_not_recorded_still_end_sentences(ctx: Any) -> None:
    # The same text with no record (clean did not read it as wrapped): every line break cuts.
    article = _article(WRAPPED, [])
    nlp_batch([article], ctx)
    assert len(article.sentences) >= 5
    # A heading above the wrapped paragraph: its break is a paragraph's, not recorded.
    heading = "Budget voté à Lyon\n"
    body = heading + WRAPPED
    article = _article(body, [len(heading) + i for i in _breaks(WRAPPED)])
    nlp_batch([article], ctx)
    assert _sentences(article) == ["Budget voté à Lyon", FIRST, SECOND]


def test_parse_text_changes_only_recorded_breaks() -> None:
    body = "Titre\n\nune ligne\ncoupée ici\nfin."
    wraps = [body.index("\ncoupée"), 0, 999]  # offsets not at a line break are ignored
    text = parse_text(_article(body, wraps))
    assert len(text) == len(body)
    assert text == "Titre\n\nune ligne coupée ici\nfin."


def test_mention_offsets_point_into_the_wrapped_body(ctx: Any) -> None:
    body = ("Selon Anne Hidalgo, la maire de Paris, le\n"
            "projet sera présenté à Bruxelles par la\n"
            "Commission européenne avant l'été.")
    article = _article(body, _breaks(body))
    nlp_batch([article], ctx)
    assert article.mentions
    for m in article.mentions:
        # The offsets are the body's; a name wrapped over a break reads as the same words.
        assert " ".join(article.body[m.start:m.end].split()) == m.text
    names = {m.text: (m.start, m.end) for m in article.mentions}
    assert names.get("Anne Hidalgo") == (body.index("Anne"), body.index(", la maire"))
    assert names.get("Bruxelles") == (body.index("Bruxelles"), body.index(" par la"))
