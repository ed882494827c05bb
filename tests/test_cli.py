"""The CLI end to end on the bundled example corpus: run, rerun, query, export, report, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from veille.cli.main import app

runner = CliRunner()
CONTENT_TABLES = ("articles", "mentions", "timexes", "events", "quotes", "entities", "corpus_events", "stories",
                  "quarantine", "dedup_signatures", "dedup_bands")


def snapshot(db: Path) -> dict[str, list[tuple[object, ...]]]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: sorted(map(tuple, con.execute(f"SELECT * FROM {t}").fetchall()), key=repr)
                for t in CONTENT_TABLES}
    finally:
        con.close()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    db = tmp_path_factory.mktemp("cli") / "v.duckdb"
    result = runner.invoke(app, ["run", str(seeds_dir), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "added" in result.output
    return db


@pytest.mark.slow
def test_second_run_on_the_same_input_changes_nothing(store: Path, seeds_dir: Path) -> None:
    before = snapshot(store)
    result = runner.invoke(app, ["run", str(seeds_dir), "--db", str(store), "--quiet"])
    assert result.exit_code == 0, result.output
    assert snapshot(store) == before


@pytest.mark.slow
def test_export_writes_six_contract_files_with_offsets_into_body(store: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(store), "--format", "jsonl", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    files = {p.stem: [json.loads(line) for line in p.read_text().splitlines()] for p in tmp_path.glob("*.jsonl")}
    assert set(files) == {"articles", "entities", "timexes", "events", "quotes", "stories"}
    bodies = {a["id"]: a["body"] for a in files["articles"]}
    assert len(bodies) == 5
    spans = [(t["article"], t["start"], t["end"], t["text"]) for t in files["timexes"] + files["quotes"]]
    spans += [(m["article"], m["start"], m["end"], m["text"]) for e in files["entities"] for m in e["mentions"]]
    spans += [(x["article"], x["start"], x["end"], x["text"]) for e in files["events"] for x in e["evidence"]]
    assert spans
    for article, start, end, text in spans:
        assert bodies[article][start:end] == text


@pytest.mark.slow
@pytest.mark.parametrize("command", [["stories"], ["events"], ["events", "--type", "CONSULT"], ["timeline"],
                                     ["entities"], ["entities", "--name", "Lavrov"], ["quarantine"]])
def test_query_commands_print_tables(store: Path, command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--db", str(store)])
    assert result.exit_code == 0, result.output
    assert result.output.strip()


@pytest.mark.slow
def test_report_is_self_contained_html(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["report", "--db", str(store), "--out", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and "Content-Security-Policy" in html
    assert "<script" not in html and "http://" not in html.replace("http://www.w3.org/2000/svg", "")


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["graphml", "json"])
def test_graph_export(store: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"g.{fmt}"
    result = runner.invoke(app, ["graph", "--db", str(store), "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    if fmt == "json":
        data = json.loads(text)
        assert data["nodes"] and data["edges"]
        node_ids = {n["id"] for n in data["nodes"]}
        assert all(e["source"] in node_ids and e["target"] in node_ids for e in data["edges"])
    else:
        import xml.etree.ElementTree as ET

        root = ET.fromstring(text)
        assert root.tag.endswith("graphml") and root.iter("{http://graphml.graphdrawing.org/xmlns}edge")


def test_partial_failure_exits_2_and_is_listed(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "data.bin").write_bytes(b"\x00\x01")
    db = tmp_path / "q.duckdb"
    result = runner.invoke(app, ["run", str(tmp_path / "in"), "--db", str(db), "--quiet"])
    assert result.exit_code == 2, result.output
    listed = runner.invoke(app, ["quarantine", "--db", str(db)])
    assert "V103" in listed.output and "V102" in listed.output


def test_missing_store_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["stories", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1


@pytest.mark.slow
def test_rerunning_the_corpus_steps_gives_the_same_dossier(store: Path, tmp_path: Path) -> None:
    """Story-given dates are undone before the corpus steps rerun, so they never feed on themselves."""
    import shutil

    from veille.pipeline import Context
    from veille.runner import corpus
    from veille.store.db import Store

    copy = tmp_path / "copy.duckdb"
    shutil.copy(store, copy)
    before = snapshot(copy)
    with Store.open(copy) as db:
        assert corpus(db, Context()) == []
    assert snapshot(copy) == before


@pytest.mark.slow
def test_search_prints_its_total(store: Path) -> None:
    import veille

    q = "de la le"
    with veille.open(store) as d:
        exact = d.search(q, limit=1)
    result = runner.invoke(app, ["search", q, "--db", str(store), "--limit", "1"])
    assert result.exit_code == 0, result.output
    assert f"{exact['total']} result(s)" in result.output
    assert exact["items"][0]["id"][:8] in result.output
