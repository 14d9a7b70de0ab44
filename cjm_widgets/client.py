"""A client's journey: the team's decisions (journey.json), seeded from kit.yaml, and the view the
editors show (those decisions with the last run's results beside them)."""
from __future__ import annotations

import copy
import dataclasses
import functools
from pathlib import Path

from .config import STAGE_LANES, Kit, load_kit
from .clientdir import ClientDir
from .model import Journey
from .stages import stages_for

def out_dir(client_dir) -> Path:
    return ClientDir(client_dir).out


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


def load_journey(client_dir, kit: Kit | None = None, path: Path | None = None) -> Journey:
    """The workshop's journey: journey.json (or the file ``path`` an editor was handed) when the
    team has saved one, else seeded from kit.yaml.

    Once journey.json exists it wins: a touchpoint the team removed stays removed, and evidence
    for it is reported by the run instead of silently reviving it.
    """
    path = Path(path) if path is not None else ClientDir(client_dir).journey
    if path.exists():
        return Journey.load(path)
    return seed_journey(kit or load_kit(client_dir))


# What a run computes from the data; everything else in a Journey is the team's.
DERIVED = ("observations", "scores", "pain_points", "moments_of_truth", "kpis")


def without_evidence(journey: Journey) -> Journey:
    """Drop everything the data produces, keeping the team's decisions: what journey.json holds."""
    return dataclasses.replace(journey, **{name: type(getattr(journey, name))() for name in DERIVED})


def with_results(decisions: Journey, results: Journey | None) -> Journey:
    """The team's decisions with the last run's results beside them, as the editors show them.

    Personas are the run's (reconciled with the team's edits) until the team edits one: from then
    on journey.json holds the team's list, which the next run reconciles again.
    """
    if results is None:
        return decisions
    view = dataclasses.replace(decisions, **{name: getattr(results, name) for name in DERIVED})
    view.language = results.language  # the run's, from kit.yaml
    if not decisions.personas:
        view.personas = results.personas
    return view


def last_results(client_dir) -> Journey | None:
    """The last finished run's journey (out/journey.json), None before the first run.

    Read once per version of the file (every edit and vote looks at it; a run replaces it whole).
    """
    path = ClientDir(client_dir).results
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return copy.deepcopy(_results(str(path), stat.st_mtime_ns, stat.st_size, stat.st_ino))


@functools.lru_cache(maxsize=8)
def _results(path: str, mtime_ns: int, size: int, inode: int) -> Journey:
    return Journey.load(path)


def run_quotes(client_dir) -> list:
    """Every interview quote of the last run, for re-tagging (the results keep only a sample)."""
    from .evidence import observations_from_frame, read_evidence

    return observations_from_frame(read_evidence(ClientDir(client_dir).evidence, kind="quote"))
