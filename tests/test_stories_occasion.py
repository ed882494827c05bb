"""Undated reports of another occasion of the same kind do not take the story's date (stories@18,
`stories/evidence.py`).  The story itself still places them by their words: keeping them out of
the story as well lowered the held-out news split's stories B-cubed F1 (0.968 -> 0.956, an
aggregate read at landing), so only the date needs the evidence.

Invented texts: market closes of different days share every word of the genre and its index
names, not their levels; a weather forecast shares a forecast's words, not the places.  Each case
has its near miss, a report of the same occasion, which is still placed.
"""

from __future__ import annotations

from veille.model import Article
from veille.stages.stories.anchor import anchor_undated
from veille.stages.stories.evidence import figures

CLOSE_DATED = (
    "Wall Street closed mixed on Friday as investors weighed earnings. The Dow Jones Industrial Average "
    "fell 0.4% to 38,412.55, the S&P 500 rose 0.2% to 5,061.82 and the Nasdaq Composite gained 0.6% to "
    "16,274.94. Halvorsen Freight slid 12% after cutting its outlook, while Brindle Foods jumped 9%.")
# Another Friday's close: the same genre, the same index names, other levels and other firms.
CLOSE_OTHER_DAY = (
    "Wall Street ended mostly lower on Friday as investors weighed earnings. The Dow Jones Industrial "
    "Average fell 0.3% to 34,207.84, the S&P 500 slipped 0.1% to 4,155.86 and the Nasdaq Composite "
    "lost 0.5% to 13,470.99. Marlowe Chips dropped 6% after a downgrade, and Ostrander Rail rose 3%.")
# The same close told by another outlet: it repeats the levels and the firms.
CLOSE_SAME_DAY = (
    "US stocks finished mixed Friday. The Dow Jones Industrial Average lost 0.4% to close at 38,412.55 "
    "while the Nasdaq Composite added 0.6% to 16,274.94. Halvorsen Freight fell 12% on a weaker outlook "
    "and Brindle Foods rose 9%; the S&P 500 ended at 5,061.82.")

FORECAST_DATED = (
    "Storm Odile is expected to bring heavy rain to Valcourt and Mireval on Saturday. Highs will be near "
    "normal for the weekend, with rain chances rising Sunday morning, forecasters at the Valcourt "
    "station said.")
# A forecast for other places: the words of a forecast, no place or name in common.
FORECAST_ELSEWHERE = (
    "High pressure will make for a cold night, with lows in the upper 20s by Saturday morning in "
    "Brackenridge. Clouds will increase as a storm system brings rain Sunday. Highs will be near normal "
    "for the weekend, meteorologist Tom Aldane said.")
FORECAST_SAME = (
    "Forecasters at the Valcourt station warned that Storm Odile would bring heavy rain on Saturday, "
    "with highs near normal for the weekend and more rain on Sunday morning.")


def _article(aid: str, body: str, published: str | None = None, url: str | None = None) -> Article:
    return Article(id=aid, source=aid, raw=body, body=body, lang="en", url=url, published=published,
                   published_how="url" if published else "none")


def test_figures_are_particulars_not_names_nor_years() -> None:
    found = figures("The S&P 500 closed at 4,155.86 in 2021; the CAC 40 at 7 412,3 and 12 people.")
    assert found == {"415586", "74123"}
    # The same level written the French way is the same figure.
    assert figures("clôturé à 4 155,86 points") == figures("closed at 4,155.86")


def test_market_close_of_another_day_takes_no_date() -> None:
    dated = _article("d", CLOSE_DATED, "2030-03-22")
    other = _article("u", CLOSE_OTHER_DAY)
    assert anchor_undated([dated, other], []) == []
    assert other.published is None


def test_market_close_of_the_same_day_is_dated() -> None:
    dated = _article("d", CLOSE_DATED, "2030-03-22")
    same = _article("u", CLOSE_SAME_DAY)
    assert anchor_undated([dated, same], []) == ["u"]
    assert (same.published, same.published_how) == ("2030-03-22", "story")


def test_forecast_naming_nothing_of_the_story_takes_no_date() -> None:
    dated = _article("d", FORECAST_DATED, "2030-03-09")
    elsewhere = _article("u", FORECAST_ELSEWHERE)
    assert anchor_undated([dated, elsewhere], []) == []
    same = _article("v", FORECAST_SAME)
    assert anchor_undated([dated, same], []) == ["v"]


def test_story_date_outside_the_month_the_url_files_it_under() -> None:
    dated = _article("d", CLOSE_DATED, "2030-03-22")
    filed_before = _article("u", CLOSE_SAME_DAY, url="https://example.com/markets/2029/05/close-mixed")
    assert anchor_undated([dated, filed_before], []) == []
    filed_then = _article("v", CLOSE_SAME_DAY, url="https://example.com/markets/2030/03/close-mixed")
    assert anchor_undated([dated, filed_then], []) == ["v"]
