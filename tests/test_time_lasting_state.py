"""time@24 (issue 17): a participle after a linking verb of a lasting state ("will remain closed on
Friday", "les écoles resteront fermées lundi") is an adjective, not a preterite or a passé composé:
the verb before it tells the tense (closures announced for days to come are common news).
Invented sentences, with near misses told in the past."""

from __future__ import annotations

import pytest

from conftest import timex_values as tagged


@pytest.mark.parametrize(("body", "lang", "published", "text", "value"), [
    ("The roads will remain closed on Sunday.", "en", "2025-04-03", "Sunday", "2025-04-06"),
    ("Schools will remain closed on Friday.", "en", "2025-04-01", "Friday", "2025-04-04"),
    ("The minister seems determined to resign on Monday.", "en", "2025-04-04", "Monday", "2025-04-07"),
    ("Les écoles resteront fermées lundi.", "fr", "2025-04-04", "lundi", "2025-04-07"),
    ("Les écoles vont rester fermées lundi.", "fr", "2025-04-04", "lundi", "2025-04-07"),
    ("Les écoles restent fermées lundi.", "fr", "2025-04-04", "lundi", "2025-04-07"),
])
def test_a_participle_after_a_linking_verb_is_no_past(body: str, lang: str, published: str, text: str,
                                                      value: str) -> None:
    assert tagged(body, lang, published)[text] == value


@pytest.mark.parametrize(("body", "lang", "text", "value"), [
    ("Schools remained closed on Monday.", "en", "Monday", "2025-03-31"),
    ("Schools were closed on Monday.", "en", "Monday", "2025-03-31"),
    ("Les écoles sont restées fermées lundi.", "fr", "lundi", "2025-03-31"),
    ("Les écoles étaient fermées lundi.", "fr", "lundi", "2025-03-31"),
])
def test_the_same_state_told_in_the_past_stays_behind(body: str, lang: str, text: str, value: str) -> None:
    assert tagged(body, lang, "2025-04-04")[text] == value
