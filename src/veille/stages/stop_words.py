"""spaCy's stop-word lists, read without importing spaCy's language packages.

`from spacy.lang.fr.stop_words import STOP_WORDS` runs `spacy/__init__` (about 1 s of CPU)
and `spacy/lang/fr/__init__`, whose tokenizer exceptions compile regular expressions for about
3.7 s of CPU. The list itself is a plain module (one `set` of a string), so it is executed here
from its file alone: the same words, in milliseconds. The parent process of a pooled run (dedup,
the corpus steps) never loads a spaCy model, so there this import was the whole cost; where a
model is loaded anyway (the NLP worker), spaCy's own import of the package pays it once.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path


def spacy_stop_words(language: str) -> frozenset[str]:
    """spaCy's STOP_WORDS for `language` ("fr", "en", ...), as spaCy's module defines them."""
    loaded = sys.modules.get(f"spacy.lang.{language}.stop_words")
    if loaded is not None:  # already imported (a model is loaded): nothing to read
        return frozenset(loaded.STOP_WORDS)
    spacy = importlib.util.find_spec("spacy")  # a top-level name: found, not imported
    if spacy is None or not spacy.submodule_search_locations:
        raise ModuleNotFoundError("spaCy is not installed", name="spacy")
    path = Path(next(iter(spacy.submodule_search_locations))) / "lang" / language / "stop_words.py"
    spec = importlib.util.spec_from_file_location(f"veille_spacy_{language}_stop_words", path)
    if spec is None or spec.loader is None or not path.is_file():
        raise ModuleNotFoundError(f"spaCy has no stop words for {language!r}", name=str(path))
    module = importlib.util.module_from_spec(spec)  # not put in sys.modules: read once per caller
    spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)
