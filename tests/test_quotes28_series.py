"""quotes@28 (twenty-fifth session, helper quo27): classes of eval/quotes_pool's q83-q96 tuning
pages, written as invented sentences with near misses: quotes in a series sharing one incise
("« A », « B » a tonné X"), a statement and its author presenting the words after a colon ("une
déclaration du conseiller X : « … »"), a transcript's one-time label and an answer's next lines,
the deictic day adverbs between an English verb and "that", and incise verbs of order and threat."""

from __future__ import annotations

from typing import Any

from conftest import quotes_of, with_quotes


def test_quotes_in_a_series_share_the_incise_after_the_last(ctx: Any) -> None:
    body = ("Le débat a repris mardi. « Nous irons jusqu'au bout de cette réforme des retraites », "
            "« elle est juste et nécessaire pour le pays », a affirmé la ministre Clara Duval.")
    # `quotes.quote_series` is off by default (quotes@31): the first of the series takes no incise
    assert ("Nous irons jusqu'au bout de cette réforme des retraites", "per:clara-duval") not in quotes_of(ctx, body, "fr")
    ctx = with_quotes(ctx, quote_series=True)
    assert quotes_of(ctx, body, "fr") == [
        ("Nous irons jusqu'au bout de cette réforme des retraites", "per:clara-duval"),
        ("elle est juste et nécessaire pour le pays", "per:clara-duval")]
    body = ('The vote was close. "We will not back down on this bill", "the people deserve better than '
            'this", Senator Mary Holloway said on Monday.')
    assert [spk for _, spk in quotes_of(ctx, body, "en")] == ["per:mary-holloway", "per:mary-holloway"]
    # near misses: a title in a series takes no incise from the series (the last mark's own incise is
    # older behaviour), and a series with no incise after it has no speaker
    texts = [t for t, _ in quotes_of(ctx, "Le kiosque vend « Le Monde », « Le Figaro », a indiqué Paul Remy.", "fr")]
    assert "Le Monde" not in texts
    miss = "Le débat a repris. « Nous irons jusqu'au bout de cette réforme », « elle est juste » et la séance a repris."
    assert quotes_of(ctx, miss, "fr") == []  # no speaker on the page: nothing attributed


def test_a_statement_and_its_author_before_the_colon(ctx: Any) -> None:
    body = ("Au sortir de la séance, nous avons recueilli une déclaration du conseiller d'État Marc Vautier : "
            "« La confiance avec les habitants n'est pas rompue. »")
    # `quotes.statement_author` is off by default (quotes@31)
    assert all(spk != "per:marc-vautier" for _, spk in quotes_of(ctx, body, "fr"))
    ctx = with_quotes(ctx, statement_author=True)
    assert quotes_of(ctx, body, "fr") == [
        ("La confiance avec les habitants n'est pas rompue", "per:marc-vautier")]
    # near miss: a clause after the statement's noun ("… est arrivé :") presents nothing
    miss = "Le communiqué du maire Marc Vautier est arrivé lundi : « Nous avons reçu de nombreuses plaintes. »"
    assert quotes_of(ctx, miss, "fr") == []  # no other speaker on the page: nothing attributed


def test_a_transcripts_one_time_label_and_an_answers_next_lines(ctx: Any) -> None:
    body = ("NCAA ROUNDS\n\nQ.  How important was that?\n"
            "JACK DORSEY:  Super important.  Eight turnovers, and we still had to make plays late.\n"
            "I knew I could go back and play defense and box out and rebound.\n\n"
            "Q.  Would you analyze their guard play for us?\n"
            "OWEN PRICE:  They play in transition all game long, and their point guard is very athletic.\n\n"
            "Q.  Any thoughts on their bigs?\n"
            "JACK DORSEY:  They love to pound it inside and they scored forty points in the paint.")
    ctx = with_quotes(ctx, transcript_labels=True)
    got = [(text[:20], spk) for text, spk in quotes_of(ctx, body, "en")]
    assert [t for t, _ in got] == ["Super important.  Ei", "I knew I could go ba", "They play in transit",
                                   "They love to pound i"]
    # near miss: a one-word label that never comes back is a heading, not a speaker
    miss = "UPDATE: The meeting was moved to Thursday because of the storm warnings in the region."
    assert quotes_of(ctx, miss, "en") == []


def test_a_day_adverb_between_the_verb_and_that(ctx: Any) -> None:
    body = "The Ministry of Oil confirmed today that the work of all the companies in Basra is going on."
    assert [t for t, _ in quotes_of(ctx, body, "en")] == ["the work of all the companies in Basra is going on"]


def test_incise_verbs_of_order_and_threat(ctx: Any) -> None:
    body = ("Des cris ont éclaté dans la salle. « À l'ordre, s'il vous plaît, à l'ordre tout de suite ! », "
            "sommait le président de séance, Greg Fernand.")
    assert quotes_of(ctx, body, "fr") == [
        ("À l'ordre, s'il vous plaît, à l'ordre tout de suite !", "per:greg-fernand")]
