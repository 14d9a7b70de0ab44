"""Bytes of any text file the kit reads (survey export, transcript) -> text: one decoder for all.

Tools write UTF-8 (often with a BOM), UTF-16 or UTF-32; Excel re-saves in the machine's ANSI
code page (cp1250 in Poland, cp1251 in Russia, cp1252 in the West), old Macs in Mac Roman, old
Russian mail and Unix tools in KOI8-R.
Single-byte code pages decode any bytes without error, and generic detectors confuse them
(cp1252 curly quotes 0x93/0x94 are the Mac Roman letters ``ì``/``î``), so each candidate is
scored on how its non-ASCII characters sit in the text: letters inside words of one alphabet,
quotes at word edges, apostrophes inside words, dashes between spaces. The best one wins; text
that no candidate makes readable is refused, naming the file.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from .errors import InputError
from .labels import phrase

BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
SINGLE_BYTE = ("cp1252", "cp1250", "cp1251", "koi8_r", "mac_roman")  # on a tie the earlier one wins

# letters that real EN/PL/RU/DE and common Western answers contain
COMMON_LETTERS = set(
    "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ" "äöüßÄÖÜ" "éèêëàâáíìîïóòôúùûçñãõøåÉÈÊÀÂÁÍÓÔÚÇÑØÅ" "šžčřěýŠŽČŘĚÝ"
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
)
POLISH = set("ąćęłńśźżĄĆĘŁŃŚŹŻ")  # never produced by cp1252 or Mac Roman
APOSTROPHES = set("’‘´ʼ")
OPENING = set("“„«‘‚")
CLOSING = set("”»’“")
DASHES = set("–—")
NEUTRAL = set("\u00a0…•€°§©®™·×£")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_CONTRACTION = re.compile(r"(t|s|m|d|ll|re|ve)\b")
SCORED_BYTES = 32 * 1024  # the code page is judged on this much of the lines holding non-ASCII bytes
GARBAGE_SHARE = 0.01  # control or replacement characters above this share: not text


def decode_bytes(data: bytes, file, kind: str = "survey") -> tuple[str, str]:
    """Return (text without BOM, encoding name). InputError for empty, binary or garbled data;
    ``kind`` (survey, transcript) says in the error what the file should have been and how to get
    a good one (labels.py: dec_noun_KIND, dec_empty_KIND_fix, dec_binary_KIND_fix)."""
    if not data.strip(b" \t\r\n\x00"):
        raise InputError(file, key="dec_empty", fix_key=f"dec_empty_{kind}_fix")
    for bom, name in BOMS:
        if data.startswith(bom):
            return _checked(_strict(data, name, file), name, file), name
    wide = _wide_without_bom(data)
    if wide:
        return _checked(_strict(data, wide, file), wide, file), wide
    if b"\x00" in data:
        raise InputError(file, key="dec_binary", fix_key=f"dec_binary_{kind}_fix", noun=phrase(f"dec_noun_{kind}"))
    try:
        return _checked(data.decode("utf-8"), "utf-8", file), "utf-8"
    except UnicodeDecodeError:
        pass
    head = _non_ascii_lines(data)
    scored = [(plausibility(head.decode(name, errors="replace")), -i, name) for i, name in enumerate(SINGLE_BYTE)]
    score, _, name = max(scored)
    text = data.decode(name, errors="replace")
    foreign = sum(1 for ch in head.decode(name, errors="replace") if not ch.isascii())
    if score < -0.5 * foreign:  # most non-ASCII characters look wrong in every code page
        raise InputError(file, key="dec_unrecognised", pages=", ".join(SINGLE_BYTE))
    return _checked(text, name, file), name


def encoding_name(codec: str) -> str:
    """A codec as a reader knows the encoding: "UTF-8" with or without a BOM (the BOM is a detail
    no reader acts on), "UTF-16", "Windows-1250" for cp1250, "KOI8-R", "Mac Roman", "ISO-8859-2"."""
    try:
        name = codecs.lookup(codec).name  # "utf-8-sig", "cp1250", "koi8-r", "mac-roman", "utf-16-le"
    except LookupError:
        return codec
    for family in ("utf-8", "utf-16", "utf-32"):
        if name.startswith(family):
            return family.upper()
    if re.fullmatch(r"cp125\d", name):
        return f"Windows-{name[2:]}"
    return {"mac-roman": "Mac Roman"}.get(name, name.upper().replace("ISO8859", "ISO-8859"))


def _non_ascii_lines(data: bytes) -> bytes:
    """The lines that hold non-ASCII bytes, wherever they are in the file, up to SCORED_BYTES."""
    lines, size, position = [], 0, 0
    while size < SCORED_BYTES:
        match = _HIGH_BYTE.search(data, position)
        if match is None:
            break
        start = max(data.rfind(b"\n", 0, match.start()), data.rfind(b"\r", 0, match.start())) + 1
        ends = [e for e in (data.find(b"\n", match.start()), data.find(b"\r", match.start())) if e >= 0]
        position = min(ends) if ends else len(data)
        lines.append(data[start:position])
        size += position - start + 1
    return b"\n".join(lines)


def _strict(data: bytes, name: str, file) -> str:
    try:
        text = data.decode(name)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(file, line=line, key="dec_strict", name=name, byte=exc.start) from None
    return text[1:] if text.startswith("\ufeff") else text


def _checked(text: str, name: str, file) -> str:
    """Refuse text full of control or replacement characters: a wrong guess, or not text at all."""
    sample = text[:200_000]
    bad = sum(1 for ch in sample if ch == "\ufffd" or (unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn")
                                                       and ch not in "\r\n\t\f"))
    if bad > GARBAGE_SHARE * max(len(sample), 1):
        raise InputError(file, key="dec_garbage", name=name, bad=bad)
    return text


def _wide_without_bom(data: bytes) -> str | None:
    """UTF-32 / UTF-16 without a BOM: mostly-ASCII text leaves NULs in fixed byte positions."""
    sample = data[:4000]
    if len(sample) < 8:
        return None
    lanes = [sample[i::4].count(0) / max(len(sample[i::4]), 1) for i in range(4)]
    if min(lanes[2:]) > 0.95 and lanes[0] < 0.5:  # the two high bytes are NUL below U+10000
        return "utf-32-le"
    if min(lanes[:2]) > 0.95 and lanes[3] < 0.5:
        return "utf-32-be"
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def plausibility(text: str) -> float:
    """Higher when the non-ASCII characters sit where real EN/PL/RU/DE text puts them."""
    score = 0.0
    for match in _NON_ASCII.finditer(text):
        i, ch = match.start(), match.group()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if ch.isalpha():
            score += _letter(ch, before, after, text, i)
        elif ch in APOSTROPHES and before.isalpha() and after.isalpha():
            score += 2 if _CONTRACTION.match(text, i + 1) else 1  # don’t, it’s, we’ll
        elif ch in OPENING and not before.isalnum() and (after.isalnum() or after in "'\""):
            score += 1
        elif ch in CLOSING and not after.isalnum() and (before.isalnum() or before in ".!?,)"):
            score += 1
        elif ch in DASHES and (before.isspace() or after.isspace() or (before.isdigit() and after.isdigit())):
            score += 1
        elif ch in NEUTRAL or ch.isspace():
            continue
        elif ch == "\ufffd" or unicodedata.category(ch).startswith("C"):
            score -= 5
        else:
            score -= 2  # a stray symbol or a quote in the middle of a word: ¹ ³ ¿ † ‰ didn«t
    return score


def _letter(ch: str, before: str, after: str, text: str, i: int) -> float:
    if "\u0400" <= ch <= "\u04ff":
        if _latin(before) or _latin(after):
            return -3  # a word mixing alphabets
        if ch.isupper() and _cyrillic(before) and before.islower():
            return -3  # "пРЕРБФПР": KOI8-R read as cp1251 (or the other way) swaps the letters' case
        return 1 if ch in COMMON_LETTERS else -1  # ї, і, ў: Polish ż, ł read as cp1251
    if _cyrillic(before) or _cyrillic(after):
        return -3
    if ch not in COMMON_LETTERS:
        return -1  # possible (Ő, Ÿ, ð), not likely
    if not before.isalpha() and not after.isalpha():
        return -2  # a lone accented Latin letter is a dash or quote in the wrong code page
    if ch.isupper() and before.isalpha() and before.islower():
        return -3  # "ThatÕs": a capital after a small letter
    start = i
    while start and text[start - 1].isalpha():
        start -= 1
    end = i
    while end + 1 < len(text) and text[end + 1].isalpha():
        end += 1
    word = text[start:end + 1]
    if len(word) >= 2 and not any(c.isascii() or c in POLISH for c in word):
        return -1  # Ïðèâåò, Äà: cp1251 read as Latin (a Western word has ASCII letters too)
    return 1


def _latin(ch: str) -> bool:
    return ch.isalpha() and ch < "\u0250"


def _cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"
