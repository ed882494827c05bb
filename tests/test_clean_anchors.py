"""clean@35 (written as clean@33): a body line that dates an event or names a person in running prose is not cut on the
line model's probability alone (cleaning/anchors.py, linemodel.anchored_prose); invented lines."""

from __future__ import annotations

from veille.stages.cleaning.anchors import calendar_date, default_anchors, named_person
from veille.stages.cleaning.linemodel import feature_names, gate, unit_features
from veille.stages.cleaning.lines import split_units
from veille.stages.dedup import load_stop_words


def test_calendar_dates_are_a_day_with_its_month_a_month_with_its_year_or_numeric() -> None:
    anchors = default_anchors()
    for line in ("Le 3 février 2022, la commune a voté le budget.", "Il sera jugé le 1er mai.",
                 "The council met on March 4 to vote.", "The plant opened on 12 August.",
                 "Les travaux ont commencé en octobre 2021.", "La séance du 05/02/2019 est close.",
                 "Le scrutin aura lieu en mai 2027."):
        assert calendar_date(line, anchors), line
    for line in ("Le maire a présenté le budget ce matin.", "The club was founded in 1929.",
                 "She may come back next week.", "Un cheval de 12 ans a gagné la course.",
                 "Les prix montent de 3 % en sept ans."):
        assert not calendar_date(line, anchors), line


def test_a_named_person_is_a_given_name_before_a_capitalised_surname() -> None:
    anchors, stop = default_anchors(), load_stop_words()
    assert named_person("La ministre Claire Dubois a signé le décret.", anchors, stop)
    assert named_person("Selon Jean-Marc Lefèvre, le chantier prendra deux ans.", anchors, stop)
    assert named_person("Le procureur a entendu Thomas MARTIN hier.", anchors, stop)
    assert not named_person("Le Conseil municipal a voté la motion.", anchors, stop)  # "Le" is a function word
    assert not named_person("Les Verts ont quitté la majorité.", anchors, stop)
    assert not named_person("la commune a voté le budget.", anchors, stop)


def _row(**columns: float) -> list[float]:
    names = feature_names()
    row = [0.0] * len(names)
    for name, value in columns.items():
        row[names.index(name)] = value
    return row


def test_the_gate_keeps_dated_or_named_prose_unless_strong_evidence() -> None:
    """A finished sentence with two function words that names a person or a date keeps
    probability 0 even over the sentence threshold, and even ended by "…" or placed by the layout
    rule; the site's template, a line printed twice, a teaser rule or the furniture vocabulary
    still let the model cut it; a pattern's verdict stays final."""
    named = _row(sentence_like=1.0, has_clause=1.0, named_person=1.0)
    assert gate(named, 0.95, 0.6) == 0.0
    plain = _row(sentence_like=1.0, has_clause=1.0)
    assert gate(plain, 0.95, 0.6) == 0.95  # the same sentence without a name: the sentence gate
    dated_ellipsis = _row(sentence_like=1.0, has_clause=1.0, calendar_date=1.0, ends_ellipsis=1.0, layout_cut=1.0)
    assert gate(dated_ellipsis, 0.7, 0.6) == 0.0
    for evidence in ("corpus_repeated", "echo", "rule_teaser"):
        assert gate(_row(sentence_like=1.0, has_clause=1.0, named_person=1.0, **{evidence: 1.0}), 0.7, 0.6) == 0.7
    assert gate(_row(sentence_like=1.0, has_clause=1.0, named_person=1.0, furniture_share=0.4), 0.7, 0.6) == 0.7
    assert gate(_row(sentence_like=1.0, has_clause=1.0, named_person=1.0, rule_credit=1.0), 0.1, 0.6) == 1.0
    # A short sub-heading with a name is no running prose: the model decides as before.
    heading = _row(named_person=1.0)
    assert gate(heading, 0.7, 0.6) == 0.7


def test_the_features_see_the_anchors_of_each_line() -> None:
    text = ("Un incendie a détruit un entrepôt\n"
            "Le feu s'est déclaré le 14 juillet vers 22 heures, selon les pompiers.\n"
            "Le préfet Paul Girard s'est rendu sur place dans la nuit.\n"
            "Partager sur Facebook\n")
    units = split_units(text)
    rows = unit_features(units, [None] * len(units), [False] * len(units), load_stop_words())
    names = feature_names()
    dated = [row[names.index("calendar_date")] for row in rows]
    named = [row[names.index("named_person")] for row in rows]
    assert dated == [0.0, 1.0, 0.0, 0.0] and named == [0.0, 0.0, 1.0, 0.0]


def test_a_credit_line_names_its_author_and_a_body_sentence_about_a_survey_or_video_is_not_one() -> None:
    # clean@35's wider byline openers ("enquête / vidéo / dossier réalisé(e) par") take only a
    # capitalised name after "par": the same words opening running prose are body (review, 2026-12-05)
    from veille.stages.cleaning.rules import load_patterns, match_boilerplate

    patterns = load_patterns()
    for line in ("Dossier réalisé par Jean Martin et Paul Durand", "Vidéo réalisée par Marie-Claire Dubois.",
                 "Propos recueillis par Jean Dupont, à Lyon", "Entretien réalisé par : M. D."):
        found = match_boilerplate(line, patterns)
        assert found is not None and found.kind == "byline", line
    for line in ("Enquête réalisée par l'institut auprès de 1 000 personnes du 3 au 5 mai.",
                 "Vidéo réalisée par un passant, elle a fait le tour des réseaux.",
                 "Enquête réalisée par la police judiciaire"):
        found = match_boilerplate(line, patterns)
        assert found is None or found.kind != "byline", line
