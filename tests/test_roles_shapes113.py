"""entities@113 (issue 18): four French and English shapes of appositions and titles, each beside the
near misses that must not change. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import annotate_entities as annotate
from conftest import check_titles


def _roles(ctx: Any, body: str, lang: str, name: str) -> list[tuple[str, str | None]]:
    return [(r.title, r.of) for r in annotate(ctx, body, lang)[name].roles]


@pytest.mark.parametrize("lang,body,titles", [
    # a plural title distributed over names that carry their portfolio in brackets
    ("fr", "Les ministres Bruno Retailleau (Intérieur), Didier Migaud (Justice) et Rachida Dati (Culture) "
           "étaient présents.",
     {"Bruno Retailleau": "ministre de l'Intérieur", "Didier Migaud": "ministre de la Justice",
      "Rachida Dati": "ministre de la Culture"}),
    ("fr", "Les ministres Gérald Darmanin (Intérieur) et Éric Dupond-Moretti (Justice) sont à Marseille.",
     {"Gérald Darmanin": "ministre de l'Intérieur", "Éric Dupond-Moretti": "ministre de la Justice"}),
    # near miss: brackets holding a party are no portfolio; the list reader is left as it was
    ("fr", "Les députés Jean Dupont (LR) et Paul Martin (PS) ont voté contre.",
     {"Jean Dupont": "députés", "Paul Martin": None}),
    # near miss: a plural title already with its portfolios is read as before
    ("fr", "Les ministres de l'Intérieur et de la Justice, Gérald Darmanin et Éric Dupond-Moretti, sont venus.",
     {"Gérald Darmanin": "ministres de l'Intérieur et de la Justice",
      "Éric Dupond-Moretti": "ministres de l'Intérieur et de la Justice"}),
])
def test_bracketed_portfolios(ctx: Any, lang: str, body: str, titles: dict[str, str | None]) -> None:
    check_titles(ctx, body, lang, titles)


@pytest.mark.parametrize("lang,body,titles", [
    # the title closes the opening phrase's name; the name after it opens the main clause
    ("fr", "Selon Bruno Retailleau, le ministre de l'Intérieur, Jean Dupont a menti.",
     {"Bruno Retailleau": "ministre de l'Intérieur", "Jean Dupont": None}),
    ("en", "According to Keir Starmer, the prime minister, John Smith lied.",
     {"Keir Starmer": "prime minister", "John Smith": None}),
    # near miss: the name after the title is set off by commas, so the title is its
    ("fr", "Selon Jean Dupont, le ministre de l'Intérieur, Bruno Retailleau, a démissionné.",
     {"Jean Dupont": None, "Bruno Retailleau": "ministre de l'Intérieur"}),
    # near miss: no one named in the opening phrase
    ("fr", "Selon le quotidien, le ministre de l'Intérieur, Bruno Retailleau, a démissionné.",
     {"Bruno Retailleau": "ministre de l'Intérieur"}),
])
def test_opening_phrase_apposition(ctx: Any, lang: str, body: str, titles: dict[str, str | None]) -> None:
    check_titles(ctx, body, lang, titles)


def test_a_day_word_is_no_part_of_the_organisation(ctx: Any) -> None:
    body = "Tedros Adhanom Ghebreyesus, le directeur général de l'OMS lundi, a alerté sur l'épidémie."
    mentions = annotate(ctx, body, "fr")
    role = mentions["Tedros Adhanom Ghebreyesus"].role
    assert role is not None and role.title == "directeur général"
    assert role.of == mentions["OMS"].entity and "lundi" not in (role.of or "")
    assert "OMS lundi" not in mentions


def test_a_capitalised_word_after_the_name_stays_the_names(ctx: Any) -> None:
    # near miss: a capitalised "Samedi" may be a name's word; only the lowercase day words are cut
    body = "Paul Durand, le président de Renault Samedi, a parlé."
    assert _roles(ctx, body, "fr", "Paul Durand") == [("président", "org:renault-samedi")]


@pytest.mark.parametrize("lang,body,titles", [
    # an office sought: the election is the title's complement
    ("fr", "Jean-Luc Mélenchon, candidat à la présidentielle, a tenu un meeting à Lyon.",
     {"Jean-Luc Mélenchon": "candidat à la présidentielle"}),
    ("fr", "Le candidat à la présidentielle Jean-Luc Mélenchon a tenu un meeting à Lyon.",
     {"Jean-Luc Mélenchon": "candidat à la présidentielle"}),
    ("fr", "Valérie Pécresse, candidate aux législatives, a tenu un meeting à Lyon.",
     {"Valérie Pécresse": "candidate aux législatives"}),
    ("fr", "Jean-Luc Mélenchon, candidat à l'élection présidentielle, a tenu un meeting à Lyon.",
     {"Jean-Luc Mélenchon": "candidat à l'élection présidentielle"}),
    # near miss: "à" before a common noun after a title is still the verb's
    ("fr", "Emmanuel Macron, président de la République, a parlé aux journalistes.",
     {"Emmanuel Macron": "président de la République"}),
])
def test_election_complements(ctx: Any, lang: str, body: str, titles: dict[str, str | None]) -> None:
    check_titles(ctx, body, lang, titles)
