"""Segments of respondents: by rules the team picks, or by clustering on chosen answers.

Both return a ``pandas.Series`` (respondent id -> segment key) named ``segment``; its
``attrs["definitions"]`` maps each key to the rule or cluster centre behind it, which
``propose_personas`` turns into a stable persona id.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..errors import InputError
from ..labels import Counted, label
from ..values import is_missing
from .answers import check_columns, choices, numbers, source_name
from .roles import shorten

OTHER = "other"
NO_ANSWER = "n/a"
MAX_DISTINCT_NUMBERS = 6  # a numeric column with more distinct values is split into 3 ranges
MAX_FIT = 2000  # clustering fits on at most this many respondents (seeded sample); the rest join the nearest medoid
N_INIT = 4  # k-medoids restarts per k; the lowest total distance wins


def segment_rules(respondents: pd.DataFrame, columns, *, min_size: int = 10) -> pd.Series:
    """Split respondents by their answers to ``columns`` (e.g. age group × first or repeat order).

    Numeric columns with many distinct values (age in years) are cut into three ranges of
    similar size. Segments smaller than ``min_size`` are merged into ``"other"``, so no persona
    rests on a handful of people.
    """
    columns = check_columns(respondents, columns)
    if min_size < 1:
        raise ValueError("min_size must be at least 1")
    parts = pd.DataFrame({column: rule_values(respondents[column], column) for column in columns},
                         index=respondents.index)
    keys = parts.apply(lambda row: " · ".join(row), axis=1) if len(columns) > 1 else parts[columns[0]]
    sizes = keys.value_counts()
    small = set(sizes[sizes < min_size].index)
    labels = keys.where(~keys.isin(small), OTHER).rename("segment")
    rules: dict[str, dict] = {}
    for key, answers in zip(keys, parts.itertuples(index=False)):
        rules.setdefault(key, dict(zip(columns, answers)))
    definitions = {key: {"method": "rules", "rule": rules[key]} for key in labels.unique() if key != OTHER}
    if small:
        definitions[OTHER] = {"method": "rules", "rule": OTHER, "columns": columns}
    labels.attrs["definitions"] = definitions
    return labels


def segment_clusters(respondents: pd.DataFrame, columns, *, k_range: tuple[int, int] = (2, 6),
                     seed: int = 0, min_size: int = 1, language: str = "en") -> tuple[pd.Series, dict]:
    """Cluster respondents on ``columns`` with Gower distance and k-medoids; k by silhouette.

    Why Gower + k-medoids rather than one-hot + k-means: Gower gives every chosen column the
    same weight (a numeric gap divided by the column's range, a categorical mismatch 0/1),
    however many choices a question has; a missing answer drops out of that pair's average
    instead of being imputed; and a medoid is a real respondent, so each cluster centre reads
    as a set of actual answers. Ordinal scales count as numeric (equal steps), the usual
    compromise for Likert items.

    A cluster smaller than ``min_size`` is dissolved, its people joining their nearest remaining
    cluster (smallest first, while two or more remain), so no persona rests on a handful of people
    and nobody is left out.

    Returns labels ("cluster 1" is the largest) and diagnostics: silhouette per k, the chosen
    k, each cluster's medoid respondent and centre answers, and how each column was read.
    Respondents with none of the columns answered go to ``"other"``.
    """
    columns = check_columns(respondents, columns)
    if min_size < 1:
        raise ValueError("min_size must be at least 1")
    k_low, k_high = k_range
    if not 2 <= k_low <= k_high:
        raise ValueError("k_range must be (low, high) with 2 <= low <= high")
    features = [_Feature.of(respondents[column]) for column in columns]
    answered = np.zeros(len(respondents), dtype=bool)
    for feature in features:
        answered |= feature.present
    rows = np.flatnonzero(answered)
    if len(rows) <= k_low:
        raise InputError(source_name(respondents), column=", ".join(columns), key="err_too_few_to_cluster",
                         answered=Counted(len(rows), "respondent"), k=k_low)
    rng = np.random.default_rng(seed)
    fit = rows if len(rows) <= MAX_FIT else np.sort(rng.choice(rows, MAX_FIT, replace=False))
    distances = _gower(features, fit, fit)
    silhouettes, fits = {}, {}
    for k in range(k_low, min(k_high, len(fit) - 1) + 1):
        medoids, assign = _kmedoids(distances, k, np.random.default_rng([seed, k]))
        silhouettes[k] = _silhouette(distances, assign)
        fits[k] = medoids
    best_k = max(silhouettes, key=lambda k: (round(silhouettes[k], 9), -k))
    medoid_rows = fit[fits[best_k]]
    to_medoids = _gower(features, rows, medoid_rows)
    nearest = np.argmin(to_medoids, axis=1)
    sizes = np.bincount(nearest, minlength=len(medoid_rows))
    while (sizes > 0).sum() > 1 and sizes[sizes > 0].min() < min_size:
        to_medoids[:, min(np.flatnonzero(sizes), key=lambda j: (sizes[j], -j))] = np.inf
        nearest = np.argmin(to_medoids, axis=1)
        sizes = np.bincount(nearest, minlength=len(medoid_rows))
    order = sorted((j for j in range(len(medoid_rows)) if sizes[j]), key=lambda j: (-sizes[j], j))
    names = {j: f"cluster {rank}" for rank, j in enumerate(order, start=1)}
    labels = pd.Series(OTHER, index=respondents.index, name="segment", dtype=object)
    labels.iloc[rows] = [names[j] for j in nearest]
    ids = respondents.index
    centres = {names[j]: {column: _plain(respondents[column].iloc[medoid_rows[j]]) for column in columns}
               for j in order}
    medoids = {names[j]: str(ids[medoid_rows[j]]) for j in order}
    definitions = {name: {"method": "clusters", "centre": centres[name], "medoid": medoids[name]}
                   for name in centres}
    if not answered.all():
        definitions[OTHER] = {"method": "clusters", "rule": "no answer to the chosen columns",
                              "columns": columns}
    labels.attrs["definitions"] = definitions
    diagnostics = {
        "method": label("segments_method", language),
        "silhouette": {k: round(float(s), 4) for k, s in silhouettes.items()},
        "k": len(order),
        "seed": seed,
        "fitted_on": int(len(fit)),
        "columns": {column: ("numeric" if f.numeric else "categorical") for column, f in zip(columns, features)},
        "medoids": medoids,
        "centres": centres,
        "sizes": {names[j]: int(sizes[j]) for j in order},
    }
    return labels, diagnostics


# ---- rules ---------------------------------------------------------------------------

def range_prefix(column) -> str:
    """What a rule's label of a number starts with ("Age: " in "Age: 25–34"), so a name can tell it."""
    return f"{shorten(column, 30)}: "


def rule_values(series: pd.Series, column) -> pd.Series:
    """One readable label per answer: the choice itself, or ``column: range`` for numbers."""
    prefix = range_prefix(column)
    values = numbers(series)
    if values is None:
        return choices(series).fillna(f"{prefix}{NO_ANSWER}").astype(object)
    labels = pd.Series(f"{prefix}{NO_ANSWER}", index=series.index, dtype=object)
    present = values.dropna()
    if present.nunique() <= MAX_DISTINCT_NUMBERS:
        labels[present.index] = [f"{prefix}{v:g}" for v in present]
        return labels
    bins = pd.qcut(present, 3, labels=False, duplicates="drop")
    for _, members in present.groupby(bins):
        labels[members.index] = f"{prefix}{members.min():g}–{members.max():g}"
    return labels


def _plain(value):
    """A JSON-able answer for definitions: float, string or None."""
    if is_missing(value):
        return None
    if isinstance(value, (np.integer, np.floating)):
        return float(value)
    return value if isinstance(value, (int, float, str, bool)) else str(value)


# ---- Gower distance, k-medoids, silhouette --------------------------------------------

@dataclass
class _Feature:
    """One column as an array: floats (NaN = no answer) or category codes (-1 = no answer)."""

    numeric: bool
    values: np.ndarray
    span: float = 1.0

    @classmethod
    def of(cls, series: pd.Series) -> "_Feature":
        values = numbers(series)
        if values is not None:
            array = values.to_numpy(dtype=float)
            span = float(np.nanmax(array) - np.nanmin(array)) if np.isfinite(array).any() else 0.0
            return cls(True, array, span or 1.0)
        codes, _ = pd.factorize(choices(series))
        return cls(False, codes)

    @property
    def present(self) -> np.ndarray:
        return ~np.isnan(self.values) if self.numeric else self.values >= 0


def _gower(features: list[_Feature], rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Mean per-column distance over the columns both respondents answered (1 if none)."""
    total = np.zeros((len(rows), len(cols)))
    counted = np.zeros((len(rows), len(cols)))
    for feature in features:
        a, b = feature.values[rows], feature.values[cols]
        both = feature.present[rows][:, None] & feature.present[cols][None, :]
        if feature.numeric:
            gap = np.abs(a[:, None] - b[None, :]) / feature.span
        else:
            gap = (a[:, None] != b[None, :]).astype(float)
        total += np.where(both, gap, 0.0)
        counted += both
    return np.where(counted > 0, total / np.maximum(counted, 1), 1.0)


def _kmedoids(distances: np.ndarray, k: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Alternating k-medoids from k-medoids++ starts; returns (medoid positions, assignment)."""
    best = None
    for _ in range(N_INIT):
        medoids = _plusplus(distances, k, rng)
        for _ in range(100):
            assign = np.argmin(distances[:, medoids], axis=1)
            moved = medoids.copy()
            for j in range(k):
                members = np.flatnonzero(assign == j)
                if len(members):
                    moved[j] = members[np.argmin(distances[np.ix_(members, members)].sum(axis=1))]
            if np.array_equal(moved, medoids):
                break
            medoids = moved
        assign = np.argmin(distances[:, medoids], axis=1)
        cost = distances[np.arange(len(assign)), medoids[assign]].sum()
        if best is None or cost < best[0] - 1e-12:
            best = (cost, medoids, assign)
    return best[1], best[2]


def _plusplus(distances: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    n = len(distances)
    medoids = [int(rng.integers(n))]
    for _ in range(1, k):
        weight = distances[:, medoids].min(axis=1) ** 2
        if weight.sum() > 0:
            medoids.append(int(rng.choice(n, p=weight / weight.sum())))
        else:  # fewer distinct answer sets than k
            medoids.append(int(rng.choice(np.setdiff1d(np.arange(n), medoids))))
    return np.array(medoids)


def _silhouette(distances: np.ndarray, assign: np.ndarray) -> float:
    """Mean silhouette from a precomputed distance matrix (-1 when only one cluster is left)."""
    clusters, own = np.unique(assign, return_inverse=True)
    if len(clusters) < 2:
        return -1.0
    onehot = own[:, None] == np.arange(len(clusters))[None, :]
    sums = distances @ onehot
    counts = onehot.sum(axis=0)
    rows = np.arange(len(assign))
    mine = counts[own]
    a = np.where(mine > 1, sums[rows, own] / np.maximum(mine - 1, 1), 0.0)
    means = sums / counts
    means[rows, own] = np.inf
    b = means.min(axis=1)
    widest = np.maximum(a, b)
    s = np.where((mine > 1) & (widest > 0), (b - a) / np.where(widest > 0, widest, 1), 0.0)
    return float(s.mean())
