"""clean@23 (issue 16, eval/pubdate_pool q038-q091): dates on a page that are not its own, and one
that is.  Other stories' stamps in a block of teasers above the article, and under a related
heading below a short article, date nothing and their headlines are no title; a reader comment's
stamp, marked by the thread's "says:" or "Reply", bounds the date as a comment's (`comment_line`)
instead of dating the page as its own line or its signature; a print-edition note ("Article paru
dans l'édition du …", "A version of this article appears in print on …") dates the page.
Invented pages, French and English, each with a near miss."""

from __future__ import annotations

from veille.model import Article
from veille.stages.clean import clean_article
from veille.stages.cleaning import rules
from veille.stages.cleaning.dateline import DatelineParser

PATTERNS, DATELINES = rules.load_patterns(), DatelineParser()

FR_LEDE = ("Le maire sortant a annoncé mardi soir qu'il briguerait un troisième mandat lors des élections "
           "municipales de l'an prochain, devant une salle comble réunie à la mairie pour l'occasion.")
FR_MORE = "Il a détaillé son programme pendant près d'une heure, en insistant sur les transports et le logement."
EN_LEDE = ("The city council voted 5-2 on Tuesday night to approve a budget that raises spending on roads and "
           "parks, after more than three hours of public comment from residents on both sides.")
EN_MORE = "The mayor said the budget was balanced and would not raise property taxes this year."
FR_HEAD = "Municipales : le maire sortant annonce sa candidature pour un troisième mandat"
EN_HEAD = "Council approves new budget after a long debate on Tuesday night"


def _cleaned(*lines: str) -> Article:
    article = Article(id="x", source="x", raw="\n\n".join(lines), url=None)
    return clean_article(article, PATTERNS, DATELINES)


def test_teasers_above_the_article_give_neither_date_nor_title() -> None:
    article = _cleaned("Les plus lus", "Incendie à Lyon : trois immeubles évacués cette nuit",
                       "Publié le 11/03/2024 à 08h12", "Grève SNCF : le trafic perturbé jusqu'à mercredi",
                       "Publié le 10/03/2024 à 19h40", FR_HEAD, "Publié le 12/03/2024 à 10h05", FR_LEDE, FR_MORE)
    assert (article.published, article.title) == ("2024-03-12", FR_HEAD)
    article = _cleaned("Trending", "Storm knocks out power to thousands across the county", "March 11, 2024",
                       EN_HEAD, "March 12, 2024", EN_LEDE, EN_MORE)
    assert (article.published, article.title) == ("2024-03-12", EN_HEAD)


def test_teasers_above_an_undated_article_date_nothing() -> None:
    article = _cleaned("Les plus lus", "Incendie à Lyon : trois immeubles évacués cette nuit",
                       "Publié le 11/03/2024 à 08h12", "Grève SNCF : le trafic perturbé jusqu'à mercredi",
                       "Publié le 10/03/2024 à 19h40", FR_HEAD, FR_LEDE, FR_MORE)
    assert article.published is None


def test_near_miss_a_page_with_no_teaser_block_keeps_its_first_stamp() -> None:
    # No related heading: the stamp above the headline is the page's, as before.
    article = _cleaned("Publié le 11/03/2024 à 08h12", FR_HEAD, FR_LEDE, FR_MORE)
    assert article.published == "2024-03-11"


def test_stamps_under_a_related_heading_below_a_short_article_date_nothing() -> None:
    article = _cleaned(FR_HEAD, FR_LEDE, "À lire aussi", "Incendie à Lyon : trois immeubles évacués",
                       "Société", "Publié le 31.10.22 à 00:00", "Grève SNCF : le trafic perturbé",
                       "Publié le 18.06.20 à 00:00", "Éducation. Que cache la grève des enseignants ?")
    assert article.published is None
    # Near miss: the article's own stamp above its lede still dates it.
    article = _cleaned(FR_HEAD, "Publié le 12/03/2024 à 10h05", FR_LEDE, "À lire aussi",
                       "Incendie à Lyon : trois immeubles évacués", "Publié le 31.10.22 à 00:00",
                       "Éducation. Que cache la grève des enseignants ?")
    assert article.published == "2024-03-12"


def test_a_comment_stamp_is_a_comment_not_the_page_own_date() -> None:
    article = _cleaned(EN_HEAD, EN_LEDE, EN_MORE, "Jane Doe says:", "March 14, 2024 at 4:31 pm",
                       "Great reporting, thank you for covering this.")
    assert (article.published, article.published_how) == ("2024-03-14", "comment_line")
    article = _cleaned(FR_HEAD, FR_LEDE, FR_MORE, "Jean Dupont", "14 mars 2024 à 16h31", "Répondre")
    assert (article.published, article.published_how) == ("2024-03-14", "comment_line")
    # The page's own stamp wins over its comments'.
    article = _cleaned(FR_HEAD, "Publié le 12/03/2024 à 10h05", FR_LEDE, FR_MORE, "Jean Dupont",
                       "14 mars 2024 à 16h31", "Répondre")
    assert (article.published, article.published_how) == ("2024-03-12", "date_line")


def test_near_miss_a_signature_with_no_thread_words_is_the_author_own() -> None:
    article = _cleaned(EN_HEAD, EN_LEDE, EN_MORE, "Jane Doe", "March 14, 2024")
    assert (article.published, article.published_how) == ("2024-03-14", "end_line")


def test_a_print_edition_note_dates_the_page() -> None:
    article = _cleaned(FR_HEAD, FR_LEDE, FR_MORE, "Article paru dans l'édition du 13 mars 2024")
    assert article.published == "2024-03-13"
    article = _cleaned("Paru dans Le Monde du 18/08/21", FR_HEAD, FR_LEDE, FR_MORE)
    assert article.published == "2021-08-18"
    article = _cleaned(EN_HEAD, EN_LEDE, EN_MORE, "A version of this article appears in print on March 13, "
                       "2024, Section A, Page 1 of the New York edition with the headline: Council Approves Budget.")
    assert article.published == "2024-03-13"
    article = _cleaned(EN_HEAD, EN_LEDE, EN_MORE, "This story appeared in the Tuesday, March 12, 2024 edition "
                       "of the Gazette.")
    assert article.published == "2024-03-12"


def test_near_miss_a_sentence_citing_a_paper_dates_nothing() -> None:
    article = _cleaned(FR_HEAD, FR_LEDE, "Le rapport, paru dans l'édition du 12 mars 2024, montrait que les "
                       "dépenses avaient augmenté de près de dix pour cent en un an.", FR_MORE)
    assert article.published is None
    article = _cleaned(EN_HEAD, EN_LEDE, "The letter appeared in print on March 12, 2024, after weeks of debate "
                       "about whether the paper should publish it at all.", EN_MORE)
    assert article.published is None


def test_a_photo_credit_or_a_site_menu_above_the_headline_is_no_title() -> None:
    article = _cleaned("Photos by HRFD Photographers Jane Doe & John Roe", EN_HEAD, EN_LEDE, EN_MORE)
    assert article.title == EN_HEAD
    article = _cleaned("News Sport Things to do Business Property Lifestyle Subscribe", EN_HEAD, EN_LEDE, EN_MORE)
    assert article.title == EN_HEAD
    article = _cleaned("Actualités Sport Culture Économie Se connecter", FR_HEAD, FR_LEDE, FR_MORE)
    assert article.title == FR_HEAD


def test_near_miss_a_headline_that_starts_like_a_credit_or_ends_on_subscribe() -> None:
    head = "Photo de famille au sommet du G7 à Biarritz"
    assert _cleaned(head, FR_LEDE, FR_MORE).title == head
    head = "Why readers in the county decided to subscribe again"
    assert _cleaned(head, EN_LEDE, EN_MORE).title == head


def test_near_miss_a_caption_between_the_article_stamp_and_its_lede() -> None:
    # A heading at the top of the page (a menu's "Latest News") and a photo's caption under the
    # article's stamp: the stamp is still the article's.
    article = _cleaned("Latest News", EN_HEAD, "Published March 12, 2024",
                       "Council members listen to residents during the meeting on Tuesday.", EN_LEDE, EN_MORE)
    assert article.published == "2024-03-12"


def test_near_miss_a_read_more_link_is_no_related_heading() -> None:
    # "Read more" continues the same article: the stamp under it is still near the top.
    article = _cleaned(EN_HEAD, EN_LEDE, "Read more", "Published March 12, 2024", EN_MORE,
                       "Residents spoke for and against the plan.")
    assert article.published == "2024-03-12"
