"""Quotes stage, quotes@48 (issue 18, quo45): British single quotes (a closing sign after the incise's comma,
an opening sign left open after a colon or at a paragraph's start), answers set under a press conference's
topic lines ("Sur le match :"), and a statement, speech or transcript presented by a sentence with a full stop
("Here's a full transcript of her statement.") whose words are its author's, each beside a near miss. The
sentences are invented for these tests; none comes from an evaluation corpus."""

from __future__ import annotations

from typing import Any

import pytest
from tests.quotes_support import BROWN, Said, check
from tests.test_quotes_grammar import quotes

from veille.stages.quotes.text import marked_spans

HOLLIS = {"Jane Hollis": ("PER", "per:jh")}
LENOIR = {"Marc Lenoir": ("PER", "per:ml")}

# -- British single quotes

SINGLE = [
    # a closing sign after the comma of the incise that follows it
    Said("Jane Hollis spoke outside the town hall on Friday.\n\n‘I will leave the job that it has been the honour of "
         "my life to hold,’ Jane Hollis said.", "en", HOLLIS,
         found=(("I will leave the job that it has been the honour of my life to hold", "per:jh", "Jane Hollis"),)),
    # the paragraph after it, in single quotes with no incise of its own, goes on with her words
    Said("Jane Hollis spoke outside the town hall on Friday.\n\n‘I will leave the job that it has been the honour of "
         "my life to hold,’ Jane Hollis said.\n\n‘I do so with no ill-will, but with enormous gratitude to the town.’",
         "en", HOLLIS, speakers={"I do so with no ill-will": "per:jh"}),
    # an opening sign after a colon, never closed on its line: the quote runs to the line's end
    Said("Jane Hollis spoke outside the town hall on Friday.\n\nJane Hollis added: ‘It is, and will always remain, a "
         "matter of deep regret to me that the bridge was not built.\n\n‘It will be for my successor to finish it.’",
         "en", HOLLIS, speakers={"a matter of deep regret": "per:jh", "for my successor to finish": "per:jh"}),
]


@pytest.mark.parametrize("case", SINGLE)
def test_british_single_quotes(ctx: Any, case: Said) -> None:
    check(ctx, case)


def test_single_signs_that_are_no_quotes() -> None:
    # near misses: elisions and possessives, a ‘ inside a line after a word, a plural possessive after a comma
    for line in ("The leaders’ meeting ended, the mayor’s aides said.", "C’est l’homme qu’il fallait, dit-il.",
                 "The ‘Big Apple’ is a nickname, and the city’s own.", "He said ‘no way’ and left."):
        assert [m for m in marked_spans(line) if m.open_ended] == [], line
    # the left-open sign must open a paragraph or follow a colon
    assert [m for m in marked_spans("He said so ‘Then we left the town in a hurry.") if m.open_ended] == []
    assert [m.open_ended for m in marked_spans("She added: ‘It is over.")] == [True]


# -- a press conference's answers under topic lines

TOPICS = [
    # the topic line and the answer on one line
    Said("Marc Lenoir s'est livré en conférence de presse après la victoire.\n\n« Nous avons été solides du début à la "
         "fin », a déclaré Marc Lenoir.\n\nSur Dupont : « Il a beaucoup de dynamisme, il est capable de défendre et "
         "d'attaquer. »", "fr", LENOIR, speakers={"beaucoup de dynamisme": "per:ml"}),
    Said("Marc Lenoir s'est livré en conférence de presse après la victoire.\n\n« Nous avons été solides du début à la "
         "fin », a déclaré Marc Lenoir.\n\nSur Dupont :\n\n« Il a beaucoup de dynamisme, il est capable de défendre et "
         "d'attaquer. »", "fr", LENOIR, speakers={"beaucoup de dynamisme": "per:ml"}),
    Said("Marc Lenoir spoke after the win.\n\n\"We were solid from start to finish,\" Marc Lenoir said.\n\nOn Dupont:"
         "\n\n\"He has a lot of energy and he can defend and attack.\"", "en", LENOIR,
         speakers={"a lot of energy": "per:ml"}),
]

TOPIC_NEAR_MISSES = [
    # "Pour X :" names a source, not a topic: the quote is X's, not the previous speaker's
    Said("Marc Lenoir s'est livré en conférence de presse après la victoire.\n\n« Nous avons été solides du début à la "
         "fin », a déclaré Marc Lenoir.\n\nPour Paul Brown :\n\n« Il a beaucoup de dynamisme, il est capable de "
         "défendre. »", "fr", {**LENOIR, **BROWN}, speakers={"beaucoup de dynamisme": "per:pb"}),
    # the same on the answer's own line; "Pour Noël :" says what for, not who
    Said("Marc Lenoir s'est livré en conférence de presse après la victoire.\n\n« Nous avons été solides du début à la "
         "fin », a déclaré Marc Lenoir.\n\nPour Paul Brown : « Il a beaucoup de dynamisme, il est capable de "
         "défendre. »", "fr", {**LENOIR, **BROWN}, speakers={"beaucoup de dynamisme": "per:pb"}),
    Said("Le maire a présenté le programme des fêtes.\n\nPour Noël :\n\n« Nous installerons une patinoire sur la place "
         "du marché. »", "fr", anonymous=True),
    # a topic phrase inside a sentence that goes on before the colon is no topic line
    Said("Marc Lenoir s'est livré en conférence de presse après la victoire.\n\n« Nous avons été solides du début à la "
         "fin », a déclaré Marc Lenoir.\n\nSur Dupont, Paul Brown a tranché :\n\n« Il a beaucoup de dynamisme, il est "
         "capable de défendre. »", "fr", {**LENOIR, **BROWN}, not_by=(("per:ml", "beaucoup de dynamisme"),)),
]


@pytest.mark.parametrize("case", TOPICS + TOPIC_NEAR_MISSES)
def test_answers_under_topic_lines(ctx: Any, case: Said) -> None:
    check(ctx, case)


# -- a statement presented by a sentence with a full stop

PRESENTED = [
    Said("Jane Hollis resigned on Friday.\n\nHere's a full transcript of her resignation statement.\n\n\"Ever since I "
         "first stepped through that door, I was driven to make this town work for everyone.\n\n\"I have done my best "
         "to do that.", "en", HOLLIS,
         speakers={"Ever since I first stepped": "per:jh", "I have done my best": "per:jh"}),
    Said("Marc Lenoir a démissionné vendredi.\n\nVoici l'intégralité de son discours.\n\n« Depuis le premier jour, "
         "j'ai voulu que cette ville fonctionne pour tous ses habitants. »", "fr", LENOIR,
         speakers={"Depuis le premier jour": "per:ml"}),
    Said("Marc Lenoir a démissionné vendredi.\n\nVoici le texte du discours de Marc Lenoir.\n\n« Depuis le premier "
         "jour, j'ai voulu que cette ville fonctionne pour tous ses habitants. »", "fr", LENOIR,
         speakers={"Depuis le premier jour": "per:ml"}),
]

PRESENTED_NEAR_MISSES = [
    # no presenting word: a sentence about a speech presents nothing
    Said("Jane Hollis resigned on Friday.\n\nThe transcript of her statement was widely shared.\n\n\"Ever since I "
         "first stepped through that door, I was driven to make this town work for everyone.", "en", HOLLIS,
         not_by=(("per:jh", "Ever since I first"),)),
    # a statement by a titled person named in it is that person's, not the name the title completes
    Said("Jane Hollis was charged on Friday.\n\nHere is the full statement of Paul Brown, her lawyer.\n\n\"My client "
         "has always denied every one of these charges and will fight them.", "en", {**HOLLIS, **BROWN},
         not_by=(("per:jh", "My client has always"),)),
    # a lawyer's statement is the lawyer's, not the person named before
    Said("Jane Hollis was charged on Friday.\n\nHere is the full text of her lawyer's statement.\n\n\"My client has "
         "always denied every one of these charges and will fight them.", "en", HOLLIS,
         not_by=(("per:jh", "My client has always"),)),
]


@pytest.mark.parametrize("case", PRESENTED + PRESENTED_NEAR_MISSES)
def test_a_statement_presented_with_a_full_stop(ctx: Any, case: Said) -> None:
    check(ctx, case)


# -- an interview printed with no labels

DUPRE = {"Claire Dupré": ("PER", "per:cd")}

INTERVIEWS = [
    # the guest presented before the first question, two questions each answered
    Said("Claire Dupré, maire de la ville, était face à la presse lundi. Ci-dessous ses réponses aux questions des "
         "journalistes.\nLe budget sera-t-il voté avant l'été ?\nLe budget sera voté en juin, comme chaque année "
         "depuis mon élection.\nQuel est votre sentiment sur la fermeture de l'usine ?\nCe qui est désolant, c'est "
         "que personne n'a prévenu les salariés à temps.", "fr", DUPRE,
         speakers={"Le budget sera voté en juin": "per:cd", "Ce qui est désolant": "per:cd"},
         absent=("Le budget sera-t-il voté", "Quel est votre sentiment")),
    # answers in marks under the questions of an "Interview de X"
    Said("Interview de Claire Dupré, candidate aux municipales\n\nQuelle est votre profession ?\n« Je suis "
         "infirmière depuis vingt ans à l'hôpital de la ville »\n\nPourquoi vous présentez-vous ?\n« Pour servir "
         "mes concitoyens et réparer les écoles du centre »", "fr", DUPRE,
         speakers={"infirmière depuis vingt ans": "per:cd", "Pour servir mes concitoyens": "per:cd"}),
    # one question that addresses the guest by name
    Said("Claire Dupré, en politique, vous êtes ce qu'on appelle une hyperactive ; c'est quoi, selon vous, "
         "l'opposition ?\n\nD'abord, c'est surveiller le travail de la majorité et ce qui n'est pas fait.", "fr",
         DUPRE, speakers={"surveiller le travail": "per:cd"}),
]

INTERVIEW_NEAR_MISSES = [
    # an explainer's questions as subheadings: no guest presented, the paragraphs are the reporter's
    Said("Claire Dupré a présenté lundi la réforme du stationnement.\n\nQue contient le texte ?\nLe texte prévoit "
         "une hausse des tarifs dans le centre et la gratuité le dimanche.\n\nQuand entrera-t-il en vigueur ?\nLa "
         "réforme entrera en vigueur le premier janvier dans tous les quartiers.", "fr", DUPRE,
         absent=("Le texte prévoit", "La réforme entrera")),
    # a presented guest with a single question: not yet an interview
    Said("Claire Dupré, maire de la ville, a répondu à nos questions.\nLe budget sera-t-il voté avant l'été ?\nLe "
         "budget sera voté en juin, comme chaque année depuis mon élection.", "fr", DUPRE,
         absent=("Le budget sera voté en juin",)),
]


@pytest.mark.parametrize("case", INTERVIEWS + INTERVIEW_NEAR_MISSES)
def test_an_interview_with_no_labels(ctx: Any, case: Said) -> None:
    check(ctx, case)


# -- a participial clause between the subject and its reporting verb

PARTICIPIAL = [
    Said("Prosecutor Jane Hollis, noting that the defence had accused the state of villainizing the banker, said he "
         "is “not a monster, but someone who committed very serious crimes.”", "en", HOLLIS,
         found=(("the defence had accused the state of villainizing the banker", "per:jh", "Prosecutor Jane Hollis"),),
         speakers={"not a monster": "per:jh"}),
    Said("Marc Lenoir, rappelant que la dette de la ville avait doublé en dix ans, a estimé que « la situation "
         "devient intenable pour les familles ».", "fr", LENOIR,
         speakers={"la situation devient intenable": "per:ml"},
         not_whole=("la dette de la ville avait doublé en dix ans, a estimé que « la situation devient intenable pour "
                    "les familles »",)),
    # near misses: an incise inside the participle's statement, a past participle between commas in it
    Said("Jane Hollis cut the budget on Monday, adding that the talks with the unions, she said, would resume in "
         "June.", "en", HOLLIS, speakers={"would resume in June": "per:jh"}),
    Said("Jane Hollis opened the session, saying that the new plan for the harbour, announced Monday, would cost "
         "the town three million.", "en", HOLLIS, speakers={"would cost the town": "per:jh"}),
]


@pytest.mark.parametrize("case", PARTICIPIAL)
def test_a_participial_clause_before_the_main_verb(ctx: Any, case: Said) -> None:
    check(ctx, case)


# -- a body named again with its complement as a modifier

INVERTED_BODIES = [
    Said("The Ministry of Defence has rejected the reports about the barge.\n\nThe Defence Ministry said the barge had "
         "been anchored off the coast because of a fuel shortage.", "en",
         phrases={"anchored off the coast": "Ministry of Defence"}),
    # near misses: another ministry named before; a noun that heads no body
    Said("The Ministry of Health has rejected the reports about the barge.\n\nThe Defence Ministry said the barge had "
         "been anchored off the coast because of a fuel shortage.", "en",
         phrases={"anchored off the coast": "The Defence Ministry"}),
    Said("The Festival of Lights opened on Friday in the old town.\n\nThe Lights Parade said the floats had been "
         "delayed by two hours because of the rain.", "en"),
]


@pytest.mark.parametrize("case", INVERTED_BODIES)
def test_a_body_named_again_with_its_complement_first(ctx: Any, case: Said) -> None:
    check(ctx, case)
    if case is INVERTED_BODIES[2]:
        got = quotes(ctx, case.text, case.lang, case.names)
        assert all(q[2] != "Festival of Lights" for q in got), got
