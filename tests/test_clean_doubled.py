"""clean@53 (issue 16): a line printed twice in a row is furniture, on invented pages.

An image's alt text and its caption, a headline printed again, a blog's name: an article does not
write the same paragraph twice running.  Near misses: the same sentence once, a sentence quoted again
further down (a pull quote), a lede printed twice (description and first paragraph), and a page that
is one paragraph written again and again.
"""

from __future__ import annotations

from typing import Any

from veille.model import Article
from veille.stages.clean import clean_batch

HEADLINE = "Feux de broussailles : tous les incendies sont contenus"
LEDE = ("Plusieurs incendies ont pris naissance dans la région jeudi, et de nombreux pompiers ont été "
        "déployés afin de combattre les flammes.")
SECOND = ("Les résidants évacués plus tôt en après-midi ont été autorisés à retrouver leur demeure en fin "
          "de soirée, a indiqué la municipalité.")
CAPTION = "L'incendie à La Baie est toujours en cours, au moment d'écrire ces lignes."


def test_a_sentence_printed_twice_in_a_row_is_cut_both_times(ctx: Any) -> None:
    text = f"{HEADLINE}\n\n{LEDE}\n\n{CAPTION}\n\n{CAPTION}\n\n{SECOND}\n"
    [art] = clean_batch([Article(id="d", source="d", raw=text)], ctx)
    assert art.body.splitlines() == [LEDE, SECOND]
    assert [r.text for r in art.removed if r.text == CAPTION] == [CAPTION, CAPTION]


def test_the_same_sentence_once_or_quoted_again_further_down_stays(ctx: Any) -> None:
    # near miss: the caption's sentence printed once between the paragraphs is the article's line
    # here (the model decides it as any other sentence), and a sentence written again three
    # paragraphs later (a pull quote) is not a doubled line either.
    quote = "« Nous avons sécurisé les alentours pour éviter toute propagation », a expliqué le capitaine."
    text = f"{HEADLINE}\n\n{LEDE}\n\n{quote}\n\n{SECOND}\n\n{quote}\n"
    [art] = clean_batch([Article(id="q", source="q", raw=text)], ctx)
    assert art.body.splitlines().count(quote) == 2


def test_a_lede_printed_twice_under_the_headline_stays(ctx: Any) -> None:
    # near miss: the page's description and its first paragraph are the same lede: a paragraph of
    # the article, longer than a caption
    text = f"{HEADLINE}\n\n{LEDE}\n\n{LEDE}\n\n{SECOND}\n"
    [art] = clean_batch([Article(id="l", source="l", raw=text)], ctx)
    assert LEDE in art.body.splitlines() and SECOND in art.body.splitlines()


def test_a_page_that_is_one_paragraph_written_again_keeps_it(ctx: Any) -> None:
    text = f"{LEDE}\n\n{LEDE}\n"
    [art] = clean_batch([Article(id="p", source="p", raw=text)], ctx)
    assert LEDE in art.body
