"""Answers -> Observations: each answered cell of a mapped column becomes one piece of evidence.

The mapping is kit.yaml's survey.questions (or template_questions() for the kit's own
templates): which column measures which touchpoint, on which scale. Valence follows the
scoring model in DESIGN.md; every observation names its file, row and column.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Optional

import numpy as np
import pandas as pd

from ..config import DIRECTIONS, MAPPED_TYPES
from ..errors import InputError, problem
from ..labels import Counted, Integer, phrase
from ..model import Observation
from ..values import is_blank
from .scales import clean_header, norm
from .types import Survey
from .valences import column_valences



def find_column(survey: Survey, wanted: str, what: str = "survey.questions") -> str:
    """The export column a kit.yaml entry names: the exact header, or a unique start of it."""
    return match_column(list(survey.frame.columns), wanted, what, survey.file)


def match_column(columns: list[str], wanted: str, what: str, file: str) -> str:
    """find_column's rule over any list of headers (e.g. the columns a later step kept)."""
    key = norm(clean_header(wanted))
    exact = [c for c in columns if norm(c) == key]
    if len(exact) == 1:
        return exact[0]
    starts = exact or [c for c in columns if norm(c).startswith(key)]
    if len(starts) == 1:
        return starts[0]
    if starts:
        raise InputError("kit.yaml", column=wanted, key="err_column_ambiguous", what=what, wanted=wanted,
                         n=len(starts), export=file, listed="; ".join(repr(c) for c in starts[:5]))
    closeness = {c: _closeness(key, norm(c)) for c in columns}
    close = sorted((c for c in columns if closeness[c] >= 0.4), key=lambda c: -closeness[c])[:3]
    hint = phrase("err_close_headers", headers="; ".join(repr(c) for c in close)) if close else ""
    raise InputError("kit.yaml", column=wanted, key="err_column_missing", what=what, wanted=wanted, export=file,
                     hint=hint)


def _closeness(wanted: str, header: str) -> float:
    """How like a header the name typed in kit.yaml is, whole or as the header's start: people
    type the start of a long question ("Jak ocenia Pan/Pani dostawe" for "…dostawę zamówienia
    (czas, stan paczki)?")."""
    return max(difflib.SequenceMatcher(None, wanted, header).ratio(),
               difflib.SequenceMatcher(None, wanted, header[:len(wanted)]).ratio())


@dataclass
class MappedQuestion:
    """One kit.yaml survey.questions entry, checked against the export."""

    column: str  # the export's column
    measure: str  # one of MAPPED_TYPES
    low: float
    high: float
    direction: str
    touchpoint: Optional[str]
    stage: Optional[str]


def mapped_questions(survey: Survey, questions: list[dict]) -> list[MappedQuestion]:
    """Resolve each entry's column, type, scale and direction, or raise InputError naming it."""
    mapped = []
    for entry in questions:
        column = find_column(survey, str(entry.get("column", "")))
        measure = str(entry.get("type") or survey.question(column).type)
        if measure not in MAPPED_TYPES:
            raise InputError("kit.yaml", column=entry.get("column"), key="err_question_type", measure=measure,
                             types=", ".join(MAPPED_TYPES))
        low, high = _scale(survey, column, measure, entry)
        direction = entry.get("direction") or "higher_is_better"
        if direction not in DIRECTIONS:
            raise InputError("kit.yaml", column=entry.get("column"), key="err_direction", direction=direction,
                             directions=", ".join(DIRECTIONS))
        mapped.append(MappedQuestion(column, measure, low, high, direction, entry.get("touchpoint"),
                                     entry.get("stage")))
    return mapped


def survey_evidence(survey: Survey, questions: list[dict], *, respondent_id=None, language: str = "en",
                    touchpoints=None) -> tuple[pd.DataFrame, list[str]]:
    """(evidence frame, problems): each answered cell of a mapped column is one row, built a whole
    column at a time. Bad answers are listed in problems, never dropped silently.

    An open question mapped to no touchpoint (nor stage) is coded answer by answer to ``touchpoints`` by the
    interview coder (a comment about delivery and returns gives a row for each, with a confidence).
    """
    from ..evidence import concat, constant

    ids = pd.Categorical(_respondent_ids(survey, respondent_id))
    rows = np.asarray(survey.rows, dtype=np.int64)
    parts: list[pd.DataFrame] = []
    problems: list[str] = []
    for q in mapped_questions(survey, questions):
        column = survey.frame[q.column]
        if q.measure == "text" and q.touchpoint is None and q.stage is None:
            coded, uncoded = _coded_texts(column, touchpoints or [], language, q.column)
            if uncoded:
                problems.append(problem(survey.file, language, column=q.column, key="survey_uncoded",
                                        n=Integer(uncoded), answers=Counted(uncoded, "answer")))
            if len(coded):
                parts.append(_text_rows(coded, survey, q, ids, rows))
            continue
        if q.measure == "text":
            texts = column.astype(object).where(column.notna(), "").astype(str)
            keep = texts.str.strip().ne("").to_numpy()
            kept = texts.to_numpy()[keep]
            valences = _score_texts(kept, language, q.column)
            kind, raw, text = "text", np.full(kept.size, np.nan), kept
        else:
            valences, off_scale = column_valences(column, q.measure, q.low, q.high, q.direction)
            problems += off_scale_problems(survey, q, off_scale, language)
            keep = ~np.isnan(valences)
            valences = valences[keep]
            raw = pd.to_numeric(column, errors="coerce").to_numpy(dtype=float)[keep]
            kind, text = "rating", None
        n = int(keep.sum())
        if not n:
            continue
        frame = dict(kind=constant(kind, n), touchpoint=constant(q.touchpoint, n), stage=constant(q.stage, n),
                     measure=constant(q.measure, n), question=constant(q.column, n), file=constant(survey.file, n),
                     column=constant(q.column, n),
                     respondent=pd.Categorical.from_codes(ids.codes[keep], categories=ids.categories),
                     valence=np.asarray(valences, dtype=float), raw=raw, row=rows[keep])
        if text is not None:
            frame["text"] = pd.Series(text, dtype=object)
        parts.append(pd.DataFrame(frame, copy=False))  # columns it lacks are made once, by concat
    return concat(parts), problems


def _coded_texts(column: pd.Series, touchpoints, language: str, question: str) -> tuple[pd.DataFrame, int]:
    """(position, touchpoint, valence, confidence) per coded touchpoint of each answer to ``question``
    (the column's header); how many answers named none. Each distinct answer is coded once."""
    from ..transcripts.coding import code_texts

    texts = column.astype(object).where(column.notna(), "").astype(str)
    given = np.flatnonzero(texts.str.strip().ne("").to_numpy())
    unique, inverse = np.unique(texts.to_numpy()[given].astype(str), return_inverse=True)
    codes = code_texts(list(unique), touchpoints, language, question) if len(unique) else []
    records = [(int(given[i]), tp, valence, confidence)
               for i, u in enumerate(inverse) for tp, valence, confidence in codes[u]]
    uncoded = sum(1 for u in inverse if not codes[u])
    return pd.DataFrame(records, columns=["position", "touchpoint", "valence", "confidence"]), uncoded


def _text_rows(coded: pd.DataFrame, survey: Survey, q: MappedQuestion, ids: pd.Categorical, rows: np.ndarray):
    from ..evidence import constant

    n, where = len(coded), coded["position"].to_numpy()
    return pd.DataFrame({
        "kind": constant("text", n), "touchpoint": pd.Categorical(coded["touchpoint"]), "stage": constant(None, n),
        "valence": coded["valence"].to_numpy(float), "raw": np.full(n, np.nan), "measure": constant("text", n),
        "question": constant(q.column, n), "respondent": pd.Categorical.from_codes(ids.codes[where],
                                                                                   categories=ids.categories),
        "persona": constant(None, n), "file": constant(survey.file, n), "row": rows[where],
        "column": constant(q.column, n), "text": survey.frame[q.column].to_numpy()[where].astype(object),
        "confidence": coded["confidence"].to_numpy(float)})


def survey_observations(survey: Survey, questions: list[dict], *, respondent_id=None, touchpoints=None,
                        language: str = "en") -> tuple[list[Observation], list[str]]:
    """survey_evidence as Observation objects, for workshop-sized surveys and tests."""
    from ..evidence import observations_from_frame

    frame, problems = survey_evidence(survey, questions, respondent_id=respondent_id, touchpoints=touchpoints,
                                      language=language)
    return observations_from_frame(frame), problems


def off_scale_problems(survey: Survey, q: MappedQuestion, off_scale: np.ndarray, language: str = "en") -> list[str]:
    """One problem line (in ``language``) per answer column_valences could not place on the question's scale."""
    values = survey.frame[q.column].tolist() if off_scale.any() else []
    return [problem(survey.file, language, row=survey.rows[i], column=q.column, key="survey_off_scale",
                    value=values[i], measure=q.measure, low=f"{q.low:g}", high=f"{q.high:g}")
            for i in np.flatnonzero(off_scale)]


def respondents_frame(survey: Survey, respondent_id=None, columns=None) -> pd.DataFrame:
    """The answers (only ``columns`` when given) indexed by respondent id (as text), for building personas."""
    frame = survey.frame[list(columns)].copy() if columns is not None else survey.frame.copy()
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
            first = phrase("err_respondent_id_first", row=seen[respondent]) if respondent in seen else ""
            raise InputError(survey.path, row=row, column=column, key="err_respondent_id", id=respondent,
                             first=first)
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
    raise InputError("kit.yaml", column=entry.get("column"), key="err_needs_scale", column_name=entry.get("column"))


def _score_texts(texts, language: str, question: str) -> np.ndarray:
    """Sentiment of each open answer to ``question`` (the column's header: "What should we improve?" makes
    its answers wishes); each distinct text is scored once (exports repeat a lot)."""
    if len(texts) == 0:
        return np.zeros(0)
    from ..sentiment import score_texts  # loaded on first use: the scorer's lexicons are heavy

    unique, inverse = np.unique(np.asarray(texts, dtype=object).astype(str), return_inverse=True)
    return np.asarray(score_texts(list(unique), language, question), dtype=float)[inverse]


def _id_text(value) -> str:
    if is_blank(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
