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
