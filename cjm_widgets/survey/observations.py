"""Answers -> Observations: each answered cell of a mapped column becomes one piece of evidence.

The mapping is kit.yaml's survey.questions (or template_questions() for the kit's own
templates): which column measures which touchpoint, on which scale. Valence follows the
scoring model in DESIGN.md; every observation names its file, row and column.
"""
from __future__ import annotations

import difflib
import math

import pandas as pd

from ..errors import InputError
from ..model import Observation, Source
from .formats import clean_header
from .scales import norm
from .types import Survey

MAPPED_TYPES = ("likert", "nps", "csat", "ces", "text")
DIRECTIONS = ("higher_is_better", "lower_is_better")


def find_column(survey: Survey, wanted: str, what: str = "survey.questions column") -> str:
    """The export column a kit.yaml entry names: the exact header, or a unique start of it."""
    columns = list(survey.frame.columns)
    key = norm(clean_header(wanted))
    exact = [c for c in columns if norm(c) == key]
    if len(exact) == 1:
        return exact[0]
    starts = exact or [c for c in columns if norm(c).startswith(key)]
    if len(starts) == 1:
        return starts[0]
    if starts:
        listed = "; ".join(repr(c) for c in starts[:5])
        raise InputError("kit.yaml", f"{what} {wanted!r} matches {len(starts)} columns of {survey.file}: "
                         f"{listed}.", column=wanted, fix="Write more of the header so only one column matches.")
    close = difflib.get_close_matches(wanted, columns, n=3, cutoff=0.4)
    hint = f" Close headers: {'; '.join(repr(c) for c in close)}." if close else ""
    raise InputError("kit.yaml", f"{what} {wanted!r} matches no column of {survey.file}.{hint}",
                     column=wanted, fix="Copy the header from `cjm survey inspect` output.")


def survey_observations(survey: Survey, questions: list[dict], *, respondent_id=None,
                        language: str = "en") -> tuple[list[Observation], list[str]]:
    """(observations, problems). Bad answers are listed in problems, never dropped silently."""
    ids = _respondent_ids(survey, respondent_id)
    observations: list[Observation] = []
    problems: list[str] = []
    for entry in questions:
        column = find_column(survey, str(entry.get("column", "")))
        measure = str(entry.get("type") or survey.question(column).type)
        if measure not in MAPPED_TYPES:
            raise InputError("kit.yaml", f"survey question type {measure!r} is not one of "
                             f"{', '.join(MAPPED_TYPES)}.", column=entry.get("column"),
                             fix="Set type to likert, nps, csat, ces or text.")
        low, high = _scale(survey, column, measure, entry)
        direction = entry.get("direction") or "higher_is_better"
        if direction not in DIRECTIONS:
            raise InputError("kit.yaml", f"direction {direction!r} is not one of {', '.join(DIRECTIONS)}.",
                             column=entry.get("column"), fix="Use higher_is_better or lower_is_better.")
        values = survey.frame[column].tolist()
        for value, row, respondent in zip(values, survey.rows, ids):
            if _blank(value):
                continue
            source = Source(file=survey.file, row=row, column=column)
            common = dict(touchpoint=entry.get("touchpoint"), stage=entry.get("stage"), source=source,
                          respondent=respondent, question=column, measure=measure)
            if measure == "text":
                text = str(value)
                observations.append(Observation(valence=_score_text(text, language), kind="text",
                                                text=text, **common))
                continue
            number = _number(value)
            if number is None or not low <= number <= high:
                problems.append(f"{survey.file}, row {row}, column {column!r}: {value!r} is not on the "
                                f"{measure} scale {low:g}..{high:g}; left out. Fix: correct the mapping's "
                                "scale or the answer.")
                continue
            observations.append(Observation(valence=valence(measure, number, low, high, direction),
                                            kind="rating", raw=number, **common))
    return observations, problems


def valence(measure: str, value: float, low: float, high: float, direction: str = "higher_is_better") -> float:
    """Map an answer to [-1, +1] (DESIGN.md): NPS by promoter/passive/detractor, scales linearly."""
    if measure == "nps":
        return 1.0 if value >= 9 else 0.0 if value >= 7 else -1.0
    middle, half = (low + high) / 2, (high - low) / 2
    result = (value - middle) / half if half else 0.0
    return -result if direction == "lower_is_better" else result


def respondents_frame(survey: Survey, respondent_id=None) -> pd.DataFrame:
    """The answers indexed by respondent id (as text), for building personas."""
    frame = survey.frame.copy()
    frame.index = pd.Index(_respondent_ids(survey, respondent_id), name="respondent")
    frame.insert(0, "source_row", survey.rows)
    return frame


def _respondent_ids(survey: Survey, respondent_id) -> list[str]:
    if not respondent_id:
        return [str(row) for row in survey.rows]
    column = find_column(survey, str(respondent_id), "survey.respondent_id")
    ids = [_id_text(v) for v in survey.frame[column].tolist()]
    seen: dict[str, int] = {}
    for respondent, row in zip(ids, survey.rows):
        if respondent in seen or respondent == "":
            first = f" (first at row {seen[respondent]})" if respondent in seen else ""
            raise InputError(survey.path, f"respondent id {respondent!r} is empty or repeated{first}.",
                             row=row, column=column,
                             fix="Choose a column with one unique id per respondent, or set respondent_id: null.")
        seen[respondent] = row
    return ids


def _scale(survey: Survey, column: str, measure: str, entry: dict) -> tuple[float, float]:
    if measure == "nps":
        return 0.0, 10.0
    if measure == "text":
        return 0.0, 0.0
    scale = entry.get("scale")
    if isinstance(scale, (list, tuple)) and len(scale) == 2:
        return float(scale[0]), float(scale[1])
    if isinstance(scale, (int, float)) and not isinstance(scale, bool) and scale >= 2:
        return 1.0, float(scale)
    detected = survey.question(column).scale
    if scale is None and detected:
        return float(detected[0]), float(detected[1])
    raise InputError("kit.yaml", f"survey question {entry.get('column')!r} needs a scale (points, e.g. 5).",
                     column=entry.get("column"), fix="Add `scale: 5` (or 7) to the question.")


def _score_text(text: str, language: str) -> float:
    from ..sentiment import score_text  # loaded on first use: the scorer's lexicons are heavy

    return float(score_text(text, language))


def _number(value) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _blank(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or str(value).strip() == ""


def _id_text(value) -> str:
    if _blank(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
