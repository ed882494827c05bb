"""quotes@23 (issue 18). A sentence about a person right before a quote with no attribution of its
own: a short one with no reporting verb ("Anna Kim, however, disagreed.") hands the quote to its
subject, not to whoever spoke before; with no attributed quote before it, a quote paragraph of
whole sentences after such a sentence, or after one whose reporting verb has a long complement
("La ministre a particulièrement insisté sur …"), is found and is the subject's. Invented names
and sentences, each beside a near miss."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import quotes_of as _quotes
from veille.model import Article
from veille.stages.entities import entities_batch
from veille.stages.nlp import nlp_batch
from veille.stages.quotes import quotes_batch

_EN = 'Paul Durand backed the plan. "It is a good deal," he said.\n\n'
_FR = "Paul Durand soutient le projet. « C'est un bon accord », a-t-il dit.\n\n"


@pytest.mark.parametrize(("body", "lang", "quote", "speaker"), [
    (_EN + 'Anna Kim, however, disagreed. "It is a bad deal for workers."', "en", "It is a bad deal for workers",
     "per:anna-kim"),
    (_EN + 'Anna Kim, however, disagreed.\n\n"It is a bad deal for workers."', "en", "It is a bad deal for workers",
     "per:anna-kim"),
    # a man after a man: no pronoun's gender tells them apart
    (_FR + "Marc Lenoir, lui, reste sceptique. « C'est un mauvais accord pour les salariés. »", "fr",
     "C'est un mauvais accord pour les salariés", "per:marc-lenoir"),
])
def test_a_short_sentence_of_stance_hands_the_quote_on(ctx: Any, body: str, lang: str, quote: str,
                                                       speaker: str) -> None:
    assert _quotes(ctx, body, lang)[1] == (quote, speaker)


@pytest.mark.parametrize(("body", "lang"), [
    # the person is the object, not the subject
    (_EN + 'He thanked Anna Kim for her work. "It is a fair deal for workers."', "en"),
    (_FR + "Il a remercié Anna Kim pour son travail. « C'est un accord juste pour les salariés. »", "fr"),
    # a name in a complement of the subject ("the son of …"), before a tonic pronoun too
    (_FR + "Le fils de Marc Lenoir, lui, reste sceptique. « C'est un mauvais accord pour les salariés. »", "fr"),
    (_EN + 'The son of Marc Lenoir, however, disagreed. "It is a bad deal for workers."', "en"),
    # a short sentence that narrates an action (an object, an adverbial), no stance
    (_EN + 'Anna Kim visited the plant on Monday. "It is a fair deal for workers."', "en"),
    (_FR + "Marc Lenoir a visité l'usine lundi. « C'est un accord juste pour les salariés. »", "fr"),
    # a long sentence that narrates about her
    (_EN + "Anna Kim was elected to the board in 2019 after a long campaign against the former owners of "
     'the plant. "It is a fair deal for workers."', "en"),
])
def test_near_misses_keep_the_earlier_speaker(ctx: Any, body: str, lang: str) -> None:
    quotes = _quotes(ctx, body, lang)
    assert len(quotes) == 2 and quotes[1][1] == "per:paul-durand"


@pytest.mark.parametrize(("body", "lang", "quote"), [
    ("Le conseil s'est réuni lundi. Anna Kim, elle, se montre plus prudente.\n\n"
     "« C'est un mauvais accord pour les salariés. »", "fr", "C'est un mauvais accord pour les salariés"),
    ('The board met on Monday. Anna Kim, however, disagreed. "It is a bad deal for workers."', "en",
     "It is a bad deal for workers"),
    ("Le conseil s'est réuni lundi. La ministre Anna Kim a particulièrement insisté sur la baisse du chômage "
     "dans les régions du nord.\n\n« Quand on regarde les chiffres depuis sept ans, on a réussi à battre "
     "toutes les autres régions. »", "fr", "on a réussi à battre toutes les autres régions"),
    ("The board met on Monday. Labour minister Anna Kim stressed the fall in unemployment across the "
     'northern regions.\n\n"When you look at the figures over seven years, we have beaten every other region."',
     "en", "we have beaten every other region"),
])
def test_a_quote_paragraph_after_its_speakers_sentence(ctx: Any, body: str, lang: str, quote: str) -> None:
    quotes = _quotes(ctx, body, lang)
    assert len(quotes) == 1 and quote in quotes[0][0] and quotes[0][1] == "per:anna-kim"


@pytest.mark.parametrize(("body", "lang"), [
    # no person is the subject of the sentence before
    ("Le conseil s'est réuni lundi. Le texte sera examiné en commission.\n\n"
     "« C'est un mauvais accord pour les salariés. »", "fr"),
    # a long sentence with no reporting verb narrates
    ("The board met on Monday. Anna Kim was elected to the board in 2019 after a long campaign against the "
     'former owners of the plant.\n\n"When you look at the figures, we have beaten every other region."', "en"),
    # a quote that does not end its paragraph is a phrase inside prose
    ("Le conseil s'est réuni lundi. Anna Kim, elle, se montre plus prudente. « Un accord de façade pour "
     "les salariés » selon les syndicats du site.", "fr"),
])
def test_near_misses_find_no_quote(ctx: Any, body: str, lang: str) -> None:
    assert all(s != "per:anna-kim" for _, s in _quotes(ctx, body, lang))


def test_bulleted_quotes_under_a_sentence_that_names_their_speaker(ctx: Any) -> None:
    body = ("La syndicaliste Anna Kim a détaillé lundi ses revendications.\n\n"
            "- « Nous voulons un salaire juste pour chaque salarié du site. »\n"
            "- « Nous voulons des conditions sûres dans chaque usine. »")
    assert [s for _, s in _quotes(ctx, body, "fr")] == ["per:anna-kim", "per:anna-kim"]
    # near misses: a list of items in prose above the quote, and no person as the subject
    prose = ("La syndicaliste Anna Kim a détaillé lundi ses revendications.\n\n"
             "- un salaire juste pour chaque salarié du site ;\n"
             "- « Nous voulons des conditions sûres dans chaque usine. »")
    assert _quotes(ctx, prose, "fr") == []
    nobody = ("Le texte prévoit plusieurs mesures.\n\n"
              "- « Un salaire juste pour chaque salarié du site. »\n"
              "- « Des conditions sûres dans chaque usine du groupe. »")
    assert _quotes(ctx, nobody, "fr") == []


@pytest.mark.parametrize(("body", "lang"), [
    ("« Il ne faut pas croire que ce sera facile », a prévenu l'entraîneur Marc Lenoir.\n\n"
     "L'objectif reste clair et collectif : « On continue d'avancer, de progresser étape par étape. »", "fr"),
    ('"It will not be easy," coach Marc Lenoir warned.\n\n'
     'The message was simple: "We keep moving forward, step by step."', "en"),
])
def test_a_clause_that_names_no_one_before_a_colon_goes_on(ctx: Any, body: str, lang: str) -> None:
    quotes = _quotes(ctx, body, lang)
    assert len(quotes) == 2 and quotes[1][1] == "per:marc-lenoir"


@pytest.mark.parametrize(("body", "lang"), [
    # written words, not the last speaker's
    ('"It will not be easy," coach Marc Lenoir warned.\n\nThe banner read: "We keep moving forward, step by step."',
     "en"),
    # a clause whose subject is another person: not the last speaker's
    ("« Il ne faut pas croire que ce sera facile », a prévenu l'entraîneur Marc Lenoir.\n\n"
     "Le président du club reste prudent : « On continue d'avancer, de progresser étape par étape. »", "fr"),
])
def test_a_colon_clause_with_a_text_or_a_person_is_no_continuation(ctx: Any, body: str, lang: str) -> None:
    # (quotes@44) the clause's person subject ("Le président du club") is the quote's speaker: the quote
    # may be found, never as the last speaker's
    speakers = [s for _, s in _quotes(ctx, body, lang)]
    assert speakers[0] == "per:marc-lenoir" and "per:marc-lenoir" not in speakers[1:]


_STATEMENT = "le suspect aurait agi seul"
_SOURCE = "une source proche de l'enquête"


@pytest.mark.parametrize("body", [
    f"Selon {_SOURCE}, {_STATEMENT}.",
    f"D'après {_SOURCE}, {_STATEMENT}.",
    f"{_STATEMENT.capitalize()}, selon {_SOURCE}.",
])
def test_a_source_whose_complement_names_a_text_is_a_speaker(ctx: Any, body: str) -> None:
    article = Article(id="t", source="t", raw=body, body=body, lang="fr")
    nlp_batch([article], ctx)
    entities_batch([article], ctx)
    quotes_batch([article], ctx)
    assert [(q.text.casefold(), q.speaker_text) for q in article.quotes] == [(_STATEMENT, _SOURCE)]


@pytest.mark.parametrize("body", [
    # the source's head is a text: sourcing, no speaker (as before)
    "Selon l'enquête de la police, le suspect aurait agi seul ce soir-là.",
    "Selon le rapport des enquêteurs, le suspect aurait agi seul ce soir-là.",
    "Selon des sondages récents, le suspect serait le plus mal aimé du pays.",
])
def test_a_source_headed_by_a_text_stays_no_speaker(ctx: Any, body: str) -> None:
    assert _quotes(ctx, body, "fr") == []
