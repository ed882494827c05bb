"""Decoding bytes and repairing text: encodings, mojibake, look-alike letters, binary data."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.errors import BINARY, InputError
from veille.ingest.encoding import decode_bytes, repair_text

FRENCH = "Le ministre a déclaré à la presse que la coopération était « essentielle » pour l’été."


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "latin-1"])
def test_french_text_decodes_in_common_encodings(encoding: str) -> None:
    text, found = decode_bytes(FRENCH.replace("’", "'").encode(encoding))
    assert text == FRENCH.replace("’", "'")
    assert found in ("utf-8", "cp1252", "latin_1", "iso8859_15")


def test_short_cp1252_line_is_read_as_western_european() -> None:
    assert decode_bytes("Élections à Bamako".encode("cp1252"))[0] == "Élections à Bamako"


@pytest.mark.parametrize(("bom", "encoding"), [
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
])
def test_byte_order_marks_pick_the_encoding_and_are_dropped(bom: bytes, encoding: str) -> None:
    text, found = decode_bytes(bom + FRENCH.encode(encoding))
    assert text == FRENCH
    assert found == encoding


def test_cyrillic_legacy_encoding() -> None:
    text = "Министр иностранных дел России Сергей Лавров прибыл в Бамако."
    assert decode_bytes(text.encode("cp1251"))[0] == text


def test_nul_bytes_are_binary() -> None:
    with pytest.raises(InputError) as err:
        decode_bytes(b"%PDF-1.7\x00\x00\x01binary stream")
    assert err.value.code == BINARY


def test_mostly_control_characters_are_binary() -> None:
    with pytest.raises(InputError) as err:
        decode_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 20 + b"abc")
    assert err.value.code == BINARY


def test_empty_bytes_give_empty_text() -> None:
    assert decode_bytes(b"") == ("", "utf-8")


def test_mojibake_is_repaired() -> None:
    assert repair_text("La coopÃ©ration militaire entre le Mali et la Russie") == \
        "La coopération militaire entre le Mali et la Russie"


def test_repair_normalises_to_nfc() -> None:
    decomposed = "de\u0301claration"  # e + combining acute accent
    assert repair_text(decomposed) == "déclaration"


def test_cyrillic_look_alike_inside_latin_word_becomes_latin() -> None:
    assert repair_text("la coopérаtion au Sаhel") == "la coopération au Sahel"  # Cyrillic а
    assert repair_text("Le Premier ministre grec, Κyriakos Mitsotakis") == \
        "Le Premier ministre grec, Kyriakos Mitsotakis"  # Greek Kappa


def test_genuine_cyrillic_and_greek_words_stay() -> None:
    line = "Édité par : Татьяна Гуринович, avec Αθήνα en grec"
    assert repair_text(line) == line


def test_curly_quotes_and_line_breaks_are_kept() -> None:
    text = "« C’est un allié », a-t-il dit.\r\nSecond paragraphe.\n"
    assert repair_text(text) == text


@given(st.text())
def test_repair_is_idempotent_and_never_raises(text: str) -> None:
    once = repair_text(text)
    assert repair_text(once) == once
