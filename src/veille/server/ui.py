"""The web UI at /: server-rendered pages over `veille.api.Dossier`."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(tags=["ui"], include_in_schema=False)
