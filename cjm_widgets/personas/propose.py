"""From segments to proposed personas: who they are, goals, frustrations, channels and a real quote.

Every statement carries the count of respondents behind it; nothing is invented: a persona whose
members left no evidence on a touchpoint simply has no touchpoint statements.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from collections import Counter

import pandas as pd

from ..model import Observation, Persona, Touchpoint
from .answers import choices, numbers
from .describe import (answer_quotes, channel_counts, distinguishing_answers, member_observations, pick_quote,
                       segments_by_size, touchpoint_feelings)
from ..labels import LANGUAGES, label, number
from .segment import NO_ANSWER, OTHER, _short

TOP_STATEMENTS = 3
NOTABLE_NEGATIVE = 0.25  # a touchpoint liked on average is still a frustration when this share is negative


def propose_personas(respondents: pd.DataFrame, labels: pd.Series, observations: list[Observation],
                     touchpoints: list[Touchpoint], *, language: str = "en", channel_column=None,
                     demographic_columns=()) -> list[Persona]:
    """One persona per segment of ``labels`` (largest first), described from the members' data.

    ``definition`` keeps the rule or cluster centre, the segment keys (``segments``) and the
    member ids (``members``): ``assign_personas`` and ``reconcile`` rely on them.
    """
    if language not in LANGUAGES:  # fail before any work
        raise ValueError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
    labels = labels.dropna()
    labels.index = labels.index.map(str)
    definitions = labels.attrs.get("definitions", {})
    segments = segments_by_size(labels)
    total = len(labels)
    traits = _traits(respondents, labels, definitions, language)
    personas, names = [], set()
    for segment in segments:
        members = sorted(labels.index[labels == segment])
        evidence = member_observations(observations, set(members))
        feelings = touchpoint_feelings(evidence, touchpoints)
        channels, base = channel_counts(respondents, members, channel_column, evidence, touchpoints)
        quote = pick_quote(evidence) or pick_quote(answer_quotes(respondents, members, _survey_file(evidence)))
        definition = dict(definitions.get(segment, {"method": "labels"}))
        name = _unique(_name(segment, definition, traits.get(segment, []), channels, language), names)
        personas.append(Persona(
            id=persona_id(segment, definition),
            name=name,
            share=len(members) / total,
            size=len(members),
            demographics=_demographics(respondents, members, demographic_columns, language),
            goals=_goals(feelings, traits.get(segment, []), language, len(members)),
            frustrations=_frustrations(feelings, language),
            channels=[label("persona_channel", language, channel=c, k=k, n=base) for c, k in channels[:TOP_STATEMENTS]],
            quote=quote.text.strip() if quote else "",
            quote_source=dataclasses.replace(quote.source) if quote else None,
            definition={**definition, "segments": [segment], "members": members},
        ))
    return personas


def assign_personas(observations: list[Observation], labels: pd.Series, personas: list[Persona]) -> list[Observation]:
    """A new list where each labelled respondent's observations carry their persona id.

    Observations of people outside ``labels`` (a workshop judgement, an unlinked interview) are
    kept as they are.
    """
    persona_of = {segment: p.id for p in personas for segment in p.definition.get("segments", [])}
    segment_of = {str(k): v for k, v in labels.dropna().items()}
    result = []
    for ob in observations:
        key = None if ob.respondent is None else str(ob.respondent)
        if key in segment_of:
            ob = dataclasses.replace(ob, persona=persona_of.get(segment_of[key]))
        result.append(ob)
    return result


def _survey_file(observations: list[Observation]) -> str | None:
    """The survey file the members' ratings came from, to cite an open answer of theirs."""
    files = Counter(ob.source.file for ob in observations if ob.source is not None and ob.source.row is not None)
    return files.most_common(1)[0][0] if files else None


def persona_id(segment: str, definition: dict | None) -> str:
    """Stable across reruns while the rule or cluster centre stays the same."""
    slug = re.sub(r"[^\w]+", "-", str(segment).casefold()).strip("-")[:32] or "segment"
    digest = hashlib.sha1(json.dumps(definition or segment, sort_keys=True, ensure_ascii=False,
                                     default=str).encode("utf-8")).hexdigest()[:6]
    return f"p-{slug}-{digest}"


# ---- statements ----------------------------------------------------------------------

def _goals(feelings, traits, language, size) -> list[str]:
    liked = sorted((f for f in feelings if f.positive and f.mean > 0), key=lambda f: (-f.shrunk, -f.n, f.touchpoint.id))
    goals = [label("persona_goal", language, name=f.touchpoint.name, k=f.positive, n=f.n) for f in liked[:TOP_STATEMENTS]]
    if not goals:  # no touchpoint evidence: say what the segment answers more often than others
        goals = [label("persona_goal_answer", language, column=_short(t["column"]), answer=t["answer"], k=t["k"], n=t["n"])
                 for t in traits if t["kind"] == "share"][:1]
    return goals


def _frustrations(feelings, language) -> list[str]:
    hurt = sorted((f for f in feelings if f.negative and (f.mean < 0 or f.negative >= NOTABLE_NEGATIVE * f.n)),
                  key=lambda f: (-f.negative / (f.n + 2), f.mean, f.touchpoint.id))
    if hurt:
        return [label("persona_frustration", language, name=f.touchpoint.name, k=f.negative, n=f.n,
                     pct=round(100 * f.negative / f.n)) for f in hurt[:TOP_STATEMENTS]]
    if feelings:
        lowest = min(feelings, key=lambda f: (f.mean, f.touchpoint.id))
        return [label("persona_frustration_lowest", language, name=lowest.touchpoint.name,
                      mean=number(lowest.mean, language, signed=True), n=lowest.n)]
    return []


def _demographics(respondents, members, columns, language) -> dict[str, str]:
    found = {}
    present = respondents.index.map(str).isin(members)
    for column in columns:
        if column not in respondents.columns:
            continue
        values = respondents.loc[present, column]
        numeric = numbers(values)
        if numeric is not None:
            if numeric.notna().any():
                found[str(column)] = label("persona_median", language, value=f"{round(numeric.median(), 1):g}")
            continue
        answers = choices(values).dropna()
        if not answers.empty:
            counts = answers.value_counts()
            found[str(column)] = label("persona_modal", language, answer=counts.index[0],
                                      pct=round(100 * counts.iloc[0] / len(answers)))
    return found


# ---- names ---------------------------------------------------------------------------

def _traits(respondents, labels, definitions, language) -> dict[str, list[dict]]:
    """Per segment, the distinguishing answers on the columns that defined it (for names, fallbacks)."""
    columns = []
    for definition in definitions.values():
        spec = definition.get("rule") if isinstance(definition.get("rule"), dict) else definition.get("centre")
        columns += [c for c in (spec or {}) if c not in columns and c in respondents.columns]
    if not columns:
        return {}
    frame = respondents.set_axis(respondents.index.map(str))
    return distinguishing_answers(frame, labels.reindex(frame.index), columns, top=TOP_STATEMENTS)


def _name(segment, definition, traits, channels, language) -> str:
    """A readable default, e.g. "Shoppers: 55+, first order · phone"; the team renames it."""
    if segment == OTHER:
        return label("persona_other", language)
    rule = definition.get("rule")
    words = [str(v) for v in rule.values()] if isinstance(rule, dict) else []
    for trait in [] if words else traits[:2]:
        if trait["kind"] == "share":
            words.append(str(trait["answer"]))
        else:
            words.append(label("persona_high" if trait["effect"] > 0 else "persona_low", language, column=_short(trait["column"])))
    words = [w for w in words if NO_ANSWER not in w] or [str(segment)]
    name = f"{label('persona_noun', language)}: {', '.join(words)}"
    leading = channels and (len(channels) == 1 or channels[0][1] > channels[1][1])
    if leading and channels[0][0].casefold() not in (w.casefold() for w in words):
        name = f"{name} · {channels[0][0]}"
    return name


def _unique(name: str, taken: set[str]) -> str:
    candidate, number = name, 2
    while candidate in taken:
        candidate, number = f"{name} ({number})", number + 1
    taken.add(candidate)
    return candidate
