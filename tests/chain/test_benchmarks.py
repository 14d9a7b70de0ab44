"""benchmarks/run.py prints figures; the vectorised survey path agrees with the per-answer one."""
from __future__ import annotations

import re
import subprocess
import sys

import numpy as np
import pytest

from conftest import ROOT
from cjm_widgets.survey import read_survey
from cjm_widgets.survey import read as read_module
from cjm_widgets.survey.valences import column_valences, valence

sys.path.insert(0, str(ROOT / "benchmarks"))


def test_run_prints_name_value_lines_and_a_table():
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--only", "text_scoring"],
                         capture_output=True, text=True, check=True, cwd=ROOT).stdout
    figures = dict(re.findall(r"^(\w+)=(\S+)$", out, re.M))
    assert set(figures) == {"text_scoring_per_s", "vader_per_s"}
    assert all(float(v) > 0 for v in figures.values())
    assert "figure" in out and ">= vader_per_s" in out


def test_run_rejects_an_unknown_figure():
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--only", "speed"],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode != 0 and "unknown figure speed" in done.stderr


def test_column_valences_follow_the_scalar_rule_and_flag_off_scale_answers():
    values, off = column_valences([1, 5, None, "", " ", 7, "abc", 3], "likert", 1, 5)
    assert np.allclose(values, [-1, 1, np.nan, np.nan, np.nan, np.nan, np.nan, 0], equal_nan=True)
    assert off.tolist() == [False, False, False, False, False, True, True, False]
    nps, _ = column_valences(np.array([10, 9, 8, 7, 6, 0, np.nan]), "nps", 0, 10)
    assert np.allclose(nps, [1, 1, 0, 0, -1, -1, np.nan], equal_nan=True)
    assert valence("ces", 2, 1, 7, "lower_is_better") == pytest.approx(2 / 3)


def test_large_plain_csv_reads_the_same_on_the_fast_path(tmp_path, monkeypatch):
    from survey_ingest import questions, write_survey

    path = write_survey(tmp_path / "big.csv", 15_000)
    text = path.read_text(encoding="utf-8").splitlines(keepends=True)
    text[5] = text[5].replace(",3,", ",9,", 1)  # a 9 among 1..5 answers: both paths must see a 1..10 scale
    text.insert(7, "," * (len(questions())) + "\n")  # a line of only delimiters
    path.write_text("".join(text), encoding="utf-8")
    assert path.stat().st_size > read_module.read_bulk_csv.__globals__["MIN_BYTES"]
    fast = read_survey(path)
    monkeypatch.setattr(read_module, "read_bulk_csv", lambda _: None)
    careful = read_survey(path)
    assert fast.rows == careful.rows and fast.rows[:7] == [2, 3, 4, 5, 6, 7, 9]
    assert fast.problems == careful.problems == []
    assert (1, 10) in {q.scale for q in fast.questions}
    assert [(q.column, q.type, q.scale, q.n, q.mean, q.nps) for q in fast.questions] == \
           [(q.column, q.type, q.scale, q.n, q.mean, q.nps) for q in careful.questions]
    assert fast.frame.equals(careful.frame)


def test_large_csv_with_quoted_answers_and_line_breaks_reads_the_same_on_the_fast_path(tmp_path, monkeypatch):
    """Google Forms quotes answers with commas or line breaks: a record is a spreadsheet row, and so
    is its number, on both paths."""
    import csv as csv_module
    import io

    rows = [["Timestamp", "How satisfied were you with the delivery?", "Anything else?", "Your age"]]
    for i in range(40_000):
        said = ["", "Fast, thanks", "Late,\nand the box was \"damaged\"", "ok"][i % 4]
        rows.append([f"2024/01/01 10:{i % 60:02d}:00", str(1 + i % 5), said, ["18-24", "25-34", "55+"][i % 3]])
    buffer = io.StringIO()
    csv_module.writer(buffer, lineterminator="\n").writerows(rows)
    path = tmp_path / "quoted.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    assert path.stat().st_size > read_module.read_bulk_csv.__globals__["MIN_BYTES"]
    assert read_module.read_bulk_csv(path) is not None  # the fast path takes it
    fast = read_survey(path)
    monkeypatch.setattr(read_module, "read_bulk_csv", lambda _: None)
    careful = read_survey(path)
    assert len(fast.frame) == 40_000 and fast.rows == careful.rows and fast.rows[:4] == [2, 3, 4, 5]
    assert fast.problems == careful.problems == []
    assert [(q.column, q.type, q.scale, q.n, q.mean) for q in fast.questions] == \
           [(q.column, q.type, q.scale, q.n, q.mean) for q in careful.questions]
    assert fast.frame.equals(careful.frame)


@pytest.mark.parametrize("encoding", ["utf-16", "cp1250", "utf-8-sig"])
def test_large_csv_in_other_encodings_reads_the_same_as_utf8(tmp_path, encoding):
    from survey_ingest import write_survey

    plain = write_survey(tmp_path / "plain.csv", 15_000)
    text = plain.read_text(encoding="utf-8").replace("Timestamp", "Znacznik czasu żółć", 1)
    other = tmp_path / f"{encoding}.csv"
    other.write_text(text, encoding=encoding)
    expected, got = read_survey(plain), read_survey(other)
    assert got.encoding == encoding and got.questions[0].column == "Znacznik czasu żółć"
    assert [(q.n, q.mean, q.nps) for q in got.questions] == [(q.n, q.mean, q.nps) for q in expected.questions]


def test_large_csv_whose_tail_is_not_utf8_goes_the_careful_way(tmp_path):
    from survey_ingest import questions, write_survey

    path = write_survey(tmp_path / "tail.csv", 15_000)
    path.write_bytes(path.read_bytes() + b"2024/01/01 10:00:00" + b",\xe9" * len(questions()) + b"\n")
    survey = read_survey(path)
    assert len(survey.frame) == 15_001 and survey.encoding != "utf-8"
    assert any("row 15002" in p and "not a number" in p for p in survey.problems)
