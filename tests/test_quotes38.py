"""Quotes stage, quotes@38 (issue 18): mends from a review of quotes@37, each beside a near miss.
The sentences are invented for these tests from English and French reporting grammar; none comes
from an evaluation corpus."""

from __future__ import annotations

from typing import Any

import pytest
from tests.quotes_support import BROWN, DURAND, Said, check

# -- a quote over paragraphs does not run over the reporter's narration between them


@pytest.mark.parametrize("case", [
    # the third-person past narration with a titled subject is the reporter's, no one's quote
    Said("« Nous ne lâcherons rien, nous irons jusqu'au bout de cette affaire.\n"
         "Le maire a ensuite quitté la salle sous les applaudissements de ses partisans.\n"
         "Le conseil se réunira de nouveau en mars pour voter le projet dit Horizon 2030 », a rappelé "
         "l'opposition dans un communiqué.",
         "fr", DURAND, absent=("quitté la salle",), phrases={"Le conseil se réunira": "l'opposition"}),
    # near miss: the middle paragraph in the speaker's own words stays in the run (quotes@37)
    Said("« Nous ne lâcherons rien, nous irons jusqu'au bout de cette affaire.\n"
         "Nous avons déjà quitté la table des négociations une fois et nous le referons s'il le faut.\n"
         "Le conseil se réunira de nouveau en mars pour voter le projet dit Horizon 2030 », a rappelé "
         "Marie Leroy dans un communiqué.",
         "fr", DURAND, speakers={"Nous avons déjà quitté la table": "per:ml", "Nous ne lâcherons rien": "per:ml"}),
])
def test_a_narrated_paragraph_ends_the_run_over_paragraphs(ctx: Any, case: Said) -> None:
    check(ctx, case)


def test_a_narrated_english_paragraph_ends_the_run(ctx: Any) -> None:
    check(ctx, Said("\"We will not give up. The players know what is at stake this season.\n"
                    "Paul Brown then left the room to applause from the supporters in the stand.\n"
                    "The club plays its next match in March against the league leaders,\" said the team captain.",
                    "en", BROWN, absent=("left the room",)))


@pytest.mark.parametrize("case", [
    Said("The town will rebuild the bridge before the winter, the mayor said, meeting residents on Sunday.",
         "en", BROWN, found=(("The town will rebuild the bridge before the winter", None, "the mayor"),)),
    # near miss: "meeting" is a noun here, the place of the saying; the incise's adverbial
    Said("The town will rebuild the bridge before the winter, the mayor said at the meeting.",
         "en", BROWN, phrases={"The town will rebuild the bridge": "the mayor"}),
    # a noun in -ing after the comma is no participial clause: "striking and marching being banned"
    # is a clause of its own subject, so the incise closes no sentence there
    Said("Turnout will fall sharply in the spring, the union said, striking and marching being banned in the city.",
         "en", BROWN, not_whole=("Turnout will fall sharply in the spring",)),
])
def test_participle_after_an_incise_not_a_noun_in_ing(ctx: Any, case: Said) -> None:
    check(ctx, case)
