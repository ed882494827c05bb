"""Readers, one per input format, all yielding `Article | Quarantined`."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from veille.config import IngestConfig
from veille.errors import (
    BAD_ARCHIVE,
    BAD_FIELD,
    BAD_JSON,
    EMPTY,
    NO_TEXT,
    TOO_LARGE,
    UNKNOWN_FORMAT,
    UNREADABLE,
    InputError,
)
from veille.ingest.encoding import decode_bytes, repair_text
from veille.model import Article, article_id
from veille.pipeline import Quarantined

Item = Article | Quarantined

# File suffix -> format.  `.xml` is sniffed: a feed if it looks like one.
FORMATS = {".txt": "text", ".text": "text", ".md": "text", ".html": "html", ".htm": "html",
           ".jsonl": "jsonl", ".ndjson": "jsonl", ".rss": "feed", ".atom": "feed", ".xml": "feed",
           ".warc": "warc", ".warc.gz": "warc"}


def read_inputs(paths: Iterable[str | os.PathLike[str]], config: IngestConfig | None = None) -> Iterator[Item]:
    """Every item of every input, in order; '-' reads standard input."""
    config = config or IngestConfig()
    for path in paths:
        if str(path) == "-":
            yield from _read_stream(sys.stdin.buffer, "stdin", config)
            continue
        root = Path(path)
        if root.is_dir():
            for file, rel in _walk(root, config):
                yield from _read_file(file, rel, config)
        elif root.exists() or root.is_symlink():
            yield from _read_file(root, root.name, config)
        else:
            yield _fail(str(path), InputError(f"no such file or folder: {path}", code=UNREADABLE,
                                              hint="check the path"))


def _walk(root: Path, config: IngestConfig) -> Iterator[tuple[Path, str]]:
    """Files under `root` in a stable order, with their path relative to it (the source name)."""
    for dirpath, dirnames, filenames in os.walk(root, followlinks=config.follow_symlinks):
        dirnames.sort()
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in sorted(filenames):
            if name.startswith(".") or name in ("SOURCE.md", "README.md", "LICENSE"):
                continue
            file = Path(dirpath) / name
            yield file, file.relative_to(root).as_posix()


def format_of(name: str) -> str | None:
    lower = name.lower()
    if lower.endswith(".warc.gz"):
        return "warc"
    return FORMATS.get(Path(lower).suffix)


def _fail(source: str, error: InputError) -> Quarantined:
    return Quarantined(key=source, source=source, stage="ingest@1", code=error.code, message=str(error))


def _read_file(file: Path, source: str, config: IngestConfig) -> Iterator[Item]:
    fmt = format_of(file.name)
    try:
        if file.is_symlink() and not config.follow_symlinks:
            raise InputError(f"{source} is a symbolic link", code=UNREADABLE,
                             hint="pass the link's target, or set ingest.follow_symlinks")
        if fmt is None:
            raise InputError(f"{source}: unknown file type {file.suffix or '(no suffix)'}", code=UNKNOWN_FORMAT,
                             hint="veille reads .txt, .html, .jsonl, .rss/.atom/.xml and .warc(.gz) files")
        size = file.stat().st_size
        if size > config.max_file_bytes:
            raise InputError(f"{source} is {size} bytes, over the {config.max_file_bytes}-byte limit",
                             code=TOO_LARGE, hint="split it, or raise ingest.max_file_bytes")
        if size == 0:
            raise InputError(f"{source} is empty", code=EMPTY, hint="remove it from the input")
        with file.open("rb") as fh:
            yield from _read_format(fh, fmt, source, config)
    except InputError as exc:
        yield _fail(source, exc)
    except OSError as exc:
        yield _fail(source, InputError(f"cannot read {source}: {exc.strerror or exc}", code=UNREADABLE,
                                       hint="check the file's permissions"))


def _read_stream(stream: BinaryIO, source: str, config: IngestConfig) -> Iterator[Item]:
    data = stream.read(config.max_file_bytes + 1)
    if len(data) > config.max_file_bytes:
        yield _fail(source, InputError("standard input is over the size limit", code=TOO_LARGE,
                                       hint="split it, or raise ingest.max_file_bytes"))
        return
    try:
        yield from _read_format(io.BytesIO(data), sniff(data), source, config)
    except InputError as exc:
        yield _fail(source, exc)


def sniff(data: bytes) -> str:
    """The format of bytes with no file name."""
    if data[:2] == b"\x1f\x8b" or data.lstrip()[:5] == b"WARC/":
        return "warc"
    head = data.lstrip()[:512].lower()
    if head.startswith(b"{"):
        return "jsonl"
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "feed"
    if head.startswith(b"<"):
        return "html"
    return "text"


def _read_format(fh: BinaryIO, fmt: str, source: str, config: IngestConfig) -> Iterator[Item]:
    if fmt == "jsonl":
        yield from _read_jsonl(fh, source, config)
    elif fmt == "warc":
        yield from _read_warc(fh, source, config)
    elif fmt == "feed":
        data = fh.read()
        if sniff(data) != "feed":  # a plain .xml file
            raise InputError(f"{source} is XML but not an RSS or Atom feed", code=UNKNOWN_FORMAT,
                             hint="veille reads RSS/Atom feeds; give articles as .html, .txt or .jsonl")
        yield from _read_feed(data, source, config)
    else:
        text, _ = decode_bytes(fh.read())
        yield _article(source, text, fmt, config)


def _article(source: str, text: str, fmt: str, config: IngestConfig, *, url: str | None = None,
             title: str | None = None, outlet: str | None = None, published: str | None = None,
             lang: str | None = None, clean: bool = True, meta: dict[str, Any] | None = None) -> Article:
    if len(text) > config.max_record_chars:
        raise InputError(f"{source}: {len(text)} characters, over the {config.max_record_chars} limit",
                         code=TOO_LARGE, hint="raise ingest.max_record_chars if this is really one article")
    if clean:
        text = repair_text(text)
    if not text.strip():
        raise InputError(f"{source} has no text", code=NO_TEXT, hint="remove it from the input")
    return Article(id=article_id(source, text), source=source, raw=text, fmt=fmt, url=url,
                   title=title, outlet=outlet, published=published,
                   published_how="metadata" if published else "none", lang=lang, clean=clean,
                   meta=meta or {})


def iso_date(value: Any) -> str | None:
    """YYYY-MM-DD from an ISO date or datetime string (or a date), else None."""
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        try:
            return date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            return None


_JSONL_FIELDS = {"id", "url", "title", "outlet", "published", "lang", "text", "html", "clean"}


def _read_jsonl(fh: BinaryIO, source: str, config: IngestConfig) -> Iterator[Item]:
    for number, line in enumerate(fh, start=1):
        where = f"{source}:{number}"
        if not line.strip():
            continue
        try:
            if len(line) > config.max_record_chars * 4:
                raise InputError(f"{where}: line over the size limit", code=TOO_LARGE,
                                 hint="raise ingest.max_record_chars")
            text_line, _ = decode_bytes(line)
            try:
                record = json.loads(text_line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})", code=BAD_JSON,
                                 hint="fix or remove that line; the other lines were read") from exc
            yield _jsonl_record(record, source, where, config)
        except InputError as exc:
            yield _fail(where, exc)


def _jsonl_record(record: Any, file_source: str, where: str, config: IngestConfig) -> Article:
    if not isinstance(record, dict):
        raise InputError(f"{where}: a line must be a JSON object", code=BAD_JSON,
                         hint='write one object per line: {"text": "...", ...}')
    text, html = record.get("text"), record.get("html")
    body = text if isinstance(text, str) and text.strip() else html
    if not isinstance(body, str) or not body.strip():
        raise InputError(f"{where}: no `text` or `html`", code=NO_TEXT,
                         hint="each record needs a non-empty `text` or `html` field")
    for key in ("id", "url", "title", "outlet", "lang"):
        if record.get(key) is not None and not isinstance(record[key], str | int):
            raise InputError(f"{where}: field `{key}` must be a string", code=BAD_FIELD, hint="fix the record")
    published = record.get("published")
    published_iso = iso_date(published) if published is not None else None
    if published is not None and published_iso is None:
        raise InputError(f"{where}: `published` {published!r} is not an ISO date", code=BAD_FIELD,
                         hint="write dates as YYYY-MM-DD or an ISO datetime")
    clean = record.get("clean", True)
    if not isinstance(clean, bool):
        raise InputError(f"{where}: `clean` must be true or false", code=BAD_FIELD, hint="fix the record")
    source = str(record.get("id") or record.get("url") or where)
    meta = {k: v for k, v in record.items() if k not in _JSONL_FIELDS}
    return _article(source, body, "jsonl" if body is text else "html", config,
                    url=record.get("url"), title=record.get("title"), outlet=record.get("outlet"),
                    published=published_iso, lang=record.get("lang"), clean=clean, meta=meta)


def _read_feed(data: bytes, source: str, config: IngestConfig) -> Iterator[Item]:
    import feedparser

    feed = feedparser.parse(data)
    outlet = (feed.feed.get("title") or None) if hasattr(feed, "feed") else None
    if not feed.entries:
        raise InputError(f"{source}: a feed with no items", code=NO_TEXT if not feed.bozo else BAD_ARCHIVE,
                         hint="check the feed is complete")
    for number, entry in enumerate(feed.entries, start=1):
        url = entry.get("link")
        where = url or f"{source}#{number}"
        try:
            content = entry.get("content") or []
            text = (content[0].get("value") if content else None) or entry.get("summary") or ""
            parsed = entry.get("published_parsed") or entry.get("updated_parsed")
            published = date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat() if parsed else None
            fmt = "html" if "<" in text else "text"
            yield _article(where, text, fmt, config, url=url, title=entry.get("title"), outlet=outlet,
                           published=published, meta={"feed": source})
        except InputError as exc:
            yield _fail(where, exc)


def _read_warc(fh: BinaryIO, source: str, config: IngestConfig) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    count = 0
    try:
        for record in ArchiveIterator(fh):
            if record.rec_type != "response":
                continue
            if record.length is None or record.http_headers is None:  # cut off inside its headers
                raise EOFError(f"record {count + 1} is incomplete")
            ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
            if "html" not in ctype.lower() and "text" not in ctype.lower():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or f"{source}#{count + 1}"
            try:
                payload = record.content_stream().read(config.max_file_bytes)
                text, _ = decode_bytes(payload)
                count += 1
                yield _article(url, text, "html" if "html" in ctype.lower() else "text", config, url=url,
                               meta={"warc": source, "crawled": record.rec_headers.get_header("WARC-Date")})
            except InputError as exc:
                yield _fail(url, exc)
    except (ArchiveLoadFailed, EOFError, gzip.BadGzipFile, OSError, ValueError) as exc:
        yield _fail(f"{source}#{count + 1}", InputError(
            f"{source}: truncated or corrupt WARC after {count} records ({exc})", code=BAD_ARCHIVE,
            hint="the records before the damage were read; re-fetch the archive for the rest"))
