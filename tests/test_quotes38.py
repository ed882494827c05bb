"""Quotes stage, quotes@38 (issue 18): mends from a review of quotes@37, each beside a near miss.
The sentences are invented for these tests from English and French reporting grammar; none comes
from an evaluation corpus."""

from __future__ import annotations

import time
from typing import Any

from tests.test_quotes_grammar import one, quotes

from veille.stages.quotes import speech_lexicon
from veille.stages.quotes.direct import marked_quotes
from veille.stages.quotes.introductions import list_label

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


# -- the run over paragraphs and the list entries stay linear in the body's length

def test_runs_over_paragraphs_scale_linearly(ctx: Any) -> None:
    group = ("« Nous tenons nos engagements envers les habitants.\n"
             "La dette sera stabilisée dès l'an prochain grâce aux économies.\n"
             "Nous investirons dans les écoles et les routes », a conclu Marie Leroy.\n")

    lex = speech_lexicon(ctx)

    def cost(n: int) -> float:
        body = group * n
        t = time.perf_counter()
        got = marked_quotes(body, "fr", lex)
        assert len([f for f in got if f.speaker is not None]) == 3 * n
        return time.perf_counter() - t

    small, big = min(cost(100) for _ in range(3)), min(cost(800) for _ in range(3))
    assert big < 8 * small * 3, (small, big)  # 8 times the text: well under the square's 64 times


def test_list_label_scales_linearly() -> None:
    line = "- Paul Durand : « Il faut augmenter les grèves dans les entreprises »\n"

    def cost(n: int) -> float:
        body = line * n
        t = time.perf_counter()
        for k in range(n):
            mk = len(line) * k + line.index("«")
            assert list_label(body, mk, len(line) * k + line.index("»"), lambda a, b: True) is not None
        return time.perf_counter() - t

    # the least of three tries each: the machine is shared; the square's cost would be 64 times
    small, big = min(cost(1000) for _ in range(3)), min(cost(8000) for _ in range(3))
    assert big < 8 * small * 4, (small, big)


# -- an English unmarked incise: a participial clause after it, not a noun in -ing

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
