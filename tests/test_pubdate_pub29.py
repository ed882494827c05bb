"""Page shapes probed for issue 16 (clean@44), from invented pages, each with near misses:

- a reader comment's date under a comment thread's heading ("3 Comments", "Commentaires") after
  the body is a comment's day, not the signature's: the article is dated by it only as an upper
  bound (`comment_line`), never as its own foot stamp (`end_line`); a signature's names and date
  right after the body, with no heading, still date the article;
- a CMS's signature and section beside the date are no sentence's words: Drupal's "Submitted by
  admin on Tue, 03/05/2024 - 15:04" ("Soumis par admin le mar, …"), a blog's "… par Jeanne Martin
  dans Faits divers", "Filed under Local News on March 5, 2024"; a sentence with the same words is
  still a sentence."""

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
    # The comment's day bounds the article from above; it is not given as the article's own stamp
    # (fix29c: asserted, so a page dated by nothing fails).
    assert article.published_how == "comment_line"
    assert article.published is not None and article.published[:10] == "2024-03-06"


@pytest.mark.parametrize(("head", "body", "foot", "day"), [
    # near misses: the signature right after the body, no thread heading above it
    (FR_HEAD, FR_BODY, "Jean Dupont\n5 mars 2024 à 14h05", "2024-03-05"),
    (EN_HEAD, EN_BODY, "John Smith / Valley Courier / March 5, 2024", "2024-03-05"),
])
def test_a_signature_after_the_body_still_dates_it(head: str, body: str, foot: str, day: str) -> None:
    article = clean_raw(f"{head}\n\n{body}\n\n{foot}")
    assert article.published_how == "end_line"
    assert article.published[:10] == day


@pytest.mark.parametrize(("line", "day"), [
    # a CMS's signature before the date: Drupal's default, in English and French, with a login
    ("Submitted by admin on Tue, 03/05/2024 - 15:04", "2024-03-05"),
    ("Submitted by jdoe on Tue, 2024-03-05 15:04", "2024-03-05"),
    ("Soumis par admin le mar, 05/03/2024 - 14:05", "2024-03-05"),
    ("Posted by Jane Doe on Tue, 2024-03-05", "2024-03-05"),
    # the section a blog engine files the post under
    ("5 mars 2024 par Jeanne Martin dans Faits divers", "2024-03-05"),
    ("Posté dans Faits divers le 5 mars 2024 par Jeanne Martin", "2024-03-05"),
    ("Filed under Local News on March 5, 2024", "2024-03-05"),
    # near misses: sentences that hold the same words stay sentences
    ("The bill was submitted by the mayor on March 5, 2024 and passed.", None),
    ("Submitted by the mayor on March 5, 2024, the budget would raise taxes", None),
    ("Le 5 mars 2024, le maire a été élu dans une ambiance tendue", None),
    ("Il est arrivé le mar, 05/03/2024 dans la soirée avec ses enfants", None),
    ("Filed under pressure from the council on March 5, 2024, the plan was dropped", None),
])
def test_a_cms_signature_and_section_beside_the_date(line: str, day: str | None) -> None:
    from veille.stages.cleaning.dateline import DatelineParser

    found = DatelineParser().finder.date_line(line)
    assert (found.date if found else None) == day


def test_a_drupal_stamp_under_the_headline_dates_the_page() -> None:
    article = clean_raw(f"{EN_HEAD}\n\nSubmitted by admin on Tue, 03/05/2024 - 15:04\n\n{EN_BODY}")
    assert article.published[:10] == "2024-03-05"
    assert article.published_how == "date_line"
    assert "Submitted by" not in article.body


TEASERS_EN = ("City council approves new budget for schools\nMarch 1, 2024\n"
              "School board meets Thursday on closures\nMarch 4, 2024\n")
TEASERS_FR = ("Le conseil municipal vote le budget des écoles\n1 mars 2024\n"
              "Le conseil d'école se réunit jeudi soir\n4 mars 2024\n")


@pytest.mark.parametrize(("raw", "day"), [
    # a run of other stories above the headline, each a headline and its stamp, with no heading
    (f"{TEASERS_EN}\n{EN_HEAD}\n\n{EN_BODY}", None),
    (f"{TEASERS_FR}\n{FR_HEAD}\n\n{FR_BODY}", None),
    # near misses: the article's own stamp under its headline still dates it; one date line above
    # the headline (a kicker's day) still does; a stamp over a second stamp is no run of teasers
    (f"{TEASERS_EN}\n{EN_HEAD}\n\nMarch 5, 2024\n\n{EN_BODY}", "2024-03-05"),
    (f"{TEASERS_FR}\n{FR_HEAD}\nLe 5 mars 2024\n\n{FR_BODY}", "2024-03-05"),
    (f"March 5, 2024\n\n{EN_HEAD}\n\n{EN_BODY}", "2024-03-05"),
    (f"{EN_HEAD}\n\nPosted at 12:58 AM, Mar 05, 2024\nand last updated 2024-03-05 12:29:08-04\n\n{EN_BODY}",
     "2024-03-05"),
])
def test_a_run_of_dated_teasers_above_the_headline(raw: str, day: str | None) -> None:
    article = clean_raw(raw)
    assert (article.published[:10] if article.published else None) == day


@pytest.mark.parametrize(("foot", "day"), [
    # a post navigation after the body: two other posts, each a title and its stamp
    ("« City council approves budget\nMarch 1, 2024\n\nSchool board meets Thursday »\nMarch 7, 2024", None),
    ("← Le conseil municipal vote le budget.\n1 mars 2024\n\nLe conseil d'école se réunit jeudi. →\n7 mars 2024",
     None),
    # near miss: a short closing paragraph, then the signature's stamp
    ("The family thanked the firefighters.\n\nJohn Smith\nMarch 5, 2024", "2024-03-05"),
])
def test_a_dated_list_at_the_foot_is_no_signature(foot: str, day: str | None) -> None:
    article = clean_raw(f"{EN_HEAD}\n\n{EN_BODY}\n\n{foot}")
    assert (article.published[:10] if article.published else None) == day


@pytest.mark.parametrize("updated", ["Mis à jour le 5 mars 2024 à 09h40", "Mis à jour le 5 mars 2024"])
def test_the_pages_own_publication_and_update_stamps_are_no_teasers(updated: str) -> None:
    """fix29c (clean@47): headline, its "Publié le" stamp, a standfirst with no final period, then
    the "Mis à jour" stamp: two headline-shaped lines each over a stamp, but the stamps say they
    are the page's own (a publication's and an update's label), so this is no run of teasers: the
    page is published on the 3rd and its standfirst is body."""
    standfirst = "Les pompiers sont intervenus dans la nuit pour un feu qui a détruit une maison du centre"
    article = clean_raw(f"{FR_HEAD}\nPublié le 3 mars 2024 à 18h12\n{standfirst}\n{updated}\n\n{FR_BODY}")
    assert article.published is not None and article.published[:10] == "2024-03-03"
    assert article.published_how == "date_line"
    assert standfirst in article.body
