"""Bytes to clean Unicode text: decoding and repair.

`decode_bytes` finds the encoding (byte-order marks, strict UTF-8, then charset-normalizer)
and refuses binary data; `repair_text` fixes what a bad decode upstream left behind
(mojibake such as "Ã©", via ftfy), normalises to NFC, and replaces Cyrillic or Greek
look-alike letters hidden inside Latin words ("coopérаtion" with a Cyrillic "а"), which
break entity matching and search while looking the same on screen.
"""

from __future__ import annotations

import codecs
import json
import re
import unicodedata
from functools import cache
from pathlib import Path

import charset_normalizer
import ftfy

from veille.errors import BINARY, UNDECODABLE, InputError

# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Above this share of control characters (other than tab, newlines, form feed) a decoded
# text is not text.
_MAX_CONTROL_SHARE = 0.05

# ftfy's defaults also turn curly quotes into straight ones and rewrite line breaks; we keep
# the typography as published (quotes matter to the quotes stage) and the line structure.
_FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, fix_line_breaks=False, explain=False,
                                    normalization="NFC")

# Code pages preferred, in this order, when charset-normalizer finds several equally clean
# ones (the Windows pages are far more common on the web than the Mac ones), and how much
# messier (its "chaos" ratio, 0..1) a preferred one may be than the best.
_PREFERRED = ("cp1252", "iso8859_15", "latin_1", "cp1251", "cp1250", "koi8_r", "iso8859_5")
_CHAOS_TOLERANCE = 0.02

_WORD = re.compile(r"\w+")
# A Latin letter touching a Cyrillic or Greek one, either way round: the only words worth
# looking at letter by letter.
_MIXED_SCRIPT = re.compile(r"[A-Za-zÀ-ɏ][\u0370-\u03ff\u0400-\u052f]|[\u0370-\u03ff\u0400-\u052f][A-Za-zÀ-ɏ]")
_BINARY_HINT = "give veille text, HTML, JSON Lines, a feed or a WARC archive"


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode raw bytes to text; return ``(text, encoding found)``.

    Raises `InputError` with code BINARY for data that is not text (NUL bytes without a
    UTF-16/32 byte-order mark, or mostly control characters) and UNDECODABLE when no
    encoding fits.
    """
    if not data:
        return "", "utf-8"
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"the data starts with a {encoding} byte-order mark but is not {encoding}",
                                 hint="re-save the file as UTF-8", code=UNDECODABLE) from exc
            _refuse_binary(text)
            return text, encoding
    if b"\x00" in data:
        raise InputError("the data holds NUL bytes: it looks binary, not text",
                         hint=_BINARY_HINT, code=BINARY)
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        text, encoding = _guess_legacy(data)
    _refuse_binary(text)
    return text, encoding


def _guess_legacy(data: bytes) -> tuple[str, str]:
    """A legacy (non-UTF-8) encoding by charset-normalizer, Western code pages first.

    On short texts many single-byte code pages decode equally well (cp1250 ties with cp1252
    on "Élections à Bamako"); veille reads mostly French and English, so among guesses as
    clean as the best one a Western European page wins, then the common Windows pages.
    """
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        raise InputError("no text encoding fits these bytes",
                         hint="convert the file to UTF-8 (e.g. with iconv) and run again",
                         code=UNDECODABLE)
    clean_enough = [m for m in matches if m.chaos <= matches[0].chaos + _CHAOS_TOLERANCE]
    best = min(clean_enough, key=lambda m: _PREFERRED.index(m.encoding)
               if m.encoding in _PREFERRED else len(_PREFERRED))
    return str(best), str(best.encoding)


def _refuse_binary(text: str) -> None:
    if not text:
        return
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v")
    if controls / len(text) > _MAX_CONTROL_SHARE:
        raise InputError("the data is mostly control characters: it looks binary, not text",
                         hint=_BINARY_HINT, code=BINARY)


def repair_text(text: str) -> str:
    """Mojibake fixed (ftfy), NFC, and look-alike letters inside Latin words made Latin.

    Genuinely Cyrillic or Greek words ("Татьяна Гуринович") are left as they are; line
    breaks and curly quotes are kept.
    """
    fixed = ftfy.fix_text(text, config=_FTFY_CONFIG)
    fixed = unicodedata.normalize("NFC", fixed)
    if not _MIXED_SCRIPT.search(fixed):  # the common case: no table to read
        return fixed
    table = load_confusables()
    return _WORD.sub(lambda m: _latinise_word(m.group(0), table), fixed)


@cache  # read once per process: it was read again for every text with a look-alike letter
def load_confusables() -> dict[str, str]:
    """Cyrillic/Greek letter -> its Latin twin (data/clean/confusables.json)."""
    source = Path(__file__).resolve().parent.parent / "data" / "clean" / "confusables.json"
    table: dict[str, str] = json.loads(source.read_text(encoding="utf-8"))["map"]
    return table


def _script(char: str) -> str:
    """The script of a letter ("LATIN", "CYRILLIC", "GREEK", ...), "" for a non-letter."""
    if not char.isalpha():
        return ""
    return unicodedata.name(char, "").split(" ", 1)[0]


def _latinise_word(word: str, table: dict[str, str]) -> str:
    scripts = [_script(c) for c in word]
    if "LATIN" not in scripts or not any(s in ("CYRILLIC", "GREEK") for s in scripts):
        return word
    foreign = [c for c, s in zip(word, scripts, strict=True) if s not in ("LATIN", "")]
    # A word mixing Latin with a foreign letter that has no Latin twin is left alone: it is
    # not a disguised Latin word (a transliteration, a formula, a brand).
    if not all(c in table for c in foreign):
        return word
    return "".join(table.get(c, c) if s in ("CYRILLIC", "GREEK") else c
                   for c, s in zip(word, scripts, strict=True))
