"""clean@17: the first reader comment's day at a page's foot dates a page that states no other
date, as an upper bound (`comment_line`, `cleaning.pagedates.comment_date`).  Invented pages, French and
English, and near misses that must date nothing."""

from __future__ import annotations

from veille.model import Article
from veille.stages.clean import clean_article
from veille.stages.cleaning import rules
from veille.stages.cleaning.dateline import DatelineParser

PATTERNS, DATELINES = rules.load_patterns(), DatelineParser()

EN_BODY = ("The county sheriff's office arrested a deputy over threats posted online, the office said.\n\n"
           "The sheriff will give a news conference at 5 p.m. to provide more information on the case.\n\n"
           "The deputy has been placed on leave while the investigation continues, officials said.\n\n")
FR_BODY = ("Le conseil municipal a voté le budget à l'unanimité, après un long débat sur les travaux.\n\n"
           "Le maire a annoncé que la piscine rouvrira après deux années de chantier et de retards.\n\n"
           "L'opposition a salué un effort sur les écoles mais regrette la hausse des tarifs de cantine.\n\n")


def _cleaned(text: str) -> Article:
    article = Article(id="x", source="x", raw=text, url=None)
    return clean_article(article, PATTERNS, DATELINES)


def test_the_first_comment_dates_a_page_with_no_other_date() -> None:
    page = EN_BODY + "3 Comments\n\nJane Roe\n\nMarch 4, 2021 at 9:12 am\n\nGood.\n\nJohn Doe\n\nMarch 3, 2021 at 4:31 pm\n\nSad."
    article = _cleaned(page)
    assert (article.published, article.published_how) == ("2021-03-03", "comment_line")
    page = FR_BODY + "2 commentaires\n\nMarie\n\n12 mars 2024 à 18 h 05\n\nEnfin !"
    assert (_cleaned(page).published, _cleaned(page).published_how) == ("2024-03-12", "comment_line")


def test_the_page_own_date_wins_over_its_comments() -> None:
    page = "Publié le 11 mars 2024 à 10h05\n\n" + FR_BODY + "2 commentaires\n\nMarie\n\n12 mars 2024 à 18 h 05\n\nEnfin !"
    article = _cleaned(page)
    assert (article.published, article.published_how) == ("2024-03-11", "date_line")


def test_a_date_line_with_no_comment_thread_above_it_dates_nothing() -> None:
    # A foot date after a related block, no comment heading: another story's.
    page = EN_BODY + "Related\n\nCounty approves new budget for jail\n\nMarch 4, 2021 at 9:12 am"
    assert _cleaned(page).published_how != "comment_line"
    # A comment counter by the headline heads no thread: the dates far below are not comments'.
    page = "12 comments\n\n" + EN_BODY + EN_BODY.replace("office", "agency") + "March 4, 2021 at 9:12 am"
    assert _cleaned(page).published_how != "comment_line"
