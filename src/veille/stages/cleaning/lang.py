"""Language identification with py3langid, restricted to the languages a run expects."""

from __future__ import annotations

from typing import Any


def load_identifier(languages: tuple[str, ...]) -> Any:
    """A py3langid identifier restricted to `languages` (loaded once per context)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(languages))
    return identifier


def identify(identifier: Any, text: str) -> str | None:
    """The language code of `text`, None when there are no letters to go by."""
    sample = text[:5000]
    if not any(c.isalpha() for c in sample):
        return None
    lang, _prob = identifier.classify(sample)
    return str(lang)
