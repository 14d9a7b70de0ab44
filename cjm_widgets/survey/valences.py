"""Answers -> valences a whole column at a time, by the scoring model in DESIGN.md.

At a million respondents x 30 questions, one object per answer takes minutes and gigabytes; a
column of answers becomes an array of valences (NaN where there is no usable answer) instead.
survey_evidence and the overall (NPS) answers both build on column_valences, so the valence
rules live in one place.
"""
from __future__ import annotations

import numpy as np
import pandas as pd



def column_valences(values, measure: str, low: float, high: float,
                    direction: str = "higher_is_better") -> tuple[np.ndarray, np.ndarray]:
    """(valences, off_scale) for a column of answers on one scale.

    Valences are NaN for blanks, text and answers outside low..high; ``off_scale`` marks the
    given answers that are not on the scale (text or out of range), which callers report.
    NPS: promoter (9-10) +1, passive (7-8) 0, detractor (0-6) -1. Other scales map linearly
    onto -1..+1, reversed when lower is better (CES "effort").
    """
    series = values if isinstance(values, pd.Series) else pd.Series(list(values), dtype=object)
    if series.dtype.kind in "fiu":
        numbers = series.to_numpy(dtype=float)
        given = ~np.isnan(numbers)
    else:
        numbers = pd.to_numeric(series, errors="coerce").to_numpy(dtype=float)
        given = ~(series.isna() | series.astype(str).str.strip().eq("")).to_numpy()
    on_scale = (numbers >= low) & (numbers <= high)  # False for NaN and infinities
    if measure == "nps":
        result = np.where(numbers >= 9, 1.0, np.where(numbers >= 7, 0.0, -1.0))
    else:
        middle, half = (low + high) / 2, (high - low) / 2
        result = (numbers - middle) / half if half else np.zeros_like(numbers)
        if direction == "lower_is_better":
            result = -result
    return np.where(on_scale, result, np.nan), given & ~on_scale


def valence(measure: str, value: float, low: float, high: float, direction: str = "higher_is_better") -> float:
    """One answer's valence (the scalar form of column_valences)."""
    return float(column_valences([value], measure, low, high, direction)[0][0])
