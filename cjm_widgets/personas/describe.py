"""What sets a segment apart, and the evidence a persona card quotes: touchpoints, channels, quotes.

Effect sizes make numeric and categorical answers comparable: Cohen's d for a mean
(difference in overall standard deviations) and Cohen's h for a share (difference of
arcsine-root proportions); on both scales 0.2 is small, 0.5 medium, 0.8 large.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..errors import InputError
from ..evidence import by_respondent, respondent_means
from ..model import Observation, Source, Touchpoint
from .answers import check_columns, choices, numbers, source_name
from .segment import NO_ANSWER, rule_values, range_prefix

FREE_TEXT_LEVELS = 20  # a choice column with more distinct answers than this (and than half its answers) is free text
QUOTE_LENGTH = (30, 280)  # a quote of this many characters reads well on a card
MIN_QUOTE_WORDS = 3  # an open answer with fewer words ("-", "n/a", a date) is no quote
_MULTI = re.compile(r"\s*[;|]\s*|,\s+(?=[A-ZА-ЯŁŚŻŹĆŃÓ])")


def distinguishing_answers(respondents: pd.DataFrame, labels: pd.Series, columns, *,
                           top: int = 3) -> dict[str, list[dict]]:
    """The ``top`` answers that most set each segment apart from everyone, with the numbers.

    A choice counts when the segment gives it more often than everyone does (share in segment vs
    overall); a number counts either way (mean in segment vs overall). Each entry has ``column``,
    ``kind`` ("share" or "mean"), the two shares or means, ``effect`` (h or d), and ``k``/``n``
    (respondents giving that answer / answering the question in the segment).
    """
    columns = check_columns(respondents, columns)
    labels = labels.reindex(respondents.index)
    found: dict[str, list[dict]] = {segment: [] for segment in segments_by_size(labels)}
    for column in columns:
        values = numbers(respondents[column])
        entries = _mean_gaps(values, labels, column) if values is not None else \
            _share_gaps(choices(respondents[column]), labels, column)
        for segment, entry in entries:
            found[segment].append(entry)
    return {segment: sorted(entries, key=lambda e: -abs(e["effect"]))[:top] for segment, entries in found.items()}


def segments_by_size(labels: pd.Series) -> list[str]:
    """Segment keys, largest first, ``other`` last; ties in key order so reruns agree."""
    sizes = labels.dropna().value_counts()
    return sorted(sizes.index, key=lambda key: (key == "other", -sizes[key], str(key)))


def _mean_gaps(values: pd.Series, labels: pd.Series, column):
    present = values[labels.notna()].dropna()
    spread = present.std(ddof=0)
    if present.empty or not spread:
        return
    overall = present.mean()
    for segment, group in present.groupby(labels[present.index]):
        effect = (group.mean() - overall) / spread
        if effect:
            yield segment, {"column": column, "kind": "mean", "mean_segment": round(float(group.mean()), 3),
                            "mean_overall": round(float(overall), 3), "effect": round(float(effect), 3),
                            "k": int(len(group)), "n": int(len(group))}


def _share_gaps(answers: pd.Series, labels: pd.Series, column):
    present = answers[labels.notna()].dropna()
    if present.empty or is_free_text(present):
        return
    overall = present.value_counts(normalize=True)
    for segment, group in present.groupby(labels[present.index]):
        counts = group.value_counts()
        for answer, k in counts.items():
            share = k / len(group)
            effect = 2 * math.asin(math.sqrt(share)) - 2 * math.asin(math.sqrt(overall[answer]))
            if effect > 0:
                yield segment, {"column": column, "kind": "share", "answer": answer,
                                "share_segment": round(float(share), 3),
                                "share_overall": round(float(overall[answer]), 3),
                                "effect": round(effect, 3), "k": int(k), "n": int(len(group))}


@dataclass(frozen=True)
class Facet:
    """One answer to one question as a segment gives it, beside everyone's share of it."""

    column: object
    answer: str
    k: int  # members giving this answer
    n: int  # members answering the question
    overall: float  # share of everyone answering who give it
    ranged: bool = False  # a range of a number ("25–34"), cut as segment_rules cuts it

    @property
    def share(self) -> float:
        return self.k / self.n

    @property
    def effect(self) -> float:
        """Cohen's h of the segment's share over everyone's: 0.2 small, 0.5 medium, 0.8 large."""
        return 2 * math.asin(math.sqrt(self.share)) - 2 * math.asin(math.sqrt(self.overall))


def facet_answers(respondents: pd.DataFrame, columns) -> dict:
    """Column -> (its answers as facets read them, whether they are a number's ranges), read once for
    every respondent: a number in the ranges segment_rules cuts it into (an age in years reads
    "25–34"), choices tidied; free text and columns the survey lacks are left out."""
    found = {}
    for column in dict.fromkeys(columns):
        if column not in respondents.columns:
            continue
        if numbers(respondents[column]) is not None:
            answers = rule_values(respondents[column], column).str.slice(len(range_prefix(column)))
            found[column] = (answers.where(answers != NO_ANSWER), True)
            continue
        answers = choices(respondents[column])
        if not is_free_text(answers.dropna()):
            found[column] = (answers, False)
    return found


def answer_facets(answers: dict, labels: pd.Series, *, multi=()) -> dict[str, list[Facet]]:
    """Per segment, every answer its members give to each question of ``answers`` (facet_answers),
    each question's most given first: what a persona's name and sentences are made of. ``labels``:
    each respondent's segment, in the answers' order of respondents. The answers of a ``multi``
    column (channels) are split on ";" or "|", so each counts the members who named it.
    """
    segment_codes, segment_keys = pd.factorize(labels)
    found: dict[str, list[Facet]] = {key: [] for key in segment_keys}
    for column, (given, ranged) in answers.items():
        codes, uniques = pd.factorize(given)
        present = (codes >= 0) & (segment_codes >= 0)
        width = len(uniques)
        table = np.bincount(segment_codes[present] * width + codes[present],
                            minlength=len(segment_keys) * width).reshape(len(segment_keys), width)
        splits = [_said(u, column in multi) for u in uniques]
        said = list(dict.fromkeys(a for parts in splits for a in parts))
        where = {a: i for i, a in enumerate(said)}
        named = np.zeros((width, len(said)), dtype=np.int64)  # answer as given -> the answers it holds
        for code, parts in enumerate(splits):
            named[code, [where[a] for a in parts]] = 1
        counts, answering = table @ named, table.sum(axis=1)
        overall = counts.sum(axis=0) / max(int(answering.sum()), 1)
        for code, key in enumerate(segment_keys):
            if not answering[code]:
                continue
            order = sorted(np.flatnonzero(counts[code]), key=lambda j: (-counts[code, j], said[j]))
            found[key] += [Facet(column, said[j], int(counts[code, j]), int(answering[code]), float(overall[j]), ranged)
                           for j in order]
    return found


def _said(answer, multi: bool) -> list[str]:
    """The answers one cell holds: itself, or the choices of a multi-choice cell ("App; Website")."""
    return sorted(set(filter(None, _MULTI.split(str(answer))))) if multi else [str(answer)]


def likeness(answers: dict, facets: list[Facet], members: np.ndarray, *, multi=()) -> np.ndarray:
    """For each member (a mask over the respondents of ``answers``, facet_answers), how many of
    ``facets`` (their segment's answers) they give: the members most like their persona score
    highest, so its quote comes from one of them."""
    score = np.zeros(int(np.count_nonzero(members)), dtype=np.int64)
    for facet in facets:
        codes, uniques = pd.factorize(answers[facet.column][0][members])
        score += np.array([facet.answer in _said(u, facet.column in multi) for u in uniques] + [False])[codes]
    return score


def is_free_text(answers: pd.Series) -> bool:
    """Open answers rather than choices: many distinct answers, most given only once."""
    levels = answers.nunique()
    return levels > FREE_TEXT_LEVELS and levels > len(answers) / 2


# ---- evidence from observations -------------------------------------------------------

@dataclass
class TouchpointFeeling:
    """How the members who left evidence on one touchpoint feel: respondents, not observations."""

    touchpoint: Touchpoint
    n: int  # members with evidence on it
    positive: int  # members whose mean valence is above 0
    negative: int  # members whose mean valence is below 0
    mean: float  # mean of the members' mean valences, -1..+1
    total: float  # sum of the members' mean valences

    @property
    def shrunk(self) -> float:
        """Mean pulled towards 0 for small n, so one enthusiastic respondent does not top the list."""
        return self.total / (self.n + 2)


def segment_codes(evidence: pd.DataFrame, labels: pd.Series) -> tuple[np.ndarray, list]:
    """(each row's segment as a code, -1 outside ``labels``; the segments the codes stand for)."""
    respondents = evidence["respondent"]
    if not isinstance(respondents.dtype, pd.CategoricalDtype):
        respondents = respondents.astype("category")
    labels = labels.dropna()
    labels = labels[~labels.index.astype(str).duplicated()]
    codes, keys = pd.factorize(labels.to_numpy(dtype=object))
    per_code = by_respondent(evidence, pd.Series(codes, index=labels.index), -1).astype(np.int64)
    return per_code[respondents.cat.codes.to_numpy()], list(keys)


def feelings_by_segment(evidence: pd.DataFrame, segments: np.ndarray,
                        touchpoints: list[Touchpoint]) -> dict[int, list[TouchpointFeeling]]:
    """Per segment and touchpoint, each member's mean valence counted once per member (``segments``:
    each row's segment code, -1 outside any; a respondent is in one segment): one pass over the
    evidence, not a copy of it per segment."""
    known = {t.id: t for t in touchpoints}
    inside = segments >= 0
    per_person = respondent_means(evidence, list(known), rows=inside)
    if per_person.empty:
        return {}
    respondent = evidence["respondent"].astype("category").array
    segment_of = np.full(len(respondent.categories) + 1, -1, dtype=np.int64)
    segment_of[respondent.codes[inside]] = segments[inside]
    tp, kinds, means = per_person["touchpoint"].array, len(per_person["touchpoint"].cat.categories), \
        per_person["mean"].to_numpy()
    group = segment_of[per_person["respondent"].to_numpy()] * kinds + tp.codes
    size = int(group.max()) + 1
    n, total = np.bincount(group, minlength=size), np.bincount(group, weights=means, minlength=size)
    positive, negative = np.bincount(group[means > 0], minlength=size), np.bincount(group[means < 0], minlength=size)
    found: dict[int, list[TouchpointFeeling]] = {}
    for g in np.flatnonzero(n):
        code, tp_code = divmod(int(g), kinds)
        found.setdefault(code, []).append(TouchpointFeeling(
            known[tp.categories[tp_code]], int(n[g]), int(positive[g]), int(negative[g]),
            float(total[g] / n[g]), float(total[g])))
    return found


def channel_counts(respondents: pd.DataFrame, members: np.ndarray, channel_column=None) -> tuple[list[tuple[str, int]], int]:
    """Channels the members (a mask over ``respondents``) use, most used first, and how many members
    that count rests on.

    Only from the ``channel_column`` answers (multi-choice cells split on ``;`` or ``|``): a
    touchpoint's channel says where the brand meets people, not which channel they prefer. Each
    distinct answer is split once.
    """
    if channel_column is None:
        return [], 0
    if channel_column not in respondents.columns:
        raise InputError(source_name(respondents), "the channel column is not in the survey.",
                         column=channel_column, fix="Set personas.channel_column to a survey header.")
    answers = choices(respondents.loc[members, channel_column]).dropna()
    codes, uniques = pd.factorize(answers.astype(str))
    counts: dict[str, int] = {}
    for answer, k in zip(uniques, np.bincount(codes, minlength=len(uniques))):
        for channel in set(filter(None, _MULTI.split(answer))):
            counts[channel] = counts.get(channel, 0) + int(k)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0])), len(answers)


def free_text_columns(respondents: pd.DataFrame, choices=()) -> list[str]:
    """The columns of open answers (not numbers, not a few repeated choices); besides the questions
    of ``choices`` (the ones personas are made of), also a comment box whose answers are sentences
    though many read alike ("Delivery took too long."), so a persona still finds a quote of its own."""
    found = []
    for column in respondents.columns:
        answers = respondents[column].dropna()
        if numbers(answers) is not None:
            continue
        answers = answers.astype(str)
        if is_free_text(answers) or (column not in choices and not answers.empty and
                                     answers.str.count(r"[^\W\d_]{2,}").median() > MIN_QUOTE_WORDS):
            found.append(column)
    return found


QUOTE_CANDIDATES = 500  # open answers a segment's quote is chosen from: its first ones, in file order


def answer_quotes(respondents: pd.DataFrame, members: np.ndarray, file: str | None = None,
                  columns=None) -> list[Observation]:
    """The members' (a mask over ``respondents``) open answers as text observations, for a quote
    when no comment was coded: the first QUOTE_CANDIDATES of each free-text column. The row comes
    from the ``source_row`` column when ingest provides it; the file from ``file``, else
    ``respondents.attrs["file"]``."""
    file = file or source_name(respondents)
    frame = respondents.loc[members]
    frame = frame.set_axis(frame.index.map(str))
    found = []
    for column in free_text_columns(respondents) if columns is None else columns:
        for respondent, answer in frame[column].dropna().head(QUOTE_CANDIDATES).items():
            if isinstance(answer, str) and len(re.findall(r"[^\W\d_]{2,}", answer)) >= MIN_QUOTE_WORDS:
                row = frame.at[respondent, "source_row"] if "source_row" in frame.columns else None
                found.append(Observation(None, 0.0, "text", Source(file,
                                         row=None if pd.isna(row) else int(row), column=str(column)),
                                         text=answer, respondent=respondent))
    return found


def pick_quote(evidence, taken: frozenset = frozenset(), typical: float | None = None,
               like: pd.Series | None = None) -> Observation | None:
    """The members' verbatim text that best stands for them: of a readable length, from a member
    most like the persona (``like``: respondent id -> likeness), closest in feeling to the segment's
    average (``typical``; by default the mean valence of ``evidence``), not markup (on any line) or a
    formula, not a quote another persona took (``taken``: their quote_key); earliest source wins a
    tie so reruns agree. ``evidence`` is a frame or a list of Observations."""
    from ..evidence import frame_from_observations, observations_from_frame

    frame = evidence if isinstance(evidence, pd.DataFrame) else frame_from_observations(list(evidence))
    if frame.empty:
        return None
    if typical is None:
        valences = frame["valence"].astype(float)
        typical = float(valences.mean()) if valences.notna().any() else 0.0
    texts = frame[frame["text"].notna()]
    stripped = texts["text"].astype(str).str.strip()
    usable = stripped.ne("") & ~stripped.str.match(r"[=+\-@\t\r]") & ~stripped.str.contains(r"<[a-zA-Z/!?]|&#?\w+;") \
        & ~stripped.map(quote_key).isin(taken)
    texts, stripped = texts[usable.to_numpy()], stripped[usable.to_numpy()]
    if texts.empty:
        return None
    low, high = QUOTE_LENGTH
    length = stripped.str.len()
    unlike = -texts["respondent"].astype(object).map(like).fillna(0) if like is not None else 0
    order = pd.DataFrame({
        "bad_length": ~length.between(low, high),
        "unlike": unlike,
        "gap": (texts["valence"].astype(float).fillna(0.0) - typical).abs().round(6),
        "file": texts["file"].astype(object).astype(str),
        "row": texts["row"].fillna(-1).astype("int64"), "line": texts["line"].fillna(-1).astype("int64"),
    }).reset_index(drop=True)
    best = order.sort_values(["bad_length", "unlike", "gap", "file", "row", "line"], kind="stable").index[0]
    return observations_from_frame(texts.iloc[[best]])[0]


def quote_key(text: str) -> str:
    """What makes two quotes the same one: their words, whatever the case, spacing or punctuation."""
    return " ".join(re.findall(r"[^\W_]+", str(text).casefold()))
