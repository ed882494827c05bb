"""Main text and metadata of an HTML page with trafilatura (date via htmldate)."""

from __future__ import annotations

from configparser import ConfigParser
from dataclasses import dataclass

import trafilatura
from trafilatura.settings import use_config

from veille.errors import NO_TEXT, InputError

# Pages with more elements than this are cut by trafilatura before extraction, so that a
# huge or pathological page costs bounded time and memory.
MAX_TREE_SIZE = 200_000
# Fewer words than this is not an article but what the extractor's fallbacks scraped from
# a navigation bar or a login wall ("Accueil", "Se connecter").
MIN_WORDS = 8


@dataclass(frozen=True)
class Page:
    text: str  # paragraphs separated by "\n"
    title: str | None
    sitename: str | None
    date: str | None  # YYYY-MM-DD
    lang: str | None


def extraction_config() -> ConfigParser:
    """trafilatura's settings with a bounded tree size and no signal-based timeout (which
    only works in the main thread; the runner may clean in workers)."""
    config = use_config()
    config.set("DEFAULT", "MAX_TREE_SIZE", str(MAX_TREE_SIZE))
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def extract_page(html: str, url: str | None = None, config: ConfigParser | None = None) -> Page:
    """The article of an HTML page; raises `InputError` (NO_TEXT) when there is none."""
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, include_images=False,
                                          config=config or extraction_config())
    except (ValueError, RecursionError, MemoryError) as exc:  # lxml/trafilatura give up on broken trees
        raise InputError(f"the HTML page could not be parsed: {type(exc).__name__}",
                         hint="save the article's page itself (not an index or an app shell), "
                              "or give its text in a JSONL record", code=NO_TEXT) from exc
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(text.split()) < MIN_WORDS:
        raise InputError("the HTML page has no main text",
                         hint="save the article's page itself (not an index, a login wall or a "
                              "script-only page), or give its text in a JSONL record", code=NO_TEXT)
    date = getattr(doc, "date", None)
    return Page(text=text, title=getattr(doc, "title", None) or None,
                sitename=getattr(doc, "sitename", None) or None,
                date=str(date)[:10] if date else None, lang=getattr(doc, "language", None) or None)
