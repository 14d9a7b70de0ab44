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
        raise ConfigError(origin, f"`scoring` should be a mapping of settings, found {mapping!r}.",
                          fix="Indent the settings under `scoring:` as `key: value` lines.")
    values: dict[str, Any] = {}
    for key, value in mapping.items():
        if key not in _FIELDS:
            raise ConfigError(origin, f"unknown key `scoring.{key}`.",
                              fix=f"Use one of: {', '.join(_FIELDS)} (see docs/scoring.md).")
        if key == "weights":
            values[key] = _weights(value, origin)
        elif key == "importance_source":
            if value not in IMPORTANCE_SOURCES:
                raise ConfigError(origin, f"`scoring.importance_source` is {value!r}.",
                                  fix=f"Use one of: {', '.join(IMPORTANCE_SOURCES)}.")
            values[key] = value
        else:
            values[key] = _number(key, value, origin)
    settings = ScoringSettings(**values)
    _check(settings, origin)
    return settings


def _weights(value: Any, origin: str) -> dict[str, float]:
    if not isinstance(value, Mapping):
        raise ConfigError(origin, f"`scoring.weights` should map kinds to numbers, found {value!r}.",
                          fix="Write it like `weights: {rating: 1.0, judgement: 1.0, quote: 0.7, text: 0.4}`.")
    weights = _default_weights()
    for kind, weight in value.items():
        if kind not in KINDS:
            raise ConfigError(origin, f"unknown kind `scoring.weights.{kind}`.",
                              fix=f"Use one of: {', '.join(KINDS)}.")
        weights[kind] = _number(f"weights.{kind}", weight, origin)
        if weights[kind] < 0:
            raise ConfigError(origin, f"`scoring.weights.{kind}` is negative ({weight}).",
                              fix="Use 0 to ignore a kind, or a positive weight.")
    if not any(w > 0 for w in weights.values()):
        raise ConfigError(origin, "every `scoring.weights` is 0: nothing would be scored.",
                          fix="Give at least ratings a positive weight.")
    return weights


def _number(key: str, value: Any, origin: str) -> float | int:
    whole = key in _INTS
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    if ok and whole and float(value).is_integer():
        return int(value)
    if ok and not whole:
        return float(value)
    kind = "a whole number" if whole else "a number"
    raise ConfigError(origin, f"`scoring.{key}` should be {kind}, found {value!r}.",
                      fix="Write a plain number, or remove the key to use the default (docs/scoring.md).")


def _check(s: ScoringSettings, origin: str) -> None:
    problems = []
    if s.min_n < 1:
        problems.append(("min_n", "should be at least 1"))
    if s.reliable_n < s.min_n:
        problems.append(("reliable_n", f"should not be below min_n ({s.min_n})"))
    if not 0 < s.pain_share_negative <= 1:
        problems.append(("pain_share_negative", "should be a share between 0 and 1"))
    if s.pain_drop <= 0:
        problems.append(("pain_drop", "should be above 0 (a fall on the -2..+2 scale)"))
    if s.derived_min_n < 3:
        problems.append(("derived_min_n", "should be at least 3 to compute a correlation"))
    if not -1 <= s.mot_correlation <= 1:
        problems.append(("mot_correlation", "should be a correlation between -1 and 1"))
    for key in ("pain_ci_high_below", "ipa_performance_split"):
        if not -2 <= getattr(s, key) <= 2:
            problems.append((key, "should lie on the -2..+2 scale"))
    if problems:
        key, what = problems[0]
        raise ConfigError(origin, f"`scoring.{key}` {what}, found {getattr(s, key)!r}.",
                          fix="Correct it or remove the key to use the default (docs/scoring.md).")
