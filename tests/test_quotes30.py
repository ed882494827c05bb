"""quotes@30 (twenty-sixth session, helper quo29, issue 18): French classes found on the tuning part
of eval/quotes_pool's French batch q97-q120 (party, NGO, union and government statements), written
as constraints of the language: 'se dire' with an attribute reports a stance ("se dit surpris de
…"); the agent of a passive reporting participle names the speaker ("les raisons évoquées par X sont
: « … »"); the euphonic t of an inversion ("a-t-il") is no subject; the closed class of sentence
adverbs between an auxiliary and its participle ("Il a ainsi annoncé") is no part of the subject; a
sentence that ends right after its closing mark is a sentence in marks. Invented sentences, each
with a near miss."""

from __future__ import annotations

from typing import Any

from conftest import quoted_article, quotes_of


def test_se_dire_with_an_attribute_is_a_statement(ctx: Any) -> None:
    got = quotes_of(ctx, "Le syndicat agricole se dit inquiet de la baisse des prix du lait dans la région.")
    assert [t for t, _ in got] == ["inquiet de la baisse des prix du lait dans la région"]
    art = quoted_article(ctx, "La ministre s'est dite, profondément, choquée des propos tenus par le député.")
    assert [(q.text, q.speaker_text) for q in art.quotes] == [("choquée des propos tenus par le député", "La ministre")]
    # near misses: the impersonal 'il se dit que' (a rumour) and a bare attribute are no statement
    assert quotes_of(ctx, "Il se dit que le projet sera abandonné.") == []
    assert quotes_of(ctx, "Le club se dit prêt.") == []


def test_the_agent_of_a_passive_reporting_participle_is_the_speaker(ctx: Any) -> None:
    body = ("Les arguments avancés par le porte-parole du syndicat sont : « Nous refusons de signer un "
            "accord qui sacrifie les emplois du site. »")
    art = quoted_article(ctx, body)
    assert [q.speaker_text for q in art.quotes] == ["le porte-parole du syndicat"]
    # near miss: with no agent the subject before the colon stays the speaker
    art = quoted_article(ctx, "Le porte-parole du syndicat a déclaré : « Nous refusons de signer cet accord. »")
    assert [q.speaker_text for q in art.quotes] == ["Le porte-parole du syndicat"]


def test_the_euphonic_t_is_no_subject(ctx: Any) -> None:
    body = ("Pierre Martin a été élu président. \"Cette victoire nous oblige\", a-t-il affirmé, soulignant "
            "qu'il allait \"proposer à l'opposition de travailler avec la majorité\".")
    got = quotes_of(ctx, body)
    assert got[-1][0].endswith("proposer à l'opposition de travailler avec la majorité")
    assert got[-1][1] == "per:pierre-martin"


def test_a_sentence_adverb_after_the_auxiliary_is_no_part_of_the_subject(ctx: Any) -> None:
    body = ("Jean Durand a présenté son budget. Il a ainsi annoncé la création \"d'un fonds de soutien aux "
            "petites entreprises du territoire\".")
    assert [spk for _, spk in quotes_of(ctx, body)] == ["per:jean-durand"]
    # near miss: the adverbs before the auxiliary were always left out
    body = ("Jean Durand a présenté son budget. Il a annoncé la création \"d'un fonds de soutien aux "
            "petites entreprises du territoire\".")
    assert [spk for _, spk in quotes_of(ctx, body)] == ["per:jean-durand"]
