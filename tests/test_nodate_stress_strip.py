"""eval/nodate_stress/strip.py: the general pattern that takes a page's date cues out (an eval
tool, not the pipeline).  Invented lines: what is a date line, a dateline's date or a glued date,
and what is the text's own sentence."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval" / "nodate_stress"))
from strip import is_date_line, strip


@pytest.mark.parametrize("line", [
    "Publié le 12 mars 2024 à 10h05", "Monday 19 February 2024 16:19, UK",
    "M.A. - 19 déc. 2014 à 05:00 - Temps de lecture :", "Posted at 9:23 AM, Aug 04, 2014",
    "Updated: 2013-04-22 08:30", "Il y a 3 heures", "24-07-2025 | 04:31", "Reuters24-07-2025",
    "Date: 12.18.2023 9:00AM EST", "Par Jean Dupont, publié le 3 avril",
])
def test_date_lines(line: str) -> None:
    assert is_date_line(line)


@pytest.mark.parametrize("line", [
    "Le 3 avril 2024, il pleuvait.", "1/2",
    "Ce lundi 8 septembre, les députés ont refusé d'accorder leur confiance au Premier ministre.",
    "Le 17 septembre dernier, la région avait subi des",
    "— Jane Doe (@janedoe) January 14, 2026",   # an embedded post's credit: the post's date, text
])
def test_the_texts_own_lines(line: str) -> None:
    assert not is_date_line(line)


def test_datelines_lose_their_date_and_keep_their_place() -> None:
    text, taken = strip("PARIS, 3 avril 2024 (AFP) - Le gouvernement a démissionné.\n"
                        "Sept. 10 (UPI) -- Governors declared evacuations on Monday.\n"
                        "August 3, 2014Chinese officials said on Sunday that …")
    assert text.splitlines() == ["PARIS (AFP) - Le gouvernement a démissionné.",
                                 "(UPI) -- Governors declared evacuations on Monday.",
                                 "Chinese officials said on Sunday that …"]
    assert taken == [", 3 avril 2024", "Sept. 10", "August 3, 2014"]
