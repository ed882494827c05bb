"""quotes@24 (issue 18, speakers on unseen news). A verb of going on ("poursuit X", "X continued") names
the definite title that spoke in the quote right before it, and that title wherever else it speaks
unresolved; "à" written for the auxiliary "a" in a French incise. Invented names and sentences,
each beside a near miss."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import quotes_of as _quotes

_FR = ("« Il y a des gens perdus, qui ne comprennent pas ce qui leur arrive », explique le président de la "
       "Chambre. « Certains sont en colère contre les banques », {verb} Julien Marchand, qui veut aider "
       "les éleveurs.\n\nLa cellule reçoit deux appels par jour. « C'est vécu comme un échec par beaucoup "
       "de familles », explique le président de la Chambre.")
_EN = ('"Many people are lost and do not understand what is happening," the chief executive said. '
       '"Some are angry with the banks," Julien Marchand {verb}.\n\nThe helpline gets two calls a day. '
       '"It feels like a failure to many families," the chief executive said.')


@pytest.mark.parametrize(("template", "verb", "lang"), [
    (_FR, "poursuit", "fr"), (_FR, "continue", "fr"), (_EN, "continued", "en"),
])
def test_a_verb_of_going_on_names_the_title_before_it(ctx: Any, template: str, verb: str, lang: str) -> None:
    quotes = _quotes(ctx, template.format(verb=verb), lang)
    assert len(quotes) == 3
    assert [speaker for _, speaker in quotes] == ["per:julien-marchand"] * 3


@pytest.mark.parametrize(("template", "verb", "lang"), [
    # a verb that does not say the same person goes on: a second speaker answers or adds a point
    (_FR, "répond", "fr"), (_FR, "ajoute", "fr"), (_EN, "replied", "en"), (_EN, "added", "en"),
])
def test_near_misses_leave_the_title_unnamed(ctx: Any, template: str, verb: str, lang: str) -> None:
    quotes = _quotes(ctx, template.format(verb=verb), lang)
    assert len(quotes) == 3
    assert quotes[1][1] == "per:julien-marchand"
    assert quotes[0][1] is None


def test_a_naming_phrase_with_its_own_title_is_another_office(ctx: Any) -> None:
    # (the third quote is left to the rules before quotes@24, which read the stated role)
    quotes = _quotes(ctx, _FR.format(verb="poursuit le vice-président"), "fr")
    assert len(quotes) == 3 and quotes[0][1] is None


def test_a_title_of_the_other_gender_is_someone_else(ctx: Any) -> None:
    body = _FR.format(verb="poursuit").replace("le président de la Chambre", "la présidente de la Chambre") \
        .replace("Julien Marchand", "M. Julien Marchand")
    quotes = _quotes(ctx, body, "fr")
    assert len(quotes) == 3 and quotes[0][1] is None and quotes[2][1] is None


@pytest.mark.parametrize("aux", ["a", "à"])
def test_the_auxiliary_written_with_a_grave_accent(ctx: Any, aux: str) -> None:
    body = (f"Le syndicat manifeste jeudi. « Si nous sommes là, c'est que la manifestation répond à un besoin », "
            f"{aux} lâché en préambule Julien Marchand.")
    assert _quotes(ctx, body, "fr") == [("Si nous sommes là, c'est que la manifestation répond à un besoin",
                                         "per:julien-marchand")]


def test_a_preposition_before_an_infinitive_is_no_incise(ctx: Any) -> None:
    body = "« Si nous sommes là, c'est pour le besoin », à déclarer avant jeudi, Julien Marchand en tête."
    assert all(speaker is None for _, speaker in _quotes(ctx, body, "fr"))


_PLAN = "Anna Butler criticised the plan on Monday. "


@pytest.mark.parametrize("opening", ["But she also said", "And she said", "Yet she said", "Still, she said"])
def test_a_conjunction_opening_the_sentence_is_no_subject(ctx: Any, opening: str) -> None:
    body = _PLAN + f"{opening} that the plan would take years to complete."
    assert _quotes(ctx, body, "en") == [("the plan would take years to complete", "per:anna-butler")]


@pytest.mark.parametrize(("sentence", "found"), [
    # a name that begins with the conjunction's letters is the subject
    ("Butler also said that the plan would take years to complete.", True),
    # "It is said": a passive report, no one's words, with or without the conjunction
    ("But it is said that the plan would take years to complete.", False),
])
def test_near_misses_of_the_opening_conjunction(ctx: Any, sentence: str, found: bool) -> None:
    quotes = _quotes(ctx, _PLAN + sentence, "en")
    assert (quotes == [("the plan would take years to complete", "per:anna-butler")]) is found
