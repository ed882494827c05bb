"""Quotes stage, quotes@35 (issue 18): constraints that describe French quoting, each beside a near
miss. The sentences are invented for these tests from French reporting and typography; none comes
from an evaluation corpus."""

from __future__ import annotations

from typing import Any

from tests.test_quotes_grammar import one, quotes

DURAND = {"Paul Durand": ("PER", "per:pd")}


# -- a compound incise inverts its pronoun between the auxiliary and the participle

def test_an_unmarked_statement_closed_by_a_t_il_estime(ctx: Any) -> None:
    got = quotes(ctx, "Le maire Paul Durand a présenté le budget mardi. Les impôts locaux n'augmenteront pas "
                      "cette année, a-t-il estimé.", "fr", DURAND)
    assert one(got, "Les impôts locaux n'augmenteront pas")[1] == "per:pd"
    # near miss: the pronoun before the auxiliary is the subject of a clause of its own, the act
    got = quotes(ctx, "Le maire Paul Durand a présenté le budget mardi. Après les travaux de la voirie, il a "
                      "estimé le coût du chantier.", "fr", DURAND)
    assert not [q for q in got if "travaux" in q[0]]


# -- a name and its appositions before a verb are its subject, no statement

def test_a_name_and_its_apposition_are_no_statement(ctx: Any) -> None:
    got = quotes(ctx, "Paul Durand, président de l'association, analyse pour Le Monde les enjeux du scrutin "
                      "présidentiel.", "fr", DURAND)
    assert got == []
    # near miss: a clause before the comma is what was said
    got = quotes(ctx, "Le second tour sera très serré, analyse Paul Durand dans Le Monde.", "fr", DURAND)
    assert one(got, "Le second tour sera très serré")[1] == "per:pd"


# -- a quote over paragraphs reopened by "»" at the next one's start

def test_a_quote_reopened_by_a_closing_mark_at_the_paragraph_start(ctx: Any) -> None:
    got = quotes(ctx, "« Les impôts locaux n'augmenteront pas cette année. Nous tenons nos engagements.\n"
                      "» La dette sera stabilisée dès l'an prochain », a poursuivi Paul Durand.", "fr", DURAND)
    assert one(got, "Nous tenons nos engagements")[1] == "per:pd"
    assert one(got, "La dette sera stabilisée")[1] == "per:pd"
    # near miss: a closing mark wrapped onto a line before its incise opens nothing
    got = quotes(ctx, "« Les impôts locaux n'augmenteront pas cette année, nous tenons nos engagements\n"
                      "» a poursuivi Paul Durand devant le conseil municipal.", "fr", DURAND)
    assert not [q for q in got if "a poursuivi" in q[0]]
    # near miss: a link line "» Lire aussi" after a closed quote opens nothing
    got = quotes(ctx, "« Les impôts locaux n'augmenteront pas cette année », a assuré Paul Durand.\n"
                      "» Lire aussi : Le budget de la commune adopté en conseil municipal\n"
                      "« Nous tenons nos engagements envers les habitants », a ajouté le maire.", "fr", DURAND)
    assert not [q for q in got if "Lire aussi" in q[0]]


# -- an interview's turns set off by a dash

def test_interview_turns_after_a_dash(ctx: Any) -> None:
    text = ("Entretien avec Paul Durand, maire de Lille.\n"
            "La Voix- Pourquoi ce projet maintenant ?\n"
            "Paul Durand- Parce que la ville en a besoin depuis des années, et nous avons enfin les moyens.\n"
            "La Voix- Et le coût ?\n"
            "Paul Durand – Il sera étalé sur dix ans, sans hausse des impôts locaux pour les habitants.")
    got = quotes(ctx, text, "fr", DURAND)
    assert one(got, "Parce que la ville en a besoin")[1] == "per:pd"
    assert one(got, "Il sera étalé sur dix ans")[1] == "per:pd"
    assert not [q for q in got if "Pourquoi" in q[0]]
    # near miss: datelines set off by a dash name places, not people: no turn
    got = quotes(ctx, "Lyon - Le maire a inauguré le nouveau pont mardi matin devant les habitants.\n"
                      "Paris - La préfecture a fermé la voie sur berge pour trois jours de travaux.", "fr", DURAND)
    assert got == []


# -- a speech under a line that is the speaker's name, office and a colon

def test_a_speech_under_a_name_line(ctx: Any) -> None:
    got = quotes(ctx, "Paul Durand, député de la Somme :\nJe vous le dis clairement, nous ne voterons pas ce "
                      "texte en l'état, car il abandonne les communes.", "fr", DURAND)
    assert one(got, "nous ne voterons pas ce texte")[1] == "per:pd"
    # near miss: a paragraph that speaks in no person is the page's narrative, nobody's speech
    got = quotes(ctx, "Paul Durand, député de la Somme :\nLe texte a été adopté en première lecture par 300 voix "
                      "contre 200 après deux jours de débats.", "fr", DURAND)
    assert got == []
