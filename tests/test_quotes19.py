"""Quotes stage, quotes@19 (issue 18, French first): a participle that names what was said, the
subject of a compound tense hung on its auxiliary, and a 'que' clause after an adverbial. Each rule
beside a near miss. The sentences are invented for these tests from the grammar of French and
English reporting; none comes from an evaluation corpus."""

from __future__ import annotations

from typing import Any

import pytest
from tests.quotes_support import Said, check

_DUPUIS = {"Jean Dupuis": ("PER", "per:jean-dupuis")}
_HOLT = {"Jane Holt": ("PER", "per:jane-holt")}


# -- ", la qualifiant de « … »": a participle that names what was said, its quote in marks

@pytest.mark.parametrize("case", [
    Said("Jean Dupuis a critiqué la réforme, la qualifiant de « recul historique pour les salariés ».", "fr",
         _DUPUIS, speakers={"recul historique pour les salariés": "per:jean-dupuis"}),
    Said("Jean Dupuis a défendu le budget, le décrivant comme « une avancée attendue depuis longtemps ».", "fr",
         _DUPUIS, speakers={"une avancée attendue depuis longtemps": "per:jean-dupuis"}),
    # after a statement of the same speaker: that speaker ("dépeignant comme « … » une baisse")
    Said("Jean Dupuis a martelé que « ces réformes sont nécessaires », dépeignant comme « une avancée historique "
         "et attendue » une baisse du nombre d'élus.", "fr",
         _DUPUIS, speakers={"une avancée historique et attendue": "per:jean-dupuis"}),
    Said('Senator Jane Holt attacked the bill, calling it "a betrayal of working families" in a speech.', "en",
         _HOLT, speakers={"a betrayal of working families": "per:jane-holt"}),
    # a participle the parser hangs on the main verb's object is still the subject's
    Said("Jean Dupuis a proclamé mardi la loi martiale, qualifiant l'opposition majoritaire au Parlement de "
         "« forces hostiles à l'État ».", "fr", _DUPUIS, speakers={"forces hostiles à l'État": "per:jean-dupuis"}),
])
def test_a_naming_participle_takes_the_quote_in_marks(ctx: Any, case: Said) -> None:
    check(ctx, case)


@pytest.mark.parametrize("case", [
    # "calling for": a request, no name given to anything
    Said('Senator Jane Holt attacked the bill, calling for "a full review of the spending plans".', "en",
         _HOLT, absent=("a full review",)),
    # "traitant de": "dealing with", no naming verb
    Said("Jean Dupuis a publié un rapport, traitant de « la question des salaires dans le secteur ».", "fr",
         _DUPUIS, absent=("la question des salaires",)),
    # a fragment of two words is left to the rules of fragments
    Said("Jean Dupuis a critiqué la réforme, la qualifiant de « recul historique ».", "fr",
         _DUPUIS, not_whole=("recul historique",)),
])
def test_near_misses_of_a_naming_participle(ctx: Any, case: Said) -> None:
    check(ctx, case)


# -- "Le ministre a, de son côté, estimé que …": the subject hung on the auxiliary

def test_the_subject_of_a_compound_tense_split_by_an_adverbial(ctx: Any) -> None:
    check(ctx, Said("Le ministre de l'Intérieur a, de son côté, estimé que la situation restait très tendue "
                    "dans la région.", "fr", phrases={"la situation restait très tendue": "Le ministre de l'Intérieur"}))


# -- "a rappelé lors d'une conférence de presse que …": a conjunction 'que' after an adverbial

@pytest.mark.parametrize("case", [
    Said("Jean Dupuis a rappelé lors d'une conférence de presse que le budget serait voté avant la fin de "
         "l'année.", "fr", _DUPUIS, speakers={"le budget serait voté": "per:jean-dupuis"}),
    Said("Des témoins ont raconté à l'AFP que les soldats avaient tiré sur la foule sans sommation.", "fr",
         phrases={"les soldats avaient tiré sur la foule": "Des témoins"}),
])
def test_a_que_clause_after_an_adverbial_is_the_statement(ctx: Any, case: Said) -> None:
    check(ctx, case)


@pytest.mark.parametrize("case", [
    # a relative 'que' (a pronoun, with a gap for its object) on the noun of an adverbial
    Said("Jean Dupuis a répondu à la question que lui posait le journaliste sur la réforme des retraites.", "fr",
         _DUPUIS, nothing=True),
    Said("Le maire a parlé lors de la réunion que les habitants avaient organisée dans la salle des fêtes.", "fr",
         nothing=True),
])
def test_near_misses_of_a_que_clause_after_an_adverbial(ctx: Any, case: Said) -> None:
    check(ctx, case)


# -- "…, ont rapporté des médias officiels": "des" after a plural incise verb opens its subject

@pytest.mark.parametrize("case", [
    Said("La frontière restera fermée jusqu'à nouvel ordre, ont rapporté des médias officiels.", "fr",
         phrases={"La frontière restera fermée": "des médias officiels"}),
    Said("« La frontière restera fermée jusqu'à nouvel ordre », affirment des responsables militaires.", "fr",
         phrases={"La frontière restera fermée": "des responsables militaires"}),
])
def test_an_indefinite_plural_subject_after_a_plural_incise_verb(ctx: Any, case: Said) -> None:
    check(ctx, case)


@pytest.mark.parametrize("case", [
    # a singular verb: "des années plus tard" is an adverbial, the subject comes after it
    Said("La frontière restera fermée jusqu'à nouvel ordre, a rappelé des années plus tard le ministre.", "fr",
         phrases={"La frontière restera fermée": "le ministre"}),
    # "parler des difficultés": "des" is "de les", the verb's complement, and no incise
    Said("Les habitants ont parlé des difficultés rencontrées depuis la fermeture de la frontière.", "fr",
         nothing=True),
])
def test_near_misses_of_an_indefinite_plural_subject(ctx: Any, case: Said) -> None:
    check(ctx, case)


# -- "a reconnu le dirigeant pour Le Figaro": the publication is no part of the speaker phrase

_BEFORE = "Jean Dupuis a quitté ses fonctions mardi. "


@pytest.mark.parametrize("case", [
    Said(_BEFORE + "« Je ne regrette rien de ces années passées au ministère », a confié le dirigeant pour "
         "Le Figaro.", "fr", _DUPUIS, phrases={"Je ne regrette rien": "le dirigeant"}),
    # near miss: "pour le Sahel" (no capital article) is part of the title
    Said(_BEFORE + "« Je ne regrette rien de ces années passées au ministère », a déclaré l'envoyé spécial pour "
         "le Sahel.", "fr", _DUPUIS, phrases={"Je ne regrette rien": "l'envoyé spécial pour le Sahel"}),
])
def test_the_publication_after_the_subject_is_an_adverbial(ctx: Any, case: Said) -> None:
    check(ctx, case)


# -- "…, a constaté un correspondant de l'AFP": the outlet's own eyewitness account, no quote

@pytest.mark.parametrize("case", [
    Said("Des tirs ont retenti dans le centre de la capitale, a constaté un correspondant de l'AFP.", "fr",
         nothing=True),
    Said("La foule s'est rassemblée devant le palais dans la matinée, ont constaté des journalistes de l'AFP.",
         "fr", nothing=True),
])
def test_a_reporter_observing_is_no_quote(ctx: Any, case: Said) -> None:
    check(ctx, case)


@pytest.mark.parametrize("case", [
    # the same verb by anyone else is an incise
    Said("« La situation se dégrade de jour en jour dans la capitale », constate le ministre.", "fr",
         phrases={"La situation se dégrade": "le ministre"}),
    # a journalist's words in marks are quoted like anyone's
    Said("« La situation se dégrade de jour en jour dans la capitale », a constaté un journaliste local.", "fr",
         phrases={"La situation se dégrade": "un journaliste local"}),
])
def test_near_misses_of_a_reporter_observing(ctx: Any, case: Said) -> None:
    check(ctx, case)


# -- "' … ' indique le groupe": straight single quotes set off by spaces are quotation marks

def test_spaced_single_quotes_enclose_a_quote(ctx: Any) -> None:
    check(ctx, Said("Le groupe a publié ses résultats mardi.\n' Compte tenu de la crise, le groupe anticipe un "
                    "deuxième trimestre difficile ' indique le groupe.", "fr",
                    phrases={"le groupe anticipe un deuxième trimestre difficile": "le groupe"}))


@pytest.mark.parametrize("case", [
    # apostrophes glued to words are no marks; a lone one with no partner on its line is left alone
    Said("L'entreprise n'a pas précisé l'ampleur des suppressions d'emplois prévues cette année.", "fr",
         nothing=True),
    Said("Le groupe a publié ses résultats ' mardi, et l'action a reculé de trois pour cent.", "fr", nothing=True),
])
def test_near_misses_of_spaced_single_quotes(ctx: Any, case: Said) -> None:
    check(ctx, case)
