"""From segments to proposed personas: who they are, goals, frustrations, channels and a real quote.

Every statement carries the count of respondents behind it; nothing is invented: a persona whose
members left no evidence on a touchpoint simply has no touchpoint statements.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import re

import numpy as np
import pandas as pd

from ..model import Persona, Touchpoint
from .answers import choices, numbers
from .describe import (answer_quotes, channel_counts, distinguishing_answers, feelings_by_segment,
                       free_text_columns, pick_quote, quote_key, segment_codes, segments_by_size)
from ..labels import LANGUAGES, Counted, label, number, plural
from ..settings import ScoringSettings
from .roles import plain, question_family, question_labels, role_of, short_question, shorten, yes_no
from .segment import NO_ANSWER, OTHER, range_prefix

TOP_STATEMENTS = 3
GOAL_SHARE = 0.6  # a goal needs a clear majority of the members who rated the touchpoint positive
NOTABLE_NEGATIVE = 0.25  # a touchpoint liked on average is still a frustration when this share is negative
NAME_LENGTH = 60  # a default name fits a button; what does not fit is on the card
NAME_WORDS = 3  # answers a default name is made of, at most
NAME_QUESTION = 28  # a question's label inside a name: "Do you measure this feature…: nie"
NAME_ANSWER = 32  # an answer inside a name


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
    traits = _traits(respondents, labels, definitions, language)
    asked = question_labels([*_defining_columns(definitions, respondents), *demographic_columns], language)
    demographic_columns = _telling(respondents, demographic_columns)
    personas, names, quotes = [], set(), set()
    by_respondent = labels.reindex(respondents.index.map(str)).to_numpy()
    by_row, keys = segment_codes(evidence, labels)
    code_of = {key: code for code, key in enumerate(keys)}
    feelings_of = feelings_by_segment(evidence, by_row, touchpoints)
    typical, files = _typical_valences(evidence, by_row), _survey_files(evidence, by_row)
    if texts is None:
        has_text = evidence["text"].notna().to_numpy()
        texts, text_segment = evidence[has_text], by_row[has_text]
    else:
        text_segment, _ = segment_codes(texts, labels)  # the same labels give the same codes
    free_text = free_text_columns(respondents)
    for segment in segments:
        members = labels.index[(labels == segment).to_numpy()]
        mine = by_respondent == segment
        code = code_of.get(segment, -1)
        feelings = [f for f in feelings_of.get(code, []) if f.n >= min_n]
        channels, base = channel_counts(respondents, mine, channel_column)
        taken = frozenset(quotes)
        quote = pick_quote(texts[text_segment == code], taken, typical.get(code, 0.0)) or pick_quote(
            answer_quotes(respondents, mine, files.get(code), columns=free_text), taken)
        if quote:
            quotes.add(quote_key(quote.text))
        definition = dict(definitions.get(segment, {"method": "labels"}))
        name = _unique(_name(segment, definition, traits.get(segment, []), channels, language), names)
        liked = _goal_feelings(feelings)[:TOP_STATEMENTS]
        personas.append(Persona(
            id=persona_id(segment, definition),
            name=name,
            share=len(members) / total,
            size=len(members),
            demographics=_demographics(respondents, mine, demographic_columns, language, asked),
            goals=_goals(liked, traits.get(segment, []), language, asked),
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


def _goals(liked, traits, language, asked) -> list[str]:
    """The persona's goals: the touchpoints it likes (``liked``, from _goal_feelings)."""
    goals = [label("persona_goal", language, name=f.touchpoint.name, k=f.positive,
                   n=Counted(f.n, "respondent", of=True), happy=plural(f.positive, "satisfied", language))
             for f in liked]
    if not goals:  # no touchpoint evidence: say what most of the segment answers, more often than others do
        goals = [label("persona_goal_answer", language, column=asked.get(t["column"]) or short_question(t["column"]),
                       answer=_answer_words(t["column"], t["answer"], language), k=t["k"],
                       n=Counted(t["n"], "respondent", of=True))
                 for t in traits if t["kind"] == "share" and t["k"] >= GOAL_SHARE * t["n"]][:1]
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
            found[key] = label("persona_modal", language, answer=_answer_words(column, counts.index[0], language),
                               pct=round(100 * counts.iloc[0] / len(answers)))
    return found


def _answer_words(column, answer, language) -> str:
    """An answer as a reader understands it without the question: yes/no in the client's language."""
    said = yes_no(answer)
    if said is None:
        return plain(answer)
    return label("persona_who_yes" if said else "persona_who_no", language)


# ---- names ---------------------------------------------------------------------------

def _defining_columns(definitions, respondents) -> list:
    """The columns the segments' rules or cluster centres are made of, in order."""
    columns = []
    for definition in definitions.values():
        spec = definition.get("rule") if isinstance(definition.get("rule"), dict) else definition.get("centre")
        columns += [c for c in (spec or {}) if c not in columns and c in respondents.columns]
    return columns


def _traits(respondents, labels, definitions, language) -> dict[str, list[dict]]:
    """Per segment, the distinguishing answers on the columns that defined it (for names, fallbacks)."""
    columns = _defining_columns(definitions, respondents)
    if not columns:
        return {}
    frame = respondents.set_axis(respondents.index.map(str))
    return distinguishing_answers(frame, labels.reindex(frame.index), columns, top=2 * NAME_WORDS)


def _name(segment, definition, traits, channels, language) -> str:
    """A readable default from what sets the segment apart, in the client's language, e.g.
    "First-time buyers: 55+, on Computer, from Friend or family"; the team renames it.

    One answer per question (the one that sets the segment apart most), at most NAME_WORDS of
    them, each readable without the survey at hand (no placeholders, a short question before a bare
    yes or no), as many as fit NAME_LENGTH characters.
    """
    if segment == OTHER:
        return label("persona_other", language)
    rule = definition.get("rule")
    said = [(c, "share", v) for c, v in rule.items()] if isinstance(rule, dict) else \
        [(t["column"], t["kind"], t.get("answer", t["effect"])) for t in traits]
    head, words, asked = label("persona_noun", language), [], set()
    for column, kind, answer in said:
        family = question_family(column)
        if family in asked or len(words) == NAME_WORDS:
            continue
        asked.add(family)
        word = _name_word(column, kind, answer, language)
        if isinstance(word, tuple):  # a first or repeat order names the people themselves
            head = word[0]
        elif word:
            words.append((word, str(answer).casefold()))
    if not words and head == label("persona_noun", language):
        words = [(shorten(plain(segment), NAME_ANSWER), "")]
    fitting = []
    for word in words:
        if len(_joined(head, [w for w, _ in [*fitting, word]])) <= NAME_LENGTH:
            fitting.append(word)
    if words and not fitting:
        fitting = [(shorten(words[0][0], max(NAME_LENGTH - len(head) - 2, 12)), words[0][1])]
    name = _joined(head, [w for w, _ in fitting])
    leading = channels and (len(channels) == 1 or channels[0][1] > channels[1][1])
    if leading and channels[0][0].casefold() not in {a for _, a in fitting}:
        with_channel = f"{name} · {shorten(plain(channels[0][0]), NAME_ANSWER)}"
        name = with_channel if len(with_channel) <= NAME_LENGTH else name
    return name


def _name_word(column, kind, answer, language):
    """One answer as a name says it: "55+ lat", "źródło: Znajomi", "Do you measure this feature…: nie",
    "high Age"; (head,) for a first or repeat order; None for no answer."""
    role = role_of(column)
    question = label(f"role_{role}", language) if role else short_question(column, NAME_QUESTION)
    if kind == "mean":
        return label("persona_high" if answer > 0 else "persona_low", language, column=question)
    if answer is None or NO_ANSWER in str(answer):
        return None
    value = str(answer)
    prefix = range_prefix(column)
    ranged = value.startswith(prefix)  # a number cut into ranges by segment_rules: "Age: 25–34"
    value = plain(value[len(prefix):] if ranged else value)
    said = yes_no(value)
    if role == "first_order" and said is not None:
        return (label("persona_first_order_yes" if said else "persona_first_order_no", language),)
    if role in ("age", "device", "source"):
        key = {"age": "persona_age", "device": "persona_on_device", "source": "persona_from_source"}[role]
        return label(key, language, answer=shorten(value, NAME_ANSWER))
    if said is not None:
        return f"{question}: {_answer_words(column, value, language)}"
    if ranged:
        return f"{question}: {value}"
    return shorten(value, NAME_ANSWER) or None


def _joined(head: str, words: list[str]) -> str:
    return f"{head}: {', '.join(words)}" if words else head


def _unique(name: str, taken: set[str]) -> str:
    candidate, number = name, 2
    while candidate in taken:
        candidate, number = f"{name} ({number})", number + 1
    taken.add(candidate)
    return candidate
