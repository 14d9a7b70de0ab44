"""What counts as no answer: every way an export read by pandas spells an empty cell, and nothing else."""
from __future__ import annotations

import io

import numpy as np
import pandas as pd

from cjm_widgets.values import is_blank, is_missing


def test_every_empty_cell_pandas_reads_is_missing():
    frame = pd.read_csv(io.StringIO("n,text,when\n,,\n1,a,2026-01-01\n"), parse_dates=["when"])
    nullable = frame.convert_dtypes()
    empties = [frame.at[0, "n"], frame.at[0, "text"], frame.at[0, "when"], nullable.at[0, "n"], nullable.at[0, "text"]]
    assert all(is_missing(v) for v in empties), empties
    assert is_missing(None) and is_missing(np.float32("nan")) and is_missing(float("nan"))


def test_answers_that_say_something_are_not_missing():
    for value in (0, 0.0, False, "0", "no", "—", np.int64(0), pd.Timestamp("2026-01-01")):
        assert not is_missing(value) and not is_blank(value), value


def test_blank_text_is_blank_but_not_missing():
    for value in ("", "   ", "\u00a0\t\n"):
        assert is_blank(value) and not is_missing(value), repr(value)
    assert is_blank(None) and is_blank(float("nan"))
