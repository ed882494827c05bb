"""(clean@66, issue 16) "MAJ" (mise à jour, abbreviated in capitals, unaccented) before "le", a colon or the
date labels a revision, as "Màj" did: a bound, never the publication's date when the page prints that too."""

from __future__ import annotations

import pytest

from veille.model import Article
from veille.stages.clean import clean_article
from veille.stages.cleaning import rules
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.linemodel import load_line_model

FINDER = DatelineParser().finder
BODY = ("Le conseil municipal a voté le budget de la commune après un long débat entre la majorité et l'opposition.\n\n"
        "Les élus de l'opposition ont dénoncé une hausse des impôts locaux qu'ils jugent injustifiée cette année.\n\n"
        "Le maire a défendu un budget responsable, qui permet de poursuivre la rénovation des écoles communales.\n")


@pytest.mark.parametrize(("line", "day", "how"), [
    ("MAJ le 13 mars 2024 à 08h00", "2024-03-13", "updated_line"),
    ("MAJ : 13/03/2024", "2024-03-13", "updated_line"),
    ("MAJ 13.03.2024 08:00", "2024-03-13", "updated_line"),
    ("MAJ le 13 mars 2024 - Publié le 12 mars 2024", "2024-03-12", "date_line"),  # the publication's wins
    ("Publié le 12 mars 2024 - MAJ le 13 mars 2024", "2024-03-12", "date_line"),
    # what must not change
    ("Màj 13.03.2024", "2024-03-13", "updated_line"),
    ("Maj. Gen. John Smith, March 12, 2024", "2024-03-12", "date_line"),  # a rank, not a label
    ("By Maj. John Smith, March 12, 2024", "2024-03-12", "date_line"),
])
def test_maj_lines(line: str, day: str, how: str) -> None:
    found = FINDER.date_line(line)
    assert found is not None and (found.date, found.how) == (day, how)


def test_page_with_revision_first_keeps_publication() -> None:
    article = Article(id="x", source="x", raw=f"Le budget adopté\n\nMAJ le 13 mars 2024\n\nPublié le 12 mars 2024\n\n{BODY}")
    clean_article(article, rules.load_patterns(), DatelineParser(), model=load_line_model())
    assert (article.published, article.published_how) == ("2024-03-12", "date_line")


def test_revision_alone_is_a_bound() -> None:
    article = Article(id="x", source="x", raw=f"Le budget adopté\n\nMAJ le 13 mars 2024\n\n{BODY}")
    clean_article(article, rules.load_patterns(), DatelineParser(), model=load_line_model())
    assert (article.published, article.published_how) == ("2024-03-13", "updated_line")
