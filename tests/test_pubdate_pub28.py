"""Page kinds the hand-gold pool's pub28 pages showed (clean@42), from invented lines and pages,
each with near misses:

- a stamp whose field after it names the body that issued the notice, longer than a section
  label ("19/02/2016 | Département de la formation et de la sécurité", "March 3, 2024 | Office
  of the Governor") is a date line; a sentence or a headline after the bar, a field with a figure
  or clause punctuation, or a name before the stamp longer than a label, is not;
- a lower-case tail after a headline's dash ("… house – update", "… Thursday - minister") is the
  headline's own word, not a site's name; a capitalised or domain-shaped tail still is;
- an entry amid a list printed one entry a line (a press review's newspaper titles) is never the
  headline, even one of four words; a four-word headline under a menu, with a paragraph after
  it, still is."""

from __future__ import annotations

import pytest

from conftest import clean_raw
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.rules import split_title_suffix

FR_BODY = ("Un homme armé d'un couteau a retenu deux personnes dans un commerce de la rue principale "
           "mardi matin avant de se rendre aux policiers venus sur place.\n\n"
           "Personne n'a été blessé, a indiqué un porte-parole de la police, et l'homme a été placé en garde à vue.\n\n"
           "La rue a été fermée pendant trois heures le temps des vérifications.")


@pytest.mark.parametrize(("line", "day"), [
    ("19/02/2016 | Département de la formation et de la sécurité", "2016-02-19"),
    ("March 3, 2024 | Office of the Governor", "2024-03-03"),
    ("12 mars 2024 | Direction départementale des territoires du Var", "2024-03-12"),
    ("12 mars 2024 | Politique", "2024-03-12"),  # a section label, as before
    # near misses: a headline or a sentence after the bar, a figure, a clause, a name before the stamp
    ("12 mars 2024 | Le gouvernement annonce une réforme des retraites", None),
    ("12 mars 2024 | Service des urgences : 12 patients transférés cette nuit", None),
    ("12 mars 2024 | Conseil municipal du 10 mars, compte rendu", None),
    ("Département de la formation et de la sécurité | 19/02/2016", None),
])
def test_a_stamp_beside_the_issuing_body_is_a_date_line(line: str, day: str | None) -> None:
    found = DatelineParser().finder.date_line(line)
    assert (found.date if found else None) == day


def test_a_notice_under_its_body_stamp_is_dated_by_it() -> None:
    art = clean_raw("Communiqué de presse\n\nLes patrouilles renforcées pendant le carnaval\n\n"
                    f"19/02/2016 | Département de la formation et de la sécurité\n\n{FR_BODY}")
    assert art.published == "2016-02-19" and art.published_how == "date_line"
    assert "Département de la formation" not in art.body


@pytest.mark.parametrize(("line", "title", "site"), [
    ("News Flash!! Fire at a St Francis Bay house – update", "News Flash!! Fire at a St Francis Bay house – update",
     None),
    ("UK will bring in new sanctions on Russia on Thursday - minister",
     "UK will bring in new sanctions on Russia on Thursday - minister", None),
    # near misses: a site's name, capitalised or as its domain
    ("Fire at a St Francis Bay house – Kouga Express", "Fire at a St Francis Bay house", "Kouga Express"),
    ("Incendie dans une maison de Fismes - lunion.fr", "Incendie dans une maison de Fismes", "lunion.fr"),
])
def test_a_lower_case_tail_is_the_headlines_own(line: str, title: str, site: str | None) -> None:
    assert split_title_suffix(line) == (title, site)


NEWSPAPERS = ["Le Monde", "La Croix", "Le Figaro", "Libération", "La Voix du Nord", "Le Courrier Cauchois",
              "Le Journal de Gien"]


def test_an_entry_amid_a_list_of_titles_is_not_the_headline() -> None:
    art = clean_raw("\n".join(NEWSPAPERS) + "\n\nTrois morts sur les routes du département en une nuit\n\n"
                    f"11-06-2015\n\n{FR_BODY}")
    assert art.title == "Trois morts sur les routes du département en une nuit"
    assert art.published == "2015-06-11"


def test_a_four_word_headline_under_a_menu_still_is() -> None:
    # the menu above, then the headline, then the article's paragraph: no entry follows it
    art = clean_raw("Accueil\nFaits divers\nSports\nCulture\n\nGrave incendie rue Jaurès\n\n" + FR_BODY)
    assert art.title == "Grave incendie rue Jaurès"
