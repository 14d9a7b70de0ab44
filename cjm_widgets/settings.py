"""Scoring settings: every number the scoring rules use, with documented defaults.

They come from the ``scoring:`` mapping of kit.yaml, so a consultant can tune a client's rules
without touching code; docs/scoring.md explains each one. Keys are flat on purpose: one level,
one list of names, one clear error for a typo.
"""
from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from typing import Any, Mapping, Optional

from .errors import ConfigError
from .labels import phrase
from .model import KINDS

IMPORTANCE_SOURCES = ("stated", "derived", "auto")


def _default_weights() -> dict[str, float]:
    return {"rating": 1.0, "judgement": 1.0, "quote": 0.7, "text": 0.4}


@dataclass(frozen=True)
class ScoringSettings:
    """The rules' parameters; the defaults are the ones docs/scoring.md documents."""

    # source weight per Observation.kind: ratings and judgements > coded quotes > auto-scored text
    weights: dict[str, float] = field(default_factory=_default_weights)
    min_n: int = 5  # below: "insufficient"; pain-point rules ignore such scores
    reliable_n: int = 30  # from here: "reliable"; between: "indicative"
    # pain-point rules (display scale -2..+2)
    pain_ci_high_below: float = 0.0  # the whole 95% interval lies below this
    pain_share_negative: float = 0.4  # at least this share of observations is negative
    pain_drop: float = 0.75  # the score falls at least this much from the previous touchpoint
    # importance for moments of truth and the importance-performance chart
    importance_source: str = "auto"  # stated | derived | auto
    derived_min_n: int = 30  # paired answers (touchpoint and overall) needed to derive importance
    mot_importance: float = 5.0  # stated importance (1..5) that makes a moment of truth
    mot_correlation: float = 0.5  # derived importance (correlation with overall) that does
    ipa_performance_split: float = 0.0  # scores below it are "low performance" in the chart

    def weight(self, kind: str) -> float:
        return self.weights.get(kind, 0.0)

    def confidence(self, n: int) -> str:
        if n < self.min_n:
            return "insufficient"
        return "indicative" if n < self.reliable_n else "reliable"


_FIELDS = {f.name: f for f in dataclasses.fields(ScoringSettings)}
_INTS = {"min_n", "reliable_n", "derived_min_n"}


def settings_from_config(mapping: Optional[Mapping[str, Any]], origin: str = "kit.yaml") -> ScoringSettings:
    """Build settings from kit.yaml's ``scoring:`` mapping; missing keys keep their defaults."""
    if mapping is None:
        return ScoringSettings()
    if not isinstance(mapping, Mapping):
        raise ConfigError(origin, key="set_not_mapping", value=mapping)
    values: dict[str, Any] = {}
    for key, value in mapping.items():
        if key not in _FIELDS:
            raise ConfigError(origin, key="set_unknown_key", name=key, known=", ".join(_FIELDS))
        if key == "weights":
            values[key] = _weights(value, origin)
        elif key == "importance_source":
            if value not in IMPORTANCE_SOURCES:
                raise ConfigError(origin, key="set_importance_source", value=value, known=", ".join(IMPORTANCE_SOURCES))
            values[key] = value
        else:
            values[key] = _number(key, value, origin)
    settings = ScoringSettings(**values)
    _check(settings, origin)
    return settings


def _weights(value: Any, origin: str) -> dict[str, float]:
    if not isinstance(value, Mapping):
        raise ConfigError(origin, key="set_weights_mapping", value=value)
    weights = _default_weights()
    for kind, weight in value.items():
        if kind not in KINDS:
            raise ConfigError(origin, key="set_unknown_kind", kind=kind, known=", ".join(KINDS))
        weights[kind] = _number(f"weights.{kind}", weight, origin)
        if weights[kind] < 0:
            raise ConfigError(origin, key="set_negative_weight", kind=kind, value=weight)
    if not any(w > 0 for w in weights.values()):
        raise ConfigError(origin, key="set_all_zero")
    return weights


def _number(key: str, value: Any, origin: str) -> float | int:
    whole = key in _INTS
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    if ok and whole and float(value).is_integer():
        return int(value)
    if ok and not whole:
        return float(value)
    raise ConfigError(origin, key="set_whole" if whole else "set_number", name=key, value=value,
                      fix_key="set_number_fix")


def _check(s: ScoringSettings, origin: str) -> None:
    problems = []
    if s.min_n < 1:
        problems.append(("min_n", phrase("set_at_least_1")))
    if s.reliable_n < s.min_n:
        problems.append(("reliable_n", phrase("set_not_below_min_n", min_n=s.min_n)))
    if not 0 < s.pain_share_negative <= 1:
        problems.append(("pain_share_negative", phrase("set_share")))
    if s.pain_drop <= 0:
        problems.append(("pain_drop", phrase("set_above_0")))
    if s.derived_min_n < 3:
        problems.append(("derived_min_n", phrase("set_at_least_3")))
    if not -1 <= s.mot_correlation <= 1:
        problems.append(("mot_correlation", phrase("set_correlation")))
    for key in ("pain_ci_high_below", "ipa_performance_split"):
        if not -2 <= getattr(s, key) <= 2:
            problems.append((key, phrase("set_on_scale")))
    if problems:
        key, what = problems[0]
        raise ConfigError(origin, key="set_rule", name=key, what=what, value=getattr(s, key))
