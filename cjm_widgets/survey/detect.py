"""What kind of question each column holds, and its answers as values the kit can count.

Detection looks at the answers first (text scale labels, numbers, dates, a few repeated
choices) and at the wording only to tell scales apart (NPS "recommend", CES "easy", CSAT
"satisfied"), because numeric columns such as a team size must not become Likert scales.
"""
from __future__ import annotations

import re
from typing import Any

import numpy as np
import pandas as pd

from ..errors import problem
from .formats import meta_type
from .scales import YES_NO, is_missing_label, match_label_scale, norm, nps, ordered_bins, parse_number
from .types import SCALE_TYPES, Question

OTHER = {"other", "other (please specify)", "inne", "inne (jakie?)", "другое", "sonstiges", "andere"}
PLACEHOLDER_DATES = ("1980-01-01 00:00:00", "1980-01-01", "1970-01-01 00:00:00")
_DATE = re.compile(r"^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?( ?[AP]M)?)?( ?UTC|Z)?$",
                   re.I)
_HINTS = [
    ("nps", re.compile(r"recommend|polec|рекоменд|посовету|empfehl|\bnps\b")),
    ("ces", re.compile(r"\beas(y|ier|ily)\b|effort|łatw|wysił|легко|усили|einfach|aufwand")),
    ("csat", re.compile(r"satisf|zadowol|удовлетвор|доволь|zufrieden|\bcsat\b")),
    ("likert", re.compile(r"\brat(e|ing)\b|agree|how (good|well|likely)|\bscale\b|ocen|zgadza|оцен|соглас"
                          r"|bewert|stimme|quality|jakoś|качеств|qualität")),
]
_STATED_SCALE = re.compile(r"\b(0|1)\s*(?:-|–|to|do|до|bis)\s*(5|7|10)\b")


def hint(text: str) -> str | None:
    key = norm(text)
    for measure, pattern in _HINTS:
        if pattern.search(key):
            return measure
    return None


def build_question(column: str, text: str, values: list[str], rows: list[int], fmt: str,
                   file: str, language: str = "en") -> tuple[Question, list, list[str]]:
    """(question, converted values, problems in ``language``) for one column's raw answers.

    "Don't know / not applicable" answers are no answer: counted in ``dont_know``, never scored.
    """
    kind = meta_type(column) or meta_type(text)
    stripped = [v.strip() for v in values]
    present = [v for v in stripped if v]
    if kind is None and present and sum(bool(_DATE.match(v)) for v in present) >= 0.9 * len(present):
        kind = "date"
    if kind in ("id", "meta", "date"):
        question, cells = meta_question(column, text, pd.Series(stripped, dtype=object), kind)
        return question, cells.tolist(), []
    answers = [v for v in present if not is_missing_label(v)]
    question, converted, problems = _answers_question(column, text, values, answers, rows, fmt, file, language)
    question.dont_know = len(present) - len(answers)
    return question, converted, problems


def _answers_question(column, text, values, answers, rows, fmt, file, language):
    labelled = match_label_scale(answers) if any(parse_number(a) is None for a in answers) else None
    if labelled and (len(set(labelled[2].values())) >= 2 or hint(text)):  # one lone "good" is a comment
        measure, points, labels = labelled
        stated = hint(text)
        measure = stated if measure == "likert" and stated in ("csat", "ces") else measure
        question = Question(column, text, measure, scale=(1, points), labels=labels)
        numbers = [None if is_missing_label(v) else labels.get(v.strip()) for v in values]
        return _summarise(question, numbers), numbers, []
    bins = ordered_bins(answers)
    if bins:
        question = Question(column, text, "choice", n=len(answers), options=bins)
        return question, [None if not v.strip() or is_missing_label(v) else v.strip() for v in values], []
    numbers = [parse_number(v) for v in answers]
    if answers and sum(n is not None for n in numbers) >= 0.75 * len(answers):
        return _numeric(column, text, values, rows, fmt, file, language)
    question = Question(column, text, _categorical(column, text, answers), n=len(answers))
    return question, [None if not v.strip() or is_missing_label(v) else v.strip() for v in values], []


def meta_question(column: str, text: str, cells: pd.Series, kind: str, *,
                  strip: bool = True) -> tuple[Question, pd.Series]:
    """An id, timestamp or other tool-added column, a whole column at once: blanks (and
    placeholder dates such as LimeSurvey's 1980-01-01) become None. ``strip=False`` when the
    reader knows no cell has surrounding white space (stripping a million cells costs a second)."""
    stripped = cells.fillna("").astype(str)
    if strip:
        stripped = stripped.str.strip()
    keep = stripped.ne("")
    if kind == "date":
        keep &= ~stripped.isin(PLACEHOLDER_DATES)
    return Question(column, text, kind, n=int(keep.sum())), stripped.where(keep, None)


def _numeric(column, text, values, rows, fmt, file, language):
    parsed, problems = [], []
    for raw, row in zip(values, rows):
        value = None if not raw.strip() or is_missing_label(raw) else parse_number(raw)
        if raw.strip() and not is_missing_label(raw) and value is None:
            problems.append(_problem(file, language, row, column, "survey_not_a_number", raw))
        parsed.append(value)
    question, converted, more = numeric_question(column, text, np.array(parsed, dtype=float), rows, fmt, file,
                                                 raw=values, language=language)
    return question, converted, problems + more


def numeric_question(column: str, text: str, numbers: np.ndarray, rows, fmt: str, file: str,
                     raw=None, language: str = "en") -> tuple[Question, Any, list[str]]:
    """(question, values, problems) for a column of numbers (NaN = no answer), whole-column at once.

    The type follows the wording and the range: NPS 0..10, a stated or implied 1..5/7/10 scale,
    Qualtrics choice codes, or a plain number. Answers outside a scale are listed and left out.
    ``raw`` holds the cells as written, for the problem lines (else the numbers are shown).
    """
    present = numbers[~np.isnan(numbers)]
    whole = bool(np.all(present == np.floor(present)))
    low, high = (float(present.min()), float(present.max())) if present.size else (0.0, 0.0)
    measure = hint(text)
    stated = _STATED_SCALE.search(norm(text))
    if whole and measure == "nps" and low >= 0 and high <= 10:
        question = Question(column, text, "nps", scale=(0, 10))
    elif whole and (measure or stated) and low >= 0 and high <= 10:
        top = int(stated.group(2)) if stated else next(k for k in (5, 7, 10) if high <= k)
        bottom = int(stated.group(1)) if stated else 1
        question = Question(column, text, measure or "likert", scale=(bottom, top))
    elif whole and fmt == "qualtrics" and re.match(r"Q\d", column) and high <= 20:
        question = Question(column, text, "choice")  # Qualtrics exports choices as their codes
    else:
        question = Question(column, text, "number")
    problems = []
    if question.scale and (low < question.scale[0] or high > question.scale[1]):  # only then look cell by cell
        outside = ~np.isnan(numbers) & ((numbers < question.scale[0]) | (numbers > question.scale[1]))
        for i in np.flatnonzero(outside):
            shown = raw[i] if raw is not None else f"{numbers[i]:g}"
            problems.append(_problem(file, language, rows[i], column, "survey_outside_scale", shown,
                                     low=f"{question.scale[0]:g}", high=f"{question.scale[1]:g}"))
        numbers = np.where(outside, np.nan, numbers)
        present = numbers[~np.isnan(numbers)]
    if question.type == "choice":
        converted = [None if np.isnan(v) else f"{v:g}" for v in numbers]
        question.n = sum(v is not None for v in converted)
        return question, converted, problems
    return _summarise(question, present), numbers, problems


def _summarise(question: Question, numbers) -> Question:
    """n, mean and NPS of the answers (None or NaN = no answer)."""
    answered = np.asarray(numbers, dtype=float)
    if np.isnan(answered).any():
        answered = answered[~np.isnan(answered)]
    question.n = int(answered.size)
    if answered.size and question.type in SCALE_TYPES:
        question.mean = round(float(answered.mean()), 3)
    if question.type == "nps":
        question.nps = nps(answered)
    return question


def _categorical(column: str, text: str, answers: list[str]) -> str:
    if not answers:
        return "text"
    distinct = {norm(a) for a in answers}
    option = re.search(r"\[([^\]]*)\]\s*(\.\d+)?$|\s-\s(.+)$", column)
    if option and norm(option.group(1) or option.group(3) or "") in OTHER:
        return "text"
    if option and distinct <= (YES_NO | {norm(option.group(1) or option.group(3) or "")}) - {""}:
        return "multi"  # one column per option of a multiple-answer question
    mean_length = sum(len(a) for a in answers) / len(answers)
    if len(distinct) <= 12 and len(distinct) <= len(answers) / 2 and mean_length < 40:
        return "choice"
    return "text"


def _problem(file, language, row, column, key, raw, **params) -> str:
    return problem(file, language, row=row, column=column, key=key, fix_key="survey_cell_fix", raw=raw.strip(),
                   **params)
