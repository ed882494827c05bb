"""The ASGI application: settings, routers, and the one error shape every error takes.

Every error answer is ``{"error": {"code": "V...", "message": "...", "hint": "..."}}`` with
the matching HTTP status, whether it comes from a `VeilleError`, a validation failure, an
unknown route or an unexpected exception (which is logged without the request's secrets).
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from veille.errors import VeilleError
from veille.server import api, ui
from veille.server.answers import AnswerCache
from veille.server.errors import HTTP_CODES, ApiError, error_body
from veille.server.ingest import BodyLimit
from veille.server.readers import Readers
from veille.server.settings import ServerSettings
from veille.server.worker import IngestWorker
from veille.version import __version__

__all__ = ["ApiError", "ServerSettings", "create_app", "error_body"]

log = logging.getLogger("veille.server")


NOSNIFF = {"X-Content-Type-Options": "nosniff"}


class _OnAnswerStart:
    """An ASGI wrapper that edits the headers of every HTTP answer as it starts: `begin()` runs as
    the request reaches the wrapper and gives the edit for its answer (other scopes pass as is)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    def begin(self) -> Callable[[MutableHeaders], None]:
        raise NotImplementedError

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        edit = self.begin()

        async def send_edited(message: Message) -> None:
            if message["type"] == "http.response.start":
                edit(MutableHeaders(scope=message))
            await send(message)

        await self.app(scope, receive, send_edited)


class NoSniff(_OnAnswerStart):
    """`X-Content-Type-Options: nosniff` on every answer (the UI's pages set it themselves, with
    their other security headers): a browser must never take a JSON answer for HTML or script."""

    def begin(self) -> Callable[[MutableHeaders], None]:
        return _nosniff


def _nosniff(headers: MutableHeaders) -> None:
    headers.setdefault("X-Content-Type-Options", "nosniff")


class ServerTiming(_OnAnswerStart):
    """`Server-Timing: app;dur=MS` on every answer (`ServerSettings.server_timing`): milliseconds
    from the request reaching the app to its answer's start, so that a load generator can tell
    the server's time from its own lag (its threads, the network) in each latency it measures."""

    def begin(self) -> Callable[[MutableHeaders], None]:
        start = time.perf_counter()

        def stamp(headers: MutableHeaders) -> None:
            headers.append("Server-Timing", f"app;dur={(time.perf_counter() - start) * 1e3:.3f}")

        return stamp


def create_app(settings: ServerSettings) -> FastAPI:
    """The app for one store. The store is opened read-only, per request (see `Readers`)."""

    # No /docs or /redoc: FastAPI's pages load Swagger UI and ReDoc from a CDN, and the server must
    # work offline and under a strict CSP. The schema itself is at /openapi.json.
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # The store's connection is closed when the server stops, never left to interpreter exit.
        # So is the ingest worker's thread, after the run it may be doing.
        if app.state.readers.closed:  # an app served again after a shutdown (the settings may have changed)
            app.state.readers = Readers(app.state.settings.db, threads=app.state.settings.read_threads,
                                        idle_release=app.state.settings.idle_release,
                                        search_pages=app.state.settings.search_pages)
        if app.state.ingest.closed:
            app.state.ingest = IngestWorker(app.state.settings.db)
        app.state.read_limiter = None  # made again on this event loop (`api.read_in_turn`)
        try:
            yield
        finally:
            app.state.ingest.close()
            app.state.readers.close()

    app = FastAPI(title="veille", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="News intelligence dossier: stories, events, entities, timeline, articles.")
    app.state.settings = settings
    app.state.readers = Readers(settings.db, threads=settings.read_threads, idle_release=settings.idle_release,
                                search_pages=settings.search_pages)
    app.state.ingest = IngestWorker(settings.db)  # its thread starts with the first ingest
    app.state.answers = AnswerCache(settings.db, settings.answer_cache_bytes) if settings.answer_cache_bytes else None

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(error_body(exc.code, exc.message, exc.hint), status_code=exc.status)

    @app.exception_handler(VeilleError)
    async def _veille_error(request: Request, exc: VeilleError) -> JSONResponse:
        return JSONResponse(error_body(exc.code, exc.message, exc.hint), status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = HTTP_CODES.get(exc.status_code, "V500")
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
        # Answered by Starlette's outermost middleware, outside NoSniff: the header is set here.
        return JSONResponse(error_body("V500", f"internal error: {type(exc).__name__}",
                                       "please report this with the server log"), status_code=500,
                            headers=NOSNIFF)

    app.add_middleware(BodyLimit, max_bytes=settings.max_request_bytes)
    app.add_middleware(NoSniff)  # added last: outermost, so the 413s of BodyLimit carry it too
    if settings.server_timing:  # outermost of all: the time of every layer below
        app.add_middleware(ServerTiming)
    app.include_router(api.router, prefix="/api")
    app.include_router(ui.router)
    return app
