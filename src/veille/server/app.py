"""The ASGI application: settings, routers, and the one error shape every error takes.

Every error answer is ``{"error": {"code": "V...", "message": "...", "hint": "..."}}`` with
the matching HTTP status, whether it comes from a `VeilleError`, a validation failure, an
unknown route or an unexpected exception (which is logged without the request's secrets).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from veille.errors import VeilleError
from veille.server.readers import Readers

log = logging.getLogger("veille.server")


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


class ApiError(VeilleError):
    """An error answered over HTTP: ``status`` is its HTTP status code."""

    code = "V500"

    def __init__(self, status: int, message: str, *, hint: str = "", code: str | None = None) -> None:
        super().__init__(message, hint=hint, code=code)
        self.status = status


# HTTP status -> code when the error did not come with one of ours.
_HTTP_CODES = {400: "V501", 401: "V502", 403: "V503", 404: "V504", 405: "V505", 413: "V506", 422: "V507",
               429: "V508", 503: "V509"}


def error_body(code: str, message: str, hint: str = "") -> dict[str, dict[str, str]]:
    return {"error": {"code": code, "message": message, "hint": hint}}


def create_app(settings: ServerSettings) -> FastAPI:
    """The app for one store. The store is opened read-only, per request (see `Readers`)."""
    from veille import __version__
    from veille.server import api, ui

    # No /docs or /redoc: FastAPI's pages load Swagger UI and ReDoc from a CDN, and the server must
    # work offline and under a strict CSP. The schema itself is at /openapi.json.
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # The store's connection is closed when the server stops, never left to interpreter exit.
        if app.state.readers.closed:  # an app served again after a shutdown (the settings may have changed)
            app.state.readers = Readers(app.state.settings.db)
        try:
            yield
        finally:
            app.state.readers.close()

    app = FastAPI(title="veille", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="News intelligence dossier: stories, events, entities, timeline, articles.")
    app.state.settings = settings
    app.state.readers = Readers(settings.db)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(error_body(exc.code, exc.message, exc.hint), status_code=exc.status)

    @app.exception_handler(VeilleError)
    async def _veille_error(request: Request, exc: VeilleError) -> JSONResponse:
        return JSONResponse(error_body(exc.code, exc.message, exc.hint), status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _HTTP_CODES.get(exc.status_code, "V500")
        return JSONResponse(error_body(code, str(exc.detail)), status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        return JSONResponse(error_body("V507", f"invalid request: {problems}",
                                       "see /openapi.json for the accepted parameters"), status_code=422)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return JSONResponse(error_body("V500", f"internal error: {type(exc).__name__}",
                                       "please report this with the server log"), status_code=500)

    from veille.server.ingest import BodyLimit

    app.add_middleware(BodyLimit, max_bytes=settings.max_request_bytes)
    app.include_router(api.router, prefix="/api")
    app.include_router(ui.router)
    return app
