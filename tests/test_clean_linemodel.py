"""The line classifier of the clean stage: features, the fitted model and its place in cleaning."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from veille.model import Article
from veille.stages.clean import clean_article, lay_out
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.linemodel import (
    feature_names,
    load_furniture_words,
    load_line_model,
    may_cut,
    unit_features,
)
from veille.stages.cleaning.lines import split_units
from veille.stages.cleaning.rules import load_patterns
from veille.stages.dedup import load_stop_words

TEXT = """Niger : la récolte de mil dépasse les prévisions
Agriculture
Les services agricoles ont annoncé lundi une récolte de mil supérieure de 12 % à celle de l'an dernier, grâce à des pluies régulières.
Les producteurs de la région de Maradi, qui fournit près d'un tiers du mil du pays, craignent pourtant une baisse des prix.
Des stocks encore fragiles
Le gouvernement prévoit de racheter une partie des excédents pour reconstituer les réserves nationales avant la soudure.
Le ministre a promis un bilan en mars.
Partager : Facebook Twitter WhatsApp
https://www.example.org/agriculture/mil-2025
"""


def test_features_have_one_column_per_name() -> None:
    units = split_units(TEXT)
    rows = unit_features(units, [None] * len(units), [False] * len(units), load_stop_words())
    assert len(rows) == len(units)
    assert all(len(row) == len(feature_names()) for row in rows)


def test_the_model_cuts_furniture_keeps_the_article_and_scores_each_cut() -> None:
    art = Article(id="a", source="a", raw=TEXT)
    clean_article(art, load_patterns(), DatelineParser(), model=load_line_model(), stop_words=load_stop_words())
    lines = art.body.splitlines()
    assert "Des stocks encore fragiles" in lines  # a sub-heading between paragraphs
    assert lines[-1] == "Le ministre a promis un bilan en mars."  # short, but a sentence
    kinds = {r.text: r.kind for r in art.removed}
    assert kinds["Partager : Facebook Twitter WhatsApp"] == "cta"
    assert kinds["https://www.example.org/agriculture/mil-2025"] == "link"
    assert art.title == "Niger : la récolte de mil dépasse les prévisions"
    assert all(r.score is not None and 0.0 <= r.score <= 1.0 for r in art.removed)


def test_without_a_model_the_rules_decide_and_nothing_is_scored() -> None:
    art = Article(id="a", source="a", raw=TEXT)
    clean_article(art, load_patterns(), DatelineParser())
    assert art.removed and all(r.score is None for r in art.removed)


def test_a_sentence_no_rule_names_is_never_cut() -> None:
    names = feature_names()
    row = [0.0] * len(names)
    row[names.index("sentence_like")] = 1.0
    assert not may_cut(row)
    row[names.index("rule_credit")] = 1.0
    assert may_cut(row)
    units = split_units(TEXT)
    layout = lay_out(units, load_patterns(), None, DatelineParser().finder, None,
                     load_line_model(), load_stop_words())
    assert len(layout.scores) == len(units)


def test_a_model_fitted_on_other_features_is_refused(tmp_path: Path) -> None:
    data = json.loads((Path(__file__).parents[1] / "src/veille/data/clean/line_model.json").read_text())
    data["features"] = data["features"][:-1]
    path = tmp_path / "model.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ValueError, match="other features"):
        load_line_model(path)


def test_cue_features_describe_furniture_as_a_class() -> None:
    """Invented lines: the reader addressed, the site speaking, a finite clause, glued items."""
    from veille.stages.cleaning.linemodel import cue_features, load_cues
    from veille.stages.cleaning.lines import words

    cues = load_cues()
    names = ["reader_share", "site_share", "finite", "glued", "symbol_ratio", "clock"]

    def cue(text: str) -> dict[str, float]:
        return dict(zip(names, cue_features(text, words(text), cues), strict=True))

    prompt = cue("Recevez votre lettre du matin dans vos messages.")
    assert prompt["reader_share"] > 0 and prompt["finite"] == 0
    assert cue("Join our readers' club today.")["site_share"] > 0
    report = cue("Le maire a été réélu dimanche avec 54 % des voix.")
    assert report["finite"] == 1 and report["reader_share"] == 0
    assert cue("The US is sending aid.")["site_share"] == 0  # "US" the country is not "us"
    assert cue("Page précédentePage suivante")["glued"] == 1
    assert cue("08:15Météo - Un orage sur la côte")["glued"] == 1 and cue("08:15Météo")["clock"] == 1
    assert cue("Le conseil municipal a voté le budget.")["glued"] == 0
    assert cue("** A note ** | |")["symbol_ratio"] > cue("A plain sentence of the article.")["symbol_ratio"]


def test_a_finished_sentence_is_cut_only_from_the_sentence_threshold() -> None:
    """The gate: a sentence-like line no rule names keeps probability 0 under the sentence
    threshold and its own probability from it."""
    from veille.stages.cleaning.linemodel import gate

    names = feature_names()
    row = [0.0] * len(names)
    row[names.index("sentence_like")] = 1.0
    assert gate(row, 0.9, 1.01) == 0.0
    assert gate(row, 0.9, 0.85) == 0.9
    assert gate(row, 0.8, 0.85) == 0.0
    row[names.index("sentence_like")] = 0.0  # a fragment: the model's probability stands
    assert gate(row, 0.5, 1.01) == 0.5


def test_the_shipped_model_cuts_a_reader_prompt_written_as_a_sentence() -> None:
    """clean@13: a finished sentence no rule names may be cut when the model is sure enough (an
    invented prompt to readers after an invented report, before a paywall line); under the old
    gate (never) it stays; the report's sentences stay either way."""
    import dataclasses

    text = ("Le conseil municipal a adopté mardi soir le budget de la commune pour l'an prochain.\n\n"
            "Les élus de l'opposition ont voté contre, jugeant les investissements trop faibles.\n\n"
            "Le maire a promis une réunion publique en janvier pour présenter les travaux.\n\n"
            "Vous aimez nos articles ? Soutenez votre journal en rejoignant nos lecteurs fidèles.\n\n"
            "Déjà abonné ? Se connecter\n")
    shipped = load_line_model()
    for model, cut in ((shipped, True), (dataclasses.replace(shipped, sentence_threshold=1.01), False)):
        art = Article(id="a", source="a", raw=text)
        clean_article(art, load_patterns(), DatelineParser(), model=model, stop_words=load_stop_words())
        assert ("Soutenez votre journal" not in art.body) is cut
        assert "Le maire a promis une réunion publique" in art.body
        assert "jugeant les investissements trop faibles" in art.body


def test_echo_flags_a_line_the_page_prints_twice_with_an_addition() -> None:
    """clean@22: a caption and the same caption with its credit, the headline and "One comment
    on …" are echoes; a short phrase that a paragraph quotes is not (near miss), nor are two
    identical lines (the `repeated` feature's case) or two unrelated ones."""
    from veille.stages.cleaning.linemodel import echo_flags
    from veille.stages.cleaning.lines import fold

    lines = ["Le tracteur a fini sa course dans le fossé du chemin communal.",
             "Le tracteur a fini sa course dans le fossé du chemin communal. - Photo Ouest Matin",
             "Un plan de relance pour le port",
             "Le maire a présenté jeudi « un plan de relance pour le port » devant les élus, qui ont réclamé "
             "un calendrier précis et un chiffrage des travaux avant le vote du budget.",
             "Les travaux reprendront lundi.", "Les travaux reprendront lundi."]
    assert echo_flags([fold(t) for t in lines]) == [True, True, False, False, False, False]


def test_the_shipped_model_cuts_a_caption_printed_with_and_without_its_credit() -> None:
    """clean@22: an invented report whose photo caption, a finished sentence, stands twice under the
    headline (once with its credit): both are cut, the report's sentences stay.  On clean@20's model the
    caption without credit stayed (a sentence no rule names)."""
    text = ("Un tracteur sort de la route à Plouvien\n\n"
            "Le tracteur a fini sa course dans le fossé du chemin communal.\n\n"
            "Le tracteur a fini sa course dans le fossé du chemin communal. - Photo Ouest Matin\n\n"
            "Un agriculteur de 54 ans a été légèrement blessé mardi matin lorsque son tracteur a quitté "
            "la route départementale à la sortie du bourg.\n\n"
            "Les pompiers de Lannilis sont intervenus pour dégager la cabine, selon la gendarmerie.\n\n"
            "La route a été rouverte à la circulation en fin de matinée.\n")
    art = Article(id="a", source="a", raw=text)
    clean_article(art, load_patterns(), DatelineParser(), model=load_line_model(), stop_words=load_stop_words())
    assert "Le tracteur a fini sa course" not in art.body
    assert "Les pompiers de Lannilis sont intervenus" in art.body
    assert "La route a été rouverte" in art.body


def test_a_sentence_a_site_addresses_to_its_reader_may_be_cut() -> None:
    """clean@22: the furniture share that lets the model weigh a finished sentence counts the
    reader's and the site's pronouns too (an invented comment-policy line: "vos", "notre" and
    two furniture words); a quote that says "vous" once stays out of the model's reach."""
    prompt = "Vos réactions doivent respecter notre charte de modération."
    quote = "« Vous ne pouvez pas rester ici », a lancé le policier aux manifestants rassemblés place du marché."
    units = split_units(f"{prompt}\n\n{quote}\n")
    rows = unit_features(units, [None, None], [False, False], load_stop_words(),
                         load_furniture_words())
    assert [may_cut(row) for row in rows] == [True, False]


def test_an_unfilled_template_slot_is_page_builder_debris() -> None:
    """clean@22: a comment widget's or a template's slot left unfilled ("%d", "%s", "{{ … }}")
    counts as debris (the `glued` column); a percentage written with "%" does not (near miss)."""
    from veille.stages.cleaning.linemodel import cue_features, load_cues
    from veille.stages.cleaning.lines import words

    names = ["reader_share", "site_share", "finite", "glued", "symbol_ratio", "clock"]

    def glued(text: str) -> float:
        return dict(zip(names, cue_features(text, words(text), load_cues()), strict=True))["glued"]

    assert glued("%d readers liked this post:") == 1
    assert glued("Signed in as %s. Sign out") == 1
    assert glued("Written by {{ author_name }}") == 1
    assert glued("Unemployment fell to 4 % in March, and prices rose 2%.") == 0
    assert glued("Le chômage a reculé de 0,3 %d'après l'Insee.") == 0


def test_the_excerpts_cut_last_sentence_is_held_as_a_finished_one() -> None:
    """clean@22: an excerpt that stops mid-sentence right after its last paragraph (an invented
    cut line) is held by the gate as a finished sentence, as the layout rule keeps it as body; the
    same fragment before a last line (a near miss) is the model's to weigh."""
    names = feature_names()
    row = [0.0] * len(names)
    row[names.index("last")] = 1.0
    row[names.index("prev_sentence")] = 1.0
    row[names.index("log_words")], row[names.index("capital_ratio")] = math.log1p(5), 0.4
    assert not may_cut(row)  # "In March 2019, the court"
    row[names.index("last")] = 0.0
    assert may_cut(row)
    row[names.index("last")] = 1.0
    row[names.index("log_words")], row[names.index("capital_ratio")] = math.log1p(2), 1.0
    assert may_cut(row)  # "Jane Doe": a signature, not a started sentence
    row[names.index("last")], row[names.index("rule_link")] = 1.0, 1.0  # "Post a comment": a rule names it
    assert may_cut(row)
