"""Quotes stage, quotes@51 (issue 18, quo48): French sourcing with "selon" / "d'après", the class the census of
French misses names first. A source set between commas inside the main clause ("La réforme est, selon lui, une
catastrophe"); texts named in the plural ("selon plusieurs rapports": sourcing, as "selon le rapport" is); a text
whose author the phrase names, however long ("selon les résultats provisoires publiés aujourd'hui par le
ministère de l'Intérieur du pays"). Each beside near misses that must not change. The sentences are invented for
these tests; none comes from an evaluation corpus."""

from __future__ import annotations

from typing import Any

import pytest
from tests.quotes_support import DURAND, Said, check

from veille.stages.quotes.lexicon import load_quote_lexicon

INSEE = {"Insee": ("ORG", "org:insee"), **DURAND}

INSIDE = [
    # the source between the subject and its verb's complement: the sentence is the source's statement
    Said("La réforme est, selon Paul Durand, une catastrophe sociale pour les plus modestes du pays.", "fr",
         DURAND, speakers={"une catastrophe sociale": "per:pd"}),
    # between an auxiliary and its infinitive, with "d'après"
    Said("Le gouvernement devrait, d'après Marie Leroy, annoncer de nouvelles mesures dès la semaine prochaine.",
         "fr", DURAND, speakers={"annoncer de nouvelles mesures": "per:ml"}),
    # after the subject alone: "Le ministre, selon X, a menti" is X's statement that the minister lied
    Said("Le ministre, selon Paul Durand, a menti aux députés sur le coût réel de la réforme.", "fr", DURAND,
         speakers={"a menti aux députés": "per:pd"}),
    # an organisation the entity stage types
    Said("Le chômage a, selon l'Insee, baissé de 2 % au cours du dernier trimestre en France.", "fr", INSEE,
         speakers={"baissé de 2 %": "org:insee"}),
    # a pronoun: the person named before it
    Said("Paul Durand a reçu les syndicats lundi à Matignon.\n\nLa réforme sera, selon lui, votée avant l'été "
         "malgré l'opposition de la gauche.", "fr", DURAND, speakers={"votée avant l'été": "per:pd"}),
    # an unnamed source whose words hold a title or a body that speaks
    Said("Le site devrait, selon le syndicat, fermer ses portes avant la fin de l'année prochaine.", "fr",
         phrases={"fermer ses portes": "le syndicat"}),
]

NOT_INSIDE = [
    # "selon les régions", "selon les cas": a manner of varying, no source
    Said("Les prix ont augmenté, selon les régions, de 2 à 5 % au cours du dernier trimestre.", "fr", nothing=True),
    Said("Le taux varie, selon les cas, entre 2 et 5 % au cours du dernier trimestre écoulé.", "fr", nothing=True),
    # a text is sourcing, not a speaker, in the singular or the plural
    Said("Le chômage a, selon les chiffres de l'Insee, baissé de 2 % au cours du dernier trimestre.", "fr", INSEE,
         nothing=True),
    Said("Le chômage a, selon plusieurs études, baissé de 2 % au cours du dernier trimestre écoulé.", "fr",
         nothing=True),
    # "selon qui" opens a relative clause about the subject: no statement of the main clause
    Said("Paul Durand, selon qui la réforme est injuste, a appelé à manifester jeudi à Paris.", "fr", DURAND,
         absent=("a appelé à manifester",)),
    # a conjunction before the source: the clause after it is not the main clause the words before open
    Said("Il a démissionné mais, selon Paul Durand, le gouvernement savait tout depuis des mois.", "fr", DURAND,
         absent=("Il a démissionné",)),
    # quotation marks in the sentence: the quote's own words are read as such
    Said("Le ministre a, selon Paul Durand, parlé d'une « réforme juste » devant les députés.", "fr", DURAND,
         absent=("Le ministre a, selon",)),
]


@pytest.mark.parametrize("case", INSIDE)
def test_a_source_inside_the_main_clause(ctx: Any, case: Said) -> None:
    check(ctx, case)


@pytest.mark.parametrize("case", NOT_INSIDE)
def test_no_source_inside_the_main_clause(ctx: Any, case: Said) -> None:
    check(ctx, case)


def test_the_sentence_edges_read_as_before(ctx: Any) -> None:
    """The sources that open or close a sentence keep their statement without the source."""
    check(ctx, Said("Selon Paul Durand, la réforme sera votée avant l'été malgré l'opposition des syndicats.",
                    "fr", DURAND, found=(("la réforme sera votée avant l'été malgré l'opposition des syndicats",
                                          "per:pd", "Paul Durand"),)))
    check(ctx, Said("La réforme sera votée avant l'été malgré l'opposition des syndicats, selon Paul Durand.",
                    "fr", DURAND, found=(("La réforme sera votée avant l'été malgré l'opposition des syndicats",
                                          "per:pd", "Paul Durand"),)))


PLURAL_TEXTS = [
    # a text in the plural is sourcing, with a comma or without
    Said("Paul Durand est le ministre le plus impopulaire du gouvernement selon plusieurs rapports.", "fr", DURAND,
         nothing=True),
    Said("Les loyers ont encore augmenté de 4 % dans la capitale l'an dernier, d'après des enquêtes.", "fr",
         nothing=True),
]


@pytest.mark.parametrize("case", PLURAL_TEXTS)
def test_texts_in_the_plural_are_sourcing(ctx: Any, case: Said) -> None:
    check(ctx, case)


def test_plural_documents_follow_the_regular_rule() -> None:
    docs = load_quote_lexicon().fr_documents
    assert {"rapport", "rapports", "études", "communiqués", "chiffres"} <= docs
    # a noun in -s keeps its form; no "chiffress"
    assert "chiffress" not in docs
    # near miss: a speaker's noun is no text in either number
    assert not {"porte-parole", "ministres", "syndicats"} & docs


AUTHORED = [
    # an authored text's phrase may run past twelve words: its author is named
    Said("Le président sortant a remporté l'élection de samedi avec 64 % des voix, selon les résultats provisoires "
         "publiés dimanche soir par le ministère de l'Intérieur du pays.", "fr",
         phrases={"a remporté l'élection": "les résultats provisoires publiés dimanche soir par le ministère de "
                                           "l'Intérieur du pays"}),
]


@pytest.mark.parametrize("case", AUTHORED)
def test_an_authored_text_may_be_long(ctx: Any, case: Said) -> None:
    check(ctx, case)


def test_a_long_source_with_no_author_stays_out(ctx: Any) -> None:
    # near miss: thirteen words or more and no author named: no source phrase (a clause, not a speaker)
    check(ctx, Said("Le président sortant a remporté l'élection de samedi avec 64 % des voix, selon les premiers "
                    "résultats encore très partiels et provisoires des bureaux de vote du nord du pays.", "fr",
                    nothing=True))


# -- a quote a colon announces, with an incise after it and no comma before the incise

COLON = [
    # the words before the colon name no one (a place's or a body's duty): the incise names the speaker
    Said("La Région doit maintenant agir : « Il est grand temps que la Région sorte de son inertie. C'est sa "
         "responsabilité, qu'elle ne peut plus fuir» conclut Paul Durand.", "fr", DURAND,
         speakers={"sorte de son inertie": "per:pd"}),
    # a statement sourced to a newspaper before the colon: the quote after it is the witness's, and the
    # newspaper's statement stops at the colon
    Said("D'après le journal local, une arrestation aurait eu lieu cet après-midi à Genève : «Deux patrouilles de "
         "police ont bloqué une voiture grise à un feu rouge» raconte un témoin.", "fr",
         phrases={"Deux patrouilles": "un témoin", "une arrestation aurait eu lieu": "le journal local"}),
    # a body that speaks, after a clause that frames its words
    Said("Le message était clair : « Nous ne céderons rien sur les retraites » affirme le syndicat dans un "
         "communiqué.", "fr", phrases={"Nous ne céderons rien": "le syndicat"}),
]

NOT_COLON = [
    # the quote after the colon is the subject of a verb that reports nothing: a slogan, no incise
    Said("Le programme tient en une phrase : « Travailler plus pour gagner plus » a longtemps résumé la campagne.",
         "fr", absent=("Travailler plus",)),
    # the speaker the colon's clause names keeps the quote when the words after it are no incise
    Said("Paul Durand a résumé sa position : « La réforme est juste et nécessaire » avant de quitter la salle.",
         "fr", DURAND, speakers={"La réforme est juste": "per:pd"}),
    # a phrase in marks inside a sentence, no colon before it: no incise after a mark that opens nothing
    Said("Paul Durand a qualifié la réforme de « catastrophe sociale pour le pays » devant les militants réunis.",
         "fr", DURAND, absent=("devant les militants",)),
]


@pytest.mark.parametrize("case", COLON)
def test_an_incise_after_a_quote_a_colon_announces(ctx: Any, case: Said) -> None:
    check(ctx, case)


@pytest.mark.parametrize("case", NOT_COLON)
def test_no_incise_after_a_quote_a_colon_announces(ctx: Any, case: Said) -> None:
    check(ctx, case)


# -- "selon" right after an infinitive, no comma: the verb's manner, not a source

MANNER = [
    Said("Le jugement devrait intervenir selon la procédure de comparution immédiate dans les prochains jours.",
         "fr", nothing=True),
    Said("Le montant de l'aide devrait varier selon les revenus des ménages et la taille de la famille concernée.",
         "fr", nothing=True),
]

STILL_A_SOURCE = [
    # a named source after an infinitive still speaks
    Said("Le ministre de l'Intérieur devrait démissionner dans les prochains jours selon Paul Durand.", "fr", DURAND,
         speakers={"devrait démissionner": "per:pd"}),
    # an unnamed source noun still speaks, comma or not
    Said("Le ministre de l'Intérieur devrait démissionner selon une source proche du dossier.", "fr",
         phrases={"devrait démissionner": "une source proche du dossier"}),
    # a comma before "selon" sets the source apart from the verb
    Said("Le ministre de l'Intérieur devrait démissionner, selon le syndicat des commissaires de police.", "fr",
         phrases={"devrait démissionner": "le syndicat des commissaires de police"}),
    # not after an infinitive: a past participle before "selon" is read as before
    Said("Le ministre de l'Intérieur a démissionné selon une source proche du dossier.", "fr",
         phrases={"a démissionné": "une source proche du dossier"}),
]


@pytest.mark.parametrize("case", MANNER)
def test_selon_after_an_infinitive_is_a_manner(ctx: Any, case: Said) -> None:
    check(ctx, case)


@pytest.mark.parametrize("case", STILL_A_SOURCE)
def test_a_source_after_an_infinitive_still_speaks(ctx: Any, case: Said) -> None:
    check(ctx, case)
