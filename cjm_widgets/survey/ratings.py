"""Touchpoint scores straight from a survey's columns, for exports too large for Observations.

survey_observations keeps one Observation per answer, which the map needs for its evidence;
at a million respondents that is minutes and gigabytes. survey_ratings gives the same numbers
(value, n, se, 95% interval, share negative, confidence) from arrays, with the scoring module's
statistics, so a large export can be checked and scored before any map is drawn.
"""
from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from typing import Optional

import numpy as np

from ..model import Score
from ..scoring import _score
from ..settings import ScoringSettings
from .observations import mapped_questions, off_scale_problems
from .types import Survey
from .valences import column_valences, summary_of


def survey_ratings(survey: Survey, questions: list[dict], *, language: str = "en",
                   settings: Optional[ScoringSettings] = None) -> tuple[list[Score], list[str]]:
    """(one Score per mapped touchpoint, in mapping order; problems).

    Ratings and open answers are weighted by kind as in score_journey; the scores have no
    evidence indexes, because no Observation objects stand behind them.
    """
    settings = settings or ScoringSettings()
    parts: dict[str, list[tuple[np.ndarray, float]]] = {}
    problems: list[str] = []

    def valences_of(q) -> tuple[np.ndarray, str, list[str]]:
        column = survey.frame[q.column]
        if q.measure == "text":
            from ..sentiment import score_texts

            texts = column.dropna().astype(str)
            return np.asarray(score_texts(texts[texts.str.strip() != ""].tolist(), language)), "text", []
        valences, off_scale = column_valences(column, q.measure, q.low, q.high, q.direction)
        return valences[~np.isnan(valences)], "rating", off_scale_problems(survey, q, off_scale)

    mapped = mapped_questions(survey, questions)
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:  # numpy releases the GIL
        results = list(pool.map(valences_of, mapped))
    for q, (values, kind, column_problems) in zip(mapped, results):
        problems += column_problems
        if settings.weight(kind) > 0:
            parts.setdefault(q.touchpoint, []).append((values, settings.weight(kind)))
    scores = []
    for touchpoint, arrays in parts.items():
        valences = np.concatenate([v for v, _ in arrays])
        weights = None if len({w for _, w in arrays}) == 1 else np.concatenate([np.full(v.size, w) for v, w in arrays])
        scores.append(_score(touchpoint, "touchpoint", None, summary_of(valences, weights), [], settings))
    return scores, problems
