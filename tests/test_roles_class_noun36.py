"""Roles (entities@81, issue 18): a title's complement named by a common noun of its class and then
its name ("directeur de l'ONG Amnesty International", "chief executive of the charity Oxfam"), that
noun later standing for the organisation it introduced, and post-nominal letters between a name and
its apposition ("X, MD, the chief medical officer"). Sentences written for the tests from the
constructions, not taken from any evaluation text; each rule beside its near miss."""

from __future__ import annotations

from typing import Any

from veille.model import Article


def _roles(ctx: Any, body: str, lang: str) -> dict[str, list[tuple[str, str | None]]]:
    from veille.stages.entities import entities_batch
    from veille.stages.nlp import nlp_batch

    article = Article(id="t", source="t", raw=body, body=body, lang=lang, published="2025-06-06")
    nlp_batch([article], ctx)
    entities_batch([article], ctx)
    out: dict[str, list[tuple[str, str | None]]] = {}
    for m in article.mentions:
        out.setdefault(m.text, []).extend((r.title.lower(), r.of) for r in m.roles)
    return out


def _holds(roles: dict[str, list[tuple[str, str | None]]], name: str, word: str, of: str | None) -> bool:
    return any(word in title and (of is None or (o is not None and of in o)) for title, o in roles.get(name, []))


# A class noun, then the name: the name is what the title is of


def test_a_french_ngo_named_after_its_class_noun_is_the_title_of(ctx: Any) -> None:
    r = _roles(ctx, "Paul Girard, directeur de l'ONG Amnesty International, a dénoncé le projet.", "fr")
    assert _holds(r, "Paul Girard", "directeur", "amnesty-international")


def test_an_association_named_with_its_own_article(ctx: Any) -> None:
    r = _roles(ctx, "Paul Girard, président de l'association Les Amis de la Terre, a dénoncé le projet.", "fr")
    assert _holds(r, "Paul Girard", "president", "amis-de-la-terre") or _holds(
        r, "Paul Girard", "président", "amis-de-la-terre")


def test_an_english_title_before_its_holder_runs_over_the_class_noun_and_the_name(ctx: Any) -> None:
    r = _roles(ctx, "The chief executive of the charity Oxfam, Paul Girard, said aid was blocked.", "en")
    assert _holds(r, "Paul Girard", "chief executive", "oxfam")


def test_near_miss_a_class_noun_with_no_name_after_it_names_nothing(ctx: Any) -> None:
    # a comma closes the complement: "Oxfam" later in the sentence is no apposition to "charity"
    r = _roles(ctx, "Paul Girard, chief executive of the charity, said Oxfam would help.", "en")
    assert not any(o is not None and "oxfam" in o for _, o in r.get("Paul Girard", []))


def test_the_class_noun_later_is_the_organisation_it_introduced(ctx: Any) -> None:
    r = _roles(ctx, "L'ONG Amnesty International a publié mardi un rapport. « C'est grave », a déclaré "
                    "la directrice de l'ONG, Marie Dupont.", "fr")
    assert _holds(r, "Marie Dupont", "directrice", "amnesty-international")


def test_near_miss_an_organisation_the_noun_never_introduced_is_not_taken(ctx: Any) -> None:
    # the article names Amnesty International without the noun: "l'ONG" does not point at it
    r = _roles(ctx, "Amnesty International a publié mardi un rapport. « C'est grave », a déclaré "
                    "la directrice de l'ONG, Marie Dupont.", "fr")
    assert not any(o is not None and "amnesty" in o for _, o in r.get("Marie Dupont", []))


# Post-nominal letters between the name and its apposition


def test_a_degree_between_name_and_apposition_leaves_the_title_the_names(ctx: Any) -> None:
    r = _roles(ctx, "Anna Berger, MD, the chief medical officer of Acme Health, said cases were rising.", "en")
    assert _holds(r, "Anna Berger", "chief medical officer", "acme-health")


def test_two_degrees_and_a_generational_suffix(ctx: Any) -> None:
    r = _roles(ctx, "Paul Girard, Jr., the mayor of Springfield, opened the bridge. Michael Apkon, MD, PhD, "
                    "president of Tufts Medical Center, will retire.", "en")
    assert _holds(r, "Paul Girard", "mayor", None)
    assert _holds(r, "Michael Apkon", "president", "tufts-medical-center")


def test_near_miss_a_name_between_commas_is_no_post_nominal(ctx: Any) -> None:
    # a list of names: the title is the last one's only
    r = _roles(ctx, "Anna Berger, Paul Girard, the mayor of Springfield, opened the bridge.", "en")
    assert _holds(r, "Paul Girard", "mayor", None)
    assert r.get("Anna Berger", []) == []


# An office handed over: the predecessor held it, the successor holds it


def test_the_predecessor_named_before_as_holds_the_office(ctx: Any) -> None:
    r = _roles(ctx, "Paul Girard succeeded Anna Berger as chief executive of Acme in May.", "en")
    assert _holds(r, "Anna Berger", "chief executive", "acme")
    assert _holds(r, "Paul Girard", "chief executive", "acme")


def test_a_french_replacement_gives_both_the_office(ctx: Any) -> None:
    r = _roles(ctx, "Paul Girard remplace Anna Berger comme sélectionneur des Bleus.", "fr")
    assert _holds(r, "Anna Berger", "sélectionneur", None) and _holds(r, "Paul Girard", "sélectionneur", None)


def test_the_passive_replacement_gives_both_the_office(ctx: Any) -> None:
    r = _roles(ctx, "Frédéric Moreau sera remplacé au poste de directeur financier par Paul Girard.", "fr")
    assert _holds(r, "Frédéric Moreau", "directeur financier", None)
    assert _holds(r, "Paul Girard", "directeur financier", None)
    r = _roles(ctx, "Frederic Moreau was replaced by Paul Girard as head coach last week.", "en")
    assert _holds(r, "Frederic Moreau", "coach", None) and _holds(r, "Paul Girard", "coach", None)


def test_near_miss_a_predecessor_with_no_office_after_him_takes_none(ctx: Any) -> None:
    # entities@93: "…, succeeding X" after the office the clause gives its subject states that X held
    # it (GUIDELINES: an office handed over counts for the one who leaves it; eval/roles_pool's
    # "en remplacement d'Édouard Philippe"), so X now holds it too; with no office, no one holds one
    r = _roles(ctx, "Acme appointed Paul Girard as its new managing director, succeeding Anna Berger.", "en")
    assert _holds(r, "Paul Girard", "managing director", None)
    assert _holds(r, "Anna Berger", "managing director", None)
    r = _roles(ctx, "Frederic Moreau was replaced by Paul Girard last week.", "en")
    assert r.get("Frederic Moreau", []) == [] and r.get("Paul Girard", []) == []
