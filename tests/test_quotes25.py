"""quotes@25 (issue 18, twenty-second session): classes of eval/quotes_pool's q43-q56 tuning pages,
written as invented sentences with near misses: a statement presented right before its words ("The
statement reads, “…", "Voici le texte du communiqué :"), a quote that runs on over paragraphs after
an opening mark set after a comma, a transcript's answers under role labels ("Q: … / A: …") by the
person the text presents as interviewed, a name in apposition after a title subject, another name of
a stated office ("the press secretary …" then "the spokesman"), a body as the subject of a closing
incise after a long statement ("…, a ajouté le parquet"), and "said this" (no inverted subject)."""

from __future__ import annotations

from typing import Any

from conftest import quotes_of as _quotes
from conftest import said


def _texts(ctx: Any, body: str, lang: str) -> list[str]:
    return [q for q, _ in _quotes(ctx, body, lang)]


def test_a_presented_statement_is_quoted_over_its_paragraphs(ctx: Any) -> None:
    body = ("The ministry issued a statement on Thursday. The statement reads, “The ministry has received many "
            "complaints about the delays.\n\n“We urge the public to remain calm while the inquiry is carried out.\n\n"
            "“We will publish the findings in full.”")
    assert _texts(ctx, body, "en") == ["The ministry has received many complaints about the delays",
                                       "We urge the public to remain calm while the inquiry is carried out",
                                       "We will publish the findings in full"]
    fr = "Le ministre a publié un communiqué. Voici le texte du communiqué : « Nous avons reçu de nombreuses plaintes. »"
    assert _texts(ctx, fr, "fr") == ["Nous avons reçu de nombreuses plaintes"]


def test_a_statement_named_but_not_presented_attributes_nothing(ctx: Any) -> None:
    # near misses: a statement that is the subject of another verb, a label with no presenting word
    assert _texts(ctx, "Le communiqué du ministre est arrivé lundi : « Nous avons reçu de nombreuses "
                       "plaintes sur les retards. »", "fr") == []
    assert _texts(ctx, "The statement: “We have received many complaints about the delays.”", "en") == []


def test_a_transcripts_answers_are_the_interviewees(ctx: Any) -> None:
    body = ("Interview with Premier Jennifer Okoro, transcript.\n\nQ: Are you taking work home with you?\n\n"
            "A: I'm trying not to. In fact I know I have some reading to do.\n\nQ: Have you done your shopping?\n\n"
            "A: Not yet, I do that on Christmas Eve.\n\nSo I've got books for the children this year.\n\n"
            "Q: And they're local?\n\nA: Yes I normally give out the local books.")
    texts, speakers = said(ctx, body, "en")
    assert texts == ["I'm trying not to. In fact I know I have some reading to do",
                     "Not yet, I do that on Christmas Eve",
                     "So I've got books for the children this year",
                     "Yes I normally give out the local books"]
    assert speakers == {"per:jennifer-okoro"}
    fr = ("Entretien avec Marie Dupuis, maire de Lunel.\n\nQ : Quel est votre projet ?\n\n"
          "R : Nous voulons rénover la place du marché avant l'été.\n\nQ : Et le budget ?\n\n"
          "R : Le budget a été voté en mars par le conseil.")
    assert {s for _, s in _quotes(ctx, fr, "fr")} == {"per:marie-dupuis"}


def test_labels_with_no_one_interviewed_give_no_answers(ctx: Any) -> None:
    # near miss: the same labels with no person presented as interviewed (a quiz, a list of items)
    body = ("Quiz of the week.\n\nQ: Which city hosted the games?\n\nA: The games were held in Paris last summer.\n\n"
            "Q: Who won the final?\n\nA: The final was won by the home team on penalties.")
    assert _texts(ctx, body, "en") == []


def test_a_name_in_apposition_after_a_title_speaks(ctx: Any) -> None:
    quotes = _quotes(ctx, "Le porte-parole des pompiers sur place, le capitaine Marc Dubreuil, a expliqué que "
                          "le bilan pourrait s'alourdir.", "fr")
    assert quotes == [("le bilan pourrait s'alourdir", "per:marc-dubreuil")]
    # near miss: an apposition that names no one leaves the title unnamed
    quotes = _quotes(ctx, "Le porte-parole des pompiers, arrivé mardi à Niort, a expliqué que le bilan pourrait "
                          "s'alourdir.", "fr")
    assert [s for _, s in quotes] == [None]


def test_another_name_of_a_stated_office_refers_back(ctx: Any) -> None:
    body = ("The press secretary of the Foreign Ministry Anatoly Vasko spoke on Thursday. \"There is no exact "
            "information today,\" Vasko told reporters.\n\nThe spokesman stressed that we need to wait for the results.")
    assert _quotes(ctx, body, "en")[-1] == ("we need to wait for the results", "per:anatoly-vasko")
    # near miss: a nearer person whose stated title holds the office's name is the one meant
    body = ("The press secretary of the Foreign Ministry Anatoly Vasko spoke on Thursday. The army spokesman, Ivan "
            "Petrenko, said the troops had left. The spokesman stressed that we need to wait for the results.")
    assert _quotes(ctx, body, "en")[-1] == ("we need to wait for the results", "per:ivan-petrenko")


def test_a_body_closes_a_long_statement(ctx: Any) -> None:
    body = ("Un homme de 20 ans, brûlé, a été sauvé des flammes et transporté au centre hospitalier de Niort, "
            "à quelques kilomètres de là, a ajouté le parquet.")
    assert [(q[:26], s) for q, s in _quotes(ctx, body, "fr")] == [("Un homme de 20 ans, brûlé,", None)]
    # near miss: a sentence with no reporting incise
    assert _quotes(ctx, "Les habitants de la rue, qui ont tout perdu, ont reçu le soutien de la mairie.", "fr") == []


def test_said_this_has_no_inverted_subject(ctx: Any) -> None:
    assert _quotes(ctx, "The ministry denied the reports. The director of press of the ministry, Mr John Okafor, "
                        "said this in a statement on Thursday.", "en") == []
    # near miss: an inverted subject that is a phrase
    assert _texts(ctx, "The ministry denied the reports as false and misleading, said the director of press "
                       "in a statement on Thursday.", "en") == ["The ministry denied the reports as false and misleading"]


def test_a_wire_dateline_is_no_part_of_the_subject(ctx: Any) -> None:
    quotes = _quotes(ctx, "TEHRAN, Jul. 04 (MNA) – Kremlin spokesman Dmitry Peskov in a press conference on Monday "
                          "stated that the Kremlin has no information about the ship.", "en")
    assert quotes == [("the Kremlin has no information about the ship", "per:dmitri-peskov")]
    assert _texts(ctx, "PARIS (Reuters) - The ministry said it had opened an inquiry into the delays.", "en") == \
        ["it had opened an inquiry into the delays"]
    # near miss: a place in capitals with no dash after it is the subject itself
    assert _texts(ctx, "NATO said it would meet on Monday to discuss the delays.", "en") == \
        ["it would meet on Monday to discuss the delays"]
