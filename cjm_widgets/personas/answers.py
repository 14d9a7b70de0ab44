"""Reading raw survey answers the way a person would: numbers as numbers, choices as tidy labels.

Survey exports spell one choice several ways ("Third Year", "third year ", NBSP inside), so choices
are grouped case- and space-insensitively and shown in their most frequent spelling.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ..errors import InputError
from ..values import is_missing

_SPACES = re.compile(r"\s+")
NUMERIC_SHARE = 0.9  # a column is numeric when this share of its answers parse as numbers


def source_name(respondents: pd.DataFrame) -> str:
    """The file the answers came from, when ingest recorded it in ``DataFrame.attrs``."""
    return str(respondents.attrs.get("file", "survey"))


def check_columns(respondents: pd.DataFrame, columns) -> list[str]:
    """The chosen columns as a list, or an InputError naming the first missing one."""
    columns = [columns] if isinstance(columns, str) else list(columns)
    if not columns:
        raise InputError(source_name(respondents), key="seg_no_columns")
    if respondents.empty:
        raise InputError(source_name(respondents), key="seg_no_respondents")
    if not respondents.index.is_unique:
        repeated = respondents.index[respondents.index.duplicated()][0]
        raise InputError(source_name(respondents), key="seg_repeated_id", id=repeated)
    for column in columns:
        if column not in respondents.columns:
            raise InputError(source_name(respondents), column=column, key="seg_unknown_column",
                             known=", ".join(map(repr, list(respondents.columns)[:12])))
    return columns


def numbers(series: pd.Series) -> pd.Series | None:
    """The answers as floats when the column is numeric (scales, ages), else None."""
    if pd.api.types.is_bool_dtype(series):
        return None
    if series.dtype.kind in "fiu":
        return series.astype(float) if series.notna().any() else None
    codes, uniques = pd.factorize(series)  # surveys repeat a few answers: parse each one once
    if not len(uniques):
        return None
    parsed = pd.to_numeric(pd.Series(uniques, dtype=object), errors="coerce").to_numpy(dtype=float)
    present = codes >= 0
    values = np.where(present, parsed[np.maximum(codes, 0)], np.nan)
    if np.count_nonzero(~np.isnan(values)) < NUMERIC_SHARE * np.count_nonzero(present):
        return None
    return pd.Series(values, index=series.index, dtype=float)


def choices(series: pd.Series) -> pd.Series:
    """Tidy choice labels: trimmed, inner spaces collapsed, one spelling per case-insensitive group."""
    codes, uniques = pd.factorize(series)
    cleaned = np.array([None, *(_tidy(u) for u in uniques)], dtype=object)
    tidy = pd.Series(cleaned[codes + 1], index=series.index, dtype=object)
    present = tidy.dropna()
    if present.empty:
        return tidy
    spelling = {}
    counts = present.value_counts()
    for label, _ in sorted(counts.items(), key=lambda item: (-item[1], str(item[0]))):
        spelling.setdefault(label.casefold(), label)
    codes, uniques = pd.factorize(tidy)
    spelled = np.array([None, *(spelling[u.casefold()] for u in uniques)], dtype=object)
    return pd.Series(spelled[codes + 1], index=series.index, dtype=object)


def _tidy(value):
    if is_missing(value):
        return None
    text = _SPACES.sub(" ", str(value).replace("\u00a0", " ")).strip()
    return text or None
