"""Personas from data: segment respondents, describe each segment, render cards, keep team edits."""
from __future__ import annotations

from .cards import persona_cards_html
from .describe import distinguishing_answers
from .export import personas_json
from .propose import assign_personas, persona_id, propose_personas
from .reconcile import reconcile
from .segment import segment_clusters, segment_rules

__all__ = ["segment_rules", "segment_clusters", "distinguishing_answers", "propose_personas", "assign_personas",
           "persona_id", "reconcile", "persona_cards_html", "personas_json"]
