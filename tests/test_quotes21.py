"""quotes@21 (issue 18). A French sentence opening with a fronted participial clause on a dative
pronoun ("Lui succédant à la tribune, X, avocate générale, rappelle …") has the name after the
clause's comma as its subject, which the parser misses (it takes "Lui" for the subject, or the
participle for the main verb): a quote that goes on right after the sentence is that person's, not
the earlier speaker's. And a phrase in apposition after the source of "Selon X, …" ("porte-parole du
gouvernement") is the source's, no part of the statement. Invented sentences, with near misses."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import quotes_of as _quotes
from veille.model import Article
from veille.stages.entities import entities_batch
from veille.stages.nlp import nlp_batch
from veille.stages.quotes import quotes_batch

_BEFORE = "Le ministre Paul Durand a déclaré : « Je me défendrai jusqu'au bout devant cette cour. »\n\n"
_AFTER = " « Ce dossier n'a pas de précédent dans notre histoire judiciaire. »"


def _speakers(ctx: Any, body: str) -> list[str | None]:
    article = Article(id="t", source="t", raw=body, body=body, lang="fr")
    nlp_batch([article], ctx)
    entities_batch([article], ctx)
    quotes_batch([article], ctx)
    return [q.speaker for q in article.quotes]


@pytest.mark.parametrize("sentence", [
    "Lui succédant à la tribune, Jeanne Martin, avocate générale, rappelle la « gravité » des faits.",
    "Lui succédant après cette première prise de parole, Jeanne Martin, avocate générale, rappelle la "
    "« gravité » des faits.",
])
def test_the_name_after_a_fronted_participial_clause_speaks_on(ctx: Any, sentence: str) -> None:
    assert _speakers(ctx, _BEFORE + sentence + _AFTER) == ["per:paul-durand", "per:jeanne-martin"]


@pytest.mark.parametrize("sentence", [
    # near misses: a stressed pronoun with no participle is the subject's own; a participial clause
    # whose comma opens an adverbial gives no name
    "Lui aussi, Paul Durand rappelle la « gravité » des faits.",
    "Lui succédant, après une longue pause, il rappelle la « gravité » des faits.",
])
def test_near_misses_keep_the_earlier_speaker(ctx: Any, sentence: str) -> None:
    assert _speakers(ctx, _BEFORE + sentence + _AFTER) == ["per:paul-durand", "per:paul-durand"]



@pytest.mark.parametrize(("body", "statement"), [
    ("Selon Jeanne Martin, porte-parole du gouvernement, la réforme sera présentée en conseil des "
     "ministres mardi.", "la réforme sera présentée en conseil des ministres mardi"),
    ("Selon Markus Söder, le chef du gouvernement régional de Bavière, cet événement pourrait être "
     "considéré comme un attentat probable.", "cet événement pourrait être considéré comme un attentat probable"),
])
def test_an_apposition_after_the_source_of_selon_is_no_part_of_the_statement(
        ctx: Any, body: str, statement: str) -> None:
    (found,) = _quotes(ctx, body)
    assert found[0] == statement and found[1] is not None


@pytest.mark.parametrize(("body", "lang", "statement"), [
    # near misses: a clause with a finite verb, a subject with no title, and English (no parse)
    ("Selon Jeanne Martin, le ministre a menti, et la réforme sera retirée avant l'été prochain.", "fr",
     "le ministre a menti, et la réforme sera retirée avant l'été prochain"),
    ("Selon Jeanne Martin, le gouvernement, de son côté, présentera la réforme en conseil des ministres mardi.",
     "fr", "le gouvernement, de son côté, présentera la réforme en conseil des ministres mardi"),
    ("According to Jane Smith, the minister resigned, and the party will choose a new leader in May.", "en",
     "the minister resigned, and the party will choose a new leader in May"),
])
def test_near_misses_of_an_apposition_after_the_source(ctx: Any, body: str, lang: str, statement: str) -> None:
    (found,) = _quotes(ctx, body, lang)
    assert found[0] == statement
