"""Mends from the twenty-seventh session's review of its landed rules (fix29), each with the probe that
read wrong and its near miss: a French role given by "devait / allait devenir" (a plan that may not have
happened), a postposed "selon" naming no one taken as a source, and the turns of French minutes (one
label is no record; narrative after the last turn is nobody's speech). Sentences invented for the
tests."""

from __future__ import annotations

from typing import Any

from conftest import annotate_entities as annotate
from conftest import quotes_of


def _titles(m: dict[str, Any], name: str) -> list[str]:
    assert name in m, f"{name} is no mention: the test would check nothing"
    return [r.title for r in m[name].roles]


def test_a_french_future_gives_the_title_a_past_plan_does_not(ctx: Any) -> None:
    m = annotate(ctx, "Marie Dupont va devenir présidente du club de rugby de Bayonne la saison prochaine.", "fr")
    assert any("présidente" in t for t in _titles(m, "Marie Dupont"))
    m = annotate(ctx, "Marie Dupont devait devenir présidente du club de rugby de Bayonne, mais elle a renoncé.",
                 "fr")
    assert not any("présidente" in t for t in _titles(m, "Marie Dupont"))


def test_a_postposed_selon_that_names_no_one_is_no_source(ctx: Any) -> None:
    body = ("Les prix de l'immobilier varient fortement, selon les régions, mais restent élevés dans les "
            "grandes villes du pays.")
    assert all(not t.startswith("Les prix de l'immobilier") for t, _ in quotes_of(ctx, body, "fr"))
    # the class the rule was written for still holds
    body = ("Cette décision a surpris les quarante habitants du quartier, selon l’association Vivre Ensemble, "
            "alors que la mairie assure que le projet n’a pas changé.")
    assert any(t.startswith("Cette décision a surpris") for t, _ in quotes_of(ctx, body, "fr"))


_TURNS = ("CONSEIL MUNICIPAL DU 3 MARS\n\nM. DURAND. - Mesdames, Messieurs les élus, je vous remercie d’être "
          "présents pour ce premier conseil de l’année.\n\nMme LEROY. - Monsieur le maire, notre groupe votera "
          "contre ce budget qui augmente les impôts locaux.")


def test_narrative_after_the_last_turn_of_minutes_is_nobodys(ctx: Any) -> None:
    narrative = "Le conseil a ensuite adopté le budget par vingt voix contre cinq après deux heures de débat."
    texts = [t for t, _ in quotes_of(ctx, _TURNS + "\n\n" + narrative, "fr")]
    assert any(t.startswith("Monsieur le maire, notre groupe") for t in texts)
    assert not any(t.startswith("Le conseil a ensuite adopté") for t in texts)


def test_one_label_is_no_record(ctx: Any) -> None:
    body = ("Nominations au Journal officiel.\n\nM. Jean Dupont. - Préfet de la Haute-Savoie, nommé préfet de "
            "l'Isère par décret du 3 mars, à compter du 1er avril prochain.")
    assert quotes_of(ctx, body, "fr") == []
    # near miss: the same label in a record of two turns speaks
    texts = [t for t, _ in quotes_of(ctx, _TURNS, "fr")]
    assert any(t.startswith("Mesdames, Messieurs les élus") for t in texts)


def _article(text: str, lang: str) -> list[tuple[str, str]]:
    from datetime import date

    from veille.stages.time.convention import article_convention
    from veille.stages.time.tagger import tag

    dct = date(2024, 3, 14)
    timexes, _ = tag(text, lang, dct, dct, intervals=True)
    return [(t.text, t.value) for t in article_convention(text, timexes)]


def test_an_amount_of_hours_is_no_clock_range() -> None:
    # a noun that measures time takes an amount ("un retard de 2 à 3 heures"), as does "par jour"
    for text in ("Les voyageurs ont subi un retard de 2 à 3 heures.", "Il faut une attente de 4 à 5 heures.",
                 "Ils travaillent entre 8 et 10 heures par jour."):
        assert all(not v.startswith("2024-03-14T0") or "/" not in v for _, v in _article(text, "fr")), text
        assert all(not (t[0].isdigit() and v.startswith("2024-03-14T") and t.split()[0] in ("2", "4", "8"))
                   for t, v in _article(text, "fr")), text
    # near miss: opening hours are a clock range
    assert ("14 à 18 heures", "2024-03-14T14:00/2024-03-14T18:00") in _article(
        "Le magasin est ouvert de 14 à 18 heures.", "fr")


def test_the_full_year_with_its_year_written_is_that_year() -> None:
    assert _article("For the full year 2023, sales rose by four percent.", "en") == [("2023", "2023")]
    # near miss: guidance for the full year with no year written is the report's year
    assert ("full-year", "2024") in _article("The company raised its full-year guidance on Thursday.", "en")
