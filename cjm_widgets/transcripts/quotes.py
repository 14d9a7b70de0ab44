"""The quote bank: the strongest positive and negative quotes per touchpoint or per persona,
for the map's evidence panels and the persona cards; and the order the team reviews quotes in."""
from __future__ import annotations

from ..model import Observation

QUOTE_KINDS = ("quote", "text")  # interview quotes and survey open-text answers


def quote_bank(observations: list[Observation], *, by: str = "touchpoint",
               k: int = 3) -> dict[str, dict[str, list[Observation]]]:
    """{key: {"positive": [...], "negative": [...]}}, at most k each, strongest first.
    Only observations with text count; a quote with valence 0 is neither; the same text is
    shown once per key (a quote coded twice for one touchpoint is one quote). Strength is the
    valence weighed by the coder's confidence, so a quote only the question tied to the
    touchpoint comes after one that names it."""
    if by not in ("touchpoint", "persona"):
        raise ValueError(f"by must be 'touchpoint' or 'persona', not {by!r}")
    groups: dict[str, list[Observation]] = {}
    for obs in observations:
        key = getattr(obs, by)
        if key is not None and obs.kind in QUOTE_KINDS and obs.text.strip():
            groups.setdefault(key, []).append(obs)
    bank = {}
    for key, items in groups.items():
        ranked = sorted(items, key=_strength)
        bank[key] = {"positive": _distinct((o for o in reversed(ranked) if o.valence > 0), k),
                     "negative": _distinct((o for o in ranked if o.valence < 0), k)}
    return bank


def _distinct(observations, k: int) -> list[Observation]:
    chosen, seen = [], set()
    for obs in observations:
        if obs.text not in seen and len(chosen) < k:
            seen.add(obs.text)
            chosen.append(obs)
    return chosen


def _strength(observation: Observation) -> float:
    return observation.valence * (1.0 if observation.confidence is None else observation.confidence)


def review_order(quotes: list[Observation]) -> list[Observation]:
    """Quotes in the order the team reviews them: the coder's least sure first (no confidence
    counts as none), ties by file and line (or cue time)."""
    def order(o: Observation):
        line = o.source.line
        return (0.0 if o.confidence is None else o.confidence, o.source.file,
                line is None, line or 0, o.source.time or "")
    return sorted(quotes, key=order)
