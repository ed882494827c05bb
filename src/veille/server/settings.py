"""What `veille serve` is started with (imported by the app and by the endpoints)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ServerSettings:
    """What `veille serve` is started with; the defaults are the safe ones."""

    db: Path
    host: str = "127.0.0.1"  # loopback unless the user asks otherwise
    port: int = 8000
    allow_ingest: bool = False  # write endpoints (POST /api/ingest) are off by default
    token: str | None = None  # and need this bearer token when on
    max_request_bytes: int = 10 * 1024 * 1024
    page_size_max: int = 500
