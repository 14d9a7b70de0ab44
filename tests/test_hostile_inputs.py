"""Broken and hostile files, for every reader: one plain line naming the file, exit 2, no traceback."""
from __future__ import annotations

import pytest

from cjm_widgets.cli import main
from cjm_widgets.errors import InputError
from cjm_widgets.kpis import read_funnel


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
