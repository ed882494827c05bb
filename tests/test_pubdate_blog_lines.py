"""Issue 16: the meta line blog engines print under a post's title, its date with the author's
login ("June 1, 2014 by admin", "12 mars 2024 par jdupont") or the comments' count or call
("Leave a comment", "3 commentaires"), is the page's date line.  Invented lines only."""

from __future__ import annotations

import pytest

from veille.stages.cleaning.dateline import DatelineParser

FINDER = DatelineParser().finder


@pytest.mark.parametrize(("line", "day"), [
    ("June 1, 2014 by admin", "2014-06-01"),
    ("March 12, 2024 by jsmith", "2024-03-12"),
    ("May 3, 2021 by editor in News", "2021-05-03"),
    ("12 mars 2024 par jdupont", "2024-03-12"),
    ("3 avril 2025 par redaction dans Actualités", "2025-04-03"),
    ("June 1, 2014 Jane Smith Leave a comment", "2014-06-01"),
    ("1 juin 2014 Par Jean Dupont Laisser un commentaire", "2014-06-01"),
    ("12 mars 2024 par jdupont 3 commentaires", "2024-03-12"),
    ("March 12, 2024 No Comments", "2024-03-12"),
])
def test_blog_meta_lines_are_date_lines(line: str, day: str) -> None:
    found = FINDER.date_line(line)
    assert found is not None and (found.date, found.how) == (day, "date_line")


@pytest.mark.parametrize("line", [
    "Le 17 mai 2024 par décret du ministre de l'Intérieur, la préfecture a interdit la manifestation",
    "The law passed on June 1, 2014 by voters in the county",
    "Leave a comment on the vote of June 1, 2014 about the plan",
    "3 commentaires sur le vote du 1 juin 2014 au conseil municipal de la ville",
])
def test_sentences_with_a_date_and_a_login_like_word_are_not(line: str) -> None:
    assert FINDER.date_line(line) is None
