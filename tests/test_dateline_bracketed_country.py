"""clean@56 (issue 16): a wire dateline with its country in square brackets, after the state in
round ones or alone, as ANI's copy and the many sites that carry it print it ("Mumbai
(Maharashtra) [India], December 2 (ANI):", "Liverpool [UK], December 2 :"), is a dateline: its
place, and its day and month (the year from the URL, the text or the story), or its full date.
Invented lines only; near misses: square brackets in a sentence, a lower-case word in them, no
date after them."""

from __future__ import annotations

import pytest

from veille.model import Article
from veille.stages.cleaning.dateline import DatelineParser

PARSER = DatelineParser()


@pytest.mark.parametrize(("paragraph", "place", "month", "day"), [
    ("New Delhi [India], March 3 (ANI): The government said on Monday that it would act.", "New Delhi", 3, 3),
    ("Mumbai (Maharashtra) [India], December 2 (ANI): Police arrested two men on Sunday.", "Mumbai", 12, 2),
    ("Liverpool [UK], December 2 : In a match that showed their dominance, the Reds won 2-0.", "Liverpool", 12, 2),
    ("Washington D. C. [USA], April 7 (ANI): The Senate voted on the bill late on Monday.", "Washington D. C.", 4, 7),
    ("Kaboul [Afghanistan], 8 octobre (ANI) : Le bilan du séisme s'est encore alourdi.", "Kaboul", 10, 8),
])
def test_a_bracketed_country_dateline_gives_its_day(paragraph: str, place: str, month: int, day: int) -> None:
    found = PARSER.parse(paragraph)
    assert found is not None and found.place == place and found.date is None
    assert found.month_day is not None and (found.month_day.month, found.month_day.day) == (month, day)


def test_with_its_year_it_gives_the_date() -> None:
    found = PARSER.parse("Kyiv [Ukraine], March 3, 2024 (ANI): The minister said the talks would go on.")
    assert found is not None and (found.place, found.date) == ("Kyiv", "2024-03-03")


@pytest.mark.parametrize("paragraph", [
    "Le ministre [de l'Intérieur], le 3 avril a déclaré que la loi passerait.",  # lower case, no dash
    "The report [PDF], March 3 was the day the minister resigned.",  # no dash or colon after the day
    "New Delhi [India] (ANI): The government said on Monday that it would act.",  # no date
    "the capital [India], March 3 (ANI): The government said it would act.",  # no capitalised place
])
def test_near_misses_are_no_dated_datelines(paragraph: str) -> None:
    found = PARSER.parse(paragraph)
    assert found is None or (found.date is None and found.month_day is None)


def test_the_story_gives_the_yearless_day_its_year() -> None:
    """The page's own day outweighs the siblings' (the report of the next day, "December 2", among
    reports of the match's day): stories' `own_day` reads the dateline opening the body."""
    from veille.stages.stories.anchor import anchor_undated

    sibling = ("Liverpool beat Manchester City 2-0 at Anfield on Sunday, Cody Gakpo and Mohamed Salah scoring, "
               "to go eleven points clear at the top of the Premier League.")
    dated = [Article(id=f"s{i}", source=f"s{i}", raw="", body=sibling, lang="en", published="2024-12-01",
                     published_how="url") for i in range(2)]
    body = ("Liverpool [UK], December 2 : Mohamed Salah and Cody Gakpo led Liverpool to a 2-0 victory over "
            "Manchester City at Anfield, eleven points clear at the top of the Premier League.")
    undated = Article(id="u", source="u", raw=body, body=body, lang="en")
    anchor_undated([*dated, undated], [])
    assert (undated.published, undated.published_how) == ("2024-12-02", "story")
    # near miss: the same report without its dateline takes the siblings' day
    body = body.split(" : ", 1)[1]
    undated = Article(id="v", source="v", raw=body, body=body, lang="en")
    anchor_undated([*dated, undated], [])
    assert undated.published == "2024-12-01"
