"""clean@64 (issue 16): a report's in-body sub-headings, told by their case and their place, are
never cut by the line model alone: a sentence-case heading between two of the article's paragraphs
(over an embedded post's address above it), and the sentence-case headings between the article's
last paragraph and the excerpt's last line stopped in the middle of a word.  Near misses: a label
in Title Case or in capitals, a widget's name, a label before a colon, a heading in the furniture
vocabulary, a heading above another story's teaser cut with "…"."""

from __future__ import annotations

import pytest

from conftest import clean_batch
from veille.stages.cleaning.subheads import is_sub_heading, sub_headings

URL = "https://www.exemple-actu.fr/societe/2023/06/29/marche-blanche-nanterre"
HEADLINE = "Nanterre : des milliers de personnes à la marche blanche pour l'adolescent tué"
PARAGRAPHS = [
    "Le procureur de la République a annoncé jeudi l'ouverture d'une information judiciaire pour homicide "
    "volontaire visant le policier auteur du tir.",
    "Dans un premier temps, le policier avait affirmé que le véhicule avait foncé sur lui et son collègue, "
    "une version que contredit une vidéo publiée sur les réseaux sociaux.",
]
LATER = [
    "À l'appel de la mère de l'adolescent, plusieurs milliers de personnes ont défilé dans l'après-midi "
    "entre la cité et la préfecture.",
    "Les manifestants ont demandé que justice soit rendue et réclamé une réforme des règles d'usage des "
    "armes par les forces de l'ordre.",
]
TWEET = "https://twitter.com/exemple/status/1673608693265453056?s=20"


def _body(lines: list[str], url: str = URL) -> str:
    return str(clean_batch([(url, lines)])[0].body)


@pytest.mark.parametrize(("line", "expected"), [
    ("Une marche blanche sous tension", True),
    ("L'extension géographique des incidents", True),
    ("La propagation des tensions : Un embrasement régional", True),
    ("A grand entrance amid cheers", True),
    ("Pas faux...", True),
    # Near misses: Title Case, capitals, a label's colon, a widget's or outlet's name last, a link's
    # label, a finished sentence, a furniture word, one word.
    ("Full Story", False),
    ("L'ÉQUIPE", False),
    ("1 comment:", False),
    ("Le classement de L2", False),
    ("Key stats from the win by StatsPerform", False),
    ("Analysis: the budget pulls out its first rabbit", False),
    ("La marche a réuni des milliers de personnes.", False),
    ("Partagez cet article avec vos proches", False),
    ("Politique", False),
])
def test_a_sub_heading_s_shape(line: str, expected: bool) -> None:
    furniture = frozenset({"partagez", "article", "credit"})
    assert is_sub_heading(line, furniture) is expected


def test_a_sub_heading_between_paragraphs_over_an_embedded_post_stays() -> None:
    heading = "Une marche blanche sous tension"
    body = _body([HEADLINE, *PARAGRAPHS, TWEET, heading, *LATER])
    assert heading in body and all(p in body for p in PARAGRAPHS + LATER)
    assert TWEET not in body


def test_sub_headings_above_the_excerpt_s_cut_last_line_stay() -> None:
    heads = ["La propagation des tensions : un embrasement régional", "L'extension géographique des incidents"]
    cut = "Les tensions initialement concentrées à Nanterre se sont rapidement étendues aux communes voisi"
    body = _body([HEADLINE, *PARAGRAPHS, *LATER, *heads, cut])
    assert all(h in body for h in heads) and cut in body


def test_another_story_s_teaser_under_the_article_is_no_excerpt() -> None:
    # Near miss: the page ends on a teaser cut with "…" (no word stopped in the middle), so the
    # heading above it is not the article's: left to the rules and the model.
    texts = [HEADLINE, *PARAGRAPHS, *LATER, "Une marche blanche sous tension",
             "Des milliers de personnes ont défilé jeudi à Nanterre…"]
    assert sub_headings(texts, [None] * len(texts), [False] * len(texts)) == set()


def test_a_label_in_title_case_between_paragraphs_is_still_judged() -> None:
    # Near miss: a widget's label between two paragraphs is not a sub-heading by its case.
    texts = [HEADLINE, *PARAGRAPHS, "Full Story", *LATER]
    assert sub_headings(texts, [None] * len(texts), [False] * len(texts)) == set()
    texts = [HEADLINE, *PARAGRAPHS, "Une marche blanche sous tension", *LATER]
    assert sub_headings(texts, [None] * len(texts), [False] * len(texts)) == {3}


def test_a_pattern_s_verdict_stands() -> None:
    # A line a pattern named (not the layout) is not reopened, whatever its shape.
    texts = [HEADLINE, *PARAGRAPHS, "Une marche blanche sous tension", *LATER]
    kinds: list[str | None] = [None] * len(texts)
    kinds[3] = "related"
    assert sub_headings(texts, kinds, [False] * len(texts)) == set()
    assert sub_headings(texts, kinds, [i == 3 for i in range(len(texts))]) == {3}
