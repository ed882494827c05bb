"""`veille events` and `veille timeline` a page at a time (--limit/--offset, as the API): a page
is the slice of the whole list, the title says where it lies, and no option lists everything."""

from __future__ import annotations

import json

import pytest
from tests.server_support import seed_store
from typer.testing import CliRunner

from veille.api import Dossier
from veille.cli.main import app
from veille.store.db import Store

pytestmark = pytest.mark.slow  # the store is built by the whole pipeline


def _json_lines(args: list[str]) -> list[dict[str, object]]:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


def test_an_events_page_is_the_slice_of_the_whole_list(tmp_path_factory: pytest.TempPathFactory) -> None:
    db = str(seed_store(tmp_path_factory))
    every = _json_lines(["events", "--db", db, "--json"])
    assert len(every) >= 4
    for limit, offset in ((1, 0), (2, 1), (3, len(every) - 2), (5, len(every)), (500, 0)):
        page = _json_lines(["events", "--db", db, "--json", "--limit", str(limit), "--offset", str(offset)])
        assert page == every[offset:offset + limit], (limit, offset)
    assert _json_lines(["events", "--db", db, "--json", "--offset", "1"]) == every[1:51]  # the API's page
    result = CliRunner().invoke(app, ["events", "--db", db, "--limit", "2", "--offset", "1"],
                                env={"COLUMNS": "200"})
    assert result.exit_code == 0 and f"events (2-3 of {len(every)})" in result.output
    for bad in (["--limit", "0"], ["--limit", "501"], ["--offset", "-1"]):
        assert CliRunner().invoke(app, ["events", "--db", db, *bad]).exit_code == 2, bad


def test_a_timeline_page_is_the_slice_of_the_timeline(tmp_path_factory: pytest.TempPathFactory) -> None:
    db = seed_store(tmp_path_factory)
    with Store.open(db, read_only=True) as store:
        every = Dossier(store).timeline()
    assert len(every) >= 3
    runner = CliRunner()
    whole = runner.invoke(app, ["timeline", "--db", str(db)], env={"COLUMNS": "200"})
    page = runner.invoke(app, ["timeline", "--db", str(db), "--limit", "2", "--offset", "1"], env={"COLUMNS": "200"})
    past = runner.invoke(app, ["timeline", "--db", str(db), "--limit", "2", "--offset", "999"],
                         env={"COLUMNS": "200"})
    assert whole.exit_code == page.exit_code == past.exit_code == 0
    assert f"timeline (2-3 of {len(every)})" in page.output and f"(none of {len(every)})" in past.output
    shown = {str(e["date"]["value"])[:10] for e in every[1:3]}  # type: ignore[index]
    assert all(day in page.output for day in shown)
    others = {str(e["date"]["value"])[:10] for e in every} - shown  # type: ignore[index]
    assert not any(day in page.output for day in others)
