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
from typing import NamedTuple

import numpy as np
import pandas as pd

from ..model import Persona, Touchpoint
from .answers import choices, numbers
from .describe import (Facet, answer_facets, answer_quotes, channel_counts, facet_answers, feelings_by_segment,
                       free_text_columns, likeness, pick_quote, quote_key, segment_codes, segments_by_size)
from ..labels import LANGUAGES, Counted, label, number, plural
from ..settings import ScoringSettings
from .roles import plain, question_family, question_labels, role_of, short_question, yes_no
from .segment import OTHER
from .words import name_part, sentence

TOP_STATEMENTS = 3
GOAL_SHARE = 0.6  # a goal needs a clear majority of the members who rated the touchpoint positive
NOTABLE_NEGATIVE = 0.25  # a touchpoint liked on average is still a frustration when this share is negative
NAME_LENGTH = 60  # a default name fits a button; what does not fit is on the card
NAME_WORDS = 3  # answers a default name says besides first-time or returning, at most
NAME_SHARE = 0.6  # an answer in a name: given by at least this share of the persona...
NAME_LIFT = 0.2  # ...and by at least this much more of it than of everyone (20 points)
WHO_SENTENCES = 3  # "who they are" in this many sentences at most
WHO_EFFECT = 0.2  # an answer sets a persona apart from Cohen's h 0.2 (small) up


def propose_personas(respondents: pd.DataFrame, labels: pd.Series, evidence,
                     touchpoints: list[Touchpoint], *, language: str = "en", channel_column=None,
                     demographic_columns=(), texts: pd.DataFrame | None = None,
                     min_n: int = ScoringSettings.min_n) -> list[Persona]:
    """One persona per segment of ``labels`` (largest first), described from the members' data.

    A touchpoint fewer than ``min_n`` members left evidence on (scoring's min_n) is neither a goal
    nor a frustration of the persona: one respondent's rating is no statement about a segment.

    ``evidence`` is an evidence frame (or a list of Observations); only its touchpoint, respondent,
    valence, file, row and text columns are read. ``texts``, when given, are its rows with a text
    with every column (a run reads them apart, so the million rating rows need not carry empty
    columns); a quote is picked from them. ``definition`` keeps the rule or cluster centre, the
    segment keys (``segments``) and a bounded sketch of the member ids (``members``, see
    member_sketch): ``reconcile`` relies on them.
    """
    from ..evidence import frame_from_observations

    if not isinstance(evidence, pd.DataFrame):
        evidence = frame_from_observations(list(evidence))
    if language not in LANGUAGES:  # fail before any work
        raise ValueError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
    labels = labels.dropna()
    labels.index = labels.index.map(str)
    definitions = labels.attrs.get("definitions", {})
    segments = segments_by_size(labels)
    total = len(labels)
    said = [*_defining_columns(definitions, respondents), *demographic_columns,
            *([channel_column] if channel_column in respondents.columns else [])]
    asked = question_labels(said, language)
    multi = [channel_column] if channel_column is not None else []
    ids = respondents.index.map(str)
    answers = facet_answers(respondents.set_axis(ids), said)
    facets = answer_facets(answers, labels.reindex(ids), multi=multi)
    names, named = _names(segments, facets, language)
    told = {segment: _told(facets.get(segment, []), named.get(segment, [])) for segment in segments}
    demographic_columns = _telling(respondents, demographic_columns)
    personas, quotes = [], set()
    by_respondent = labels.reindex(ids).to_numpy()
    by_row, keys = segment_codes(evidence, labels)
    code_of = {key: code for code, key in enumerate(keys)}
    feelings_of = feelings_by_segment(evidence, by_row, touchpoints)
    typical, files = _typical_valences(evidence, by_row), _survey_files(evidence, by_row)
    if texts is None:
        has_text = evidence["text"].notna().to_numpy()
        texts, text_segment = evidence[has_text], by_row[has_text]
    else:
        text_segment, _ = segment_codes(texts, labels)  # the same labels give the same codes
    free_text = free_text_columns(respondents, choices=said)
    for segment in segments:
        members = labels.index[(labels == segment).to_numpy()]
        mine = by_respondent == segment
        code = code_of.get(segment, -1)
        feelings = [f for f in feelings_of.get(code, []) if f.n >= min_n]
        channels, base = channel_counts(respondents, mine, channel_column)
        taken = frozenset(quotes)
        like = pd.Series(likeness(answers, told[segment], mine, multi=multi), index=ids[mine])
        quote = pick_quote(texts[text_segment == code], taken, typical.get(code, 0.0), like) or pick_quote(
            answer_quotes(respondents, mine, files.get(code), columns=free_text), taken, like=like)
        if quote:
            quotes.add(quote_key(quote.text))
        definition = dict(definitions.get(segment, {"method": "labels"}))
        liked = _goal_feelings(feelings)[:TOP_STATEMENTS]
        personas.append(Persona(
            id=persona_id(segment, definition),
            name=names[segment],
            share=len(members) / total,
            size=len(members),
            demographics=_demographics(respondents, mine, demographic_columns, language, asked),
            who=_who(told[segment], language, asked),
            goals=_goals(liked, facets.get(segment, []), language, asked),
            frustrations=_frustrations(feelings, language, {f.touchpoint.id for f in liked}),
            channels=[label("persona_channel", language, channel=c, k=k, n=base) for c, k in channels[:TOP_STATEMENTS]],
            quote=quote.text.strip() if quote else "",
            quote_source=dataclasses.replace(quote.source) if quote else None,
            definition={**definition, "segments": [segment], "members": member_sketch(members)},
        ))
    return personas


def _typical_valences(evidence: pd.DataFrame, segments: np.ndarray) -> dict[int, float]:
    """Each segment's (code's) mean valence over its members' evidence: the feeling its quote should match."""
    valences = evidence["valence"].to_numpy(dtype=float)
    present = ~np.isnan(valences) & (segments >= 0)
    sums = np.bincount(segments[present], weights=valences[present])
    counts = np.bincount(segments[present], minlength=len(sums))
    return {code: float(sums[code] / counts[code]) for code in np.flatnonzero(counts)}


def _survey_files(evidence: pd.DataFrame, segments: np.ndarray) -> dict[int, str]:
    """Per segment code, the survey file the members' ratings came from (the first name on a tie, as
    Series.mode gives), to cite an open answer of theirs."""
    files = evidence["file"].astype("category").array
    rated = evidence["row"].notna().to_numpy() & (segments >= 0) & (files.codes >= 0)
    width, n = len(files.categories), int(segments.max(initial=-1)) + 1
    counts = np.bincount(segments[rated] * width + files.codes[rated], minlength=n * width).reshape(n, width)
    by_name = np.argsort(np.asarray(files.categories, dtype=str), kind="stable")
    return {int(code): str(files.categories[by_name[np.argmax(counts[code, by_name])]])
            for code in np.flatnonzero(counts.sum(axis=1))}


def assign_personas(evidence, labels: pd.Series, personas: list[Persona]):
    """The evidence with each labelled respondent's rows carrying their persona id (a frame in, a
    frame out; a list of Observations in, a new list out).

    Rows of people outside ``labels`` (a workshop judgement, an unlinked interview) keep theirs.
    """
    from ..evidence import frame_from_observations, observations_from_frame

    if not isinstance(evidence, pd.DataFrame):
        return observations_from_frame(assign_personas(frame_from_observations(list(evidence)), labels, personas))
    persona_of = {segment: p.id for p in personas for segment in p.definition.get("segments", [])}
    codes, keys = segment_codes(evidence, labels)
    before = evidence["persona"].astype("category").array  # a judgement's or an unlinked interview's persona
    ids = pd.Index(list(dict.fromkeys([*before.categories, *(persona_of[k] for k in keys if k in persona_of)])),
                   dtype=object)
    found = np.array([ids.get_loc(persona_of[k]) if k in persona_of else -1 for k in keys] + [-1])[codes]
    kept = np.append(ids.get_indexer(before.categories), -1)[before.codes]
    result = evidence.copy(deep=False)
    result["persona"] = pd.Categorical.from_codes(np.where(found >= 0, found, kept), categories=ids)
    return result


SKETCH = 512  # member ids a persona keeps to recognise its segment on a rerun


def member_sketch(members) -> list[str]:
    """A bounded, deterministic sample of member ids: the SKETCH with the smallest hash (a bottom-k
    sketch). Two segments' sketches estimate their overlap without keeping a million ids."""
    ids = list({str(m) for m in members})
    if len(ids) <= SKETCH:
        return sorted(ids)
    # the first 8 bytes of each hash pick the candidates; ties at the cut stay in, so the result is exact
    prefix = np.frombuffer(b"".join(hashlib.sha1(m.encode("utf-8")).digest()[:8] for m in ids), dtype=">u8")
    cut = np.partition(prefix, SKETCH - 1)[SKETCH - 1]
    candidates = [ids[i] for i in np.flatnonzero(prefix <= cut)]
    return sorted(sorted(candidates, key=_member_hash)[:SKETCH])


def _member_hash(member: str) -> str:
    return hashlib.sha1(member.encode("utf-8")).hexdigest()


def persona_id(segment: str, definition: dict | None) -> str:
    """Stable across reruns while the rule or cluster centre stays the same."""
    slug = re.sub(r"[^\w]+", "-", str(segment).casefold()).strip("-")[:32] or "segment"
    digest = hashlib.sha1(json.dumps(definition or segment, sort_keys=True, ensure_ascii=False,
                                     default=str).encode("utf-8")).hexdigest()[:6]
    return f"p-{slug}-{digest}"


# ---- statements ----------------------------------------------------------------------

def _goal_feelings(feelings) -> list:
    """The touchpoints a clear majority of the members who rated them feel positive about, best first."""
    liked = [f for f in feelings if f.mean > 0 and f.positive >= GOAL_SHARE * f.n]
    return sorted(liked, key=lambda f: (-f.shrunk, -f.n, f.touchpoint.id))


def _goals(liked, facets: list[Facet], language, asked) -> list[str]:
    """The persona's goals: the touchpoints it likes (``liked``, from _goal_feelings)."""
    goals = [label("persona_goal", language, name=f.touchpoint.name, k=f.positive,
                   n=Counted(f.n, "respondent", of=True), happy=plural(f.positive, "satisfied", language))
             for f in liked]
    if not goals:  # no touchpoint liked: what most of the segment answers, more often than others do, to a
        # question about something other than who they are (an age or a device is no goal; "who they are" says it)
        telling = sorted((f for f in facets if f.effect > 0 and f.share >= GOAL_SHARE and role_of(f.column) is None),
                         key=lambda f: -f.effect)
        goals = [label("persona_goal_answer", language, column=asked.get(f.column) or short_question(f.column),
                       answer=_answer_words(f.answer, language), k=f.k, n=Counted(f.n, "respondent", of=True))
                 for f in telling[:1]]
    return goals


def _frustrations(feelings, language, goals: set[str]) -> list[str]:
    """Touchpoints that hurt (mean below 0, or a notable share negative), else the lowest rated one;
    never a touchpoint that is one of the persona's goals (``goals``: their ids)."""
    feelings = [f for f in feelings if f.touchpoint.id not in goals]
    hurt = sorted((f for f in feelings if f.negative and (f.mean < 0 or f.negative >= NOTABLE_NEGATIVE * f.n)),
                  key=lambda f: (-f.negative / (f.n + 2), f.mean, f.touchpoint.id))
    if hurt:
        return [label("persona_frustration", language, name=f.touchpoint.name, k=f.negative,
                      n=Counted(f.n, "respondent", of=True), pct=round(100 * f.negative / f.n),
                      unhappy=plural(f.negative, "dissatisfied", language))
                for f in hurt[:TOP_STATEMENTS]]
    if feelings:
        lowest = min(feelings, key=lambda f: (f.mean, f.touchpoint.id))
        return [label("persona_frustration_lowest", language, name=lowest.touchpoint.name,
                      mean=number(lowest.mean, language, signed=True), n=Counted(lowest.n, "respondent"))]
    return []


def _telling(respondents, columns) -> list:
    """The columns in the survey whose answers differ between respondents: one answer for everyone
    (an export's "anonymized") says nothing about anyone."""
    return [c for c in columns if c in respondents.columns and choices(respondents[c]).nunique() >= 2]


def _demographics(respondents, present, columns, language, asked: dict) -> dict[str, str]:
    """Who the members are, one entry per column keyed by its label (one label per column, so no
    column hides another): the median of a number, the most given answer of a choice."""
    found = {}
    for column in columns:
        if column not in respondents.columns:
            continue
        key = asked.get(column) or str(column)
        values = respondents.loc[present, column]
        numeric = numbers(values)
        if numeric is not None:
            if numeric.notna().any():
                found[key] = label("persona_median", language, value=f"{round(numeric.median(), 1):g}")
            continue
        answers = choices(values).dropna()
        if not answers.empty:
            counts = answers.value_counts()
            found[key] = label("persona_modal", language, answer=_answer_words(counts.index[0], language),
                               pct=round(100 * counts.iloc[0] / len(answers)))
    return found


def _answer_words(answer, language) -> str:
    """An answer as a reader understands it without the question: yes/no in the client's language."""
    said = yes_no(answer)
    if said is None:
        return plain(answer)
    return label("persona_who_yes" if said else "persona_who_no", language)


# ---- names and who they are ----------------------------------------------------------------

def _defining_columns(definitions, respondents) -> list:
    """The columns the segments' rules or cluster centres are made of, in order."""
    columns = []
    for definition in definitions.values():
        spec = definition.get("rule") if isinstance(definition.get("rule"), dict) else definition.get("centre")
        columns += [c for c in (spec or {}) if c not in columns and c in respondents.columns]
    return columns


def _clear(facet: Facet) -> bool:
    """An answer a name may say: a clear majority of the persona gives it, well above everyone's share."""
    return facet.share >= NAME_SHARE and facet.share - facet.overall >= NAME_LIFT


class _Part(NamedTuple):
    """One answer as a name says it."""

    slot: str  # where in the name: one of SLOTS
    words: str
    family: str  # the question it answers (question_family): one answer per question
    facet: Facet


def _parts(facets: list[Facet], language: str) -> list[_Part]:
    """Every answer a name can carry (words.name_part) that the persona gives more than everyone does,
    most distinguishing first."""
    found = []
    for facet in sorted(facets, key=lambda f: (-f.effect, str(f.column), f.answer)):
        part = name_part(facet.column, facet.answer, facet.ranged, language) if facet.effect > 0 else None
        if part:
            found.append(_Part(*part, question_family(facet.column), facet))
    return found


def _names(segments, facets: dict, language: str) -> tuple[dict[str, str], dict[str, list[Facet]]]:
    """Each segment's default name from what sets it apart, in the client's language, e.g. "First-time
    buyers on phones, 18–24, from Search engine"; the team renames it.

    A name says an answer only when a clear majority of the persona gives it, well above everyone's
    share (_clear): the most common answer overall tells no one apart, and a group a third of which
    is 45–54 is not "45–54". One answer per question, at most NAME_WORDS besides first-time or
    returning, within NAME_LENGTH. Two personas that would share a name each add their next most
    distinguishing answer among their most given ones (a majority's first), until the names differ
    or none is left. Returns the names and the answers each says.
    """
    candidates = {s: _parts(facets.get(s, []), language) for s in segments if s != OTHER}
    chosen: dict[str, list[_Part]] = {s: [] for s in candidates}
    for segment, parts in candidates.items():
        for part in parts:
            if _clear(part.facet):
                _add(chosen[segment], part, language)
    spare = {}
    for segment, parts in candidates.items():
        most = _most_given(facets.get(segment, []))
        spare[segment] = sorted((p for p in parts if p not in chosen[segment] and p.facet in most),
                                key=lambda p: p.facet.share < 0.5)
    while True:
        names = {s: _joined(parts, language) for s, parts in chosen.items()}
        seen = Counter(names.values())
        if not [s for s in chosen if seen[names[s]] > 1 and _grow(chosen[s], spare[s], language)]:
            break
    names[OTHER] = label("persona_other", language)
    taken: set[str] = set()
    return {s: _unique(names[s], taken) for s in segments}, {s: [p.facet for p in parts] for s, parts in chosen.items()}


def _grow(parts: list, spare: list, language: str) -> bool:
    """Adds the first of the ``spare`` parts that fits the name (used up as tried); False for none."""
    while spare:
        if _add(parts, spare.pop(0), language):
            return True
    return False


def _add(parts: list[_Part], part: _Part, language: str) -> bool:
    """Adds ``part`` when its question is not said yet, its slot is free and the name still fits."""
    if any(p.family == part.family for p in parts) or \
            (part.slot in ("head", "device") and any(p.slot == part.slot for p in parts)):
        return False
    if part.slot != "head" and sum(p.slot != "head" for p in parts) >= NAME_WORDS:
        return False
    if len(_joined([*parts, part], language)) > NAME_LENGTH:
        return False
    parts.append(part)
    return True


SLOTS = ("head", "device", "age", "rest")  # the order a name says its parts in


def _joined(parts: list[_Part], language: str) -> str:
    """ "First-time buyers on phones, 18–24, from Search engine"; "Shoppers" for no part."""
    ordered = sorted(parts, key=lambda p: SLOTS.index(p.slot))  # stable: within a slot, most distinguishing first
    head = next((p.words for p in ordered if p.slot == "head"), label("persona_noun", language))
    device = next((f" {p.words}" for p in ordered if p.slot == "device"), "")
    return f"{head}{device}" + "".join(f", {p.words}" for p in ordered if p.slot in ("age", "rest"))


def _unique(name: str, taken: set[str]) -> str:
    candidate, number = name, 2
    while candidate in taken:
        candidate, number = f"{name} ({number})", number + 1
    taken.add(candidate)
    return candidate


def _most_given(facets: list[Facet]) -> list[Facet]:
    """Each question's answer the persona gives most, where one answer leads (a tie is no "most often")."""
    top: dict = {}
    for facet in facets:  # each column's answers come most given first
        top.setdefault(facet.column, []).append(facet)
    return [f for f, *rest in top.values() if not rest or rest[0].k < f.k]


def _told(facets: list[Facet], named: list[Facet]) -> list[Facet]:
    """The answers "who they are" tells, WHO_SENTENCES at most: the ones the name says, then the
    persona's most given answers to other questions that set it apart (by WHO_EFFECT or more, and
    strictly its most given, so "most often" is true); failing both, its most given answers to the
    first two questions, still true of it. One per question."""
    modal = _most_given(facets)
    told = list(named)
    for facet in sorted((f for f in modal if f.effect >= WHO_EFFECT), key=lambda f: -f.effect):
        if not any(question_family(t.column) == question_family(facet.column) for t in told):
            told.append(facet)
    return told[:WHO_SENTENCES] or modal[:2]


def _who(told: list[Facet], language: str, asked: dict) -> list[str]:
    """Who the persona is, one short sentence per told answer (_told) in the order a name says them,
    in the client's language: "Wszyscy kupują u nas pierwszy raz. Najczęściej 25–34 lata (62%)."."""
    slot = {id(f): SLOTS.index((name_part(f.column, f.answer, f.ranged, language) or ("rest",))[0]) for f in told}
    return [sentence(f.column, f.answer, f.share, asked.get(f.column) or short_question(f.column), language)
            for f in sorted(told, key=lambda f: slot[id(f)])]
