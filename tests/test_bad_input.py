"""Fault injection: every kind of bad input, end to end through `veille run`.

One folder holds one file (or one line, record, link) per kind of bad input beside good
articles, and one `veille run` reads it all (so the run is shown to go on past every one of
them): it must exit with status 2 and a summary, quarantine each bad item with its code and
where it was read (file + item), and store the good items, including good lines in the same
JSON Lines file and good records before the damage in a WARC archive.  Limits are set small
in a configuration file so that "enormous" inputs stay cheap (sparse files, a zip bomb of a
few kilobytes).
"""

from __future__ import annotations

import gzip
import io
import json
import os
import pathlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pytest
from typer.testing import CliRunner

from veille.cli.main import app

runner = CliRunner()

GOOD = ("Le ministre malien des Affaires étrangères, Abdoulaye Diop, s'est rendu à Moscou ce jeudi "
        "pour des entretiens avec son homologue russe sur la coopération sécuritaire au Sahel.")
MB = 1024 * 1024


def _para(i: int) -> str:
    return (f"Article {i}. Les députés ont adopté mardi à Niamey une loi sur la presse, après un long débat "
            f"sur la liberté d'informer, a indiqué le président de l'Assemblée nationale numéro {i}.")


def _page(i: int) -> bytes:
    return (f"<html><head><title>Vote {i}</title></head><body><article><p>{_para(i)}</p><p>{_para(i + 100)}</p>"
            "</article></body></html>").encode()


def _warc(path: Path, pages: list[tuple[str, bytes]], *, gz: bool = True) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        for url, payload in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.0")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                          http_headers=headers))


def build_inputs(root: Path) -> None:
    """The bad inputs (one per kind) and good ones beside them."""
    root.mkdir()
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    # -- files that cannot be articles
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_bytes(b"  \n\t\n  ")
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    (root / "control.txt").write_bytes(bytes(range(1, 9)) * 200)
    (root / "data.bin").write_bytes(b"\x00\x01\x02")
    (root / "config.xml").write_text("<?xml version='1.0'?><config><a>1</a></config>", encoding="utf-8")
    # -- encodings: these decode and are stored; the last one cannot be
    (root / "cp1252.txt").write_bytes(_para(1).replace("Article 1", "Élections à Niamey : « oui »")
                                      .encode("cp1252"))
    (root / "latin1.txt").write_bytes(_para(2).encode("latin-1"))
    (root / "utf16.txt").write_bytes(_para(3).encode("utf-16"))
    (root / "misdeclared.html").write_bytes(
        ('<html><head><meta charset="utf-8"><title>Élections</title></head><body><article><p>'
         + _para(4) + " " + _para(40) + "</p></article></body></html>").encode("cp1252"))
    (root / "mojibake.txt").write_text(_para(5).encode("utf-8").decode("latin-1"), encoding="utf-8")
    (root / "undecodable.txt").write_bytes(b"\xff\xfe" + "Bonjour".encode("utf-16-le") + b"\x00\xd8")
    # -- JSON Lines: good lines around every kind of bad line
    long_line = root / "lines.jsonl"
    with long_line.open("wb") as fh:
        fh.write(json.dumps({"id": "j-good-1", "text": _para(6)}).encode() + b"\n")
        fh.write(b'{"id": "broken", "text": "no closing quote}\n')
        fh.write(json.dumps({"id": "j-good-2", "text": _para(7)}).encode() + b"\n")
        fh.write(json.dumps({"id": "j-notext", "title": "Titre seul"}).encode() + b"\n")
        fh.write(json.dumps({"id": "j-emptytext", "text": "   "}).encode() + b"\n")
        fh.write(b'{"text": "' + b"\x00" * 50 + b'"}\n')
        fh.write(b"[" * 100_000 + b"]" * 100_000 + b"\n")
        fh.write(json.dumps(["not", "an", "object"]).encode() + b"\n")
        fh.write(json.dumps({"id": "j-baddate", "text": _para(8), "published": "hier"}).encode() + b"\n")
        fh.write(_para(9).encode("cp1252").join([b'{"id": "j-cp1252", "text": "', b'"}\n']))
        fh.write(b'{"id": "j-huge", "text": "')
        fh.seek(fh.tell() + 3 * MB)  # a hole: a 3 MB line of NUL bytes that costs no disk
        fh.write(b'"}\n' + json.dumps({"id": "j-good-3", "text": _para(10)}).encode() + b"\n")
        fh.write(b'{"id": "j-truncated", "text": "Le dernier enregistrement est cou')
    # -- enormous files: sparse, so they cost no disk and must never be read whole
    with (root / "huge.txt").open("wb") as fh:
        fh.truncate(5 * 1024 * MB)
    # -- HTML: no main text, pathological nesting, markup that must not survive
    (root / "nav.html").write_text("<html><body><nav><a href='/'>Accueil</a> <a href='/c'>Se connecter</a>"
                                   "</nav><script>var x = 1;</script></body></html>", encoding="utf-8")
    (root / "nested.html").write_text("<html><body>" + "<div>" * 100_000 + "<p>" + _para(11) + "</p>"
                                      + "</div>" * 100_000 + "</body></html>", encoding="utf-8")
    (root / "script.html").write_text(
        "<html><head><title>Vote</title><script>alert('pwned')</script></head><body><article>"
        f"<p onclick=\"alert('x')\">{_para(12)}</p><p>{_para(13)}</p><iframe src='javascript:alert(1)'>"
        "</iframe><style>p{{}}</style></article></body></html>", encoding="utf-8")
    # -- archives: truncated, garbage, a zip bomb, a record over the limit
    _warc(root / "truncated.warc.gz", [(f"https://a.example/{i}", (f"<p>{_para(20 + i)}</p>" * 30).encode())
                                       for i in range(3)])
    data = (root / "truncated.warc.gz").read_bytes()
    (root / "truncated.warc.gz").write_bytes(data[: int(len(data) * 0.8)])
    _warc(root / "cut.warc", [("https://b.example/1", _page(30)), ("https://b.example/2", _page(31))], gz=False)
    data = (root / "cut.warc").read_bytes()
    (root / "cut.warc").write_bytes(data[: len(data) - 120])
    (root / "garbage.warc.gz").write_bytes(gzip.compress(b"this is not a WARC archive\n" * 10))
    _warc(root / "bomb.warc.gz", [("https://c.example/ok", _page(32)),
                                  ("https://c.example/big", b"\x20" * (3 * MB)),
                                  ("https://c.example/bomb", b"\x20" * (40 * MB))])
    # -- feeds: entity expansion (billion laughs), no items
    # (compact, so that "<rss" is still within the 512 bytes the format sniffer reads)
    lol = '<!ENTITY a "lol">' + "".join(f'<!ENTITY {chr(97 + i)} "{f"&{chr(96 + i)};" * 10}">' for i in range(1, 9))
    (root / "laughs.rss").write_text(f"<!DOCTYPE rss [{lol}]><rss><channel><title>x</title><item><title>&i;"
                                     "</title><description>&i;</description></item></channel></rss>",
                                     encoding="utf-8")
    (root / "nothing.rss").write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Vide</title>'
                                      "</channel></rss>", encoding="utf-8")
    # -- paths: a FIFO, an unreadable file, links (followed inside the folder only)
    os.mkfifo(root / "fifo.txt")
    (root / "locked.txt").write_text(_para(14), encoding="utf-8")
    (root / "sub").mkdir()
    (root / "sub" / "inner.txt").write_text(_para(15), encoding="utf-8")
    (root / "sub" / "up").symlink_to("..")  # a loop
    (root / "alias.txt").symlink_to(root / "sub" / "inner.txt")  # inside: followed
    outside = root.parent / "outside.txt"
    outside.write_text(_para(16), encoding="utf-8")
    (root / "escape.txt").symlink_to(outside)
    (root / "etc").symlink_to("/etc")
    (root / "dangling.txt").symlink_to(root / "nowhere.txt")


CONFIG = """
[ingest]
max_file_bytes = 2_000_000
max_line_bytes = 1_000_000
max_decompressed_bytes = 20_000_000
follow_symlinks = true
"""


@dataclass
class Outcome:
    exit_code: int
    output: str
    quarantine: list[dict[str, Any]]
    sources: set[str]
    bodies: dict[str, str]


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> Outcome:
    base = tmp_path_factory.mktemp("bad")
    build_inputs(base / "in")
    (base / "veille.toml").write_text(CONFIG, encoding="utf-8")
    db = base / "v.duckdb"
    real_open = pathlib.Path.open

    def open_(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.name == "locked.txt":  # we run as root: permissions are mocked
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pathlib.Path, "open", open_)
        result = runner.invoke(app, ["run", str(base / "in"), "--db", str(db), "--quiet",
                                     "--config", str(base / "veille.toml")])
    con = duckdb.connect(str(db), read_only=True)
    try:
        cur = con.execute("SELECT key, source, stage, code, message, input, file, item FROM quarantine")
        names = [d[0] for d in cur.description]
        quarantine = [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
        bodies = dict(con.execute("SELECT source, body FROM articles").fetchall())
    finally:
        con.close()
    return Outcome(result.exit_code, result.output, quarantine, set(bodies), bodies)


def _row(outcome: Outcome, file: str, item: str | None = None) -> dict[str, Any]:
    rows = [q for q in outcome.quarantine if q["file"] == file and (item is None or q["item"] == item)]
    assert rows, f"no quarantine row for {file} {item or ''}: {outcome.quarantine}"
    return rows[0]


def test_the_run_goes_on_and_exits_2_with_a_summary(outcome: Outcome) -> None:
    assert outcome.exit_code == 2, outcome.output
    assert "quarantined" in outcome.output and "added" in outcome.output
    assert "good.txt" in outcome.sources


@pytest.mark.parametrize(("file", "item", "code"), [
    ("empty.txt", None, "V103"),
    ("blank.txt", None, "V106"),
    ("binary.txt", None, "V104"),
    ("control.txt", None, "V104"),
    ("data.bin", None, "V102"),
    ("config.xml", None, "V102"),
    ("undecodable.txt", None, "V108"),
    ("huge.txt", None, "V107"),
    ("nav.html", None, "V106"),
    ("fifo.txt", None, "V101"),
    ("locked.txt", None, "V101"),
    ("sub/up", None, "V101"),
    ("escape.txt", None, "V101"),
    ("etc", None, "V101"),
    ("dangling.txt", None, "V101"),
    ("garbage.warc.gz", None, "V110"),
    ("truncated.warc.gz", None, "V110"),
    ("cut.warc", None, "V110"),
    ("bomb.warc.gz", "record:2", "V107"),
    ("bomb.warc.gz", None, "V107"),
    ("nothing.rss", None, "V106"),
    ("lines.jsonl", "line:2", "V105"),
    ("lines.jsonl", "line:4", "V106"),
    ("lines.jsonl", "line:5", "V106"),
    ("lines.jsonl", "line:6", "V104"),
    ("lines.jsonl", "line:7", "V105"),
    ("lines.jsonl", "line:8", "V105"),
    ("lines.jsonl", "line:9", "V109"),
    ("lines.jsonl", "line:11", "V107"),
    ("lines.jsonl", "line:13", "V105"),
])
def test_bad_item_is_quarantined_with_its_code_and_origin(outcome: Outcome, file: str, item: str | None,
                                                          code: str) -> None:
    rows = [q for q in outcome.quarantine if q["file"] == file and q["item"] == item and q["code"] == code]
    assert rows, f"{file} {item}: expected {code}, got {[q for q in outcome.quarantine if q['file'] == file]}"
    row = rows[0]
    assert row["message"].startswith(f"[{code}]") and " — " in row["message"]  # a reason and a hint
    assert row["input"] and Path(row["input"]).is_absolute()


@pytest.mark.parametrize("source", [
    "good.txt", "cp1252.txt", "latin1.txt", "utf16.txt", "misdeclared.html", "mojibake.txt",
    "j-good-1", "j-good-2", "j-good-3", "j-cp1252", "script.html",
    "https://a.example/0", "https://a.example/1", "https://b.example/1", "https://c.example/ok",
    "sub/inner.txt", "alias.txt",
])
def test_good_items_beside_bad_ones_are_stored(outcome: Outcome, source: str) -> None:
    assert source in outcome.sources, sorted(outcome.sources)


def test_encodings_are_decoded_and_mojibake_repaired(outcome: Outcome) -> None:
    assert "Élections à Niamey : « oui »" in outcome.bodies["cp1252.txt"]
    for source in ("latin1.txt", "utf16.txt", "misdeclared.html", "mojibake.txt", "j-cp1252"):
        body = outcome.bodies[source]
        assert "députés" in body and "Assemblée" in body and "Ã" not in body, (source, body)


def test_markup_and_scripts_never_reach_the_body(outcome: Outcome) -> None:
    body = outcome.bodies["script.html"]
    assert "députés" in body
    assert "alert" not in body and "<" not in body and "javascript" not in body


def test_deep_nesting_is_an_outcome_not_a_crash(outcome: Outcome) -> None:
    """100k nested divs: lxml caps the depth, so the page is stored or quarantined, and the run goes on."""
    stored = "nested.html" in outcome.sources
    rows = [q for q in outcome.quarantine if q["file"] == "nested.html"]
    assert stored != bool(rows)
    assert all(q["code"] == "V106" for q in rows)


def test_entity_expansion_in_a_feed_is_bounded(outcome: Outcome) -> None:
    """A billion-laughs feed (10^8 "lol"s) is read as a feed without expanding its entities."""
    rows = [q for q in outcome.quarantine if q["file"] == "laughs.rss"]
    assert all(q["code"] != "V102" for q in rows)  # it was read as a feed, not refused as other XML
    assert rows or "laughs.rss#1" in outcome.sources
    assert all(len(body) < 100_000 for body in outcome.bodies.values())


def test_links_are_not_followed_unless_configured(tmp_path: Path) -> None:
    from veille.ingest import read_inputs
    from veille.pipeline import Quarantined

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "in" / "b.txt").symlink_to(tmp_path / "in" / "a.txt")
    (tmp_path / "in" / "loop").symlink_to(tmp_path / "in")
    got = list(read_inputs([str(tmp_path / "in")]))
    assert [(g.source, type(g).__name__) for g in got] == [
        ("a.txt", "Article"), ("b.txt", "Quarantined"), ("loop", "Quarantined")]
    assert all(g.code == "V101" for g in got if isinstance(g, Quarantined))


def test_jsonl_lines_are_read_in_bounded_memory(tmp_path: Path) -> None:
    """A 200 MB line (sparse) is skipped in chunks, never held: peak allocation stays far below it."""
    import tracemalloc

    from veille.config import IngestConfig
    from veille.ingest import read_inputs

    f = tmp_path / "big.jsonl"
    with f.open("wb") as fh:
        fh.write(b'{"text": "')
        fh.seek(200 * MB)
        fh.write(b'"}\n' + json.dumps({"id": "after", "text": GOOD}).encode() + b"\n")
    tracemalloc.start()
    try:
        got = list(read_inputs([str(f)], IngestConfig(max_line_bytes=MB)))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [getattr(g, "code", "article") for g in got] == ["V107", "article"]
    assert peak < 20 * MB, peak


def test_stdin_is_streamed_and_cannot_be_retried() -> None:
    from veille.config import IngestConfig
    from veille.ingest.readers import _read_stream
    from veille.model import Article

    lines = [json.dumps({"id": f"s{i}", "text": GOOD + f" ({i})"}) for i in range(3)]
    data = ("\n".join([lines[0], "{broken", "x" * 5000, *lines[1:]]) + "\n").encode()
    got = list(_read_stream(io.BytesIO(data), "stdin", IngestConfig(max_line_bytes=4096)))
    assert [g.source if isinstance(g, Article) else g.code for g in got] == ["s0", "V105", "V107", "s1", "s2"]
    assert all(g.origin is None for g in got)
