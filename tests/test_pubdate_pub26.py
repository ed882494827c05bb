"""Date kinds the hand-gold pool's pub26 pages showed (clean@37), from invented lines and pages,
each with near misses:

- a top paragraph that glosses a deictic day word with its full date ("yesterday (March 3, 2021)",
  "hier (mercredi 3 mars 2021)", "today, Monday, March 8, 2021,") or a live page's welcome that
  names its day ("live blog for Monday, March 8, 2021") states the day it was written
  (`written_day`); a date alone in a sentence, an unclosed gloss or a weekday without its year
  date nothing;
- of two bare date lines near the top that disagree, the one under the headline is the article's,
  not the site's day above it; with none under the headline, the one above still dates the page;
- an embedded post's text flattened onto its credit line is an embed, never the headline."""

from __future__ import annotations

import pytest

from conftest import FR_NEWS_BODY as FR_BODY
from conftest import clean_raw
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.writtendays import written_day

EN_BODY = ("Police said a man armed with a knife took two people hostage in a shop on the main street "
           "on Tuesday morning before officers talked him into giving himself up.\n\n"
           "Nobody was hurt, a police spokesman said, and the man was taken into custody.\n\n"
           "The street was closed for three hours while officers searched the building.")


@pytest.mark.parametrize(("paragraph", "day"), [
    ("The mayor yesterday (March 3, 2021) opened the new bridge to traffic after two years of works.",
     "2021-03-04"),
    ("Le maire a inauguré hier (mercredi 3 mars 2021) le nouveau pont après deux ans de travaux.", "2021-03-04"),
    ("The council today, Monday, March 8, 2021, voted to close the pool for the summer season.", "2021-03-08"),
    ("Ce matin (12 avril 2022), les pompiers sont intervenus pour un feu de broussailles.", "2022-04-12"),
    ("The board will meet tomorrow (June 2, 2020) to choose a new chair for the hospital.", "2020-06-01"),
    # the time lexicon's days two away (clean@37 read "avant-hier" as its "hier", one day off)
    ("Le conseil a voté avant-hier (lundi 8 mars 2021) la fermeture de la piscine municipale.", "2021-03-10"),
    ("The board meets the day after tomorrow (June 3, 2020) to choose a new chair.", "2020-06-01"),
    ("The mayor said the day before yesterday (March 3, 2021) that the bridge would open.", "2021-03-05"),
    ("Welcome to our live blog for Monday, March 8, 2021. Follow the day's news with us.", "2021-03-08"),
    ("Bienvenue dans ce direct du lundi 8 mars 2021, consacré à la grève des transports.", "2021-03-08"),
])
def test_a_paragraph_states_its_writing_day(paragraph: str, day: str) -> None:
    found = written_day(paragraph, DatelineParser().finder)
    assert found is not None and (found.date, found.how) == (day, "written_day")


@pytest.mark.parametrize("paragraph", [
    "The bridge opened on March 3, 2021 after two years of works, the mayor said yesterday.",
    "Yesterday, March 3, 2021 and March 4, 2021 were the coldest days of the year.",
    "The mayor yesterday (Wednesday) opened the new bridge to traffic.",
    "Le maire a inauguré hier (3 mars) le nouveau pont.",
    "Our live coverage of the 2021 election ended at midnight.",
    "Today's (March 3, 2021) figures are in the table below.",
])
def test_other_sentences_state_no_writing_day(paragraph: str) -> None:
    assert written_day(paragraph, DatelineParser().finder) is None


def test_a_glossed_yesterday_dates_an_undated_page() -> None:
    art = clean_raw("Mayor opens the new bridge over the river\n\n"
                    "The mayor yesterday (March 3, 2021) opened the new bridge to traffic after two years "
                    "of works and a long dispute over its cost with the regional council.\n\n" + EN_BODY)
    assert (art.published, art.published_how) == ("2021-03-04", "written_day")


def test_a_date_line_still_wins_over_the_gloss() -> None:
    art = clean_raw("Mayor opens the new bridge over the river\nMarch 5, 2021\n\n"
                    "The mayor yesterday (March 3, 2021) opened the new bridge to traffic after two years "
                    "of works and a long dispute over its cost with the regional council.\n\n" + EN_BODY)
    assert (art.published, art.published_how) == ("2021-03-05", "date_line")


MASTHEAD = "samedi, mars 2, 2024\nLe Courrier du Plateau\nACTUALITÉ\nPOLITIQUE\nSPORT\n"


def test_the_date_under_the_headline_wins_over_the_sites_day_above_it() -> None:
    art = clean_raw(f"{MASTHEAD}Un forcené se rend après trois heures de négociation\n12 novembre 2023\n{FR_BODY}")
    assert (art.published, art.published_how) == ("2023-11-12", "date_line")


def test_the_date_above_the_headline_stands_alone() -> None:
    # Near miss: nothing under the headline, so the only date line dates the page.
    art = clean_raw(f"{MASTHEAD}Un forcené se rend après trois heures de négociation\n{FR_BODY}")
    assert art.published == "2024-03-02"


def test_two_agreeing_lines_keep_the_first() -> None:
    art = clean_raw("March 2, 2024\nMan gives himself up after a three-hour standoff\nMarch 2, 2024 9:05 AM\n"
                    f"{EN_BODY}")
    assert art.published == "2024-03-02"


def test_a_flattened_embedded_post_is_no_headline() -> None:
    art = clean_raw("Main Street closed after a crash near the bridge— City Traffic (@CityTraffic) March 3, 2021\n"
                    f"{EN_BODY}")
    assert art.title is None
    assert "@CityTraffic" not in art.body


def test_a_headline_with_a_dash_and_a_handle_is_kept() -> None:
    # Near miss: no date after the handle, so no post's credit.
    art = clean_raw(f"Mayor answers critics — and a viral post by @CityTraffic\n{EN_BODY}")
    assert art.title == "Mayor answers critics — and a viral post by @CityTraffic"
