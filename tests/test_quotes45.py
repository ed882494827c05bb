"""Quotes stage, quotes@45 (issue 18, quo42): French sourcing and incises from the grammar of
reporting, each beside a near miss. The sentences are invented for these tests from French
reporting grammar; none comes from an evaluation corpus."""

from __future__ import annotations

from typing import Any

from tests.test_quotes_grammar import one, quotes

PEOPLE = {"Marc Lenoir": ("PER", "per:ml"), "Anna Kim": ("PER", "per:ak"), "Claire Dubois": ("PER", "per:cd"),
          "Paul Girard": ("PER", "per:pg")}


# -- "à en croire X", "aux dires de X": synonyms of "selon" for a source


def test_a_en_croire_and_aux_dires_de_name_a_source(ctx: Any) -> None:
    got = quotes(ctx, "Le bilan reste lourd. À en croire Marc Lenoir, les travaux reprendront dès le mois prochain.",
                 "fr", PEOPLE)
    assert one(got, "les travaux reprendront")[1] == "per:ml"
    got = quotes(ctx, "Le bilan reste lourd. Aux dires de Claire Dubois, les travaux reprendront dès le mois "
                      "prochain sur le chantier.", "fr", PEOPLE)
    assert one(got, "les travaux reprendront")[1] == "per:cd"


def test_croire_with_no_source_is_no_sourcing(ctx: Any) -> None:
    # near miss: "croire" as a verb of its own, with no "à en" before it, reports no one's words
    got = quotes(ctx, "Le bilan reste lourd. Il faut croire Marc Lenoir, les travaux reprendront bientôt sur le site.",
                 "fr", PEOPLE)
    assert not any("travaux" in q[0] and q[1] == "per:ml" for q in got)


# -- a short adverbial before the source at the sentence's start


def test_an_adverbial_before_the_source(ctx: Any) -> None:
    got = quotes(ctx, "Le bilan reste lourd. Mais pour le moment, à en croire Marc Lenoir, aucune pièce d'identité "
                      "n'a été trouvée sur les lieux.", "fr", PEOPLE)
    assert one(got, "aucune pièce d'identité")[1] == "per:ml"
    got = quotes(ctx, "Le bilan reste lourd. Dans l'immédiat, selon Anna Kim, la mairie ne rouvrira pas le gymnase "
                      "avant l'été.", "fr", PEOPLE)
    assert one(got, "la mairie ne rouvrira pas")[1] == "per:ak"


def test_a_subject_or_a_clause_before_the_source_is_no_adverbial(ctx: Any) -> None:
    # near misses: a subject ("Le ministre") or a clause ("Il a démissionné") before "selon X": the
    # words after the source are no statement of their own
    assert quotes(ctx, "Le bilan reste lourd. Le ministre, selon Anna Kim, a menti aux députés pendant toute la "
                       "séance.", "fr", PEOPLE) == []
    assert quotes(ctx, "Le bilan reste lourd. Il a démissionné, selon Anna Kim, après une longue dispute avec le "
                       "maire.", "fr", PEOPLE) == []


def test_a_document_after_an_adverbial_is_no_speaker(ctx: Any) -> None:
    # near miss: a text as the source ("les chiffres de l'Insee") stays no speaker after an adverbial
    assert quotes(ctx, "Le bilan reste lourd. En 2020, selon les chiffres de l'Insee, le chômage a reculé de deux "
                       "points dans la région.", "fr") == []


# -- "dixit X" as an incise verb


def test_dixit_is_an_incise_verb(ctx: Any) -> None:
    got = quotes(ctx, "« Il faut garder un peu la foi dans ce que nous faisons », dixit Paul Girard.", "fr", PEOPLE)
    assert one(got, "Il faut garder un peu la foi")[1] == "per:pg"
    got = quotes(ctx, "L'équipe devait gagner pour « garder un peu la foi dans ce qu'elle fait », dixit Paul Girard.",
                 "fr", PEOPLE)
    assert one(got, "garder un peu la foi")[1] == "per:pg"


def test_a_latin_word_that_is_no_incise(ctx: Any) -> None:
    # near miss: another Latin phrase after a quote ("ad vitam") says nothing of who spoke
    got = quotes(ctx, "« Il faut garder un peu la foi dans ce que nous faisons », ad vitam Paul Girard.", "fr", PEOPLE)
    assert not any(q[1] == "per:pg" for q in got)
