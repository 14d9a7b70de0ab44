"""Emotion scores for touchpoints and stages, overall and per persona, each with its evidence.

Observations carry a valence in [-1, +1]; a touchpoint's score is their source-weighted mean
with n, a standard error, a 95% t-interval and the share of negative answers. Scores are shown
on the -2..+2 scale of the five faces (valence x 2). A stage's score is the mean of its
touchpoints weighted by reach x importance, plus its worst touchpoint (peak-end). The rules in
words, with every default, are in docs/scoring.md.
"""
from __future__ import annotations

import dataclasses
import math
import warnings
from dataclasses import dataclass
from typing import Iterable, Mapping, Optional, Sequence

from .errors import InputError
from .insights import find_moments_of_truth, find_pain_points
from .model import KINDS, Journey, Observation, Score
from .settings import ScoringSettings

# two-sided 95% quantiles of Student's t, df 1..30 (t_{0.975, df})
_T975 = (12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281,
         2.2010, 2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860,
         2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423)
_Z975 = 1.959963984540054
# widest standard deviation a valence in [-1, 1] can have: stands in for an unknown spread
_UNKNOWN_SD = 1.0


def t_quantile_975(df: float) -> float:
    """t quantile for a two-sided 95% interval; tabled to df 30, Cornish-Fisher beyond.

    Fractional df (from effective sample sizes) interpolate linearly in 1/df, which is close to
    how the quantile really bends; df below 1 use df 1.
    """
    df = max(float(df), 1.0)
    if df > 30:
        z = _Z975
        return (z + (z**3 + z) / (4 * df) + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * df**2)
                + (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / (384 * df**3)
                + (79 * z**9 + 776 * z**7 + 1482 * z**5 - 1920 * z**3 - 945 * z) / (92160 * df**4))
    lo = math.floor(df)
    if lo == df or lo == 30:
        return _T975[lo - 1]
    hi = lo + 1
    frac = (1 / lo - 1 / df) / (1 / lo - 1 / hi)
    return _T975[lo - 1] + frac * (_T975[hi - 1] - _T975[lo - 1])


@dataclass
class Summary:
    """A weighted mean of valences with its spread; the building block of every score."""

    mean: Optional[float]  # valence, -1..1
    n: int
    se: Optional[float]  # valence scale; None when it cannot be known (n < 2)
    df: float
    share_negative: Optional[float]


def summarize(valences: Sequence[float], weights: Sequence[float]) -> Summary:
    """Weighted mean, and a standard error from Kish's effective sample size (sum w)^2 / sum w^2.

    With equal weights this is the textbook s / sqrt(n) with n - 1 degrees of freedom.
    """
    n = len(valences)
    if n == 0:
        return Summary(None, 0, None, 0.0, None)
    total = sum(weights)
    mean = sum(w * v for v, w in zip(valences, weights)) / total
    share_negative = sum(1 for v in valences if v < 0) / n
    n_eff = total**2 / sum(w * w for w in weights)
    if n < 2 or n_eff <= 1:
        return Summary(mean, n, None, 1.0, share_negative)
    spread = sum(w * (v - mean) ** 2 for v, w in zip(valences, weights)) / total
    se = math.sqrt(spread / (n_eff - 1))
    return Summary(mean, n, se, n_eff - 1, share_negative)


def to_display(valence: float) -> float:
    """Valence -1..1 to the five-face scale -2..+2, clipped."""
    return min(2.0, max(-2.0, 2.0 * valence))


def _interval(mean: float, se: Optional[float], df: float) -> tuple[float, float]:
    half = t_quantile_975(df) * (_UNKNOWN_SD if se is None else se)
    return to_display(mean - half), to_display(mean + half)


def _strongest_first(indexes: Iterable[int], journey: Journey, settings: ScoringSettings) -> list[int]:
    """Evidence order: source weight x distance from neutral, the clearest voices first."""
    obs = journey.observations
    return sorted(indexes, key=lambda i: (-settings.weight(obs[i].kind) * abs(obs[i].valence), i))


def _score(target: str, level: str, persona: Optional[str], summary: Summary, evidence: list[int],
           settings: ScoringSettings, worst: Optional[str] = None) -> Score:
    if summary.mean is None:
        return Score(target=target, level=level, value=None, n=0, persona=persona, worst=worst)
    low, high = _interval(summary.mean, summary.se, summary.df)
    return Score(target=target, level=level, value=to_display(summary.mean), n=summary.n,
                 se=None if summary.se is None else 2.0 * summary.se, ci_low=low, ci_high=high,
                 share_negative=summary.share_negative, confidence=settings.confidence(summary.n),
                 persona=persona, worst=worst, evidence=evidence)


def _placed(journey: Journey, settings: ScoringSettings) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Indexes of the weighted observations per touchpoint, and of stage-only ones per stage."""
    by_touchpoint: dict[str, list[int]] = {t.id: [] for t in journey.touchpoints}
    stage_only: dict[str, list[int]] = {s.id: [] for s in journey.stages}
    unplaced = []
    for i, ob in enumerate(journey.observations):
        _check_observation(ob)
        if settings.weight(ob.kind) <= 0:
            continue  # a kind switched off in kit.yaml
        if ob.touchpoint in by_touchpoint:
            by_touchpoint[ob.touchpoint].append(i)
        elif ob.stage in stage_only:
            stage_only[ob.stage].append(i)
        else:
            unplaced.append(i)
    if unplaced:
        first = journey.observations[unplaced[0]]
        warnings.warn(f"{len(unplaced)} observation(s) name no known touchpoint or stage and are not "
                      f"scored, e.g. touchpoint {first.touchpoint!r} from {first.source.label()}.",
                      stacklevel=3)
    return by_touchpoint, stage_only


def _check_observation(ob: Observation) -> None:
    if not isinstance(ob.valence, (int, float)) or not -1.0 <= ob.valence <= 1.0:
        raise InputError(ob.source.file, f"valence {ob.valence!r} is outside -1..+1.", row=ob.source.row,
                         line=ob.source.line, column=ob.source.column,
                         fix="Check the answer scale configured for this question in kit.yaml.")
    if ob.kind not in KINDS:
        raise InputError(ob.source.file, f"unknown observation kind {ob.kind!r}.", row=ob.source.row,
                         line=ob.source.line, fix="Use rating, judgement, quote or text.")


def score_journey(journey: Journey, settings: Optional[ScoringSettings] = None) -> Journey:
    """A copy of ``journey`` whose ``scores`` are recomputed from its observations.

    Touchpoints and stages are scored overall and for every persona (those of the journey and
    any persona id found on observations). Overrides are left beside the scores, not applied.
    """
    settings = settings or ScoringSettings()
    by_touchpoint, stage_only = _placed(journey, settings)
    personas = [p.id for p in journey.personas]
    personas += sorted({ob.persona for ob in journey.observations
                        if ob.persona is not None and ob.persona not in personas})
    scores: list[Score] = []
    for persona in [None, *personas]:
        tp_scores = {}
        for tp in journey.touchpoints:
            indexes = _of_persona(by_touchpoint[tp.id], journey, persona)
            tp_scores[tp.id] = _touchpoint_score(tp.id, persona, indexes, journey, settings)
        scores += tp_scores.values()
        for stage in journey.stages:
            scores.append(_stage_score(stage.id, persona, tp_scores,
                                       _of_persona(stage_only[stage.id], journey, persona), journey, settings))
    return dataclasses.replace(journey, scores=scores)


def _of_persona(indexes: list[int], journey: Journey, persona: Optional[str]) -> list[int]:
    if persona is None:
        return indexes
    return [i for i in indexes if journey.observations[i].persona == persona]


def _summary_of(indexes: list[int], journey: Journey, settings: ScoringSettings) -> Summary:
    obs = [journey.observations[i] for i in indexes]
    return summarize([o.valence for o in obs], [settings.weight(o.kind) for o in obs])


def _touchpoint_score(target: str, persona: Optional[str], indexes: list[int], journey: Journey,
                      settings: ScoringSettings) -> Score:
    summary = _summary_of(indexes, journey, settings)
    return _score(target, "touchpoint", persona, summary, _strongest_first(indexes, journey, settings),
                  settings)


def _stage_score(stage_id: str, persona: Optional[str], tp_scores: dict[str, Score], stage_only: list[int],
                 journey: Journey, settings: ScoringSettings) -> Score:
    """Mean of the stage's scored touchpoints weighted by reach x importance.

    Stage-only observations (no touchpoint named) form one more part, weighted like an average
    touchpoint of the stage (reach 1, the stage's mean importance, 3 when it has none).
    The standard error combines the parts' errors; Welch-Satterthwaite gives the df.
    """
    tps = journey.touchpoints_in(stage_id)
    parts = []  # (weight, Summary)
    evidence: list[int] = []
    scored = [(tp, tp_scores[tp.id]) for tp in tps if tp_scores[tp.id].value is not None]
    for tp, score in scored:
        parts.append((tp.reach * tp.importance, _summary_of(score.evidence, journey, settings)))
        evidence += score.evidence
    if stage_only:
        importance = sum(t.importance for t in tps) / len(tps) if tps else 3.0
        parts.append((importance, _summary_of(stage_only, journey, settings)))
        evidence += stage_only
    worst = min(scored, key=lambda item: item[1].value)[0].id if scored else None
    if not parts:
        return Score(target=stage_id, level="stage", value=None, n=0, persona=persona)
    total = sum(w for w, _ in parts)
    if total <= 0:  # every reach is 0: fall back to equal weights rather than divide by zero
        parts = [(1.0, s) for _, s in parts]
        total = float(len(parts))
    mean = sum(w * s.mean for w, s in parts) / total
    variances = [((w / total) ** 2 * (_UNKNOWN_SD**2 if s.se is None else s.se**2), s.df) for w, s in parts]
    var = sum(v for v, _ in variances)
    denominator = sum(v * v / df for v, df in variances)
    df = var * var / denominator if denominator > 0 else 1.0
    n = sum(s.n for _, s in parts)
    negatives = sum(1 for i in evidence if journey.observations[i].valence < 0)
    # one part of unknown spread: the stage's spread is unknown too (its interval spans the scale)
    se = None if len(parts) == 1 and parts[0][1].se is None else math.sqrt(var)
    summary = Summary(mean, n, se, df, negatives / n)
    return _score(stage_id, "stage", persona, summary, _strongest_first(evidence, journey, settings),
                  settings, worst=worst)


def score_all(journey: Journey, settings: Optional[ScoringSettings] = None,
              overall: Optional[Mapping[str, float]] = None) -> Journey:
    """Scores, pain points and moments of truth in one call; overrides, opportunities and votes stay.

    ``overall`` maps respondent id -> overall satisfaction/NPS valence, for derived importance.
    Pain points the team already curated keep their owner and note when flagged again.
    """
    settings = settings or ScoringSettings()
    scored = score_journey(journey, settings)
    curated = {p.touchpoint: p for p in journey.pain_points}
    pains = [dataclasses.replace(p, owner=curated[p.touchpoint].owner, note=curated[p.touchpoint].note)
             if p.touchpoint in curated else p for p in find_pain_points(scored, settings)]
    return dataclasses.replace(scored, pain_points=pains,
                               moments_of_truth=find_moments_of_truth(scored, settings, overall=overall))
