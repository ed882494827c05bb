"""spaCy's stop-word lists read from their files: the same words as spaCy's modules, without
importing `spacy.lang.fr` (whose tokenizer exceptions cost seconds of CPU at import)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from veille.stages.stop_words import spacy_stop_words


@pytest.mark.parametrize("language", ["fr", "en"])
def test_same_words_as_spacy(language: str) -> None:
    module = __import__(f"spacy.lang.{language}.stop_words", fromlist=["STOP_WORDS"])
    words = spacy_stop_words(language)
    assert words == frozenset(module.STOP_WORDS)
    assert len(words) > 100


def test_no_spacy_language_package_imported() -> None:
    """In a fresh process, the lists (and the modules built on them) load without spaCy."""
    code = ("import sys\n"
            "from veille.stages.stop_words import spacy_stop_words\n"
            "from veille.stages.dedup import load_stop_words\n"
            "import veille.stages.entities.english, veille.stages.quotes.incises\n"
            "assert 'le' in spacy_stop_words('fr') and 'the' in load_stop_words()\n"
            "print(sorted(m for m in sys.modules if m == 'spacy' or m.startswith('spacy.')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_unknown_language() -> None:
    with pytest.raises(ModuleNotFoundError):
        spacy_stop_words("xx-none")
