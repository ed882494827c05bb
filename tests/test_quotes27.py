"""quotes@27 (twenty-third session): classes of eval/quotes_pool's q57-q70 tuning pages, written as
invented sentences with near misses: an opening adverbial with no comma before the subject ("After
the final the coach replied, “…”"), transcripts whose turns are labelled "R.- / Q.-" (the guest the
host greets in the opening turn) or by a name alone on a line in capitals, "exposer" as an incise
verb, an unmarked statement closed by "X has said" or by "X reported citing …" after a clause,
"It further added" (the adverb is no part of the subject; "It" right after a statement's words is
that statement)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import quoted_article, quotes_of, said


def test_an_adverbial_with_no_comma_runs_into_the_subject(ctx: Any) -> None:
    body = ("Rosa Delgado, the coach of the home side, spoke after the final.\n\n"
            "After the final the coach replied, “We were only focusing on this game and we will start again tomorrow.”")
    assert quotes_of(ctx, body, "en") == [
        ("We were only focusing on this game and we will start again tomorrow", "per:rosa-delgado")]
    # near miss: an adverbial and no noun phrase after it names no one ("the final" is its object)
    miss = "Rosa Delgado spoke later.\n\nAfter the final, “We were only focusing on this game and nothing else.”"
    assert all(spk != "per:rosa-delgado" or "final" not in text for text, spk in quotes_of(ctx, miss, "en"))


@pytest.mark.parametrize(("body", "texts", "speaker", "near_miss"), [
    pytest.param(
        "Texte intégral\nP. Durand.- Avec J. Morvan, ce matin, nous allons parler du plan. Comment cela s'est-il passé ?\n"
        "R.- En fait, il y avait les deux. La journée d'hier a été très importante pour tout le monde.\n"
        "Q.- Ils n'ont pas été tenus à l'extérieur, comme certains ont pu le dire ?\n"
        "R.- Ce n'est pas mon genre. Je préfère discuter avec tout le monde, sans exception.",
        ["En fait, il y avait les deux. La journée d'hier a été très importante pour tout le monde",
         "Ce n'est pas mon genre. Je préfère discuter avec tout le monde, sans exception"],
        lambda spk: spk is not None and "morvan" in spk,
        # near miss: one line with ".-" is an abbreviation in prose, no transcript
        "Réf.- Le document de la commission a été publié mardi par la mairie.",
        id="answers_are_the_guests_the_host_greets"),
    pytest.param(
        "Texte intégral\nPAUL DURAND\nBienvenue sur notre antenne, et bonjour Éloïse de VALMONT-ARCY.\n"
        "ELOISE DE VALMONT-ARCY\nBonjour.\nPAUL DURAND\nLa polémique est-elle derrière vous ?\n"
        "ELOISE DE VALMONT-ARCY\nJe pense que l'on vit un moment où le débat politique est très vif.\n"
        "PAUL DURAND\nNous allons en parler, bien sûr.\n"
        "ELOISE DE VALMONT-ARCY\nUn pays qui a été mis à l'épreuve depuis deux ans tient bon.",
        ["Je pense que l'on vit un moment où le débat politique est très vif",
         "Un pays qui a été mis à l'épreuve depuis deux ans tient bon"],
        lambda spk: spk == "per:eloise-de-valmont-arcy",
        # near miss: headings in capitals that come back name no person the text speaks of
        "LIRE AUSSI\nLe conseil municipal a voté le budget de la ville mardi soir.\nA LA UNE\n"
        "Les travaux de la gare commenceront au printemps prochain.\nLIRE AUSSI\nLa piscine rouvre ses portes "
        "après deux ans de fermeture.\nA LA UNE\nLe marché de Noël ouvrira le premier décembre.",
        id="capital_labels_name_who_speaks"),
])
def test_a_french_transcripts_turns_are_quoted_by_who_speaks(ctx: Any, body: str, texts: list[str],
                                                             speaker: Callable[[str | None], bool],
                                                             near_miss: str) -> None:
    """A transcript's answers ("R.-" turns: the guest the host greets) or turns under a name alone
    on a line in capitals are quoted, each by that speaker."""
    got, speakers = said(ctx, body, "fr")
    assert got == texts
    assert all(speaker(spk) for spk in speakers)
    assert quotes_of(ctx, near_miss, "fr") == []


def test_exposer_is_an_incise_verb(ctx: Any) -> None:
    body = ("« Les suspects ont nié toute participation au cours de leur garde à vue », détaille le procureur. "
            "« Même si l'enquête n'est pas terminée, on peut se satisfaire de ces arrestations », "
            "expose le commissaire Jean Mangin.")
    got = quotes_of(ctx, body, "fr")
    assert got[-1] == ("Même si l'enquête n'est pas terminée, on peut se satisfaire de ces arrestations",
                       "per:jean-mangin")


def test_an_unmarked_statement_closed_by_a_perfect_or_a_cited_report(ctx: Any) -> None:
    body = ("The former governor has not endorsed any candidate in the race, his spokesman John Miller has said. "
            "After leaving the company, the former chief executive sold most of his shares, The Financial Times "
            "reported citing people familiar with the matter.")
    got = [t for t, _ in quotes_of(ctx, body, "en")]
    assert got == ["The former governor has not endorsed any candidate in the race",
                   "After leaving the company, the former chief executive sold most of his shares"]
    # near miss: a clause before the comma with nothing reporting it after
    assert quotes_of(ctx, "After leaving the company, the former chief executive sold most of his shares.", "en") == []


def test_a_further_is_no_part_of_the_subject(ctx: Any) -> None:
    body = ('Mayor Anna Berg spoke on Monday. She said, "We will rebuild the bridge this year." '
            'She further added, "The works will start in the spring and end before winter."')
    got = quotes_of(ctx, body, "en")
    assert got[-1] == ("The works will start in the spring and end before winter", "per:anna-berg")


def test_it_after_a_statements_words_is_the_statement(ctx: Any) -> None:
    body = ('The statement issued by the Harbour Board said, "The port will stay closed until the storm has passed." '
            'It further added, "Ships already at anchor will be moved to the northern basin tonight."')
    got = [(q.text, q.speaker_text) for q in quoted_article(ctx, body, "en").quotes]
    assert got[-1][1] == "The statement issued by the Harbour Board"
    # near miss: "it" after a person's words is no statement ("It" stays what it was)
    miss = ('Anna Berg said, "The port will stay closed until the storm has passed." '
            'It further added, "Ships already at anchor will be moved to the northern basin tonight."')
    assert [q.speaker_text for q in quoted_article(ctx, miss, "en").quotes][-1] != "Anna Berg"
