"""A fast path for large plain CSV exports: pandas' C parser instead of one record at a time.

csv.reader turns a million-row export into 30 million Python strings; pandas reads the same
body into typed columns in a fraction of the time and memory. The fast path is taken only when
it cannot change the answer: the body has no quotes, no blank lines, no lone CR line ends, and
every line has exactly the header's number of cells (no line has more, as the parser checks,
and the delimiters add up, so none has fewer). Anything else goes through the careful reader,
which reports bad rows one by one. Cells keep their trailing spaces here (stripping a million
timestamps costs more than reading them); answers are parsed the same either way.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import numpy as np
import pandas as pd

from ..errors import InputError
from ..decoding import decode_bytes
from ..input_limits import check_survey_size
from .formats import Header, detect_header
from .tables import EXCEL_SUFFIXES, SPSS_SUFFIXES, _read_csv

MIN_BYTES = 1 << 20  # below this the careful reader is fast enough
HEAD_LINES = 50
HEAD_BYTES = 1 << 16


@dataclass
class BulkCsv:
    header: Header
    frame: pd.DataFrame  # raw cells: numbers where a whole column parsed, else text (NaN = blank)
    rows: list[int]  # 1-based line of each respondent
    encoding: str
    delimiter: str


def read_bulk_csv(path: Path) -> Optional[BulkCsv]:
    """The export read by pandas, or None when it must go through the careful reader."""
    if path.suffix.lower() in EXCEL_SUFFIXES + SPSS_SUFFIXES + (".xls",):
        return None
    check_survey_size(path)
    try:
        if path.stat().st_size < MIN_BYTES:
            return None
        data = path.read_bytes()
    except OSError:
        return None  # the careful reader raises the InputError that names the problem
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        return None
    # The head tells the encoding; pandas checks the rest and refuses bytes that do not fit it.
    # UTF-16 has two bytes a character, so a head cut at a newline byte may not decode: read all.
    try:
        text, encoding = decode_bytes(data[:data.rfind(b"\n", 0, HEAD_BYTES) + 1] or data[:HEAD_BYTES], path)
    except InputError:
        text, encoding = decode_bytes(data, path)
    if encoding.startswith("utf-16"):
        text, encoding = decode_bytes(data, path)
    if text.startswith("\ufeff"):
        text = text[1:]
    head = _read_csv(path, _first_lines(text, HEAD_LINES), encoding)
    if text.lstrip().startswith("sep=") or head.problems or len(head.records) < 2:
        return None
    header = detect_header(head.records)
    if len(head.records) <= header.header_rows:
        return None
    first_line, first_row = head.lines[header.header_rows], head.records[header.header_rows][0]
    width, delimiter = len(header.columns), head.delimiter
    if encoding.startswith("utf-16"):
        body = text[_offset_of_line(text, first_line):].encode("utf-8")
        source, skip, encoding_read = io.BytesIO(body), 0, "utf-8"
    else:  # one byte per delimiter and line end: check the raw bytes and let pandas read the file
        del text
        body = data[_offset_of_line(data, first_line):]
        source, skip, encoding_read = path, first_line - 1, encoding
        if b"\r" in data[:len(data) - len(body)]:
            return None  # CR line ends in the header would shift pandas' line count
    lines, quoted = _plain_lines(body, delimiter.encode(), width), False
    if lines is None:
        lines, quoted = _quoted_records(body, delimiter.encode(), width), True
        if lines is None:
            return None
        if source is path:  # quoted answers may break lines: pandas counts records, so read the body
            source, skip = io.BytesIO(body), 0
    empty_line = (delimiter * (width - 1)).encode()
    maybe_empty = body.startswith(empty_line + b"\n") or b"\n" + empty_line + b"\n" in body or body.endswith(
        b"\n" + empty_line)
    del data, body
    try:
        frame = pd.read_csv(source, sep=delimiter, header=None, skiprows=skip, encoding=encoding_read,
                            keep_default_na=False, na_values=[""],
                            quoting=csv.QUOTE_MINIMAL if quoted else csv.QUOTE_NONE, engine="c",
                            skip_blank_lines=False, skipinitialspace=not quoted)
    except (pd.errors.ParserError, ValueError, UnicodeDecodeError):
        return None  # a line with more cells than the header
    if frame.shape != (lines, width):
        return None
    numbers = np.arange(first_row, first_row + lines)  # one spreadsheet row per record, however many lines it spans
    if maybe_empty:  # a line of only delimiters is no respondent
        filled = frame.notna().any(axis=1).to_numpy()
        rows = numbers[filled].tolist()
        frame = frame[filled].reset_index(drop=True)
    else:
        rows = numbers.tolist()
    frame.columns = header.columns
    return BulkCsv(header, frame, rows, encoding, delimiter)


def _plain_lines(body: bytes, delimiter: bytes, width: int) -> Optional[int]:
    """The body's line count when pandas may read it as is: no quotes, no lone CR line ends, and
    exactly width-1 delimiters on every line (so no blank line either); else None."""
    lines = body.count(b"\n") + (not body.endswith(b"\n"))
    if b'"' in body or (b"\r" in body and body.count(b"\r") != body.count(b"\r\n")):
        return None
    return lines if body.count(delimiter) == lines * (width - 1) else None


def _quoted_records(body: bytes, delimiter: bytes, width: int) -> Optional[int]:
    """The number of records of a body with quoted cells, when every
    record has exactly the header's width: delimiters and line ends inside quotes are text, and an
    answer may span lines (a spreadsheet row is a record). None when it must go the careful way
    (unbalanced quotes, lone CR line ends, a record of another width)."""
    if b"\r" in body and body.count(b"\r") != body.count(b"\r\n"):
        return None
    raw = np.frombuffer(body, dtype=np.uint8)
    quotes = np.flatnonzero(raw == ord('"'))
    if len(quotes) % 2:
        return None
    newlines = np.flatnonzero(raw == ord("\n"))
    delimiters = np.flatnonzero(raw == delimiter[0])
    del raw
    ends = newlines[np.searchsorted(quotes, newlines) % 2 == 0]  # line ends outside quotes close a record
    outside = delimiters[np.searchsorted(quotes, delimiters) % 2 == 0]
    if not body.endswith(b"\n"):
        ends = np.append(ends, len(body))
    per_record = np.diff(np.concatenate([[0], np.searchsorted(outside, ends)]))
    if not len(ends) or np.any(per_record != width - 1):
        return None
    return len(ends)


def _first_lines(text: str, count: int) -> str:
    return text[:_offset_of_line(text, count + 1)]


def _offset_of_line(text, line: int) -> int:
    """Offset where 1-based ``line`` starts in str or bytes (its length past the end)."""
    newline = "\n" if isinstance(text, str) else b"\n"
    offset = 0
    for _ in range(line - 1):
        found = text.find(newline, offset)
        if found < 0:
            return len(text)
        offset = found + 1
    return offset
