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

from ..model import Persona, Touchpoint
from .answers import choices, numbers
from .describe import (answer_quotes, channel_counts, distinguishing_answers, member_evidence, pick_quote,
                       segments_by_size, touchpoint_feelings)
from .labels import text
from .segment import NO_ANSWER, OTHER, _short

TOP_STATEMENTS = 3
NOTABLE_NEGATIVE = 0.25  # a touchpoint liked on average is still a frustration when this share is negative


def propose_personas(respondents: pd.DataFrame, labels: pd.Series, evidence,
                     touchpoints: list[Touchpoint], *, language: str = "en", channel_column=None,
                     demographic_columns=()) -> list[Persona]:
    """One persona per segment of ``labels`` (largest first), described from the members' data.

    ``evidence`` is an evidence frame (or a list of Observations). ``definition`` keeps the rule or
    cluster centre, the segment keys (``segments``) and a bounded sketch of the member ids
    (``members``, see member_sketch): ``reconcile`` relies on them.
    """
    from ..evidence import frame_from_observations

    if not isinstance(evidence, pd.DataFrame):
        evidence = frame_from_observations(list(evidence))
    text("noun", language)  # unknown language: fail before any work
    labels = labels.dropna()
    labels.index = labels.index.map(str)
    definitions = labels.attrs.get("definitions", {})
    segments = segments_by_size(labels)
    total = len(labels)
    traits = _traits(respondents, labels, definitions, language)
    personas, names, quotes = [], set(), set()
    for segment in segments:
        members = sorted(labels.index[labels == segment])
        theirs = member_evidence(evidence, set(members))
        feelings = touchpoint_feelings(theirs, touchpoints)
        channels, base = channel_counts(respondents, members, channel_column)
        taken = frozenset(quotes)
        quote = pick_quote(theirs, taken) or pick_quote(answer_quotes(respondents, members, _survey_file(theirs)), taken)
        if quote:
            quotes.add(quote.text.strip())
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
            channels=[text("channel", language, channel=c, k=k, n=base) for c, k in channels[:TOP_STATEMENTS]],
            quote=quote.text.strip() if quote else "",
            quote_source=dataclasses.replace(quote.source) if quote else None,
            definition={**definition, "segments": [segment], "members": member_sketch(members)},
        ))
    return personas


def assign_personas(evidence, labels: pd.Series, personas: list[Persona]):
    """The evidence with each labelled respondent's rows carrying their persona id (a frame in, a
    frame out; a list of Observations in, a new list out).

    Rows of people outside ``labels`` (a workshop judgement, an unlinked interview) keep theirs.
    """
    from ..evidence import frame_from_observations, observations_from_frame

    if not isinstance(evidence, pd.DataFrame):
        return observations_from_frame(assign_personas(frame_from_observations(list(evidence)), labels, personas))
    persona_of = {segment: p.id for p in personas for segment in p.definition.get("segments", [])}
    segments = labels.dropna()
    persona_by_respondent = pd.Series(segments.map(persona_of).to_numpy(), index=segments.index.map(str))
    respondents = evidence["respondent"].astype(object)
    found = respondents.astype(str).map(persona_by_respondent).where(respondents.notna())
    result = evidence.copy()
    result["persona"] = found.where(found.notna(), evidence["persona"].astype(object)).astype("category")
    return result


def _survey_file(evidence: pd.DataFrame) -> str | None:
    """The survey file the members' ratings came from, to cite an open answer of theirs."""
    files = evidence.loc[evidence["row"].notna(), "file"].astype(object)
    return str(files.mode().iloc[0]) if len(files) else None


SKETCH = 512  # member ids a persona keeps to recognise its segment on a rerun


def member_sketch(members) -> list[str]:
    """A bounded, deterministic sample of member ids: the SKETCH with the smallest hash (a bottom-k
    sketch). Two segments' sketches estimate their overlap without keeping a million ids."""
    ids = {str(m) for m in members}
    if len(ids) <= SKETCH:
        return sorted(ids)
    return sorted(sorted(ids, key=_member_hash)[:SKETCH])


def _member_hash(member: str) -> str:
    return hashlib.sha1(member.encode("utf-8")).hexdigest()


def persona_id(segment: str, definition: dict | None) -> str:
    """Stable across reruns while the rule or cluster centre stays the same."""
    slug = re.sub(r"[^\w]+", "-", str(segment).casefold()).strip("-")[:32] or "segment"
    digest = hashlib.sha1(json.dumps(definition or segment, sort_keys=True, ensure_ascii=False,
                                     default=str).encode("utf-8")).hexdigest()[:6]
    return f"p-{slug}-{digest}"


# ---- statements ----------------------------------------------------------------------

def _goals(feelings, traits, language, size) -> list[str]:
    liked = sorted((f for f in feelings if f.positive and f.mean > 0), key=lambda f: (-f.shrunk, -f.n, f.touchpoint.id))
    goals = [text("goal", language, name=f.touchpoint.name, k=f.positive, n=f.n) for f in liked[:TOP_STATEMENTS]]
    if not goals:  # no touchpoint evidence: say what the segment answers more often than others
        goals = [text("goal_answer", language, column=_short(t["column"]), answer=t["answer"], k=t["k"], n=t["n"])
                 for t in traits if t["kind"] == "share"][:1]
    return goals


def _frustrations(feelings, language) -> list[str]:
    hurt = sorted((f for f in feelings if f.negative and (f.mean < 0 or f.negative >= NOTABLE_NEGATIVE * f.n)),
                  key=lambda f: (-f.negative / (f.n + 2), f.mean, f.touchpoint.id))
    if hurt:
        return [text("frustration", language, name=f.touchpoint.name, k=f.negative, n=f.n,
                     pct=round(100 * f.negative / f.n)) for f in hurt[:TOP_STATEMENTS]]
    if feelings:
        lowest = min(feelings, key=lambda f: (f.mean, f.touchpoint.id))
        return [text("frustration_lowest", language, name=lowest.touchpoint.name, mean=lowest.mean, n=lowest.n)]
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
                found[str(column)] = text("median", language, value=f"{round(numeric.median(), 1):g}")
            continue
        answers = choices(values).dropna()
        if not answers.empty:
            counts = answers.value_counts()
            found[str(column)] = text("modal", language, answer=counts.index[0],
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
        return text("other", language)
    rule = definition.get("rule")
    words = [str(v) for v in rule.values()] if isinstance(rule, dict) else []
    for trait in [] if words else traits[:2]:
        if trait["kind"] == "share":
            words.append(str(trait["answer"]))
        else:
            words.append(text("high" if trait["effect"] > 0 else "low", language, column=_short(trait["column"])))
    words = [w for w in words if NO_ANSWER not in w] or [str(segment)]
    name = f"{text('noun', language)}: {', '.join(words)}"
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
