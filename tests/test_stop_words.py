"""spaCy's stop-word lists read from their files: the same words as spaCy's modules, without
importing `spacy.lang.fr` (whose tokenizer exceptions cost seconds of CPU at import)."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

from veille.stages.stop_words import spacy_stop_words


@pytest.mark.parametrize("language", ["fr", "en"])
def test_same_words_as_spacy(language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    name = f"spacy.lang.{language}.stop_words"
    module = importlib.import_module(name)
    # the function reads spaCy's module when it is already imported: out of sys.modules, it must
    # read the file itself, the path a process with no model takes and the one compared here
    monkeypatch.delitem(sys.modules, name)
    words = spacy_stop_words(language)
    assert name not in sys.modules
    assert words == frozenset(module.STOP_WORDS)
    assert len(words) > 100


def test_the_file_read_words_in_a_process_without_spacy() -> None:
    """The same comparison where spaCy was never imported: the words read first, spaCy's after."""
    code = ("import sys\n"
            "from veille.stages.stop_words import spacy_stop_words\n"
            "read = {lang: spacy_stop_words(lang) for lang in ('fr', 'en')}\n"
            "assert not any(m == 'spacy' or m.startswith('spacy.') for m in sys.modules)\n"
            "from spacy.lang.fr.stop_words import STOP_WORDS as FR\n"
            "from spacy.lang.en.stop_words import STOP_WORDS as EN\n"
            "print(read['fr'] == frozenset(FR) and read['en'] == frozenset(EN))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"


def test_english_names_read_no_stop_words_at_import() -> None:
    """entities.english reads its stop words on first use (a cached function), not at import."""
    code = ("import veille.stages.entities.english as english\n"
            "print(english.stop_words.cache_info().currsize, english._sequence.cache_info().currsize)\n"
            "english.english_people('Jane Smith said.', {'en_person_titles': [], 'en_not_name_words': []})\n"
            "print(english.stop_words.cache_info().currsize)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "0", "1"]


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
