"""Bytes of a transcript file -> text, with the encoding guessed the way a human would.

Meeting tools and word processors save UTF-8 (with or without BOM), UTF-16, Windows code
pages (cp1250 Polish, cp1251 Russian, cp1252 Western) and, from older Macs, Mac Roman.
Generic detectors confuse these single-byte pages (a Mac Roman apostrophe 0xD5 reads as
``Ő`` in cp1250), so each candidate decoding is scored on how plausible its non-ASCII
characters look *inside words*, and the most plausible one wins.
"""
from __future__ import annotations

import re
import unicodedata

from ..errors import InputError

BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Tried in this order; on a tie the earlier one wins.
SINGLE_BYTE = ("cp1252", "cp1250", "cp1251", "mac_roman")

_COMMON_LETTERS = set(
    "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ"  # Polish
    "éèêëàâäáíìïîóòôöúùûüñçßøåæœÉÈÊÀÂÄÁÍÓÔÖÚÜÑÇØÅÆŒšžčřěýŠŽČŘĚÝ"  # Western / Czech
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"  # Russian
)
_APOSTROPHES = set("’‘´ʼ")
_TYPOGRAPHY = set("’‘´“”„«»–—…\u00a0•°€£§")
_WORD = re.compile(r"[^\s\d!-/:-@\[-`{-~]+")  # runs of anything but space, digits, ASCII punctuation


def decode_bytes(data: bytes, file) -> tuple[str, str]:
    """Return (text with ``\\n`` line ends, encoding name); InputError if it is not text."""
    if not data.strip():
        raise InputError(file, "the file is empty.", fix="Export the transcript again, or remove the file.")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _normalise(_decode(data, encoding, file)), encoding
    if b"\x00" in data:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            raise InputError(file, "this is a binary file, not a transcript.",
                             fix="Save the transcript as .txt, .vtt, .srt, .md or .docx.")
        return _normalise(_decode(data, encoding, file)), encoding
    try:
        return _normalise(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    text, encoding = max(((data.decode(enc, errors="replace"), enc) for enc in SINGLE_BYTE),
                         key=lambda pair: _plausibility(pair[0]) - SINGLE_BYTE.index(pair[1]) * 0.01)
    if _control_share(text) > 0.01:
        raise InputError(file, "this is a binary file, not a transcript.",
                         fix="Save the transcript as .txt, .vtt, .srt, .md or .docx.")
    return _normalise(text), encoding


def _decode(data: bytes, encoding: str, file) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(file, f"cannot be decoded as {encoding} (byte {exc.start}).",
                         fix="Save it again as UTF-8.") from None


def _utf16_without_bom(data: bytes):
    """UTF-16 text has a NUL in every other byte when it is mostly ASCII."""
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) / 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _normalise(text: str) -> str:
    text = text.lstrip("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _control_share(text: str) -> float:
    bad = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\r\n\t\f")
    return bad / max(len(text), 1)


def _plausibility(text: str) -> float:
    """Score a decoding: common letters and apostrophes inside words are good, the rest is not."""
    score = 0.0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        scripts = {_script(ch) for ch in word if ch.isalpha()}
        if len(scripts) > 1:
            score -= 3  # Latin and Cyrillic mixed inside one word
        for i, ch in enumerate(word):
            if ch.isascii():
                continue
            if ch in _COMMON_LETTERS:
                score += 1
                if ch.isupper() and i > 0 and word[i - 1].islower():
                    score -= 3  # "ThatÕs": a capital after a small letter
            elif ch in _APOSTROPHES and 0 < i < len(word) - 1:
                score += 1
            elif ch.isalpha():
                score -= 0.5  # a rare letter (Ő, Ÿ, ŕ): possible, not likely
            elif ch in _TYPOGRAPHY:
                score -= 1 if 0 < i < len(word) - 1 else 0  # "didn«t"
            else:
                score -= 2  # a symbol or control character where text should be
    return score


def _script(ch: str) -> str:
    return "cyrillic" if "\u0400" <= ch <= "\u04ff" else "latin"
