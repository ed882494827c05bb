"""Quotes stage, quotes@15 (issue 18): constructions found missing on unseen news
(eval/quotes_pool), each beside a near miss. The sentences are written for these tests from the
grammar of news reporting; none comes from an evaluation text."""

from __future__ import annotations

from typing import Any

import pytest
from tests.test_quotes_grammar import one, quotes

P = "PER"


# -- a quote over several paragraphs, attributed only in its last one

def test_paragraphs_that_run_on_into_the_attributed_one(ctx: Any) -> None:
    text = ("The minister answered his critics on Monday.\n\n"
            "“The opposition has no plan for the hospitals. It never had one.\n\n"
            "“Our budget puts more money into care than any budget before it.\n\n"
            "“We will keep our promises,” Dr Walsh said.")
    got = quotes(ctx, text, "en", {"Dr Walsh": (P, "w")})
    for snippet in ("no plan for the hospitals", "more money into care", "keep our promises"):
        assert one(got, snippet)[1] == "w"


def test_french_paragraphs_that_run_on_into_the_attributed_one(ctx: Any) -> None:
    text = ("La maire a répondu mardi.\n\n"
            "« Nous avons tenu tous nos engagements envers les habitants.\n\n"
            "« Le budget de la ville reste à l'équilibre », a déclaré Claire Martin.")
    got = quotes(ctx, text, "fr", {"Claire Martin": (P, "cm")})
    assert one(got, "tenu tous nos engagements")[1] == "cm"
    assert one(got, "reste à l'équilibre")[1] == "cm"


def test_a_run_broken_by_a_paragraph_of_narrative(ctx: Any) -> None:
    # near miss: prose between the open paragraph and the attributed one ends the run
    text = ("“The opposition has no plan for the hospitals. It never had one.\n\n"
            "The debate went on late into the night.\n\n"
            "“We will keep our promises,” Dr Walsh said.")
    got = quotes(ctx, text, "en", {"Dr Walsh": (P, "w")})
    assert not any("no plan" in q for q, _, _ in got)
    assert one(got, "keep our promises")[1] == "w"


def test_an_open_paragraph_with_no_attributed_one_after_it(ctx: Any) -> None:
    # near miss: the next paragraph is in marks but has no attribution of its own
    text = ("“The opposition has no plan for the hospitals. It never had one.\n\n"
            "“Nobody in this town believes them any more.”")
    got = quotes(ctx, text, "en")
    assert not any(spk for _, spk, _ in got)


# -- "in X's words": a speaker named with no reporting verb

@pytest.mark.parametrize("text,lang", [
    ("In Okafor’s words: “We are not fighting anyone. We only want the roads to be built.”", "en"),
    ("In the words of Okafor, “we are not fighting anyone, we only want the roads to be built.”", "en"),
    ("Pour reprendre les mots de Okafor : « Nous ne combattons personne, nous voulons des routes. »", "fr"),
])
def test_in_the_words_of(ctx: Any, text: str, lang: str) -> None:
    got = quotes(ctx, text, lang, {"Okafor": (P, "ok")})
    assert len(got) == 1 and got[0][1] == "ok"


def test_in_other_words_names_no_one(ctx: Any) -> None:
    got = quotes(ctx, "In other words: “We are not fighting anyone. We only want the roads to be built.”", "en")
    assert not any(spk or who for _, spk, who in got)


# -- a pronoun before a colon after a fronted adverbial

@pytest.mark.parametrize("text,lang,speaker", [
    ("Le club a gagné.\n\nConcernant la suite du championnat, il appelle à la prudence : « Il ne faut pas croire "
     "que ce sera facile. »", "fr", "il"),
    ("The club won.\n\nAsked about the next game, she was blunt: “We have to defend much better than this.”",
     "en", "she"),
])
def test_a_colon_pronoun_after_a_fronted_adverbial(ctx: Any, text: str, lang: str, speaker: str) -> None:
    got = quotes(ctx, text, lang)
    assert len(got) == 1 and got[0][2] == speaker


def test_a_fronted_adverbial_before_a_noun_is_no_pronoun(ctx: Any) -> None:
    # near miss: the subject after the adverbial is a noun phrase with no reporting verb
    got = quotes(ctx, "Concernant la suite, le calendrier est chargé : « trois matchs en huit jours ».", "fr")
    assert not any(who == "il" for _, _, who in got)


# -- French incise verbs of the attack and mood register

@pytest.mark.parametrize("verb", ["a attaqué", "a taclé", "a balayé", "a raillé", "a cinglé"])
def test_french_attack_verbs_in_an_incise(ctx: Any, verb: str) -> None:
    got = quotes(ctx, f"« Ces chiffres ne veulent rien dire pour les familles », {verb} le procureur.", "fr")
    assert one(got, "ne veulent rien dire")[2] == "le procureur"


def test_an_attack_verb_with_its_subject_is_no_incise(ctx: Any) -> None:
    # near miss: the verb has its own subject and object, an act and not a reported statement
    got = quotes(ctx, "Après trois jours de siège, l'armée a attaqué la ville par le nord.", "fr")
    assert got == []
