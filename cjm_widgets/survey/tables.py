"""Raw rows out of a CSV, XLSX or SPSS file, each with the line or row it came from.

Everything after this step works on plain rows of strings, so every format shares one
header, type and problem logic. CSV cells keep their quoted newlines; a record's number is
its spreadsheet row (what Excel or Google Sheets shows when the export is opened there), which
differs from the text line once an answer spans lines; a broken record is said by its line.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

from ..errors import InputError, problem
from ..decoding import decode_bytes
from ..input_limits import check_sheet_cells, check_survey_size, check_zip
from .scales import clean_header

DELIMITERS = (",", ";", "\t", "|")
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
SPSS_SUFFIXES = (".sav", ".zsav")

# Respondents paste long texts; csv refuses cells over 128 KiB unless told otherwise.
MAX_CELL_CHARS = 64 * 1024 * 1024


@dataclass
class RawTable:
    records: list[tuple[int, list[str]]]  # (row number, cells)
    encoding: str | None = None
    delimiter: str | None = None
    labels: list[str] = field(default_factory=list)  # SPSS variable labels
    problems: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # CSV: the physical line each record starts on


def read_table(path: Path, sheet=None, *, language: str = "en") -> RawTable:
    """The export's records as text, each with its line or row; a broken CSV record ends the
    reading with a problem said in ``language``."""
    suffix = path.suffix.lower()
    check_survey_size(path)
    if suffix in SPSS_SUFFIXES:
        return _read_spss(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, key="file_not_found", fix_key="survey_not_found_fix") from None
    except OSError as exc:
        raise InputError(path, key="survey_unreadable", error=exc.strerror) from None
    if data.startswith(b"PK\x03\x04") or suffix in EXCEL_SUFFIXES:
        return _read_xlsx(path, data, sheet)
    if suffix == ".xls" or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(path, key="survey_xls")
    text, encoding = decode_bytes(data, path)
    return _read_csv(path, text, encoding, language)


def header_key(text) -> str:
    """A header as the readers compare it with the names they accept: no BOM, spaces collapsed, lower case."""
    return clean_header(str(text).replace("\ufeff", "")).lower()


def column_of(keys: Sequence[str], accepted: Sequence[str]) -> Optional[int]:
    """Index of the first of ``accepted`` (by preference) among headers already made ``header_key``s."""
    for name in accepted:
        if name in keys:
            return keys.index(name)
    return None


# ---- CSV ----------------------------------------------------------------------------------

def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first records into the most, equally long, fields."""
    best, best_score = ",", -1
    for delimiter in DELIMITERS:
        reader = csv.reader(io.StringIO(text[:50_000], newline=""), delimiter=delimiter)
        try:
            widths = [len(row) for _, row in zip(range(20), reader) if row]
        except csv.Error:
            continue
        if not widths or widths[0] < 2:
            continue
        consistent = sum(w == widths[0] for w in widths) / len(widths)
        score = widths[0] * consistent
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(path: Path, text: str, encoding: str, language: str = "en") -> RawTable:
    if text.startswith("\ufeff"):
        text = text[1:]
    delimiter = sniff_delimiter(text)
    if text.lstrip().startswith("sep=") and "\n" in text:  # Excel's delimiter hint line
        first, _, text = text.partition("\n")
        delimiter = first.strip()[4:5] or delimiter
    csv.field_size_limit(MAX_CELL_CHARS)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    table = RawTable([], encoding=encoding, delimiter=delimiter)
    start = 1  # the physical line a record starts on: where a broken one is found in a text editor
    for number in itertools.count(1):  # the spreadsheet row: one per record, however many lines its cells span
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            table.problems.append(problem(path.name, language, line=start, key="survey_broken_record", error=exc))
            break
        if any(cell.strip() for cell in row):  # line breaks inside cells shown as \n whatever the file used
            table.records.append((number, [c.replace("\r\n", "\n").replace("\r", "\n") for c in row]))
            table.lines.append(start)
        start = reader.line_num + 1
    return table


# ---- XLSX ---------------------------------------------------------------------------------

def _read_xlsx(path: Path, data: bytes, sheet) -> RawTable:
    import openpyxl

    check_zip(path, data)
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # zipfile, XML and openpyxl errors all mean "not a readable workbook"
        raise InputError(path, key="survey_bad_xlsx", error=type(exc).__name__) from None
    try:
        for ws in book.worksheets:
            check_sheet_cells(path, ws.title, ws.max_row, ws.max_column)
        sheets = {ws.title: _sheet_records(ws) for ws in book.worksheets}
    finally:
        book.close()
    if sheet is not None:
        names = list(sheets)
        name = names[sheet] if isinstance(sheet, int) and 0 <= sheet < len(names) else sheet
        if name not in sheets:
            raise InputError(path, key="survey_no_sheet", sheet=sheet, sheets=", ".join(names))
        records = sheets[name]
    else:  # the sheet with the most filled cells: exports often sit behind a cover sheet
        records = max(sheets.values(), key=lambda rs: sum(sum(bool(c) for c in r) for _, r in rs))
    return RawTable(records)


def _sheet_records(ws) -> list[tuple[int, list[str]]]:
    records = []
    for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
        cells = [_cell_text(v) for v in values]
        if any(c.strip() for c in cells):
            records.append((number, cells))
    width = max((len(_trim(c)) for _, c in records), default=0)
    return [(n, (c + [""] * width)[:width]) for n, c in records]


def _trim(cells: list[str]) -> list[str]:
    while cells and not cells[-1].strip():
        cells = cells[:-1]
    return cells


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


# ---- SPSS ---------------------------------------------------------------------------------

def _read_spss(path: Path) -> RawTable:
    try:
        import pyreadstat
    except ImportError:
        raise InputError(path, key="survey_needs_pyreadstat") from None
    if not path.is_file():
        raise InputError(path, key="file_not_found", fix_key="survey_not_found_fix")
    try:
        frame, meta = pyreadstat.read_sav(str(path))
    except Exception as exc:  # pyreadstat raises its own ReadstatError and plain errors
        raise InputError(path, key="survey_bad_sav", error=exc) from None
    names = list(frame.columns)
    labels = [meta.column_names_to_labels.get(n) or n for n in names]
    columns = [_sav_column(frame[n], meta.variable_value_labels.get(n) or {}) for n in names]
    records = [(0, names)] + [(case, list(cells)) for case, cells in enumerate(zip(*columns), start=1)]
    return RawTable(records, labels=labels)


def _sav_column(values, value_labels: dict) -> list[str]:
    """Answers as their value labels when every answer has one (so "Don't know" = 99 is seen
    as missing and text scales are matched), otherwise as the codes."""
    present = {v for v in values if v == v and v is not None}
    use_labels = bool(present) and all(v in value_labels for v in present)
    return ["" if v != v or v is None else str(value_labels[v]) if use_labels else _cell_text(v)
            for v in values]
