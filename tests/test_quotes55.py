"""Quotes stage, quotes@55 (issue 18, quo51): French verbs the lexicon lists only as pronominal ("se montrer",
"s'inquiéter", "se féliciter") report speech only with their reflexive clitic: "L'étude montre que …" is
evidence, not a statement, while "X se montre …", "X s'inquiète que …" keep their reading. Each beside near
misses that must not change. The sentences are invented for these tests; none comes from an evaluation corpus."""

from __future__ import annotations

from typing import Any

import pytest
from tests.quotes_support import DURAND, Said, check

from veille.stages.quotes.lexicon import load_quote_lexicon

NO_CLITIC = [
    # an abstract subject and the bare verb "montrer": what a result shows is no one's statement
    Said("L'issue des négociations montre qu'il reste encore beaucoup à faire pour protéger les plus pauvres.",
         "fr", nothing=True),
    Said("Cette enquête démontre surtout que les habitants attendaient depuis longtemps une réponse de l'État.",
         "fr", nothing=True),
    # a person subject with the bare verb: "montrer que" is to show, not to say
    Said("Paul Durand a montré que la réforme pouvait être votée sans l'appui des centristes à l'Assemblée.",
         "fr", DURAND, nothing=True),
]

WITH_CLITIC = [
    # near misses: the same lemmas with their reflexive clitic keep reporting speech
    Said("Paul Durand s'inquiète que la réforme soit votée sans l'appui des centristes à l'Assemblée.", "fr",
         DURAND, speakers={"la réforme soit votée": "per:pd"}),
    Said("Paul Durand s'est félicité que la réforme ait été votée sans l'appui des centristes à l'Assemblée.",
         "fr", DURAND, speakers={"la réforme ait été votée": "per:pd"}),
    # a verb the data lists bare as well as pronominal ("dire" and "se dire") needs no clitic
    Said("Paul Durand a dit que la réforme serait votée sans l'appui des centristes à l'Assemblée.", "fr",
         DURAND, speakers={"la réforme serait votée": "per:pd"}),
    # an opinion verb of the lexicon (VerbNet conjecture-29.5: estimer, juger) with a person subject
    Said("Paul Durand estime que la réforme sera votée sans l'appui des centristes à l'Assemblée.", "fr",
         DURAND, speakers={"la réforme sera votée": "per:pd"}),
]


@pytest.mark.parametrize("case", NO_CLITIC)
def test_a_pronominal_verb_without_its_clitic_reports_nothing(ctx: Any, case: Said) -> None:
    check(ctx, case)


@pytest.mark.parametrize("case", WITH_CLITIC)
def test_a_pronominal_verb_with_its_clitic_still_reports(ctx: Any, case: Said) -> None:
    check(ctx, case)


def test_pronominal_only_lemmas_come_from_the_data() -> None:
    lex = load_quote_lexicon()
    assert {"montrer", "inquiéter", "féliciter", "exclamer"} <= lex.fr_pronominal
    # near miss: listed bare too ("dire" beside "se dire", "interroger" beside "s'interroger"), or only bare
    assert not {"dire", "interroger", "exprimer", "justifier", "estimer", "annoncer"} & lex.fr_pronominal


# -- (b) an unnamed source's noun between commas inside the main clause

SOURCE_INSIDE = [
    Said("Le ministre devrait, selon une source proche du dossier, annoncer sa démission dès la semaine prochaine.",
         "fr", phrases={"annoncer sa démission": "une source proche du dossier"}),
    Said("Le site fermera, d'après plusieurs habitants du quartier, ses portes avant la fin de l'année prochaine.",
         "fr", phrases={"ses portes avant la fin": "plusieurs habitants du quartier"}),
]

NOT_SOURCE_INSIDE = [
    # near misses: a text stays sourcing, a manner stays no source, with or without a source noun before it
    Said("Le chômage a, selon plusieurs études, baissé de 2 % au cours du dernier trimestre écoulé.", "fr",
         nothing=True),
    Said("Les prix ont augmenté, selon les régions, de 2 à 5 % au cours du dernier trimestre.", "fr", nothing=True),
    # a relative pronoun before the source opens a relative clause (quotes@47's rule), not the main clause
    Said("Le ministre, selon qui une source proche du dossier a parlé, a démissionné hier soir à Paris.", "fr",
         absent=("a démissionné hier soir",)),
]


@pytest.mark.parametrize("case", SOURCE_INSIDE)
def test_an_unnamed_source_inside_the_main_clause(ctx: Any, case: Said) -> None:
    check(ctx, case)


@pytest.mark.parametrize("case", NOT_SOURCE_INSIDE)
def test_no_unnamed_source_inside_the_main_clause(ctx: Any, case: Said) -> None:
    check(ctx, case)
