"""Helpers for the web UI tests: the hostile store, a live server, and a PNG reader (no Pillow)."""

from __future__ import annotations

import json
import shutil
import struct
import threading
import time
import zlib
from collections import Counter
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
    """Width, height and the unfiltered RGB rows of an 8-bit RGB(A) PNG (what Chromium writes).
    The Sub and Up filters (most rows) are undone with numpy; Average and Paeth byte by byte."""
    import numpy as np

    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, b""
    width = height = channels = 0
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
    stride = width * channels
    raw = np.frombuffer(zlib.decompress(idat), dtype=np.uint8).reshape(height, stride + 1)
    prev = np.zeros(stride, dtype=np.uint8)
    rows: list[bytes] = []
    for y in range(height):
        kind, line = int(raw[y, 0]), raw[y, 1:]
        if kind == 0:
            cur = line.copy()
        elif kind == 1:
            cur = (np.cumsum(line.reshape(width, channels), axis=0, dtype=np.uint64) % 256).astype(np.uint8).ravel()
        elif kind == 2:
            cur = line + prev  # uint8 arithmetic wraps modulo 256, as PNG wants
        else:
            out, up = bytearray(line.tobytes()), prev.tobytes()
            for i in range(stride):
                left = out[i - channels] if i >= channels else 0
                corner = up[i - channels] if i >= channels else 0
                if kind == 3:
                    out[i] = (out[i] + (left + up[i]) // 2) & 255
                else:
                    p = left + up[i] - corner
                    pa, pb, pc = abs(p - left), abs(p - up[i]), abs(p - corner)
                    out[i] = (out[i] + (left if pa <= pb and pa <= pc else up[i] if pb <= pc else corner)) & 255
            cur = np.frombuffer(bytes(out), dtype=np.uint8)
        rows.append(cur.reshape(width, channels)[:, :3].tobytes())
        prev = cur
    return width, height, rows


def ink_share(png: bytes) -> tuple[float, int]:
    """Share of sampled pixels that differ from the page background (the most common colour),
    and how many distinct colours were sampled: a blank page gives (0.0, 1)."""
    width, height, rows = png_pixels(png)
    samples: list[bytes] = []
    for y in range(0, height, 4):
        row = rows[y]
        samples.extend(row[x * 3:x * 3 + 3] for x in range(0, width, 4))
    counts = Counter(samples)
    background = counts.most_common(1)[0][0]
    return 1 - counts[background] / len(samples), len(counts)
