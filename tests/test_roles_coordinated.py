"""entities@54: a mention holds every title of its coordination (`roles_split`), a later office
after ", now / aujourd'hui" continues the apposition (`roles_later`), an organisation's name
with its acronym before an English title stays whole (`roles_titles_en_read`), and French names
opening on Œ, Ø or Å read as names after a title's "de" (`roles_words._CAPITALS`, `_NAME_END`).
Sentences invented for the tests, not taken from any evaluation text; each rule beside its near miss."""

from __future__ import annotations

from typing import Any

from conftest import annotate_entities as annotate
from veille.stages.entities.roles_words import _CAPITALS, _NAME_END


def _roles(m: dict[str, Any], name: str) -> set[tuple[str, Any]]:
    return {(r.title, r.of) for r in m[name].roles}


def _titles(m: dict[str, Any], name: str) -> list[tuple[str, Any]]:
    """The titles after the first role, which states the coordination whole as before."""
    return [(r.title, r.of) for r in m[name].roles[1:]]


def test_each_title_of_a_coordination_keeps_what_it_is_of(ctx: Any) -> None:
    m = annotate(ctx, "Jean Dupont, président du Sénat et ancien ministre de la Justice, a présenté le texte.")
    (first, senate), (second, of) = _titles(m, "Jean Dupont")
    assert (first, second, of) == ("président", "ancien ministre de la Justice", None)  # not of the Senate
    assert senate is not None and m["Jean Dupont"].role.of == senate  # the whole, as before
    m = annotate(ctx, "Marie Roux, maire de Lille et présidente de la métropole, a critiqué le plan.")
    assert _titles(m, "Marie Roux") == [("maire", m["Lille"].entity), ("présidente de la métropole", None)]
    # near miss: no head after "et", the portfolio goes on (one title)
    m = annotate(ctx, "Anne Roux, ministre de la Santé et des Affaires sociales, a présenté le bilan.")
    assert [r.title for r in m["Anne Roux"].roles] == ["ministre de la Santé et des Affaires sociales"]


def test_a_name_after_the_last_title_is_every_bare_titles(ctx: Any) -> None:
    m = annotate(ctx, "Tom Hale, Chairman and CEO of Zorblax, said sales rose.", lang="en")
    of = m["Tom Hale"].roles[0].of
    assert of is not None and _titles(m, "Tom Hale") == [("Chairman", of), ("CEO", of)]
    m = annotate(ctx, "Tom Hale, president and chief executive officer of Zorblax Corp., resigned.", lang="en")
    of = m["Tom Hale"].roles[0].of
    assert of is not None and _titles(m, "Tom Hale") == [("president", of), ("chief executive officer", of)]


def test_a_later_office_after_an_adverb_of_time_in_the_same_apposition(ctx: Any) -> None:
    m = annotate(ctx, "Paul Martin, ancien ministre de l'Intérieur, aujourd'hui sénateur de la Drôme, a réagi.")
    titles = {t for t, _ in _roles(m, "Paul Martin")}
    assert titles == {"ancien ministre de l'Intérieur", "sénateur"}
    m = annotate(ctx, "Tom Hale, a former banker, now the chairman of Zorblax, said rates would rise.", lang="en")
    assert {t for t, _ in _roles(m, "Tom Hale")} == {"former banker", "chairman"}
    # near miss: no comma closes the second title: it is the subject of the verb after it
    m = annotate(ctx, "Paul Martin, ancien ministre de l'Intérieur, aujourd'hui le préfet a parlé.")
    assert {t for t, _ in _roles(m, "Paul Martin")} == {"ancien ministre de l'Intérieur"}


def test_an_organisation_with_its_acronym_before_a_title_stays_whole(ctx: Any) -> None:
    m = annotate(ctx, "National Farmers Federation (NFF) Chairman Tom Hale said the drought was severe.", lang="en")
    assert _roles(m, "Tom Hale") == {("Chairman", "org:national-farmers-federation")}
    # near miss: with no acronym, a modifier before the body is the title's ("Former FIFA president")
    m = annotate(ctx, "Former FIFA president Tom Hale said the drought was severe.", lang="en")
    assert [r.title for r in m["Tom Hale"].roles] == ["Former president"]


def test_capitals_and_where_a_name_ends() -> None:
    for name in ("Œuvre Solidaire", "Ørsted", "Ålborg", "École Centrale", "Ça Ira"):
        found = _CAPITALS.match(name)
        assert found is not None and found.group() == name
    assert _CAPITALS.match("œuvre") is None and _CAPITALS.match("× Deux") is None
    # the name ends at punctuation, a line's or the text's end, a lowercase word; not where the
    # text goes on with digits after spaces (a window of three characters took that for the end)
    assert all(_NAME_END.match(s, 1) for s in ("X,", "X", "X\nY", "X et", "X œuvre", "X — Y"))
    assert not any(_NAME_END.match(s, 1) for s in ("X   2024", "X 12", "X \"Y\""))


def test_every_adverb_of_a_later_office_is_read_alike_in_each_reader(ctx: Any) -> None:
    """The adverbs that open a later office are one list of the lexicon (`later_office_adverbs`,
    `roles_later`): each reads in an apposition, after "and/et" and as no word of the title, as
    "now" and "aujourd'hui" did (the readers held four lists, "today" in one of them only)."""
    from veille.stages.entities.gazetteer import load_lexicon

    adverbs = load_lexicon()["later_office_adverbs"]
    assert {"now", "aujourd'hui", "today", "currently"} <= set(adverbs)
    for adverb in adverbs:
        m = annotate(ctx, f"Tom Hale, a former banker, {adverb} the chairman of Zorblax, said rates would rise.",
                     lang="en")
        assert {t for t, _ in _roles(m, "Tom Hale")} == {"former banker", "chairman"}, adverb
    for adverb in ("now", "currently", "today"):  # the English reader reads "X and now Y" as one title
        m = annotate(ctx, f"Tom Hale, the former chairman and {adverb} chief executive of Quorvex, said sales rose.",
                     lang="en")
        assert [t for t, _ in _titles(m, "Tom Hale")] == ["former chairman", "chief executive"], adverb
