"""Survey ingest: read what survey tools export, and turn answers into observations."""
from __future__ import annotations

from .codebook import Codebook, CodebookQuestion, load_codebook, template_questions
from .inspect import format_inspection, inspect_survey
from .observations import respondents_frame, survey_evidence, survey_observations
from .read import read_survey
from .types import Question, Survey

__all__ = ["Codebook", "CodebookQuestion", "Question", "Survey", "format_inspection", "inspect_survey",
           "load_codebook", "read_survey", "respondents_frame", "survey_evidence", "survey_observations", "template_questions"]
