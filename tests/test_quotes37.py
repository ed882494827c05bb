"""Quotes stage, quotes@37 (issue 18): a quote that runs over paragraphs, each beside a near miss.
The sentences are invented for these tests from English and French quoting typography; none comes
from an evaluation corpus."""

from __future__ import annotations

from typing import Any

from tests.test_quotes_grammar import one, quotes

BROWN = {"Paul Brown": ("PER", "per:pb")}
DURAND = {"Paul Durand": ("PER", "per:pd"), "Marie Leroy": ("PER", "per:ml")}


# -- opened on the first paragraph, unmarked in the middle, closed before the incise on the last

def test_english_quote_over_paragraphs_closed_before_its_incise(ctx: Any) -> None:
    text = ("Coach Paul Brown spoke after the match on Sunday.\n"
            "\"Today we played a tense game. Our team tried hard and we came prepared.\n"
            "In the first half, the game was even with attacks on both sides. The second half was harder.\n"
            "This victory is a great pride for us. We will try to please our fans,\" said the head coach.")
    got = quotes(ctx, text, "en", BROWN)
    assert one(got, "Today we played a tense game")[1] == "per:pb"
    assert one(got, "In the first half, the game was even")[1] == "per:pb"
    assert one(got, "This victory is a great pride")[1] == "per:pb"
    # near miss: no closing mark, so the paragraphs after the open one are the reporter's prose
    text = ("Coach Paul Brown spoke after the match on Sunday.\n"
            "\"Today we played a tense game. Our team tried hard and we came prepared.\n"
            "In the first half, the game was even with attacks on both sides. The second half was harder.\n"
            "The club plays its next match in March against the league leaders.")
    got = quotes(ctx, text, "en", BROWN)
    assert not [q for q in got if "first half" in q[0] or "next match" in q[0]]


def test_french_quote_over_paragraphs_closed_before_its_incise(ctx: Any) -> None:
    text = ("Le maire Paul Durand a présenté le budget mardi.\n"
            "« Les impôts locaux n'augmenteront pas cette année. Nous tenons nos engagements.\n"
            "La dette sera stabilisée dès l'an prochain grâce aux économies de fonctionnement.\n"
            "Nous investirons dans les écoles et les routes », a conclu Marie Leroy.")
    got = quotes(ctx, text, "fr", DURAND)
    assert one(got, "Les impôts locaux n'augmenteront pas")[1] == "per:ml"
    assert one(got, "La dette sera stabilisée")[1] == "per:ml"
    assert one(got, "Nous investirons dans les écoles")[1] == "per:ml"
    # near miss: a second mark on the last paragraph opens a quote of its own; nothing runs on
    text = ("Le maire Paul Durand a présenté le budget mardi.\n"
            "« Les impôts locaux n'augmenteront pas cette année. Nous tenons nos engagements.\n"
            "La dette sera stabilisée dès l'an prochain grâce aux économies de fonctionnement.\n"
            "L'opposition a dénoncé « un budget de façade », a conclu Marie Leroy.")
    got = quotes(ctx, text, "fr", DURAND)
    assert not [q for q in got if "La dette" in q[0]]


def test_quote_over_paragraphs_after_an_introduction_with_a_lone_closing_mark(ctx: Any) -> None:
    text = ("Paul Brown told reporters:\n"
            "\"We will not give up. The players know what is at stake this season.\n"
            "We have lost three matches in a row, but the squad is young and it will learn.\"\n"
            "The club plays its next match in March.")
    got = quotes(ctx, text, "en", BROWN)
    assert one(got, "We will not give up")[1] == "per:pb"
    assert one(got, "We have lost three matches")[1] == "per:pb"
    assert not [q for q in got if "next match" in q[0]]


# -- a phrase in straight marks inside a paragraph that opens a quote and never closes it

def test_straight_marks_nested_in_an_open_paragraph(ctx: Any) -> None:
    text = ("Coach Paul Brown spoke after the match on Sunday.\n"
            "\"Today we played a tense game. \"Rovers\" is a strong team and we came prepared.\n"
            "This victory is a great pride for us. We will try to please our fans,\" said Paul Brown.")
    got = quotes(ctx, text, "en", BROWN)
    assert one(got, "Today we played a tense game")[1] == "per:pb"
    assert one(got, "This victory is a great pride")[1] == "per:pb"
    # near miss: the second mark closes the first ('"…," he said, "…'), no nesting
    text = ("Coach Paul Brown spoke after the match on Sunday.\n"
            "\"Today we played a tense game,\" said Paul Brown. \"Rovers is a strong team.\n"
            "The club plays its next match in March against the league leaders.")
    got = quotes(ctx, text, "en", BROWN)
    assert one(got, "Today we played a tense game")[1] == "per:pb"
    assert not [q for q in got if "next match" in q[0]]


# -- a list of reactions: a list mark, a person's name (and role), a colon, the quote to the line's end

def test_list_of_reactions_one_speaker_a_line(ctx: Any) -> None:
    text = ("Les réactions des responsables politiques après la manifestation.\n"
            "- Paul Durand: « Il faut augmenter les grèves dans les entreprises dès la semaine prochaine »\n"
            "- Marie Leroy, maire de Lille : « On est au moins aussi nombreux que la dernière fois »")
    got = quotes(ctx, text, "fr", DURAND)
    assert one(got, "Il faut augmenter les grèves")[1] == "per:pd"
    assert one(got, "On est au moins aussi nombreux")[1] == "per:ml"
    # near miss: a list of prizes names no person before the colon
    text = ("Le palmarès du festival.\n"
            "- Grand Prix : « Valeur sentimentale et autres histoires de famille »\n"
            "- Prix du jury : « Les Années sombres de la ville et de ses habitants »")
    assert quotes(ctx, text, "fr", DURAND) == []
    # near miss: the words after the closing mark are the reporter's sentence going on, no list entry
    text = ("Les réactions des responsables politiques après la manifestation.\n"
            "- Paul Durand: « Il faut augmenter les grèves dans les entreprises » est une phrase reprise "
            "par tous les syndicats.\n- La manifestation a réuni dix mille personnes à Lille.")
    assert not [q for q in quotes(ctx, text, "fr", DURAND) if "grèves" in q[0] and q[1] == "per:pd"]


# -- an English unmarked incise followed by a participial clause, the speaker's further act

def test_unmarked_incise_then_a_participial_clause(ctx: Any) -> None:
    # the statement is the words before the incise, not the whole sentence with its tail
    got = quotes(ctx, "Nineteen patients died after taking the drug last year, the health agency said, warning "
                      "doctors about the risks of the product.", "en", BROWN)
    assert ("Nineteen patients died after taking the drug last year", None, "the health agency") in got
    got = quotes(ctx, "The club will appeal against the ban on its new stadium, Paul Brown added, calling on the "
                      "league to act quickly.", "en", BROWN)
    assert ("The club will appeal against the ban on its new stadium", "per:pb", "Paul Brown") in got
    # near miss: a noun in -ing after the comma is no participial clause, so no incise closes the
    # statement there
    got = quotes(ctx, "The club will appeal against the ban on its new stadium, Paul Brown said, something the "
                      "league did not expect.", "en", BROWN)
    assert "The club will appeal against the ban on its new stadium" not in [q[0] for q in got]
