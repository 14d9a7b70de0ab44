"""Every editing rule of the workshop as a plain function ``op(journey, ...)`` that changes the journey.

The editors, the participants' page and any script call the same rules, e.g.
``update_journey(client_dir, lambda j: rename_stage(j, "interest", "Research"))``: the locked
read-modify-write, undo and votes stay in :mod:`cjm_widgets.edits`. A refused change raises
:class:`~cjm_widgets.edits.EditRefused` with a label key, so an editor shows the reason in the
journey's language and nothing is written. An id that is no longer on the journey raises KeyError.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Iterable, Mapping, Optional

from . import future
from .edits import EditRefused
from .labels import Counted, Integer, label
from .model import Journey, Opportunity, Override, Stage, Touchpoint, sign_of
from .personas.reconcile import combine
from .stages import stage_ids, stages_for

HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")
NOT_A_TOUCHPOINT = ""  # a quote tagged so is set aside: no evidence for any touchpoint


# ---- checks ---------------------------------------------------------------------------------

def refuse(key: str, **params):
    """Refuse a change: the English message for logs, the key and params for the user's language."""
    raise EditRefused(key=key, **params)


def check_name(value: str, taken: Iterable[str]) -> str:
    """A trimmed, non-empty name not already in ``taken`` (compared without case)."""
    name = (value or "").strip()
    if not name:
        refuse("name_empty")
    if name.casefold() in {other.casefold() for other in taken}:
        refuse("name_taken", name=name)
    return name


def check_number(journey: Journey, value, low: float, high: float, field_key: str) -> float:
    """``value`` as a number within low..high; the refusal names the field in the journey's language."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        refuse("not_a_number", field=label(field_key, journey.language))
    if not low <= number <= high:
        refuse("out_of_range", field=label(field_key, journey.language), low=low, high=high)
    return number


_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     [*"a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch".split(),
                      "", "y", "", "e", "yu", "ya"]))


def new_id(name: str, taken) -> str:
    """A short ASCII id (letters, digits, underscore, as kit.yaml wants) from a name in EN/PL/RU."""
    text = "".join(_CYRILLIC.get(char, char) for char in name.lower().replace("ł", "l"))
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "_", text).strip("_") or "item"
    candidate, number = base, 2
    while candidate in set(taken):
        candidate, number = f"{base}_{number}", number + 1
    return candidate


def _add(journey: Journey, items: str, value: str, name_of, make):
    """Append a new item to the journey's list ``items``: its name checked against theirs, its id made
    from the name, the item from ``make(id, name)``."""
    existing = getattr(journey, items)
    name = check_name(value, [name_of(item) for item in existing])
    item = make(new_id(name, [other.id for other in existing]), name)
    setattr(journey, items, [*existing, item])
    return item


# ---- stages ---------------------------------------------------------------------------------

def add_stage(journey: Journey, name: str) -> Stage:
    """A new stage at the end of the journey."""
    return _add(journey, "stages", name, lambda s: s.name, Stage)


def rename_stage(journey: Journey, stage_id: str, name: str) -> None:
    journey.stage(stage_id).name = check_name(name, [s.name for s in journey.stages if s.id != stage_id])


def move_stage(journey: Journey, stage_id: str, step: int) -> None:
    """Swap the stage with its neighbour ``step`` places away (-1 up, +1 down), stopping at the ends."""
    stages = list(journey.stages)
    index = stages.index(journey.stage(stage_id))
    target = min(max(index + step, 0), len(stages) - 1)
    stages[index], stages[target] = stages[target], stages[index]
    journey.stages = stages


def remove_stage(journey: Journey, stage_id: str, move_to: str = "") -> None:
    """Remove a stage; its touchpoints (and opportunities) go to ``move_to``, which a stage in use needs,
    so a touchpoint never loses its stage silently."""
    stage = journey.stage(stage_id)
    if len(journey.stages) == 1:
        refuse("last_stage")
    users = journey.touchpoints_in(stage_id)
    if users and move_to in ("", stage_id):
        refuse("stage_in_use", name=stage.name, count=Integer(len(users)), touchpoints=Counted(len(users), "touchpoint"))
    for touchpoint in users:
        touchpoint.stage = move_to
    for opportunity in journey.opportunities:
        if opportunity.stage == stage_id:
            opportunity.stage = move_to or None
    journey.stages = [s for s in journey.stages if s.id != stage_id]


def position_map(old: list[str], new: list[str]) -> dict[str, str]:
    """Old stage id -> new stage id by relative position: first to first, last to last."""
    if not new:
        return {}
    span = max(1, len(old) - 1)
    return {stage: new[round(index * (len(new) - 1) / span)] for index, stage in enumerate(old)}


def switch_plan(journey: Journey, model: str) -> dict[str, str]:
    """Where each current stage's touchpoints go under stage model ``model`` (by position), for the
    team to change before switching."""
    return position_map([s.id for s in journey.stages], stage_ids(model))


def switch_stage_model(journey: Journey, model: str, chosen: Optional[Mapping[str, str]] = None) -> None:
    """Replace the stages with those of another stage model (in the journey's language); touchpoints
    and opportunities move by ``chosen`` (old stage id -> new), else by position."""
    if model == journey.stage_model:
        refuse("same_model")
    new = stages_for(model, journey.language)
    target = {**switch_plan(journey, model), **(chosen or {})}
    for touchpoint in journey.touchpoints:
        touchpoint.stage = target.get(touchpoint.stage, new[0].id)
    for opportunity in journey.opportunities:
        if opportunity.stage:
            opportunity.stage = target.get(opportunity.stage, new[0].id)
    journey.stages = new
    journey.stage_model = model


# ---- touchpoints ----------------------------------------------------------------------------

def add_touchpoint(journey: Journey, name: str, stage_id: Optional[str] = None) -> Touchpoint:
    """A new touchpoint in ``stage_id`` (default: the first stage)."""
    def make(touchpoint_id: str, name: str) -> Touchpoint:
        if not journey.stages:
            refuse("no_stages")
        return Touchpoint(touchpoint_id, name, journey.stage(stage_id or journey.stages[0].id).id)

    return _add(journey, "touchpoints", name, lambda t: t.name, make)


TOUCHPOINT_FIELDS = {  # field -> (journey, touchpoint id, value) -> the value to keep
    "name": lambda j, tid, v: check_name(v, [t.name for t in j.touchpoints if t.id != tid]),
    "stage": lambda j, tid, v: j.stage(v).id,
    "channel": lambda j, tid, v: v.strip().lower(),
    "online": lambda j, tid, v: bool(v),
    "owner": lambda j, tid, v: v.strip(),
    "reach": lambda j, tid, v: check_number(j, v, 0, 1, "reach_field"),
    "importance": lambda j, tid, v: check_number(j, v, 1, 5, "importance"),
}


def edit_touchpoint(journey: Journey, touchpoint_id: str, field: str, value) -> None:
    """Set one field of a touchpoint: a unique name, a known stage, reach 0..1, importance 1..5..."""
    touchpoint = journey.touchpoint(touchpoint_id)
    setattr(touchpoint, field, TOUCHPOINT_FIELDS[field](journey, touchpoint_id, value))


def remove_touchpoint(journey: Journey, touchpoint_id: str) -> None:
    """Remove the touchpoint and what hangs on it (pain point, moment of truth); opportunities stay."""
    journey.touchpoint(touchpoint_id)
    journey.touchpoints = [t for t in journey.touchpoints if t.id != touchpoint_id]
    journey.pain_points = [p for p in journey.pain_points if p.touchpoint != touchpoint_id]
    journey.moments_of_truth = [m for m in journey.moments_of_truth if m.touchpoint != touchpoint_id]
    for opportunity in journey.opportunities:
        if opportunity.touchpoint == touchpoint_id:
            opportunity.touchpoint = None


# ---- personas -------------------------------------------------------------------------------

def _color(value: str) -> str:
    if not HEX_COLOR.match(value or ""):
        refuse("bad_color")
    return value


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


PERSONA_FIELDS = {  # field -> (journey, persona id, value) -> the value to keep
    "name": lambda j, pid, v: check_name(v, [p.name for p in j.personas if p.id != pid]),
    "goals": lambda j, pid, v: _lines(v),
    "frustrations": lambda j, pid, v: _lines(v),
    "quote": lambda j, pid, v: v.strip(),
    "color": lambda j, pid, v: _color(v),
    "picture": lambda j, pid, v: v.strip(),
}


def edit_persona(journey: Journey, persona_id: str, field: str, value) -> None:
    """Set one field of a persona and mark it edited, so a rerun keeps the team's version."""
    persona = journey.persona(persona_id)
    kept = PERSONA_FIELDS[field](journey, persona_id, value)
    if getattr(persona, field) != kept:
        setattr(persona, field, kept)
        persona.edited = sorted({*persona.edited, field})


def merge_into(journey: Journey, keep_id: str, absorb_id: str) -> None:
    """Fold persona ``absorb_id`` into ``keep_id`` as a rerun folds segments (personas.reconcile.combine);
    its evidence and overrides follow. Scores per persona are dropped for both: the next run
    recomputes them for the merged one."""
    if keep_id == absorb_id:
        refuse("same_persona")
    merged = combine(journey.persona(keep_id), journey.persona(absorb_id))
    merged.edited = sorted({*merged.edited, "merged", "share", "size", "goals", "frustrations", "channels"})
    for item in (*journey.observations, *journey.overrides):
        if item.persona == absorb_id:
            item.persona = keep_id
    journey.scores = [s for s in journey.scores if s.persona not in (keep_id, absorb_id)]
    journey.personas = [merged if p.id == keep_id else p for p in journey.personas if p.id != absorb_id]


# ---- scores and targets ---------------------------------------------------------------------

def override_score(journey: Journey, touchpoint_id: str, value: float, reason: str, *, author: str = "",
                   persona: Optional[str] = None) -> None:
    """The team's judgement (-2..+2, with a reason) beside the data score; replaces an earlier one."""
    name = journey.touchpoint(touchpoint_id).name
    if not reason.strip():
        refuse("reason_missing", name=name)
    checked = check_number(journey, value, -2, 2, "team_score")
    others = [o for o in journey.overrides if (o.target, o.persona) != (touchpoint_id, persona)]
    journey.overrides = [*others, Override(touchpoint_id, checked, reason.strip(), author=author.strip(),
                                           persona=persona)]


def clear_override(journey: Journey, touchpoint_id: str, persona: Optional[str] = None) -> None:
    journey.overrides = [o for o in journey.overrides if (o.target, o.persona) != (touchpoint_id, persona)]


def set_target(journey: Journey, touchpoint_id: str, value: Optional[float]) -> None:
    """The score the team aims for at a touchpoint (-2..+2); None clears it (a derived target, if
    any, then takes its place)."""
    checked = None if value is None else check_number(journey, value, future.LOW, future.HIGH, "target")
    journey.touchpoint(touchpoint_id).target = checked


# ---- opportunities --------------------------------------------------------------------------

def add_opportunity(journey: Journey, title: str) -> Opportunity:
    return _add(journey, "opportunities", title, lambda o: o.title, Opportunity)


ESTIMATE_LABELS = {"cost": "cost", "effect": "expected_effect", "value_per_effect": "value_per_effect"}  # field -> label


def parse_estimate(journey: Journey, value, field: str) -> Optional[float]:
    """A team estimate as typed ("1 200,50"): empty clears it; a cost cannot be below 0."""
    text = str(value if value is not None else "").strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
    if not text:
        return None
    name = label(ESTIMATE_LABELS[field], journey.language)
    try:
        amount = float(text)
    except ValueError:
        refuse("not_a_number", field=name)
    if field == "cost" and amount < 0:
        refuse("not_negative", field=name)
    return amount


def _implemented(journey: Journey, opportunity_id: str, value) -> str:
    """The go-live date as ISO text (a date picker's date, or typed like 2026-03-31); "" while it has not."""
    if isinstance(value, date):
        return value.isoformat()
    text = (value or "").strip()
    try:
        return date.fromisoformat(text).isoformat() if text else ""
    except ValueError:
        refuse("diff_bad_date", title=journey.opportunity(opportunity_id).title, value=text)


OPPORTUNITY_FIELDS = {  # field -> (journey, opportunity id, value) -> the value to keep
    "title": lambda j, oid, v: check_name(v, [o.title for o in j.opportunities if o.id != oid]),
    "touchpoint": lambda j, oid, v: j.touchpoint(v).id if v else None,
    "impact": lambda j, oid, v: int(check_number(j, v, 1, 5, "impact")),
    "effort": lambda j, oid, v: int(check_number(j, v, 1, 5, "effort")),
    "owner": lambda j, oid, v: v.strip(),
    "kpi": lambda j, oid, v: v.strip(),
}


def edit_opportunity(journey: Journey, opportunity_id: str, field: str, value) -> None:
    """Set one field of an opportunity: its title, touchpoint, impact and effort (1..5), owner, KPI,
    a team estimate (cost, effect, value_per_effect: text or a number, empty clears) or the date
    it went live (``implemented``: a date, ISO text or empty)."""
    opportunity = journey.opportunity(opportunity_id)
    if field in ESTIMATE_LABELS:
        checked = parse_estimate(journey, value, field)
    elif field == "implemented":
        checked = _implemented(journey, opportunity_id, value)
    else:
        checked = OPPORTUNITY_FIELDS[field](journey, opportunity_id, value)
    setattr(opportunity, field, checked)


def remove_opportunity(journey: Journey, opportunity_id: str) -> None:
    journey.opportunity(opportunity_id)
    journey.opportunities = [o for o in journey.opportunities if o.id != opportunity_id]


# ---- interview quotes -----------------------------------------------------------------------
# A quote the team reviewed has a sign in ``Journey.quote_signs`` and a touchpoint in ``quote_tags``:
# the next run gives it the team's sign, confidence 1 and the measure "judgement" (apply_quote_tags).

QUOTE_SIGNS = (-1, 0, 1)


def tag_quote(journey: Journey, key: str, touchpoint_id: str) -> None:
    """Move a quote (by ``model.quote_key``) to a touchpoint, or set it aside (NOT_A_TOUCHPOINT); the
    next run codes the transcripts afresh and still honours it. A moved quote keeps the team's sign;
    a quote set aside is no evidence, so it loses it."""
    if touchpoint_id != NOT_A_TOUCHPOINT:
        journey.touchpoint(touchpoint_id)
    else:
        journey.quote_signs = {k: v for k, v in journey.quote_signs.items() if k != key}
    journey.quote_tags = {**journey.quote_tags, key: touchpoint_id}


def set_quote_sign(journey: Journey, key: str, sign, touchpoint_id: str) -> None:
    """The team's sign for a quote (-1, 0 or +1) on the touchpoint it shows on: a workshop judgement
    about that touchpoint, so the touchpoint is kept as the team's tag too (a rerun that codes the
    utterance elsewhere still puts it there)."""
    if isinstance(sign, bool) or sign not in QUOTE_SIGNS:
        refuse("bad_quote_sign", value=sign)
    if touchpoint_id == NOT_A_TOUCHPOINT:
        refuse("sign_set_aside")
    tag_quote(journey, key, touchpoint_id)
    journey.quote_signs = {**journey.quote_signs, key: int(sign)}


def confirm_quote(journey: Journey, key: str, touchpoint_id: str, valence: float) -> None:
    """The team confirms a quote as coded: its touchpoint and the sign of the coder's valence are
    kept as the team's, so it is a workshop judgement too."""
    set_quote_sign(journey, key, sign_of(check_number(journey, valence, -1, 1, "emotion")), touchpoint_id)


def untag_quote(journey: Journey, key: str) -> None:
    """Forget the team's choice for a quote, its tag and its sign: the next run puts it back where
    the coding puts it, with the coder's sign and confidence (undo of tag, sign and confirm)."""
    journey.quote_tags = {k: v for k, v in journey.quote_tags.items() if k != key}
    journey.quote_signs = {k: v for k, v in journey.quote_signs.items() if k != key}
