"""time@24 (issue 17): "Aujourd'hui, ..." / "Today, ..." opening a sentence.  The French TimeBank
marks it PRESENT_REF where it sets the present against the past ("Aujourd'hui, ce saxophoniste
poursuit une carrière solo"); news writes it as well for an event of the article's own day, told
in the past or the future ("Today, the Senate voted"), which the article gold values as that day.
Invented sentences, each class with a near miss that keeps the reference reading."""

from __future__ import annotations

import pytest

from veille.config import Config
from veille.model import Article
from veille.pipeline import Context
from veille.stages.time import tag_article


def tagged(body: str, lang: str) -> dict[str, tuple[str, str]]:
    config = Config()
    config.time.reference_date = "2026-12-01"
    article = Article(id="a", source="a", raw=body, body=body, published="2025-04-03", published_how="metadata",
                      lang=lang)
    return {t.text: (t.type, t.value) for t in tag_article(article, Context(config=config)).timexes}


@pytest.mark.parametrize(("body", "lang", "text"), [
    # an event told in the past
    ("Aujourd'hui, le Sénat a voté le texte.", "fr", "Aujourd'hui"),
    ("Aujourd'hui s'est tenu le conseil des ministres.", "fr", "Aujourd'hui"),
    ("Today, the Senate voted to approve the bill.", "en", "Today"),
    ("Today, the company said it would cut 500 jobs.", "en", "Today"),
    # or in the future, or scheduled
    ("Aujourd'hui, le président s'adressera à la nation.", "fr", "Aujourd'hui"),
    ("Aujourd'hui, le Sénat doit voter le texte.", "fr", "Aujourd'hui"),
    ("Today, the president will address the nation.", "en", "Today"),
    ("Today, the Senate is expected to vote on the bill.", "en", "Today"),
])
def test_today_opening_a_sentence_that_tells_an_event_is_the_article_day(body: str, lang: str, text: str) -> None:
    assert tagged(body, lang)[text] == ("DATE", "2025-04-03")


@pytest.mark.parametrize(("body", "lang", "text"), [
    # near misses: the present set against the past, a state or a present modal of ability or wish
    ("Il y a dix ans, il a fondé l'entreprise. Aujourd'hui, elle emploie 500 personnes.", "fr", "Aujourd'hui"),
    ("Ten years ago he founded the firm. Today, it employs 500 people.", "en", "Today"),
    ("Aujourd'hui, la ville compte 5 000 habitants.", "fr", "Aujourd'hui"),
    ("Aujourd'hui, elle peut compter sur 500 salariés.", "fr", "Aujourd'hui"),
    ("Today, we know that the virus circulates.", "en", "Today"),
])
def test_today_opening_a_present_contrast_stays_the_present_reference(body: str, lang: str, text: str) -> None:
    assert tagged(body, lang)[text] == ("TIME", "PRESENT_REF")
