"""Errors a user can meet: each has a stable code and a message that says what to do.

All derive from `VeilleError`, so callers catch one class.  Codes are grouped:
V1xx input, V2xx stages, V3xx store, V4xx configuration and usage.
"""

from __future__ import annotations


class VeilleError(Exception):
    """Base class: ``code`` is stable (documented in ARCHITECTURE.md), ``hint`` says what to do."""

    code = "V000"

    def __init__(self, message: str, *, hint: str = "", code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        if code:
            self.code = code

    def __str__(self) -> str:
        text = f"[{self.code}] {self.message}"
        return f"{text} — {self.hint}" if self.hint else text


class InputError(VeilleError):
    """An input file or record cannot be read; the item is quarantined, the run goes on."""

    code = "V100"


# Input error codes (used with InputError(code=...)).
UNREADABLE = "V101"
UNKNOWN_FORMAT = "V102"
EMPTY = "V103"
BINARY = "V104"
BAD_JSON = "V105"
NO_TEXT = "V106"
TOO_LARGE = "V107"
UNDECODABLE = "V108"
BAD_FIELD = "V109"
BAD_ARCHIVE = "V110"
# A warning, not an error (clean@62): cleaning found no body but kept the page's best prose block; the
# article carries the code in `meta["veille_warnings"]` and is not quarantined.
PROSE_KEPT = "V111"


class StageError(VeilleError):
    """A stage failed on an article; the article is quarantined with this error."""

    code = "V200"


# Stage error codes (used with StageError(code=...)).
WORKER_FAILED = "V201"  # the article stopped its worker process, or could not be pickled to or from it


class StoreError(VeilleError):
    """The DuckDB store cannot be opened, migrated or written."""

    code = "V300"


class StoreBusy(StoreError):
    """Another process holds the store file (a run writing, readers reading) past the wait allowed."""

    code = "V301"


class ConfigError(VeilleError):
    """A configuration value or a command-line argument is wrong."""

    code = "V400"
