"""Ingest: every format, and every way an input can be bad, without stopping."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.config import IngestConfig
from veille.ingest import read_inputs
from veille.ingest.readers import iso_date, sniff
from veille.model import Article
from veille.pipeline import Quarantined

FRENCH = "Le ministre malien des Affaires étrangères, Abdoulaye Diop, s'est rendu à Moscou ce jeudi."


def items(*paths: Path | str, config: IngestConfig | None = None) -> list[Article | Quarantined]:
    return list(read_inputs([str(p) for p in paths], config))


def test_text_file_is_one_article_with_its_name_as_source(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(FRENCH, encoding="utf-8")
    [art] = items(f)
    assert isinstance(art, Article)
    assert art.source == "a.txt" and art.raw == FRENCH and art.fmt == "text"


def test_same_file_in_another_folder_gets_the_same_id(tmp_path: Path) -> None:
    for d in ("x", "y"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "a.txt").write_text(FRENCH, encoding="utf-8")
    [a], [b] = items(tmp_path / "x" / "a.txt"), items(tmp_path / "y" / "a.txt")
    assert isinstance(a, Article) and isinstance(b, Article) and a.id == b.id


def test_folder_is_walked_recursively_in_a_stable_order(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("Deuxième article.", encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text("Premier article.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("caché", encoding="utf-8")
    got = items(tmp_path)
    assert [a.source for a in got] == ["b.txt", "sub/a.txt"]


def test_latin1_file_is_decoded(tmp_path: Path) -> None:
    f = tmp_path / "latin.txt"
    f.write_bytes("Les élections auront lieu à Niamey en février, a précisé le ministère.".encode("cp1252"))
    [art] = items(f)
    assert isinstance(art, Article) and "élections" in art.raw and "février" in art.raw


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    f = tmp_path / "u16.txt"
    f.write_bytes(FRENCH.encode("utf-16"))
    [art] = items(f)
    assert isinstance(art, Article) and art.raw == FRENCH


@pytest.mark.parametrize(("name", "content", "code"), [
    ("empty.txt", b"", "V103"),
    ("blank.txt", b"   \n\n  ", "V106"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "V104"),
    ("data.bin", b"whatever", "V102"),
    ("notes.xml", b"<?xml version='1.0'?><config><a>1</a></config>", "V102"),
])
def test_bad_files_are_quarantined_with_a_code(tmp_path: Path, name: str, content: bytes, code: str) -> None:
    f = tmp_path / name
    f.write_bytes(content)
    [q] = items(f)
    assert isinstance(q, Quarantined) and q.code == code and q.message.startswith(f"[{code}]")


def test_missing_path_and_symlink_are_reported_not_fatal(tmp_path: Path) -> None:
    target = tmp_path / "real.txt"
    target.write_text(FRENCH, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    got = items(tmp_path / "nope.txt", link, target)
    assert [type(g).__name__ for g in got] == ["Quarantined", "Quarantined", "Article"]
    assert got[0].code == "V101" and got[1].code == "V101"  # type: ignore[union-attr]


def test_oversized_file_is_quarantined(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text("mot " * 1000, encoding="utf-8")
    [q] = items(f, config=IngestConfig(max_file_bytes=100))
    assert isinstance(q, Quarantined) and q.code == "V107"


def test_jsonl_contract_and_bad_lines_do_not_lose_good_ones(tmp_path: Path) -> None:
    f = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": FRENCH, "title": "Diop à Moscou", "published": "2025-04-03T10:00:00Z",
                    "lang": "fr", "outlet": "Le Sahel", "section": "monde"}),
        "{not json",
        json.dumps({"url": "https://example.org/b", "html": "<p>Un autre article.</p>"}),
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Texte brut.", "clean": False}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "Date fausse.", "published": "hier"}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = items(f)
    assert [type(g).__name__[0] for g in got] == ["A", "Q", "A", "Q", "A", "Q", "Q"]
    first, bad_json, html, no_text, raw, not_obj, bad_date = got
    assert isinstance(first, Article)
    assert (first.source, first.title, first.outlet, first.published, first.published_how, first.lang) == (
        "a1", "Diop à Moscou", "Le Sahel", "2025-04-03", "metadata", "fr")
    assert first.meta == {"section": "monde"}
    assert isinstance(bad_json, Quarantined) and bad_json.code == "V105" and bad_json.source == "in.jsonl:2"
    assert isinstance(html, Article) and html.fmt == "html" and html.source == "https://example.org/b"
    assert isinstance(no_text, Quarantined) and no_text.code == "V106"
    assert isinstance(raw, Article) and raw.clean is False and raw.source == "in.jsonl:5"
    assert isinstance(not_obj, Quarantined) and not_obj.code == "V105"
    assert isinstance(bad_date, Quarantined) and bad_date.code == "V109"


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Sahel Hebdo</title><link>https://sahel.example</link>
<item><title>Visite à Moscou</title><link>https://sahel.example/1</link>
<pubDate>Thu, 03 Apr 2025 09:00:00 GMT</pubDate><description>&lt;p&gt;Les ministres sont arrivés.&lt;/p&gt;</description></item>
<item><title>Vide</title><link>https://sahel.example/2</link><description></description></item>
</channel></rss>"""


def test_rss_items_become_articles_with_metadata(tmp_path: Path) -> None:
    f = tmp_path / "feed.rss"
    f.write_text(RSS, encoding="utf-8")
    got = items(f)
    assert isinstance(got[0], Article)
    assert (got[0].source, got[0].title, got[0].outlet, got[0].published) == (
        "https://sahel.example/1", "Visite à Moscou", "Sahel Hebdo", "2025-04-03")
    assert isinstance(got[1], Quarantined) and got[1].code == "V106"


def _warc(path: Path, pages: list[tuple[str, str]], gz: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        for url, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.0")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                          http_headers=headers))


@pytest.mark.parametrize("gz", [False, True])
def test_warc_responses_become_articles(tmp_path: Path, gz: bool) -> None:
    f = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    _warc(f, [("https://a.example/1", "<html><body><p>Premier.</p></body></html>"),
              ("https://a.example/2", "<html><body><p>Second.</p></body></html>")], gz)
    got = items(f)
    assert [g.source for g in got] == ["https://a.example/1", "https://a.example/2"]
    assert all(isinstance(g, Article) and g.fmt == "html" for g in got)


def test_truncated_warc_keeps_the_records_before_the_damage(tmp_path: Path) -> None:
    f = tmp_path / "crawl.warc.gz"
    _warc(f, [(f"https://a.example/{i}", f"<p>Article {i} " + "texte " * 200 + "</p>") for i in range(3)], True)
    data = f.read_bytes()
    f.write_bytes(data[: int(len(data) * 0.8)])
    got = items(f)
    assert [type(g).__name__ for g in got][:2] == ["Article", "Article"]
    assert isinstance(got[-1], Quarantined) and got[-1].code == "V110"


def test_gzip_garbage_is_quarantined(tmp_path: Path) -> None:
    f = tmp_path / "x.warc.gz"
    f.write_bytes(gzip.compress(b"not a warc at all"))
    got = items(f)
    assert got and all(isinstance(g, Quarantined) for g in got)


@pytest.mark.parametrize(("data", "fmt"), [(b'{"text": "x"}\n', "jsonl"),
                                           (b"<html><p>x</p></html>", "html"),
                                           (b"<?xml version='1.0'?><rss>", "feed"), (b"WARC/1.0\r\n", "warc"),
                                           (b"Bonjour.", "text")])
def test_stdin_is_sniffed(data: bytes, fmt: str) -> None:
    assert sniff(data) == fmt


def test_iso_date() -> None:
    assert iso_date("2025-04-03") == "2025-04-03"
    assert iso_date("2025-04-03T23:30:00+02:00") == "2025-04-03"
    assert iso_date("3 avril") is None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=80), st.binary(max_size=80).map(lambda b: b.decode("latin-1"))),
                max_size=6))
def test_jsonl_reader_never_raises(tmp_path_factory: pytest.TempPathFactory, lines: list[str]) -> None:
    f = tmp_path_factory.mktemp("fuzz") / "f.jsonl"
    f.write_text("\n".join(line.replace("\n", " ") for line in lines), encoding="utf-8", errors="replace")
    for item in read_inputs([str(f)]):
        assert isinstance(item, Article | Quarantined)
