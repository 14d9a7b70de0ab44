"""read_survey: any supported export -> Survey (one row per respondent, typed questions)."""
from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pandas as pd

from ..errors import InputError, problem
from .bulk_csv import read_bulk_csv
from .detect import build_question, meta_question, numeric_question
from .formats import detect_header, meta_type
from .tables import read_table
from .types import Survey

NUMERIC = ("likert", "nps", "csat", "ces", "number")


def read_survey(path, *, sheet=None, language: str = "en") -> Survey:
    """Read a survey export as the tool wrote it; bad rows go to ``problems`` (said in
    ``language``), good rows stay."""
    path = Path(path)
    bulk = read_bulk_csv(path)
    if bulk is not None:
        return _bulk_survey(path, bulk, language)
    table = read_table(path, sheet, language=language)
    if not table.records:
        raise InputError(path, key="survey_no_rows")
    header = detect_header(table.records, spss_labels=table.labels or None)
    width = len(header.columns)
    problems = list(table.problems)
    good: list[tuple[int, list[str]]] = []
    for number, cells in table.records[header.header_rows:]:
        while len(cells) > width and not cells[-1].strip():
            cells = cells[:-1]  # Excel pads rows with trailing delimiters
        if len(cells) != width:
            problems.append(problem(path.name, language, row=number, key="survey_row_width", cells=len(cells),
                                    width=width))
            continue
        good.append((number, cells))
    body_count = len(table.records) - header.header_rows
    if body_count and not good:
        raise InputError(path, row=table.records[-1][0], key="survey_no_full_row", width=width)
    rows = [number for number, _ in good]
    data, questions = {}, []
    for i, (column, text) in enumerate(zip(header.columns, header.texts)):
        question, values, column_problems = build_question(
            column, text, [cells[i] for _, cells in good], rows, header.format, path.name, language)
        data[column] = values
        questions.append(question)
        problems.extend(column_problems)
    return _survey(path, table.encoding, table.delimiter, header, data, questions, rows, problems)


def _bulk_survey(path: Path, bulk, language: str) -> Survey:
    """Columns pandas parsed as numbers are typed whole-column; the rest cell by cell as usual.

    Columns are typed side by side in threads: the numpy work releases the GIL.
    """
    frame = bulk.frame

    def typed(column_and_text):
        column, text = column_and_text
        cells = frame[column]
        kind = meta_type(column) or meta_type(text)
        if cells.dtype.kind in "fiu":
            return numeric_question(column, text, cells.to_numpy(dtype=float), bulk.rows, bulk.header.format,
                                    path.name, language=language)
        if kind in ("id", "meta", "date"):
            return (*meta_question(column, text, cells, kind, strip=False), [])
        return build_question(column, text, cells.fillna("").astype(str).tolist(), bulk.rows,
                              bulk.header.format, path.name, language)

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        results = list(pool.map(typed, zip(bulk.header.columns, bulk.header.texts)))
    questions, problems = [], []
    for column, (question, values, column_problems) in zip(bulk.header.columns, results):
        if column_problems or frame[column].dtype.kind != "f" or question.type not in NUMERIC:
            frame[column] = pd.to_numeric(values, errors="coerce") if question.type in NUMERIC else values
        questions.append(question)
        problems.extend(column_problems)
    return Survey(path=path, format=bulk.header.format, encoding=bulk.encoding, delimiter=bulk.delimiter,
                  header_rows=bulk.header.header_rows, frame=frame, questions=questions, rows=bulk.rows,
                  problems=problems)


def _survey(path, encoding, delimiter, header, data, questions, rows, problems) -> Survey:
    frame = pd.DataFrame(data, columns=header.columns)
    for question in questions:
        if question.type in NUMERIC and frame[question.column].dtype.kind != "f":
            frame[question.column] = pd.to_numeric(frame[question.column], errors="coerce")
    return Survey(path=path, format=header.format, encoding=encoding, delimiter=delimiter,
                  header_rows=header.header_rows, frame=frame, questions=questions, rows=rows,
                  problems=problems)
