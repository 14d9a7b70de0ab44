"""The map's tables for Excel and scripts: touchpoints, scores, pain points, opportunities.

Each table is written as CSV (UTF-8 with BOM, so Excel reads Polish and Russian right) and as a
sheet of one workbook. Respondent and team text is untrusted: a cell that Excel would read as a
formula (starting with = + - @ tab or CR) gets a leading apostrophe; numbers stay numbers.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from ..future import rank_opportunities
from ..labels import label
from ..model import Journey
from .view import pain_counts, stage_name, stage_of, touchpoint_name

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
WORKBOOK = "journey_tables.xlsx"


def guard_cell(value: Any) -> Any:
    """A value safe to put in a spreadsheet cell: formula-like text is prefixed with ``'``."""
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)  # control characters openpyxl refuses
        if value.startswith(FORMULA_STARTS):
            return "'" + value
    return value


def journey_tables(journey: Journey) -> dict[str, list[dict[str, Any]]]:
    """Table name -> rows (dicts with the same keys), before any guarding."""
    return {
        "touchpoints": _touchpoints(journey),
        "scores": _scores(journey),
        "pain_points": _pain_points(journey),
        "opportunities": _opportunities(journey),
    }


def write_tables(journey: Journey, out_dir) -> list[Path]:
    """<table>.csv for each table and one workbook with a sheet each; returns the paths written."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    workbook = Workbook()
    workbook.remove(workbook.active)
    paths = []
    for name, rows in journey_tables(journey).items():
        header = list(rows[0]) if rows else _EMPTY_HEADERS[name]
        guarded = [[guard_cell(row[key]) for key in header] for row in rows]
        path = out / f"{name}.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(guarded)
        paths.append(path)
        sheet = workbook.create_sheet(name)
        sheet.append(header)
        for row in guarded:
            sheet.append(row)
        sheet.freeze_panes = "A2"
    workbook.save(out / WORKBOOK)
    paths.append(out / WORKBOOK)
    return paths


# ---- rows ----------------------------------------------------------------------------------

def _touchpoints(journey):
    pains = {p.touchpoint for p in journey.pain_points}
    moments = {m.touchpoint for m in journey.moments_of_truth}
    rows = []
    for tp in journey.touchpoints:
        score = journey.score_of(tp.id)
        override = journey.override_of(tp.id)
        rows.append({
            "id": tp.id, "name": tp.name, "stage_id": tp.stage, "stage": stage_name(journey, tp.stage),
            "channel": tp.channel, "online": tp.online, "owner": tp.owner, "reach": tp.reach,
            "importance": tp.importance,
            **_score_columns(score, journey.language),
            "override": override.value if override else None,
            "override_reason": override.reason if override else "",
            "pain_point": tp.id in pains, "moment_of_truth": tp.id in moments,
        })
    return rows


def _scores(journey):
    """The scores table of the README contract: level, stage, touchpoint, persona ("all" or a
    persona's name), score (-2..+2, empty without evidence), n, ci_low, ci_high, confidence; last,
    evidence_sampled: how many of the score's rows journey.json keeps for the map (a sample, never n)."""
    personas = {p.id: p.name for p in journey.personas}
    rows = []
    for score in journey.scores:
        stage_id = score.target if score.level == "stage" else stage_of(journey, score.target)
        touchpoint_id = score.target if score.level == "touchpoint" else ""
        columns = _score_columns(score, journey.language)
        rows.append({
            "level": score.level, "stage": stage_id or "", "touchpoint": touchpoint_id,
            "persona": "all" if score.persona is None else personas.get(score.persona, score.persona),
            "score": columns.pop("value"), "n": columns.pop("n"), "ci_low": columns.pop("ci_low"),
            "ci_high": columns.pop("ci_high"), "confidence": columns.pop("confidence"),
            "stage_name": stage_name(journey, stage_id), "touchpoint_name": touchpoint_name(journey, touchpoint_id)
            if touchpoint_id else "", **columns,
            "se": score.se, "worst": touchpoint_name(journey, score.worst), "evidence_sampled": len(score.evidence),
        })
    return rows


def _score_columns(score, language):
    """value is empty (never 0) when there is no evidence; the words say so, in the client's language."""
    return {
        "value": score.value if score else None,
        "evidence": label("no_evidence", language) if score is None or score.value is None else "",
        "n": score.n if score else 0,
        "ci_low": score.ci_low if score else None, "ci_high": score.ci_high if score else None,
        "share_negative": score.share_negative if score else None,
        "confidence": score.confidence if score else "insufficient",
    }


def _pain_points(journey):
    rows = []
    for pain in journey.pain_points:
        sources = [journey.observations[i].source.label(journey.language) for i in pain.evidence
                   if 0 <= i < len(journey.observations)]
        negative_n, n = pain_counts(journey, pain)
        rows.append({
            "touchpoint": pain.touchpoint, "name": touchpoint_name(journey, pain.touchpoint),
            "stage": stage_name(journey, stage_of(journey, pain.touchpoint)), "rule": pain.rule,
            "severity": pain.severity, "rank": pain.rank, "owner": pain.owner, "note": pain.note,
            "votes": journey.votes_on_pain(pain.touchpoint), "n": n, "negative_n": negative_n,
            "evidence_sources": "; ".join(sources),
        })
    return rows


def _opportunities(journey):
    """In the journey's order, with the rank and priority of future.rank_opportunities, the team's
    estimates and the ROI they give (an estimate, its assumptions or why there is none)."""
    ranked = {r["opportunity"]: (rank, r) for rank, r in enumerate(rank_opportunities(journey), start=1)}
    rows = []
    for opp in journey.opportunities:
        rank, found = ranked[opp.id]
        rows.append({
            "id": opp.id, "title": opp.title, "touchpoint": opp.touchpoint or "",
            "touchpoint_name": touchpoint_name(journey, opp.touchpoint),
            "stage": stage_name(journey, opp.stage or stage_of(journey, opp.touchpoint)),
            "impact": opp.impact, "effort": opp.effort, "owner": opp.owner, "kpi": opp.kpi,
            "votes": journey.votes_on_opportunity(opp.id),
            "gap": found["gap"], "priority": found["priority"], "rank": rank if found["priority"] is not None else None,
            "not_ranked_because": found["reason"] or "",
            "cost": opp.cost, "effect": opp.effect, "value_per_effect": opp.value_per_effect,
            "roi_estimate": found["roi"]["value"],
            "roi_assumptions": found["roi"]["assumptions"] or found["roi"]["reason"] or "",
            "implemented": opp.implemented,
        })
    return rows


# Headers for a table with no rows yet, so an empty table still says what it would hold.
_EMPTY_HEADERS = {
    "touchpoints": ["id", "name", "stage_id", "stage", "channel", "online", "owner", "reach", "importance",
                    "value", "evidence", "n", "ci_low", "ci_high", "share_negative", "confidence", "override",
                    "override_reason", "pain_point", "moment_of_truth"],
    "scores": ["level", "stage", "touchpoint", "persona", "score", "n", "ci_low", "ci_high", "confidence",
               "stage_name", "touchpoint_name", "evidence", "share_negative", "se", "worst", "evidence_sampled"],
    "pain_points": ["touchpoint", "name", "stage", "rule", "severity", "rank", "owner", "note", "votes",
                    "n", "negative_n", "evidence_sources"],
    "opportunities": ["id", "title", "touchpoint", "touchpoint_name", "stage", "impact", "effort", "owner",
                      "kpi", "votes", "gap", "priority", "rank", "not_ranked_because", "cost", "effect",
                      "value_per_effect", "roi_estimate", "roi_assumptions", "implemented"],
}
