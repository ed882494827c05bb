"""Page shapes the pub30 batch of eval/pubdate_pool showed (clean@47, issue 16), on invented pages
with near misses:

- a reader comment's header on one line, the commenter's name, the thread's verb and the day
  ("crowntower wrote on February 13, 2015, 4:37 PM", "Jean Dupont a écrit le 6 mars 2024 à
  9h15") below the article: the comment's day bounds the article from above (`comment_line`), and
  is never the article's own stamp; a sentence with a subject, a verb and a date is no such header;
- a calendar badge flattened to three lines, day, month and year ("14 / fév. / 2023") dates the
  page; three such lines that are not a date do not."""

from __future__ import annotations

import pytest

from conftest import clean_raw

EN_HEAD = "Two hurt as fire destroys family home on Elm Street"
EN_BODY = ("Firefighters battled a blaze at a two-story home on Elm Street early Tuesday, officials said, "
           "and two residents were taken to a hospital with minor injuries.\n\n"
           "The fire started in the kitchen shortly after 3 a.m. and spread to the attic before crews "
           "brought it under control, a fire department spokesman said.")
FR_HEAD = "Deux blessés dans l'incendie d'une maison de la rue principale"
FR_BODY = ("Un incendie a ravagé une maison de la rue principale dans la nuit de lundi à mardi, et deux "
           "habitants ont été légèrement blessés, selon les pompiers.\n\n"
           "Le feu a pris dans la cuisine vers 3 heures avant de gagner les combles, a indiqué un "
           "porte-parole des secours.")


@pytest.mark.parametrize(("head", "body", "foot", "day"), [
    (EN_HEAD, EN_BODY, "You need an account to comment.\n\nmaplefan22 wrote on March 6, 2024, 4:37 PM\n\nSo sad.",
     "2024-03-06"),
    (EN_HEAD, EN_BODY, "Mary Jones said on March 7, 2024 at 9:15 am\n\nHope everyone is okay.", "2024-03-07"),
    (FR_HEAD, FR_BODY, "Jean Dupont a écrit le 6 mars 2024 à 9h15\n\nQuelle tristesse.", "2024-03-06"),
])
def test_a_one_line_comment_header_gives_an_upper_bound(head: str, body: str, foot: str, day: str) -> None:
    article = clean_raw(f"{head}\n\n{body}\n\n{foot}")
    assert (article.published, article.published_how) == (day, "comment_line")


@pytest.mark.parametrize("foot", [
    "The mayor said on March 6, 2024",  # a subject that is no commenter's name
    "The road will reopen, the mayor said on March 6, 2024 after a meeting with residents.",
    "Le maire a dit le 6 mars 2024",
])
def test_a_sentence_with_a_verb_and_a_date_is_no_comment_header(foot: str) -> None:
    head, body = (FR_HEAD, FR_BODY) if foot.startswith("Le ") else (EN_HEAD, EN_BODY)
    article = clean_raw(f"{head}\n\n{body}\n\n{foot}")
    assert article.published_how != "comment_line"


def test_a_comment_header_above_the_article_is_not_a_comment() -> None:
    # A forum post's own "admin wrote on …" over its text is no reader's comment below an article.
    article = clean_raw(f"{EN_HEAD}\n\nadmin wrote on March 3, 2024\n\n{EN_BODY}")
    assert article.published_how != "comment_line"


@pytest.mark.parametrize(("badge", "day"), [
    ("14\nfév.\n2023", "2023-02-14"),
    ("14\nFeb\n2023", "2023-02-14"),
    ("Feb\n14\n2023", "2023-02-14"),
    ("60\n3\nmars\n2021", "2021-03-03"),  # a comment count above the badge
])
def test_a_calendar_badge_dates_the_page(badge: str, day: str) -> None:
    article = clean_raw(f"{EN_HEAD}\n\n{badge}\n\n{EN_BODY}")
    assert (article.published, article.published_how) == (day, "date_line")
    assert "2023\n" not in article.body and not article.body.startswith(badge.split()[0] + "\n")


@pytest.mark.parametrize("lines", ["14\nFebruary is short\n2023", "14\nmai\n99", "31\nfév.\n2023", "Chapter\n14\n2023"])
def test_three_short_lines_that_are_no_date_date_nothing(lines: str) -> None:
    article = clean_raw(f"{EN_HEAD}\n\n{lines}\n\n{EN_BODY}")
    assert article.published is None
