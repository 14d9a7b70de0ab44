"""The one-file HTML journey map a client opens offline, prints on A3 and forwards.

The Journey is turned into plain dicts here (what to show, already formatted) and the jinja2
template only lays them out, with autoescape on: every name, quote and note is respondent or
team text and is escaped. The only markup passed through is the figure's SVG, which matplotlib
writes with its text escaped.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

import jinja2
from markupsafe import Markup

from ..commerce import KPI_LANES, lane_of
from ..future import gaps, rank_opportunities
from ..labels import channel_name, count, integer, label, number, percent
from ..model import JUDGEMENT, Journey, Score, source_key
from ..personas.look import persona_colors
from .figure import figure_svg, journey_figure
from .trends import trends_view
from .scale import FACE_COLORS, FACES, TONE_COLORS, face_key, fmt_interval, fmt_percent, fmt_value
from .view import (evidence_quotes, evidence_ratings, face_counts, has_enough_evidence, observation_count,
                   pain_counts_text, roi_view, scored_personas, stage_columns, stage_name, stage_of, tone_of,
                   touchpoint_name, value_of)

_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("cjm_widgets.render", "templates"),
    autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
)


def render_map_html(journey: Journey, *, language: Optional[str] = None,
                    previous: Optional[Journey] = None, trends: Optional[dict] = None) -> str:
    """The whole map as one self-contained HTML document (inline CSS, JS and SVG; no requests).

    ``previous`` is an earlier version of the same journey (e.g. last quarter's map): touchpoint and
    stage scores then show their change since it. ``trends`` is ``history.trends(client_dir)``: with
    two runs or more the map gains a trends section (render never reads the history itself).
    """
    lang = (language or journey.language or "en").lower()
    return _ENV.get_template("journey_map.html.j2").render(
        **map_context(journey, lang, previous, trends), t=lambda key: label(key, lang),
        count=lambda n, noun: count(n, noun, lang), tones=TONE_COLORS)


def write_map(journey: Journey, path, **kw) -> Path:
    """Write ``render_map_html`` to ``path`` (UTF-8) and return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_map_html(journey, **kw), encoding="utf-8")
    return path


# ---- from Journey to what the template shows -------------------------------------------

def map_context(journey: Journey, lang: str, previous: Optional[Journey] = None,
                trends: Optional[dict] = None) -> dict[str, Any]:
    personas = scored_personas(journey)
    future = {key: gaps(journey, key or None) for key in ["", *(p.id for p in personas)]}
    colours = persona_colors(journey.personas)
    filters = [{"id": "", "name": label("all_respondents", lang)}]
    filters += [{"id": p.id, "name": p.name, "color": colours[p.id]} for p in personas]
    pains = {p.touchpoint for p in journey.pain_points}
    columns = []
    for stage, touchpoints in stage_columns(journey):
        stage_score = journey.score_of(stage.id)
        columns.append({
            "id": stage.id, "name": stage.name, "goals": stage.goals, "actions": stage.actions,
            "thoughts": stage.thoughts, "backstage": stage.backstage, "kpis": stage.kpis,
            "score": _score_view(journey, stage_score, "", lang, previous, stage.id, quotes=False),
            "gaps": [_gap_view(_row_of(future[key]["stages"], "stage", stage.id), key, lang) for key in future],
            "worst": _worst_moment(journey, stage_score),
            "touchpoints": [_touchpoint_view(journey, tp, personas, lang, previous, pains, future)
                            for tp in touchpoints],
            "owners": sorted({tp.owner for tp in touchpoints if tp.owner}),
            "pains": [touchpoint_name(journey, p.touchpoint) for p in journey.pain_points
                      if p.touchpoint in {tp.id for tp in touchpoints}],
            "moments": [touchpoint_name(journey, m.touchpoint) for m in journey.moments_of_truth
                        if m.touchpoint in {tp.id for tp in touchpoints}],
            "opportunities": [o.title for o in journey.opportunities
                              if o.stage == stage.id or o.touchpoint in {tp.id for tp in touchpoints}],
            "funnel": _funnel_row(journey, stage.id),
            "measures": _metrics((journey.kpis.get("by_target") or {}).get(stage.id, {}), lang),
            "commerce": _commerce_lane(journey, stage.id, personas, lang),
        })
    for index, tp in enumerate(tp for column in columns for tp in column["touchpoints"]):
        tp["index"] = index  # ids for aria-controls: touchpoint ids are team text, an index is safe
    return {
        "lang": lang,
        "client": journey.client,
        "n_observations": observation_count(journey),
        "personas": [_persona_view(journey, p, colours[p.id], lang) for p in journey.personas],
        "filters": filters if personas else [],
        "figures": _figures(journey, personas, lang),
        "columns": columns,
        "pain_points": [_pain_view(journey, p, lang) for p in journey.pain_points],
        "moments": [{"touchpoint": touchpoint_name(journey, m.touchpoint),
                     "stage": stage_name(journey, stage_of(journey, m.touchpoint)), "reason": m.reason}
                    for m in journey.moments_of_truth],
        "opportunities": _opportunity_views(journey, lang),
        "funnel": [_funnel_view(journey, row) for row in journey.kpis.get("funnel") or []],
        "metrics": _metrics(journey.kpis, lang),
        "trends": _trends_view(trends, lang),
    }


def _worst_moment(journey, stage_score: Optional[Score]) -> str:
    """The stage's worst touchpoint by name, none when its score rests on too few observations: a
    stage whose touchpoints are all "insufficient" has no worst moment to remember (scoring names
    none since 2026-12-07; a journey saved before may still hold one)."""
    if stage_score is None or not stage_score.worst or not has_enough_evidence(journey.score_of(stage_score.worst)):
        return ""
    return touchpoint_name(journey, stage_score.worst)


def _row_of(rows, key, value):
    """A touchpoint's or stage's row of future.gaps; none for the column of an unknown stage."""
    return next((r for r in rows if r[key] == value), {"gap": None, "target": None, "derived_from": []})


def _gap_view(row: dict, persona_id: str, lang: str) -> dict:
    """Target − today for one touchpoint or stage, and where the target comes from (a judgement)."""
    derived = row.get("derived_from")
    source = (label("target_derived_from", lang, items=", ".join(derived)) if derived
              else label("target_by_team", lang) if row.get("target") is not None else "")
    return {"for": persona_id, "value": fmt_value(row["gap"], lang),
            "target": fmt_value(row.get("target"), lang), "source": source}


def _trends_view(trends: Optional[dict], lang: str) -> Optional[dict]:
    view = trends_view(trends, lang)
    return view and view | {"svg": Markup(view["svg"])}


def _figures(journey, personas, lang):
    """The overall figure plus one per scored persona (the persona filter switches between them).

    The caption gives the persona and what the curve shows, not the section's heading again; the
    alt text, read without the heading, starts with it."""
    figures = []
    for key, persona in [("", None)] + [(p.id, p) for p in personas]:
        fig = journey_figure(journey, persona=key or None, language=lang)
        description = _figure_description(journey, key or None, lang)
        figures.append({"for": key, "svg": Markup(figure_svg(fig, id_prefix=f"cjm-fig{len(figures)}")),
                        "alt": f'{label("emotion_curve", lang)}: {description}',
                        "caption": f"{persona.name} — {description}" if persona else description})
    return figures


def _figure_description(journey, persona, lang):
    """What the curve shows, in words; its lowest and highest points only among touchpoints with
    enough evidence (one answer is no minimum), and none named when no touchpoint has it."""
    scored = [(tp.name, s.value) for tp in journey.touchpoints
              if has_enough_evidence(s := journey.score_of(tp.id, persona))]
    text = label("figure_scope", lang, stages=count(len(journey.stages), "stage", lang),
                 touchpoints=count(len(journey.touchpoints), "touchpoint", lang))
    if scored:
        low = min(scored, key=lambda item: item[1])
        high = max(scored, key=lambda item: item[1])
        text += " " + label("figure_lowest", lang).format(name=low[0], value=fmt_value(low[1], lang))
        text += " " + label("figure_highest", lang).format(name=high[0], value=fmt_value(high[1], lang))
    return text


def _touchpoint_view(journey, tp, personas, lang, previous, pains, future):
    overall = journey.score_of(tp.id)
    views = [_score_view(journey, overall, "", lang, previous, tp.id)]
    views += [_score_view(journey, journey.score_of(tp.id, p.id), p.id, lang, previous, tp.id) for p in personas]
    return {
        "id": tp.id, "name": tp.name, "channel": channel_name(tp.channel, lang), "owner": tp.owner,
        "place": label("online" if tp.online else "offline", lang), "reach": fmt_percent(tp.reach, lang),
        "tone": tone_of(overall), "pain": tp.id in pains,
        "moments": [m.reason for m in journey.moments_of_truth if m.touchpoint == tp.id],
        "scores": views,
        "gaps": [_gap_view(_row_of(future[key]["touchpoints"], "touchpoint", tp.id), key, lang) for key in future],
    }


def _score_view(journey, score: Optional[Score], persona_id, lang, previous, target, quotes=True):
    """One score as the map shows it: value or "no evidence", n, interval, confidence, override, quotes."""
    value = value_of(score)
    override = journey.override_of(target, persona_id or None)
    delta = None
    if previous is not None and value is not None:
        before = value_of(previous.score_of(target, persona_id or None))
        if before is not None and abs(value - before) >= 0.005:  # unchanged scores carry no mark
            delta = fmt_value(value - before, lang)
    shade = tone_of(score)
    return {
        "for": persona_id,
        "tone": shade,
        "tone_label": label(shade if value is not None else "no_evidence", lang),
        "value": fmt_value(value, lang),
        "n": score.n if score else 0,
        "interval": fmt_interval(score.ci_low, score.ci_high, lang) if score else "",
        "confidence": label(score.confidence, lang) if score and value is not None else "",
        "share_negative": fmt_percent(score.share_negative, lang) if score else "",
        "override": None if override is None else {
            "value": fmt_value(override.value, lang), "reason": override.reason, "author": override.author},
        "delta": delta,
        "quotes": [_quote_view(o, lang) for o in evidence_quotes(journey, score)] if quotes else [],
        "faces": _faces(score, lang),
        "kinds": " · ".join(count(n, kind, lang) for kind, n in _kinds(score)),
        "answers": [_answer_view(o, lang) for o in evidence_ratings(journey, score)] if quotes else [],
    }


def _answer_view(observation, lang: str) -> dict:
    """A survey answer as the panels show it: "answer 1 · very negative", its question and row."""
    return {"answer": label("answer_on_scale", lang, answer=number(observation.raw, lang, digits=0)),
            "reading": label(face_key(observation.valence), lang),
            "question": observation.source.column or "", "source": observation.source.label(lang)}


def _faces(score: Optional[Score], lang: str) -> list[dict]:
    """The observations per face, worst to best, as counts and shares (the panel's small bar chart)."""
    if score is None or not score.distribution:
        return []
    counts = face_counts(score)
    total = sum(counts.values()) or 1
    return [{"label": label(key, lang), "n": counts[face], "share": round(100 * counts[face] / total), "colour": colour}
            for (face, key), colour in zip(FACES, FACE_COLORS)]


def _kinds(score: Optional[Score]) -> list[tuple[str, int]]:
    if score is None:
        return []
    return [(key.split(":", 1)[1], n) for key, n in score.distribution.items() if key.startswith("kind:") and n]


def _quote_view(observation, lang):
    """A quote in an evidence panel: its words, its source, and whether the team reviewed it (a judgement)."""
    return {"text": observation.text, "source": observation.source.label(lang),
            "judgement": observation.measure == JUDGEMENT}


def _persona_view(journey, persona, colour, lang):
    return {
        "id": persona.id, "name": persona.name, "color": colour,
        "share": fmt_percent(persona.share, lang) if persona.share else "", "size": persona.size,
        "demographics": sorted(persona.demographics.items()), "who": persona.who, "goals": persona.goals,
        "frustrations": persona.frustrations, "channels": persona.channels, "quote": persona.quote,
        "quote_source": persona.quote_source.label(lang) if persona.quote_source else "",
        "quote_judgement": persona.quote_source is not None and source_key(persona.quote_source) in journey.quote_signs,
    }


def _pain_view(journey, pain, lang):
    quotes = [journey.observations[i] for i in pain.evidence if 0 <= i < len(journey.observations)]
    return {
        "touchpoint": touchpoint_name(journey, pain.touchpoint),
        "stage": stage_name(journey, stage_of(journey, pain.touchpoint)),
        "rule": pain.rule, "severity": number(pain.severity, lang), "owner": pain.owner, "note": pain.note,
        "votes": journey.votes_on_pain(pain.touchpoint), "counts": pain_counts_text(journey, pain, lang),
        "quotes": [_quote_view(o, lang) for o in quotes if o.text.strip()][:3],
        "answers": [_answer_view(o, lang) for o in quotes if o.kind == "rating" and o.raw is not None][:3],
    }


def _opportunity_views(journey, lang):
    """Opportunities in the order of future.rank_opportunities, each with its ROI estimate."""
    by_id = {o.id: o for o in journey.opportunities}
    views = []
    for rank, row in enumerate(rank_opportunities(journey), start=1):
        opp = by_id[row["opportunity"]]
        views.append({
            "rank": rank if row["priority"] is not None else "",
            "priority": number(row["priority"], lang) if row["priority"] is not None else label("not_ranked", lang),
            "gap": fmt_value(row["gap"], lang),
            "title": opp.title, "touchpoint": touchpoint_name(journey, opp.touchpoint),
            "stage": stage_name(journey, opp.stage or stage_of(journey, opp.touchpoint)),
            "impact": opp.impact, "effort": opp.effort, "owner": opp.owner, "kpi": opp.kpi,
            "votes": journey.votes_on_opportunity(opp.id), "implemented": opp.implemented,
            "roi": roi_view(opp, lang),
        })
    return views


def _funnel_row(journey, stage_id):
    for row in journey.kpis.get("funnel") or []:
        if row.get("stage") == stage_id:
            return _funnel_view(journey, row)
    return None


def _funnel_view(journey, row):
    return {
        "stage": stage_name(journey, row.get("stage")),
        "users": integer(row["users"], journey.language) if isinstance(row.get("users"), int) else "",
        "conversion": fmt_percent(row.get("conversion"), journey.language),
        "drop_off": fmt_percent(row.get("drop_off"), journey.language),
        "bottleneck": bool(row.get("bottleneck")),
    }


def _commerce_lane(journey, stage_id, personas, lang):
    """The commerce KPIs whose lane (commerce.lane_of) is this stage: overall, and per persona
    where respondents joined customers."""
    rows = []
    for key in KPI_LANES:
        item = journey.kpis.get(key)
        if not isinstance(item, dict) or lane_of(key, [s.id for s in journey.stages]) != stage_id:
            continue
        rows.append({"for": "", **_commerce_metric(key, item, lang)})
        by_persona = item.get("by_persona") or {}
        rows += [{"for": p.id, **_commerce_metric(key, by_persona[p.id], lang)} for p in personas if p.id in by_persona]
    return [r for r in rows if r["value"]]


def _commerce_metric(key, item, lang):
    """AOV as an amount, repeat rate and retention (shares 0..1) as percentages; n and interval."""
    show = (lambda v: number(v, lang)) if key == "aov" else (lambda v: percent(v, lang))
    value = item.get("value")
    interval = (f"[{show(item['ci_low'])}; {show(item['ci_high'])}]"
                if item.get("ci_low") is not None and item.get("ci_high") is not None else "")
    return {"name": label(key, lang), "value": show(value) if value is not None else "", "interval": interval,
            "n": item.get("n", "")}


def _metrics(kpis, lang):
    """NPS, CSAT, CES and any other {value, ci_low, ci_high, n} KPI the scoring module put there;
    the commerce KPIs in their own units."""
    rows = []
    for key, item in kpis.items():
        if key in KPI_LANES and isinstance(item, dict):
            if item.get("value") is not None:
                rows.append(_commerce_metric(key, item, lang))
        elif isinstance(item, dict) and isinstance(item.get("value"), (int, float)):
            interval = ""
            if isinstance(item.get("ci_low"), (int, float)) and isinstance(item.get("ci_high"), (int, float)):
                interval = f"[{number(item['ci_low'], lang, digits=1)}; {number(item['ci_high'], lang, digits=1)}]"
            unit = f" {label(key + '_unit', lang)}" if key in ("csat", "ces") else ""
            rows.append({"name": label(key, lang), "value": f"{number(item['value'], lang, digits=1)}{unit}", "interval": interval,
                         "n": item.get("n", "")})
    return rows
