"""The web UI without a browser: every page renders, escapes hostile text, and carries the security
headers; the interface speaks French and English; the report escapes the same hostile store."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from ui_support import HOSTILE_ALIAS, HOSTILE_ENTITY, HOSTILE_ROLE, PAYLOADS, REPUBLISHED_OUTLET
from veille.server import ServerSettings, create_app
from veille.server.i18n import LANGUAGES, load_catalogue, negotiate
from veille.server.views import _pages

TEMPLATES = Path(__file__).resolve().parents[1] / "src" / "veille" / "server" / "templates"
MISSING = ("/stories/does-not-exist", "/entities/%3Cscript%3E", "/articles/%3Cimg%20src=x%20onerror=alert(1)%3E")
CSP_PARTS = ("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'",
             "base-uri 'none'")


class _Scan(HTMLParser):
    """Everything in a page that could run: elements, event-handler attributes, script URLs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.dangers: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag in ("script", "iframe", "object", "embed", "base", "textarea", "img"):
            self.dangers.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.dangers.append(f"{tag}[{name}]")
            if tag == "link" and (name, value) == ("href", "data:,"):
                continue  # the empty favicon, so the browser asks for none
            if name in ("href", "src", "action", "xlink:href") and value and \
                    not value.startswith(("/", "#", "?", "http://", "https://")):
                self.dangers.append(f"{tag}[{name}={value!r}]")
            if name == "style":
                self.dangers.append(f"{tag}[style]")


def assert_safe_html(html: str, where: str) -> None:
    for payload in PAYLOADS:
        assert payload not in html, f"{where}: unescaped {payload!r}"
    scan = _Scan()
    scan.feed(html)
    assert scan.dangers == [], f"{where}: {scan.dangers}"


@pytest.fixture(scope="module")
def client(ui_store: Path) -> Iterator[TestClient]:
    with TestClient(create_app(ServerSettings(db=ui_store))) as c:
        yield c


@pytest.fixture(scope="module")
def ids(ui_store: Path) -> dict[str, list[str]]:
    import veille

    with veille.open(ui_store) as d:
        arts = d.articles()
        return {"stories": [s["id"] for s in d.stories()], "articles": [a["id"] for a in arts],
                "entities": [e["id"] for e in d.entities()],
                "hostile": [a["id"] for a in arts if "hostile" in a["source"]],
                "hostile_entity": [e["id"] for e in d.entities() if e["name"] == HOSTILE_ENTITY]}


def every_page(ids: dict[str, list[str]]) -> list[str]:
    return ["/", "/timeline", "/articles", "/entities", "/entities?type=ORG", "/entities?type=%3Cb%3E", "/graph", "/search",
            "/search?q=script", "/search?q=alert", "/search?q=Wagner", "/search?q=%3Cscript%3E", "/search?q=%7B%7B",
            "/?lang=en", "/graph?lang=en", *MISSING,
            *(f"/stories/{i}" for i in ids["stories"]), *(f"/articles/{i}" for i in ids["articles"]),
            *(f"/entities/{i}" for i in ids["entities"])]


@pytest.mark.slow
def test_every_page_escapes_hostile_text_and_sends_security_headers(client: TestClient,
                                                                    ids: dict[str, list[str]]) -> None:
    assert ids["hostile"], "the hostile article is missing from the store"
    for url in every_page(ids):
        r = client.get(url)
        assert r.status_code == (404 if url in MISSING else 200), url
        assert r.headers["content-type"].startswith("text/html"), url
        for part in CSP_PARTS:
            assert part in r.headers["content-security-policy"], (url, part)
        assert "'unsafe-inline'" not in r.headers["content-security-policy"]
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "no-referrer"
        assert_safe_html(r.text, url)


@pytest.mark.slow
def test_hostile_text_is_shown_literally(client: TestClient, ids: dict[str, list[str]]) -> None:
    from html import unescape

    # No payload is in the page unescaped (test above), so finding it in the unescaped page
    # means it is there as text.
    page = client.get(f"/articles/{ids['hostile'][0]}").text
    for literal in ("<script>alert('title')</script>", "<img src=x onerror=alert('outlet')>",
                    "<script>alert('body')</script>", '<a href="javascript:alert(2)">', "</textarea>",
                    "{{ 7*7 }}", "<svg onload=alert(4)>", HOSTILE_ENTITY):
        assert literal in unescape(page), literal
    entity_id = ids["hostile_entity"][0]
    entity_page = client.get(f"/entities/{entity_id}").text
    for literal in (HOSTILE_ENTITY, HOSTILE_ALIAS, HOSTILE_ROLE):
        assert literal in unescape(entity_page), literal
    # The article's url is javascript:, so it is shown as text, never as a link.
    assert 'href="javascript' not in page and "javascript:alert(&#39;url&#39;)" in page


@pytest.mark.slow
def test_story_page_shows_republication_and_conflicts(client: TestClient, ids: dict[str, list[str]]) -> None:
    pages = {s: client.get(f"/stories/{s}?lang=en").text for s in ids["stories"]}
    with_copy = [html for html in pages.values() if REPUBLISHED_OUTLET in html]
    assert with_copy, "the republication is in no story"
    assert "republishes" in with_copy[0] and 'class="source dup"' in with_copy[0]
    assert any("Disagreement on" in html and 'class="claim"' in html for html in pages.values())


@pytest.mark.slow
def test_interface_language_from_query_cookie_and_accept_language(client: TestClient) -> None:
    fr, en = load_catalogue("fr"), load_catalogue("en")
    client.cookies.clear()
    default = client.get("/", headers={"accept-language": ""})
    assert f"<h1>{fr['stories.title']}</h1>" in default.text and '<html lang="fr">' in default.text
    english = client.get("/?lang=en")
    assert f"<h1>{en['stories.title']}</h1>" in english.text and '<html lang="en">' in english.text
    assert en["nav.timeline"] in english.text and fr["nav.timeline"] not in english.text
    assert english.cookies.get("veille_lang") == "en"
    # The cookie now carries the choice (TestClient keeps cookies)...
    assert f"<h1>{en['stories.title']}</h1>" in client.get("/").text
    client.cookies.clear()
    # ...and without it the browser's preference decides.
    assert '<html lang="en">' in client.get("/", headers={"accept-language": "en-GB,en;q=0.9,fr;q=0.5"}).text
    assert '<html lang="fr">' in client.get("/", headers={"accept-language": "de, fr;q=0.8, en;q=0.5"}).text


def test_negotiation_rules() -> None:
    assert negotiate(None, None, None) == "fr"
    assert negotiate("EN", "fr", "fr") == "en"
    assert negotiate("xx", "en", "fr") == "en"
    assert negotiate(None, None, "en;q=0.2, fr;q=0.9") == "fr"
    assert negotiate(None, None, "es, en-US;q=0.7") == "en"
    assert negotiate(None, None, "en;q=bad") == "fr"


def test_catalogues_agree_and_cover_every_key_the_templates_use() -> None:
    cats = {lang: load_catalogue(lang) for lang in LANGUAGES}
    assert set(cats["fr"]) == set(cats["en"])
    assert all(v.strip() for c in cats.values() for v in c.values())
    used = set()
    for path in TEMPLATES.glob("*.j2"):
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_]+\.[a-z_.]+)["']""", path.read_text(encoding="utf-8")))
    used |= set(re.findall(r'"(error\.[a-z_]+)"', (TEMPLATES.parent / "ui.py").read_text(encoding="utf-8")))
    assert used and used <= set(cats["fr"]), used - set(cats["fr"])
    # Keys built from data (t("type." ~ e.type) ...) for the values the store holds.
    from veille.model import PUBLISHED_HOW

    for prefix, values in {"type.": ("PER", "ORG", "LOC", "MISC"), "how.": PUBLISHED_HOW,
                           "modality.": ("asserted", "planned", "hypothetical", "negated"),
                           "attr.": ("date", "location", "participants", "figure")}.items():
        assert {prefix + v for v in values} <= set(cats["fr"])
    json.dumps(cats)  # plain data


@pytest.mark.slow
def test_static_files_are_served_and_nothing_else(client: TestClient) -> None:
    css = client.get("/static/veille.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert css.headers["x-content-type-options"] == "nosniff"
    for bad in ("/static/..%2F__init__.py", "/static/ui.py", "/static/.hidden.css", "/static/nope.css",
                "/static/%2e%2e%2fui.py"):
        assert client.get(bad).status_code == 404, bad


@pytest.mark.slow
def test_report_over_the_hostile_store_is_escaped(ui_store: Path) -> None:
    import veille
    from veille.report import render_report

    with veille.open(ui_store) as d:
        html = render_report(d)
        one = render_report(d, story=d.stories()[0]["id"])
    for page in (html, one):
        assert '<meta http-equiv="Content-Security-Policy" content="default-src \'none\';' in page
        assert_safe_html(page, "report")
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in html
    for section in ("<h2>Stories</h2>", "<h2>Timeline</h2>", "<h2>Actor graph</h2>", "<h2>Events</h2>",
                    "<h2>Entities</h2>", "<svg", "<line", "<circle"):
        assert section in html, section


def test_a_pager_past_the_end_shows_nothing_and_leads_back_to_the_last_page() -> None:
    past = _pages({"total": 10, "limit": 50, "offset": 1000, "items": []})
    assert (past["first"], past["last"], past["previous"], past["next"]) == (0, 0, 0, None)
    past = _pages({"total": 120, "limit": 50, "offset": 1000, "items": []})
    assert (past["last"], past["previous"]) == (0, 100)  # the last page holding items starts at 100
    middle = _pages({"total": 120, "limit": 50, "offset": 50, "items": [{}] * 50})
    assert (middle["first"], middle["last"], middle["previous"], middle["next"]) == (51, 100, 0, 100)
    assert _pages({"total": 0, "limit": 50, "offset": 0, "items": []})["previous"] is None
