"""Page kinds the hand-gold pool's pub22 pages showed (clean@28, issue 16), from invented lines and
pages, each with near misses:

- a print view's stamp ("Imprimé le 08/10/2024", "Printed on October 8, 2024", "Date
  d'impression :") is the reader's day, not the page's: it dates nothing, and a "Mis en ligne le"
  line under it still dates the page;
- a print view's notice and a site's rights notice above the article ("Ce document, imprimé le
  …, provient du site …", "Les textes … sont protégés par des droits de propriété
  intellectuelle.") are furniture, so that they do not use up the top where the date line is
  looked for; a sentence about the law that opens the same way stays;
- a news ticker's item under its label ("Breaking News", "Fil d'info") is not the headline when
  the page's own headline follows it; an item the lede follows is kept;
- a year after the headline's dash is an edition's label, not a site's name;
- an error-report form and a math captcha above the article give no headline."""

from __future__ import annotations

import pytest

from conftest import clean_raw
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.rules import load_patterns, match_boilerplate, split_title_suffix

FR_BODY = ("Les inondations de juillet ont touché plus de deux cents communes, et la reconstruction "
           "des ponts et des routes occupera les services techniques pendant plusieurs années.\n\n"
           "Les bourgmestres demandent que les procédures de marchés publics soient allégées pour "
           "les chantiers urgents.\n\n"
           "Le gouvernement régional a promis une réponse avant la fin du mois.")
EN_BODY = ("A volunteer with the city's police department has been relieved of duty after posting "
           "messages that the chief called divisive and hurtful to residents.\n\n"
           "The department said the volunteer acknowledged writing the posts and left when asked.\n\n"
           "The chief said the comments do not reflect the values of the department.")


_clean = clean_raw


@pytest.mark.parametrize("stamp", [
    "Imprimé le 08/10/2024",
    "Printed on October 8, 2024",
    "Page printed: 08/10/2024 10:32",
    "Date d'impression : 08/10/2024",
])
def test_a_print_stamp_dates_nothing(stamp: str) -> None:
    body = EN_BODY if stamp.startswith(("Printed", "Page")) else FR_BODY
    assert _clean(f"{stamp}\n\n{body}").published is None
    # The page's own stamp under it still dates it.
    label = "Published on September 24, 2021" if body is EN_BODY else "Mis en ligne le 24 septembre 2021"
    assert _clean(f"{stamp}\n\n{label}\n\n{body}").published == "2021-09-24"


@pytest.mark.parametrize("line", [
    "Printed in The Times on March 3, 2024",  # a print edition's note, not a print view's stamp
    "Imprimé le 08/10/2024 par la rédaction de Lyon en urgence",  # a sentence goes on after the day
])
def test_near_misses_are_no_print_stamps(line: str) -> None:
    finder = DatelineParser().finder
    found = finder.date_line(line)
    assert found is None or found.how != "today_line"


def test_print_and_rights_notices_leave_the_date_line_in_the_top() -> None:
    page = ("Ce document, imprimé le 08-10-2024, provient du site de l'Union des communes de la région "
            "(www.example.be).\n\n"
            "Les textes, illustrations, données, logiciels, noms, marques et logos sont protégés par des "
            "droits de propriété intellectuelle.\n\n"
            "Plus d'informations à l'adresse www.example.be/info/politique-confidentialite\n\n"
            "Mis en ligne le 24 Septembre 2021\n\n" + FR_BODY)
    article = _clean(page)
    assert article.published == "2021-09-24"
    assert "imprimé le" not in (article.body or "")
    # Without the notices cut, three sentence-like lines would end the top above the date line.
    bare = "\n\n".join(["Une phrase d'introduction qui tient lieu de premier paragraphe, assez longue pour "
                        "compter comme telle dans la mise en page."] * 3) + "\n\nMis en ligne le 24 Septembre 2021\n\n" + FR_BODY
    assert _clean(bare).published is None


@pytest.mark.parametrize(("line", "kind"), [
    ("Ce document, imprimé le 08-10-2024, provient du site de l'Union des communes.", "note"),
    ("This page was printed from www.example.com on 3 March 2024.", "note"),
    ("Les contenus de ce site sont protégés par le droit d'auteur.", "note"),
    ("All content on this site is protected by copyright laws.", "caption"),  # the © pattern names it first
    ("Je signale une erreur", "error_report"),
    ("Précisez éventuellement la nature de l'erreur", "error_report"),
    ("Trouvez la solution de ce problème mathématique simple et saisissez le résultat.", "cta"),
    ("Solve this simple math problem and enter the result. E.g. for 1+3, enter 4.", "cta"),
    ("4 + 6 =", "cta"),
])
def test_notices_and_forms_are_furniture(line: str, kind: str) -> None:
    found = match_boilerplate(line, load_patterns())
    assert found is not None and found.kind == kind


@pytest.mark.parametrize("line", [
    "Les textes de loi sont protégés par la Constitution depuis 1958, a rappelé le ministre devant les députés.",
    "Les élèves doivent trouver la solution de ce problème mathématique en une heure, a expliqué le professeur.",
    "The court said the images were protected by the First Amendment and could be published.",
    "Le score était de 2 - 1 à la mi-temps.",
])
def test_body_sentences_are_no_notices(line: str) -> None:
    assert match_boilerplate(line, load_patterns()) is None


@pytest.mark.parametrize("label", ["Breaking News", "BREAKING", "Fil d'info", "Dernière minute", "Flash info"])
def test_a_ticker_item_is_not_the_headline(label: str) -> None:
    page = (f"{label}\n\nMan charged in murder of woman found dead in Richmond\n\n"
            "Police volunteer relieved for making divisive social media posts\n\n" + EN_BODY)
    assert _clean(page).title == "Police volunteer relieved for making divisive social media posts"


def test_a_ticker_item_the_lede_follows_is_the_headline() -> None:
    page = "Breaking News\n\nPolice volunteer relieved for making divisive social media posts\n\n" + EN_BODY
    assert _clean(page).title == "Police volunteer relieved for making divisive social media posts"


def test_a_section_label_is_no_ticker() -> None:
    page = ("Local News\n\nMan charged in murder of woman found dead in Richmond\n\n"
            "Police volunteer relieved for making divisive social media posts\n\n" + EN_BODY)
    assert _clean(page).title == "Man charged in murder of woman found dead in Richmond"


@pytest.mark.parametrize(("title", "head", "site"), [
    ("Procès verbal municipal – Décembre 2024", "Procès verbal municipal – Décembre 2024", None),
    ("Bilan des accidents de la route - 2023", "Bilan des accidents de la route - 2023", None),
    ("Procès verbal municipal – L'Écho de Compton", "Procès verbal municipal", "L'Écho de Compton"),
])
def test_a_year_after_the_dash_is_no_site(title: str, head: str, site: str | None) -> None:
    assert split_title_suffix(title) == (head, site)


def test_an_error_report_form_gives_no_headline() -> None:
    page = ("Je signale une erreur\n\nPrécisez éventuellement la nature de l'erreur\n\n4 + 6 =\n\n"
            "Trouvez la solution de ce problème mathématique simple et saisissez le résultat. Par exemple, "
            "pour 1 + 3, saisissez 4.\n\nPlusieurs départs de feux ce mercredi en Haute-Loire\n\n" + FR_BODY)
    assert _clean(page).title == "Plusieurs départs de feux ce mercredi en Haute-Loire"
