"""Decoding bytes to text (first version; the cleaning work deepens it)."""

from __future__ import annotations

import codecs

from veille.errors import BINARY, UNDECODABLE, InputError

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was found in: BOM, then strict UTF-8, then charset detection."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    if b"\x00" in data[:4096]:
        raise InputError("binary data (NUL bytes), not text", code=BINARY,
                         hint="give text, HTML, JSON Lines, RSS/Atom or WARC files")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("cannot tell the text encoding", code=UNDECODABLE,
                         hint="convert the file to UTF-8 (e.g. with iconv) and run again")
    return str(best), best.encoding


def repair_text(text: str) -> str:
    """Mojibake and Unicode normalisation (NFC)."""
    import unicodedata

    import ftfy

    return unicodedata.normalize("NFC", ftfy.fix_text(text, normalization="NFC"))
