"""How big, and of what kind, an input file may be before a reader starts on it.

Readers load a survey export or transcript whole, so a file that is huge, or unpacks to huge
(a zip bomb renamed .xlsx, a sheet whose size claims a million rows by 16 384 columns), would
hang the kit or exhaust memory long before any message. These checks run first and end in one
error naming the file, what was found, the limit and what to do. The limits sit far above any
real export: a million respondents by 30 questions is about 150 MB of CSV.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from .errors import InputError

MB = 1 << 20
MAX_SURVEY_BYTES = 512 * MB
MAX_TRANSCRIPT_BYTES = 64 * MB  # a three-hour interview is well under 1 MB
MAX_UNZIPPED_BYTES = 1024 * MB  # an .xlsx or .docx, all its parts unpacked
MAX_ZIP_RATIO = 100  # real workbooks pack 5-20 to 1; far more, and large, is a zip bomb
ZIP_RATIO_FROM_BYTES = 100 * MB
MAX_SHEET_CELLS = 50_000_000
MAX_LINE_CHARS = 1_000_000  # a transcript line longer than this is no spoken turn


def check_file_size(path: Path, limit: int, fix: str) -> None:
    """Refuse a file larger than ``limit`` before reading it (a missing file is the reader's to report)."""
    try:
        size = Path(path).stat().st_size
    except OSError:
        return
    if size > limit:
        raise InputError(path, f"is {_size(size)}, more than the {_size(limit)} the kit reads.", fix=fix)


def check_survey_size(path: Path) -> None:
    check_file_size(path, MAX_SURVEY_BYTES, "Export only the questions kit.yaml maps, or split the export "
                                            "by date, and read the parts.")


def check_transcript_size(path: Path) -> None:
    check_file_size(path, MAX_TRANSCRIPT_BYTES, "Check that this is an interview transcript; split a "
                                                "recording of several interviews into one file each.")


def check_zip(path: Path, data: bytes | None = None) -> None:
    """Refuse an .xlsx/.docx that would unpack to more than the limit, or packs suspiciously tight."""
    try:
        with zipfile.ZipFile(io.BytesIO(data) if data is not None else path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a zip at all: the reader reports it
    unpacked = sum(p.file_size for p in parts)
    packed = max(1, sum(p.compress_size for p in parts))
    if unpacked > MAX_UNZIPPED_BYTES or (unpacked > ZIP_RATIO_FROM_BYTES and unpacked / packed > MAX_ZIP_RATIO):
        raise InputError(path, f"unpacks to {_size(unpacked)} from {_size(packed)} ({unpacked // packed}:1); "
                               "that is not a document the kit can open safely (a zip bomb, or far beyond any "
                               "survey or transcript).",
                         fix="Export the data again from the survey tool, as CSV UTF-8 if it is really this large.")


def check_sheet_cells(path: Path, sheet: str, rows: int | None, columns: int | None) -> None:
    """Refuse a sheet whose recorded size would make the reader walk billions of empty cells."""
    if rows and columns and rows * columns > MAX_SHEET_CELLS:
        raise InputError(path, f"sheet {sheet!r} claims {rows:,} rows by {columns:,} columns "
                               f"({rows * columns:,} cells; the kit reads up to {MAX_SHEET_CELLS:,}).",
                         fix="In Excel delete the empty rows and columns after the data, then save; "
                             "or export the survey as CSV UTF-8.")


def long_lines(lines: list[str]) -> list[int]:
    """Numbers (1-based) of the lines longer than :data:`MAX_LINE_CHARS`."""
    return [number for number, line in enumerate(lines, start=1) if len(line) > MAX_LINE_CHARS]


def _size(n: int) -> str:
    return f"{n / (1 << 30):.1f} GB" if n >= 1 << 30 else f"{n / MB:.0f} MB" if n >= MB else f"{n:,} bytes"
