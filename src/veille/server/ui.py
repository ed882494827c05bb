"""The web UI at /: server-rendered pages over `veille.api.Dossier`.

No script at all: pages are Jinja2 templates with autoescaping, the one stylesheet is served
from the package (`server/static/`), and every answer carries a Content-Security-Policy that
allows nothing but that stylesheet, so markup inside an article can never run here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib.resources import files
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import ChoiceLoader, Environment, PackageLoader, select_autoescape

from veille.api import Dossier
from veille.server import views
from veille.server.i18n import COOKIE, LANGUAGES, Catalogues, negotiate

router = APIRouter(tags=["ui"], include_in_schema=False)

# No script, no frame, no plugin, no foreign origin; forms post only here.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
SECURITY_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                    "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}
STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                ".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon"}
SEARCH_PAGE = 20


class _Ui:
    """What the UI builds once per app: the template environment and the message catalogues."""

    def __init__(self) -> None:
        # The report's folder is on the path for the actor-graph macro both draw with.
        self.env = Environment(loader=ChoiceLoader([PackageLoader("veille", "server/templates"),
                                                    PackageLoader("veille", "report")]),
                               autoescape=select_autoescape(default=True, default_for_string=True))
        self.catalogues = Catalogues()


def _ui(request: Request) -> _Ui:
    state = request.app.state
    if getattr(state, "ui", None) is None:
        state.ui = _Ui()
    ui: _Ui = state.ui
    return ui


@contextmanager
def _dossier(request: Request) -> Iterator[Dossier]:
    with request.app.state.readers.dossier() as d:
        yield d


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A page in the request's language, with the security headers every UI answer carries."""
    ui = _ui(request)
    asked = request.query_params.get("lang")
    lang = negotiate(asked, request.cookies.get(COOKIE), request.headers.get("accept-language"))
    t = ui.catalogues.translator(lang)

    def lang_url(code: str) -> str:
        params = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"] + [("lang", code)]
        return f"{request.url.path}?{urlencode(params)}"

    html = ui.env.get_template(template).render(t=t, lang=lang, languages=LANGUAGES, lang_url=lang_url,
                                                q=context.pop("q", ""), **context)
    response = HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)
    if asked and asked.lower() in LANGUAGES:
        response.set_cookie(COOKIE, asked.lower(), max_age=365 * 24 * 3600, samesite="lax", httponly=True)
    return response


def _page(request: Request, template: str, build: Callable[[Dossier], dict[str, Any] | None], nav: str,
          missing: str = "error.not_found") -> HTMLResponse:
    with _dossier(request) as d:
        context = build(d)
    if context is None:
        t = _ui(request).catalogues.translator(
            negotiate(request.query_params.get("lang"), request.cookies.get(COOKIE),
                      request.headers.get("accept-language")))
        return render(request, "error.html.j2", status=404, nav=nav, message=t(missing))
    return render(request, template, nav=nav, **context)


@router.get("/", response_class=HTMLResponse)
def stories_page(request: Request) -> HTMLResponse:
    return _page(request, "stories.html.j2", views.home, "stories")


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str) -> HTMLResponse:
    return _page(request, "story.html.j2", lambda d: views.story(d, story_id), "stories", "error.no_story")


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, offset: int = Query(0, ge=0, le=1_000_000)) -> HTMLResponse:
    return _page(request, "timeline.html.j2", lambda d: views.timeline(d, offset), "timeline")


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request) -> HTMLResponse:
    return _page(request, "articles.html.j2", views.articles, "articles")


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    return _page(request, "article.html.j2", lambda d: views.article(d, article_id), "articles",
                 "error.no_article")


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request, type: str | None = Query(None, max_length=8)) -> HTMLResponse:
    return _page(request, "entities.html.j2", lambda d: views.entities(d, type), "entities")


@router.get("/entities/{entity_id:path}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str,
                events_offset: int = Query(0, ge=0, le=1_000_000)) -> HTMLResponse:
    return _page(request, "entity.html.j2", lambda d: views.entity(d, entity_id, events_offset), "entities",
                 "error.no_entity")


@router.get("/graph", response_class=HTMLResponse)
def graph_page(request: Request) -> HTMLResponse:
    return _page(request, "graph.html.j2", views.graph, "graph")


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = Query("", max_length=200),
                offset: int = Query(0, ge=0, le=100_000)) -> HTMLResponse:
    return _page(request, "search.html.j2", lambda d: views.search(d, q, SEARCH_PAGE, offset), "search")


@router.get("/static/{name}")
def static_file(name: str) -> Response:
    """A file shipped in `server/static/` (a flat folder: no path can leave it)."""
    folder = files("veille.server").joinpath("static")
    suffix = "." + name.rsplit(".", 1)[-1] if "." in name else ""
    if "/" in name or name.startswith(".") or suffix not in STATIC_TYPES or not folder.joinpath(name).is_file():
        return Response("not found", status_code=404, media_type="text/plain", headers=SECURITY_HEADERS)
    return Response(folder.joinpath(name).read_bytes(), media_type=STATIC_TYPES[suffix],
                    headers={**SECURITY_HEADERS, "Cache-Control": "public, max-age=3600"})
