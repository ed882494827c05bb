"""clean@70 (issue 16): other stories' cards under the article (`cleaning.otherstories`) and the
headline the URL's slug spells (`cleaning.slughead`).  A card's first paragraph at the page's foot,
under its headline (which it goes on to tell) or a related label and a stamp, is cut; near misses:
the article's last paragraph under a sub-heading the model cut beside a photo's caption or an
embedded post, a run longer than a teaser, a live page, a headline sharing too few words."""

from __future__ import annotations

from conftest import clean_batch
from veille.stages.cleaning.otherstories import card_teasers
from veille.stages.cleaning.slughead import slug_headline, slug_words
from veille.stages.dedup import load_stop_words

ARTICLE = [
    "Stationné en bordure d'un axe très fréquenté d'une commune des Cévennes, son véhicule de couleur bleue "
    "n'est pas passé inaperçu aux yeux des gendarmes de la brigade locale.",
    "Le propriétaire avait lui-même collé des bandes sur la carrosserie, poussant l'imitation jusqu'à "
    "installer une rampe lumineuse sur le toit.",
    "Le magistrat a décidé la convocation en justice de l'automobiliste pour le mois prochain.",
]
HEADLINE = "Grenoble : Les véhicules de la gendarmerie incendiés"
TEASER = ("Ce jeudi vers 3 h 30, un incendie criminel a détruit un entrepôt abritant une cinquantaine de "
          "véhicules de gendarmerie à Grenoble.")
FURNITURE = frozenset({"lire", "aussi", "article", "previous", "next"})


def _cards(rows: list[tuple[str, str | None]]) -> set[int]:
    return card_teasers([t for t, _ in rows], [k for _, k in rows], load_stop_words(), FURNITURE)


def _article() -> list[tuple[str, str | None]]:
    return [("Insolite : il imite le véhicule de la gendarmerie", "title")] + [(p, None) for p in ARTICLE]


def test_a_card_s_teaser_under_its_headline_and_a_link_is_cut() -> None:
    rows = [*_article(), ("Previous ArticleNext Article", "fragment"), (HEADLINE, "related"), (TEASER, None)]
    assert _cards(rows) == {6}


def test_a_teaser_under_a_related_label_and_its_stamp_is_cut() -> None:
    rows = [*_article(), ("À lire aussi ...", "related"), ("Aujourd'hui", "related"), (TEASER, None)]
    assert _cards(rows) == {6}


def test_cards_in_a_row_and_the_box_s_label_are_cut() -> None:
    other = "Fermeture d'une voie sur le boulevard du Royaume Ouest"
    other_teaser = ("La Ville annonce que des travaux entraîneront la fermeture de la voie de droite du "
                    "boulevard du Royaume Ouest dès lundi.")
    rows = [*_article(), ("RECOMMANDÉS POUR VOUS", None), (other, "related"), ("Publié à 10h50", "date"),
                         (other, "related"), (other_teaser, None), ("LIRE LA SUITE", "related"),
                         (HEADLINE, "related"), ("Publié hier à 10h45", "date"), (TEASER, None)]
    assert _cards(rows) == {4, 8, 12}


def test_a_card_s_headline_the_model_kept_between_two_cards_cut_lines() -> None:
    rows = [*_article(), ("(Texte et photos P. Neufcour)", "related"), (HEADLINE, None),
                         ("14793991.jpg", "caption"), ("Photo D.R.", "fragment"), (TEASER, None)]
    assert _cards(rows) == {5, 8}


def test_the_article_s_last_paragraph_under_a_cut_sub_heading_and_a_caption_stays() -> None:
    last = ("Les gendarmes de Grenoble ont ouvert une enquête sur les véhicules incendiés la semaine "
            "dernière, sans lien établi avec cette affaire.")
    rows = [*_article(), ("Les véhicules de la gendarmerie en question", "fragment"),
                         ("Un véhicule de la gendarmerie. Photo DR", "caption"), (last, None)]
    assert _cards(rows) == set()


def test_a_paragraph_under_an_embedded_post_and_a_cut_heading_stays() -> None:
    rows = [*_article(), ("— Préfecture (@prefet38) 9 janvier 2024", "embed"), (HEADLINE, "related"),
                         (TEASER, None)]
    assert _cards(rows) == set()


def test_near_misses_a_long_run_a_live_page_few_shared_words() -> None:
    stamp = ("Publié hier à 10h45", "date")
    assert _cards([*_article(), ("Previous ArticleNext Article", "fragment"), (HEADLINE, "related"), stamp]
                  + [(TEASER, None)] * 5) == set()  # five paragraphs: the article going on
    live = [("18h46 : Bon courage aux automobilistes !", None), (ARTICLE[0], None),
            ("18h13 : Pour Mélenchon, le gouvernement vacille", None), (ARTICLE[1], None)]
    assert _cards([*live, ("Previous ArticleNext Article", "fragment"), (HEADLINE, "related"), (TEASER, None)]) \
        == set()
    assert _cards([*_article(), ("Previous ArticleNext Article", "fragment"),
                                ("Un nouveau maire élu à Voiron", "related"), (TEASER, None)]) == set()


def test_the_stage_cuts_a_card_s_teaser_and_keeps_the_article() -> None:
    url = "https://www.exemple-secours.fr/2017/07/17/insolite-il-imite-le-vehicule-de-la-gendarmerie/"
    article = clean_batch([(url, ["Insolite : il imite le véhicule de la gendarmerie", *ARTICLE,
                                  "Previous ArticleNext Article", HEADLINE, TEASER])])[0]
    body = str(article.body)
    assert TEASER not in body
    assert all(p in body for p in ARTICLE)


def test_slug_words_come_from_the_last_segment_or_the_one_before_an_id() -> None:
    assert slug_words("https://x.fr/2020/04/grave-sortie-de-route.html") == {"grave", "sortie", "route"}
    assert slug_words("https://x.com/news/brush-creek-success/245536561/") == {"brush", "creek", "success"}
    # A paper's folder above a date and an id is no slug.
    assert slug_words("https://www.pressreader.com/usa/the-morning-call/20240301/281548000840699") == set()
    assert slug_words(None) == set()


def test_the_headline_the_slug_spells_whatever_its_shape() -> None:
    url = "https://www.exemple.fr/2022/02/02/gael-fickou-tout-le-monde-tombe-un-jour-10083671.php"
    texts = ["Abonnés", "Gaël Fickou : « Tout le monde tombe, un jour... »", ARTICLE[0]]
    assert slug_headline(texts, [None, None, None], url) == 1
    # A finished sentence needs more of its words in the slug: the lede retells the headline.
    url = ("https://thehockeynews.com/news/all-five-former-world-junior-players-found-not-guilty-in-hockey-"
           "canada-sexual-assault-trial")
    lede = ("Five former members of Canada's 2018 world junior hockey team were found not guilty of sexual "
            "assault in a London, Ont., courtroom Thursday.")
    assert slug_headline(["Warning: coverage of the trial may be disturbing.", lede], [None, None], url) is None
    # Below the article's first paragraph, no line is the headline.
    url = "https://www.exemple.fr/actu/insolite-il-imite-le-vehicule-de-la-gendarmerie"
    assert slug_headline([ARTICLE[0] + " " + ARTICLE[1], "Insolite : il imite le véhicule de la gendarmerie"],
                         [None, None], url) is None


def test_the_stage_takes_the_slug_s_headline_under_a_site_s_slogans() -> None:
    url = "https://droit-exemple.org/actualites/avant-projet-de-loi-sur-leconomie-numerique-premiere-analyse"
    headline = "Avant-projet de loi sur l'économie numérique : première analyse"
    article = clean_batch([(url, ["Le portail du droit des technologies, depuis 1997", headline, *ARTICLE])])[0]
    assert article.title == headline
    assert headline not in str(article.body)

