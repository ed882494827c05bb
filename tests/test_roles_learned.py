"""The learned French role reader (entities@30, issue 18, `roles_learned`): a common noun the parse
ties to a person's name is their role when the model says so, for the mentions no title pattern
gave one; the noun need not be listed anywhere (its word vector looks like a title's head).
Sentences invented for the tests, not taken from any evaluation text; each case has its near miss."""

from __future__ import annotations

from typing import Any

from conftest import annotate_entities as annotate
from conftest import held_role as held


def test_an_unlisted_title_beside_a_name_is_read_from_the_parse(ctx: Any) -> None:
    # "formateur" (who forms a Belgian government) is in no lexicon: the patterns give no role
    m, role = held(ctx, "Paul Roux", "Le formateur Paul Roux a rencontré le roi.")
    assert role.title == "formateur" and role.of is None
    m, role = held(ctx, "Paul Roux", "Paul Roux, le régisseur du théâtre, a parlé.")
    assert role.title == "régisseur du théâtre"
    # near misses: a noun for who one is to someone, or where one lives, is no role
    m = annotate(ctx, "Paul Roux, le voisin de Marie Durand, a témoigné.")
    assert m["Paul Roux"].role is None and m["Marie Durand"].role is None
    m = annotate(ctx, "Paul Roux, un habitant de Namur, a parlé.")
    assert m["Paul Roux"].role is None
    m = annotate(ctx, "Anne Roux, l'épouse de Paul Durand, a témoigné.")
    assert m["Anne Roux"].role is None and m["Paul Durand"].role is None
    # a name after "de" is what the title is of, never its holder
    m = annotate(ctx, "Le fondateur de Zorblax, Paul Roux, a parlé.")
    assert m["Zorblax"].role is None
    # a title coordinated with a name by "et" is the first name's, not the second's
    m, role = held(ctx, "Luc Petit", "Le président Luc Petit et Paul Roux ont parlé.")
    assert role.title == "président"
    assert m["Paul Roux"].role is None


def test_the_lexical_model_ranks_unlisted_title_heads_above_other_nouns(ctx: Any) -> None:
    from veille.stages.entities.roles_learned import FEATURES, french_heads, model, noun_score
    from veille.stages.nlp import french_model

    weights = model()
    assert weights["features"] == list(FEATURES)  # the file fits the code: else retrain
    heads, _ = french_heads()
    vocab = french_model(ctx).vocab
    for title, other in (("formateur", "table"), ("régisseur", "fenêtre"), ("bâtonnier", "voisin"), ("chambellan", "mari")):
        assert title not in heads
        assert noun_score(vocab[title].vector, weights["noun"]) > noun_score(vocab[other].vector, weights["noun"])
