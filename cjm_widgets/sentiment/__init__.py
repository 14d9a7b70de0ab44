"""Offline text sentiment in [-1, 1] for EN (VADER), PL and RU (the kit's own lexicons)."""
from __future__ import annotations

from .score import LANGUAGES, score_text, score_texts

__all__ = ["LANGUAGES", "score_text", "score_texts"]
