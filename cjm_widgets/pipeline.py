"""The workshop steps as plain functions: each notebook calls one of them and shows the result.

Steps hand the journey to each other through ``OUT/work/journey.json`` because every notebook
runs in its own kernel. Each step is testable without Jupyter.
"""
from __future__ import annotations

import dataclasses
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from .client import load_journey, out_dir as default_out_dir, without_evidence
from .config import Kit, load_kit
from .model import Journey, Observation

WORK_JOURNEY = Path("work") / "journey.json"
WORK_QUOTES = Path("work") / "quotes.json"
OVERALL_FILE = Path("work") / "overall.json"


@dataclass
class Step:
    """Where a step reads and writes: the client directory, its kit.yaml and the output folder."""

    client_dir: Path
    out: Path
    kit: Kit

    @classmethod
    def open(cls, client_dir, out_dir: str | Path | None = None) -> "Step":
        client_dir = Path(client_dir)
        kit = load_kit(client_dir)
        return cls(client_dir=client_dir, out=Path(out_dir) if out_dir else default_out_dir(client_dir), kit=kit)

    def load(self) -> Journey:
        return Journey.load(self.out / WORK_JOURNEY)

    def save(self, journey: Journey) -> Path:
        return journey.save(self.out / WORK_JOURNEY)


def team_journey(step: Step) -> Journey:
    """The team's stages, touchpoints, personas and decisions, without any run's evidence."""
    return without_evidence(load_journey(step.client_dir, step.kit))


@dataclass
class SurveyIntake:
    journey: Journey
    survey: Any = None  # cjm_widgets.survey.Survey, None when kit.yaml has no survey
    problems: list[str] = field(default_factory=list)


def survey_intake(step: Step) -> SurveyIntake:
    """Start the run from the team's journey, then turn the survey into observations."""
    journey = team_journey(step)
    result = SurveyIntake(journey=journey)
    section = step.kit.survey
    if section:
        from .kpis import nps
        from .survey import read_survey, survey_observations

        survey = read_survey(step.kit.path(section["file"]), sheet=section.get("sheet"))
        observations, problems = survey_observations(
            survey, section.get("questions") or [], respondent_id=section.get("respondent_id"),
            language=journey.language)
        journey.observations, orphans = place_on_journey(observations, journey)
        problems = [*problems, *orphans]
        if section.get("overall"):
            question, answers, valences = overall_answers(survey, section)
            if question.type == "nps":
                journey.kpis["nps"] = nps(answers)
            _write_json(step.out / OVERALL_FILE, valences)
        result.survey, result.problems = survey, [*survey.problems, *problems]
    step.save(journey)
    return result


def interviews(step: Step) -> tuple[list[Observation], list[str]]:
    """Code every transcript into quotes with a sentiment, honouring the team's re-tagging.

    Reads only the client's journey (touchpoints, quote tags), so it runs beside the survey step.
    """
    journey = team_journey(step)
    quotes: list[Observation] = []
    problems: list[str] = []
    section = step.kit.interviews
    if section:
        from .transcripts import apply_quote_tags, read_interviews

        coded, problems = read_interviews(step.kit.path(section["dir"]), journey.touchpoints,
                                          language=journey.language)
        coded = apply_quote_tags(coded, journey.quote_tags, journey.touchpoints)
        quotes, orphans = place_on_journey(coded, journey)
        problems = [*problems, *orphans]
    Journey(observations=quotes).save(step.out / WORK_QUOTES)
    return quotes, problems


def with_interviews(step: Step) -> Journey:
    """The survey step's journey plus the interview step's quotes: the evidence for everything after."""
    journey = step.load()
    journey.observations = journey.observations + Journey.load(step.out / WORK_QUOTES).observations
    return journey


def place_on_journey(observations: list[Observation], journey: Journey) -> tuple[list[Observation], list[str]]:
    """Give each observation its touchpoint's stage; report evidence for touchpoints the journey lacks."""
    stage_of = {t.id: t.stage for t in journey.touchpoints}
    placed, orphans = [], Counter()
    for o in observations:
        if o.touchpoint is not None and o.touchpoint not in stage_of:
            orphans[o.touchpoint] += 1
            continue
        placed.append(dataclasses.replace(o, stage=o.stage or stage_of.get(o.touchpoint)))
    problems = [f"{n} observation(s) for touchpoint {tp!r} are not used: journey.json has no such touchpoint "
                "(removed in the workshop?). Fix: add it back in the TouchpointEditor, or drop its mapping "
                "from kit.yaml." for tp, n in sorted(orphans.items())]
    return placed, problems


def overall_answers(survey, section: dict) -> tuple[Any, list[float], dict[str, float]]:
    """The overall satisfaction / NPS question, its answers, and each respondent's valence on it
    (for the NPS KPI and for importance derived from the data)."""
    from .errors import ConfigError
    from .survey import respondents_frame
    from .survey.observations import find_column
    from .survey.valences import column_valences

    frame = respondents_frame(survey, section.get("respondent_id"))
    column = find_column(survey, section["overall"], "survey.overall")
    question = survey.question(column)
    if question.type != "nps" and not question.scale:
        raise ConfigError("kit.yaml", f"survey.overall: {column!r} is a {question.type} question, not a rating.",
                          column="survey.overall", fix="Name the NPS or overall-satisfaction column.")
    low, high = question.scale or (0, 10)
    valences, _ = column_valences(frame[column], "nps" if question.type == "nps" else "likert", low, high)
    answers = [float(v) for v in frame[column] if v == v and v is not None]
    return question, answers, {str(r): float(v) for r, v in zip(frame.index, valences) if v == v}


def load_overall(step: Step) -> dict[str, float]:
    path = step.out / OVERALL_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _write_json(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


@dataclass
class PersonaStep:
    journey: Journey
    labels: Any = None  # pandas Series respondent -> segment
    diagnostics: dict = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)


def personas(step: Step) -> PersonaStep:
    """Segment the respondents, describe each segment as a persona, keep the team's edits."""
    journey = with_interviews(step)
    section, settings = step.kit.survey, step.kit.personas
    columns = settings.get("columns") or (section or {}).get("segments") or []
    if not section or not columns:
        step.save(journey)
        return PersonaStep(journey, messages=["No segment columns in kit.yaml: no personas proposed."])
    from .personas import (assign_personas, personas_json, propose_personas, reconcile,
                           segment_clusters, segment_rules)
    from .survey import read_survey, respondents_frame
    from .survey.observations import find_column

    survey = read_survey(step.kit.path(section["file"]), sheet=section.get("sheet"))
    frame = respondents_frame(survey, section.get("respondent_id"))
    columns = [find_column(survey, c, "personas column") for c in columns]
    diagnostics: dict = {}
    if settings.get("method", "clusters") == "rules":
        labels = segment_rules(frame, columns, min_size=int(settings.get("min_size", 10)))
    else:
        labels, diagnostics = segment_clusters(
            frame, columns, k_range=(int(settings.get("k_min", 2)), int(settings.get("k_max", 6))),
            seed=int(settings.get("seed", 0)))
    channel = settings.get("channel_column")
    proposed = propose_personas(frame, labels, journey.observations, journey.touchpoints,
                                language=journey.language,
                                channel_column=find_column(survey, channel, "personas.channel_column")
                                if channel else None,
                                demographic_columns=columns)
    kept, messages = reconcile(proposed, journey.personas)
    journey.personas = kept
    journey.observations = assign_personas(journey.observations, labels, kept)
    step.save(journey)
    _write_json(step.out / "personas.json", personas_json(kept))
    return PersonaStep(journey, labels, diagnostics, messages)


def scoring(step: Step) -> tuple[Journey, list[str]]:
    """Scores, pain points, moments of truth, CSAT/CES/NPS per touchpoint and stage, and the funnel."""
    from .kpis import measure_kpis, read_funnel
    from .scoring import score_all
    from .settings import settings_from_config

    journey = step.load()
    settings = settings_from_config(step.kit.scoring, origin=str(step.kit.path("kit.yaml")))
    journey = score_all(journey, settings, overall=load_overall(step) or None)
    journey.kpis["by_target"] = measure_kpis(journey)
    problems: list[str] = []
    analytics = step.kit.analytics
    if analytics:
        funnel = read_funnel(step.kit.path(analytics["file"]), [s.id for s in journey.stages],
                             analytics.get("mapping"))
        journey.kpis["funnel"] = list(funnel)
        problems = list(funnel.problems)
        if funnel.unmapped:
            problems.append(f"{analytics['file']}: {funnel.unmapped} event(s) match no stage in "
                            "analytics.mapping. Fix: add patterns for them to kit.yaml.")
    step.save(journey)
    return journey, problems


def export_map(step: Step) -> dict[str, Path]:
    """The deliverables: journey_map.html, figures, tables, Mermaid text, and the full journey."""
    from .render import mermaid_journey, write_figures, write_map, write_tables

    from .history import previous_journey

    journey = step.load()
    outputs = {"journey_map": write_map(journey, step.out / "journey_map.html",
                                        previous=previous_journey(step.client_dir))}
    for path in [*write_figures(journey, step.out / "figures"), *write_tables(journey, step.out)]:
        outputs[path.name] = path
    _write_json(step.out / "kpis.json", journey.kpis)
    outputs["kpis"] = step.out / "kpis.json"
    mermaid = step.out / "journey.mmd"
    mermaid.write_text(mermaid_journey(journey), encoding="utf-8")
    outputs["mermaid"] = mermaid
    outputs["journey"] = journey.save(step.out / "journey.json")
    return outputs
