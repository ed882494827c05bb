"""Capitalised common words at the start of a sentence, a line or a quotation are not names;
headings in capitals are not names; names that happen to be common words stay
(stages/entities/common_words.py).  Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from veille.model import Article
from veille.stages.entities import entities_batch
from veille.stages.entities.common_words import (
    capitalised_inside_sentence,
    is_common_word_at_start,
    is_heading_capitals,
    opens_unit,
    whole_quotation,
)
from veille.stages.nlp import nlp_batch

COMMON = frozenset({"visiblement", "besoin", "orange", "blanc", "gros", "enjeux", "cessez-le-feu", "total",
                    "immediat", "banque", "mondiale"})


def annotated(ctx: Any, body: str, lang: str = "fr") -> Article:
    """The article after the nlp and entities stages."""
    article = Article(id="a", source="t", raw=body, body=body, lang=lang)
    entities_batch(nlp_batch([article], ctx), ctx)
    return article


def names(ctx: Any, body: str) -> set[str]:
    return {m.text for m in annotated(ctx, body).mentions}


def test_a_word_opens_a_sentence_a_line_or_a_quotation() -> None:
    body = "Il part. Visiblement, non.\nBesoin d'aide ? « Orange » et chez Orange"
    assert opens_unit(body, body.index("Visiblement"))
    assert opens_unit(body, body.index("Besoin"))
    assert opens_unit(body, body.index("Orange"))
    assert not opens_unit(body, body.rindex("Orange"))
    assert capitalised_inside_sentence(body, "Orange")
    assert not capitalised_inside_sentence(body, "Visiblement")
    # a word that is all a quotation holds is a title the writer marks, not quoted speech
    titled = "Prix spécial : « Résurrection », de Bi Gan. Son roman “Jacaranda” a gagné."
    for word in ("Résurrection", "Jacaranda"):
        at = titled.index(word)
        assert whole_quotation(titled, at, at + len(word))
        assert not is_common_word_at_start(titled, at, at + len(word), None, COMMON | {word.lower()}, [])
    speech = "« Visiblement, rien ne change », dit-il."
    assert not whole_quotation(speech, 2, 13)


def test_common_word_rule_without_a_parse() -> None:
    body = "Visiblement, le ministre hésite. Laurent Blanc parle. Blanc a ajouté ceci."
    start = body.index("Visiblement")
    assert is_common_word_at_start(body, start, start + 11, None, COMMON, [])
    blanc = body.rindex("Blanc")
    full = body.index("Laurent Blanc")
    # a word of a longer name in the body is the name's ("Laurent Blanc", then "Blanc")
    assert not is_common_word_at_start(body, blanc, blanc + 5, None, COMMON, [(full, full + 13)])
    # no word tables (another language, a model without a lemmatizer): nothing is dropped
    assert not is_common_word_at_start(body, start, start + 11, None, frozenset(), [])


def test_headings_in_capitals() -> None:
    assert is_heading_capitals("GROS ENJEUX", COMMON)
    assert is_heading_capitals("CESSEZ-LE-FEU TOTAL ET IMMEDIAT", COMMON)
    assert not is_heading_capitals("Gros enjeux", COMMON)  # not in capitals
    assert not is_heading_capitals("ENJEUX", COMMON)  # one word: an acronym or a name
    assert not is_heading_capitals("AIRBUS GROUP", COMMON)  # words that are not common ones


@pytest.mark.slow
def test_capitalised_common_words_are_not_names_and_names_stay(ctx: Any) -> None:
    found = names(ctx, "Visiblement, le gouvernement du Mali n'a pas compris la demande.\n"
                       "Chronologie\nDéconfiture totale pour les libéraux à Bamako.")
    assert not found & {"Visiblement", "Chronologie", "Déconfiture"}
    assert not any("\n" in name for name in found)  # spaCy's span over the heading and the next line is cut
    assert {"Mali", "Bamako"} <= found
    # a name that is also a common word stays when the body capitalises it inside a sentence
    found = names(ctx, "Orange a annoncé mardi la suppression de 300 postes. Les syndicats d'Orange "
                       "ont dénoncé la décision.")
    assert "Orange" in found
    # and a place the gazetteer knows stays at the start of a sentence (a capital for its government)
    found = names(ctx, "Rabat justifie sa décision par l'évaluation des besoins après le séisme.")
    assert "Rabat" in found


@pytest.mark.slow
def test_a_heading_in_capitals_is_not_a_name(ctx: Any) -> None:
    found = names(ctx, "GROS ENJEUX\nLe ministre malien a reçu son homologue à Bamako.")
    assert "GROS ENJEUX" not in found
    assert "Bamako" in found


def test_a_heading_line_is_cut_from_the_name_below_and_a_wrapped_name_is_not() -> None:
    from veille.stages.entities.recognize import _split_at_line_breaks

    body = "Chronologie\nDéconfiture totale.\nLe secrétaire général António\nGuterres est arrivé."
    heading = body.index("Chronologie")
    parts = _split_at_line_breaks(body, [(heading, body.index(" totale"), "MISC")])
    assert [body[s:e] for s, e, _ in parts] == ["Chronologie", "Déconfiture"]
    wrapped = body.index("António")
    whole = _split_at_line_breaks(body, [(wrapped, body.index(" est"), "PER")])
    assert [body[s:e] for s, e, _ in whole] == ["António\nGuterres"]


@pytest.mark.slow
def test_state_after_de_is_a_common_phrase_not_a_place(ctx: Any) -> None:
    found = names(ctx, "Le secrétaire d'État américain a reçu à Washington son homologue. La télévision "
                       "d’Etat russe a diffusé la nouvelle.")
    assert not any(name.startswith(("État", "Etat")) for name in found)
    assert "Washington" in found
    # a name with its own head keeps the word ("Conseil d'État"), and "l'État islamique" is no idiom
    from veille.stages.entities.recognize import _state_in_idiom

    body = "Le Conseil d'État a tranché. Le groupe de l'État islamique a revendiqué."
    assert not _state_in_idiom(body, body.index("Conseil"), "Conseil d'État")
    assert not _state_in_idiom(body, body.index("État islamique"), "État islamique")
    assert _state_in_idiom("un coup d'État", len("un coup d'"), "État")


@pytest.mark.slow
def test_names_take_their_type_from_the_noun_before_them(ctx: Any) -> None:
    article = annotated(ctx, "Le président a écrit sur son réseau Truth Social un long message. Dans le luxueux "
                             "complexe grec de Costa Navarino, le comité a voté. Son nouveau livre Jacaranda paraît.")
    types = {m.text: m.type for m in article.mentions}
    assert types.get("Truth Social") == "ORG"
    assert types.get("Costa Navarino") == "LOC"
    assert types.get("Jacaranda") == "MISC"


def test_classifier_nouns_and_their_near_misses() -> None:
    from veille.stages.entities.classifiers import Classifiers

    nouns = Classifiers({"ORG": ["réseau", "groupe", "party", "enseigne"], "LOC": ["ville", "complexe"],
                         "MISC": ["avion"], "place_of": ["ville", "complexe"]}, {"leader", "président"})

    def kind(before: str, name: str) -> str | None:
        body = f"{before}{name} a parlé."
        return nouns.type_before(body, len(before))

    assert kind("sur son réseau ", "Truth Social") == "ORG"
    assert kind("pour rejoindre l’enseigne ", "Lidl") == "ORG"
    assert kind("la ville de ", "Lyon") == "LOC"
    assert kind("le luxueux complexe grec de ", "Costa Navarino") == "LOC"
    assert kind("à bord de l’avion présidentiel « ", "Air Force One") == "MISC"
    assert kind("le groupe de ", "Vincent Bolloré") is None  # "de" after a noun that is no place's
    assert kind("the party leader ", "Pierre Poilievre") is None  # a title between: a person
    assert kind("le groupe Bolloré et ", "Vincent") is None  # another name between


def test_a_capitalised_noun_inside_a_sentence_opens_a_name_not_an_apposition() -> None:
    # entities@34: "la Banque mondiale X" is a body's name, then a person's, no "la banque X"
    from veille.stages.entities.classifiers import Classifiers

    nouns = Classifiers({"ORG": ["banque", "enseigne"]}, {"leader", "président"})

    def kind(before: str, name: str) -> str | None:
        return nouns.type_before(f"{before}{name} a parlé.", len(before))

    assert kind("le directeur de la Banque mondiale ", "Jean Dupont") is None
    assert kind("le gouverneur de la Banque centrale européenne ", "Jean Dupont") is None
    # near misses: the common noun in lowercase, and a capital that opens the sentence
    assert kind("selon la banque ", "Lazard") == "ORG"
    assert kind("Enseigne ", "Lidl") == "ORG"


@pytest.mark.slow
def test_a_name_in_the_phrase_that_opens_a_sentence_takes_no_title_after_the_comma(ctx: Any) -> None:
    article = annotated(ctx, "On Truth Social, the US President made a post announcing a ceasefire. "
                             "Marco Rubio, the US Secretary of State, welcomed it.", lang="en")
    roles = {m.text: m.role for m in article.mentions}
    assert roles.get("Truth Social") is None
    assert roles.get("Marco Rubio") is not None


def test_two_people_the_gazetteer_tells_apart_never_merge() -> None:
    from veille.config import Config
    from veille.pipeline import Context
    from veille.stages.entities.gazetteer import gazetteer
    from veille.stages.link import _Sets

    gaz = gazetteer(Context(config=Config()))
    known = [i for i in gaz.known if i not in gaz.entries][:1] + [i for i in gaz.entries if i.startswith("Q")][:1]
    assert len(known) == 2
    sets = _Sets()
    sets.union(known[0], "per:role:president:q30", gaz)  # each joins the same role-only id
    sets.union(known[1], "per:role:president:q30", gaz)
    assert sets.find(known[0]) != sets.find(known[1])
