"""clean@60 (issue 16): lines told by their form and their place on unseen pages, each with a near
miss: an attribution opened by a comma carries the article's sentence on past a quotation set
apart (the quotation, even cut with "…", and the excerpt's cut last line under it stay); another
story's headline of the series under the article (the page headline's rubric, or a label in
capitals before a rubric headline) is cut; a caption that names where things stand in the image
("… Droite : …") is cut."""

from __future__ import annotations

import pytest

from conftest import clean_batch
from veille.stages.cleaning import rules
from veille.stages.cleaning.pageforms import is_continuation

PATTERNS = rules.load_patterns()
URL = "https://www.exemple-bretagne.fr/2023/11/02/tempete-degats-finistere"
HEADLINE = "Tempête Ciaran : des milliers de foyers privés de courant dans le Finistère"
PARAGRAPHS = [
    "La tempête a balayé la pointe de la Bretagne dans la nuit de mercredi à jeudi, provoquant de nombreux "
    "dégâts dans les communes du littoral.",
    "Les techniciens du réseau électrique sont mobilisés depuis l'aube pour rétablir le courant dans les "
    "quartiers les plus touchés, selon la préfecture.",
]


def _body(lines: list[str], url: str = URL) -> str:
    return str(clean_batch([(url, lines)])[0].body)


@pytest.mark.parametrize(("line", "expected"), [
    (", écrit-elle.", True),
    (", a témoigné auprès de notre journaliste un employé de la métropole.", True),
    ("; a-t-il ajouté devant la presse.", True),
    ("entend-on sur les ondes de la radio locale", True),
    ("ont-elles affirmé samedi devant les caméras", True),
    # A date line after a comma, a widget's counter, a lone comma, a sentence: none carries a sentence on.
    (", Mise à jour le 16/02/2023 à 13:30", False),
    (", Comments 0 comments", False),
    (",", False),
    ("Elle a écrit sur le réseau social pendant la nuit.", False),
    ("entre-temps, les secours sont arrivés", False),
])
def test_a_line_carrying_a_sentence_on(line: str, expected: bool) -> None:
    assert is_continuation(line) is expected


def test_a_quoted_post_cut_with_an_ellipsis_and_its_attribution_stay() -> None:
    intro = "Notre journaliste sur place a partagé cette nuit des images des interventions dans le Finistère :"
    post = "Pannes de courant à Trégunc, Melgven, Rosporden, Saint-Yvi… Idem à Concarneau, secteur du port…"
    cut = "Ce matin, à 8 h, des milliers de foyers étaient encore privés d'électricité dans le départem"
    body = _body([HEADLINE, *PARAGRAPHS, intro, post, ", écrit-elle.", cut])
    assert post in body and ", écrit-elle." in body and cut in body


def test_a_teaser_cut_with_an_ellipsis_without_attribution_is_still_judged() -> None:
    # Near miss: the same "…" line under the article's last paragraph with no attribution under it is
    # left to the rules and the model (it is not protected as a quotation).
    teaser = "Pannes de courant : les communes du Finistère encore touchées ce jeudi…"
    body = _body([HEADLINE, *PARAGRAPHS, "À lire aussi", teaser])
    assert teaser not in body
    assert all(paragraph in body for paragraph in PARAGRAPHS)


def test_the_series_next_story_under_the_article_is_cut() -> None:
    other = "Tempête Ciaran : un homme meurt au Havre en chutant de son balcon"
    body = _body([HEADLINE, *PARAGRAPHS, other])
    assert other not in body and all(paragraph in body for paragraph in PARAGRAPHS)


def test_a_label_in_capitals_before_another_story_is_cut() -> None:
    other = "AUTRE ACTU : Diaspora : le décès tragique d'une étudiante togolaise en Égypte"
    body = _body([HEADLINE, *PARAGRAPHS, other])
    assert other not in body and all(paragraph in body for paragraph in PARAGRAPHS)


@pytest.mark.parametrize("last", [
    # Another rubric than the headline's, with no label in capitals: the excerpt's cut sentence.
    "Selon Enedis : plus de 140 000 foyers restaient privés d'électricité en fin de",
    # The headline's rubric opening a quotation (a transcript's speaker line).
    "Tempête Ciaran : « Nous n'avions jamais vu des vents pareils », confie un",
    # A cut sentence with no rubric at all.
    "Les écoles du département resteront fermées vendredi, a annoncé le",
])
def test_a_cut_last_sentence_of_the_article_stays(last: str) -> None:
    assert last in _body([HEADLINE, *PARAGRAPHS, last])


@pytest.mark.parametrize(("line", "kind"), [
    ("Autobus de la Société de transport de Laval. Droite : Garderie éducative Sainte-Rose.", "caption"),
    ("La mairie avant les travaux. En haut : la façade restaurée en 2022.", "caption"),
    ("The mayor and the fire chief at the scene. Left: the burned warehouse.", "caption"),
    # Near misses: a position in the article's words, a pros-and-cons list, a political label.
    ("À droite : les élus réclament un nouveau vote au conseil municipal.", None),
    ("Les arguments sont connus. Contre : la hausse des prix de l'énergie.", None),
    ("La droite a voté contre le texte, la gauche s'est abstenue.", None),
])
def test_a_caption_naming_where_things_stand(line: str, kind: str | None) -> None:
    found = rules.match_boilerplate(line, PATTERNS)
    assert (found.kind if found else None) == kind
