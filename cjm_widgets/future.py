"""The future state: where each touchpoint should be, the gap to it, opportunities ranked, ROI.

Targets and ROI inputs are workshop judgements and team estimates, never measurements; every
result here says so. When the team set no target for a touchpoint, one is derived (a judgement
too): today's score plus the expected effects of the opportunities linked to the touchpoint
whose KPI is its emotion score (``kpi`` "score"), kept within -2..+2.
"""
from __future__ import annotations

from typing import Optional

from .labels import phrase
from .model import Journey, Opportunity, Touchpoint

EMOTION_KPIS = ("score", "emotion", "emotion score")
LOW, HIGH = -2.0, 2.0


def target_of(journey: Journey, touchpoint: Touchpoint, score: Optional[float]) -> tuple[Optional[float], str]:
    """(target, where it comes from): the team's, or derived from linked opportunities, or none."""
    if touchpoint.target is not None:
        return touchpoint.target, "set by the team"
    linked = derived_from(journey, touchpoint)
    if not linked or score is None:
        return None, ""
    target = min(HIGH, max(LOW, score + sum(op.effect for op in linked)))
    return target, "derived: score + expected effects of " + ", ".join(op.id for op in linked)


def derived_from(journey: Journey, touchpoint: Touchpoint) -> list[Opportunity]:
    """The opportunities a derived target adds up: linked to the touchpoint, on its emotion score,
    with an expected effect."""
    return [op for op in journey.opportunities if op.touchpoint == touchpoint.id
            and op.kpi.strip().lower() in EMOTION_KPIS and op.effect is not None]


def gaps(journey: Journey, persona: Optional[str] = None) -> dict:
    """Gap (target − score) per touchpoint, and per stage the reach × importance weighted mean of
    its touchpoints' gaps (the weighting of stage scores). ``persona`` uses that persona's scores."""
    touchpoints = []
    for tp in journey.touchpoints:
        score = journey.score_of(tp.id, persona)
        value = score.value if score else None
        target, source = target_of(journey, tp, value)
        reason = (phrase("gap_no_target") if target is None and value is not None
                  else phrase("gap_no_evidence") if value is None else None)
        touchpoints.append({"touchpoint": tp.id, "name": tp.name, "stage": tp.stage, "score": value,
                            "target": target, "target_source": source, "judgement": target is not None,
                            "derived_from": [] if tp.target is not None or target is None
                            else [op.title for op in derived_from(journey, tp)],
                            "gap": None if reason else target - value, "reason": reason})
    by_id = {tp.id: tp for tp in journey.touchpoints}
    stages = []
    for stage in journey.stages:
        rows = [r for r in touchpoints if r["stage"] == stage.id and r["gap"] is not None]
        weights = [by_id[r["touchpoint"]].reach * by_id[r["touchpoint"]].importance for r in rows]
        gap = sum(w * r["gap"] for w, r in zip(weights, rows)) / sum(weights) if sum(weights) > 0 else None
        stages.append({"stage": stage.id, "name": stage.name, "gap": gap, "touchpoints": len(rows),
                       "reason": None if gap is not None else phrase("gap_no_pair")})
    return {"touchpoints": touchpoints, "stages": stages}


def rank_opportunities(journey: Journey) -> list[dict]:
    """Opportunities by priority = gap × importance × reach ÷ effort, highest first; those that
    cannot be ranked (no gap, no effort) last, with the reason. A stage-level opportunity uses
    the stage's gap and the mean importance and reach of its touchpoints."""
    found = gaps(journey)
    tp_gap = {r["touchpoint"]: r for r in found["touchpoints"]}
    stage_gap = {r["stage"]: r for r in found["stages"]}
    rows = []
    for op in journey.opportunities:
        row = {"opportunity": op.id, "title": op.title, "effort": op.effort, "roi": roi(op)}
        if op.touchpoint in tp_gap:
            tp = journey.touchpoint(op.touchpoint)
            gap, reason, of = tp_gap[op.touchpoint]["gap"], tp_gap[op.touchpoint]["reason"], f"touchpoint {tp.name}"
            importance, reach = tp.importance, tp.reach
        elif op.stage in stage_gap:
            tps = journey.touchpoints_in(op.stage)
            gap, reason = stage_gap[op.stage]["gap"], stage_gap[op.stage]["reason"]
            of = f"stage {journey.stage(op.stage).name}"
            importance = sum(t.importance for t in tps) / len(tps) if tps else None  # no tps: no gap either
            reach = sum(t.reach for t in tps) / len(tps) if tps else None
        else:
            gap, reason, of, importance, reach = None, phrase("rank_unlinked"), "", None, None
        if reason is None and op.effort <= 0:
            reason = phrase("rank_no_effort")
        row.update(gap=gap, gap_of=of, importance=importance, reach=reach, reason=reason,
                   priority=None if reason else gap * importance * reach / op.effort)
        rows.append(row)
    return sorted(rows, key=lambda r: (r["priority"] is None, -(r["priority"] or 0.0)))


def roi(op: Opportunity) -> dict:
    """ROI = (effect × value per unit − cost) / cost, an estimate with its assumptions in words,
    or None with the reason when a team estimate is missing."""
    missing = [name for name, value in (("cost", op.cost), ("expected effect", op.effect),
                                        ("value per unit of effect", op.value_per_effect)) if value is None]
    result = {"value": None, "estimate": True, "assumptions": "", "reason": None, "missing": missing}
    if missing:
        result["reason"] = "no team estimate of " + ", ".join(missing)
        return result
    if op.cost <= 0:
        result["reason"] = f"cost is {op.cost:g}; a ROI needs a cost above 0"
        return result
    gain = op.effect * op.value_per_effect
    result["value"] = (gain - op.cost) / op.cost
    result["assumptions"] = (f"Estimate from the team's guesses: {op.title} costs {op.cost:g}, changes "
                             f"{op.kpi or 'its KPI'} by {op.effect:+g}, each unit worth {op.value_per_effect:g}, "
                             f"so it returns {gain:g} for {op.cost:g}: ROI = ({gain:g} - {op.cost:g}) / {op.cost:g}.")
    return result
