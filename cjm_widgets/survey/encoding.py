"""Decode a survey export whatever code page the tool or Excel wrote it in.

Survey tools write UTF-8 (often with a BOM); Excel re-saves in the machine's ANSI code page
(cp1250 in Poland, cp1251 in Russia, cp1252 in the West), old Macs in Mac Roman, and some
tools UTF-16. Single-byte code pages all decode any bytes without error, so the choice among
them is made by how plausible the decoded letters are for EN/PL/RU/DE text.
"""
from __future__ import annotations

import codecs
import re

from ..errors import InputError

SINGLE_BYTE = ("cp1252", "cp1250", "cp1251", "mac_roman")

# letters that real EN/PL/RU/DE (and common Western) answers contain
_LIKELY_LETTERS = set(
    "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ" "äöüßÄÖÜ" "éèêëàâáíìîïóòôúùûçñãõÉÈÀÁÍÓÚÇÑ"
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
)
# punctuation that Office and survey tools put into text
_NEUTRAL = set("\u00a0„“”‘’‚–—…«»•€°§©®™·×")
_WORD = re.compile(r"\w+")


def decode_bytes(data: bytes, file) -> tuple[str, str]:
    """Return (text, encoding). Raise InputError for empty, binary or undecodable data."""
    if not data.strip():
        raise InputError(file, "the file is empty.", fix="Export the survey again; the file has no rows.")
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _strict(data, name, file), name
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, file), utf16
    if b"\x00" in data:
        raise InputError(file, "this is a binary file, not a CSV text export.",
                         fix="Export the survey as CSV (UTF-8) or XLSX.")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _best_single_byte(data, file)


def _strict(data: bytes, name: str, file) -> str:
    try:
        return data.decode(name)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(file, f"cannot be decoded as {name} (byte {exc.start}).", line=line,
                         fix="Save the file again as CSV UTF-8.") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: ASCII characters leave a NUL in every other byte."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _best_single_byte(data: bytes, file) -> tuple[str, str]:
    cr_only = b"\r" in data and b"\n" not in data
    best = None
    for name in SINGLE_BYTE:
        text = data.decode(name, errors="replace")
        score = plausibility(text) + (2 if cr_only and name == "mac_roman" else 0)
        if best is None or score > best[0]:
            best = (score, name, text)
    score, name, text = best
    if score >= 0:
        return text, name
    guess = _charset_normalizer_guess(data)
    if guess is None:
        raise InputError(file, "the text encoding cannot be recognised.",
                         fix="Save the file again as CSV UTF-8 (Excel: File > Save As > CSV UTF-8).")
    return data.decode(guess, errors="replace"), guess


def plausibility(text: str) -> int:
    """Higher when the non-ASCII characters look like real words in EN/PL/RU/DE."""
    score = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in word)
        latin = sum(ch.isalpha() and ch < "\u0250" for ch in word)
        if cyrillic and latin:
            score -= 3  # a word mixing alphabets is a wrong code page
        score += sum(1 if ch in _LIKELY_LETTERS else -1 for ch in word if not ch.isascii())
    for ch in text:
        if not ch.isascii() and not ch.isalnum() and not ch.isspace() and ch not in _NEUTRAL:
            score -= 2  # stray symbols: ¹ ³ ¿ † ‰ ...
        elif ch == "\ufffd" or (ord(ch) < 32 and ch not in "\r\n\t"):
            score -= 5
    return score


def _charset_normalizer_guess(data: bytes) -> str | None:
    """A second opinion for text that none of the usual code pages decodes plausibly."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return best.encoding if best is not None else None
