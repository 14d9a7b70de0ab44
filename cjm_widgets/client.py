"""A client directory: kit.yaml + data/ (read-only) + journey.json (workshop edits) + out/."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from .config import STAGE_LANES, Kit, load_kit
from .model import Journey
from .stages import stages_for

JOURNEY_FILE = "journey.json"
OUT_DIR = "out"


def journey_path(client_dir) -> Path:
    return Path(client_dir) / JOURNEY_FILE


def out_dir(client_dir) -> Path:
    return Path(client_dir) / OUT_DIR


def seed_journey(kit: Kit) -> Journey:
    """The journey before any workshop edit: the stage model in the client's language, with the
    research notes kit.yaml gives per stage, and kit.yaml's touchpoints."""
    stages = stages_for(kit.stage_model, kit.language)
    notes = {item["id"]: item for item in kit.stages}
    for stage in stages:
        note = notes.get(stage.id, {})
        stage.name = str(note.get("name") or stage.name)
        for lane in STAGE_LANES:
            setattr(stage, lane, list(note.get(lane, [])))
    return Journey(client=kit.client, language=kit.language, stage_model=kit.stage_model, stages=stages,
                   touchpoints=[dataclasses.replace(t) for t in kit.touchpoints])


def load_journey(client_dir, kit: Kit | None = None) -> Journey:
    """The workshop's journey: journey.json when the team has saved one, else seeded from kit.yaml.

    Once journey.json exists it wins: a touchpoint the team removed stays removed, and evidence
    for it is reported by the run instead of silently reviving it.
    """
    path = journey_path(client_dir)
    if path.exists():
        return Journey.load(path)
    return seed_journey(kit or load_kit(client_dir))


# What a run computes from the data; everything else in a Journey is the team's.
DERIVED = ("observations", "scores", "pain_points", "moments_of_truth", "kpis")


def without_evidence(journey: Journey) -> Journey:
    """Drop everything the data produces, keeping the team's edits, before a rerun recomputes it."""
    return dataclasses.replace(journey, **{name: type(getattr(journey, name))() for name in DERIVED})


def refresh_evidence(journey: Journey, computed: Journey) -> None:
    """Give the workshop's journey a run's results, so the editors show the scores they tune.

    Personas come along too: the run reconciled them with the team's edits.
    """
    for name in (*DERIVED, "personas"):
        setattr(journey, name, getattr(computed, name))
