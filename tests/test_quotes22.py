"""quotes@22 (issue 18). A nickname in any pair of the marks the entities stage reads inside a
person's name ('Anthony “Ace” Newbold', "Earvin « Magic » Okafor") is no quote and no obstacle to
the name being a speaker: the quotes stage reads those marks through `english.nickname_at`, one
definition with the recogniser's. The parser may split such a French subject in two ("joueur" and
"Okafor"): the verb's second subject right after the first is the rest of its name. And 'said former
coach X' is an inverted incise (spaCy lists "former" as a stop word). Invented names and sentences,
with near misses."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import quotes_of as _quotes
from veille.stages.entities.english import nickname_at, without_nicknames
from veille.stages.quotes.incises import _titled_name


@pytest.mark.parametrize(("body", "lang", "quote", "speaker"), [
    ("L'ancien joueur Earvin « Magic » Okafor a affirmé que « le basket a changé pour toujours ».", "fr",
     "le basket a changé pour toujours", "per:earvin-magic-okafor"),
    ("« Le basket a changé pour toujours », a affirmé Earvin « Magic » Okafor, qui a pris sa retraite.", "fr",
     "Le basket a changé pour toujours", "per:earvin-magic-okafor"),
    ("La chanteuse Casandra « Cassie » Ventura a déclaré : « Je veux être entendue. »", "fr",
     "Je veux être entendue", "per:casandra-cassie-ventura"),
    ("Press Secretary Anthony “Ace” Newbold said: “We will answer every question.”", "en",
     "We will answer every question", "per:anthony-ace-newbold"),
    ('"The game has changed forever," said former player Earvin "Magic" Okafor.', "en",
     "The game has changed forever", "per:earvin-magic-okafor"),
    ('"The game has changed forever," said former coach Dwight Okafor.', "en",
     "The game has changed forever", "per:dwight-okafor"),
])
def test_a_name_with_a_nickname_speaks(ctx: Any, body: str, lang: str, quote: str, speaker: str) -> None:
    assert _quotes(ctx, body, lang) == [(quote, speaker)]


def test_near_misses_keep_their_quotes_and_speakers(ctx: Any) -> None:
    # a dislocated subject and its pronoun: the pronoun is no part of the name
    assert _quotes(ctx, "Le ministre Paul Durand, il a affirmé que « la réforme ira à son terme ».", "fr") \
        == [("la réforme ira à son terme", "per:paul-durand")]
    # marks after a name and a colon hold a quote, not a nickname
    assert _quotes(ctx, "Le ministre Paul Durand a tranché : « Jamais » Marie le saura.", "fr") == []
    # "said first in Washington": a stop word other than "former" and "top" opens no title
    assert _titled_name("former coach Dwight Okafor") and _titled_name("top aide Dwight Okafor")
    assert not _titled_name("first in Washington") and not _titled_name("last week in Washington")


def test_nickname_marks_are_the_recognisers() -> None:
    for text in ("Anthony “Ace” Newbold", "Earvin « Magic » Okafor", "Casandra ‘Cassie’ Ventura",
                 "Earvin 'Magic' Okafor", 'Earvin "Magic" Okafor'):
        opening = text.index(" ") + 1
        assert nickname_at(text, opening) == text.rindex(" ") + 1, text
        assert without_nicknames(text) == text.split()[0] + " " + text.split()[-1]
    # near misses: a quote opening a sentence after a name, a phrase in lower case, marks that are no
    # pair, a colon between the name and the marks, a full stop inside them
    for text in ("told Maria. “Nobody Knows” Smith", "Smith “will resign” Now", "Maria “Ace' Smith",
                 "Paul Durand : « Jamais » Marie", "Paul Durand « Jamais. » Marie"):
        assert all(nickname_at(text, i) is None for i in range(len(text))), text
        assert without_nicknames(text) == text


@pytest.mark.parametrize("body", [
    "Tom Reed's lawyer, Anna Kim, said her client \"denies all the charges\".",
    "Tom Reed's chief of staff, Anna Kim, told reporters: \"The senator will not resign.\"",
    "Tom Reed's lawyer, the former senator Anna Kim, said her client \"denies all the charges\".",
    "\"My client denies all the charges,\" said Tom Reed's longtime lawyer, Anna Kim.",
])
def test_the_name_in_apposition_to_a_possessed_noun_speaks(ctx: Any, body: str) -> None:
    assert [speaker for _, speaker in _quotes(ctx, body, "en")] == ["per:anna-kim"]


@pytest.mark.parametrize("body", [
    # near misses: no name in apposition, the possessor speaks for the phrase; two subjects joined
    "Tom Reed's lawyer said his client \"denies all the charges\".",
    "\"My client denies all the charges,\" said Tom Reed's lawyer, adding that the case was closed.",
])
def test_a_possessed_noun_alone_is_left_as_it_was(ctx: Any, body: str) -> None:
    assert {speaker for _, speaker in _quotes(ctx, body, "en")} == {"per:tom-reed"}
