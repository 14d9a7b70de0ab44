"""What every rendering of a journey needs to agree on: column order, personas with data, evidence.

The figure, the HTML map, the tables and the Mermaid diagram all read a Journey through these
helpers, so a touchpoint placed in an unknown stage or a persona without scores is treated the
same way everywhere (shown, never silently dropped).
"""
from __future__ import annotations

from collections import Counter
from typing import Optional

from ..future import roi
from ..labels import Counted, label, number, percent
from ..model import Journey, Observation, Persona, Score, Stage, Touchpoint, sign_of
from .scale import FACES, face_of, tone


def stage_columns(journey: Journey) -> list[tuple[Stage, list[Touchpoint]]]:
    """Stages in map order with their touchpoints; touchpoints of an unknown stage get a column too."""
    columns = [(stage, journey.touchpoints_in(stage.id)) for stage in journey.stages]
    known = {stage.id for stage in journey.stages}
    for touchpoint in journey.touchpoints:
        if touchpoint.stage not in known:
            known.add(touchpoint.stage)
            columns.append((Stage(id=touchpoint.stage, name=touchpoint.stage or "?"),
                            [t for t in journey.touchpoints if t.stage == touchpoint.stage]))
    return columns


def scored_personas(journey: Journey) -> list[Persona]:
    """Personas that have at least one score with a value: the ones worth a line or a filter."""
    with_values = {s.persona for s in journey.scores if s.persona is not None and s.value is not None}
    return [p for p in journey.personas if p.id in with_values]


def value_of(score: Optional[Score]) -> Optional[float]:
    return None if score is None else score.value


def has_enough_evidence(score: Optional[Score]) -> bool:
    """A value resting on at least min_n observations: scoring records the client's rule as the
    score's confidence, "insufficient" below it; only such a value may be named or coloured."""
    return score is not None and score.value is not None and score.confidence != "insufficient"


def tone_of(score: Optional[Score]) -> str:
    """The score's tone (scale.tone): "insufficient" for a value on too few observations."""
    return tone(value_of(score), None if score is None else score.confidence)


def evidence_quotes(journey: Journey, score: Optional[Score], limit: int = 5) -> list[Observation]:
    """Observations behind a score that carry words, strongest first (the order scoring gives)."""
    if score is None:
        return []
    found = []
    for index in score.evidence:
        if 0 <= index < len(journey.observations) and journey.observations[index].text.strip():
            found.append(journey.observations[index])
            if len(found) == limit:
                break
    return found


def evidence_ratings(journey: Journey, score: Optional[Score], limit: int = 3) -> list[Observation]:
    """Sample answers that feel as the score's evidence does, most negative first, with their file and row.

    Scoring's sample puts the strongest rows first (on a 1..5 scale every 1 and 5 ties, so its first
    ratings can be three 5s of a touchpoint with many negatives) and holds ratings of every face the
    score has. Here the ``limit`` places are shared out among negative, neutral and positive by the
    shares of the score's faces (largest remainder, ties to the more negative): a sign with a third
    of the evidence always has a place, and a pain point's panel opens with its negatives. A place
    whose sign has no sampled rating stays empty rather than go to another sign."""
    if score is None:
        return []
    rows = [journey.observations[i] for i in score.evidence
            if 0 <= i < len(journey.observations) and journey.observations[i].kind == "rating"
            and journey.observations[i].raw is not None]
    faces = {face: n for face, n in face_counts(score).items() if n}
    if not faces:  # a score saved without its faces: the sampled rows stand for them
        faces = Counter(face_of(row.valence) for row in rows)
    by_sign = {sign: [row for row in rows if sign_of(face_of(row.valence)) == sign] for sign in (-1, 0, 1)}
    total = sum(faces.values()) or 1
    quota = {sign: limit * sum(n for face, n in faces.items() if sign_of(face) == sign) / total for sign in by_sign}
    places = dict.fromkeys(by_sign, 0)
    for _ in range(limit):  # largest remainder; ties go to the more negative sign
        places[max(by_sign, key=lambda sign: quota[sign] - places[sign])] += 1
    chosen = []
    for sign, found in by_sign.items():  # of a sign, its most common faces first, then in evidence order
        chosen += sorted(found, key=lambda row: -faces.get(face_of(row.valence), 0))[:places[sign]]
    return sorted(chosen, key=lambda row: row.valence)


def face_counts(score: Score) -> dict[int, int]:
    """Observations per face (-2..+2, worst first) as scoring counted them for the score."""
    return {face: score.distribution.get(f"face:{face:+d}" if face else "face:0", 0) for face, _ in FACES}


def touchpoint_name(journey: Journey, touchpoint_id: Optional[str]) -> str:
    """The touchpoint's name, or its id when it has been deleted since it was referenced."""
    return _name(journey.touchpoint, touchpoint_id)


def stage_name(journey: Journey, stage_id: Optional[str]) -> str:
    return _name(journey.stage, stage_id)


def _name(look_up, item_id: Optional[str]) -> str:
    if not item_id:
        return ""
    try:
        return look_up(item_id).name
    except KeyError:
        return item_id


def stage_of(journey: Journey, touchpoint_id: Optional[str]) -> Optional[str]:
    """The stage id of a touchpoint, None when the touchpoint is unknown."""
    try:
        return journey.touchpoint(touchpoint_id).stage
    except KeyError:
        return None


def observation_count(journey: Journey) -> int:
    """All observations of the run (its results keep only the rows a map shows)."""
    counted = (journey.kpis.get("evidence") or {}).get("observations")
    return int(counted) if counted is not None else len(journey.observations)


def pain_counts(journey: Journey, pain) -> tuple[int, int]:
    """(negative observations, all observations) at a pain point's touchpoint. Its rules read the
    share negative of all of them, so the map shows both ("69 negative of 196 observations"); a pain
    point whose touchpoint has no score any more counts the observations it links to."""
    score = journey.score_of(pain.touchpoint)
    if score is None or score.share_negative is None:
        linked = [journey.observations[i] for i in pain.evidence if 0 <= i < len(journey.observations)]
        return sum(o.valence < 0 for o in linked), len(linked)
    return round(score.share_negative * score.n), score.n


def pain_counts_text(journey: Journey, pain, language: str) -> str:
    """pain_counts in words: "69 negatywnych z 196 obserwacji", "1 негативное из 21 наблюдения"."""
    negative, n = pain_counts(journey, pain)
    return label("pain_negative_of", language, negative=Counted(negative, "negative"),
                 observations=Counted(n, "observation", of=True))


def roi_view(op, lang) -> dict[str, str]:
    """future.roi in words: the value with "estimate" and its assumptions, or why there is none."""
    found = roi(op)
    view = {"value": "", "estimate": label("estimate", lang), "assumptions": "", "reason": ""}
    if found["value"] is None:
        fields = {"cost": "cost", "expected effect": "expected_effect", "value per unit of effect": "value_per_effect"}
        view["reason"] = (label("roi_missing", lang, fields=", ".join(label(fields[m], lang) for m in found["missing"]))
                          if found["missing"] else label("roi_no_cost", lang))
        return view
    gain = op.effect * op.value_per_effect
    view["value"] = percent(found["value"], lang)
    view["assumptions"] = label("roi_assumptions", lang, cost=_amount(op.cost, lang),
                                kpi=op.kpi or label("roi_its_kpi", lang), effect=number(op.effect, lang, signed=True),
                                value=_amount(op.value_per_effect, lang), gain=_amount(gain, lang))
    return view


def _amount(value: float, lang: str) -> str:
    """Money as people write it: no decimals when whole."""
    return number(value, lang, digits=0 if float(value).is_integer() else 2)
