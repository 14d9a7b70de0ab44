"""The -2..+2 display scale shared by the figure, the HTML map and the tables.

Tones, colours and number formats live here once so the map, its figure and the spreadsheets
never disagree about what counts as "negative" or how an interval is written.
"""
from __future__ import annotations

from typing import Optional

from ..labels import number, percent

# A score at or beyond +-TONE_EDGE is coloured positive / negative; in between it is neutral.
TONE_EDGE = 0.5

# Fill for markers and cards, and a dark text colour that passes WCAG AA on that fill.
TONE_COLORS = {
    "positive": {"fill": "#2e8b57", "light": "#dff3e6", "text": "#14532d"},
    "neutral": {"fill": "#8a8f98", "light": "#eceff3", "text": "#1f2937"},
    "negative": {"fill": "#c0392b", "light": "#fde4e1", "text": "#7f1d1d"},
    "none": {"fill": "#b8bcc4", "light": "#f6f7f9", "text": "#374151"},
    # a value resting on fewer than min_n observations: shown, but never in a warning or a reward colour
    "insufficient": {"fill": "#a7acb5", "light": "#f1f2f4", "text": "#374151"},
}

# The five faces of the emotional-curve scale, worst to best, with their label keys.
FACES = ((-2, "very_negative"), (-1, "negative"), (0, "neutral"), (1, "positive"), (2, "very_positive"))
FACE_COLORS = ("#c0392b", "#e67e22", "#f1c40f", "#8bc34a", "#2e8b57")


def face_of(valence: float) -> int:
    """The face (-2..+2) an observation's valence (-1..1) falls on: round(2 × valence), as scoring
    counts the faces of the panel's bar chart."""
    return max(-2, min(2, round(2 * valence)))


def face_key(valence: float) -> str:
    """The label key of the face an observation's valence falls on."""
    return dict(FACES)[face_of(valence)]


def tone(value: Optional[float], confidence: Optional[str] = None) -> str:
    """positive / neutral / negative, "none" when there is no evidence, and "insufficient" when
    the value rests on too few observations (its Score's ``confidence``, which scoring decides with
    the client's ``min_n``): one quote must not paint a stage red or green."""
    if value is None:
        return "none"
    if confidence == "insufficient":
        return "insufficient"
    if value >= TONE_EDGE:
        return "positive"
    if value <= -TONE_EDGE:
        return "negative"
    return "neutral"


def fmt_value(value: Optional[float], language: str = "en") -> str:
    """+1.25 / -0.50 / 0.00 on the display scale (−0,50 in pl and ru); empty when there is no value."""
    return number(value, language, signed=True)


def fmt_interval(low: Optional[float], high: Optional[float], language: str = "en") -> str:
    if low is None or high is None:
        return ""
    return f"[{fmt_value(low, language)}; {fmt_value(high, language)}]"


def fmt_percent(share: Optional[float], language: str = "en") -> str:
    return percent(share, language)
