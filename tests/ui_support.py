"""Helpers for the web UI tests: the hostile store, a live server, and a PNG reader (stdlib only)."""

from __future__ import annotations

import json
import shutil
import struct
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOSTILE_ARTICLE = ROOT / "tests" / "fixtures" / "ui" / "hostile.jsonl"
# What the store's hostile entity and its role are renamed to (NER output may change; these may not).
HOSTILE_ENTITY = "<img src=x onerror=alert('entity')> Wagner {{ 7*7 }} </textarea>"
HOSTILE_ALIAS = "javascript:alert('alias')"
HOSTILE_ROLE = "<script>alert('role')</script> chef"
# Strings that must never appear unescaped in a page: each would run or inject if it did.
PAYLOADS = ("<script>alert(", "<img src=x onerror", "<b onmouseover", "<svg onload", "</textarea><script",
            '<a href="javascript:', "<i>Dupont</i>")
REPUBLISHED_OUTLET = "Copie Presse"


def build_ui_store(folder: Path) -> Path:
    """Seeds + the hostile article + a verbatim republication of one seed, run through
    the whole pipeline; then one entity gets a hostile name, alias and role."""
    import duckdb

    import veille

    inputs = folder / "inputs"
    shutil.copytree(ROOT / "examples" / "seeds", inputs)
    shutil.copy(HOSTILE_ARTICLE, inputs / "hostile.jsonl")
    # The Journal du Niger seed (dated 2024-08-01 by its dateline), republished a day later.
    seed = next(p for p in (ROOT / "examples" / "seeds").glob("*.txt") if "Journal du niger" in p.read_text())
    record = {"id": "republication", "outlet": REPUBLISHED_OUTLET, "published": "2024-08-02",
              "text": seed.read_text(encoding="utf-8")}
    (inputs / "republication.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    db = folder / "ui.duckdb"
    veille.run([inputs], db=db)
    con = duckdb.connect(str(db))
    try:
        target = con.execute("SELECT entity FROM mentions m JOIN articles a ON a.id = m.article "
                             "WHERE a.source LIKE '%hostile%' AND m.entity IS NOT NULL "
                             "AND m.text = 'Wagner'").fetchone()
        assert target, "the hostile article lost its Wagner mention: update tests/ui_support.py"
        con.execute("UPDATE entities SET name = ?, aliases = ?, roles = ? WHERE id = ?",
                    [HOSTILE_ENTITY, json.dumps([HOSTILE_ENTITY, HOSTILE_ALIAS]),
                     json.dumps([{"title": HOSTILE_ROLE, "of": None}]), target[0]])
    finally:
        con.close()
    return db


@contextmanager
def live_server(db: Path) -> Iterator[str]:
    """`veille serve`'s app under uvicorn on a free loopback port, in a thread; yields its base URL."""
    import uvicorn

    from veille.server import ServerSettings, create_app

    server = uvicorn.Server(uvicorn.Config(create_app(ServerSettings(db=db, port=0)), host="127.0.0.1", port=0,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the UI server did not start")
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and the unfiltered RGB(A) rows of an 8-bit PNG (what Chromium writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", 0
    height = channels = 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and colour in (2, 6), f"unexpected PNG format {depth}/{colour}"
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        line = raw[y * (stride + 1):(y + 1) * (stride + 1)]
        kind, cur = line[0], bytearray(line[1:])
        for i in range(stride):
            a = cur[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            if kind == 1:
                cur[i] = (cur[i] + a) & 255
            elif kind == 2:
                cur[i] = (cur[i] + b) & 255
            elif kind == 3:
                cur[i] = (cur[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                cur[i] = (cur[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(cur))
        prev = cur
    return width, height, [bytes(r[i] for i in range(len(r)) if i % channels < 3) for r in rows]


def ink_share(png: bytes) -> tuple[float, int]:
    """Share of sampled pixels that differ from the page background (the most common colour),
    and how many distinct colours were sampled: a blank page gives (0.0, 1)."""
    width, height, rows = png_pixels(png)
    samples: list[bytes] = []
    for y in range(0, height, 4):
        row = rows[y]
        samples.extend(row[x * 3:x * 3 + 3] for x in range(0, width, 4))
    background = max(set(samples), key=samples.count)
    return sum(1 for s in samples if s != background) / len(samples), len(set(samples))
