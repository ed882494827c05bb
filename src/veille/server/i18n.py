"""Interface text in French and English: catalogues are data (`server/messages/<lang>.json`).

The language is chosen by ``?lang=`` (which the UI then remembers in a cookie), else that
cookie, else the browser's Accept-Language, else French.  A key missing from a catalogue
falls back to French, then to the key itself, so a page never breaks on a missing string.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
COOKIE = "veille_lang"


def load_catalogue(lang: str) -> dict[str, str]:
    text = files("veille.server").joinpath("messages", f"{lang}.json").read_text(encoding="utf-8")
    data: dict[str, str] = json.loads(text)
    return data


@dataclass(frozen=True)
class Translator:
    """``t("key", n=3)``: the string for `key` in `lang`, formatted with the keyword arguments."""

    lang: str
    catalogue: dict[str, str]
    fallback: dict[str, str]

    def __call__(self, key: str, **values: Any) -> str:
        text = self.catalogue.get(key) or self.fallback.get(key) or key
        return text.format(**values) if values else text


class Catalogues:
    """Every catalogue, read once per app."""

    def __init__(self) -> None:
        self.by_lang = {lang: load_catalogue(lang) for lang in LANGUAGES}

    def translator(self, lang: str) -> Translator:
        return Translator(lang, self.by_lang[lang], self.by_lang[DEFAULT_LANGUAGE])


def negotiate(query: str | None, cookie: str | None, accept_language: str | None) -> str:
    """The interface language for a request (see the module docstring)."""
    for choice in (query, cookie):
        if choice and choice.lower() in LANGUAGES:
            return choice.lower()
    return _from_accept_language(accept_language or "")


def _from_accept_language(header: str) -> str:
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate(header.split(",")):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                weight = 0.0
        base = tag.strip().lower().split("-")[0]
        if base in LANGUAGES and weight > 0:
            ranked.append((-weight, i, base))
    return min(ranked)[2] if ranked else DEFAULT_LANGUAGE
