"""entities@95 (ent44b, issue 18; from ent43): a state's name read where its context says so, and only there.

Sentences are invented; each rule beside a near miss it must leave alone."""

from __future__ import annotations

from typing import Any

from veille.model import Article


def _batch(ctx: Any, bodies: list[str], lang: str = "fr") -> list[Article]:
    """Invented reports through nlp and entities in one batch (the stage links a batch's names)."""
    from veille.stages.entities import entities_batch
    from veille.stages.nlp import nlp_batch

    articles = [Article(id=f"t{i}", source=f"t{i}", raw=b, body=b, lang=lang) for i, b in enumerate(bodies)]
    nlp_batch(articles, ctx)
    entities_batch(articles, ctx)
    return articles


def _ids(article: Article, text: str) -> set[str | None]:
    return {m.entity for m in article.mentions if m.text == text}


BRAZZAVILLE = ("Le président de la République du Congo, Denis Sassou Nguesso, a signé mardi treize accords à "
               "Abidjan. Dans les années 1960, le Congo produisait autant de cacao que la Côte d'Ivoire.")
GOMA = ("GOMA, Congo - Des hélicoptères de l'armée congolaise ont visé mercredi les rebelles du M23, a "
        "déclaré leur président, Bertrand Bisimwa.")


def test_a_word_two_states_names_end_with_does_not_carry_one_articles_state_to_another(ctx: Any) -> None:
    # "Congo" ends the names of both Congos: the Brazzaville report's full name would make every
    # bare "Congo" of the batch (the DRC's Goma dateline) the Republic of the Congo
    brazzaville, goma = _batch(ctx, [BRAZZAVILLE, GOMA])
    assert _ids(brazzaville, "République du Congo") == {"Q971"}
    assert "Q971" not in _ids(goma, "Congo") and "Q974" not in _ids(goma, "Congo")
    assert _ids(brazzaville, "Congo") == _ids(goma, "Congo")  # one bare name, one referent, no state's id


def test_a_word_only_one_states_name_ends_with_is_that_state_after_its_full_name(ctx: Any) -> None:
    # near miss: "Faso" ends Burkina Faso's names alone
    (article,) = _batch(ctx, ["Le Burkina Faso a fermé sa frontière. Le président du Faso a réuni son gouvernement."])
    assert _ids(article, "Faso") == {"Q965"}


def test_a_datelines_agency_credit_is_no_abbreviation_of_its_country(ctx: Any) -> None:
    body = ("LONDON, United Kingdom (AP) — Thousands of doctors walked out on Friday. The United Kingdom has "
            "the longest waiting lists in Europe, the union said.")
    (article,) = _batch(ctx, [body], lang="en")
    assert "Q145" not in _ids(article, "AP")
    assert _ids(article, "United Kingdom") == {"Q145"}


def test_a_places_abbreviation_after_its_name_is_that_place(ctx: Any) -> None:
    # near miss: the initials of the name in parentheses, French and English
    (fr,) = _batch(ctx, ["La République démocratique du Congo (RDC) accuse le Rwanda. La RDC a rappelé son ambassadeur."])
    assert _ids(fr, "RDC") == {"Q974"}
    (en,) = _batch(ctx, ["The Democratic Republic of Congo (DRC) accuses Rwanda. The DRC recalled its envoy."],
                   lang="en")
    assert _ids(en, "DRC") == {"Q974"}


def test_a_state_named_like_a_person_and_a_person_named_like_a_state(ctx: Any) -> None:
    # "Maurice" is Mauritius in "l'île Maurice" and a given name before a surname
    (article,) = _batch(ctx, ["Le publicitaire Maurice Lévy a quitté Publicis. Il passe l'hiver sur l'île Maurice."])
    assert _ids(article, "Maurice Lévy") and "Q1027" not in _ids(article, "Maurice Lévy")
    assert _ids(article, "Maurice") == {"Q1027"}
