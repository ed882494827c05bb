"""clean@27: French page furniture the clean pool's new pages showed (c46-c61), on invented pages.

A live page's timed entries are its sub-headings, a live's close and an empty comment thread are
furniture, a column's credit line ("Le billet de X du 14 décembre 2007.") is a byline, a login
widget is no headline, and under a "Lire aussi" heading a teaser opened by its genre in capitals
("CHRONIQUE - ...") is another story's.  Each with a near miss: a line of an article that looks
like the furniture.
"""

from __future__ import annotations

from typing import Any

import pytest

from veille.model import Article
from veille.stages.clean import clean_batch
from veille.stages.cleaning import rules
from veille.stages.cleaning.liveblog import is_live_entry, live_entries, table_rows

PATTERNS = rules.load_patterns()


def _kinds(article: Article) -> dict[str, str]:
    return {r.text: r.kind for r in article.removed}


@pytest.mark.parametrize(("line", "kind"), [
    ("C'est la fin de ce direct, merci de nous avoir suivis.", "note"),
    ("21h05 : C'est l'heure de se quitter, rendez-vous demain matin dès 7 heures.", "note"),
    ("Notre live touche à sa fin. Bonne soirée à tous !", "note"),
    ("That's it for our live coverage tonight.", "note"),
    ("Aucun commentaire", "comments"),
    ("Il n'y a pour l'instant aucun commentaire sur cet article.", "comments"),
    ("Pas encore de réactions.", "comments"),
    ("Soyez le premier à réagir !", "comments"),
    ("Be the first to comment on this story", "comments"),
    ("No comments yet.", "comments"),
    ("La chronique d'Anne Martin du 3 mars 2021.", "byline"),
    ("Le billet de Jean Dupont", "byline"),
    ("L'édito de Paul Lefèvre", "byline"),
    ("Mot de passe oublié ?", "cta"),
    ("Pas encore inscrit(e) ?", "cta"),
    ("Identifiant ou mot de passe incorrect", "cta"),
    ("Créer un compte gratuitement", "cta"),
    ("Forgot your password?", "cta"),
])
def test_french_page_furniture_gets_its_kind(line: str, kind: str) -> None:
    found = rules.match_boilerplate(line, PATTERNS)
    assert found is not None and found.kind == kind, line


@pytest.mark.parametrize("line", [
    "Le ministère n'a fait aucun commentaire sur cette affaire.",
    "Aucun commentaire n'a été fait par la préfecture.",
    "Le billet de train coûtera 40 euros de plus en 2026.",
    "La chronique judiciaire de la ville a été marquée par ce procès.",
    "C'est la fin d'une époque pour les salariés de l'usine.",
    "Le mot de passe oublié par l'employé a permis aux pirates d'entrer.",
    "Déjà inscrit sur les listes électorales, il a pu voter dimanche.",
])
def test_article_lines_like_that_furniture_are_not_boilerplate(line: str) -> None:
    assert rules.match_boilerplate(line, PATTERNS) is None


def test_live_entries_need_a_live_page() -> None:
    assert is_live_entry("18h46 : Bon courage aux automobilistes !")
    assert is_live_entry("9:05 - Les premiers cortèges se forment")
    assert not is_live_entry("19:48Monde - Une voyageuse contrainte de passer 14h debout")  # a ticker's item
    assert not is_live_entry("18h46, les pompiers arrivent sur place.")
    # one timed line is a schedule's or a caption's, not a live page's structure
    assert live_entries(["Le concert est annoncé.", "20h30 : ouverture des portes", "Entrée libre."]) == set()


def test_a_live_pages_entry_headings_stay_in_its_body(ctx: Any) -> None:
    text = ("Grève du 12 mars : les transports très perturbés\n\n"
            "Revivez la journée de mobilisation contre la réforme et ses perturbations.\n\n"
            "À lire aussi\n\n"
            "18h40 : Embouteillages records en Ile-de-France\n\n"
            "Près de 500 km de bouchons ont été enregistrés en fin d'après-midi sur les routes de la région.\n\n"
            "17h55 : Le Premier ministre recevra les syndicats\n\n"
            "Le chef du gouvernement a annoncé qu'il recevrait les partenaires sociaux lundi à Matignon.\n\n"
            "17h10 : Bon courage aux usagers !\n\n"
            "Seul un train sur trois circulera encore demain sur les lignes régionales, selon la SNCF.\n")
    [art] = clean_batch([Article(id="live", source="live", raw=text)], ctx)
    body = art.body.splitlines()
    for heading in ("18h40 : Embouteillages records en Ile-de-France",
                    "17h55 : Le Premier ministre recevra les syndicats", "17h10 : Bon courage aux usagers !"):
        assert heading in body, heading
    assert _kinds(art)["À lire aussi"] == "related"


def test_a_genre_kicker_teaser_under_lire_aussi_is_cut_a_wire_lede_is_not(ctx: Any) -> None:
    lede = ("Le Parlement a adopté jeudi soir le budget de l'État après trois semaines de débats houleux "
            "et un dernier vote serré.")
    teaser = ("CHRONIQUE - Stagnation, dette et promesses : le budget voté jeudi dit beaucoup de notre "
              "époque, estime notre chroniqueur.")
    text = f"{lede}\n\nÀ lire aussi\n\nLe Sénat rejette la réforme des retraites\n\n{teaser}\n"
    [art] = clean_batch([Article(id="k", source="k", raw=text)], ctx)
    assert teaser not in art.body and _kinds(art)[teaser] == "related"
    wire = ("PARIS - Le président a promulgué vendredi la loi de finances, adoptée la veille par le Parlement "
            "après trois semaines de débats.")
    text = f"À lire aussi\n\nLe Sénat rejette la réforme des retraites\n\n{wire}\n\n{lede}\n"
    [art] = clean_batch([Article(id="w", source="w", raw=text)], ctx)
    assert wire in art.body.splitlines()
    assert not rules.is_kicker_teaser(wire)


def test_a_tables_rows_are_the_articles_a_menu_of_bars_is_not(ctx: Any) -> None:
    text = ("Le gouvernement a démissionné lundi matin, quatorze heures après avoir été nommé.\n\n"
            "Les oppositions réclament désormais une dissolution de l'Assemblée nationale.\n\n"
            "Chronologie des faits\n\n"
            "Date | Fait |\n\n"
            "---|---|\n\n"
            "5 octobre | Le Premier ministre dévoile son gouvernement. |\n\n"
            "6 octobre | Il remet sa démission au président. |\n\n"
            "La suite dépend désormais du chef de l'État, qui doit nommer un successeur.\n")
    [art] = clean_batch([Article(id="tab", source="tab", raw=text)], ctx)
    body = art.body.splitlines()
    for row in ("Date | Fait |", "---|---|", "6 octobre | Il remet sa démission au président. |"):
        assert row in body, row
    assert table_rows(["Accueil | Politique | Sport | Culture", "Le texte commence ici."]) == set()
