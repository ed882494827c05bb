"""English passive voice in the word-order sides (events@30, `word_order_en.is_passive`)."""

from __future__ import annotations

import pytest

from veille.stages.events.word_order_en import is_passive as _passive


@pytest.mark.parametrize("sentence, trigger, passive", [
    ("Blatter and Platini were acquitted by the court", "acquitted", True),
    ("Blatter and Platini were once again acquitted by the court", "acquitted", True),
    ("He was then arrested by police", "arrested", True),
    ("The minister was also sentenced to five years", "sentenced", True),
    ("They were quickly arrested", "arrested", True),
    ("The players were all acquitted", "acquitted", True),
    # the progressive is active: its subject acts
    ("The Treasury is imposing sanctions on four officials", "imposing", False),
    ("Protesters were demanding his resignation", "demanding", False),
    # an active verb, and a "be" too far back or behind a word that is no adverb
    ("Police arrested Lau", "arrested", False),
    ("It was the court that acquitted them", "acquitted", False),
])
def test_passive(sentence: str, trigger: str, passive: bool) -> None:
    words = sentence.casefold().split()
    assert _passive(words, words.index(trigger)) is passive
