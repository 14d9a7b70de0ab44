"""Emotion scores for touchpoints and stages, overall and per persona, each with its evidence.

Observations carry a valence in [-1, +1]; a touchpoint's score is their source-weighted mean
with n, a standard error, a 95% t-interval and the share of negative answers. Scores are shown
on the -2..+2 scale of the five faces (valence x 2). A stage's score is the mean of its
touchpoints weighted by reach x importance, plus its worst touchpoint when one scores below
neutral (peak-end). The rules in words, with every default, are in docs/scoring.md.
"""
from __future__ import annotations

import dataclasses
import math
import warnings
from dataclasses import dataclass
from typing import Mapping, Optional

from .errors import InputError
from .insights import derived_importance, find_moments_of_truth, find_pain_points
from .model import KINDS, Journey, Score
from .settings import ScoringSettings
from .values import is_missing

# two-sided 95% quantiles of Student's t, df 1..30 (t_{0.975, df})
_T975 = (12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281,
         2.2010, 2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860,
         2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423)
_Z975 = 1.959963984540054
# widest standard deviation a valence in [-1, 1] can have: stands in for an unknown spread
_UNKNOWN_SD = 1.0


def t_quantile_975(df: float) -> float:
    """t quantile for a two-sided 95% interval; tabled to df 30, Cornish-Fisher beyond.

    Fractional df (from effective sample sizes) interpolate linearly in 1/df, which is close to
    how the quantile really bends; df below 1 use df 1.
    """
    df = max(float(df), 1.0)
    if df > 30:
        z = _Z975
        return (z + (z**3 + z) / (4 * df) + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * df**2)
                + (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / (384 * df**3)
                + (79 * z**9 + 776 * z**7 + 1482 * z**5 - 1920 * z**3 - 945 * z) / (92160 * df**4))
    lo = math.floor(df)
    if lo == df or lo == 30:
        return _T975[lo - 1]
    hi = lo + 1
    frac = (1 / lo - 1 / df) / (1 / lo - 1 / hi)
    return _T975[lo - 1] + frac * (_T975[hi - 1] - _T975[lo - 1])


@dataclass
class Summary:
    """A weighted mean of valences with its spread; the building block of every score."""

    mean: Optional[float]  # valence, -1..1
    n: int
    se: Optional[float]  # valence scale; None when it cannot be known (n < 2)
    df: float
    share_negative: Optional[float]


def to_display(valence: float) -> float:
    """Valence -1..1 to the five-face scale -2..+2, clipped."""
    return min(2.0, max(-2.0, 2.0 * valence))


def _interval(mean: float, se: Optional[float], df: float) -> tuple[float, float]:
    half = t_quantile_975(df) * (_UNKNOWN_SD if se is None else se)
    return to_display(mean - half), to_display(mean + half)


EVIDENCE_SAMPLE = 5  # per score: this many strongest rows, strongest with words, most negative, ratings by face


def score_journey(journey: Journey, settings: Optional[ScoringSettings] = None) -> Journey:
    """A copy of ``journey`` whose ``scores`` are recomputed from its observations.

    Touchpoints and stages are scored overall and for every persona (those of the journey and
    any persona id found on observations). Overrides are left beside the scores, not applied.
    A score's ``evidence`` indexes a sample of its observations (see ``score_evidence``).
    """
    from .evidence import frame_from_observations

    return dataclasses.replace(journey, scores=score_evidence(frame_from_observations(journey.observations),
                                                              journey, settings))


def score_evidence(frame, journey: Journey, settings: Optional[ScoringSettings] = None) -> list[Score]:
    """Scores from an evidence frame (one row per observation) as vectorised group-bys.

    ``Score.evidence`` holds frame positions of a bounded sample, strongest first (source weight x
    distance from neutral): the EVIDENCE_SAMPLE strongest rows, the strongest that carry words, the
    most negative, and ratings of every face they fall on, as many of each as its share of them.
    ``Score.distribution`` counts the observations per face (-2..+2) and kind.
    """
    import numpy as np

    settings = settings or ScoringSettings()
    rows = _weighted_rows(frame, journey, settings)
    personas = [p.id for p in journey.personas]
    personas += sorted({str(p) for p in rows["persona"].dropna().unique()} - set(personas))
    on_tp = rows["on_tp"].to_numpy()
    tp_stats, stage_stats = _group_stats(rows, on_tp), _group_stats(rows, ~on_tp)
    samples = _samples(rows)
    sampled = np.array(sorted({p for found in samples.values() for p in found}), dtype=np.int64)
    at = np.searchsorted(rows["pos"].to_numpy(), sampled)  # rows are in frame order
    strength = dict(zip(sampled.tolist(), rows["strength"].to_numpy()[at].tolist()))
    scores: list[Score] = []
    for persona in [None, *personas]:
        key = "" if persona is None else persona
        tp_scores = {}
        for tp in journey.touchpoints:
            stats = tp_stats.get((key, tp.id))
            tp_scores[tp.id] = _score(tp.id, "touchpoint", persona, _summary(stats), samples.get((key, tp.id), []),
                                      settings, distribution=_distribution(stats))
        scores += tp_scores.values()
        for stage in journey.stages:
            scores.append(_stage_score(stage.id, persona, tp_scores, tp_stats, stage_stats.get((key, "stage:" + stage.id)),
                                       samples.get((key, "stage:" + stage.id), []), journey, settings, strength))
    return scores


def _weighted_rows(frame, journey: Journey, settings: ScoringSettings):
    """The rows that count, with their weight, strength and the target they score (touchpoint, or
    the stage when only the stage is known); bad rows raise, unplaced ones are reported.

    Works on the categorical codes of the evidence frame: millions of rows, no Python strings.
    """
    import numpy as np
    import pandas as pd

    from .evidence import conform

    frame = conform(frame) if not isinstance(frame["touchpoint"].dtype, pd.CategoricalDtype) else frame
    _check_rows(frame)
    kinds = frame["kind"].cat
    weight_of = np.array([settings.weight(str(k)) for k in kinds.categories] + [0.0])
    w = weight_of[kinds.codes]  # code -1 (no kind) picks the trailing 0
    tp, stage = frame["touchpoint"].cat, frame["stage"].cat
    known_tp = np.array([str(c) in {t.id for t in journey.touchpoints} for c in tp.categories] + [False])
    known_stage = np.array([str(c) in {s.id for s in journey.stages} for c in stage.categories] + [False])
    on_tp = known_tp[tp.codes]
    on_stage = ~on_tp & known_stage[stage.codes]
    counted = w > 0
    unplaced = counted & ~on_tp & ~on_stage
    if unplaced.any():
        first = frame.loc[np.flatnonzero(unplaced)[0]]
        warnings.warn(f"{int(unplaced.sum())} observation(s) name no known touchpoint or stage and are not "
                      f"scored, e.g. touchpoint {first['touchpoint']!r} from {first['file']}"
                      + (f", row {first['row']}" if pd.notna(first["row"]) else "")
                      + (f", line {first['line']}" if pd.notna(first["line"]) else "") + ".", stacklevel=4)
    kept = counted & (on_tp | on_stage)
    index = np.flatnonzero(kept)
    take = slice(None) if len(index) == len(frame) else index  # every row counts: no copies
    n_tp = len(tp.categories)
    codes = np.where(on_tp[take], tp.codes[take], n_tp + stage.codes[take]).astype(np.int32)
    targets = [str(c) for c in tp.categories] + ["stage:" + str(c) for c in stage.categories]
    valence = frame["valence"].to_numpy(dtype=float)[take]
    text = frame["text"].to_numpy()[take]
    has_text = pd.notna(text)
    if has_text.any():
        has_text[has_text] = [bool(str(t).strip()) for t in text[has_text]]
    weights = w[take]
    return pd.DataFrame({
        "pos": index, "target": pd.Categorical.from_codes(codes, categories=pd.Index(targets, dtype=object)),
        "on_tp": on_tp[take], "persona": frame["persona"].array[take], "valence": valence,
        "w": weights, "strength": weights * np.abs(valence), "has_text": has_text,
        "kind": frame["kind"].array[take],
    }, copy=False)


def _check_rows(frame) -> None:
    import numpy as np

    valence = frame["valence"].to_numpy(dtype=float)
    bad = ~((valence >= -1.0) & (valence <= 1.0))
    if bad.any():
        row = frame.iloc[int(np.flatnonzero(bad)[0])]
        raise InputError(row["file"], f"valence {row['valence']!r} is outside -1..+1.", row=_opt(row["row"]),
                         line=_opt(row["line"]), column=_opt(row["column"]),
                         fix="Check the answer scale configured for this question in kit.yaml.")
    unknown = ~frame["kind"].astype(object).isin(KINDS).to_numpy()
    if unknown.any():
        row = frame.iloc[int(np.flatnonzero(unknown)[0])]
        raise InputError(row["file"], f"unknown observation kind {row['kind']!r}.", row=_opt(row["row"]),
                         line=_opt(row["line"]), fix="Use rating, judgement, quote or text.")


def _opt(value):
    return None if is_missing(value) else value


def _group_stats(rows, mask) -> dict[tuple[str, str], dict]:
    """Sums per (persona or "", target) over the ``mask``ed rows, from which a weighted mean and its
    spread follow; bincounts over integer group keys (key -1, no persona, lands in a bin left out)."""
    import numpy as np

    if not mask.any():
        return {}
    kind = rows["kind"].array
    width = len(kind.categories)
    w, v = rows["w"].to_numpy()[mask], rows["valence"].to_numpy()[mask]
    detail = _face_index(v) * width + kind.codes[mask]  # face, then kind
    result: dict[tuple[str, str], dict] = {}
    for key, name in _group_keys(rows, mask):
        key = key + 1
        size = int(key.max()) + 1
        n = np.bincount(key, minlength=size)
        wv = w * v
        sums = {"w": np.bincount(key, w, size), "wv": np.bincount(key, wv, size),
                "w2": np.bincount(key, w * w, size), "wvv": np.bincount(key, wv * v, size)}
        del wv
        negative = np.bincount(key, v < 0, size)
        cells = np.bincount(key * (5 * width) + detail, minlength=size * 5 * width).reshape(size, 5, width)
        for g in np.flatnonzero(n[1:]) + 1:
            faces, kinds = cells[g].sum(axis=1), cells[g].sum(axis=0)
            result[name(g - 1)] = {**{k: float(a[g]) for k, a in sums.items()}, "neg": int(negative[g]),
                                   "n": int(n[g]), "faces": {f - 2: int(c) for f, c in enumerate(faces) if c},
                                   "kinds": {str(kind.categories[k]): int(c) for k, c in enumerate(kinds) if c}}
    return result


FACE_COUNT = 5  # the faces -2..+2


def _face_index(valence):
    """Each valence's face (-2..+2, round(2 x valence)) as 0..4: the faces a score's distribution counts."""
    import numpy as np

    return np.clip(np.rint(2 * valence), -2, 2).astype(np.int64) + 2


def _group_keys(rows, mask):
    """(key per masked row, key -> (persona or "", target)) for the two groupings a score needs:
    every respondent, then each persona (rows without one get key -1)."""
    import numpy as np

    target, persona = rows["target"].array, rows["persona"].array
    t = target.codes[mask].astype(np.int64)
    width = len(target.categories)
    yield t, lambda g: ("", str(target.categories[g]))
    p = persona.codes[mask].astype(np.int64)
    yield np.where(p >= 0, p * width + t, -1), \
        lambda g: (str(persona.categories[g // width]), str(target.categories[g % width]))


def _summary(stats: Optional[dict]) -> Summary:
    """Weighted mean and a standard error from Kish's effective sample size (sum w)^2 / sum w^2, from
    group sums; with equal weights this is the textbook s / sqrt(n) with n - 1 degrees of freedom."""
    if not stats or not stats["n"]:
        return Summary(None, 0, None, 0.0, None)
    n, total = int(stats["n"]), float(stats["w"])
    mean = stats["wv"] / total
    share_negative = stats["neg"] / n
    n_eff = total**2 / stats["w2"]
    if n < 2 or n_eff <= 1:
        return Summary(mean, n, None, 1.0, share_negative)
    spread = max(stats["wvv"] / total - mean * mean, 0.0)
    return Summary(mean, n, math.sqrt(spread / (n_eff - 1)), n_eff - 1, share_negative)


def _distribution(stats: Optional[dict]) -> dict[str, int]:
    if not stats:
        return {}
    faces = {f"face:{face:+d}" if face else "face:0": count for face, count in sorted(stats["faces"].items())}
    return faces | {f"kind:{kind}": count for kind, count in sorted(stats["kinds"].items())}


def _samples(rows) -> dict[tuple[str, str], list[int]]:
    """Per (persona or "", target): frame positions of the rows a reader should see first (the
    EVIDENCE_SAMPLE strongest, the strongest with words, the most negative, and EVIDENCE_SAMPLE
    ratings shared out over the faces they fall on), strongest first.

    The ratings by face are there because on a 1..5 scale the strongest rows are all tied 1s and
    5s: without them a touchpoint answered mostly with 3s would have no 3 to show."""
    import numpy as np

    if rows.empty:
        return {}
    everything = np.ones(len(rows), dtype=bool)
    strength, valence = rows["strength"].to_numpy(), rows["valence"].to_numpy()
    strongest = np.argsort(-strength, kind="stable")
    negative = np.flatnonzero(valence < 0)
    orders = (strongest, strongest[rows["has_text"].to_numpy()[strongest]],
              negative[np.argsort(valence[negative], kind="stable")])
    kind = rows["kind"].array
    is_rating = np.append(kind.categories == "rating", False)[kind.codes]  # code -1 (no kind) picks False
    ratings, face = strongest[is_rating[strongest]], _face_index(valence)
    picked: dict[tuple[str, str], set[int]] = {}
    for key, name in _group_keys(rows, everything):
        heads = [(ranked, key[ranked], EVIDENCE_SAMPLE) for ranked in (order[key[order] >= 0] for order in orders)]
        ranked = ratings[key[ratings] >= 0]
        by_face = key[ranked] * FACE_COUNT + face[ranked]
        heads.append((ranked, by_face, _face_quotas(by_face, int(key.max()) + 1)))
        for ranked, head, k in heads:
            for row in ranked[_first_of_each(head, k)]:
                picked.setdefault(name(key[row]), set()).add(int(row))
    pos = rows["pos"].to_numpy()
    return {group: [int(pos[r]) for r in sorted(found, key=lambda r: (-strength[r], pos[r]))]
            for group, found in picked.items()}


def _face_quotas(by_face, groups: int):
    """How many ratings to keep of each (group x FACE_COUNT + face) key: EVIDENCE_SAMPLE per group,
    one for each face it has and the rest by the faces' counts (largest remainder, ties to the more
    negative face), so the sample holds every face and follows the distribution in a bounded size."""
    import numpy as np

    counts = np.bincount(by_face, minlength=groups * FACE_COUNT).reshape(groups, FACE_COUNT)
    present = counts > 0
    spare = np.maximum(EVIDENCE_SAMPLE - present.sum(axis=1), 0)
    exact = spare[:, None] * counts / np.maximum(counts.sum(axis=1, keepdims=True), 1)
    seats = np.floor(exact).astype(np.int64)
    order = np.argsort(seats - exact, axis=1, kind="stable")  # largest remainder first
    rank = np.empty_like(order)
    np.put_along_axis(rank, order, np.arange(FACE_COUNT)[None, :].repeat(groups, axis=0), axis=1)
    seats += rank < (spare - seats.sum(axis=1))[:, None]
    return ((seats + 1) * present).ravel()


def _first_of_each(keys, k):
    """Positions of the first ``k`` entries of each key (ints >= 0), in order: a group-by head.
    ``k`` is one count for every key, or an array of one count per key.

    Read in growing slices from the front, stopping once every key has its ``k`` (or all it has):
    the strongest rows come first, so a million-row target is usually done in the first slice."""
    import numpy as np

    need = np.minimum(np.bincount(keys, minlength=np.size(k)), k)
    found, start, size = [], 0, 1 << 14
    while need.any() and start < len(keys):
        chunk = keys[start:start + size]
        open_ = np.flatnonzero(need[chunk] > 0)
        if open_.size:
            by_key = np.argsort(chunk[open_], kind="stable")
            sorted_keys = chunk[open_][by_key]
            starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
            rank = np.arange(len(sorted_keys)) - np.repeat(starts, np.diff(np.r_[starts, len(sorted_keys)]))
            keep = rank < need[sorted_keys]
            found.append(start + open_[by_key[keep]])
            need -= np.bincount(sorted_keys[keep], minlength=len(need))
        start, size = start + size, size * 2
    return np.sort(np.concatenate(found)) if found else np.zeros(0, dtype=np.int64)


def _score(target: str, level: str, persona: Optional[str], summary: Summary, evidence: list[int],
           settings: ScoringSettings, worst: Optional[str] = None,
           distribution: Optional[dict[str, int]] = None) -> Score:
    if summary.mean is None:
        return Score(target=target, level=level, value=None, n=0, persona=persona, worst=worst)
    low, high = _interval(summary.mean, summary.se, summary.df)
    return Score(target=target, level=level, value=to_display(summary.mean), n=summary.n,
                 se=None if summary.se is None else 2.0 * summary.se, ci_low=low, ci_high=high,
                 share_negative=summary.share_negative, confidence=settings.confidence(summary.n),
                 persona=persona, worst=worst, evidence=evidence, distribution=distribution or {})


def _stage_score(stage_id: str, persona: Optional[str], tp_scores: dict[str, Score], tp_stats: dict,
                 stage_only: Optional[dict], stage_sample: list[int], journey: Journey,
                 settings: ScoringSettings, strength: dict[int, float]) -> Score:
    """Mean of the stage's scored touchpoints weighted by reach x importance.

    Stage-only observations (no touchpoint named) form one more part, weighted like an average
    touchpoint of the stage (reach 1, the stage's mean importance, 3 when it has none).
    The standard error combines the parts' errors; Welch-Satterthwaite gives the df.
    Touchpoints resting on fewer than min_n observations ("insufficient") are left out while
    the stage has a touchpoint with enough evidence: one answer must not widen, move or name the
    worst moment of a stage that hundreds of answers describe. Nor is such a touchpoint ever the
    worst moment of a stage resting on insufficient touchpoints alone (there is none then).
    The worst moment is a moment that went badly: the lowest touchpoint only when it scores below
    0 (neutral); a stage whose touchpoints all score 0 or above has none.
    """
    key = "" if persona is None else persona
    tps = journey.touchpoints_in(stage_id)
    scored = [(tp, tp_scores[tp.id]) for tp in tps if tp_scores[tp.id].value is not None]
    enough = [(tp, s) for tp, s in scored if s.n >= settings.min_n]
    lowest = min(enough, key=lambda item: item[1].value) if enough else None
    worst = lowest[0].id if lowest and lowest[1].value < 0 else None
    if enough:
        scored = enough
    parts = []  # (weight, Summary, stats)
    evidence: list[int] = []
    distribution: dict[str, int] = {}
    for tp, score in scored:
        stats = tp_stats[(key, tp.id)]
        parts.append((tp.reach * tp.importance, _summary(stats), stats))
        evidence += score.evidence
    if stage_only:
        importance = sum(t.importance for t in tps) / len(tps) if tps else 3.0
        parts.append((importance, _summary(stage_only), stage_only))
        evidence += stage_sample
    if not parts:
        return Score(target=stage_id, level="stage", value=None, n=0, persona=persona)
    for _, _, stats in parts:
        for name, count in _distribution(stats).items():
            distribution[name] = distribution.get(name, 0) + count
    total = sum(w for w, _, _ in parts)
    if total <= 0:  # every reach is 0: fall back to equal weights rather than divide by zero
        parts = [(1.0, s, st) for _, s, st in parts]
        total = float(len(parts))
    mean = sum(w * s.mean for w, s, _ in parts) / total
    variances = [((w / total) ** 2 * (_UNKNOWN_SD**2 if s.se is None else s.se**2), s.df) for w, s, _ in parts]
    var = sum(v for v, _ in variances)
    denominator = sum(v * v / df for v, df in variances)
    df = var * var / denominator if denominator > 0 else 1.0
    n = sum(s.n for _, s, _ in parts)
    negatives = sum(int(st["neg"]) for _, _, st in parts)
    # one part of unknown spread: the stage's spread is unknown too (its interval spans the scale)
    se = None if len(parts) == 1 and parts[0][1].se is None else math.sqrt(var)
    summary = Summary(mean, n, se, df, negatives / n)
    ordered = sorted(set(evidence), key=lambda p: (-strength[p], p))[:3 * EVIDENCE_SAMPLE]
    return _score(stage_id, "stage", persona, summary, ordered, settings, worst=worst, distribution=distribution)


def score_all(journey: Journey, settings: Optional[ScoringSettings] = None,
              overall: Optional[Mapping[str, float]] = None, *, evidence=None) -> Journey:
    """Scores, pain points and moments of truth in one call; overrides, opportunities and votes stay.

    ``overall`` maps respondent id -> overall satisfaction/NPS valence, for derived importance.
    ``evidence`` is the run's evidence frame; without it the journey's own observations are scored.
    With it, the returned journey's ``observations`` are only the sampled rows the scores point at
    (what a map shows), so the result stays small whatever the survey's size.
    Pain points the team already curated keep their owner and note when flagged again.
    """
    from .evidence import frame_from_observations

    settings = settings or ScoringSettings()
    frame = frame_from_observations(journey.observations) if evidence is None else evidence
    scores = score_evidence(frame, journey, settings)
    scored = dataclasses.replace(journey, scores=scores) if evidence is None else with_samples(journey, frame, scores)
    derived = derived_importance(frame, journey.touchpoints, overall)
    scored.kpis = {**scored.kpis, "importance": {tp: {"r": r, "n": n} for tp, (r, n) in derived.items()}}
    curated = {p.touchpoint: p for p in journey.pain_points}
    pains = [dataclasses.replace(p, owner=curated[p.touchpoint].owner, note=curated[p.touchpoint].note)
             if p.touchpoint in curated else p for p in find_pain_points(scored, settings)]
    return dataclasses.replace(scored, pain_points=pains,
                               moments_of_truth=find_moments_of_truth(scored, settings, derived=derived))


def with_samples(journey: Journey, frame, scores: list[Score]) -> Journey:
    """The journey with the scores and, as its observations, just the frame rows they point at."""
    from .evidence import observations_from_frame

    positions = sorted({p for score in scores for p in score.evidence})
    index = {p: i for i, p in enumerate(positions)}
    observations = observations_from_frame(frame.iloc[positions]) if positions else []
    remapped = [dataclasses.replace(s, evidence=[index[p] for p in s.evidence]) for s in scores]
    return dataclasses.replace(journey, observations=observations, scores=remapped)
