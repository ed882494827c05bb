"""The web UI end to end in Debian's headless Chromium, driven by Playwright, against a live
server over the example corpus plus a hostile article.

Skips when Chromium or Playwright is missing; fails instead when VEILLE_REQUIRE_BROWSER=1 (CI).
Screenshots go to pytest's temporary folder (their paths are printed) and, when
VEILLE_SCREENSHOTS names a folder, are copied there too.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import require_browser
from ui_support import HOSTILE_ENTITY, REPUBLISHED_OUTLET, ink_share, live_server

pytestmark = pytest.mark.slow

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# Everything an element can carry that runs script.
FIND_INJECTED = """() => {
  const all = [...document.querySelectorAll('*')];
  return {
    scripts: document.querySelectorAll('script').length,
    handlers: all.filter(e => [...e.attributes].some(a => a.name.toLowerCase().startsWith('on'))).map(e => e.tagName),
    imgs: document.querySelectorAll('img, iframe, object, embed, textarea, base').length,
    jsLinks: [...document.querySelectorAll('a[href], area[href], [src], form[action]')].map(e => e.getAttribute('href') || e.getAttribute('src'))
             .filter(v => /^\\s*(javascript|data|vbscript):/i.test(v)).length,
  };
}"""
# Each annotation's pieces put back together, by data-ann id.
ANNOTATIONS = """() => {
  const out = {};
  for (const e of document.querySelectorAll('#body [data-ann]')) {
    out[e.dataset.ann] = (out[e.dataset.ann] || '') + e.textContent;
  }
  return out;
}"""


@pytest.fixture(scope="module")
def base_url(ui_store: Path) -> Iterator[str]:
    require_browser()
    with live_server(ui_store) as url:
        yield url


@pytest.fixture(scope="module")
def browser(base_url: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=require_browser(), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Path]]:
    taken: list[Path] = []
    yield taken
    copy_to = os.environ.get("VEILLE_SCREENSHOTS")
    if copy_to:
        Path(copy_to).mkdir(parents=True, exist_ok=True)
        for path in taken:
            shutil.copy(path, Path(copy_to) / path.name)


class Session:
    """One browser page that records dialogs, console errors and every request it makes."""

    def __init__(self, browser: Any, base_url: str, folder: Path, shots: list[Path], locale: str = "fr-FR") -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 900}, locale=locale)
        self.page = self.context.new_page()
        self.base_url, self.folder, self.shots = base_url, folder, shots
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))

    def goto(self, path: str) -> None:
        response = self.page.goto(self.base_url + path)
        assert response is not None and response.ok, path

    def screenshot(self, name: str) -> Path:
        path = self.folder / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        print(f"screenshot: {path}")
        self.shots.append(path)
        # What is on screen (the viewport) must not be blank: a sober page still has plenty of
        # non-background pixels (text, tables, header) and many colours (anti-aliased text).
        share, colours = ink_share(self.page.screenshot())
        assert share > 0.03 and colours > 50, (name, share, colours)
        return path

    def assert_inert(self) -> None:
        self.page.wait_for_timeout(200)  # give any injected script its chance to run
        found = self.page.evaluate(FIND_INJECTED)
        assert found == {"scripts": 0, "handlers": [], "imgs": 0, "jsLinks": 0}, (self.page.url, found)
        assert self.dialogs == [], self.dialogs

    def close(self) -> None:
        # Offline: the UI never asks for anything outside the server itself.
        assert all(u.startswith((self.base_url, "file:", "data:", "about:")) for u in self.requests), self.requests
        assert self.errors == [], self.errors  # a CSP violation would be reported here
        self.context.close()


@pytest.fixture
def session(browser: Any, base_url: str, tmp_path_factory: pytest.TempPathFactory,
            shots: list[Path]) -> Iterator[Session]:
    s = Session(browser, base_url, tmp_path_factory.getbasetemp() / "screenshots", shots)
    s.folder.mkdir(exist_ok=True)
    yield s
    s.close()


def test_tour_stories_story_article_entity_graph_search(session: Session, ui_store: Path) -> None:
    import veille

    page = session.page
    session.goto("/")
    assert page.locator("h1").inner_text() == "Histoires"
    assert page.locator("table tbody tr").count() >= 3
    session.screenshot("01-stories")

    # The story the corpus tells most about: several sources, one republication, a contradiction.
    page.get_by_role("link", name="Mali, Niger, Burkina Faso", exact=False).first.click()
    assert page.locator(".source").count() >= 4
    assert page.locator(".claim").count() >= 2
    assert page.locator(".timeline li").count() >= 3
    assert page.locator("ol.summary li .cite a").count() >= 1
    assert page.locator("svg.graph circle").count() >= 3
    session.screenshot("02-story")

    with veille.open(ui_store) as d:
        republished = next(s for s in d.stories() if any(
            (d.article(a, body=False) or {}).get("outlet") == REPUBLISHED_OUTLET for a in s["articles"]))
        seed_story = republished["id"]
    session.goto(f"/stories/{seed_story}")
    dup = page.locator(".source.dup")
    assert dup.count() == 1 and REPUBLISHED_OUTLET in dup.inner_text() and "reprend" in dup.inner_text()
    assert page.locator(".source .badge-ok").count() == 1

    # An article: every annotation is in the text, whole, with its exact characters.
    session.goto(f"/stories/{seed_story}")
    page.locator(".source:not(.dup) h3 a").click()
    article_id = page.url.rsplit("/", 1)[-1]
    with veille.open(ui_store) as d:
        art = d.article(article_id)
    assert art is not None
    assert page.locator("#body").text_content() == art["body"]
    pieces = page.evaluate(ANNOTATIONS)
    expected = {f"m{i}": m["text"] for i, m in enumerate(art["mentions"])}
    expected |= {f"t{i}": t["text"] for i, t in enumerate(art["timexes"])}
    expected |= {f"q{i}": q["text"] for i, q in enumerate(art["quotes"])}
    assert art["mentions"] and art["timexes"]
    for key, text in expected.items():
        assert pieces.get(key) == text, (key, pieces.get(key), text)
    assert page.locator("#body .hl-event").count() >= 1
    first_mention = page.locator('#body [data-ann="m0"][data-part="first"]')
    assert first_mention.get_attribute("title")
    # The removed parts are one click away.
    removed = page.locator("details.removed")
    assert not removed.locator("td.removed-text").first.is_visible()
    removed.locator("summary").click()
    assert removed.locator("td.removed-text").first.is_visible()
    assert art["removed"][0]["text"].strip()[:20] in removed.inner_text()
    session.screenshot("03-article")

    # An entity, from the article's side list.
    lavrov = page.locator("aside a", has_text="Lavrov").first
    lavrov.click()
    assert "Lavrov" in page.locator("h1").inner_text()
    assert page.locator("h2", has_text="Fonctions").count() == 1
    assert page.locator("h2", has_text="Entités citées avec").count() == 1
    assert page.locator("table").nth(1).locator("tbody tr").count() >= 1  # roles or events rows
    session.screenshot("04-entity")

    # The actor graph: nodes are links to entity pages.
    page.get_by_role("link", name="Graphe des acteurs").click()
    assert page.locator("svg.graph circle").count() >= 5
    assert page.locator("svg.graph line").count() >= 5
    session.screenshot("05-graph")
    node = page.locator("svg.graph a").first
    label = node.locator("text").text_content() or ""
    node.click()
    page.wait_for_url("**/entities/**")
    assert label.strip() and label.strip() in page.locator("h1").inner_text()

    # Search from the header.
    box = page.get_by_role("searchbox")
    box.fill("Lavrov")
    box.press("Enter")
    page.wait_for_url("**/search?q=Lavrov*")
    assert page.locator(".result").count() >= 1
    hits = page.locator(".result .hl-hit").all_text_contents()
    assert hits and all("lavrov" in h.lower() for h in hits)
    session.screenshot("06-search")
    session.assert_inert()


def test_hostile_article_shows_as_text_and_runs_nothing(session: Session, ui_store: Path) -> None:
    import veille

    with veille.open(ui_store) as d:
        art = next(d.article(a["id"]) for a in d.articles() if "hostile" in a["source"])
        assert art is not None
        hostile_entity = next(e["id"] for e in d.entities() if e["name"] == HOSTILE_ENTITY)
    page = session.page
    session.goto(f"/articles/{art['id']}")
    assert page.locator("h1").inner_text() == art["title"]
    assert art["outlet"] in page.locator(".meta").inner_text()
    body = page.locator("#body")
    assert body.text_content() == art["body"]
    for literal in ("<script>alert('body')</script>", "<img src=x onerror=alert(1)>", "</textarea>",
                    '<a href="javascript:alert(2)">', "{{ 7*7 }}"):
        assert literal in body.inner_text()
    quote = next(q for q in art["quotes"] if "<script>" in q["text"])
    assert page.locator('#body [data-kind="quote"]').first.text_content() == quote["text"]
    assert HOSTILE_ENTITY in page.locator("aside").inner_text()
    body.hover()  # the <b onmouseover> would fire here, were it an element
    page.locator("details.removed summary").click()
    assert "<svg onload=alert(4)>" in page.locator("details.removed").inner_text()
    session.assert_inert()
    session.screenshot("07-hostile-article")

    for path in ("/", f"/stories/{art['story']}", f"/entities/{hostile_entity}", "/entities", "/timeline",
                 "/articles", "/graph", "/search?q=script", "/search?q=alert"):
        session.goto(path)
        session.assert_inert()
    session.goto(f"/entities/{hostile_entity}")
    assert HOSTILE_ENTITY in page.locator("h1").inner_text()
    session.screenshot("08-hostile-entity")

    # The HTML report over the same store, opened as the file it is.
    from veille.report import write_report

    with veille.open(ui_store) as d:
        report = write_report(d, session.folder / "report.html")
    page.goto(report.as_uri())
    session.assert_inert()
    assert "<script>alert('title')</script>" in page.locator("body").inner_text()
    session.screenshot("09-report")


def test_interface_in_english_and_french(session: Session) -> None:
    page = session.page
    session.goto("/?lang=en")
    assert page.locator("h1").inner_text() == "Stories"
    assert page.locator("nav").inner_text().split()[:2] == ["Stories", "Timeline"]
    session.goto("/graph")  # the choice is remembered
    assert page.locator("h1").inner_text() == "Actor graph"
    session.screenshot("10-graph-en")
    page.get_by_role("link", name="FR", exact=True).click()
    assert page.locator("h1").inner_text() == "Graphe des acteurs"
    session.goto("/timeline")
    assert page.locator("h1").inner_text() == "Chronologie"
    assert page.locator("th").first.inner_text().lower() == "date"


def test_entity_and_timeline_page_their_events_with_evidence_and_sources(
        session: Session, ui_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The timeline and an entity's page show their events a page at a time (two here), each
    with its first evidence sentence (linked to its article) and its sources; following "next"
    walks through every event once, in the order of the REST pages, and "previous" comes back."""
    import veille
    from veille.server import views

    monkeypatch.setattr(views, "EVENTS_PAGE", 2)  # the server runs in this process
    with veille.open(ui_store) as d:
        timeline = d.timeline_page(limit=200)
        busiest = max((e["id"] for e in d.entities_page(limit=200)["items"]),
                      key=lambda i: d.events_page(actor=i, limit=1)["total"])
        entity_events = d.events_page(actor=busiest, limit=200, full=True)
        sources = d.event_sources(timeline["items"] + entity_events["items"], views.SOURCES_SHOWN)
    assert timeline["total"] >= 3 and entity_events["total"] >= 3
    page = session.page

    def walk(path: str, expected: list[dict[str, Any]], name: str) -> None:
        session.goto(path)
        seen: list[str] = []
        while True:
            rows = page.locator("tr[data-event]")
            assert 1 <= rows.count() <= 2
            first = len(seen)
            range_text = page.locator(".events-range").inner_text()
            assert f"{first + 1} à {first + rows.count()} sur {len(expected)}" in range_text, range_text
            for i in range(rows.count()):
                row, event = rows.nth(i), expected[first + i]
                assert row.get_attribute("data-event") == event["id"]
                quote = row.locator(".event-evidence").inner_text()
                assert " ".join(quote.strip("“”").split())[:60] == " ".join(event["evidence"][0]["text"].split())[:60]
                assert row.locator("a.cite").get_attribute("href") == f"/articles/{event['evidence'][0]['article']}"
                links = row.locator(".event-sources a")
                assert links.count() == min(5, len(event["articles"]))
                outlet = sources[event["articles"][0]]
                assert links.first.inner_text() == (outlet["outlet"] or outlet["source"])
                seen.append(event["id"])
            if first == 0:
                session.screenshot(name)
            following = page.locator(".pager a[rel=next]")
            if not following.count():
                break
            following.click()
        assert seen == [e["id"] for e in expected]
        page.locator(".pager a[rel=prev]").click()
        assert page.locator("tr[data-event]").first.get_attribute("data-event") == \
            expected[(len(expected) - 1) // 2 * 2 - 2]["id"]
        session.assert_inert()

    walk("/timeline", timeline["items"], "11-timeline-paged")
    walk(f"/entities/{busiest}", entity_events["items"], "12-entity-events-paged")
