"""clean@62 (issue 16): text hard-wrapped at a fixed width (a narrow column, a plain-text mail or
newsletter, wire copy, a PDF's column) is read as the paragraphs it is, not as a column of page
furniture, and an article whose every line was cut but which holds prose keeps its best prose
block, flagged, instead of being lost.  Near misses: a menu's column of labels, a byline block, a
list of links and a poem quoted line by line stay line by line."""

from __future__ import annotations

from typing import Any

import pytest

from veille.config import Config
from veille.errors import PROSE_KEPT, InputError
from veille.model import Article
from veille.pipeline import Context
from veille.stages import clean
from veille.stages.cleaning import lines as L
from veille.stages.cleaning import rules
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.layout import Layout
from veille.stages.cleaning.prose import WARNINGS_KEY, WRAPS_KEY, prose_block, record_wraps

# Invented reports, wrapped by hand at about 34 characters as a narrow column prints them: breaks
# before a capitalised name, after a sentence's end and before a quotation mark.
FR_WRAPPED = """Le conseil municipal de Saint-Brieuc a
voté jeudi soir le budget de l'année
prochaine. Le maire, Hervé Guillou,
a défendu une hausse des dépenses
consacrées aux écoles, qu'il a jugée
« indispensable » après la fermeture
de deux classes. L'opposition a voté
contre."""
EN_WRAPPED = """The city council of Riverton voted on
Thursday night to approve next year's
budget. Mayor Ellen Park defended a
rise in spending on schools, which she
called "overdue" after two classrooms
were closed last spring. Opposition
members voted against the plan."""


def _units(text: str) -> list[list[str]]:
    return [unit.texts for unit in L.split_units(text)]


@pytest.mark.parametrize("text", [FR_WRAPPED, EN_WRAPPED])
def test_wrapped_paragraph_is_one_unit(text: str) -> None:
    units = L.split_units(text)
    assert len(units) == 1
    assert units[0].texts == text.splitlines()  # every line kept, with its offsets
    assert [text[a:b] for a, b in units[0].lines] == text.splitlines()


def test_paragraph_break_inside_a_wrapped_block() -> None:
    # A line that stops short of the width after a sentence's end closes its paragraph.
    text = ("Le conseil municipal de Saint-Brieuc a\nvoté jeudi soir le budget de l'année\n"
            "prochaine. Le maire, Hervé Guillou,\na défendu une hausse des dépenses\nconsacrées aux écoles.\n"
            "Il l'a jugée « indispensable » après\nla fermeture de deux classes, et\n"
            "l'opposition a voté contre.")
    units = _units(text)
    assert len(units) == 2
    assert units[0][-1] == "consacrées aux écoles."


@pytest.mark.parametrize("lines", [
    # a menu's column of labels
    ["Accueil", "Politique", "Économie", "Société", "Culture", "Sport", "Nous contacter"],
    # a list of links: other stories' headlines, each complete and capitalised
    ["Mali : la junte expulse l'ambassadeur de France", "Tunisie : le président gèle le Parlement",
     "Sénégal : la présidentielle est reportée", "Budget : le gouvernement tombe sur une motion"],
    # a byline block
    ["Par Jean-Marc Dupont et Claire Martin", "Publié le 3 mai 2024 à 10h12",
     "Mis à jour le 3 mai 2024 à 11h40", "Lecture : 3 min"],
    # a poem quoted line by line: its short lines had room for the next word
    ["Sous le pont Mirabeau coule la Seine", "Et nos amours", "Faut-il qu'il m'en souvienne",
     "La joie venait toujours après la peine"],
    ["the rain that falls on the city", "is the rain", "that fell on my childhood", "and the river keeps it"],
    # a table's rows
    ["Équipe Joués Points", "Rennes 12 24", "Brest 12 22", "Nantes 12 19"],
])
def test_lists_stay_line_by_line(lines: list[str]) -> None:
    assert L.wrapped_breaks(lines) is None
    assert _units("\n".join(lines)) == [[line] for line in lines]


def test_hyphenated_break_is_one_word() -> None:
    unit = L.split_units("Les syndicats ont dénoncé le projet du gouverne-\n"
                         "ment jeudi, en appelant à une grève pour\n"
                         "le mois prochain dans toutes les écoles.")[0]
    assert "gouverne-ment jeudi" in unit.text
    assert len(L.words(unit.text)) == len(L.words(unit.text.replace("gouverne-ment", "gouvernement")))


def test_wrapped_article_is_not_quarantined() -> None:
    # Before clean@62 every short line of such a page was read as furniture (V106, no text left).
    article = Article(id="w1", source="w1", url="https://example.org/2024/05/03/budget", raw=FR_WRAPPED)
    clean.clean_batch([article], Context())
    assert article.body.splitlines() == FR_WRAPPED.splitlines()
    assert WARNINGS_KEY not in article.meta
    # The record of the joins: every line break of the body is a wrap's, inside the one paragraph.
    assert article.meta[WRAPS_KEY] == [i for i, c in enumerate(article.body) if c == "\n"]


def test_record_of_wraps_leaves_out_paragraph_ends() -> None:
    text = "Une page.\n\n" + EN_WRAPPED + "\n\nA closing line of the report.\n\nAccueil"
    meta: dict[str, object] = {}
    record_wraps(meta, L.split_units(text))
    body = "\n".join(line for unit in L.split_units(text) for line in unit.texts)
    first, last = body.index("The city council"), body.index("against the plan.")
    assert meta[WRAPS_KEY] == [i for i, c in enumerate(body) if c == "\n" and first < i < last]
    record_wraps(meta, L.split_units("Accueil\nPolitique\nSport"))
    assert WRAPS_KEY not in meta


PROSE = ("Le conseil municipal a voté jeudi soir le budget de l'année prochaine, après un débat de "
         "trois heures au cours duquel le maire a défendu une hausse des dépenses consacrées aux écoles "
         "et l'opposition a dénoncé une hausse des impôts locaux.")


def _all_cut(monkeypatch: Any, texts: list[str], kinds: list[str]) -> Article:
    """`texts` cleaned with every unit read as furniture (the line model's verdict forced)."""
    def lay_out(units: list[L.Unit], *args: Any, **kwargs: Any) -> Layout:
        return Layout(kinds=list(kinds), layout_cut=[True] * len(units), scores=[0.9] * len(units))
    monkeypatch.setattr(clean, "lay_out", lay_out)
    article = Article(id="p1", source="p1", raw="\n\n".join(texts))
    return clean.clean_article(article, rules.load_patterns(), DatelineParser(), None, {}, None,
                               frozenset(), None, None, Config().clean.min_body_chars)


def test_prose_kept_and_flagged_rather_than_lost(monkeypatch: Any) -> None:
    article = _all_cut(monkeypatch, ["Accueil", PROSE, "Partager sur Facebook"], ["menu", "fragment", "cta"])
    assert article.body == PROSE
    assert article.meta[WARNINGS_KEY] == [PROSE_KEPT]
    assert [r.text for r in article.removed] == ["Accueil", "Partager sur Facebook"]


def test_short_notice_is_no_prose(monkeypatch: Any) -> None:
    # A page with no article (a notice of a few words, labels) stays without a body: quarantined.
    notice = "Cette tribune a été publiée le 30 septembre 2024 dans Le Monde."
    article = _all_cut(monkeypatch, [notice, "Les commentaires sont clos."], ["date", "fragment"])
    assert article.body == ""
    assert WARNINGS_KEY not in article.meta


def test_prose_block_never_a_date_line_or_headline() -> None:
    units = L.split_units("\n\n".join([PROSE, PROSE.replace("jeudi", "mardi")]))
    assert prose_block(units, ["date", "title"], rules.load_patterns()) == []
    assert prose_block(units, ["fragment", "related"], rules.load_patterns()) == [0, 1]


def test_page_of_labels_still_quarantined() -> None:
    article = Article(id="m1", source="m1", raw="\n".join(["Accueil", "Politique", "Économie", "Sport"]))
    with pytest.raises(InputError):
        clean.clean_batch([article], Context())
