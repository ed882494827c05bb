"""entities@107: French roles on unseen news (issue 18). A gapped list after a coordination of titles
("X devient ministre A et porte-parole B, Y ministre C"), the predecessor of "succède à Y à la tête
de", the only holder after a copula ("il est l'unique délégué syndical"), a pronoun after a short
phrase and a colon ("Et pour cause : il est …") and a place's department in parentheses in the phrase
opening the antecedent's sentence. Sentences invented for the tests, not taken from any evaluation
text; each beside near misses (what must not change)."""

from __future__ import annotations

from typing import Any

import pytest

from veille.stages.entities.roles_context import _PRONOUN, COPULA
from veille.stages.entities.roles_predicate import _coordinated_predicate
from veille.stages.entities.text import fold_same_length


def _titles(mentions: dict[str, Any], name: str) -> list[str]:
    return [r.title for r in mentions[name].roles] if name in mentions else []


def test_coordinated_predicate() -> None:
    s = fold_same_length("Claire Martin devient ministre du Travail et porte-parole du gouvernement, Marie Lebrun")
    assert _coordinated_predicate(s, s.index("porte-parole")) is not None


@pytest.mark.parametrize("text", [
    # a comma closes the clause of the verb: the second title may be someone else's apposition
    "Claire Martin devient ministre du Travail, et porte-parole du gouvernement, Marie Lebrun",
    # a determiner after "et" opens a new subject ("et le président du Sénat, Y, salue")
    "Claire Martin devient ministre du Travail et le porte-parole du gouvernement, Marie Lebrun",
    # no verb of appointment nor copula
    "Claire Martin a reçu le ministre du Travail et porte-parole du gouvernement, Marie Lebrun",
])
def test_no_coordinated_predicate(text: str) -> None:
    s = fold_same_length(text)
    assert _coordinated_predicate(s, s.index("porte-parole")) is None


def test_gapped_list_after_coordinated_titles(ctx: Any) -> None:
    from conftest import annotate_entities

    mentions = annotate_entities(ctx, "Prisca Durand devient ministre du renouveau démocratique et porte-parole du "
                                 "Gouvernement, Marie Lebec ministre chargée des relations avec le Parlement.")
    lebec = _titles(mentions, "Marie Lebec")
    assert any("relations avec le Parlement" in t for t in lebec), lebec
    assert not any("porte-parole" in t for t in lebec), lebec  # the first item's title is not hers
    assert any("porte-parole" in t for t in _titles(mentions, "Prisca Durand"))


def test_succeeds_at_the_head_gives_the_predecessor_the_office(ctx: Any) -> None:
    from conftest import annotate_entities

    mentions = annotate_entities(ctx, "Paul Martin succède à Jacques Roux à la tête de la Banque de France.")
    assert _titles(mentions, "Jacques Roux") == ["chef"]
    assert _titles(mentions, "Paul Martin") == ["chef"]


def test_taking_the_head_gives_no_one_else_the_office(ctx: Any) -> None:
    # near miss: a person named after the office taken, not by "succède à"
    from conftest import annotate_entities

    mentions = annotate_entities(ctx, "Paul Martin a pris la tête de la Banque de France, où travaillait Jacques Roux.")
    assert _titles(mentions, "Jacques Roux") == []


def test_the_only_holder_after_a_copula() -> None:
    assert COPULA.search(fold_same_length("Il est l'unique ")) is not None
    assert COPULA.search(fold_same_length("Il est le seul ")) is not None
    # near miss: a verb that is no copula before "l'unique"
    assert COPULA.search(fold_same_length("Il a rencontré l'unique ")) is None


def test_pronoun_after_a_colon_opens_its_sentence() -> None:
    assert _PRONOUN.search("Bertrand Gromard connaît les syndicats. Et pour cause : il est ") is not None
    # near miss: a lowercase pronoun inside a clause is no sentence's subject
    m = _PRONOUN.search("Bertrand Gromard connaît les syndicats qu'il a ")
    assert m is None or not m.group("fronted")


def test_pronoun_copula_the_only_delegate(ctx: Any) -> None:
    from conftest import annotate_entities

    mentions = annotate_entities(
        ctx, "Le couperet est tombé vendredi. Les confédérations ont obtenu leur certificat. A Villeneuve-la-Garenne "
        "(Hauts-de-Seine), Bertrand Gromard connaît bien les combats syndicaux, tout seul. Et pour cause : il est "
        "l'unique délégué syndical de sa société.")
    assert any("délégué syndical" in t for t in _titles(mentions, "Bertrand Gromard"))


def test_meeting_the_only_delegate_is_no_office(ctx: Any) -> None:
    # near miss: the pronoun is the subject of another verb; the delegate is someone else
    from conftest import annotate_entities

    mentions = annotate_entities(ctx, "Bertrand Gromard connaît bien les combats syndicaux. Et pour cause : il a "
                                 "rencontré l'unique délégué syndical de sa société.")
    assert not any("délégué" in t for t in _titles(mentions, "Bertrand Gromard"))


def test_a_complement_is_no_subject_of_the_appointment(ctx: Any) -> None:
    from conftest import annotate_entities

    mentions = annotate_entities(ctx, "Claire Vautier, un temps pressentie à Matignon avant d’être doublée par Anne "
                                 "Borel a été nommée ministre du Travail.")
    assert any("ministre du Travail" in t for t in _titles(mentions, "Claire Vautier"))
    assert _titles(mentions, "Anne Borel") == []


def test_the_subject_after_an_opening_phrase_keeps_the_post(ctx: Any) -> None:
    # near miss: a name after "Selon" and its comma is no complement of the verb; the subject stays the nearest
    from conftest import annotate_entities

    mentions = annotate_entities(ctx, "Selon Paul Durand, Marc Petit a été nommé directeur de l'école.")
    assert any("directeur" in t for t in _titles(mentions, "Marc Petit"))
    assert _titles(mentions, "Paul Durand") == []
