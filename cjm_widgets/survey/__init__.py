"""Survey ingest: read what survey tools export, and turn answers into observations."""
from __future__ import annotations

from .read import read_survey
from .types import Question, Survey

__all__ = ["Question", "Survey", "read_survey"]
