"""Quotes stage, quotes@38 (issue 18): mends from a review of quotes@37, each beside a near miss.
The sentences are invented for these tests from English and French reporting grammar; none comes
from an evaluation corpus."""

from __future__ import annotations

from typing import Any

from tests.test_quotes_grammar import one, quotes

BROWN = {"Paul Brown": ("PER", "per:pb")}
DURAND = {"Paul Durand": ("PER", "per:pd"), "Marie Leroy": ("PER", "per:ml")}


# -- a quote over paragraphs does not run over the reporter's narration between them

def test_a_narrated_paragraph_ends_the_run_over_paragraphs(ctx: Any) -> None:
    text = ("« Nous ne lâcherons rien, nous irons jusqu'au bout de cette affaire.\n"
            "Le maire a ensuite quitté la salle sous les applaudissements de ses partisans.\n"
            "Le conseil se réunira de nouveau en mars pour voter le projet dit Horizon 2030 », a rappelé "
            "l'opposition dans un communiqué.")
    got = quotes(ctx, text, "fr", DURAND)
    # the third-person past narration with a titled subject is the reporter's, no one's quote
    assert not [q for q in got if "quitté la salle" in q[0]]
    assert one(got, "Le conseil se réunira")[2] == "l'opposition"
    # near miss: the middle paragraph in the speaker's own words stays in the run (quotes@37)
    text = ("« Nous ne lâcherons rien, nous irons jusqu'au bout de cette affaire.\n"
            "Nous avons déjà quitté la table des négociations une fois et nous le referons s'il le faut.\n"
            "Le conseil se réunira de nouveau en mars pour voter le projet dit Horizon 2030 », a rappelé "
            "Marie Leroy dans un communiqué.")
    got = quotes(ctx, text, "fr", DURAND)
    assert one(got, "Nous avons déjà quitté la table")[1] == "per:ml"
    assert one(got, "Nous ne lâcherons rien")[1] == "per:ml"


def test_a_narrated_english_paragraph_ends_the_run(ctx: Any) -> None:
    text = ("\"We will not give up. The players know what is at stake this season.\n"
            "Paul Brown then left the room to applause from the supporters in the stand.\n"
            "The club plays its next match in March against the league leaders,\" said the team captain.")
    got = quotes(ctx, text, "en", BROWN)
    assert not [q for q in got if "left the room" in q[0]]


def test_participle_after_an_incise_not_a_noun_in_ing(ctx: Any) -> None:
    got = quotes(ctx, "The town will rebuild the bridge before the winter, the mayor said, meeting residents "
                      "on Sunday.", "en", BROWN)
    assert ("The town will rebuild the bridge before the winter", None, "the mayor") in got
    # near miss: "meeting" is a noun here, the place of the saying; the incise's adverbial
    got = quotes(ctx, "The town will rebuild the bridge before the winter, the mayor said at the meeting.",
                 "en", BROWN)
    assert one(got, "The town will rebuild the bridge")[2] == "the mayor"
    # a noun in -ing after the comma is no participial clause: "striking and marching being banned"
    # is a clause of its own subject, so the incise closes no sentence there
    got = quotes(ctx, "Turnout will fall sharply in the spring, the union said, striking and marching being "
                      "banned in the city.", "en", BROWN)
    assert "Turnout will fall sharply in the spring" not in [q[0] for q in got]
