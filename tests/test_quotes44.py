"""Quotes stage, quotes@44 (issue 18, quo41): who said what, from the grammar of reporting, each
behaviour beside a near miss. The sentences are invented for these tests from French and English
reporting grammar; none comes from an evaluation corpus."""

from __future__ import annotations

from typing import Any

from tests.test_quotes_grammar import one, quotes

PEOPLE = {"Marc Lenoir": ("PER", "per:ml"), "Anna Kim": ("PER", "per:ak"), "Tom Reed": ("PER", "per:tr"),
          "Claire Dubois": ("PER", "per:cd"), "Paul Girard": ("PER", "per:pg")}


# -- the person subject of a French clause a colon ends, whatever its verb (the parse)


def test_a_present_tense_clause_before_a_colon(ctx: Any) -> None:
    text = ("Le conseil s'est réuni lundi. Marc Lenoir se tourne vers les salariés de l'usine : "
            "« Nous ne signerons rien avant la fin du mois. »")
    got = quotes(ctx, text, "fr", PEOPLE)
    assert one(got, "Nous ne signerons rien")[1] == "per:ml"


def test_etre_as_auxiliary_before_a_colon(ctx: Any) -> None:
    text = ("La séance a été suspendue. Claire Dubois est intervenue pour calmer les esprits : « La présidence ne "
            "doit être mise en cause en aucune circonstance. »")
    got = quotes(ctx, text, "fr", PEOPLE)
    assert one(got, "La présidence ne doit")[1] == "per:cd"


def test_a_thing_as_the_subject_before_a_colon_is_no_speaker(ctx: Any) -> None:
    # near miss: a text's subject is no person ("le règlement prévoit :"), so the parse gives no speaker
    text = ("Le conseil s'est réuni lundi. Le règlement intérieur prévoit une exception précise : « Aucun membre "
            "ne peut voter deux fois. »")
    got = quotes(ctx, text, "fr", PEOPLE)
    assert not any(q[1] for q in got)


def test_a_subject_in_a_relative_clause_is_not_the_clause_subject(ctx: Any) -> None:
    # near miss: the subject of the relative clause ("qui", "la ville") is not the sentence's
    text = ("Le conseil s'est réuni lundi. Paul Girard, que la ville avait nommé en mai, se tourne vers les "
            "salariés : « Nous ne signerons rien avant la fin du mois. »")
    got = quotes(ctx, text, "fr", PEOPLE)
    assert one(got, "Nous ne signerons rien")[1] == "per:pg"


# -- a subject pronoun alone before a colon


def test_a_bare_pronoun_before_a_colon(ctx: Any) -> None:
    got = quotes(ctx, "Anna Kim arrived late. She: “We will not give up on this plan at all.”", "en", PEOPLE)
    assert one(got, "We will not give up")[1] == "per:ak"
    got = quotes(ctx, "Marc Lenoir est arrivé en retard. Il : « Nous ne céderons jamais sur ce point. »", "fr",
                 PEOPLE)
    assert one(got, "Nous ne céderons jamais")[1] == "per:ml"


def test_a_noun_label_before_a_colon_is_no_pronoun(ctx: Any) -> None:
    # near miss: a common noun as a label ("Bilan :") is a heading, not a speaker
    got = quotes(ctx, "Anna Kim arrived late. Summary: “We will not give up on this plan at all.”", "en", PEOPLE)
    assert not [q for q in got if q[1] == "per:ak" and q[2] == "Summary"]


# -- a quote paragraph, then the sentence that names its speaker as its subject


def test_a_quote_then_its_speaker_as_the_next_subject(ctx: Any) -> None:
    text = "« On n'est pas là pour recevoir une médaille, c'est sûr ! » Marc Lenoir ne s'est pas caché, hier, devant les juges."
    got = quotes(ctx, text, "fr", PEOPLE)
    assert one(got, "On n'est pas là")[1] == "per:ml"
    text = "“We are not here for a medal, that is for sure.” Anna Kim did not hide her anger on Monday."
    got = quotes(ctx, text, "en", PEOPLE)
    assert one(got, "We are not here")[1] == "per:ak"


def test_a_quote_then_a_name_that_is_no_subject(ctx: Any) -> None:
    # near miss: the person after the quote is an object ("Le juge a interrogé Marc Lenoir"), not its speaker
    text = "« On n'est pas là pour recevoir une médaille, c'est sûr ! » Le juge a longuement interrogé Marc Lenoir hier."
    got = quotes(ctx, text, "fr", PEOPLE)
    assert not any(q[1] == "per:ml" for q in got)
    # nor where the next sentence reports a statement of its own ("a prévenu que …")
    text = ("« On n'est pas là pour recevoir une médaille, c'est sûr ! » Marc Lenoir a ensuite prévenu que le club "
            "ferait appel.")
    got = quotes(ctx, text, "fr", PEOPLE)
    assert not any(q[1] == "per:ml" and "médaille" in q[0] for q in got)
    # nor a phrase in marks inside a sentence
    text = "Le président a parlé d'une « réforme attendue depuis des années. » Marc Lenoir ne s'est pas caché hier."
    got = quotes(ctx, text, "fr", PEOPLE)
    assert not any(q[1] == "per:ml" for q in got)


# -- French verbs of explaining and telling with a bare infinitive


def test_a_bare_infinitive_after_a_verb_of_telling(ctx: Any) -> None:
    got = quotes(ctx, "La maire Claire Dubois a précisé s'entretenir avec des membres de la communauté chaque semaine.",
                 "fr", PEOPLE)
    assert one(got, "s'entretenir avec des membres")[1] == "per:cd"
    # near miss: an infinitive after a preposition is no statement ("a continué de travailler")
    got = quotes(ctx, "La maire Claire Dubois a continué de travailler avec des membres de la communauté.", "fr", PEOPLE)
    assert got == []


# -- a relative clause in marks with the first person: the clause subject's words


def test_a_relative_clause_in_marks_with_the_first_person(ctx: Any) -> None:
    got = quotes(ctx, "Tom Reed apologized to his employees, who “watched me throw away everything they had built.”",
                 "en", PEOPLE)
    assert one(got, "watched me throw away")[1] == "per:tr"


def test_a_relative_clause_that_is_not_speech_is_no_quote(ctx: Any) -> None:
    # near miss: no first person in the marks: the writer's description of the nurses
    got = quotes(ctx, "Tom Reed thanked the nurses, who “worked day and night for weeks” during the outbreak.",
                 "en", PEOPLE)
    assert got == []


# -- an epithet for the person the sentence before was about


def test_an_epithet_refers_to_the_last_subject(ctx: Any) -> None:
    text = ("Tom Reed was sentenced to 25 years on Thursday. The fraudster said his customers would be paid in full "
            "by the estate.")
    got = quotes(ctx, text, "en", PEOPLE)
    assert one(got, "his customers would be paid")[1] == "per:tr"


def test_an_epithet_that_fits_two_people_stays_unattributed(ctx: Any) -> None:
    # near miss: two people named in the sentence before: the description may be either
    text = ("Tom Reed met Paul Girard in New York on Thursday. The fraudster said his customers would be paid in "
            "full by the estate.")
    got = quotes(ctx, text, "en", PEOPLE)
    assert one(got, "his customers would be paid")[1] is None
    # nor a document ("the report") nor a group ("the fraudsters")
    text = "Tom Reed was sentenced on Thursday. The report said his customers would be paid in full by the estate."
    assert one(quotes(ctx, text, "en", PEOPLE), "his customers would be paid")[1] is None
    text = "Tom Reed was sentenced on Thursday. The fraudsters said their customers would be paid in full."
    assert one(quotes(ctx, text, "en", PEOPLE), "their customers would be paid")[1] is None


def test_an_epithet_far_from_its_person_stays_unattributed(ctx: Any) -> None:
    # near miss: the person was the subject two sentences before, not in the sentence right before
    text = ("Tom Reed was sentenced on Thursday. The hearing lasted three hours and ended at noon. The fraudster said "
            "his customers would be paid in full by the estate.")
    assert one(quotes(ctx, text, "en", PEOPLE), "his customers would be paid")[1] is None


# -- a speaker phrase less the marks at its edges, and "as" before a subject pronoun


def test_british_single_quotes_leave_the_pronoun(ctx: Any) -> None:
    text = "Anna Kim spoke outside.\n\n‘I will shortly leave the job that it has been an honour to hold,’ she said."
    got = quotes(ctx, text, "en", PEOPLE)
    assert one(got, "I will shortly leave")[1:] == ("per:ak", "she")


def test_as_before_a_pronoun_opens_a_subordinate_clause(ctx: Any) -> None:
    text = "Anna Kim stood at the lectern. Her voice cracks as she says it has been an honour to serve the country."
    got = quotes(ctx, text, "en", PEOPLE)
    assert one(got, "it has been an honour")[1:] == ("per:ak", "she")
    # near miss: "as" before a noun is a preposition ("as prime minister"), the subject stays the name
    text = "Anna Kim as prime minister says the plan has been a success for the country."
    assert one(quotes(ctx, text, "en", PEOPLE), "the plan has been a success")[1] == "per:ak"
