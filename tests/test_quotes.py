"""Quotes stage: incises with and without marks, colon forms, indirect speech, speakers."""

from __future__ import annotations

from typing import Any

import pytest

from veille.model import Article, Mention
from veille.stages.quotes import quotes_batch

PEOPLE = {"Sergueï Lavrov": "Q39522", "Lavrov": "Q39522", "Abdoulaye Diop": "Q_diop",
          "Emmanuel Macron": "Q3052772", "Olaf Scholz": "Q61053"}


def article(text: str) -> Article:
    mentions = []
    for name in sorted(PEOPLE, key=len, reverse=True):
        start = text.find(name)
        if start >= 0 and not any(m.start <= start < m.end for m in mentions):
            mentions.append(Mention(start, start + len(name), name, "PER", PEOPLE[name]))
    return Article(id="a1", source="t", raw=text, body=text, mentions=sorted(mentions, key=lambda m: m.start))


# (text, snippet the quote must contain, direct, speaker id, speaker_text fragment)
CASES = [
    ("Notre coopération s'intensifie, a déclaré le ministre russe des Affaires étrangères Sergueï Lavrov.",
     "Notre coopération s'intensifie", True, "Q39522", "Sergueï Lavrov"),
    ("« Nous resterons aux côtés du Mali », a ajouté M. Lavrov.", "Nous resterons aux côtés du Mali", True, "Q39522", "Lavrov"),
    ("La paix est possible, a souligné le ministre burkinabè des Affaires étrangères.",
     "La paix est possible", True, None, "ministre burkinabè"),
    ("Emmanuel Macron a déclaré : « L'Europe doit se réveiller ».", "L'Europe doit se réveiller", True, "Q3052772", "Emmanuel Macron"),
    ("Abdoulaye Diop a annoncé que le président se rendrait à Moscou en juin.",
     "le président se rendrait à Moscou en juin", False, "Q_diop", "Abdoulaye Diop"),
    ("Olaf Scholz a salué la rencontre comme historique.", "la rencontre comme historique", False, "Q61053", "Olaf Scholz"),
    ("Selon Emmanuel Macron, l'accord sera signé avant l'été.", "l'accord sera signé avant l'été", False, "Q3052772", "Emmanuel Macron"),
]


@pytest.mark.parametrize(("text", "snippet", "direct", "speaker", "speaker_text"), CASES,
                         ids=[c[0][:40] for c in CASES])
def test_quote_found(ctx: Any, text: str, snippet: str, direct: bool, speaker: str | None,
                     speaker_text: str) -> None:
    art = quotes_batch([article(text)], ctx)[0]
    hits = [q for q in art.quotes if snippet in q.text]
    assert len(hits) == 1, art.quotes
    q = hits[0]
    assert q.direct is direct
    assert q.speaker == speaker
    assert speaker_text in q.speaker_text
    assert art.body[q.start:q.end] == q.text


def test_pronoun_speaker_is_the_last_person(ctx: Any) -> None:
    text = ("Sergueï Lavrov a reçu son homologue. Nos militaires coopèrent activement, a-t-il ajouté.")
    art = quotes_batch([article(text)], ctx)[0]
    assert [q.speaker for q in art.quotes if "Nos militaires" in q.text] == ["Q39522"]


@pytest.mark.parametrize("text", [
    "Le Mali a salué la coopération avec la Russie.",
    "Cette rencontre, baptisée « première session des consultations », a duré deux jours.",
    "Les trois pays, soutenus par la Russie, ont quitté la CEDEAO.",
])
def test_not_a_quote(ctx: Any, text: str) -> None:
    assert quotes_batch([article(text)], ctx)[0].quotes == []


def test_according_to_a_document_is_sourcing_not_a_quote(ctx: Any) -> None:
    from veille.model import Article
    from veille.stages.nlp import nlp_batch
    from veille.stages.quotes import quotes_batch

    texts = ["Selon le rapport annuel, les exportations d'or du Mali ont reculé de 12 % en 2024.",
             "Selon le ministre nigérien de l'Intérieur, les frontières resteront fermées jusqu'en mars."]
    arts = [Article(id=str(i), source=f"{i}.txt", raw=t, body=t, lang="fr") for i, t in enumerate(texts)]
    nlp_batch(arts, ctx)
    quotes_batch(arts, ctx)
    assert arts[0].quotes == []
    [q] = arts[1].quotes
    assert q.speaker_text.startswith("le ministre nigérien") and "frontières resteront fermées" in q.text


def _quotes(ctx: Any, text: str, lang: str = "fr") -> list[Any]:
    art = article(text)
    art.lang = lang
    return quotes_batch([art], ctx)[0].quotes


# Incises and attributions of quotes in marks (issue 18), on sentences written for these tests.
MARKED = [
    # (text, language, snippet, speaker id, speaker_text fragment)
    ("Olaf Scholz a reçu la délégation. « Rien n'est encore décidé pour la suite », a-t-il lancé aux élus.",
     "fr", "Rien n'est encore décidé", "Q61053", "il"),
    ("« Les négociations reprendront la semaine prochaine »,a affirmé, mardi 4 mars, la ministre de la Culture.",
     "fr", "Les négociations reprendront", None, "la ministre de la Culture"),
    ("« Nous attendons des actes concrets de leur part », résume-t-elle.",
     "fr", "Nous attendons des actes", None, "elle"),
    ("« Le calendrier sera tenu malgré les retards », note M. Lavrov.", "fr", "Le calendrier sera tenu",
     "Q39522", "Lavrov"),
    ("« Aucune date n'a été arrêtée pour le sommet », a indiqué une source proche du dossier.",
     "fr", "Aucune date n'a été arrêtée", None, "une source proche du dossier"),
    ("Les exportations ont reculé de douze pour cent au premier trimestre, selon des médias officiels.",
     "fr", "Les exportations ont reculé", None, "des médias officiels"),
    ("\"We will not accept any delay in the talks,\" the foreign minister said on Monday.",
     "en", "We will not accept any delay", None, "the foreign minister"),
    ("\"The process has definitively failed,\" said Olaf Scholz, who spoke to reporters.",
     "en", "The process has definitively failed", "Q61053", "Olaf Scholz"),
    ("Emmanuel Macron told reporters: \"We had a very productive meeting with our partners.\"",
     "en", "We had a very productive meeting", "Q3052772", "Emmanuel Macron"),
    ("According to a readout from the ministry, the two leaders agreed to meet again in May.",
     "en", "the two leaders agreed to meet again", None, "a readout from the ministry"),
    ("In her ruling, the judge said the evidence was neither credible nor reliable.",
     "en", "the evidence was neither credible", None, "the judge"),
]


@pytest.mark.parametrize(("text", "lang", "snippet", "speaker", "speaker_text"), MARKED,
                         ids=[c[0][:40] for c in MARKED])
def test_marked_and_english_quotes(ctx: Any, text: str, lang: str, snippet: str, speaker: str | None,
                                   speaker_text: str) -> None:
    hits = [q for q in _quotes(ctx, text, lang) if snippet in q.text]
    assert len(hits) == 1
    assert hits[0].speaker == speaker
    assert speaker_text in hits[0].speaker_text


def test_multi_sentence_quote_is_one_quote(ctx: Any) -> None:
    text = ("« Le pays traverse une crise grave. Nous devons agir vite et ensemble », "
            "a déclaré Emmanuel Macron.")
    [q] = _quotes(ctx, text)
    assert "crise grave. Nous devons agir" in q.text and q.speaker == "Q3052772"


def test_incise_inside_the_marks_splits_the_quote(ctx: Any) -> None:
    text = "« C'était le seul marché du quartier, dit Olaf Scholz, et il va fermer ses portes en juin. »"
    quotes = _quotes(ctx, text)
    assert [q.speaker for q in quotes] == ["Q61053", "Q61053"]
    assert "seul marché du quartier" in quotes[0].text and "va fermer ses portes" in quotes[1].text


def test_a_quote_that_runs_on_keeps_its_speaker(ctx: Any) -> None:
    text = ("« Nous avons signé l'accord ce matin », a déclaré Abdoulaye Diop. "
            "« Il entrera en vigueur dès la semaine prochaine pour les deux pays. »")
    quotes = _quotes(ctx, text)
    assert [q.speaker for q in quotes] == ["Q_diop", "Q_diop"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Le président a vanté le « respect » mutuel entre les deux pays.", "fr"),
    ("Both men firmly denied any wrongdoing during the trial.", "en"),
    ("The charges centred on a payment in 2011, which prosecutors claimed constituted fraud.", "en"),
    ("\"It's like there's been an apocalypse.\" She greets the cashier before leaving the store.", "en"),
])
def test_not_a_quote_in_either_language(ctx: Any, text: str, lang: str) -> None:
    assert _quotes(ctx, text, lang) == []


def test_a_subject_before_the_verb_is_no_incise(ctx: Any) -> None:
    from veille.stages.nlp import nlp_batch

    text = "Le ministre des Affaires étrangères, Olaf Scholz, a salué la rencontre avec ses homologues."
    art = article(text)
    art.lang = "fr"
    nlp_batch([art], ctx)
    art.mentions = article(text).mentions
    assert not [q for q in quotes_batch([art], ctx)[0].quotes if q.direct]
