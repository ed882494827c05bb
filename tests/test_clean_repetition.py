"""The repetition signal: a line standing in other articles of a site is template."""

from __future__ import annotations

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
