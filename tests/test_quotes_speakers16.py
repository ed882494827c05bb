"""Quotes stage, quotes@16 (issue 18): speaker-hard constructions found on unseen news
(eval/quotes_pool q17-q30), each beside a near miss. The sentences are invented for these tests
from the grammar of French and English reporting; none comes from an evaluation corpus."""

from __future__ import annotations

from typing import Any

import pytest
from tests.test_quotes_grammar import one, quotes

from veille.stages.quotes.text import sentence_end, sentence_start

P = "PER"


# -- an incise with no comma after a quote that is a sentence of its own (copy that drops it)

@pytest.mark.parametrize(("text", "snippet", "speaker"), [
    ('"La grève est levée. Nous avons obtenu gain de cause" a déclaré l\'un d\'eux à l\'AFP.',
     "Nous avons obtenu gain de cause", "l'un d'eux"),
    ("« Vous parlez d'une affaire privée qui ne regarde personne » s'exclame une conseillère.",
     "une affaire privée", "une conseillère"),
    ('Le préfet a reconnu le malaise : "il y a une vraie inquiétude chez les riverains" a-t-il indiqué.',
     "une vraie inquiétude", "Le préfet"),
])
def test_an_inverted_incise_needs_no_comma(ctx: Any, text: str, snippet: str, speaker: str) -> None:
    assert one(quotes(ctx, text, "fr"), snippet)[2] == speaker


@pytest.mark.parametrize("text", [
    "« Le Canard enchaîné » a révélé que le ministre avait menti.",  # a title as the subject, then "que"
    "« Les Misérables » a marqué des générations de lecteurs.",  # no reporting verb
    "Le « plan vélo » a-t-il échoué ?",  # a phrase in a question, not a quote
])
def test_near_misses_of_a_commaless_incise(ctx: Any, text: str) -> None:
    assert not [q for q in quotes(ctx, text, "fr") if q[0] in ("Le Canard enchaîné", "Les Misérables", "plan vélo")]


def test_the_press_a_statement_is_made_to_is_no_part_of_the_speaker(ctx: Any) -> None:
    got = quotes(ctx, "« Nous resterons mobilisés », a affirmé une syndicaliste à l'AFP.", "fr",
                 {"AFP": ("ORG", "org:afp")})
    assert got[0][1:] == (None, "une syndicaliste")
    # near miss: "à l'ONU" belongs to the title
    got = quotes(ctx, "« La trêve doit tenir », a déclaré l'ambassadeur du Brésil à l'ONU.", "fr",
                 {"ONU": ("ORG", "org:onu")})
    assert got[0][2] == "l'ambassadeur du Brésil à l'ONU"


# -- a statement, then a colon (or a comma) and its speaker's own words

def test_a_reporting_verb_in_the_present_before_a_colon(ctx: Any) -> None:
    got = quotes(ctx, "La porte-parole affirme que le collectif ne cèdera rien : « Nous irons jusqu'au bout. "
                      "Le dossier est prêt. » Elle précise que la mairie a été prévenue.", "fr")
    assert one(got, "le collectif ne cèdera rien")[2] == "La porte-parole"
    assert one(got, "Nous irons jusqu'au bout")[2] == "La porte-parole"
    # near miss: a verb in the present that reports nothing, before a colon, introduces no quote
    assert quotes(ctx, "Le maire présente trois mesures : « Hausse des tarifs. »", "fr") == []


def test_a_quote_after_a_comma_that_closes_an_indirect_statement(ctx: Any) -> None:
    got = quotes(ctx, 'Sergeant Maria Lopez says the deputies waited for backup, "We were not going to '
                      'put anyone at risk tonight."', "en", {"Maria Lopez": (P, "per:lopez")})
    assert one(got, "the deputies waited for backup")[1] == "per:lopez"
    assert one(got, "We were not going to put anyone at risk")[1] == "per:lopez"
    # near miss: no reporting verb before the comma
    assert quotes(ctx, 'The team lost the final on penalties, "A cruel way to end the season."', "en") == []


def test_a_sentence_ends_inside_its_closing_mark() -> None:
    body = "« Nous avons gagné. » Il précise que rien n'est fini."
    assert sentence_start(body, body.index("Il précise") + 3) == body.index("Il précise")


# -- English: the plural present of "say" and "tell", with a clause after it

@pytest.mark.parametrize(("text", "snippet", "speaker"), [
    ("Deputies say the driver fled on foot after the crash near the bridge.", "the driver fled on foot", "Deputies"),
    ("Neighbours tell the station that they heard two shots before midnight.", "they heard two shots", "Neighbours"),
])
def test_the_plural_present_reports(ctx: Any, text: str, snippet: str, speaker: str) -> None:
    assert one(quotes(ctx, text, "en"), snippet)[2] == speaker


@pytest.mark.parametrize("text", [
    "The figures say little about the long-term effects of the drug.",  # no clause after "say"
    "The mayor declined to say whether the plan would be approved next week.",  # "to say"
    "Residents tell stories of the flood that destroyed the old bridge.",  # an object, no clause
])
def test_near_misses_of_the_plural_present(ctx: Any, text: str) -> None:
    assert quotes(ctx, text, "en") == []


# -- English: a nickname in marks inside a name, and a phrase in marks that ends the sentence

def test_a_nickname_in_marks_opens_no_quote_in_the_speaker() -> None:
    body = "Team captain Robert “Bobby” Hale said the squad was ready."
    assert sentence_end(body, 0) == len(body) - 1
    # near miss: a quote after a name and a verb still stops the clause
    body = "Hale said “We are ready” twice."
    assert sentence_end(body, 0) == body.index("“")


def test_a_phrase_in_marks_before_an_incise_is_part_of_the_sentence(ctx: Any) -> None:
    got = quotes(ctx, 'The council will meet the unions at "regular open sessions", press officer Jane Oduya '
                      "announced today.", "en", {"Jane Oduya": (P, "per:oduya")})
    assert one(got, "The council will meet the unions")[1] == "per:oduya"
    # near miss: a verb before the marks reports them itself: the marks alone are the quote
    got = quotes(ctx, 'The minister said the plan was "dead on arrival," his aide added.', "en")
    assert one(got, "dead on arrival")[0] == "dead on arrival"


# -- speakers: a name used as a modifier; a relative pronoun as the speaker

def test_a_name_between_a_determiner_and_a_title_modifies_the_title(ctx: Any) -> None:
    text = ('Coach Anna Berg was frustrated. "We gave the game away," the former Lyon coach said. '
            '"We must defend better," she added.')
    got = quotes(ctx, text, "en", {"Anna Berg": (P, "per:berg"), "Lyon": (P, "per:lyon")})
    assert one(got, "We gave the game away")[1] != "per:lyon"
    assert one(got, "We must defend better")[1] == "per:berg"
    # near miss: a name with no determiner before it is the person ("Lyon coach Anna Berg said")
    got = quotes(ctx, '"We gave the game away," said Lyon coach Anna Berg.', "en",
                 {"Anna Berg": (P, "per:berg")})
    assert got[0][1] == "per:berg"


@pytest.mark.parametrize(("text", "snippet", "speaker"), [
    ("Le juge a rejeté la version du prévenu, qui a soutenu qu'il ne conduisait pas la voiture ce soir-là.",
     "il ne conduisait pas la voiture", "du prévenu"),
    ("Il a reçu le ministre de la Santé, qui a assuré que la réforme serait votée avant l'été.",
     "la réforme serait votée", "le ministre de la Santé"),
])
def test_a_relative_pronoun_speaks_for_the_noun_phrase_before_it(ctx: Any, text: str, snippet: str,
                                                                 speaker: str) -> None:
    assert speaker.split()[-1] in one(quotes(ctx, text, "fr"), snippet)[2]


# -- an interview in question-and-answer form

def test_an_interview_answer_is_the_labelled_person_s(ctx: Any) -> None:
    text = ("La Gazette : Depuis quand travaillez-vous dans cette usine ?\n"
            "Marc Dufresne : Je travaille ici depuis vingt ans et je n'ai jamais vu une telle colère chez les salariés.\n"
            "La Gazette : Que demandez-vous à la direction ?\n"
            "Marc Dufresne : Nous voulons un vrai plan de reprise, pas des promesses qui ne coûtent rien.")
    got = quotes(ctx, text, "fr", {"Marc Dufresne": (P, "per:dufresne")})
    assert [q[1] for q in got] == ["per:dufresne", "per:dufresne"]
    assert "vingt ans" in got[0][0] and "plan de reprise" in got[1][0]  # the questions are no quotes


def test_near_misses_of_an_interview_turn(ctx: Any) -> None:
    # one heading with a colon is no dialogue
    assert quotes(ctx, "Marc Dufresne : un ouvrier en colère devant les grilles de son usine fermée\n"
                       "Il a passé vingt ans à l'usine.", "fr", {"Marc Dufresne": (P, "per:dufresne")}) == []
    # labels that name no person (a section, a place) give no quote
    assert quotes(ctx, "Contexte : la direction a annoncé la fermeture du site de Lyon en mars dernier.\n"
                       "Chiffres : le site emploie trois cents salariés et autant de sous-traitants.", "fr") == []


def test_a_document_that_says_is_no_speaker(ctx: Any) -> None:
    # near miss of the plural present: a text as the subject, as "according to the results" is none
    assert quotes(ctx, "Projections say the party will have about 400 seats once all votes are counted.", "en") == []


def test_player_ratings_are_no_interview(ctx: Any) -> None:
    text = ("Lyon: Martin (7), Dubois (6), Moreau (8), Laurent (6), Girard (7), Roux (5).\n"
            "Nantes: Petit (6), Durand (5), Leroy (6), Simon (7), Michel (6), Garcia (5).")
    assert quotes(ctx, text, "en", {"Lyon": (P, "per:lyon"), "Nantes": (P, "per:nantes")}) == []


def test_a_reporting_clause_between_commas_before_the_marks(ctx: Any) -> None:
    got = quotes(ctx, 'Judge Mary Holt ruled on Friday. The agency\'s plan, she added, "attempted to take '
                      'away a power the constitution gives to the legislature."', "en",
                 {"Mary Holt": (P, "per:holt")})
    assert one(got, "attempted to take away")[1:] == ("per:holt", "she")
