"""Quotes stage, quotes@19 (issue 18, French first): a participle that names what was said, the
subject of a compound tense hung on its auxiliary, and a 'que' clause after an adverbial. Each rule
beside a near miss. The sentences are invented for these tests from the grammar of French and
English reporting; none comes from an evaluation corpus."""

from __future__ import annotations

from typing import Any

from tests.test_quotes_grammar import one, quotes

_DUPUIS = {"Jean Dupuis": ("PER", "per:jean-dupuis")}


# -- ", la qualifiant de « … »": a participle that names what was said, its quote in marks

def test_a_naming_participle_takes_the_quote_in_marks(ctx: Any) -> None:
    got = quotes(ctx, "Jean Dupuis a critiqué la réforme, la qualifiant de « recul historique pour les "
                      "salariés ».", "fr", _DUPUIS)
    assert one(got, "recul historique pour les salariés")[1] == "per:jean-dupuis"
    got = quotes(ctx, "Jean Dupuis a défendu le budget, le décrivant comme « une avancée attendue depuis "
                      "longtemps ».", "fr", _DUPUIS)
    assert one(got, "une avancée attendue depuis longtemps")[1] == "per:jean-dupuis"
    # after a statement of the same speaker: that speaker ("dépeignant comme « … » une baisse")
    got = quotes(ctx, "Jean Dupuis a martelé que « ces réformes sont nécessaires », dépeignant comme « une "
                      "avancée historique et attendue » une baisse du nombre d'élus.", "fr", _DUPUIS)
    assert one(got, "une avancée historique et attendue")[1] == "per:jean-dupuis"
    got = quotes(ctx, 'Senator Jane Holt attacked the bill, calling it "a betrayal of working families" in a '
                      "speech.", "en", {"Jane Holt": ("PER", "per:jane-holt")})
    assert one(got, "a betrayal of working families")[1] == "per:jane-holt"
    # a participle the parser hangs on the main verb's object is still the subject's
    got = quotes(ctx, "Jean Dupuis a proclamé mardi la loi martiale, qualifiant l'opposition majoritaire au "
                      "Parlement de « forces hostiles à l'État ».", "fr", _DUPUIS)
    assert one(got, "forces hostiles à l'État")[1] == "per:jean-dupuis"


def test_near_misses_of_a_naming_participle(ctx: Any) -> None:
    # "calling for": a request, no name given to anything
    got = quotes(ctx, 'Senator Jane Holt attacked the bill, calling for "a full review of the spending '
                      'plans".', "en", {"Jane Holt": ("PER", "per:jane-holt")})
    assert not [q for q in got if "a full review" in q[0]]
    # "traitant de": "dealing with", no naming verb
    got = quotes(ctx, "Jean Dupuis a publié un rapport, traitant de « la question des salaires dans le "
                      "secteur ».", "fr", _DUPUIS)
    assert not [q for q in got if "la question des salaires" in q[0]]
    # a fragment of two words is left to the rules of fragments
    got = quotes(ctx, "Jean Dupuis a critiqué la réforme, la qualifiant de « recul historique ».", "fr", _DUPUIS)
    assert not [q for q in got if q[0] == "recul historique"]


# -- "Le ministre a, de son côté, estimé que …": the subject hung on the auxiliary

def test_the_subject_of_a_compound_tense_split_by_an_adverbial(ctx: Any) -> None:
    got = quotes(ctx, "Le ministre de l'Intérieur a, de son côté, estimé que la situation restait très tendue "
                      "dans la région.", "fr")
    assert one(got, "la situation restait très tendue")[2] == "Le ministre de l'Intérieur"


# -- "a rappelé lors d'une conférence de presse que …": a conjunction 'que' after an adverbial

def test_a_que_clause_after_an_adverbial_is_the_statement(ctx: Any) -> None:
    got = quotes(ctx, "Jean Dupuis a rappelé lors d'une conférence de presse que le budget serait voté avant "
                      "la fin de l'année.", "fr", _DUPUIS)
    assert one(got, "le budget serait voté")[1] == "per:jean-dupuis"
    got = quotes(ctx, "Des témoins ont raconté à l'AFP que les soldats avaient tiré sur la foule sans "
                      "sommation.", "fr")
    assert one(got, "les soldats avaient tiré sur la foule")[2] == "Des témoins"


def test_near_misses_of_a_que_clause_after_an_adverbial(ctx: Any) -> None:
    # a relative 'que' (a pronoun, with a gap for its object) on the noun of an adverbial
    got = quotes(ctx, "Jean Dupuis a répondu à la question que lui posait le journaliste sur la réforme des "
                      "retraites.", "fr", _DUPUIS)
    assert not got
    got = quotes(ctx, "Le maire a parlé lors de la réunion que les habitants avaient organisée dans la salle "
                      "des fêtes.", "fr")
    assert not got


# -- "…, ont rapporté des médias officiels": "des" after a plural incise verb opens its subject

def test_an_indefinite_plural_subject_after_a_plural_incise_verb(ctx: Any) -> None:
    got = quotes(ctx, "La frontière restera fermée jusqu'à nouvel ordre, ont rapporté des médias officiels.", "fr")
    assert one(got, "La frontière restera fermée")[2] == "des médias officiels"
    got = quotes(ctx, "« La frontière restera fermée jusqu'à nouvel ordre », affirment des responsables "
                      "militaires.", "fr")
    assert one(got, "La frontière restera fermée")[2] == "des responsables militaires"


def test_near_misses_of_an_indefinite_plural_subject(ctx: Any) -> None:
    # a singular verb: "des années plus tard" is an adverbial, the subject comes after it
    got = quotes(ctx, "La frontière restera fermée jusqu'à nouvel ordre, a rappelé des années plus tard le "
                      "ministre.", "fr")
    assert one(got, "La frontière restera fermée")[2] == "le ministre"
    # "parler des difficultés": "des" is "de les", the verb's complement, and no incise
    got = quotes(ctx, "Les habitants ont parlé des difficultés rencontrées depuis la fermeture de la "
                      "frontière.", "fr")
    assert not got


# -- "a reconnu le dirigeant pour Le Figaro": the publication is no part of the speaker phrase

def test_the_publication_after_the_subject_is_an_adverbial(ctx: Any) -> None:
    before = "Jean Dupuis a quitté ses fonctions mardi. "
    got = quotes(ctx, before + "« Je ne regrette rien de ces années passées au ministère », a confié le "
                 "dirigeant pour Le Figaro.", "fr", _DUPUIS)
    assert one(got, "Je ne regrette rien")[2] == "le dirigeant"
    # near miss: "pour le Sahel" (no capital article) is part of the title
    got = quotes(ctx, before + "« Je ne regrette rien de ces années passées au ministère », a déclaré "
                 "l'envoyé spécial pour le Sahel.", "fr", _DUPUIS)
    assert one(got, "Je ne regrette rien")[2] == "l'envoyé spécial pour le Sahel"


# -- "…, a constaté un correspondant de l'AFP": the outlet's own eyewitness account, no quote

def test_a_reporter_observing_is_no_quote(ctx: Any) -> None:
    got = quotes(ctx, "Des tirs ont retenti dans le centre de la capitale, a constaté un correspondant de "
                      "l'AFP.", "fr")
    assert not got
    got = quotes(ctx, "La foule s'est rassemblée devant le palais dans la matinée, ont constaté des "
                      "journalistes de l'AFP.", "fr")
    assert not got


def test_near_misses_of_a_reporter_observing(ctx: Any) -> None:
    # the same verb by anyone else is an incise
    got = quotes(ctx, "« La situation se dégrade de jour en jour dans la capitale », constate le ministre.", "fr")
    assert one(got, "La situation se dégrade")[2] == "le ministre"
    # a journalist's words in marks are quoted like anyone's
    got = quotes(ctx, "« La situation se dégrade de jour en jour dans la capitale », a constaté un journaliste "
                      "local.", "fr")
    assert one(got, "La situation se dégrade")[2] == "un journaliste local"


# -- "' … ' indique le groupe": straight single quotes set off by spaces are quotation marks

def test_spaced_single_quotes_enclose_a_quote(ctx: Any) -> None:
    got = quotes(ctx, "Le groupe a publié ses résultats mardi.\n' Compte tenu de la crise, le groupe anticipe un "
                      "deuxième trimestre difficile ' indique le groupe.", "fr")
    assert one(got, "le groupe anticipe un deuxième trimestre difficile")[2] == "le groupe"


def test_near_misses_of_spaced_single_quotes(ctx: Any) -> None:
    # apostrophes glued to words are no marks; a lone one with no partner on its line is left alone
    got = quotes(ctx, "L'entreprise n'a pas précisé l'ampleur des suppressions d'emplois prévues cette année.", "fr")
    assert not got
    got = quotes(ctx, "Le groupe a publié ses résultats ' mardi, et l'action a reculé de trois pour cent.", "fr")
    assert not got
