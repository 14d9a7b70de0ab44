"""The journey as a Mermaid ``journey`` diagram, for wikis and Markdown documents.

Sections are stages, tasks are touchpoints scored 1..5 (the -2..+2 value shifted by 3). Names are
cleaned so no team or respondent text can break the syntax: Mermaid splits on ``:``, ends
statements at newlines and ``;``, starts comments with ``%%`` and entities with ``#``.
"""
from __future__ import annotations

import re

from ..labels import label
from ..model import Journey
from .view import stage_columns

_BREAKING = re.compile(r"[:;#%,\r\n\t{}<>\"`]+")
_KEYWORDS = ("section", "title", "journey", "acctitle", "accdescr")


def mermaid_journey(journey: Journey) -> str:
    """Mermaid text; a touchpoint with no evidence is scored 3 and named "(no evidence)"."""
    lang = journey.language
    lines = ["journey", f"    title {_clean(journey.client or label('map_title', lang))}"]
    for stage, touchpoints in stage_columns(journey):
        if not touchpoints:
            continue
        lines.append(f"    section {_clean(stage.name)}")
        for tp in touchpoints:
            score = journey.score_of(tp.id)
            name = _clean(tp.name)
            if score is None or score.value is None:
                points, name = 3, f"{name} ({label('no_evidence', lang)})"
            else:
                points = int(min(5, max(1, round(score.value + 3))))
            actor = _clean(tp.owner or tp.channel) or "-"
            lines.append(f"      {name}: {points}: {actor}")
    return "\n".join(lines) + "\n"


def _clean(text: str) -> str:
    """One line of plain words: syntax characters become spaces, a leading keyword is defused."""
    words = " ".join(_BREAKING.sub(" ", str(text)).split())
    if words.split(" ", 1)[0].lower() in _KEYWORDS:
        words = "· " + words
    return words or "?"
