"""Quotes stage, quotes@43 (issue 18): speakers and extents from the grammar of reporting, each
beside a near miss. The sentences are invented for these tests from French and English reporting
grammar; none comes from an evaluation corpus."""

from __future__ import annotations

from typing import Any

from tests.test_quotes_grammar import one, quotes

# -- a subject inside a quote in marks is the quoted words, no antecedent of a later pronoun


def test_a_subject_inside_marks_is_no_antecedent(ctx: Any) -> None:
    text = ("« Le droit a été totalement violé », a estimé la cheffe de file du parti sur TF1. « Il faut que "
            "la justice se hâte », a-t-elle lancé.")
    got = quotes(ctx, text, "fr")
    assert one(got, "Il faut que la justice")[2] == "la cheffe de file du parti"
    # near miss: a title that is the subject of the narration, outside the marks, is the antecedent
    text = ("« Le droit a été totalement violé », a estimé la cheffe de file du parti sur TF1. La juge a "
            "répondu lundi par écrit. « Nous examinerons la demande dans les délais », a-t-elle déclaré.")
    got = quotes(ctx, text, "fr")
    assert one(got, "Nous examinerons la demande")[2] == "La juge"


# -- a colon announces the marks after it: a lower-case quote there is the quote, not its sentence


def test_a_lower_case_quote_after_a_colon_is_the_quote(ctx: Any) -> None:
    text = ("Le syndicat a tenu une réunion lundi. La porte-parole a fixé une date : « il faut que la direction "
            "réponde avant vendredi », a-t-elle prévenu.")
    got = quotes(ctx, text, "fr")
    assert ("il faut que la direction réponde avant vendredi", None, "La porte-parole") in got
    # near miss: with a comma, a phrase in marks that ends the sentence is the sentence's last words,
    # and the incise reports the whole sentence
    text = ("Le syndicat a tenu une réunion lundi. La porte-parole a fixé une date, « avant la fin de la "
            "semaine prochaine », a-t-elle prévenu.")
    got = quotes(ctx, text, "fr")
    assert one(got, "avant la fin de la semaine")[0].startswith("La porte-parole a fixé une date")
    # and the title that is that sentence's subject, in narration before the marks, is the pronoun's
    assert one(got, "avant la fin de la semaine")[2] == "La porte-parole"


# -- a reporting verb with no object of its own reports the quote before it, comma or not

REED = {"Tom Reed": ("PER", "per:tr"), "Anna Kim": ("PER", "per:ak")}


def test_an_objectless_verb_after_a_quote_reports_it(ctx: Any) -> None:
    text = ("“I am sorry for what happened. Our clients lost their savings and I failed them.” Tom Reed said "
            "while addressing the judge.")
    got = quotes(ctx, text, "en", REED)
    assert one(got, "I am sorry for what happened")[1] == "per:tr"
    # the adverbial after the verb is how it was said, no statement
    assert not [q for q in got if q[0].startswith("while addressing")]
    got = quotes(ctx, "“We will appeal the ruling as soon as we can.” Anna Kim said on Monday.", "en", REED)
    assert one(got, "We will appeal the ruling")[1] == "per:ak"
    # near miss: the verb has an object of its own, a clause: the quote before is not its object
    got = quotes(ctx, "“We will appeal the ruling as soon as we can.” Anna Kim said the team was ready.",
                 "en", REED)
    assert not [q for q in got if "We will appeal" in q[0]]
    assert one(got, "the team was ready")[1] == "per:ak"


def test_a_subordinator_and_a_participle_is_no_statement(ctx: Any) -> None:
    got = quotes(ctx, "The workers cheered and Tom Reed said while visiting the plant in the north of the "
                      "country.", "en", REED)
    assert got == []
    # near miss: a subordinator before a finite clause opens what was said
    got = quotes(ctx, "Tom Reed said while the plant would close, the jobs of its workers would stay in town.",
                 "en", REED)
    assert one(got, "the plant would close")[1] == "per:tr"


# -- "…, avant d'ajouter que …": the infinitive after "avant de" has the main clause's subject

DURAND = {"Paul Durand": ("PER", "per:pd")}


def test_before_adding_that_is_the_speakers_statement(ctx: Any) -> None:
    text = ("« Je vous annonce aujourd'hui que j'ai décidé d'être candidat à l'élection », a annoncé le président "
            "Paul Durand, avant d'ajouter qu'il est « candidat parce que la Constitution de notre pays le permet ».")
    got = quotes(ctx, text, "fr", DURAND)
    assert one(got, "candidat parce que la Constitution")[1] == "per:pd"
    # near miss: "avant de" with a verb that reports nothing is the time of the next act, no statement
    text = ("« Je vous annonce aujourd'hui que j'ai décidé d'être candidat à l'élection », a annoncé le président "
            "Paul Durand, avant de quitter la salle qu'il avait louée « pour toute la soirée de dimanche ».")
    got = quotes(ctx, text, "fr", DURAND)
    assert not [q for q in got if "toute la soirée" in q[0]]
