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
from .labels import Integer, Size

MB = 1 << 20
MAX_SURVEY_BYTES = 512 * MB
MAX_TRANSCRIPT_BYTES = 64 * MB  # a three-hour interview is well under 1 MB
MAX_UNZIPPED_BYTES = 1024 * MB  # an .xlsx or .docx, all its parts unpacked
MAX_ZIP_RATIO = 100  # real workbooks pack 5-20 to 1; far more, and large, is a zip bomb
ZIP_RATIO_FROM_BYTES = 100 * MB
MAX_SHEET_CELLS = 50_000_000
MAX_LINE_CHARS = 1_000_000  # a transcript line longer than this is no spoken turn


def check_file_size(path: Path, limit: int, fix_key: str) -> None:
    """Refuse a file larger than ``limit`` before reading it (a missing file is the reader's to report)."""
    try:
        size = Path(path).stat().st_size
    except OSError:
        return
    if size > limit:
        raise InputError(path, key="file_too_large", fix_key=fix_key, size=Size(size), limit=Size(limit))


def check_survey_size(path: Path) -> None:
    check_file_size(path, MAX_SURVEY_BYTES, "survey_too_large_fix")


def check_transcript_size(path: Path) -> None:
    check_file_size(path, MAX_TRANSCRIPT_BYTES, "transcript_too_large_fix")


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
        raise InputError(path, key="zip_too_large", unpacked=Size(unpacked), packed=Size(packed),
                         ratio=Integer(unpacked // packed))


def check_sheet_cells(path: Path, sheet: str, rows: int | None, columns: int | None) -> None:
    """Refuse a sheet whose recorded size would make the reader walk billions of empty cells."""
    if rows and columns and rows * columns > MAX_SHEET_CELLS:
        raise InputError(path, key="sheet_too_large", sheet=sheet, rows=Integer(rows), columns=Integer(columns),
                         cells=Integer(rows * columns), limit=Integer(MAX_SHEET_CELLS))


def long_lines(lines: list[str]) -> list[int]:
    """Numbers (1-based) of the lines longer than :data:`MAX_LINE_CHARS`."""
    return [number for number, line in enumerate(lines, start=1) if len(line) > MAX_LINE_CHARS]
