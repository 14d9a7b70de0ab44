"""What each workshop notebook shows, in the journey's language: guidance, tables and charts.

The notebooks hold one call per step and a ``display`` of these views, so every table and figure
rule lives here, testable without Jupyter. Tables are escaped HTML (respondents' and teams' words
are untrusted) with names instead of ids, numbers in the language's format, "—" for no value and
words for yes/no values; charts come back as PNG images, which JupyterLab and report.html both show.

Guidance is displayed from the label table (``guide``), one code cell per heading, rather than
written as markdown cells tagged ``lang-en`` / ``lang-pl`` / ``lang-ru``: report.py would keep only
the client's language, but a live JupyterLab shows every markdown cell, so a Polish facilitator
would read each heading three times. A displayed guide is in the client's language in both places.
"""
from __future__ import annotations

from html import escape
from typing import Iterable, Mapping, Optional, Sequence

import pandas as pd
from IPython.display import HTML

from .. import show
from ..decoding import encoding_name
from ..insights import importance_performance
from ..labels import channel_name, code_name, count, integer, label, number, percent
from ..model import Journey
from ..personas import persona_cards_html
from ..settings import settings_from_config
from ..survey.observations import find_column, mapped_questions
from ..transcripts import quote_bank
from ..values import is_blank
from .charts import persona_shares_chart, quotes_chart, survey_likert_chart
from .figure import journey_figure
from .ipa import ipa_figure
from .view import pain_counts_text, stage_columns, stage_name, stage_of, touchpoint_name

STEP_GUIDES = ("intake", "interviews", "personas", "stages", "scoring", "map")  # a notebook's own heading
RATING_TYPES = ("likert", "csat", "ces", "nps")
DASH = "—"


def guide(key: str, language: str) -> HTML:
    """The heading ``guide_<key>_title`` and its text ``guide_<key>`` (one paragraph per line)."""
    level = 1 if key in STEP_GUIDES else 2
    paragraphs = "".join(f"<p>{_lead_in(p)}</p>" for p in label(f"guide_{key}", language).split("\n"))
    return HTML(f"<h{level}>{escape(label(f'guide_{key}_title', language))}</h{level}>{paragraphs}")


def _lead_in(paragraph: str) -> str:
    """A short opening phrase before a colon ("What this step is for:") is set in bold."""
    head, colon, rest = paragraph.partition(": ")
    if colon and len(head) <= 40:
        return f"<b>{escape(head)}:</b> {escape(rest)}"
    return escape(paragraph)


def cell(value, language: str) -> str:
    """One table value as people read it: "—" for none, words for booleans, the language's numbers."""
    if is_blank(value):
        return DASH
    if isinstance(value, bool):
        return label("yes" if value else "no", language)
    if isinstance(value, int):
        return integer(value, language)
    if isinstance(value, float):
        return number(value, language)
    return str(value)


def table(rows: Iterable[Mapping], columns: Sequence[tuple[str, str]], language: str) -> HTML:
    """Rows as an escaped HTML table; ``columns`` are (row key, header label key) pairs."""
    head = "".join(f"<th>{escape(label(header, language))}</th>" for _, header in columns)
    body = "".join("<tr>" + "".join(f"<td>{escape(cell(row.get(key), language))}</td>" for key, _ in columns)
                   + "</tr>" for row in rows)
    return HTML(f'<table class="cjm-table"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>')


def problems(items: Sequence[str], language: str, *, analytics: bool = False) -> HTML:
    """The problems of a step; none is said as "No problems." (the analytics wording only when
    kit.yaml names an analytics file, since otherwise nothing was read)."""
    return show.bullets(items, empty=label("analytics_no_problems" if analytics else "no_problems", language))


# ---- 1 · survey intake ---------------------------------------------------------------------------

def survey_summary(intake) -> HTML:
    """File, tool, encoding and how many respondents and observations the survey gave."""
    language = intake.journey.language
    survey = intake.survey
    if survey is None:
        return HTML(f"<p>{escape(label('no_survey', language))}</p>")
    read = label("survey_read", language, tool=code_name("survey_tool", survey.format, language),
                 encoding=encoding_name(survey.encoding) if survey.encoding else DASH)
    return HTML(f"<p><b>{escape(survey.path.name)}</b> · {escape(read)} · "
                f"<b>{escape(count(len(survey.frame), 'respondent', language))}</b> · "
                f"{escape(count(len(intake.evidence), 'observation', language))}</p>")


def questions_table(intake, section: Optional[Mapping] = None) -> HTML:
    """Each survey column: its type in words, its answers, its mean on its own scale and its NPS.

    The type is the one the kit scores the column with: kit.yaml's ``survey:`` ``section`` maps it
    (a column the kit detected as CES that kit.yaml types ``likert`` is scored as Likert), with
    the detected type beside it when they differ; a column kit.yaml does not map shows the
    detected type."""
    language = intake.journey.language
    if intake.survey is None:
        return HTML("")
    scored = {q.column: q.measure for q in mapped_questions(intake.survey, (section or {}).get("questions") or [])}
    rows = [{"question": q.column, "type": question_type(q.type, scored.get(q.column, q.type), language), "n": q.n,
             "mean": None if q.mean is None else number(q.mean, language),
             "nps": None if q.nps is None else number(q.nps, language, digits=0, signed=True)}
            for q in intake.survey.questions]
    return table(rows, [("question", "col_question"), ("type", "col_type"), ("n", "col_answers"),
                        ("mean", "col_mean"), ("nps", "nps")], language)


def question_type(detected: str, scored: str, language: str) -> str:
    """A question's type in words: "skala Likerta"; "skala Likerta (kit.yaml; rozpoznano: ocena
    wysiłku CES)" when kit.yaml scores it otherwise than the kit read it."""
    if scored == detected:
        return code_name("question_type", scored, language)
    return label("question_type_mapped", language, kit=code_name("question_type", scored, language),
                 read=code_name("question_type", detected, language))


def rating_columns(survey, questions: Sequence[Mapping]) -> dict[str, tuple[float, float]]:
    """The export columns kit.yaml maps as rating questions, each with its scale, in kit.yaml's order."""
    found: dict[str, tuple[float, float]] = {}
    for entry in questions:
        column = find_column(survey, entry["column"], "survey.questions")
        question = survey.question(column)
        if question.type in RATING_TYPES and question.scale and column not in found:
            found[column] = question.scale
    return found


def answers_chart(intake, section: Optional[Mapping]):
    """The Likert chart of the rating questions kit.yaml's ``survey:`` section maps (n and "don't
    know" per bar)."""
    language = intake.journey.language
    survey = intake.survey
    if survey is None:
        return HTML("")
    scales = rating_columns(survey, (section or {}).get("questions") or [])
    if not scales:
        return HTML(f"<p>{escape(label('no_rating_questions', language))}</p>")
    return show.figure(survey_likert_chart(survey, scales, language=language))


def evidence_per_touchpoint(intake) -> HTML:
    """How many observations each touchpoint has, beside its stage."""
    journey = intake.journey
    counts = dict(zip((t.id for t in journey.touchpoints), intake.per_touchpoint()["observations"]))
    rows = [{"stage": stage.name, "touchpoint": t.name, "n": int(counts.get(t.id, 0))}
            for stage, touchpoints in stage_columns(journey) for t in touchpoints]
    return table(rows, [("stage", "stage"), ("touchpoint", "touchpoint"), ("n", "col_observations")],
                 journey.language)


# ---- 2 · interviews ------------------------------------------------------------------------------

def quotes_summary(quotes, language: str) -> HTML:
    """"12 coded quotes from 3 transcripts", with the language's plural forms."""
    text = label("quotes_from", language, quotes=count(len(quotes), "quote", language),
                 transcripts=count(len({o.source.file for o in quotes}), "transcript", language))
    return HTML(f"<p><b>{escape(text)}</b></p>")


def quotes_per_touchpoint(quotes, journey: Journey):
    """The chart of quotes per touchpoint by sign, touchpoints by name in map order; a note when
    there are none."""
    order = {t.id: i for i, t in enumerate(t for _, touchpoints in stage_columns(journey) for t in touchpoints)}
    placed = sorted((o for o in quotes if o.touchpoint), key=lambda o: order.get(o.touchpoint, len(order)))
    if not placed:
        return HTML(f"<p>{escape(label('no_quotes', journey.language))}</p>")
    frame = pd.DataFrame({"touchpoint": [touchpoint_name(journey, o.touchpoint) for o in placed],
                          "valence": [o.valence for o in placed]})
    return show.figure(quotes_chart(frame, language=journey.language))


def strongest_quotes(quotes, journey: Journey) -> HTML:
    """The best and the worst quote about each touchpoint, named, with its source."""
    bank = quote_bank(quotes, by="touchpoint", k=1)
    if not bank:
        return HTML(f"<p>{escape(label('no_quotes', journey.language))}</p>")
    return show.quotes(bank, names={t.id: t.name for t in journey.touchpoints}, language=journey.language)


# ---- 3 · personas --------------------------------------------------------------------------------

def persona_messages(result) -> HTML:
    """What the segmentation said, or how many personas it kept, and the k it chose."""
    journey = result.journey
    language = journey.language
    shown = show.bullets(result.messages, empty=count(len(journey.personas), "persona", language)).data
    if result.diagnostics.get("k") is not None:
        chosen = label("segments_chosen", language, method=result.diagnostics["method"], k=result.diagnostics["k"])
        shown += f"<p>{escape(chosen)}</p>"
    return HTML(shown)


def persona_shares(journey: Journey):
    if not journey.personas:
        return HTML(f"<p>{escape(label('no_personas', journey.language))}</p>")
    return show.figure(persona_shares_chart(journey.personas, language=journey.language))


def persona_cards(journey: Journey) -> HTML:
    if not journey.personas:
        return HTML("")
    return HTML(persona_cards_html(journey.personas, language=journey.language))


# ---- 4 · stages and touchpoints ------------------------------------------------------------------

def stages_overview(journey: Journey) -> HTML:
    """The stages in order, each with its touchpoints by name (a stage not in the model still shows)."""
    language = journey.language
    columns = stage_columns(journey)
    summary = (f"{count(len(journey.stages), 'stage', language)} · "
               f"{count(len(journey.touchpoints), 'touchpoint', language)}")
    rows = [{"stage": stage.name, "touchpoints": ", ".join(t.name for t in touchpoints)}
            for stage, touchpoints in columns]
    return HTML(f"<p><b>{escape(summary)}</b></p>"
                + table(rows, [("stage", "stage"), ("touchpoints", "touchpoints")], language).data)


def touchpoints_table(journey: Journey) -> HTML:
    """Every touchpoint with its stage, channel, online/offline, owner, reach and importance."""
    language = journey.language
    rows = [{"stage": stage.name, "touchpoint": t.name, "channel": channel_name(t.channel, language),
             "online": label("online" if t.online else "offline", language), "owner": t.owner,
             "reach": percent(t.reach, language), "importance": _plain_number(t.importance, language)}
            for stage, touchpoints in stage_columns(journey) for t in touchpoints]
    return table(rows, [("stage", "stage"), ("touchpoint", "touchpoint"), ("channel", "channel"),
                        ("online", "col_online"), ("owner", "owner"), ("reach", "col_reach"),
                        ("importance", "importance")], language)


def _plain_number(value: Optional[float], language: str) -> Optional[str]:
    """4 rather than 4.0; 3,5 rather than 3.5 in Polish."""
    if value is None:
        return None
    return number(value, language, digits=0 if float(value).is_integer() else 1)


# ---- 5 · emotion scoring -------------------------------------------------------------------------

def scores_table(journey: Journey) -> HTML:
    """Each touchpoint's emotion score (−2..+2) with n, its 95% interval and its confidence."""
    language = journey.language
    rows = []
    for stage, touchpoints in stage_columns(journey):
        for t in touchpoints:
            score = journey.score_of(t.id)
            has_value = score is not None and score.value is not None
            interval = (None if not has_value or score.ci_low is None else
                        f"{number(score.ci_low, language, signed=True)} … {number(score.ci_high, language, signed=True)}")
            rows.append({"stage": stage.name, "touchpoint": t.name,
                         "score": number(score.value, language, signed=True) if has_value else None,
                         "n": score.n if score else 0, "interval": interval,
                         "confidence": label(score.confidence if score else "insufficient", language)})
    return table(rows, [("stage", "stage"), ("touchpoint", "touchpoint"), ("score", "col_score"), ("n", "n"),
                        ("interval", "interval"), ("confidence", "confidence")], language)


def pain_points_table(journey: Journey) -> HTML:
    """The pain points in rank order: touchpoint and stage by name, why each was flagged, its evidence."""
    language = journey.language
    if not journey.pain_points:
        return HTML(f"<p>{escape(label('none_flagged', language))}</p>")
    rows = [{"touchpoint": touchpoint_name(journey, p.touchpoint),
             "stage": stage_name(journey, stage_of(journey, p.touchpoint)), "rule": p.rule,
             "severity": number(p.severity, language), "evidence": pain_counts_text(journey, p, language)}
            for p in journey.pain_points]
    return table(rows, [("touchpoint", "touchpoint"), ("stage", "stage"), ("rule", "rule"),
                        ("severity", "severity"), ("evidence", "col_observations")], language)


def moments_of_truth(journey: Journey) -> HTML:
    return show.bullets([f"{touchpoint_name(journey, m.touchpoint)}: {m.reason}" for m in journey.moments_of_truth],
                        empty=label("none_flagged", journey.language))


def ipa_chart(journey: Journey, scoring: Optional[Mapping] = None):
    """The importance-performance chart under kit.yaml's ``scoring:`` settings."""
    rows = importance_performance(journey, settings_from_config(scoring))
    return show.figure(ipa_figure(rows, journey.language))


# ---- 6 · the map ---------------------------------------------------------------------------------

def journey_chart(journey: Journey):
    """The map figure (emotion curve with intervals) as an image."""
    return show.figure(journey_figure(journey))


def outputs_list(outputs: Mapping) -> HTML:
    """The files a run wrote, by name."""
    return show.bullets(sorted({path.name for path in outputs.values()}))
