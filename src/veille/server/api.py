"""The JSON endpoints under /api: thin wrappers over `veille.api.Dossier`."""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import APIRouter, Request

from veille.api import Dossier

router = APIRouter(tags=["api"])


def dossier(request: Request) -> Iterator[Dossier]:
    """FastAPI dependency: a Dossier for this request only."""
    with request.app.state.readers.dossier() as d:
        yield d


@router.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}
