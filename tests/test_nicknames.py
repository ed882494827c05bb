"""A person named with a nickname in quotation marks inside the name (entities@33, issue 18): the
given name, the nickname and the surname are one person's name, in English (the people rules, no
English model) and in French (spaCy's French model, stopped by the marks); the quote stage then gives
the surname's quotes to that person. Invented sentences, with near misses."""

from __future__ import annotations

from typing import Any

from conftest import quoted_article


def test_a_nickname_in_any_pair_of_marks_after_a_given_name() -> None:
    from veille.stages.entities.english import load_given_names, nicknamed

    body = ("Press Secretary Anthony “Ace” Newbold spoke. Earvin 'Magic' Okafor left. Marvin « Marvelous » "
            "Hagler won. Joaquín « El Chapo » Guzmán fled. "
            # near misses: a quoted phrase after a name, a quote opening a sentence after one, marks
            # that are no pair, and a first word that is no given name
            "The minister Peter Smith “will resign” soon. He told Maria. “Nobody Knows” Smith said. "
            "Maria “Ace' Smith. Zorblax “Vision” Pro sold well.")
    found = [m.group() for m in nicknamed(body, load_given_names())]
    assert found == ["Anthony “Ace” Newbold", "Earvin 'Magic' Okafor", "Marvin « Marvelous » Hagler",
                     "Joaquín « El Chapo » Guzmán"]


def test_an_english_name_with_a_nickname_is_one_person_whose_surname_speaks(ctx: Any) -> None:
    body = ("Press Secretary Anthony “Ace” Newbold announced the plan today.\n\n"
            "“Once a quarter you will have an opportunity to question the prime minister,” Newbold said.")
    article = quoted_article(ctx, body, "en")
    people = {m.text: m.entity for m in article.mentions if m.type == "PER"}
    assert set(people) == {"Anthony “Ace” Newbold", "Newbold"}
    assert people["Newbold"] == people["Anthony “Ace” Newbold"]
    (quote,) = article.quotes
    assert quote.speaker == people["Newbold"]


def test_near_misses_leave_the_english_name_as_it_was(ctx: Any) -> None:
    body = ("The minister Peter Smith “will resign” soon, aides said.\n\n"
            "“I will not go before the end of the year,” Smith said.")
    article = quoted_article(ctx, body, "en")
    assert {m.text for m in article.mentions if m.type == "PER"} == {"Peter Smith", "Smith"}
    body = "The jury heard Maria. “Nobody Knows” Smith is a film."
    article = quoted_article(ctx, body, "en")
    assert not any("“" in m.text for m in article.mentions)


def test_a_french_name_with_a_nickname_is_one_person(ctx: Any) -> None:
    article = quoted_article(ctx, "Le secrétaire de presse Anthony « Ace » Newbold a annoncé la mesure mardi.", "fr")
    assert [(m.text, m.type) for m in article.mentions] == [("Anthony « Ace » Newbold", "PER")]
    article = quoted_article(ctx, "Le boxeur Marvin « Marvelous » Hagler est mort samedi.", "fr")
    assert [(m.text, m.type) for m in article.mentions] == [("Marvin « Marvelous » Hagler", "PER")]
    # near miss: a quoted phrase after a name stays out of it
    article = quoted_article(ctx, "Le ministre Jean-Marc Dupont « va démissionner », selon ses proches.", "fr")
    assert "Jean-Marc Dupont" in {m.text for m in article.mentions if m.type == "PER"}
