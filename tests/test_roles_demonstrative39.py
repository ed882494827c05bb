"""Offices stated of someone named before or after by the grammar of French news (entities@90): a
demonstrative noun phrase opening a sentence ("Cet ancien ministre …", "Ce haut fonctionnaire avait
été conseiller régional"), a detached apposition fronted before the sentence's subject ("Maire de X,
âgé de 55 ans, Y a …"), an appointed object's own noun of office ("a nommé le haut-fonctionnaire X
au poste de …"), "ce dernier" as the latter, successive offices joined by "puis", a two-word head
hyphenated, and "P-DG". Sentences invented for the tests, not taken from any evaluation text; each
beside a near miss (a demonstrative that names a thing, two people it could stand for, a fronted
apposition of a place, a person who is the object, a name inside a noun phrase after the verb)."""

from __future__ import annotations

from typing import Any

from conftest import annotate_entities as annotate
from veille.stages.entities.roles_inventory import spellings


def _titles(m: dict[str, Any], name: str) -> list[str]:
    return [r.title for r in m[name].roles or []] if name in m else []


def test_demonstrative_title_and_predicate(ctx: Any) -> None:
    m = annotate(ctx, "Paul Mercier a été arrêté lundi à Tokyo. Cet ancien ministre est soupçonné de fraude.")
    assert _titles(m, "Paul Mercier") == ["ancien ministre"]
    m = annotate(ctx, "Paul Mercier a été entendu lundi par les juges. Ce haut fonctionnaire avait été "
                      "conseiller régional puis conseiller général dans le Sud.")
    assert sorted(_titles(m, "Paul Mercier")) == ["conseiller général", "conseiller régional", "haut fonctionnaire"]


def test_no_office_for_a_demonstrative_of_a_thing_or_of_two_people(ctx: Any) -> None:
    # "Cette décision" names no person: the minister's office is someone else's
    m = annotate(ctx, "Paul Mercier a présenté le projet mardi. Cette décision a été saluée par le ministre.")
    assert _titles(m, "Paul Mercier") == []
    # two men named before: either may be meant
    m = annotate(ctx, "Paul Mercier a rencontré Marc Roy mardi. Ce haut fonctionnaire a été conseiller régional.")
    assert _titles(m, "Paul Mercier") == [] and _titles(m, "Marc Roy") == []
    # the demonstrative takes up the noun phrase of the sentence before, not the person named there
    m = annotate(ctx, "Paul Mercier restera en place le temps que le parti se trouve un nouveau chef. "
                      "Ce nouveau chef sera alors désigné premier ministre.")
    assert _titles(m, "Paul Mercier") == []


def test_a_fronted_apposition_is_the_subjects(ctx: Any) -> None:
    m = annotate(ctx, "Maire de Vierzon, âgé de 55 ans et membre du parti Les Républicains, Paul Mercier "
                      "avait été chargé du dossier.")
    assert [(r.title, r.of) for r in m["Paul Mercier"].roles or []] == [("Maire", "loc:vierzon")]
    # near misses: a place's apposition is no person's office; the person is the verb's object
    m = annotate(ctx, "Paris, capitale de la France, accueille le sommet. Paul Mercier est arrivé lundi.")
    assert _titles(m, "Paul Mercier") == []
    m = annotate(ctx, "Ancien ministre, le sénateur a reçu Paul Mercier lundi à Lyon.")
    assert _titles(m, "Paul Mercier") == []


def test_an_appointed_objects_own_noun(ctx: Any) -> None:
    m = annotate(ctx, "L'Élysée a annoncé vendredi que le président avait nommé le haut-fonctionnaire "
                      "Paul Mercier au poste de Premier ministre.")
    assert sorted(_titles(m, "Paul Mercier")) == ["Premier ministre", "haut-fonctionnaire"]
    # near miss: the name is inside the object's noun phrase, not the object
    m = annotate(ctx, "Le président a nommé le frère de Paul Mercier au poste de ministre de la Culture.")
    assert _titles(m, "Paul Mercier") == []


def test_ce_dernier_is_the_latter(ctx: Any) -> None:
    m = annotate(ctx, "Marc Roy a été remplacé mardi par Paul Mercier. Ce dernier était directeur général de Danone.")
    assert _titles(m, "Paul Mercier") == ["directeur général"] and _titles(m, "Marc Roy") == []


def test_two_word_heads_read_hyphenated_and_p_dg(ctx: Any) -> None:
    out = spellings({"haut fonctionnaire": None, "vice president": "vice president", "higher-up": None})
    assert out["haut-fonctionnaire"] is None and out["vice-president"] == "vice president"
    assert "higher up" not in out  # a hyphenated head is not read as two words of a sentence
    m = annotate(ctx, "Marc Roy, P-DG de Danone, a démenti lundi.")
    assert _titles(m, "Marc Roy") == ["P-DG"]
