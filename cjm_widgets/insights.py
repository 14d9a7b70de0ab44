"""What the scores mean for the workshop: pain points, moments of truth, importance-performance.

Each finding follows a rule written in docs/scoring.md and tunable in kit.yaml, says in words
which rule flagged it, and keeps the indexes of the observations behind it. The journey must
be scored first (scoring.score_journey); only overall scores (all respondents) are read.
"""
from __future__ import annotations

from typing import Mapping, Optional

import numpy as np

from .labels import count, label, number, percent
from .model import Journey, MomentOfTruth, PainPoint, Score, Touchpoint
from .settings import ScoringSettings

# high importance & low / high performance, then low importance & low / high performance (also label keys)
QUADRANTS = ("concentrate here", "keep up the good work", "low priority", "possible overkill")


def journey_order(journey: Journey) -> list[Touchpoint]:
    """Touchpoints in the order a customer meets them: by stage, then as listed."""
    stage_ids = [s.id for s in journey.stages]
    ordered = [t for sid in stage_ids for t in journey.touchpoints_in(sid)]
    return ordered + [t for t in journey.touchpoints if t.stage not in stage_ids]


def curve(journey: Journey, settings: ScoringSettings) -> list[tuple[Touchpoint, Score]]:
    """The emotional curve: touchpoints in journey order whose score rests on at least min_n observations."""
    points = []
    for tp in journey_order(journey):
        score = journey.score_of(tp.id)
        if score is not None and score.value is not None and score.n >= settings.min_n:
            points.append((tp, score))
    return points


# ---- pain points ------------------------------------------------------------------------------

def find_pain_points(journey: Journey, settings: Optional[ScoringSettings] = None) -> list[PainPoint]:
    """Touchpoints flagged by any pain rule, most urgent first (importance x reach x severity).

    Severity is how far the score sits below the best face: (2 - score) / 4, from 0 to 1.
    """
    settings = settings or ScoringSettings()
    found = []
    previous: Optional[tuple[Touchpoint, Score]] = None
    for tp, score in curve(journey, settings):
        rules = _pain_rules(score, previous, settings, journey.language)
        previous = (tp, score)
        if not rules:
            continue
        severity = (2.0 - score.value) / 4.0
        found.append(PainPoint(touchpoint=tp.id, rule="; ".join(rules), severity=round(severity, 4),
                               rank=round(tp.importance * tp.reach * severity, 4),
                               evidence=_negative_first(score, journey)))
    return sorted(found, key=lambda p: -p.rank)


def _pain_rules(score: Score, previous: Optional[tuple[Touchpoint, Score]],
                settings: ScoringSettings, language: str = "en") -> list[str]:
    """Why the touchpoint is a pain point, one sentence per rule it meets, in the client's language."""
    signed = lambda value: number(value, language, signed=True)
    rules = []
    if score.ci_high < settings.pain_ci_high_below:
        rules.append(label("reason_interval_below", language, low=signed(score.ci_low), high=signed(score.ci_high),
                           limit=signed(settings.pain_ci_high_below)))
    if score.share_negative >= settings.pain_share_negative:
        rules.append(label("reason_share_negative", language, share=percent(score.share_negative, language),
                           observations=count(score.n, "observation", language), n=score.n,
                           rule=percent(settings.pain_share_negative, language)))
    if previous is not None:
        before_tp, before = previous
        drop = before.value - score.value
        if drop >= settings.pain_drop:
            rules.append(label("reason_drop", language, drop=number(drop, language), name=before_tp.name,
                               before=signed(before.value), after=signed(score.value),
                               rule=number(settings.pain_drop, language)))
    return rules


def _negative_first(score: Score, journey: Journey) -> list[int]:
    """The evidence that flags a pain: negative observations, worst first; all of it if none is negative."""
    negative = [i for i in score.evidence if journey.observations[i].valence < 0]
    negative.sort(key=lambda i: journey.observations[i].valence)  # stable: ties keep evidence order
    return negative or list(score.evidence)


# ---- importance -------------------------------------------------------------------------------

def derived_importance(evidence, touchpoints: list[Touchpoint],
                       overall: Optional[Mapping[str, float]]) -> dict[str, tuple[Optional[float], int]]:
    """Per touchpoint: Pearson r of respondents' touchpoint valence with their overall valence, and n.

    ``evidence`` is an evidence frame (cjm_widgets.evidence); a respondent's touchpoint valence is the
    mean of their observations there; only respondents with an overall answer pair up. r is None
    below 3 pairs or when either side does not vary. ``overall`` maps respondent id -> valence (a
    dict, or a pandas Series indexed by id). One pass, whatever the survey's size.
    """
    import pandas as pd

    from .evidence import by_respondent, respondent_means

    result: dict[str, tuple[Optional[float], int]] = {t.id: (None, 0) for t in touchpoints}
    if overall is None or len(overall) == 0 or evidence is None or len(evidence) == 0:
        return result
    overall = overall if isinstance(overall, pd.Series) else pd.Series(overall, dtype=float)
    answer = by_respondent(evidence, overall.astype(float), np.nan).astype(float)
    per_person = respondent_means(evidence, list(result))
    per_person["overall"] = answer[per_person["respondent"].to_numpy()]
    per_person = per_person[per_person["overall"].notna().to_numpy()]
    for touchpoint, pairs in per_person.groupby("touchpoint", sort=False, observed=True):
        xs, ys = pairs["mean"].to_numpy(float), pairs["overall"].to_numpy(float)
        r = None
        if len(xs) >= 3 and xs.std() > 0 and ys.std() > 0:
            r = float(np.corrcoef(xs, ys)[0, 1])
        result[touchpoint] = (r, len(xs))
    return result


def stored_importance(journey: Journey) -> dict[str, tuple[Optional[float], int]]:
    """The derived importance a run computed (``kpis["importance"]``), as derived_importance returns it."""
    found = (journey.kpis or {}).get("importance") or {}
    return {t.id: (found.get(t.id, {}).get("r"), int(found.get(t.id, {}).get("n", 0))) for t in journey.touchpoints}


def _derived(journey: Journey, overall, derived):
    if derived is not None:
        return derived
    if overall is not None and len(overall):
        from .evidence import frame_from_observations

        return derived_importance(frame_from_observations(journey.observations), journey.touchpoints, overall)
    return stored_importance(journey)


def importances(journey: Journey, settings: ScoringSettings, overall: Optional[Mapping[str, float]] = None,
                derived=None) -> tuple[str, dict[str, Optional[float]], dict[str, str]]:
    """The importance each touchpoint gets, by ``settings.importance_source``.

    Returns (source used: "stated" | "derived", touchpoint -> importance, touchpoint -> words).
    "derived" uses the correlation where at least derived_min_n answers pair up (None elsewhere);
    "auto" uses it only when every scored touchpoint has one, so the chart never mixes scales.
    """
    derived = _derived(journey, overall, derived)
    enough = {tp: r for tp, (r, n) in derived.items() if r is not None and n >= settings.derived_min_n}
    source = settings.importance_source
    if source == "auto":
        scored = [t.id for t in journey.touchpoints if (s := journey.score_of(t.id)) and s.value is not None]
        source = "derived" if scored and all(t in enough for t in scored) else "stated"
    if source == "stated":
        return source, {t.id: t.importance for t in journey.touchpoints}, {
            t.id: label("importance_stated", journey.language, value=f"{t.importance:g}") for t in journey.touchpoints}
    words = {tp: label("importance_derived", journey.language, r=number(r, journey.language, signed=True),
                       n=derived[tp][1]) for tp, r in enough.items()}
    return source, {t.id: enough.get(t.id) for t in journey.touchpoints}, words


# ---- moments of truth -------------------------------------------------------------------------

def find_moments_of_truth(journey: Journey, settings: Optional[ScoringSettings] = None, *,
                          overall: Optional[Mapping[str, float]] = None, derived=None) -> list[MomentOfTruth]:
    """High-importance touchpoints, plus the curve's peak, trough and end (peak-end rule), in journey order."""
    settings = settings or ScoringSettings()
    source, importance, words = importances(journey, settings, overall, derived)
    threshold = settings.mot_importance if source == "stated" else settings.mot_correlation
    reasons: dict[str, list[str]] = {}
    language = journey.language
    signed = lambda value: number(value, language, signed=True)
    for tp in journey.touchpoints:
        value = importance.get(tp.id)
        if value is not None and value >= threshold:
            reasons.setdefault(tp.id, []).append(label("mot_high", language, importance=words[tp.id]))
    points = curve(journey, settings)
    if len(points) >= 2:
        peak = max(points, key=lambda p: p[1].value)
        trough = min(points, key=lambda p: p[1].value)
        if peak[1].value > trough[1].value:
            reasons.setdefault(peak[0].id, []).append(label("mot_peak", language, value=signed(peak[1].value)))
            reasons.setdefault(trough[0].id, []).append(label("mot_trough", language, value=signed(trough[1].value)))
    if points:
        end = points[-1]
        reasons.setdefault(end[0].id, []).append(label("mot_end", language, value=signed(end[1].value)))
    return [MomentOfTruth(touchpoint=tp.id, reason="; ".join(reasons[tp.id]))
            for tp in journey_order(journey) if tp.id in reasons]


# ---- importance-performance -------------------------------------------------------------------

def importance_performance(journey: Journey, settings: Optional[ScoringSettings] = None,
                           overall: Optional[Mapping[str, float]] = None, derived=None) -> list[dict]:
    """One row per touchpoint with its importance, performance (score) and quadrant.

    The importance split is the mean importance of the touchpoints that have both numbers (the
    usual data-centred crosshair); the performance split is settings.ipa_performance_split
    (0, the neutral face). A touchpoint lacking either number gets quadrant None.
    """
    settings = settings or ScoringSettings()
    source, importance, _ = importances(journey, settings, overall, derived)
    rows = []
    for tp in journey_order(journey):
        score = journey.score_of(tp.id)
        rows.append({"touchpoint": tp.id, "name": tp.name, "stage": tp.stage,
                     "importance": importance.get(tp.id), "importance_source": source,
                     "performance": None if score is None else score.value,
                     "n": 0 if score is None else score.n,
                     "confidence": "insufficient" if score is None else score.confidence})
    complete = [r for r in rows if r["importance"] is not None and r["performance"] is not None]
    split = float(np.mean([r["importance"] for r in complete])) if complete else None
    for row in rows:
        row["importance_split"] = split
        row["performance_split"] = settings.ipa_performance_split
        row["quadrant"] = None
    for row in complete:
        row["quadrant"] = _quadrant(row, split, settings.ipa_performance_split)
    return rows


def _quadrant(row: dict, importance_split: float, performance_split: float) -> str:
    important = row["importance"] >= importance_split
    good = row["performance"] >= performance_split
    if important:
        return "keep up the good work" if good else "concentrate here"
    return "possible overkill" if good else "low priority"
