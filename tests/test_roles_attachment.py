"""Titles attached across an incise, a pronoun or an appointing verb's anaphoric owner (entities@43),
each with the near misses that must give no role. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import annotate_entities as annotate


def _role(ctx: Any, body: str, name: str, lang: str) -> tuple[str, str | None] | None:
    role = annotate(ctx, body, lang)[name].role
    return (role.title, role.of) if role is not None else None


@pytest.mark.parametrize("lang,body,name,title", [
    # a relative clause or a participial phrase between the subject and its copula
    ("en", "Mary Jones, who took office in 2020, is the chief executive of Acme Corp.", "Mary Jones",
     "chief executive"),
    ("fr", "Paul Durand, arrivé lundi à Lyon, est le directeur général de Renault.", "Paul Durand",
     "directeur général"),
    # a pronoun whose antecedent follows a short opening phrase
    ("en", "On Monday, Mary Jones met reporters. She is the chief executive of Acme Corp.", "Mary Jones",
     "chief executive"),
    # a verb of holding an office after a pronoun
    ("en", "Mary Jones met reporters. She previously served as the chief executive of Acme Corp.", "Mary Jones",
     "chief executive"),
    # the pronoun's sex picks one of two people
    ("fr", "Paul Durand a rencontré Mme Claire Martin à Rennes. Elle est la présidente de la région Bretagne.",
     "Claire Martin", "présidente de la région"),
])
def test_attached_across_the_sentence(ctx: Any, lang: str, body: str, name: str, title: str) -> None:
    role = _role(ctx, body, name, lang)
    assert role is not None and role[0] == title


def test_an_appointing_verbs_anaphoric_owner(ctx: Any) -> None:
    body = "Acme Corp also named Sam Lee as the company's chief operating officer."
    assert _role(ctx, body, "Sam Lee", "en") == ("chief operating officer", "org:acme-corp")


@pytest.mark.parametrize("lang,body,name", [
    # the incise names someone else: whose office it is is not plain
    ("en", "Mary Jones, who met John Smith on Monday, is the chief executive of Acme Corp.", "Mary Jones"),
    # the person is a complement, not the subject
    ("en", "The wife of John Smith, who died in 2020, is the mayor of Springfield.", "John Smith"),
    # two people of one sex (the honorifics): the pronoun could stand for either
    ("fr", "M. Paul Durand a rencontré M. Jean Leroy à Rennes. Il est le président de la région Bretagne.",
     "Paul Durand"),
    # (the given names: two men)
    ("fr", "Paul Durand a rencontré Jean Leroy à Rennes. Il est le président de la région Bretagne.",
     "Jean Leroy"),
    # the pronoun's sex is no one's named before
    ("fr", "M. Paul Durand a rencontré des élus à Rennes. Elle est la présidente de la région Bretagne.",
     "Paul Durand"),
    # a person named inside an opening phrase, not the subject
    ("fr", "Le ministre de l'Intérieur a reçu Jean Dupont. Il est le maire de Lyon.", "Jean Dupont"),
])
def test_near_misses_attach_nothing(ctx: Any, lang: str, body: str, name: str) -> None:
    assert _role(ctx, body, name, lang) is None
