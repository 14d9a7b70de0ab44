"""Offline text sentiment in [-1, 1] for EN (VADER), PL and RU (the kit's own lexicons), checked by a
small learned model (reading.py)."""
from __future__ import annotations

from .reading import score_text, score_texts
from .score import LANGUAGES

__all__ = ["LANGUAGES", "score_text", "score_texts"]
