"""entities@104: what a possessive before a title stands for, read by the grammar of the phrase: in a
coordination "A and his B" that is its clause's subject (a verb follows) the possessive is A's, not the
sentence's first name's; an organisation's
class noun ("the court's", "the bank's") refers back to the organisation whose own name has that noun
as its head before the one named last. Sentences invented for the tests, not taken from any evaluation
text; each beside near misses (what must not change)."""

from __future__ import annotations

from typing import Any

import pytest


def _role(ctx: Any, text: str, lang: str, holder: str) -> Any:
    from conftest import annotate_entities

    return annotate_entities(ctx, text, lang)[holder].role


@pytest.mark.parametrize(("text", "lang"), [
    ("Judge Anna Berg said on Monday that Emmanuel Macron and his Defense Minister Paul Dupont had acted "
     "lawfully.", "en"),
    ("La juge Anna Berg a estimé lundi qu'Emmanuel Macron et son ministre de l'Intérieur Paul Dupont avaient agi "
     "légalement.", "fr"),
])
def test_a_possessive_in_a_coordination_is_the_first_conjuncts(ctx: Any, text: str, lang: str) -> None:
    # the superior's office is of France (possessor_state), not of the judge the sentence names first
    role = _role(ctx, text, lang, "Paul Dupont")
    assert role is not None and role.of == "Q142"


@pytest.mark.parametrize(("text", "lang", "owner"), [
    # near misses: a possessive with no named conjunct before it keeps the sentence's first name
    ("Karen Holt said on Monday that her lawyer, Tom Reyes, would appeal the ruling.", "en", "Karen Holt"),
    # a coordination whose first conjunct is no name leaves the reading as it was
    ("Karen Holt said the judge and his lawyer, Tom Reyes, had left the court.", "en", "Karen Holt"),
    # a coordination in object position keeps the subject's reading (test_roles_possessive's French case)
    ("Karen Holt met Mark Stone and his lawyer Tom Reyes on Monday.", "en", "Karen Holt"),
    # the coordination's named first conjunct, a verb after it: a relation to a person stays that person's
    ("Karen Holt said on Monday that Mark Stone and his lawyer, Tom Reyes, had left the court.", "en", "Mark Stone"),
])
def test_a_possessive_without_a_named_first_conjunct_stays(ctx: Any, text: str, lang: str, owner: str) -> None:
    role = _role(ctx, text, lang, "Tom Reyes")
    assert role is not None and role.of == "per:" + owner.lower().replace(" ", "-")


def test_a_class_noun_refers_back_to_the_organisation_it_names() -> None:
    """`anaphoric_owner` on candidates: "the bank's" is the Bank of England's, named before Barclays."""
    from veille.stages.entities.recognize import Candidate
    from veille.stages.entities.roles_frames import anaphoric_owner
    from veille.stages.entities.roles_title_match import TitleMatch

    body = ("The Bank of England warned on Monday that Barclays had misled investors, "
            "the bank's governor Paul Hale said.")
    boe, barclays = body.index("Bank of England"), body.index("Barclays")
    cands = [Candidate(boe, boe + len("Bank of England"), "ORG"), Candidate(barclays, barclays + 8, "ORG")]
    at = body.index("the bank's")
    start = body.index("governor")
    for noun_text, expected in (("the bank's ", (boe, boe + len("Bank of England"))),
                                # near miss: a noun no organisation's name holds: the last one named
                                ("the company's ", (barclays, barclays + 8))):
        end = start + len("governor")
        t = TitleMatch(start, start, end, end, "governor", None, False)
        anaphoric_owner(body, noun_text, at, t, cands, _patterns())
        assert t.of_span == expected


def _patterns() -> Any:
    from veille.stages.entities.roles_titles import TitlePatterns

    return TitlePatterns.__new__(TitlePatterns)
