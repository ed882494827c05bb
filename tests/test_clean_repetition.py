"""The repetition signal: a line standing in other articles of a site is template."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from veille.stages.cleaning.repetition import LineCounts, site


def _body(n: int) -> list[str]:
    return [f"Paragraphe {word} de l'article {'x' * n}, propre à lui seul et assez long pour être un texte."
            for word in ("un", "deux", "trois")]


def test_same_site_lines_count_and_own_lines_do_not() -> None:
    counts = LineCounts()
    for n in range(3):
        counts.add(n, f"https://www.example.fr/a/{n}", ["Abonnez-vous à notre lettre du matin", *_body(n)])
    assert counts.repeats(0, "https://example.fr/a/0", "Abonnez-vous à notre lettre du matin") == 2
    assert counts.repeats(0, "https://example.fr/a/0", _body(0)[0]) == 0


def test_digits_are_blanked_and_short_lines_need_two_other_sites() -> None:
    counts = LineCounts()
    counts.add(0, "https://a.example/x", ["12 commentaires", *_body(0)])
    counts.add(1, "https://b.example/y", ["3 commentaires", *_body(1)])
    assert counts.repeats(0, "https://a.example/x", "12 commentaires") == 0  # one other site only
    counts.add(2, "https://c.example/z", ["7 commentaires", *_body(2)])
    assert counts.repeats(0, "https://a.example/x", "12 commentaires") == 2


def test_a_republication_is_not_a_template() -> None:
    counts = LineCounts()
    shared = [*_body(1), *_body(2)]
    counts.add(0, "https://example.fr/a", shared)
    counts.add(1, "https://example.fr/b", [*shared, "Une ligne de plus."])
    assert counts.repeats(0, "https://example.fr/a", _body(1)[0]) == 0
    assert site("https://www.example.fr/x") == "example.fr" and site(None) is None


_TEMPLATE = "Le Courrier du Plateau vous accompagne chaque matin depuis plus de quarante ans."


_NEWS = [
    ("Budget voté à Saint-Flour", "Le conseil municipal a adopté mardi soir un budget de 14 millions d'euros, "
     "après quatre heures de débat, et l'opposition a annoncé un recours devant le tribunal administratif."),
    ("Une crue inattendue à Murat", "La rivière est sortie de son lit dans la nuit de samedi à dimanche, "
     "inondant une dizaine de caves et coupant la route départementale pendant plusieurs heures."),
    ("Le lycée agricole s'agrandit", "Les travaux du nouvel internat commenceront en septembre, a indiqué la "
     "région, qui finance les deux tiers du chantier estimé à six millions d'euros."),
    ("Fromages : une saison record", "Les producteurs de la coopérative ont vendu cette année plus de huit cents "
     "tonnes, un niveau jamais atteint depuis la création de l'appellation en 1976."),
    ("Le festival de jazz dévoile son affiche", "Trois concerts gratuits auront lieu sur la place du marché "
     "en juillet, et la billetterie des soirées payantes ouvrira le premier lundi de mai."),
]


def _page(n: int, site: str, template: bool = True) -> dict[str, str]:
    """A plain-text page of `site`: a headline, its own paragraph, and the site's sign-off (a
    finished sentence no rule names: only repetition says it is template)."""
    title, text = _NEWS[n % len(_NEWS)]
    lines = [title, "", text, "", *([_TEMPLATE] if template else [])]
    return {"id": f"{site}-{n}", "url": f"https://www.{site}/politique/{n}.html", "text": "\n".join(lines),
            "published": f"2025-03-0{n % 9 + 1}"}


def _removed_template(db: Any, page: dict[str, str]) -> bool:
    import veille

    with veille.open(db) as d:
        found = [a for a in d.articles() if a["url"] == page["url"]]
        assert len(found) == 1
        art = d.article(found[0]["id"])
    assert art is not None
    return any(r["text"] == _TEMPLATE for r in art["removed"]) and _TEMPLATE not in art["body"]


def test_a_sites_template_is_learnt_across_runs_from_the_store(tmp_path: Path) -> None:
    """A daily feed brings a site's pages a few at a time: the lines earlier runs stored for the
    site (two original articles or more) make the same line template in a later run's page. Near
    misses: a page of another site keeps it, and so does a page when only one earlier article
    held it (a republication of one text must not make another's lines template)."""
    import veille

    def run(name: str, pages: list[dict[str, str]]) -> None:
        path = tmp_path / f"{name}.jsonl"
        path.write_text("\n".join(json.dumps(p, ensure_ascii=False) for p in pages), encoding="utf-8")
        summary = veille.run([str(path)], db=db)
        assert summary.ok

    db = tmp_path / "v.duckdb"
    run("day1", [_page(1, "courrier-plateau.fr")])
    run("day2", [day2 := _page(2, "courrier-plateau.fr"), _page(3, "autre-journal.fr")])
    assert not _removed_template(db, day2)  # one earlier article: a feature only
    run("day3", [day3 := _page(4, "courrier-plateau.fr"), other := _page(5, "autre-journal.fr")])
    assert _removed_template(db, day3)  # two earlier originals of its site
    assert not _removed_template(db, other)  # its site held it once, on day 2
