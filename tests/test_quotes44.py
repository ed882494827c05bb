"""Quotes stage, quotes@44 (issue 18, quo41): who said what, from the grammar of reporting, each
behaviour beside a near miss. The sentences are invented for these tests from French and English
reporting grammar; none comes from an evaluation corpus."""

from __future__ import annotations

from typing import Any

import pytest
from tests.quotes_support import Said, check
from tests.test_quotes_grammar import quotes

PEOPLE = {"Marc Lenoir": ("PER", "per:ml"), "Anna Kim": ("PER", "per:ak"), "Tom Reed": ("PER", "per:tr"),
          "Claire Dubois": ("PER", "per:cd"), "Paul Girard": ("PER", "per:pg")}


def said(text: str, lang: str, **expected: Any) -> Said:
    """A case of this file: its text among PEOPLE."""
    return Said(text, lang, PEOPLE, **expected)


# -- the person subject of a French clause a colon ends, whatever its verb (the parse)

@pytest.mark.parametrize("case", [
    said("Le conseil s'est réuni lundi. Marc Lenoir se tourne vers les salariés de l'usine : « Nous ne signerons "
         "rien avant la fin du mois. »", "fr", speakers={"Nous ne signerons rien": "per:ml"}),
    # être as the auxiliary
    said("La séance a été suspendue. Claire Dubois est intervenue pour calmer les esprits : « La présidence ne "
         "doit être mise en cause en aucune circonstance. »", "fr", speakers={"La présidence ne doit": "per:cd"}),
    # near miss: a text's subject is no person ("le règlement prévoit :"), so the parse gives no speaker
    said("Le conseil s'est réuni lundi. Le règlement intérieur prévoit une exception précise : « Aucun membre "
         "ne peut voter deux fois. »", "fr", anonymous=True),
    # near miss: the subject of the relative clause ("qui", "la ville") is not the sentence's
    said("Le conseil s'est réuni lundi. Paul Girard, que la ville avait nommé en mai, se tourne vers les "
         "salariés : « Nous ne signerons rien avant la fin du mois. »", "fr",
         speakers={"Nous ne signerons rien": "per:pg"}),
])
def test_the_subject_of_a_clause_before_a_colon(ctx: Any, case: Said) -> None:
    check(ctx, case)


# -- a subject pronoun alone before a colon

@pytest.mark.parametrize("case", [
    said("Anna Kim arrived late. She: “We will not give up on this plan at all.”", "en",
         speakers={"We will not give up": "per:ak"}),
    said("Marc Lenoir est arrivé en retard. Il : « Nous ne céderons jamais sur ce point. »", "fr",
         speakers={"Nous ne céderons jamais": "per:ml"}),
])
def test_a_bare_pronoun_before_a_colon(ctx: Any, case: Said) -> None:
    check(ctx, case)


def test_a_noun_label_before_a_colon_is_no_pronoun(ctx: Any) -> None:
    # near miss: a common noun as a label ("Bilan :") is a heading, not a speaker
    got = quotes(ctx, "Anna Kim arrived late. Summary: “We will not give up on this plan at all.”", "en", PEOPLE)
    assert not [q for q in got if q[1] == "per:ak" and q[2] == "Summary"]


# -- a quote paragraph, then the sentence that names its speaker as its subject

@pytest.mark.parametrize("case", [
    said("« On n'est pas là pour recevoir une médaille, c'est sûr ! » Marc Lenoir ne s'est pas caché, hier, devant "
         "les juges.", "fr", speakers={"On n'est pas là": "per:ml"}),
    said("“We are not here for a medal, that is for sure.” Anna Kim did not hide her anger on Monday.", "en",
         speakers={"We are not here": "per:ak"}),
])
def test_a_quote_then_its_speaker_as_the_next_subject(ctx: Any, case: Said) -> None:
    check(ctx, case)


@pytest.mark.parametrize("case", [
    # near miss: the person after the quote is an object ("Le juge a interrogé Marc Lenoir"), not its speaker
    said("« On n'est pas là pour recevoir une médaille, c'est sûr ! » Le juge a longuement interrogé Marc Lenoir "
         "hier.", "fr", not_by=(("per:ml", ""),)),
    # nor where the next sentence reports a statement of its own ("a prévenu que …")
    said("« On n'est pas là pour recevoir une médaille, c'est sûr ! » Marc Lenoir a ensuite prévenu que le club "
         "ferait appel.", "fr", not_by=(("per:ml", "médaille"),)),
    # nor a phrase in marks inside a sentence
    said("Le président a parlé d'une « réforme attendue depuis des années. » Marc Lenoir ne s'est pas caché hier.",
         "fr", not_by=(("per:ml", ""),)),
])
def test_a_quote_then_a_name_that_is_no_subject(ctx: Any, case: Said) -> None:
    check(ctx, case)


# -- French verbs of explaining and telling with a bare infinitive

@pytest.mark.parametrize("case", [
    said("La maire Claire Dubois a précisé s'entretenir avec des membres de la communauté chaque semaine.", "fr",
         speakers={"s'entretenir avec des membres": "per:cd"}),
    # near miss: an infinitive after a preposition is no statement ("a continué de travailler")
    said("La maire Claire Dubois a continué de travailler avec des membres de la communauté.", "fr", nothing=True),
])
def test_a_bare_infinitive_after_a_verb_of_telling(ctx: Any, case: Said) -> None:
    check(ctx, case)


# -- a relative clause in marks with the first person: the clause subject's words

@pytest.mark.parametrize("case", [
    said("Tom Reed apologized to his employees, who “watched me throw away everything they had built.”", "en",
         speakers={"watched me throw away": "per:tr"}),
    # near miss: no first person in the marks: the writer's description of the nurses
    said("Tom Reed thanked the nurses, who “worked day and night for weeks” during the outbreak.", "en",
         nothing=True),
])
def test_a_relative_clause_in_marks_with_the_first_person(ctx: Any, case: Said) -> None:
    check(ctx, case)


# -- an epithet for the person the sentence before was about

@pytest.mark.parametrize("case", [
    said("Tom Reed was sentenced to 25 years on Thursday. The fraudster said his customers would be paid in full "
         "by the estate.", "en", speakers={"his customers would be paid": "per:tr"}),
    # near miss: two people named in the sentence before: the description may be either
    said("Tom Reed met Paul Girard in New York on Thursday. The fraudster said his customers would be paid in "
         "full by the estate.", "en", speakers={"his customers would be paid": None}),
    # nor a document ("the report") nor a group ("the fraudsters")
    said("Tom Reed was sentenced on Thursday. The report said his customers would be paid in full by the estate.",
         "en", speakers={"his customers would be paid": None}),
    said("Tom Reed was sentenced on Thursday. The fraudsters said their customers would be paid in full.", "en",
         speakers={"their customers would be paid": None}),
    # near miss: the person was the subject two sentences before, not in the sentence right before
    said("Tom Reed was sentenced on Thursday. The hearing lasted three hours and ended at noon. The fraudster said "
         "his customers would be paid in full by the estate.", "en", speakers={"his customers would be paid": None}),
])
def test_an_epithet_refers_to_the_last_subject_only(ctx: Any, case: Said) -> None:
    check(ctx, case)


# -- a speaker phrase less the marks at its edges, and "as" before a subject pronoun

@pytest.mark.parametrize("case", [
    # British single quotes leave the pronoun
    said("Anna Kim spoke outside.\n\n‘I will shortly leave the job that it has been an honour to hold,’ she said.",
         "en", speakers={"I will shortly leave": "per:ak"}, phrases={"I will shortly leave": "she"}),
    # "as" before a pronoun opens a subordinate clause
    said("Anna Kim stood at the lectern. Her voice cracks as she says it has been an honour to serve the country.",
         "en", speakers={"it has been an honour": "per:ak"}, phrases={"it has been an honour": "she"}),
    # near miss: "as" before a noun is a preposition ("as prime minister"), the subject stays the name
    said("Anna Kim as prime minister says the plan has been a success for the country.", "en",
         speakers={"the plan has been a success": "per:ak"}),
])
def test_a_speaker_phrase_less_its_marks_and_as_before_a_pronoun(ctx: Any, case: Said) -> None:
    check(ctx, case)
