"""tools/train_event_filter.py (events@40): `--language` restricts what a model learns from and
what it is judged on, not only where it is written."""

from __future__ import annotations

import numpy as np

from conftest import load_script


def test_a_language_model_learns_from_its_own_language_rows_only() -> None:
    tool = load_script("tools/train_event_filter.py")
    y = np.array([1, 0, 1, -1, 0])
    langs = ["en", "fr", "fr", "en", "en"]
    # every labelled row without a language; the neutral one (-1, optional gold only) never
    assert tool.training_rows(y, langs, None).tolist() == [True, True, True, False, True]
    # the English model: the French main event (row 2) is no longer a training row
    assert tool.training_rows(y, langs, "en").tolist() == [True, False, False, False, True]
    assert tool.training_rows(y, langs, "fr").tolist() == [False, True, True, False, False]


def test_a_language_model_is_judged_on_that_language_documents() -> None:
    tool = load_script("tools/train_event_filter.py")
    docs = {"a01.txt": {"events": []}, "b02.txt": {"events": []}, "c03.txt": {"events": []}}
    lang_of = {"a01.txt": "fr", "b02.txt": "en"}  # c03 has no article: never an English document
    assert set(tool.language_docs(docs, lang_of, "en")) == {"b02.txt"}
    assert set(tool.language_docs(docs, lang_of, None)) == set(docs)
    assert tool.article_language(None) == "fr" and tool.article_language("en") == "en"
