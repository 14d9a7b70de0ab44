"""Size checks that run before a reader starts: one error naming the file, what was found and the limit."""
from __future__ import annotations

import zipfile

import pytest

from cjm_widgets.errors import InputError
from cjm_widgets.labels import Size
from cjm_widgets.input_limits import MAX_LINE_CHARS, MAX_SHEET_CELLS, check_file_size, check_sheet_cells, check_zip, \
    long_lines


def test_a_file_over_the_limit_is_refused_with_its_size_and_the_fix(tmp_path):
    path = tmp_path / "survey.csv"
    path.write_bytes(b"x" * 2048)
    check_file_size(path, 2048, "survey_too_large_fix")
    with pytest.raises(InputError, match=r"survey.csv.*2,048 bytes, more than the 2,047 bytes.*split the export") as err:
        check_file_size(path, 2047, "survey_too_large_fix")
    assert "ma 2\xa0048 bajtów, więcej niż 2\xa0047 bajtów" in err.value.in_language("pl")
    check_file_size(tmp_path / "missing.csv", 1, "survey_too_large_fix")  # the reader reports a missing file


def test_sizes_are_said_in_the_clients_units_and_decimals():
    assert Size(3 * (1 << 29)).say("en") == "1.5 GB" and Size(3 * (1 << 29)).say("ru") == "1,5 ГБ"
    assert Size(520 * (1 << 20)).say("pl") == "520 MB" and Size(12_345).say("en") == "12,345 bytes"


def test_a_sheet_claiming_billions_of_cells_is_refused(tmp_path):
    check_sheet_cells(tmp_path / "survey.xlsx", "Sheet1", 1000, 30)
    check_sheet_cells(tmp_path / "survey.xlsx", "Sheet1", None, 16384)  # size unknown: the reader walks it
    with pytest.raises(InputError, match="'Sheet1' claims 1,048,576 rows by 16,384 columns") as err:
        check_sheet_cells(tmp_path / "survey.xlsx", "Sheet1", 1_048_576, 16_384)
    assert "лист 'Sheet1' заявляет 1\xa0048\xa0576 строк" in err.value.in_language("ru")
    assert 1_048_576 * 16_384 > MAX_SHEET_CELLS


def test_a_real_workbook_and_a_file_that_is_no_zip_pass(tmp_path):
    book = tmp_path / "survey.xlsx"
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", "<sheetData/>" * 1000)
    check_zip(book)
    check_zip(tmp_path / "notes.xlsx", data=b"plain text, not a zip")


def test_lines_too_long_to_be_a_spoken_turn_are_numbered_from_one():
    assert long_lines(["hi", "x" * (MAX_LINE_CHARS + 1), "ok", "y" * MAX_LINE_CHARS]) == [2]
