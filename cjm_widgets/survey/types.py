"""What a survey export becomes: a Survey (one row per respondent) and its Questions."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import pandas as pd

QUESTION_TYPES = ("likert", "nps", "csat", "ces", "choice", "multi", "text", "number", "date", "id", "meta")
SCALE_TYPES = ("likert", "nps", "csat", "ces")


@dataclass
class Question:
    """One column of the export, with the type the kit detected and its summary."""

    column: str  # the column id as the user sees it in the export header
    text: str  # the question wording (same as column when the export has one header row)
    type: str  # one of QUESTION_TYPES
    scale: Optional[tuple[float, float]] = None
    labels: dict[str, int] = field(default_factory=dict)  # text answer -> scale point
    options: list[str] = field(default_factory=list)  # ordered choices (answer bins such as age bands)
    n: int = 0  # answers given ("don't know" is not an answer)
    dont_know: int = 0  # "don't know" / "not applicable" answers, left out of n and of every score
    mean: Optional[float] = None  # scales only, native scale
    nps: Optional[float] = None  # NPS questions only, -100..100


@dataclass
class Survey:
    """A survey export read into one row per respondent, with where each row came from."""

    path: Path
    format: str
    encoding: Optional[str]
    delimiter: Optional[str]
    header_rows: int
    frame: pd.DataFrame  # scale answers as numbers, other answers as text
    questions: list[Question]
    rows: list[int]  # 1-based line (CSV) or row (XLSX, SAV case) of each respondent
    problems: list[str] = field(default_factory=list)

    @property
    def file(self) -> str:
        return Path(self.path).name

    def question(self, column: str) -> Question:
        for question in self.questions:
            if question.column == column:
                return question
        raise KeyError(column)
