"""French public bodies named by a lowercase head noun and a capitalised complement (entities@35,
issue 18): "le ministère de l'Intérieur", "le parquet de Paris", "le tribunal correctionnel de
Nanterre" are one ORG each, head included, and a quote the body gives has it as speaker. Invented
sentences, with near misses."""

from __future__ import annotations

from typing import Any

from veille.model import Article
from veille.stages.entities import entities_batch
from veille.stages.nlp import nlp_batch
from veille.stages.quotes import quotes_batch


def _run(ctx: Any, body: str) -> Article:
    article = Article(id="t", source="t", raw=body, body=body, lang="fr")
    nlp_batch([article], ctx)
    entities_batch([article], ctx)
    return article


def _orgs(ctx: Any, body: str) -> list[str]:
    return [m.text for m in _run(ctx, body).mentions if m.type == "ORG"]


def test_a_lowercase_head_and_a_capitalised_complement_name_one_body(ctx: Any) -> None:
    assert _orgs(ctx, "Le parquet de Valmont a ouvert une enquête mardi.") == ["parquet de Valmont"]
    assert _orgs(ctx, "Il sera jugé par le tribunal correctionnel de Nanterre en mars.") == [
        "tribunal correctionnel de Nanterre"]
    assert _orgs(ctx, "Le ministère marocain de l’Intérieur a publié un bilan.") == [
        "ministère marocain de l’Intérieur"]
    # a portfolio in any case, and the state whose ministry it is
    assert _orgs(ctx, "Selon le ministère de l’intérieur, vingt personnes ont été interpellées.") == [
        "ministère de l’intérieur"]
    assert _orgs(ctx, "Le ministère de la Défense du Cambodge a démenti toute frappe.") == [
        "ministère de la Défense du Cambodge"]


def test_near_misses_are_no_public_body(ctx: Any) -> None:
    # a person after the head ("le ministère de Rachida Dati" is hers, no name of it), a lowercase
    # complement that is no portfolio, and a noun that heads no public body
    article = _run(ctx, "Le ministère de Rachida Dati a publié un rapport.")
    assert [(m.text, m.type) for m in article.mentions] == [("Rachida Dati", "PER")]
    assert _orgs(ctx, "Le parquet de chêne de la salle a été refait.") == []
    assert _orgs(ctx, "Le conseil des gouverneurs de la Banque de Valmont se réunit.") == ["Banque de Valmont"]
    # a title that states the body as its own words keeps it (entities@24: "présidente du tribunal
    # correctionnel", of Valmont)
    article = _run(ctx, "La présidente du tribunal correctionnel de Valmont, Anne Vial, a tranché.")
    assert not any(m.text.startswith("tribunal") for m in article.mentions)


def test_a_public_body_speaks(ctx: Any) -> None:
    body = ("Le scrutin a eu lieu samedi. Vingt mille bulletins ont été déclarés nuls, selon le ministère "
            "de l’Intérieur.")
    article = _run(ctx, body)
    quotes_batch([article], ctx)
    ministry = next(m.entity for m in article.mentions if m.text == "ministère de l’Intérieur")
    assert [q.speaker for q in article.quotes] == [ministry]
