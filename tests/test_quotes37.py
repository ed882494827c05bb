"""Quotes stage, quotes@37 (issue 18): a quote that runs over paragraphs, each beside a near miss.
The sentences are invented for these tests from English and French quoting typography; none comes
from an evaluation corpus."""

from __future__ import annotations

from typing import Any

import pytest
from tests.quotes_support import BROWN, DURAND, Said, check

# -- opened on the first paragraph, unmarked in the middle, closed before the incise on the last


@pytest.mark.parametrize("case", [
    Said("Coach Paul Brown spoke after the match on Sunday.\n"
         "\"Today we played a tense game. Our team tried hard and we came prepared.\n"
         "In the first half, the game was even with attacks on both sides. The second half was harder.\n"
         "This victory is a great pride for us. We will try to please our fans,\" said the head coach.",
         "en", BROWN, speakers={"Today we played a tense game": "per:pb",
                                "In the first half, the game was even": "per:pb",
                                "This victory is a great pride": "per:pb"}),
    # near miss: no closing mark, so the paragraphs after the open one are the reporter's prose
    Said("Coach Paul Brown spoke after the match on Sunday.\n"
         "\"Today we played a tense game. Our team tried hard and we came prepared.\n"
         "In the first half, the game was even with attacks on both sides. The second half was harder.\n"
         "The club plays its next match in March against the league leaders.",
         "en", BROWN, absent=("first half", "next match")),
])
def test_english_quote_over_paragraphs_closed_before_its_incise(ctx: Any, case: Said) -> None:
    check(ctx, case)


@pytest.mark.parametrize("case", [
    Said("Le maire Paul Durand a présenté le budget mardi.\n"
         "« Les impôts locaux n'augmenteront pas cette année. Nous tenons nos engagements.\n"
         "La dette sera stabilisée dès l'an prochain grâce aux économies de fonctionnement.\n"
         "Nous investirons dans les écoles et les routes », a conclu Marie Leroy.",
         "fr", DURAND, speakers={"Les impôts locaux n'augmenteront pas": "per:ml",
                                 "La dette sera stabilisée": "per:ml",
                                 "Nous investirons dans les écoles": "per:ml"}),
    # near miss: a second mark on the last paragraph opens a quote of its own; nothing runs on
    Said("Le maire Paul Durand a présenté le budget mardi.\n"
         "« Les impôts locaux n'augmenteront pas cette année. Nous tenons nos engagements.\n"
         "La dette sera stabilisée dès l'an prochain grâce aux économies de fonctionnement.\n"
         "L'opposition a dénoncé « un budget de façade », a conclu Marie Leroy.",
         "fr", DURAND, absent=("La dette",)),
])
def test_french_quote_over_paragraphs_closed_before_its_incise(ctx: Any, case: Said) -> None:
    check(ctx, case)


def test_quote_over_paragraphs_after_an_introduction_with_a_lone_closing_mark(ctx: Any) -> None:
    check(ctx, Said("Paul Brown told reporters:\n"
                    "\"We will not give up. The players know what is at stake this season.\n"
                    "We have lost three matches in a row, but the squad is young and it will learn.\"\n"
                    "The club plays its next match in March.",
                    "en", BROWN, speakers={"We will not give up": "per:pb", "We have lost three matches": "per:pb"},
                    absent=("next match",)))


# -- a phrase in straight marks inside a paragraph that opens a quote and never closes it

@pytest.mark.parametrize("case", [
    Said("Coach Paul Brown spoke after the match on Sunday.\n"
         "\"Today we played a tense game. \"Rovers\" is a strong team and we came prepared.\n"
         "This victory is a great pride for us. We will try to please our fans,\" said Paul Brown.",
         "en", BROWN, speakers={"Today we played a tense game": "per:pb",
                                "This victory is a great pride": "per:pb"}),
    # near miss: the second mark closes the first ('"…," he said, "…'), no nesting
    Said("Coach Paul Brown spoke after the match on Sunday.\n"
         "\"Today we played a tense game,\" said Paul Brown. \"Rovers is a strong team.\n"
         "The club plays its next match in March against the league leaders.",
         "en", BROWN, speakers={"Today we played a tense game": "per:pb"}, absent=("next match",)),
])
def test_straight_marks_nested_in_an_open_paragraph(ctx: Any, case: Said) -> None:
    check(ctx, case)


# -- a list of reactions: a list mark, a person's name (and role), a colon, the quote to the line's end

@pytest.mark.parametrize("case", [
    Said("Les réactions des responsables politiques après la manifestation.\n"
         "- Paul Durand: « Il faut augmenter les grèves dans les entreprises dès la semaine prochaine »\n"
         "- Marie Leroy, maire de Lille : « On est au moins aussi nombreux que la dernière fois »",
         "fr", DURAND, speakers={"Il faut augmenter les grèves": "per:pd",
                                 "On est au moins aussi nombreux": "per:ml"}),
    # near miss: a list of prizes names no person before the colon
    Said("Le palmarès du festival.\n"
         "- Grand Prix : « Valeur sentimentale et autres histoires de famille »\n"
         "- Prix du jury : « Les Années sombres de la ville et de ses habitants »",
         "fr", DURAND, nothing=True),
    # near miss: the words after the closing mark are the reporter's sentence going on, no list entry
    Said("Les réactions des responsables politiques après la manifestation.\n"
         "- Paul Durand: « Il faut augmenter les grèves dans les entreprises » est une phrase reprise "
         "par tous les syndicats.\n- La manifestation a réuni dix mille personnes à Lille.",
         "fr", DURAND, not_by=(("per:pd", "grèves"),)),
])
def test_list_of_reactions_one_speaker_a_line(ctx: Any, case: Said) -> None:
    check(ctx, case)


# -- an English unmarked incise followed by a participial clause, the speaker's further act

@pytest.mark.parametrize("case", [
    # the statement is the words before the incise, not the whole sentence with its tail
    Said("Nineteen patients died after taking the drug last year, the health agency said, warning "
         "doctors about the risks of the product.", "en", BROWN,
         found=(("Nineteen patients died after taking the drug last year", None, "the health agency"),)),
    Said("The club will appeal against the ban on its new stadium, Paul Brown added, calling on the "
         "league to act quickly.", "en", BROWN,
         found=(("The club will appeal against the ban on its new stadium", "per:pb", "Paul Brown"),)),
    # near miss: a noun in -ing after the comma is no participial clause, so no incise closes the
    # statement there
    Said("The club will appeal against the ban on its new stadium, Paul Brown said, something the "
         "league did not expect.", "en", BROWN,
         not_whole=("The club will appeal against the ban on its new stadium",)),
])
def test_unmarked_incise_then_a_participial_clause(ctx: Any, case: Said) -> None:
    check(ctx, case)
