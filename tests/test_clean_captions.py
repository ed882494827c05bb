"""clean@29: what the clean pool's pages c62-c78 showed, on invented pages and lines.

A related link printed inline after a short label and a paywall's lead-in are furniture; under a
related heading a card's place label and a teaser cut with "(...)" are the box's; an image's alt
text ending with a stop echoes its caption; the excerpt's last line cut mid-word is the article's.
Each with a near miss: an article's line that looks like the furniture.
"""

from __future__ import annotations

from typing import Any

import pytest

from veille.model import Article
from veille.stages.clean import _cut_tail, clean_batch
from veille.stages.cleaning import rules
from veille.stages.cleaning.layout import Layout
from veille.stages.cleaning.linemodel import echo_flags
from veille.stages.cleaning.lines import fold

PATTERNS = rules.load_patterns()
LEDE = ("Les sapeurs-pompiers sont intervenus lundi soir dans une cave d'un immeuble du centre-ville, "
        "où un feu de détritus s'était déclaré vers 23 heures.")
SECOND = ("Aucun blessé n'est à déplorer, selon le commandant des opérations de secours, qui a levé "
          "le dispositif peu après minuit.")


@pytest.mark.parametrize(("line", "kind"), [
    # a short one is the paywall note's as well (its label): furniture either way
    ("Article réservé à nos abonnés Lire aussi Présidentielle : le bilan mitigé du sortant", "paywall"),
    ("Article réservé à nos abonnés Lire aussi Présidentielle au Burkina Faso : de l'euphorie à la "
     "désillusion, le bilan mitigé du président sortant", "related"),
    ("Abonnés Lire aussi | Au Sahel, la saison des pluies menace les récoltes", "related"),
    ("Pour consulter cet article de la Gazette du Centre :", "paywall"),
    ("Pour lire l'intégralité de cet article", "paywall"),
    ("To read this article in full:", "paywall"),
])
def test_inline_related_links_and_paywall_lead_ins_get_their_kind(line: str, kind: str) -> None:
    found = rules.match_boilerplate(line, PATTERNS)
    assert found is not None and found.kind == kind, line


@pytest.mark.parametrize("line", [
    "Il faut lire aussi le rapport de la Cour des comptes, a estimé le député.",
    "Le rapport, selon lui. Lire aussi les annexes serait utile à tous les élus du conseil.",
    "Pour consulter l'article 12 du code civil, il faut se rendre en mairie.",
    "To read this article's sources, the committee asked for a week.",
])
def test_sentences_about_reading_articles_are_not_furniture(line: str) -> None:
    assert rules.match_boilerplate(line, PATTERNS) is None


def test_a_related_cards_labels_and_bracketed_teaser_are_the_boxs(ctx: Any) -> None:
    teaser = ("Ouverte seulement depuis le 6 juillet, la boulangerie a été victime d'un cambriolage "
              "dans la nuit de jeudi à vendredi. Les malfrats ont fracturé(...)")
    text = (f"Un feu de cave sans gravité au centre-ville\n\n{LEDE}\n\n{SECOND}\n\nSur le même sujet\n\n"
            f"La boulangerie cambriolée\n\nHumbécourt\n\nFaits divers\n\n{teaser}\n")
    [art] = clean_batch([Article(id="r", source="r", raw=text)], ctx)
    assert teaser not in art.body and "Humbécourt" not in art.body
    assert art.body.splitlines()[-1] == SECOND


def test_a_paywalled_excerpt_cut_with_brackets_stays_the_body(ctx: Any) -> None:
    excerpt = ("C'est un conseil municipal mené tambour battant. Il n'a pas fallu une heure pour tout "
               "terminer, les décisions modificatives liées au budget ayant été votées sans débat, les […]")
    text = f"{excerpt}\n\nPour consulter cet article de la Gazette du Centre :\n\nPas encore abonné ?\n"
    [art] = clean_batch([Article(id="b", source="b", raw=text)], ctx)
    assert art.body == excerpt


def test_an_alt_text_with_its_stop_echoes_its_caption_a_quoted_phrase_does_not() -> None:
    lines = ["Un homme marche dans une rue couverte de neige.",
             "Un homme marche dans une rue couverte de neige à Boston, samedi matin. Photo: AP/Jane Roe",
             LEDE]
    assert echo_flags([fold(t) for t in lines]) == [True, True, False]
    quoted = ["« Nous ferons le point demain. »",
              "Le préfet a conclu : « Nous ferons le point demain. » Les habitants sont rentrés chez eux "
              "dans la soirée, sous la neige, après une longue journée d'attente dans les gymnases."]
    assert echo_flags([fold(t) for t in quoted]) == [False, False]


@pytest.mark.parametrize(("tail", "kept"), [
    ("Last week, there was s...", True),
    ("Android n'", True),
    ("Jim O'Rourke", False),  # a signature: names only
    ("Subscribe to", False),  # the furniture vocabulary: the model decides
    ("Le dispositif a été levé.", False),  # a finished sentence is the model's as ever
])
def test_only_a_last_line_cut_mid_word_under_the_last_paragraph_is_protected(tail: str, kept: bool) -> None:
    texts = [LEDE, SECOND, tail]
    layout = Layout(kinds=[None] * 3, layout_cut=[False] * 3)
    assert bool(_cut_tail(texts, layout, frozenset({"subscribe"}))) is kept


def test_a_line_written_again_with_a_credit_is_its_caption_the_line_itself_stays(ctx: Any) -> None:
    standfirst = ("Le capitaine s'est longuement confié à quelques semaines du début du Tournoi sur les "
                  "attentes de son équipe.")
    text = (f"Le capitaine : « Tout le monde tombe, un jour »\n\n• {standfirst}\n\n{standfirst} Icon Sport - "
            f"Icon Sport\n\n{LEDE}\n\n{SECOND}\n")
    [art] = clean_batch([Article(id="c", source="c", raw=text)], ctx)
    assert f"{standfirst} Icon Sport - Icon Sport" not in art.body
    assert f"• {standfirst}" in art.body.splitlines()
    # near miss: a line that goes on in words of its own is another paragraph, not a credit
    follow = f"{standfirst} Il a aussi évoqué le match de samedi face à l'Irlande."
    text = f"{standfirst}\n\n{follow}\n\n{LEDE}\n"
    [art] = clean_batch([Article(id="n", source="n", raw=text)], ctx)
    assert follow in art.body.splitlines()


def test_an_alt_text_the_caption_opens_is_cut_with_it(ctx: Any) -> None:
    alt = "Un homme marche dans une rue couverte de neige."
    caption = "Un homme marche dans une rue couverte de neige à Boston, samedi matin. Photo: AP/Jane Roe"
    text = f"Tempête : des milliers de vols annulés\n\n{alt}\n\n{caption}\n\n{LEDE}\n\n{SECOND}\n"
    [art] = clean_batch([Article(id="a", source="a", raw=text)], ctx)
    assert alt not in art.body and caption not in art.body
    assert art.body.splitlines() == [LEDE, SECOND]
