"""time@24 (issue 17): a month named with "dernier" / "prochain", "last" / "next" in an article of
that same month ("en avril dernier", "Last April", "next April" told in April) is another April than
the current month, the year before or after; English "last May", "next March" take the word into
the expression as French "mai dernier" does.  Invented sentences; near misses keep the current
month ("ce mois d'avril", "In April", "This April") and a day ("le 2 avril dernier")."""

from __future__ import annotations

import pytest

from veille.config import Config
from veille.model import Article
from veille.pipeline import Context
from veille.stages.time import tag_article


def tagged(body: str, lang: str) -> dict[str, str]:
    config = Config()
    config.time.reference_date = "2026-12-01"
    article = Article(id="a", source="a", raw=body, body=body, published="2025-04-03", published_how="metadata",
                      lang=lang)
    return {t.text: t.value for t in tag_article(article, Context(config=config)).timexes}


@pytest.mark.parametrize(("body", "lang", "text", "value"), [
    ("En avril dernier, les routes ont été fermées.", "fr", "avril dernier", "2024-04"),
    ("En avril prochain, les routes seront fermées.", "fr", "avril prochain", "2026-04"),
    ("Fin avril prochain, les routes seront fermées.", "fr", "Fin avril prochain", "2026-04"),
    ("Last April, the roads were closed.", "en", "Last April", "2024-04"),
    ("Next April, the roads will be closed.", "en", "Next April", "2026-04"),
    ("The economy grew 2% last August.", "en", "last August", "2024-08"),
])
def test_last_or_next_month_of_the_article_month_is_another_year(body: str, lang: str, text: str,
                                                                  value: str) -> None:
    assert tagged(body, lang)[text] == value


@pytest.mark.parametrize(("body", "lang", "text", "value"), [
    ("Début avril, les routes ont été fermées.", "fr", "Début avril", "2025-04"),
    ("Le 2 avril dernier, les routes ont été fermées.", "fr", "Le 2 avril dernier", "2025-04-02"),
    ("In April, the roads were closed.", "en", "April", "2025-04"),
    ("This April, the roads will be closed.", "en", "This April", "2025-04"),
    ("The roads were closed last May 12.", "en", "May 12", "2024-05-12"),
])
def test_the_current_month_and_days_keep_their_year(body: str, lang: str, text: str, value: str) -> None:
    assert tagged(body, lang)[text] == value


@pytest.mark.parametrize("body", ["This march was peaceful.", "The next may be worse."])
def test_a_lowercase_month_word_after_this_or_next_is_no_month(body: str) -> None:
    assert tagged(body, "en") == {}
