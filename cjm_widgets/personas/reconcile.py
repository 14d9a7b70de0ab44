"""Keeping the team's work: carry edits and merges onto a rerun's new personas.

A rerun recomputes every data-derived field; the fields the team changed by hand
(``Persona.edited``) and the team's merges are re-applied to the matching new segment.
Matching is by persona id (same rule or cluster centre), else by the members they share, else
by a nearby cluster centre.
"""
from __future__ import annotations

import copy

from ..labels import label, percent
from ..model import Persona
from .propose import SKETCH, _member_hash, member_sketch, persona_id

EDITABLE = ("name", "goals", "frustrations", "quote", "color", "picture")
SHARE_MOVE = 0.10  # a share moving more than this (10 points) is reported
MIN_OVERLAP = 0.5  # Jaccard overlap of members needed to call two segments the same
MAX_CENTRE_GAP = 0.25  # failing that, cluster centres this close (Gower-like, 0..1) are the same segment


def reconcile(new: list[Persona], previous: list[Persona], *,
              language: str = "en") -> tuple[list[Persona], list[str]]:
    """The new personas with the team's edits and merges carried over, and what changed a lot.

    Messages (in ``language``, for the persona step) name personas whose share moved more than 10
    points, earlier personas that match no segment now (their edits are not carried over), and
    segments that are new.
    """
    pool = [copy.deepcopy(p) for p in new]
    messages: list[str] = []
    kept: dict[int, Persona] = {}  # id() of the persona from `pool` -> it, once matched
    for old in previous:
        parts = _parts_of(old, [p for p in pool if id(p) not in kept])
        if not parts:
            edits = label("persona_edits_lost", language, fields=", ".join(old.edited)) if old.edited else ""
            messages.append(label("persona_lost", language, name=old.name, share=percent(old.share, language),
                                  edits=edits))
            continue
        current = parts[0]
        for part in parts[1:]:
            current = combine(current, part)
        pool = [current if p is parts[0] else p for p in pool if not any(p is part for part in parts[1:])]
        _carry_edits(old, current)
        kept[id(current)] = current
        if abs(current.share - old.share) > SHARE_MOVE:
            messages.append(label("persona_share_moved", language, name=current.name,
                                  before=percent(old.share, language), after=percent(current.share, language)))
    if previous:
        messages += [label("persona_new_segment", language, name=p.name, share=percent(p.share, language))
                     for p in pool if id(p) not in kept]
    return pool, messages


def _parts_of(old: Persona, candidates: list[Persona]) -> list[Persona]:
    """The new personas that continue ``old``: same id (and the ids merged into it), else the best
    member overlap, else the nearest definition."""
    ids = [old.id] + _merged_ids(old.definition)
    by_id = sorted((p for p in candidates if p.id in ids), key=lambda p: ids.index(p.id))
    if by_id:
        return by_id
    members = _members(old.definition)
    scored = [(_jaccard(members, set(p.definition.get("members", []))), p) for p in candidates]
    scored = [(score, p) for score, p in scored if score >= MIN_OVERLAP]
    if scored:
        return [max(scored, key=lambda item: item[0])[1]]
    near = [(_centre_gap(old.definition, p.definition), p) for p in candidates]
    near = [(gap, p) for gap, p in near if gap <= MAX_CENTRE_GAP]
    return [min(near, key=lambda item: item[0])[1]] if near else []


def _merged_ids(definition: dict) -> list[str]:
    """Ids of the personas merged into this one. Entries are ``{"id", "name"}`` (:func:`combine`)
    or, in journey.json files from kits before it, whole definitions, whose id is recomputed
    from the segment."""
    ids = []
    for entry in definition.get("merged", []):
        if not isinstance(entry, dict):
            continue
        if "id" in entry:
            ids.append(entry["id"])
        elif entry.get("segments"):
            core = {k: v for k, v in entry.items() if k not in ("segments", "members", "merged")}
            ids.append(persona_id(entry["segments"][0], core or None))
        ids += _merged_ids(entry)
    return ids


def _members(definition: dict) -> set[str]:
    found = set(definition.get("members", []))
    for entry in definition.get("merged", []):
        if isinstance(entry, dict):
            found |= _members(entry)
    return found


def _centre_gap(a: dict, b: dict) -> float:
    """How far apart two segment definitions are, 0..1: the share of shared columns whose answer
    differs (numbers: relative difference). Rules that differ at all are a different segment."""
    if isinstance(a.get("rule"), dict) or isinstance(b.get("rule"), dict):
        return 0.0 if a.get("rule") == b.get("rule") else 1.0
    left, right = a.get("centre") or {}, b.get("centre") or {}
    shared = [k for k in left if k in right]
    if not shared:
        return 1.0
    gaps = []
    for key in shared:
        x, y = left[key], right[key]
        if isinstance(x, (int, float)) and isinstance(y, (int, float)):
            gaps.append(min(1.0, abs(x - y) / max(abs(x), abs(y), 1.0)))
        else:
            gaps.append(0.0 if x == y else 1.0)
    return sum(gaps) / len(gaps)


def _carry_edits(old: Persona, new: Persona) -> None:
    new.id = old.id  # scores, overrides and votes refer to it
    for name in old.edited:
        if name in EDITABLE:
            setattr(new, name, copy.deepcopy(getattr(old, name)))
            if name == "quote":
                new.quote_source = copy.deepcopy(old.quote_source)
    new.edited = list(old.edited)


def combine(a: Persona, b: Persona) -> Persona:
    """``b`` folded into ``a`` (the one merge rule: a rerun's and the team's): sizes add up, lists
    join, ``a``'s demographics, who they are and quote win; the definition keeps both segments and
    names ``b`` under ``merged``, so the next rerun finds the parts again."""
    merged = copy.deepcopy(a)
    merged.size = a.size + b.size
    merged.share = a.share + b.share
    for name in ("goals", "frustrations", "channels"):
        setattr(merged, name, getattr(a, name) + [s for s in getattr(b, name) if s not in getattr(a, name)])
    merged.demographics = {**b.demographics, **a.demographics}
    if not a.quote and b.quote:
        merged.quote, merged.quote_source = b.quote, copy.deepcopy(b.quote_source)
    merged.definition = {
        **a.definition,
        "segments": a.definition.get("segments", []) + b.definition.get("segments", []),
        "members": member_sketch(set(a.definition.get("members", [])) | set(b.definition.get("members", []))),
        "merged": a.definition.get("merged", []) + [{"id": b.id, "name": b.name}] + b.definition.get("merged", []),
    }
    merged.edited = a.edited + [f for f in b.edited if f not in a.edited]
    return merged


def _jaccard(a: set, b: set) -> float:
    """Overlap of two member sketches (propose.member_sketch): exact while both are whole sets,
    the bottom-k estimate beyond (the k smallest hashes of the union, share found in both)."""
    if not (a or b):
        return 0.0
    if len(a) < SKETCH and len(b) < SKETCH:
        return len(a & b) / len(a | b)
    union = sorted(a | b, key=_member_hash)[:SKETCH]
    return sum(1 for m in union if m in a and m in b) / len(union)
