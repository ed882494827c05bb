"""quotes@28 (claimed as quotes@29; twenty-fifth session, helper quo26, issue 18): quotes@28's round-up labels, narrowed
from its differences with quotes@27 on 54 fresh unlabelled French and English pages (none in any
eval set): a list of labels whose quotes follow all of them, run together, pairs no label with a
quote, and a quote under its own label is not the previous speaker's going on. Invented sentences,
each with the near miss that keeps quotes@28's reading."""

from __future__ import annotations

from typing import Any

from conftest import quotes_of, with_quotes

_FIRST = "« On a fait un très grand match ce soir et les joueurs ont été admirables. »"
_SECOND = "« Nous avons encaissé deux buts évitables et cela nous coûte la victoire. »"


def test_stacked_labels_pair_no_quote(ctx: Any) -> None:
    ctx = with_quotes(ctx, roundup_labels=True)
    # the page lists every coach with his role, then the quotes run together: whose is which is lost
    body = ("Les réactions des entraîneurs après les matchs de samedi soir.\n\n"
            "Le plus heureux : Marcel Dutronc (entraîneur de Nancy)\n\n"
            "Le plus déçu : Paul Berlinet (entraîneur de Metz)\n\n"
            + _FIRST + _SECOND)
    assert quotes_of(ctx, body, "fr") == []  # the labels are the page's only names: nothing attributed
    # near miss: each label above its own quote paragraph names its speaker (quotes@28)
    paired = ("Les réactions des entraîneurs après les matchs de samedi soir.\n\n"
              "Le plus heureux : Marcel Dutronc (entraîneur de Nancy)\n\n" + _FIRST + "\n\n"
              "Le plus déçu : Paul Berlinet (entraîneur de Metz)\n\n" + _SECOND)
    assert quotes_of(ctx, paired, "fr") == [
        ("On a fait un très grand match ce soir et les joueurs ont été admirables", "per:marcel-dutronc"),
        ("Nous avons encaissé deux buts évitables et cela nous coûte la victoire", "per:paul-berlinet")]


def test_a_label_line_stops_the_previous_speaker(ctx: Any) -> None:
    ctx = with_quotes(ctx, roundup_labels=True)
    # the second label's name is one the recogniser may miss at a line's start: never the first coach's
    body = ("Les réactions des Bleus après la défaite.\n\n"
            "Le plus abattu : Marcel Dutronc (entraîneur du XV de France, au micro de TF1)\n\n" + _FIRST + "\n\n"
            "Kévin Oubrayrie-Lasserre (capitaine du XV de France, au micro de TF1)\n\n" + _SECOND)
    got = quotes_of(ctx, body, "fr")
    assert got[0] == ("On a fait un très grand match ce soir et les joueurs ont été admirables", "per:marcel-dutronc")
    assert all(spk != "per:marcel-dutronc" for _, spk in got[1:])
    # near miss: a sentence in marks right after the quote, with no label between, goes on (quotes@27)
    goes_on = ("Les réactions des Bleus après la défaite.\n\n"
               "Le plus abattu : Marcel Dutronc (entraîneur du XV de France, au micro de TF1)\n\n" + _FIRST + "\n\n"
               + _SECOND)
    assert [spk for _, spk in quotes_of(ctx, goes_on, "fr")] == ["per:marcel-dutronc", "per:marcel-dutronc"]
