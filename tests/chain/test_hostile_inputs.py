"""Broken and hostile files, for every reader: one plain line naming the file, exit 2, no traceback."""
from __future__ import annotations

import codecs
import json
import zipfile
from pathlib import Path

import openpyxl
import pytest

from cjm_widgets.cli import main
from cjm_widgets.errors import InputError
from cjm_widgets.kpis import read_funnel
from cjm_widgets.transcripts import inspect_transcript


def corpus(tmp_path, suffix: str) -> dict[str, object]:
    """name -> path of a broken file (or folder) with the reader's extension."""
    files = {
        "empty": b"",
        "binary": bytes(range(256)) * 40,
        "truncated_utf16": "\ufeffa,b\n1,2\n".encode("utf-16-le")[:-1],
        "only_whitespace": b"\n\n   \n",
        "nul_bytes": b"a,b\n1,\x00\x00\n",
    }
    found = {}
    for name, content in files.items():
        path = tmp_path / f"{name}{suffix}"
        path.write_bytes(content)
        found[name] = path
    folder = tmp_path / f"folder{suffix}"
    folder.mkdir()
    found["directory"] = folder
    found["missing"] = tmp_path / f"missing{suffix}"
    return found


def assert_one_clean_line(code: int, err: str, path) -> None:
    assert code == 2, err
    assert "Traceback" not in err
    assert err.count("\n") == 1 and err.startswith("cjm: error: ")
    assert path.name in err


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("case", ["empty", "binary", "truncated_utf16", "only_whitespace", "directory", "missing"])
def test_survey_inspect_broken_files(tmp_path, capsys, suffix, case):
    path = corpus(tmp_path, suffix)[case]
    code = main(["survey", "inspect", str(path)])
    assert_one_clean_line(code, capsys.readouterr().err, path)


@pytest.mark.parametrize("suffix", [".vtt", ".srt", ".txt", ".docx"])
@pytest.mark.parametrize("case", ["empty", "binary", "only_whitespace", "directory", "missing"])
def test_transcript_inspect_broken_files(tmp_path, capsys, suffix, case):
    path = corpus(tmp_path, suffix)[case]
    code = main(["transcript", "inspect", str(path)])
    assert_one_clean_line(code, capsys.readouterr().err, path)


def test_survey_with_a_line_of_100000_columns_and_a_huge_cell(tmp_path, capsys):
    wide = tmp_path / "wide.csv"
    wide.write_text("q1,q2\n1,2\n" + ",".join(["3"] * 100_000) + "\n4,5\n", encoding="utf-8")
    code = main(["survey", "inspect", "--json", str(wide)])
    out, err = capsys.readouterr()
    if code == 0:  # the good rows are kept and the wide row is reported, not lost
        assert "wide.csv" in out and ("row 3" in out or "line 3" in out)
    else:
        assert_one_clean_line(code, err, wide)
    huge = tmp_path / "huge.csv"
    huge.write_text("How satisfied were you?,Comment\n4," + "x" * 2_000_000 + "\n5,ok\n", encoding="utf-8")
    assert main(["survey", "inspect", "--json", str(huge)]) == 0
    assert '"respondents": 2' in capsys.readouterr().out


def test_duplicate_headers_are_kept_apart(tmp_path, capsys):
    path = tmp_path / "dupes.csv"
    path.write_text("Rate the delivery (1-5),Rate the delivery (1-5)\n1,5\n2,4\n", encoding="utf-8")
    assert main(["survey", "inspect", "--json", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.count('"column"') == 2


@pytest.mark.parametrize("case", ["empty", "binary", "directory", "missing"])
def test_funnel_broken_files(tmp_path, case):
    path = corpus(tmp_path, ".csv")[case]
    with pytest.raises(InputError) as err:
        read_funnel(path, ["awareness", "interest"])
    assert path.name in str(err.value) and "\n" not in str(err.value)


# ---- extended: files built to hang a reader or exhaust memory ---------------------------------

def run_cli(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("suffix,command", [(".csv", "survey"), (".txt", "transcript")])
@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-be-bom"])
def test_utf32_is_read_not_misread(tmp_path, capsys, suffix, command, encoding):
    text = "How satisfied were you?,Comment\n4,good\n5,ok\n" if command == "survey" else "Anna: I liked it.\n"
    data = text.encode("utf-32") if encoding == "utf-32" else codecs.BOM_UTF32_BE + text.encode("utf-32-be")
    path = tmp_path / f"answers{suffix}"
    path.write_bytes(data)
    code, out, err = run_cli(capsys, command, "inspect", "--json", str(path))
    assert code == 0, err
    report = json.loads(out)
    assert report["encoding"] == "utf-32"  # the one decoder reads it (cjm_widgets/decoding.py)
    if command == "survey":
        assert report["respondents"] == 2
    else:
        assert report["speakers"] == ["Anna"]


def test_an_xlsx_claiming_a_million_rows_is_read_completely(tmp_path, capsys):
    path = tmp_path / "million.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"], book.active["A2"] = "How satisfied were you?", 4
    book.active.cell(row=1_000_000, column=1, value=5)  # the sheet's size now says A1:A1000000
    book.save(path)
    code, out, err = run_cli(capsys, "survey", "inspect", "--json", str(path))
    assert code == 0, err
    report = json.loads(out)
    assert report["respondents"] == 2 and report["questions"][0]["n"] == 2


def test_an_xlsx_claiming_a_million_rows_by_every_column_is_refused(tmp_path, capsys):
    path = tmp_path / "claims.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"], book.active["A2"] = "How satisfied were you?", 4
    book.active.cell(row=1_048_576, column=16_384, value=5)
    book.save(path)
    code, _, err = run_cli(capsys, "survey", "inspect", str(path))
    assert_one_clean_line(code, err, path)
    assert "1,048,576 rows by 16,384 columns" in err and "delete the empty rows" in err


def test_a_zip_bomb_renamed_xlsx_is_refused_before_unpacking(tmp_path, capsys):
    path = tmp_path / "survey.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            row = b'<row><c t="inlineStr"><is><t>5</t></is></c></row>' * 20_000
            for _ in range(200):  # ~200 MB unpacked from well under 1 MB
                member.write(row)
    assert path.stat().st_size < 2 * 1024 * 1024
    code, _, err = run_cli(capsys, "survey", "inspect", str(path))
    assert_one_clean_line(code, err, path)
    assert "unpacks to" in err and "zip bomb" in err


def test_a_1_gb_csv_is_refused_without_being_read(tmp_path, capsys, monkeypatch):
    path = tmp_path / "export.csv"
    with path.open("wb") as handle:  # sparse: a real header, then 1 GB the disk never stores
        handle.write(b"How satisfied were you?,Comment\n4,good\n")
        handle.truncate(1 << 30)
    read = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read") if self == path else read(self))
    code, _, err = run_cli(capsys, "survey", "inspect", str(path))
    assert_one_clean_line(code, err, path)
    assert "is 1.0 GB, more than the 512 MB the kit reads" in err


def test_a_transcript_of_one_50_mb_line_ends_in_one_error(tmp_path, capsys):
    path = tmp_path / "interview.txt"
    path.write_text("Anna: " + "word " * (10 * 1024 * 1024) + "\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "transcript", "inspect", str(path))
    assert_one_clean_line(code, err, path)
    assert "line 1: 52,428,806 characters, longer than any spoken turn" in err


def test_a_long_line_among_good_ones_is_reported_and_the_rest_kept(tmp_path):
    path = tmp_path / "interview.txt"
    path.write_text("Interviewer: How was the delivery?\nAnna: Late, again.\n" + "x" * 2_000_000 +
                    "\nInterviewer: And the returns?\nAnna: Easy.\n", encoding="utf-8")
    report = inspect_transcript(path)
    assert report["utterances"] == 4 and set(report["speakers"]) == {"Interviewer", "Anna"}
    assert any(p.startswith("line 3: 2,000,000 characters") for p in report["problems"])
