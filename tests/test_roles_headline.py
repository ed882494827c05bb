"""An office the headline or a caption states for a person the body names is theirs across the
article (entities@69): cleaning cuts those lines from the body, the role goes to the person's first
body mention. Articles invented for the tests, not taken from any evaluation text; each rule has
its near miss."""

from __future__ import annotations

from typing import Any

from veille.model import Article, Removed


def _people(ctx: Any, body: str, title: str, lang: str = "fr", kind: str = "title") -> dict[str, Any]:
    from veille.stages.entities import entities_batch
    from veille.stages.nlp import nlp_batch

    article = Article(id="t", source="t", raw=f"{title}\n\n{body}", body=body, lang=lang, published="2025-06-06",
                      title=title if kind == "title" else None, removed=[Removed(title, kind)])
    nlp_batch([article], ctx)
    entities_batch([article], ctx)
    return {m.text: m for m in article.mentions}


def _titles(m: dict[str, Any], name: str) -> list[str]:
    return [r.title.lower() for r in m[name].roles] if name in m else []


def test_a_french_headline_apposition_gives_the_body_person_the_office(ctx: Any) -> None:
    m = _people(ctx, "Bernard Moreau a dénoncé mardi la réforme des retraites devant les militants.",
                "Bernard Moreau, secrétaire général de la CGT : « Nous ne céderons pas »")
    assert any("secretaire general" in t or "secrétaire général" in t for t in _titles(m, "Bernard Moreau"))


def test_an_english_headline_title_before_the_name_reaches_the_surname(ctx: Any) -> None:
    m = _people(ctx, "Tim Carver told investors on Tuesday that sales would rise. Carver said more.",
                "Acme chief executive Tim Carver sees sales rising", lang="en")
    assert any("chief executive" in t for t in _titles(m, "Tim Carver"))


def test_a_caption_states_an_office_too(ctx: Any) -> None:
    m = _people(ctx, "Paul Girard a présenté mardi les comptes du groupe.",
                "Paul Girard, directeur financier de Michelin, à Paris.", kind="caption")
    assert any("directeur financier" in t for t in _titles(m, "Paul Girard"))


def test_a_headline_name_the_body_lacks_gives_nobody_a_role(ctx: Any) -> None:
    m = _people(ctx, "Paul Girard a présenté mardi les comptes du groupe.",
                "Lise Moreau, directrice financière de Michelin : les comptes")
    assert _titles(m, "Paul Girard") == []
    assert "Lise Moreau" not in m  # no mention is made from a cut line


def test_a_surname_two_body_people_share_names_neither(ctx: Any) -> None:
    m = _people(ctx, "Paul Girard et Anne Girard ont présenté mardi les comptes du groupe.",
                "Girard, directeur financier de Michelin : les comptes")
    assert _titles(m, "Paul Girard") == [] and _titles(m, "Anne Girard") == []


def test_the_other_person_of_an_apposition_chain_keeps_the_title(ctx: Any) -> None:
    m = _people(ctx, "Mary Vance spoke on Tuesday. Carl Brooks did not comment.",
                "Mary Vance, the wife of Foreign Minister Carl Brooks, speaks out", lang="en")
    assert not any("minister" in t for t in _titles(m, "Mary Vance"))
