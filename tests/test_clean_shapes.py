"""clean@45: a site's template filled in with other dates and names (date lines, bylines) is
told by its shape across the site's pages of one batch; a wire story on several sites and a
site's recurring sub-heading between paragraphs are not."""

from __future__ import annotations

import pytest

from conftest import clean_batch
from veille.stages.cleaning.repetition import LineCounts, Shapes, load_shapes, shape_key, shape_span
from veille.stages.dedup import load_stop_words

_STORIES = [
    ("Le conseil départemental vote son budget",
     "Les élus ont adopté lundi un budget en hausse de quatre pour cent, porté par les routes et les collèges.",
     "La séance a duré six heures et l'opposition a voté contre l'ensemble des chapitres présentés.",
     "Le président a promis une révision des tarifs des cantines avant la rentrée prochaine."),
    ("Une nouvelle ligne de bus entre les deux vallées",
     "La ligne reliera les deux bourgs en quarante minutes à partir du printemps, a annoncé la région.",
     "Six allers-retours quotidiens sont prévus, dont deux le samedi pour le marché hebdomadaire.",
     "Les horaires définitifs seront affichés dans les mairies concernées dès le mois prochain."),
    ("Le club de rugby retrouve la division supérieure",
     "Après trois saisons en bas de tableau, l'équipe a gagné sa montée dimanche devant mille spectateurs.",
     "L'entraîneur a salué le travail des jeunes joueurs formés au club depuis leurs dix ans.",
     "La mairie prévoit de rénover les vestiaires du stade municipal avant la reprise en septembre."),
]
_BYLINES = ["Par Jeanne Morel pour Radio Causse le 31/01/12 10:08",
            "Par Paul Vidal pour Radio Quercy le 19/05/08 13:28",
            "Par Lucie Garnier pour Comité Lotois le 02/11/10 09:15"]
_DATES = ["Publié le 3 mars 2021", "Publié le 17 avril 2022", "Publié le 9 décembre 2020"]


def _shapes() -> Shapes:
    return load_shapes(load_stop_words())


def _lines(n: int, extra: list[str], subheading: str | None = None) -> list[str]:
    title, standfirst, first, second = _STORIES[n]
    return [title, standfirst, *extra, first, *([subheading] if subheading else []), second]


def test_a_sites_date_lines_match_with_other_months_and_days() -> None:
    counts = LineCounts(_shapes())
    for n in range(3):
        counts.add(n, f"https://www.gazette-causse.fr/a/{n}", _lines(n, [_DATES[n]]))
    assert counts.repeats(0, "https://www.gazette-causse.fr/a/0", _DATES[0]) == 0  # not word for word
    assert counts.filled_repeats(0, "https://www.gazette-causse.fr/a/0", _DATES[0]) == 2
    plain = LineCounts()  # without the calendar's words: "mars" and "avril" differ
    for n in range(3):
        plain.add(n, f"https://www.gazette-causse.fr/a/{n}", _lines(n, [_DATES[n]]))
    assert plain.filled_repeats(0, "https://www.gazette-causse.fr/a/0", _DATES[0]) == 0


def test_shape_keeps_function_words_and_one_slot_for_figures_and_dates() -> None:
    shapes = _shapes()
    assert shape_key(_BYLINES[0], shapes) == shape_key(_BYLINES[1], shapes) == "par pour le 0"
    assert shape_key("Les élus ont adopté lundi 3 mars un budget.", shapes) is None  # a sentence
    assert shape_key("Contrôle routier", shapes) is None  # no figure, no date
    # clean@47: the slot must hold a date, not a score, a count or a year alone
    assert shape_key("Le 3 mars à 18h12", shapes) == shape_key("Le 17 avril à 9h", shapes)
    assert shape_key("Score final : 3 à 1 pour Rodez", shapes) is None
    assert shape_key("En chiffres : 12 000 visiteurs en 2023", shapes) is None


def test_a_byline_filled_in_on_every_page_of_a_site_is_cut_and_the_article_kept() -> None:
    pages = [(f"https://www.gazette-causse.fr/a/{n}", _lines(n, [_BYLINES[n]])) for n in range(3)]
    for article, (_, lines) in zip(clean_batch(pages), pages, strict=True):
        assert lines[2] not in article.body  # the byline under the standfirst
        assert all(line in article.body for line in (lines[1], lines[3], lines[4]))


def test_the_same_shape_on_other_sites_or_between_paragraphs_is_not_template() -> None:
    # A wire story's sign-off on three sites: one page each, so no site repeats it.
    sites = ["gazette-causse.fr", "echo-des-vallees.fr", "petit-lotois.fr"]
    counts = LineCounts(_shapes())
    for n, host in enumerate(sites):
        counts.add(n, f"https://{host}/a", _lines(n, [_BYLINES[n]]))
    assert counts.filled_repeats(0, "https://gazette-causse.fr/a", _BYLINES[0]) == 0
    # A site's dated sub-heading between its paragraphs on every page stays in the body.
    heads = ["Le point du 3 mars au soir :", "Le point du 17 avril au soir :", "Le point du 9 juin au soir :"]
    pages = [(f"https://www.gazette-causse.fr/b/{n}", _lines(n, [], heads[n])) for n in range(3)]
    for article, n in zip(clean_batch(pages), range(3), strict=True):
        assert heads[n] in article.body


def test_one_other_page_of_the_site_makes_a_header_or_footer_line_template() -> None:
    """Two pages of a site share their footer label: cut on both.  Near misses kept: a shared
    sub-heading between the paragraphs, and a shared finished sentence at the foot (two pages
    of a site may quote one sentence; it needs a third)."""
    footer, heading = "Toute l'actualité du Quercy en continu", "Réactions des élus"
    sentence = "Le maire a rappelé que la commune ne lèvera aucun nouvel impôt cette année."
    pages = [(f"https://www.gazette-causse.fr/c/{n}", [*_lines(n, [], heading), sentence, footer]) for n in range(2)]
    for article in clean_batch(pages):
        assert footer not in article.body
        assert heading in article.body and sentence in article.body


@pytest.mark.parametrize(("ours", "theirs"), [
    ("Score final : 3 à 1 pour Rodez", "Score final : 2 à 0 pour Cahors"),
    ("Prochain match le 12 mars à Rodez", "Prochain match le 3 avril à Albi"),
    ("En chiffres : 12 000 visiteurs en 2023", "En chiffres : 450 élèves en 2022"),
])
def test_a_content_line_of_the_same_shape_on_one_other_page_is_kept(ours: str, theirs: str) -> None:
    """fix29c (clean@47): a short line under the last sentence that one other page of the site
    fills in otherwise (a score, a fixture, a figure) is the article's: a shape of function words
    and figures is too common for one page to tell a template."""
    pages = [(f"https://www.gazette-causse.fr/d/{n}", [*_lines(n, []), line]) for n, line in enumerate((ours, theirs))]
    for article, line in zip(clean_batch(pages), (ours, theirs), strict=True):
        assert line in article.body


def test_an_article_of_one_sentence_exposes_no_line() -> None:
    """fix29c (clean@47): with fewer than two sentences there is no article span to stand
    outside of, so a shared line needs two other pages as anywhere else."""
    assert shape_span(["Titre de la page", "Une seule phrase ici, assez longue pour compter.", "Pied"]) == (0, 2)
