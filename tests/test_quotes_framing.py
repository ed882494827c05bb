"""Quotes stage, quotes@15 (issue 18): constructions found missing on unseen news
(eval/quotes_pool), each beside a near miss. The sentences are written for these tests from the
grammar of news reporting; none comes from an evaluation text."""

from __future__ import annotations

from typing import Any

import pytest
from tests.test_quotes_grammar import one, quotes

from veille.stages.quotes import _past_fragment
from veille.stages.quotes.direct import Found

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


def test_a_noun_of_the_same_form_introduces_nothing(ctx: Any) -> None:
    # near miss: "l'attaque", "un tacle" are nouns; the speaker is the subject before the verb
    got = quotes(ctx, "Sur son compte, le groupe a revendiqué l'attaque : « Nos combattants ont frappé la base. »",
                 "fr")
    assert one(got, "Nos combattants")[2] == "le groupe"


def test_an_attack_verb_with_its_subject_is_no_incise(ctx: Any) -> None:
    # near miss: the verb has its own subject and object, an act and not a reported statement
    got = quotes(ctx, "Après trois jours de siège, l'armée a attaqué la ville par le nord.", "fr")
    assert got == []


# -- English indirect speech: what stands between the subject, the verb and the statement

def test_adverbials_and_what_hangs_on_them_before_the_subject(ctx: Any) -> None:
    got = quotes(ctx, "While announcing the cuts, which will hit a tenth of the staff, chief executive Ana Ruiz "
                      "said she would take a pay cut for the coming year.", "en", {"Ana Ruiz": (P, "ar")})
    assert one(got, "take a pay cut")[1] == "ar"
    got = quotes(ctx, "Appearing before a committee of the Senate, chaired by Tom Reed (Labour, Leeds), following a "
                      "request for comment on what members called careless remarks, Okafor said he had meant only the "
                      "committee's spokesman.", "en", {"Okafor": (P, "ok"), "Tom Reed": (P, "tr")})
    assert one(got, "meant only")[1] == "ok"


def test_a_relative_clause_after_the_subject_still_ends_it(ctx: Any) -> None:
    # near miss: the relative clause follows the subject, it does not open the sentence
    got = quotes(ctx, "Ana Ruiz, who has led the firm since 2019, said she would take a pay cut next year.", "en",
                 {"Ana Ruiz": (P, "ar")})
    assert one(got, "take a pay cut")[1] == "ar"


@pytest.mark.parametrize("text,snippet,speaker", [
    ("Local newspapers reported earlier this week that the mayor would resign before the summer.",
     "the mayor would resign", "Local newspapers"),
    ("The union said last week that the strike would go on until the end of the month.",
     "the strike would go on", "The union"),
    ("The minister went on to explicitly say that teachers who join the strike will lose a day of pay.",
     "teachers who join the strike", "The minister"),
])
def test_time_adverbials_and_went_on_to_say(ctx: Any, text: str, snippet: str, speaker: str) -> None:
    assert one(quotes(ctx, text, "en"), snippet)[2] == speaker


def test_said_this_while_is_no_statement(ctx: Any) -> None:
    # near miss: a pronoun object and an adverbial after "said"
    assert quotes(ctx, "The minister said this while speaking to the budget committee on Monday.", "en") == []


def test_a_relative_clause_after_according_to_is_no_part_of_the_source(ctx: Any) -> None:
    got = quotes(ctx, "Papers with bold claims are cited far more often than careful ones, according to economists "
                      "who suspect that reviewers are less strict with them.", "en")
    assert one(got, "cited far more often")[2] == "economists"
    got = quotes(ctx, "Les loyers vont encore augmenter l'an prochain dans les grandes villes, selon des agents "
                      "immobiliers qui redoutent une pénurie de logements.", "fr")
    assert one(got, "loyers vont encore augmenter")[2] == "des agents immobiliers"


def test_a_verb_phrase_before_a_participle_is_no_incise(ctx: Any) -> None:
    # "repeated" ends the sentence, but "is a simple way … have been" is no speaker
    got = quotes(ctx, "What matters, in the end, is a simple way to check how often the studies have been "
                      "repeated.", "en")
    assert got == []
    # near miss: a noun phrase before the verb is the speaker
    got = quotes(ctx, "The bridge will stay closed until the spring, a spokesman for the city repeated.", "en")
    assert one(got, "bridge will stay closed")[2] == "a spokesman for the city"


# -- speakers: a titled person before anyone named, and the company after a person spoke

def test_a_pronoun_refers_to_the_titled_subject_not_a_named_object(ctx: Any) -> None:
    text = ("Le procès en appel touche à sa fin à Caen.\n\n"
            "L'avocat du principal accusé a plaidé la relaxe. Il conteste les coups portés à Karim Benali. "
            "Il a estimé que la parole de son client était crédible. « Ce n'est pas un meurtrier », a-t-il conclu.")
    got = quotes(ctx, text, "fr", {"Karim Benali": (P, "kb"), "Karim": (P, "kb")})
    assert one(got, "pas un meurtrier")[1] is None
    assert "avocat" in one(got, "pas un meurtrier")[2].casefold()


def test_a_named_subject_after_the_title_wins(ctx: Any) -> None:
    # near miss: a person named as a subject after the titled one is the pronoun's antecedent
    text = ("Le procureur a requis dix ans. Puis Marc Lenoir, l'avocat de la défense, a pris la parole. "
            "« Ce n'est pas un meurtrier », a-t-il conclu.")
    got = quotes(ctx, text, "fr", {"Marc Lenoir": (P, "ml")})
    assert one(got, "pas un meurtrier")[1] == "ml"


def test_the_company_after_its_chief_executive_spoke(ctx: Any) -> None:
    text = ("Harbor Freight Lines said it would cut 900 jobs as demand slows.\n"
            "Chief executive Ana Ruiz said she would take a pay cut for the coming year.\n"
            "The company said most of the cost would fall in the first quarter. The container shipping "
            "group also said that its managers would give up their bonuses.")
    got = quotes(ctx, text, "en", {"Ana Ruiz": (P, "ar")})
    assert one(got, "most of the cost")[2] == "Harbor Freight Lines"
    assert one(got, "give up their bonuses")[2] == "Harbor Freight Lines"
    assert one(got, "take a pay cut")[1] == "ar"


def test_one_capitalised_word_at_a_sentence_start_is_no_name(ctx: Any) -> None:
    # near miss: "Officials" is a common noun written with a capital at the start
    text = ("Officials said the bridge would reopen in May.\nThe company said the repairs would cost more.")
    got = quotes(ctx, text, "en")
    assert one(got, "repairs would cost")[2] == "The company"


# -- a clause in the parse cut at a phrase in marks that opens it

def test_a_reported_clause_goes_on_after_its_opening_phrase_in_marks() -> None:
    # the parse took the phrase in marks for the whole clause (as it may on a long sentence): the
    # statement runs on over the lower-case words after the mark, to the sentence's end
    body = 'Le maire rappelle ensuite que "pendant trois ans" il n\'a pas répondu aux critiques.'
    cut = Found(body.index('"'), body.index('" il') + 1, False, (0, 8), 0)
    got = _past_fragment(cut, body, len(body))
    assert body[got.start:got.end].endswith("aux critiques")
    # near miss: nothing in lower case after the mark, or a statement not opened by marks
    body2 = 'Le maire a dit que "rien ne change". Il partira demain.'
    cut2 = Found(body2.index('"'), body2.index('".') + 1, False, (0, 8), 0)
    assert _past_fragment(cut2, body2, body2.index(".") + 1) == cut2


def test_a_phrase_in_marks_that_ends_the_sentence(ctx: Any) -> None:
    # near miss: the clause ends with the marks; the next sentence is no part of it
    got = quotes(ctx, "Le maire a dit que « rien ne change ». Il partira demain pour Lyon avec ses adjoints.", "fr")
    assert not any("partira" in q for q, _, _ in got)


# -- a reporting clause between commas inside the sentence it reports

@pytest.mark.parametrize("text,lang,snippet,speaker", [
    ("What the town needs, she said, is a second bridge over the river.", "en", "a second bridge", "she"),
    ("The new plan, the minister added, would cost far more than the old one.", "en", "cost far more",
     "the minister"),
    ("Le vrai problème, estime-t-il, c'est la dette de la commune.", "fr", "la dette de la commune", "il"),
])
def test_a_parenthetical_reporting_clause(ctx: Any, text: str, lang: str, snippet: str, speaker: str) -> None:
    assert one(quotes(ctx, text, lang), snippet)[2] == speaker


@pytest.mark.parametrize("text,lang", [
    ("Paris, France, is a large city with many old bridges over the river.", "en"),  # no reporting verb
    ("La ville, dit-on, a beaucoup changé depuis dix ans.", "fr"),  # "on": no one to name
])
def test_a_parenthetical_without_a_speaker(ctx: Any, text: str, lang: str) -> None:
    assert quotes(ctx, text, lang) == []
