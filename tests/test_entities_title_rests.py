"""entities@32: the rest of an English "X of (the) Y" title is no part of the name after it
(invented people)."""

from __future__ import annotations

from typing import Any

from conftest import annotate_entities as annotate


def test_the_rest_of_an_of_title_is_the_title_s_not_the_name_s(ctx: Any) -> None:
    m = annotate(ctx, "Chancellor of the Exchequer Dana Whitlow delivered the budget on Monday.", lang="en")
    assert "Dana Whitlow" in m and "Exchequer Dana Whitlow" not in m
    m = annotate(ctx, "Chief of Staff Marla Quint told reporters on Monday the talks would go on.", lang="en")
    assert "Marla Quint" in m and "Staff Marla Quint" not in m
    # a capitalised article inside the title ("of The Exchequer") reads the same
    m = annotate(ctx, "British Chancellor of The Exchequer Dana Whitlow said taxes would rise.", lang="en")
    assert "Dana Whitlow" in m and "Exchequer Dana Whitlow" not in m


def test_a_title_s_word_stays_in_a_name_no_title_opens(ctx: Any) -> None:
    # near misses: a surname that is a title's word ("Staff") with no "X of" title before it, and
    # a name after "chief of" whose first word completes no title of the inventory
    m = annotate(ctx, "Council leader Opposition Staff told reporters on Monday the vote would go on.", lang="en")
    assert "Opposition Staff" in m
    m = annotate(ctx, "Chancellor of the Exchequer Dana Whitlow met Leader Ossie Staff, who said it.", lang="en")
    assert "Ossie Staff" in m and "Dana Whitlow" in m
