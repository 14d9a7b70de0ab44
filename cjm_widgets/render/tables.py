"""The map's tables for Excel and scripts: touchpoints, scores, pain points, opportunities.

Each table is written as CSV (UTF-8 with BOM, so Excel reads Polish and Russian right) for scripts:
the README's column names, codes (``reliable``, ``touchpoint``, ``True``) and dot decimals. The
same tables make one workbook for the consultants who open it: its sheet names, headers and word
values (confidence, level, channel, yes/no) are in the client's language, its numbers numbers.
Respondent and team text is untrusted: a text cell that Excel would read as a formula (starting
with = + - @ tab or CR) gets a leading apostrophe, in the CSVs and on every sheet.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from ..future import rank_opportunities
from ..labels import channel_name, label, said
from ..model import Journey
from .view import pain_counts, roi_view, stage_name, stage_of, touchpoint_name

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
WORKBOOK = "journey_tables.xlsx"
ALL = "all"  # the scores' persona column for all respondents


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
        path = out / f"{name}.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows([guard_cell(row[key]) for key in header] for row in rows)
        paths.append(path)
        _add_sheet(workbook, name, header, rows, journey.language)
    workbook.save(out / WORKBOOK)
    paths.append(out / WORKBOOK)
    return paths


# ---- the workbook, for people ------------------------------------------------------------------

SHEETS = {"touchpoints": "touchpoints", "scores": "sheet_scores", "pain_points": "pain_points",
          "opportunities": "opportunities"}

# Each column's header on the sheets (a label key); the CSVs keep the column names.
HEADERS = {
    "id": "sheet_touchpoint_id", "name": "touchpoint", "stage_id": "sheet_stage_id", "stage": "stage",
    "stage_name": "stage", "touchpoint": "sheet_touchpoint_id", "touchpoint_name": "touchpoint",
    "channel": "channel", "online": "col_online", "owner": "owner", "reach": "col_reach", "importance": "importance",
    "value": "sheet_score", "score": "sheet_score", "evidence": "evidence", "n": "col_observations",
    "ci_low": "sheet_ci_low", "ci_high": "sheet_ci_high", "share_negative": "sheet_share_negative",
    "confidence": "sheet_confidence", "override": "sheet_override", "override_reason": "sheet_override_reason",
    "pain_point": "sheet_pain_point", "moment_of_truth": "sheet_moment_of_truth", "level": "sheet_level",
    "persona": "persona", "se": "sheet_se", "worst": "sheet_worst", "evidence_sampled": "sheet_evidence_sampled",
    "rule": "rule", "severity": "severity", "rank": "sheet_rank", "note": "note", "votes": "votes",
    "negative_n": "sheet_negative_n", "evidence_sources": "sheet_evidence_sources", "title": "sheet_opportunity",
    "impact": "impact", "effort": "effort", "kpi": "kpi", "gap": "gap", "priority": "priority",
    "not_ranked_because": "sheet_not_ranked_because", "cost": "cost", "effect": "expected_effect",
    "value_per_effect": "value_per_effect", "roi_estimate": "roi", "roi_assumptions": "sheet_roi_assumptions",
    "implemented": "implemented",
}
_TABLE_HEADERS = {("scores", "stage"): "sheet_stage_id", ("opportunities", "id"): "sheet_opportunity_id"}
# How the sheets show numbers (Excel writes the client's decimal comma itself): shares 0..1 as
# percentages, scores and their intervals with two decimals as the map does.
NUMBER_FORMATS = {"reach": "0%", "share_negative": "0%", "value": "0.00", "score": "0.00", "ci_low": "0.00",
                  "ci_high": "0.00", "se": "0.00", "gap": "0.00", "severity": "0.00", "priority": "0.00"}


def _add_sheet(workbook, table: str, header: list[str], rows: list[dict], language: str) -> None:
    """The table as a sheet for people: its name, headers and word values in ``language``, numbers in
    NUMBER_FORMATS, every text cell guarded."""
    sheet = workbook.create_sheet(label(SHEETS[table], language))
    sheet.append([guard_cell(label(_header_key(table, key), language)) for key in header])
    for row in rows:
        sheet.append([guard_cell(for_people(key, row[key], language)) for key in header])
    for column, key in enumerate(header, start=1):
        if key in NUMBER_FORMATS:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
                cell.number_format = NUMBER_FORMATS[key]
    sheet.freeze_panes = "A2"


def _header_key(table: str, column: str) -> str:
    """The label key of a column's header: the same word for the same column in every sheet, but
    the scores' ``stage`` is an id (its name is ``stage_name``) and the opportunities' ``id`` theirs."""
    return _TABLE_HEADERS.get((table, column), HEADERS[column])


def for_people(column: str, value: Any, language: str) -> Any:
    """A cell as the workbook shows it: codes as words of the client's language ("wiarygodne",
    "Punkt styku", "kurier", "tak"), the persona "all" as all respondents; numbers and text as they are."""
    if column == "online":
        return label("online" if value else "offline", language)
    if isinstance(value, bool):
        return label("yes" if value else "no", language)
    if not isinstance(value, str) or not value:
        return value
    if column in ("confidence", "level"):
        return label(value, language)
    if column == "channel":
        return channel_name(value, language)
    if column == "persona" and value == ALL:
        return label("all_respondents", language)
    return value


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
            "persona": ALL if score.persona is None else personas.get(score.persona, score.persona),
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
    estimates and the ROI they give (an estimate, its assumptions or why there is none, in the
    client's words as the map says them)."""
    ranked = {r["opportunity"]: (rank, r) for rank, r in enumerate(rank_opportunities(journey), start=1)}
    rows = []
    for opp in journey.opportunities:
        rank, found = ranked[opp.id]
        shown = roi_view(opp, journey.language)
        rows.append({
            "id": opp.id, "title": opp.title, "touchpoint": opp.touchpoint or "",
            "touchpoint_name": touchpoint_name(journey, opp.touchpoint),
            "stage": stage_name(journey, opp.stage or stage_of(journey, opp.touchpoint)),
            "impact": opp.impact, "effort": opp.effort, "owner": opp.owner, "kpi": opp.kpi,
            "votes": journey.votes_on_opportunity(opp.id),
            "gap": found["gap"], "priority": found["priority"], "rank": rank if found["priority"] is not None else None,
            "not_ranked_because": said(found["reason"], journey.language) or "",
            "cost": opp.cost, "effect": opp.effect, "value_per_effect": opp.value_per_effect,
            "roi_estimate": found["roi"]["value"],
            "roi_assumptions": shown["assumptions"] or shown["reason"],
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
