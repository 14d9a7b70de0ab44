"""The workshop steps as plain functions: each notebook calls one of them and shows the result.

Every notebook runs in its own kernel, so steps hand their work on through ``OUT/work/``: the
journey (small: the team's decisions plus results), and the evidence as columnar Parquet files,
which grow with the data. The survey is parsed once, by the first step. Each step is testable
without Jupyter.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow.parquet as pq

from .client import load_journey, out_dir as default_out_dir, without_evidence
from .config import Kit, load_kit
from .evidence import concat, frame_from_observations, read_evidence, write_evidence
from .labels import Counted, Integer, label
from .model import Journey, Observation, write_json

WORK_JOURNEY = Path("work") / "journey.json"
SURVEY_EVIDENCE = Path("work") / "survey_evidence.arrow"
QUOTE_EVIDENCE = Path("work") / "quote_evidence.arrow"
PARSED_SURVEY = Path("work") / "survey.pickle"  # the export as the run's preflight parsed it, read once
SEGMENTS = Path("work") / "segments.parquet"  # respondent -> segment, from the persona step
RESPONDENTS = Path("work") / "respondents.parquet"  # segment, channel and overall answers per respondent
OVERALL = "__overall__"  # the respondents file's column of overall (NPS / satisfaction) valences
CUSTOMER = "__customer__"  # ... and of the hashed e-mail / customer id (never kept in clear), for orders
EVIDENCE = Path("evidence.parquet")


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
    """The team's stages, touchpoints, personas and decisions, without any run's evidence; in the
    language kit.yaml names now (a journey.json saved before the language changed follows it)."""
    journey = without_evidence(load_journey(step.client_dir, step.kit))
    journey.language = step.kit.language
    return journey


@dataclass
class SurveyIntake:
    journey: Journey
    survey: Any = None  # cjm_widgets.survey.Survey, None when kit.yaml has no survey
    problems: list[str] = field(default_factory=list)
    evidence: pd.DataFrame = None  # the survey's observations, one row each

    def per_touchpoint(self) -> pd.DataFrame:
        """How many answers speak about each touchpoint (fewer than 5 shows as insufficient)."""
        counts = self.evidence["touchpoint"].astype(object).value_counts() if self.evidence is not None else {}
        return pd.DataFrame({"touchpoint": [t.name for t in self.journey.touchpoints],
                             "observations": [int(counts.get(t.id, 0)) for t in self.journey.touchpoints]})


def survey_intake(step: Step) -> SurveyIntake:
    """Start the run from the team's journey, then turn the survey into evidence (parsed once here)."""
    journey = team_journey(step)
    result = SurveyIntake(journey=journey, evidence=frame_from_observations([]))
    section = step.kit.survey
    if section:
        from .survey import read_survey, survey_evidence

        survey = parsed_survey(step.out) or read_survey(step.kit.path(section["file"]), sheet=section.get("sheet"),
                                                        language=journey.language)
        frame, problems = survey_evidence(survey, section.get("questions") or [],
                                          respondent_id=section.get("respondent_id"), language=journey.language,
                                          touchpoints=journey.touchpoints)
        frame, orphans = place_on_journey(frame, journey)
        respondents = respondent_answers(step, survey, section)
        if OVERALL in respondents.columns and survey.question(_overall_column(survey, section)).type == "nps":
            from .kpis import nps_of_valences

            journey.kpis["nps"] = nps_of_valences(respondents[OVERALL])
        _write_answers(respondents, step.out / RESPONDENTS)
        result.survey, result.problems, result.evidence = survey, [*survey.problems, *problems, *orphans], frame
    write_evidence(result.evidence, step.out / SURVEY_EVIDENCE)
    step.save(journey)
    return result


def keep_parsed_survey(survey, out: Path) -> Path:
    """Hand the survey the run's preflight read to the survey step (parsing a million rows twice
    costs seconds); written into the run's own staging folder, read back once and deleted."""
    import pickle

    path = Path(out) / PARSED_SURVEY
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        pickle.dump(survey, handle, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def parsed_survey(out: Path):
    """The survey keep_parsed_survey left in ``out``, removed as it is read (None when there is none:
    a notebook run by hand reads the export itself)."""
    import pickle

    path = Path(out) / PARSED_SURVEY
    if not path.is_file():
        return None
    with path.open("rb") as handle:
        survey = pickle.load(handle)
    path.unlink()
    return survey


def interviews(step: Step) -> tuple[list[Observation], list[str]]:
    """Code every transcript into quotes with a sentiment, honouring the team's re-tagging and review.

    Reads only the client's journey (touchpoints, quote tags and signs), so it runs beside the survey step.
    """
    journey = team_journey(step)
    quotes: list[Observation] = []
    problems: list[str] = []
    section = step.kit.interviews
    if section:
        from .transcripts import apply_quote_tags, read_interviews

        coded, problems = read_interviews(step.kit.path(section["dir"]), journey.touchpoints,
                                          language=journey.language)
        coded = apply_quote_tags(coded, journey.quote_tags, journey.touchpoints, journey.quote_signs)
        frame, orphans = place_on_journey(frame_from_observations(coded), journey)
        quotes = [o for o in coded if o.touchpoint is None or o.touchpoint in {t.id for t in journey.touchpoints}]
        problems = [*problems, *orphans]
        write_evidence(frame, step.out / QUOTE_EVIDENCE)
    else:
        write_evidence(frame_from_observations([]), step.out / QUOTE_EVIDENCE)
    return quotes, problems


def place_on_journey(frame: pd.DataFrame, journey: Journey) -> tuple[pd.DataFrame, list[str]]:
    """Give each row its touchpoint's stage; report evidence for touchpoints the journey lacks.

    Worked on the categorical codes: a few touchpoints, millions of rows."""
    stage_of = {t.id: t.stage for t in journey.touchpoints}
    touchpoint = frame["touchpoint"].array
    known = np.array([c in stage_of for c in touchpoint.categories] + [True])  # code -1: no touchpoint
    orphan = ~known[touchpoint.codes]
    counts = Counter(dict(zip(touchpoint.categories, np.bincount(touchpoint.codes[orphan],
                                                               minlength=len(touchpoint.categories)))))
    placed = frame[~orphan].reset_index(drop=True) if orphan.any() else frame.copy(deep=False)  # stage is replaced
    touchpoint, stage = placed["touchpoint"].array, placed["stage"].array
    stages = pd.Index(list(dict.fromkeys([*stage.categories, *stage_of.values()])), dtype=object)
    given = np.append(stages.get_indexer(stage.categories), -1)[stage.codes]
    implied = np.array([stages.get_loc(stage_of[c]) if c in stage_of else -1 for c in touchpoint.categories] + [-1])
    codes = np.where(given >= 0, given, implied[touchpoint.codes])
    placed["stage"] = pd.Categorical.from_codes(codes, categories=stages)
    problems = [label("msg_orphans", journey.language, n=Integer(n), observations=Counted(n, "observation"), tp=tp) for tp, n in sorted(counts.items()) if n]
    return placed, problems


def respondent_answers(step: Step, survey, section: dict) -> pd.DataFrame:
    """Per respondent, the answers later steps need (segments, channel, order value, customer key) and
    their overall valence, so no later step parses the survey again."""
    from .survey import respondents_frame
    from .survey.observations import find_column

    settings = step.kit.personas
    wanted = [*(settings.get("columns") or section.get("segments") or [])]
    if settings.get("channel_column"):
        wanted.append(settings["channel_column"])
    columns = list(dict.fromkeys(find_column(survey, c, "survey.segments") for c in wanted))
    texts = [q.column for q in survey.questions if q.type == "text"]  # persona quotes: open answers as read,
    texts += [find_column(survey, str(q["column"])) for q in section.get("questions") or []  # and as kit.yaml says
              if q.get("type") == "text"]
    columns += [c for c in dict.fromkeys(texts) if c not in columns]
    more = [find_column(survey, section[key], f"survey.{key}") for key in ("overall", "customer_column")
            if section.get(key)]
    frame = respondents_frame(survey, section.get("respondent_id"), columns=list(dict.fromkeys(columns + more)))
    answers = frame[["source_row", *columns]].copy()
    answers.attrs = {"file": survey.file}
    if section.get("overall"):
        answers[OVERALL] = overall_valences(survey, frame, section)
    if section.get("customer_column"):
        from .commerce import hashed

        keys = frame[find_column(survey, section["customer_column"], "survey.customer_column")]
        answers[CUSTOMER] = keys.map(lambda k: hashed(k) if isinstance(k, str) and k.strip() else None)
    return answers


def _write_answers(frame: pd.DataFrame, path: Path) -> None:
    """Parquet needs one type per column: a column mixing numbers and words is kept as text."""
    frame = frame.copy()
    for column in frame.columns:
        values = frame[column]
        if values.dtype == object and pd.api.types.infer_dtype(values, skipna=True) not in ("string", "empty"):
            frame[column] = values.map(lambda v: None if v is None or v != v else str(v))
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.to_parquet(path, engine="pyarrow")


def _overall_column(survey, section: dict) -> str:
    from .survey.observations import find_column

    return find_column(survey, section["overall"], "survey.overall")


def overall_valences(survey, frame: pd.DataFrame, section: dict):
    """Each respondent's valence on the overall satisfaction / NPS question (for the NPS KPI and for
    importance derived from the data)."""
    from .errors import ConfigError
    from .survey.valences import column_valences

    column = _overall_column(survey, section)
    question = survey.question(column)
    if question.type != "nps" and not question.scale:
        raise ConfigError("kit.yaml", f"survey.overall: {column!r} is a {question.type} question, not a rating.",
                          column="survey.overall", fix="Name the NPS or overall-satisfaction column.")
    low, high = question.scale or (0, 10)
    valences, _ = column_valences(frame[column], "nps" if question.type == "nps" else "likert", low, high)
    return valences


def load_overall(step: Step):
    """Respondent id -> overall valence (a pandas Series), as the survey step found them; None without."""
    path = step.out / RESPONDENTS
    if not path.exists() or OVERALL not in pq.read_schema(path).names:
        return None
    values = pd.read_parquet(path, columns=[OVERALL])[OVERALL].dropna()  # the index (respondent) comes along
    return pd.Series(values.to_numpy(dtype=float), index=values.index.astype(str)) if len(values) else None




@dataclass
class PersonaStep:
    journey: Journey
    labels: Any = None  # pandas Series respondent -> segment
    diagnostics: dict = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)


def personas(step: Step) -> PersonaStep:
    """Segment the respondents, describe each segment as a persona, keep the team's edits; hand on
    each respondent's segment (work/segments.parquet, one row per respondent): the scoring step
    writes the evidence with its persona column, so the evidence is written once per run."""
    journey = step.load()
    (step.out / SEGMENTS).unlink(missing_ok=True)
    section, settings = step.kit.survey, step.kit.personas
    columns = settings.get("columns") or (section or {}).get("segments") or []
    if not section or not columns:
        step.save(journey)
        return PersonaStep(journey, messages=[label("msg_no_segments", journey.language)])
    from .personas import propose_personas, reconcile, personas_json, segment_clusters, segment_rules

    frame = pd.read_parquet(step.out / RESPONDENTS)
    frame = frame.astype({c: object for c in frame.columns if pd.api.types.is_string_dtype(frame[c])})  # converted once
    frame.attrs = {"file": step.kit.survey["file"].split("/")[-1]}
    picked = [c for c in frame.columns if c not in ("source_row", OVERALL, CUSTOMER)]
    channel = settings.get("channel_column")
    from .survey.observations import match_column

    file = frame.attrs["file"]
    channel_column = match_column(picked, channel, "personas.channel_column", file) if channel else None
    segment_columns = [match_column(picked, c, "survey.segments", file) for c in columns]
    diagnostics: dict = {}
    if settings.get("method", "clusters") == "rules":
        labels = segment_rules(frame, segment_columns, min_size=int(settings.get("min_size", 10)))
    else:
        labels, diagnostics = segment_clusters(
            frame, segment_columns, k_range=(int(settings.get("k_min", 2)), int(settings.get("k_max", 6))),
            seed=int(settings.get("seed", 0)), min_size=int(settings.get("min_size", 10)), language=journey.language)
    hand_over = [step.out / SURVEY_EVIDENCE, step.out / QUOTE_EVIDENCE]
    needed = ["touchpoint", "respondent", "valence", "file", "row", "text"]  # the quotes come with every column
    evidence = concat([read_evidence(path, needed) for path in hand_over], columns=needed)
    texts = concat([read_evidence(path, with_text=True) for path in hand_over])
    from .settings import settings_from_config

    min_n = settings_from_config(step.kit.scoring, origin=str(step.kit.path("kit.yaml"))).min_n
    proposed = propose_personas(frame.drop(columns=[OVERALL, CUSTOMER], errors="ignore"), labels, evidence,
                                journey.touchpoints, language=journey.language, channel_column=channel_column,
                                demographic_columns=segment_columns, texts=texts, min_n=min_n)
    kept, messages = reconcile(proposed, journey.personas, language=journey.language)
    journey.personas = kept
    labels.rename("segment").to_frame().to_parquet(step.out / SEGMENTS, engine="pyarrow")
    step.save(journey)
    write_json(step.out / "personas.json", personas_json(kept))
    return PersonaStep(journey, labels, diagnostics, messages)


def run_evidence(step: Step, journey: Journey) -> pd.DataFrame:
    """The run's whole evidence: survey answers and quotes, each row with its respondent's persona."""
    evidence = concat([read_evidence(step.out / SURVEY_EVIDENCE), read_evidence(step.out / QUOTE_EVIDENCE)])
    labels = segment_labels(step)
    if labels is None:
        return evidence
    from .personas import assign_personas

    return assign_personas(evidence, labels, journey.personas)


def segment_labels(step: Step):
    """Respondent id -> segment, as the persona step found them (None when it made no segments)."""
    path = step.out / SEGMENTS
    return pd.read_parquet(path)["segment"] if path.exists() else None


def scoring(step: Step) -> tuple[Journey, list[str]]:
    """Scores, pain points, moments of truth, CSAT/CES/NPS per touchpoint and stage, and the funnel;
    out/evidence.parquet is written beside the scoring, in a thread (pyarrow works without the GIL)."""
    from concurrent.futures import ThreadPoolExecutor

    from .kpis import measure_kpis, read_funnel
    from .scoring import score_all
    from .settings import settings_from_config

    journey = step.load()
    evidence = run_evidence(step, journey)
    with ThreadPoolExecutor(max_workers=1) as writer:
        written = writer.submit(write_evidence, evidence, step.out / EVIDENCE)
        settings = settings_from_config(step.kit.scoring, origin=str(step.kit.path("kit.yaml")))
        journey = score_all(journey, settings, overall=load_overall(step), evidence=evidence)
        journey.kpis["by_target"] = measure_kpis(evidence, journey.touchpoints)
        journey.kpis["evidence"] = {"observations": len(evidence),
                                    "by_kind": {str(k): int(v) for k, v in
                                                evidence["kind"].astype(object).value_counts().items()}}
        problems: list[str] = commerce_step(step, journey)
        analytics = step.kit.analytics
        if analytics:
            funnel = read_funnel(step.kit.path(analytics["file"]), [s.id for s in journey.stages],
                                 analytics.get("mapping"), window_days=analytics.get("window_days", 30),
                                 language=journey.language)
            journey.kpis["funnel"] = list(funnel)
            problems += list(funnel.problems)
            if funnel.unmapped:
                problems.append(label("msg_unmapped_events", journey.language, file=analytics["file"],
                                      n=Integer(funnel.unmapped), events=Counted(funnel.unmapped, "event")))
        written.result()
    step.save(journey)
    return journey, problems


def commerce_step(step: Step, journey: Journey) -> list[str]:
    """AOV, repeat rate and retention from kit.yaml's orders export into the journey's KPIs, per
    persona when respondents join customers (hashed e-mail or id); the problems of the export."""
    section = getattr(step.kit, "orders", None)
    if not section:
        return []
    from .commerce import commerce_kpis
    from .orders import read_orders

    orders = read_orders(step.kit.path(section["file"]), section.get("format", "auto"), language=journey.language)
    personas = {}
    path, labels = step.out / RESPONDENTS, segment_labels(step)
    if path.exists() and labels is not None and CUSTOMER in pq.read_schema(path).names:
        persona_of = {segment: p.id for p in journey.personas for segment in p.definition.get("segments", [])}
        customers = pd.read_parquet(path, columns=[CUSTOMER])[CUSTOMER]
        customers.index = customers.index.map(str)
        known = pd.DataFrame({"customer": customers, "persona": labels.map(persona_of).reindex(customers.index)})
        known = known.dropna()
        personas = dict(zip(known["customer"], known["persona"]))
    journey.kpis.update(commerce_kpis(orders.frame, personas, hashed_keys=True))
    return list(orders.problems)


def export_map(step: Step) -> dict[str, Path]:
    """The deliverables: journey_map.html, figures, tables, Mermaid text, and the full journey."""
    from .render import mermaid_journey, write_figures, write_map, write_tables

    from .history import previous_journey, trends

    journey = step.load()
    outputs = {"journey_map": write_map(journey, step.out / "journey_map.html",
                                        previous=previous_journey(step.client_dir),
                                        trends=trends(step.client_dir, current=journey))}
    for path in [*write_figures(journey, step.out / "figures"), *write_tables(journey, step.out)]:
        outputs[path.name] = path
    write_json(step.out / "kpis.json", journey.kpis)
    outputs["kpis"] = step.out / "kpis.json"
    mermaid = step.out / "journey.mmd"
    mermaid.write_text(mermaid_journey(journey), encoding="utf-8")
    outputs["mermaid"] = mermaid
    outputs["journey"] = journey.save(step.out / "journey.json")
    return outputs
