"""Codebooks: the kit's own questionnaires and interview guides (survey_templates/*.yaml).

A codebook says, per question, its wording in EN/PL/RU, type, scale, direction, and the stage
and touchpoint it measures. An export of a template therefore maps itself: a column whose
header is a template question's wording (any language, any punctuation) is that question.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Optional

from ..config import MAPPED_TYPES, read_yaml
from ..errors import InputError
from .types import Survey

TEMPLATES = Path(resources.files("cjm_widgets.survey_templates"))  # survey_templates/ of the layout, as package data
TYPES = ("likert", "nps", "csat", "ces", "choice", "multi", "text", "number")


@dataclass
class CodebookQuestion:
    id: str
    text: dict[str, str]  # language -> wording
    type: str
    stage: Optional[str] = None
    touchpoint: Optional[str] = None
    scale: Optional[int] = None  # points of a likert/csat/ces scale
    direction: str = "higher_is_better"
    options: dict[str, list[str]] = field(default_factory=dict)  # language -> choices
    keywords: dict[str, list[str]] = field(default_factory=dict)  # language -> words for coding quotes


@dataclass
class Codebook:
    id: str
    kind: str  # "survey" | "interview"
    stage_model: str
    title: dict[str, str]
    questions: list[CodebookQuestion]
    touchpoints: list[dict] = field(default_factory=list)  # id, stage, channel, name per language
    path: Optional[Path] = None


def available_codebooks() -> list[str]:
    return sorted(p.stem for p in TEMPLATES.glob("*.yaml"))


def load_codebook(name_or_path) -> Codebook:
    """A template by name (see available_codebooks()) or any codebook YAML file."""
    path = Path(name_or_path)
    if not path.suffix:
        path = TEMPLATES / f"{name_or_path}.yaml"
    if not path.is_file():
        raise InputError(path, key="codebook_missing", names=", ".join(available_codebooks()))
    data = read_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("questions"), list):
        raise InputError(path, key="codebook_no_questions")
    questions = [_question(path, i, q) for i, q in enumerate(data["questions"], start=1)]
    return Codebook(id=str(data.get("id", path.stem)), kind=str(data.get("kind", "survey")),
                    stage_model=str(data.get("stage_model", "aidp")), title=dict(data.get("title") or {}),
                    questions=questions, touchpoints=list(data.get("touchpoints") or []), path=path)


def _question(path: Path, number: int, raw) -> CodebookQuestion:
    where = f"questions[{number}]"
    if not isinstance(raw, dict) or not raw.get("id") or not isinstance(raw.get("text"), dict):
        raise InputError(path, key="codebook_question", column=where, where=where)
    if raw.get("type") not in TYPES:
        raise InputError(path, key="codebook_type", column=where, where=where, id=raw["id"], type=raw.get("type"),
                         types=", ".join(TYPES))
    fields = {k: raw[k] for k in ("stage", "touchpoint", "scale", "direction", "options", "keywords") if k in raw}
    return CodebookQuestion(id=str(raw["id"]), text=dict(raw["text"]), type=raw["type"], **fields)


def _key(text: str) -> str:
    """Wording compared without case, spaces, punctuation or a leading number ('3. ', 'Q3')."""
    text = re.sub(r"^\s*(q?\d+[.):]?\s+)", "", str(text).lower().replace("ё", "е"))
    return re.sub(r"[\W_]+", "", text)


def template_questions(survey: Survey, codebooks: list[str] | None = None) -> list[dict]:
    """The kit.yaml survey.questions mapping for columns that are questions of a kit template."""
    wordings: dict[str, CodebookQuestion] = {}
    for name in codebooks or available_codebooks():
        book = load_codebook(name)
        if book.kind != "survey":
            continue
        for q in book.questions:
            if q.type in MAPPED_TYPES:
                wordings.update({_key(t): q for t in q.text.values() if t})
    mapping = []
    for question in survey.questions:
        found = wordings.get(_key(question.column)) or wordings.get(_key(question.text))
        if found is None:
            continue
        entry = {"column": question.column, "touchpoint": found.touchpoint, "stage": found.stage,
                 "type": found.type, "question": found.id}
        if found.type in ("likert", "csat", "ces"):
            entry["scale"] = found.scale or 5
        if found.type == "ces":
            entry["direction"] = found.direction
        mapping.append(entry)
    return mapping
