"""`veille run --retry-quarantined`: quarantined items are read again from where they came from."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
from typer.testing import CliRunner

from veille.cli.main import app

runner = CliRunner()


def _para(i: int) -> str:
    return (f"Les députés ont adopté mardi à Niamey la loi numéro {i} sur la presse, après un long débat "
            "sur la liberté d'informer, a indiqué le président de l'Assemblée nationale.")


def _state(db: Path) -> tuple[set[tuple[str, str | None, str]], set[str], list[str]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = {(r[0], r[1], r[2]) for r in con.execute("SELECT file, item, code FROM quarantine").fetchall()}
        sources = {r[0] for r in con.execute("SELECT source FROM articles").fetchall()}
        runs = [r[0] for r in con.execute("SELECT DISTINCT run_id FROM quarantine").fetchall()]
        return rows, sources, runs
    finally:
        con.close()


def test_retry_clears_what_now_passes_and_keeps_what_still_fails(tmp_path: Path) -> None:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "good.txt").write_text(_para(1), encoding="utf-8")
    (src / "sub" / "late.txt").write_bytes(b"")
    lines = src / "feed.jsonl"
    good, notext = json.dumps({"id": "j1", "text": _para(2)}), json.dumps({"id": "j3", "title": "sans texte"})
    lines.write_text("\n".join([good, '{"id": "j2", "text": "cassé', notext]) + "\n", encoding="utf-8")
    db = tmp_path / "v.duckdb"

    first = runner.invoke(app, ["run", str(src), "--db", str(db), "--quiet"])
    assert first.exit_code == 2, first.output
    rows, sources, _ = _state(db)
    assert rows == {("sub/late.txt", None, "V103"), ("feed.jsonl", "line:2", "V105"),
                    ("feed.jsonl", "line:3", "V106")}
    assert sources == {"good.txt", "j1"}

    # The user fixes two of the three; retrying reads only the quarantined items again.
    (src / "sub" / "late.txt").write_text(_para(4), encoding="utf-8")
    lines.write_text("\n".join([good, json.dumps({"id": "j2", "text": _para(3)}), notext]) + "\n",
                     encoding="utf-8")
    second = runner.invoke(app, ["run", "--retry-quarantined", "--db", str(db), "--quiet"])
    assert second.exit_code == 2, second.output
    rows, sources, runs = _state(db)
    assert rows == {("feed.jsonl", "line:3", "V106")}  # still failing, once, with this run's reason
    assert sources == {"good.txt", "j1", "j2", "sub/late.txt"}
    assert len(runs) == 1 and runs[0] in second.output

    lines.write_text("\n".join([good, json.dumps({"id": "j2", "text": _para(3)}),
                                json.dumps({"id": "j3", "text": _para(5)})]) + "\n", encoding="utf-8")
    third = runner.invoke(app, ["run", "--retry-quarantined", "--db", str(db), "--quiet"])
    assert third.exit_code == 0, third.output
    rows, sources, _ = _state(db)
    assert rows == set() and sources == {"good.txt", "j1", "j2", "j3", "sub/late.txt"}


def test_rerunning_the_same_bad_input_does_not_pile_up_rows(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "x.jsonl").write_text("{oops\n", encoding="utf-8")
    db = tmp_path / "v.duckdb"
    for _ in range(2):
        result = runner.invoke(app, ["run", str(tmp_path / "in"), "--db", str(db), "--quiet"])
        assert result.exit_code == 2, result.output
    rows, _, runs = _state(db)
    assert rows == {("empty.txt", None, "V103"), ("x.jsonl", "line:1", "V105")} and len(runs) == 1


def test_run_needs_inputs_or_retry(tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", "--db", str(tmp_path / "v.duckdb")])
    assert result.exit_code == 1 and "V400" in result.output
