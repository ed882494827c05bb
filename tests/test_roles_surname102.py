"""entities@102: a title word that ends a person's name is the surname, not a title ("Bruno Le Maire,
ministre de l'Économie"); and titles.json's `companies_trades` flags the `companies` heads that are
trades, not posts (`roles_topic_org`). Sentences invented for the tests, not taken from any
evaluation text; each beside near misses (what must not change)."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import check_titles
from veille.stages.entities.roles_inventory import inventory
from veille.stages.entities.roles_topic_org import officer_title
from veille.stages.entities.text import fold


@pytest.mark.parametrize(("text", "lang", "titles"), [
    # a surname that is a title word, then the person's apposition
    ("Bruno Le Maire, ministre de l'Économie, a annoncé lundi un plan d'économies.",
     "fr", {"Bruno Le Maire": "ministre de l'Économie"}),
    ("Paul Chancelier, directeur de l'usine, a annoncé la fermeture du site.",
     "fr", {"Paul Chancelier": "directeur de l'usine"}),
    ("Karen Sheriff, the chief executive of Zorblax, said sales would fall.",
     "en", {"Karen Sheriff": "chief executive"}),
])
def test_a_title_word_ending_a_name_is_the_surname(ctx: Any, text: str, lang: str,
                                                    titles: dict[str, str | None]) -> None:
    check_titles(ctx, text, lang, titles)


@pytest.mark.parametrize(("text", "lang", "titles"), [
    # near misses: a title before the name, and a title in lower case, stay titles
    ("Le maire de Lyon, Paul Dupont, a présenté son budget.", "fr", {"Paul Dupont": "maire"}),
    ("Le ministre de l'Économie Bruno Le Maire a annoncé un plan.",
     "fr", {"Bruno Le Maire": "ministre de l'Économie"}),
    ("Japanese Prime Minister Fumio Kishida met President Joe Biden.",
     "en", {"Fumio Kishida": "Prime Minister", "Joe Biden": "President"}),
])
def test_a_title_before_the_name_stays(ctx: Any, text: str, lang: str, titles: dict[str, str | None]) -> None:
    check_titles(ctx, text, lang, titles)


def test_companies_trades_are_heads_of_the_companies_kind_and_no_posts() -> None:
    kind, trades = inventory()["kinds"]["companies"], inventory()["companies_trades"]
    for lang in ("fr", "en"):
        assert trades[lang] and set(trades[lang]) <= set(kind[lang])
    assert not officer_title("analyst") and not officer_title("milliardaire") and not officer_title("investor")
    assert officer_title("chief executive") and officer_title("directeur financier") and officer_title("PDG")
    # a post whose words hold a trade's stays a post ("chief economist" is an officer's title)
    assert fold("chief economist") not in {fold(h) for h in trades["en"]} and officer_title("chief economist")
