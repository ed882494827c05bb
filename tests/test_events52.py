"""events@52: a place governed by a preposition ("traveled to Geneva to meet X") is where, or
whither, not a subject: word order takes it for no core argument."""

from __future__ import annotations

from typing import Any

from test_events_english import article, ctx, events  # noqa: F401  (the module's fixture)


def test_destination_is_no_subject(ctx: Any) -> None:  # noqa: F811
    got = events("The suspects had traveled to Geneva to meet with Jane Smith.", ctx)
    assert not any("Q_ge" in s | t for _, s, t, _, _ in got), got


def test_place_subject_still_acts(ctx: Any) -> None:  # noqa: F811
    # near miss: a place right before the trigger with no preposition is its subject
    got = events("Geneva condemned Acme on Monday.", ctx)
    assert any("Q_ge" in s for _, s, _, _, _ in got), got


def test_named_coup_probe(ctx: Any) -> None:  # noqa: F811
    got = events("Despite calling his act an attempted coup, the court failed to impeach Jane Smith by five votes.", ctx)
    # the coup is what the court calls his act: the court, the main clause's subject, is not its target
    assert not any(t == "COERCE" for t, _, _, _, _ in got), got


def test_fronted_clause_subject_controls(ctx: Any) -> None:  # noqa: F811
    got = events("After meeting Jane Smith, Acme said on Monday the talks went well.", ctx)
    # near miss: the meeting keeps both its sides
    assert any(t == "CONSULT" and {"Q_acme", "Q_smith"} <= s | g for t, s, g, _, _ in got), got


def test_unfronted_sentence_unchanged(ctx: Any) -> None:  # noqa: F811
    # near miss: no fronted clause, the name after the trigger stays its target
    got = events("Acme condemned Jane Smith, the court said.", ctx)
    assert any("Q_smith" in t for _, _, t, _, _ in got), got
