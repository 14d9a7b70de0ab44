"""What counts as no answer, in one place for every reader, scorer and renderer.

Exports and pandas spell "nothing here" several ways: None, pandas' NA and NaT, and NaN (an empty
cell read as a number); a text answer of only spaces says nothing either.
"""
from __future__ import annotations

import numpy as np
import pandas as pd


def is_missing(value) -> bool:
    """True for None, pd.NA, pd.NaT and NaN; fast enough for one call per cell of a large survey."""
    return (value is None or value is pd.NA or value is pd.NaT
            or (isinstance(value, (float, np.floating)) and value != value))


def is_blank(value) -> bool:
    """``is_missing``, or a text of only white space."""
    return is_missing(value) or (isinstance(value, str) and not value.strip())
