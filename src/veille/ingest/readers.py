"""Readers, one per input format, all yielding `Article | Quarantined`."""

from __future__ import annotations

import gzip
import io
import json
import os
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
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
from veille.model import Article, Origin, article_id
from veille.pipeline import Quarantined

Item = Article | Quarantined

# File suffix -> format.  `.xml` is sniffed: a feed if it looks like one.
FORMATS = {".txt": "text", ".text": "text", ".md": "text", ".html": "html", ".htm": "html",
           ".jsonl": "jsonl", ".ndjson": "jsonl", ".rss": "feed", ".atom": "feed", ".xml": "feed",
           ".warc": "warc", ".warc.gz": "warc"}


def read_inputs(paths: Iterable[str | os.PathLike[str]], config: IngestConfig | None = None) -> Iterator[Item]:
    """Every item of every input, in order; '-' reads standard input."""
    config = config or IngestConfig()
    for unit in input_units(paths, config):
        yield from read_unit(unit, config)


@dataclass(frozen=True)
class Unit:
    """What `read_inputs` reads in one go, in its order: a file (`path`), standard input
    (`path` "-"), or a problem found while listing the inputs (`failure`).  An engine may read
    file units elsewhere (the Ray engine reads each in a task) and keep their order."""

    source: str
    path: str | None = None
    origin: Origin | None = None
    failure: Quarantined | None = None


def input_units(paths: Iterable[str | os.PathLike[str]], config: IngestConfig) -> Iterator[Unit]:
    """The units of the inputs, in order, by listing folders only (no file is opened)."""
    for path in paths:
        if str(path) == "-":
            yield Unit("stdin", "-")
            continue
        root = Path(os.path.abspath(path))
        if root.is_dir() and not root.is_symlink():
            for file, rel, problem in _walk(root, config):
                origin = Origin(str(root), rel)
                yield Unit(rel, None, origin, _fail(rel, problem, origin)) if problem is not None else \
                    Unit(rel, str(file), origin)
        elif root.exists() or root.is_symlink():
            yield Unit(root.name, str(root), Origin(str(root)))
        else:
            yield Unit(str(path), failure=_fail(str(path), InputError(f"no such file or folder: {path}",
                                                                      code=UNREADABLE, hint="check the path")))


def read_unit(unit: Unit, config: IngestConfig) -> Iterator[Item]:
    """The items of one unit, lazily."""
    if unit.failure is not None:
        yield unit.failure
    elif unit.path == "-":
        yield from _read_stream(sys.stdin.buffer, "stdin", config)
    elif unit.path is not None:
        yield from _read_file(Path(unit.path), unit.source, config, unit.origin)


def read_origins(origins: Iterable[Origin], config: IngestConfig | None = None) -> Iterator[Item]:
    """The items at `origins` read again, file by file (for `veille run --retry-quarantined`).

    A file with a whole-file origin (item None) is read whole; otherwise only the named items
    are yielded.  Links are checked against the input folder as when walking it."""
    config = config or IngestConfig()
    files: dict[tuple[str, str | None], set[str | None]] = {}
    for o in origins:
        if o.input != "-":
            files.setdefault((o.input, o.file), set()).add(o.item)
    for (root_name, rel), wanted in files.items():
        root = Path(root_name)
        if rel is None:
            found: Iterator[Item] = _read_file(root, root.name, config, Origin(root_name))
        else:
            problem = _check_link(root, root / rel, config) if _has_link(root, rel) else None
            origin = Origin(root_name, rel)
            found = iter([_fail(rel, problem, origin)]) if problem else _read_file(root / rel, rel, config, origin)
        for item in found:
            if None in wanted or item.origin is None or item.origin.item is None or item.origin.item in wanted:
                yield item


def _walk(root: Path, config: IngestConfig) -> Iterator[tuple[Path, str, InputError | None]]:
    """Files under `root` in a stable order, with their path relative to it (the source name)
    and, for a link that must not be followed, why.

    Link policy: links are not followed unless `ingest.follow_symlinks`; then a link is
    followed only when its target lies inside `root` (a folder of articles must not pull in
    /etc or a home directory), and a folder already visited (a link loop) is not entered twice."""
    real_root = root.resolve()
    seen = {real_root}
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            yield folder, _rel(folder, root), InputError(f"cannot list {_rel(folder, root)}: {exc.strerror or exc}",
                                                         code=UNREADABLE, hint="check the folder's permissions")
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith(".") or entry.name in ("SOURCE.md", "README.md", "LICENSE"):
                continue
            path = Path(entry.path)
            rel = _rel(path, root)
            if entry.is_symlink():
                problem = _check_link(root, path, config)
                if problem is None and path.is_dir():
                    target = path.resolve()
                    if target in seen:
                        problem = InputError(f"{rel} links back to a folder already read (a link loop)",
                                             code=UNREADABLE, hint="remove the link, or read the folder once")
                    else:
                        seen.add(target)
                        subfolders.append(path)
                        continue
                if problem is not None:
                    yield path, rel, problem
                    continue
                yield path, rel, None
            elif entry.is_dir():
                seen.add(path.resolve())
                subfolders.append(path)
            else:
                yield path, rel, None
        stack.extend(reversed(subfolders))


def _rel(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix() if path != root else path.name


def _has_link(root: Path, rel: str) -> bool:
    path = root
    for part in Path(rel).parts:
        path = path / part
        if path.is_symlink():
            return True
    return False


def _check_link(root: Path, path: Path, config: IngestConfig) -> InputError | None:
    """Why the link `path` (found under `root`) must not be read, or None."""
    rel = _rel(path, root)
    if not config.follow_symlinks:
        return InputError(f"{rel} is a symbolic link", code=UNREADABLE,
                          hint="pass the link's target, or set ingest.follow_symlinks")
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError) as exc:  # dangling, or a loop of links
        return InputError(f"{rel} is a broken link or a loop of links ({exc})", code=UNREADABLE,
                          hint="fix or remove the link")
    if not target.is_relative_to(root.resolve()):
        return InputError(f"{rel} links outside the input folder", code=UNREADABLE,
                          hint="links may only point inside the folder being read; pass the target itself")
    return None


def format_of(name: str) -> str | None:
    lower = name.lower()
    if lower.endswith(".warc.gz"):
        return "warc"
    return FORMATS.get(Path(lower).suffix)


def _fail(source: str, error: InputError, origin: Origin | None = None) -> Quarantined:
    return Quarantined(key=source, source=source, stage="ingest@1", code=error.code, message=str(error),
                       origin=origin)


# Formats read item by item from a stream, whatever the file's size; the others are read whole.
_STREAMED = ("jsonl", "warc")


def _read_file(file: Path, source: str, config: IngestConfig, origin: Origin | None = None) -> Iterator[Item]:
    fmt = format_of(file.name)
    try:
        if file.is_symlink() and not config.follow_symlinks:
            raise InputError(f"{source} is a symbolic link", code=UNREADABLE,
                             hint="pass the link's target, or set ingest.follow_symlinks")
        if fmt is None:
            raise InputError(f"{source}: unknown file type {file.suffix or '(no suffix)'}", code=UNKNOWN_FORMAT,
                             hint="veille reads .txt, .html, .jsonl, .rss/.atom/.xml and .warc(.gz) files")
        info = file.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO would block the run, a device never end
            raise InputError(f"{source} is not a regular file (a pipe, device, socket or folder)",
                             code=UNREADABLE, hint="give files or folders; for a stream use - (stdin)")
        size = info.st_size
        if size > config.max_file_bytes and fmt not in _STREAMED:
            raise InputError(f"{source} is {size} bytes, over the {config.max_file_bytes}-byte limit",
                             code=TOO_LARGE, hint="split it, or raise ingest.max_file_bytes")
        if size == 0:
            raise InputError(f"{source} is empty", code=EMPTY, hint="remove it from the input")
        with file.open("rb") as fh:
            for item in _read_format(fh, fmt, source, config):
                if origin is not None:
                    item.origin = Origin(origin.input, origin.file, item.origin.item if item.origin else None)
                yield item
    except InputError as exc:
        yield _fail(source, exc, origin)
    except OSError as exc:
        yield _fail(source, InputError(f"cannot read {source}: {exc.strerror or exc}", code=UNREADABLE,
                                       hint="check the file's permissions"), origin)


class _Prefixed(io.RawIOBase):
    """A stream that gives `head` (already read, to sniff the format) then the rest of `rest`."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head, self._rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def _read_stream(stream: BinaryIO, source: str, config: IngestConfig) -> Iterator[Item]:
    head = stream.read(4096)
    fmt = sniff(head)
    fh: BinaryIO = io.BufferedReader(_Prefixed(head, stream))
    try:
        if not head:
            raise InputError("standard input is empty", code=EMPTY, hint="pipe articles into veille")
        for item in _read_format(fh, fmt, source, config):
            item.origin = None  # stdin cannot be read again
            yield item
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
        data = _read_whole(fh, source, config)
        if sniff(data) != "feed":  # a plain .xml file
            raise InputError(f"{source} is XML but not an RSS or Atom feed", code=UNKNOWN_FORMAT,
                             hint="veille reads RSS/Atom feeds; give articles as .html, .txt or .jsonl")
        yield from _read_feed(data, source, config)
    else:
        text, _ = decode_bytes(_read_whole(fh, source, config))
        yield _article(source, text, fmt, config)


def _read_whole(fh: BinaryIO, source: str, config: IngestConfig) -> bytes:
    """A whole document, but never more than the size limit (a file may grow, stdin has no size)."""
    data = fh.read(config.max_file_bytes + 1)
    if len(data) > config.max_file_bytes:
        raise InputError(f"{source} is over the {config.max_file_bytes}-byte limit", code=TOO_LARGE,
                         hint="split it, or raise ingest.max_file_bytes")
    return data


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


def _lines(fh: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(number, line) for each line of `fh`, reading at most `limit` bytes of any line: a longer
    line is skipped to its end in bounded chunks and given as None."""
    number = 0
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while True:
                rest = fh.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None
        else:
            yield number, line


def _read_jsonl(fh: BinaryIO, source: str, config: IngestConfig) -> Iterator[Item]:
    for number, line in _lines(fh, config.max_line_bytes):
        where = f"{source}:{number}"
        origin = Origin("", None, f"line:{number}")
        if line is not None and not line.strip():
            continue
        try:
            if line is None:
                raise InputError(f"{where}: line over the {config.max_line_bytes}-byte limit", code=TOO_LARGE,
                                 hint="raise ingest.max_line_bytes if this is really one article")
            text_line, _ = decode_bytes(line)
            try:
                record = json.loads(text_line)
            except (json.JSONDecodeError, RecursionError) as exc:
                detail = (f"{exc.msg} at column {exc.colno}" if isinstance(exc, json.JSONDecodeError)
                          else "nested too deep")
                raise InputError(f"{where}: not valid JSON ({detail})", code=BAD_JSON,
                                 hint="fix or remove that line; the other lines were read") from exc
            article = _jsonl_record(record, source, where, config)
            article.origin = origin
            yield article
        except InputError as exc:
            yield _fail(where, exc, origin)


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
            article = _article(where, text, fmt, config, url=url, title=entry.get("title"), outlet=outlet,
                               published=published, meta={"feed": source})
            article.origin = Origin("", None, f"entry:{number}")
            yield article
        except InputError as exc:
            yield _fail(where, exc, Origin("", None, f"entry:{number}"))


def _read_warc(fh: BinaryIO, source: str, config: IngestConfig) -> Iterator[Item]:
    """Response records with text or HTML, one article each, read as a stream.

    Bounded: a record's payload is read up to `ingest.max_line_bytes` (more: V107), and the
    archive stops (V107) once its records would expand past `ingest.max_decompressed_bytes`,
    which is checked on each record's declared length before it is decompressed (zip bombs)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    class Checked(ArchiveIterator):  # type: ignore[misc]
        """warcio ends quietly on a gzip member cut inside its headers; this notices it."""

        cut = False

        def close(self) -> None:
            decompressor = getattr(self.reader, "decompressor", None) if self.reader else None
            if decompressor is not None and not getattr(decompressor, "eof", True):
                self.cut = True
            super().close()

    count = number = 0
    expanded = 0
    try:
        records = Checked(fh)
        for record in records:
            number += 1
            expanded += record.length or 0
            if expanded > config.max_decompressed_bytes:
                yield _fail(f"{source}#{number}", InputError(
                    f"{source}: the archive expands past {config.max_decompressed_bytes} bytes "
                    f"after {count} records", code=TOO_LARGE,
                    hint="the records before were read; split the archive or raise ingest.max_decompressed_bytes"))
                return
            if record.rec_type == "response" and (record.length is None or record.http_headers is None):
                raise EOFError(f"record {number} is incomplete")  # cut off inside its headers
            ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
            if record.rec_type == "response" and ("html" in ctype.lower() or "text" in ctype.lower()):
                yield from _warc_record(record, ctype, number, source, config)
                count += 1
            while record.raw_stream.read(1 << 16):  # to the record's end, to see whether it is all there
                pass
            if getattr(record.raw_stream, "limit", 0) > 0:
                raise EOFError(f"record {number} is cut short")
        if records.cut:
            raise EOFError(f"record {number + 1} is cut off inside its headers")
    except (ArchiveLoadFailed, EOFError, zlib.error, gzip.BadGzipFile, OSError, ValueError) as exc:
        yield _fail(f"{source}#{number + 1}", InputError(
            f"{source}: truncated or corrupt WARC after {number} records ({exc})", code=BAD_ARCHIVE,
            hint="the records before the damage were read; re-fetch the archive for the rest"))


def _warc_record(record: Any, ctype: str, number: int, source: str, config: IngestConfig) -> Iterator[Item]:
    url = record.rec_headers.get_header("WARC-Target-URI") or f"{source}#{number}"
    origin = Origin("", None, f"record:{number}")
    try:
        payload = record.content_stream().read(config.max_line_bytes + 1)
        if len(payload) > config.max_line_bytes:
            raise InputError(f"{url}: record over the {config.max_line_bytes}-byte limit", code=TOO_LARGE,
                             hint="raise ingest.max_line_bytes if this is really one article")
        text, _ = decode_bytes(payload)
        article = _article(url, text, "html" if "html" in ctype.lower() else "text", config, url=url,
                           meta={"warc": source, "crawled": record.rec_headers.get_header("WARC-Date")})
        article.origin = origin
        yield article
    except InputError as exc:
        yield _fail(url, exc, origin)
