"""time@24 (issue 17): English "the next year / month / week" said of a narrative ("In 2019, he was
elected. The next year, he resigned") counts from the time the text spoke of, as "the following
year" and "the next day" do; it is a length of time still to come only after "over", "in",
"within" ("over the next year", P1Y) or when it is the subject ("The next year will be decisive").
Invented sentences, with near misses."""

from __future__ import annotations

import pytest

from veille.config import Config
from veille.model import Article
from veille.pipeline import Context
from veille.stages.time import tag_article


def tagged(body: str) -> dict[str, tuple[str, str]]:
    config = Config()
    config.time.reference_date = "2026-12-01"
    article = Article(id="a", source="a", raw=body, body=body, published="2025-04-03", published_how="metadata",
                      lang="en")
    return {t.text: (t.type, t.value) for t in tag_article(article, Context(config=config)).timexes}


@pytest.mark.parametrize(("body", "text", "value"), [
    ("In 2019, he was elected. The next year, he resigned.", "The next year", "2020"),
    ("He was elected in 2019 and resigned the next year.", "the next year", "2020"),
    ("He was elected on March 3, 2019. The next week, he resigned.", "The next week", "2019-W10"),
])
def test_the_next_unit_of_a_narrative_follows_its_time(body: str, text: str, value: str) -> None:
    assert tagged(body)[text] == ("DATE", value)


@pytest.mark.parametrize(("body", "text", "value"), [
    ("Prices will rise over the next year.", "the next year", "P1Y"),
    ("Within the next month, prices will rise.", "the next month", "P1M"),
    ("The next year will be decisive.", "The next year", "P1Y"),
])
def test_the_next_unit_as_a_length_of_time_stays_a_duration(body: str, text: str, value: str) -> None:
    assert tagged(body)[text] == ("DURATION", value)
