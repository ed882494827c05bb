"""Page shapes probed for issue 16 (clean@44), from invented pages, each with near misses:

- a reader comment's date under a comment thread's heading ("3 Comments", "Commentaires") after
  the body is a comment's day, not the signature's: the article is dated by it only as an upper
  bound (`comment_line`), never as its own foot stamp (`end_line`); a signature's names and date
  right after the body, with no heading, still date the article."""

from __future__ import annotations

import pytest

from conftest import clean_raw

FR_HEAD = "Deux blessés dans l'incendie d'une maison de la rue principale"
FR_BODY = ("Un incendie a ravagé une maison de la rue principale dans la nuit de lundi à mardi, et deux "
           "habitants ont été légèrement blessés, selon les pompiers.\n\n"
           "Le feu a pris dans la cuisine vers 3 heures avant de gagner les combles, a indiqué un "
           "porte-parole des secours.\n\n"
           "La famille a été relogée par la mairie et une enquête a été ouverte sur les causes du sinistre.")
EN_HEAD = "Two hurt as fire destroys family home on Elm Street"
EN_BODY = ("Firefighters battled a blaze at a two-story home on Elm Street early Tuesday, officials said, "
           "and two residents were taken to a hospital with minor injuries.\n\n"
           "The fire started in the kitchen shortly after 3 a.m. and spread to the attic before crews "
           "brought it under control, a fire department spokesman said.\n\n"
           "The Red Cross is helping the family, and the cause remains under investigation.")


@pytest.mark.parametrize(("head", "body", "foot"), [
    (FR_HEAD, FR_BODY, "Commentaires\n\nJean Dupont\n6 mars 2024 à 9h15\nQuelle tristesse."),
    (FR_HEAD, FR_BODY, "2 commentaires\n\nMarie Durand\n6 mars 2024 à 9h15\nCourage à la famille."),
    (EN_HEAD, EN_BODY, "3 Comments\n\nJohn Smith\nMarch 6, 2024 at 9:15 am\nTerrible news."),
    (EN_HEAD, EN_BODY, "Comments\n\nMary Jones\nMarch 6, 2024\nHope everyone is okay."),
])
def test_a_comment_under_its_thread_heading_is_no_signature(head: str, body: str, foot: str) -> None:
    article = clean_raw(f"{head}\n\n{body}\n\n{foot}")
    assert article.published_how != "end_line"
    # The comment's day bounds the article from above; it is not given as the article's own stamp.
    assert article.published_how in ("comment_line", "none")


@pytest.mark.parametrize(("head", "body", "foot", "day"), [
    # near misses: the signature right after the body, no thread heading above it
    (FR_HEAD, FR_BODY, "Jean Dupont\n5 mars 2024 à 14h05", "2024-03-05"),
    (EN_HEAD, EN_BODY, "John Smith / Valley Courier / March 5, 2024", "2024-03-05"),
])
def test_a_signature_after_the_body_still_dates_it(head: str, body: str, foot: str, day: str) -> None:
    article = clean_raw(f"{head}\n\n{body}\n\n{foot}")
    assert article.published_how == "end_line"
    assert article.published[:10] == day
