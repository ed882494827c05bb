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
