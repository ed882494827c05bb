"""clean@18: navigation lines with a headline's shape are never the title (`cleaning.navigation`).

Invented pages and lines, in French and English, each with a near miss that must keep its
current reading."""

from __future__ import annotations

from veille.model import Article
from veille.stages.clean import clean_article
from veille.stages.cleaning import rules
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.navigation import is_flattened_menu, is_label_list, is_list_item


def _clean(text: str) -> Article:
    article = Article(id="t", source="t", raw=text, url=None)
    clean_article(article, rules.load_patterns(), DatelineParser())
    return article


def test_label_lists():
    assert is_label_list("Business / Local News / Weather / U.S. News")
    assert is_label_list("Sport | Football | Ligue 1")
    assert is_label_list("Actualités › Société › Justice › Faits divers")
    # Near misses: a headline with slashes holds a clause; two items are no list; a slash in a word.
    assert not is_label_list("Grippe / écoles : ce qui change à la rentrée")
    assert not is_label_list("Paris / Lyon, la ligne coupée pendant trois jours")
    assert not is_label_list("Open 24/7 and/or closed on Sundays: the new rules for shops")
    assert not is_label_list("Météo / Vigilance orange")
    assert not is_label_list("Mayor says budget / tax plan will pass / council members doubt it")


def test_flattened_menu():
    lines = ["Alsace Bourgogne Champagne Lorraine Picardie", "• Alsace", "• Bourgogne", "• Lorraine",
             "Un titre quelconque pour la page d'essai", "Le premier paragraphe commence ici et se termine."]
    assert is_flattened_menu(lines, 0)
    # Near miss: a headline naming two places that a tag list below repeats is no menu.
    lines = ["Alsace et Lorraine sous la neige ce matin", "• Alsace", "• Lorraine", "Le texte suit ici."]
    assert not is_flattened_menu(lines, 0)
    # Near miss: a headline naming three people whose tags stand one per line below it.
    lines = ["Macron, Merz et Meloni réunis à Rome", "Le sommet a duré deux heures.", "• Macron", "• Merz",
             "• Meloni"]
    assert not is_flattened_menu(lines, 0)


def test_list_items():
    assert is_list_item("• Pays de Caux")
    assert is_list_item("  · Toutes les régions")
    assert not is_list_item("- Un tiret ouvre aussi des titres de dépêche")
    assert not is_list_item("Pays de Caux : la route coupée")


def test_category_line_above_the_headline_is_not_the_title():
    page = ("Home / Local News / Weather / Traffic\n\n"
            "Storm knocks out power to thousands in the valley\n\n"
            "High winds toppled trees and power lines across the county on Monday night, leaving "
            "thousands of homes in the dark, the utility said.\n\n"
            "Crews expected to restore most customers by Wednesday.")
    article = _clean(page)
    assert article.title == "Storm knocks out power to thousands in the valley"
    assert "Home / Local News" not in article.body


def test_region_menu_then_headline():
    page = ("Retour\n"
            "Alsace Bourgogne Champagne Lorraine Picardie Normandie\n"
            "  • Alsace\n  • Bourgogne\n  • Champagne\n  • Pays de Caux\n"
            "Changer de région\n"
            "Faits divers\n\n"
            "Un camion se renverse sur la départementale près de Dieppe\n\n"
            "Un poids lourd s'est couché sur le flanc mardi matin sur la D925, bloquant la circulation "
            "pendant trois heures. Le chauffeur est légèrement blessé.\n\n"
            "La route a été rouverte en fin de matinée.")
    article = _clean(page)
    assert article.title == "Un camion se renverse sur la départementale près de Dieppe"


def test_headline_with_a_slash_stays_the_title():
    # Near miss: the only headline-shaped line holds separators but a clause too.
    page = ("Grippe / écoles : ce qui change à la rentrée\n\n"
            "Le ministère a publié lundi un protocole qui s'appliquera dans toutes les écoles du pays. "
            "Les familles seront prévenues par courrier.\n\n"
            "Les syndicats demandent des moyens supplémentaires.")
    assert _clean(page).title == "Grippe / écoles : ce qui change à la rentrée"


def test_credited_captions():
    from veille.stages.cleaning.navigation import is_credited_caption
    assert is_credited_caption("Le tramway au niveau de la gare Saint-Charles. @JeanDupont")
    assert is_credited_caption("Crews at the scene of the fire on Monday. (Source: KXYZ Staff)")
    assert is_credited_caption("La mairie de Brest sous la neige. Photo : Marie Le Gall")
    # Near misses: a headline with two sentences and no credit; a credit with no sentence before it;
    # a handle inside a headline.
    assert not is_credited_caption("Le maire démissionne. Et maintenant ?")
    assert not is_credited_caption("(Source: KXYZ Staff)")
    assert not is_credited_caption("@JeanDupont répond aux critiques du maire")
    assert not is_credited_caption("Storm hits the coast. Thousands without power")


def test_caption_above_the_headline_is_not_the_title():
    page = ("Actualité\n\n"
            "Le tramway au niveau de la gare Saint-Charles. @JeanDupont\n\n"
            "Marseille : une passagère agressée dans le tramway en pleine journée\n\n"
            "Une femme de 34 ans a été frappée mardi vers 14 heures par un homme qui a pris la fuite. "
            "La police a ouvert une enquête.\n\n"
            "Des témoins ont été entendus.")
    article = _clean(page)
    assert article.title == "Marseille : une passagère agressée dans le tramway en pleine journée"
    assert "@JeanDupont" not in article.body
