"""entities@102: a title word that ends a person's name is the surname, not a title ("Bruno Le Maire,
ministre de l'Économie"); a head of state's bare title is the state the article is about, where what
the article names tells it from a company's president (a government office among several states stays
without one); and titles.json's `companies_trades` flags
the `companies` heads that are trades, not posts (`roles_topic_org`). Sentences invented for the tests, not taken from any
evaluation text; each beside near misses (what must not change)."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import check_titles
from veille.stages.entities.roles_government import head_of_state
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


@pytest.mark.parametrize(("text", "lang", "holder", "of"), [
    # a head of state's bare title in an article about one state
    ("Des milliers de manifestants ont défilé samedi au Mali. Le président Assimi Goïta a promis des élections. "
     "L'opposition malienne reste sceptique.", "fr", "Assimi Goïta", "Q912"),
    ("Thousands marched in Kenya on Saturday. President William Ruto promised to listen. "
     "Kenyan police fired tear gas.", "en", "William Ruto", "Q114"),
    # near misses: two states and a counterpart; an owner the possessive names; a body the
    # article names more often than the state
    ("President William Ruto met his Ugandan counterpart in Nairobi. Kenya and Uganda signed a deal.",
     "en", "William Ruto", None),
    ("Thousands marched in Kenya on Saturday. The club's president, John Mwangi, said the match would go ahead.",
     "en", "John Mwangi", None),
    ("Le président Jean Dupont a présenté mardi les résultats du groupe Zorblax à Paris. Zorblax a vu ses ventes "
     "chuter en France. Les actionnaires de Zorblax sont inquiets.", "fr", "Jean Dupont", None),
])
def test_a_head_of_state_is_the_one_state_the_article_is_about(ctx: Any, text: str, lang: str, holder: str,
                                                               of: str | None) -> None:
    from conftest import annotate_entities

    role = annotate_entities(ctx, text, lang)[holder].role
    assert role is not None and head_of_state(role.title) and role.of == of


@pytest.mark.parametrize(("title", "head"), [
    ("président", True), ("incumbent President", True), ("new president", True), ("président renversé", True),
    ("chef de l'État", True), ("president-elect", True), ("vice-president", False), ("président du club", False),
    ("Deputy President", False), ("co-président", False), ("presidential candidate", False),
])
def test_head_of_state_titles(title: str, head: bool) -> None:
    assert head_of_state(title) is head


@pytest.mark.parametrize(("text", "lang", "holder"), [
    # several states: a government office stays without its state even beside one state's government
    # (tried and withdrawn: in a state visit the sentence before names the guest's government or head)
    ("L'Inde et le Pakistan ont conclu un accord, a indiqué le gouvernement indien. « Nous sommes satisfaits », "
     "a déclaré le ministre des Affaires étrangères, Paul Kumar. Le Pakistan a salué l'accord.", "fr", "Paul Kumar"),
    ("India and Pakistan agreed to a ceasefire on Saturday. Foreign Minister Paul Kumar welcomed the deal. "
     "The Pakistani army said it would comply.", "en", "Paul Kumar"),
    # a head of state's head with a complement the title reader left: the complement's body, not the state
    ("Thousands marched in Kenya on Saturday. \"We will strike,\" said John Mwangi, president of the teachers' "
     "union. Kenyan police fired tear gas.", "en", "John Mwangi"),
])
def test_no_state_among_several_nor_past_a_complement(ctx: Any, text: str, lang: str, holder: str) -> None:
    from conftest import annotate_entities

    role = annotate_entities(ctx, text, lang)[holder].role
    assert role is not None and role.of is None
