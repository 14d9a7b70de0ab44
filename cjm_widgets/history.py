"""The map's history: a snapshot per run under CLIENT/history/, and what changed between two runs."""
from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

from .clientdir import ClientDir
from .errors import CJMError
from .model import Journey, Score

SNAPSHOT_FILES = ("journey.json", "kpis.json", "run.json")  # the results, the KPIs, the inputs' checksums


@dataclass
class ScoreChange:
    target: str
    name: str
    before: Optional[float]
    after: Optional[float]
    beyond_interval: bool  # the new value lies outside the previous 95% interval


@dataclass
class JourneyDiff:
    before: str  # snapshot names
    after: str
    moved: list[ScoreChange] = field(default_factory=list)
    new_pain_points: list[str] = field(default_factory=list)
    resolved_pain_points: list[str] = field(default_factory=list)
    new_touchpoints: list[str] = field(default_factory=list)
    removed_touchpoints: list[str] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.moved or self.new_pain_points or self.resolved_pain_points
                    or self.new_touchpoints or self.removed_touchpoints)


def write_snapshot(out: Path, history_dir: Path, when: Optional[datetime] = None) -> Path:
    """Keep this run's results (journey.json with its scores, kpis.json, run.json) under a sortable
    UTC timestamp; all small, whatever the survey's size."""
    stamp = (when or datetime.now(timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
    target = history_dir / stamp
    suffix = 1
    while target.exists():
        suffix += 1
        target = history_dir / f"{stamp}-{suffix}"
    target.mkdir(parents=True)
    for name in SNAPSHOT_FILES:
        if (Path(out) / name).is_file():
            shutil.copy2(Path(out) / name, target / name)
    return target


def snapshots(client_dir) -> list[Path]:
    directory = ClientDir(client_dir).history
    if not directory.is_dir():
        return []
    return sorted((p for p in directory.iterdir() if (p / "journey.json").is_file()), key=lambda p: p.name)


def previous_journey(client_dir) -> Optional[Journey]:
    """The journey of the last finished run, for the map's "since last run" marks."""
    found = snapshots(client_dir)
    return Journey.load(found[-1] / "journey.json") if found else None


def diff_last_runs(client_dir) -> JourneyDiff:
    found = snapshots(client_dir)
    if len(found) < 2:
        raise CJMError(f"{ClientDir(client_dir).history}: {len(found)} run(s) kept; `cjm diff` needs two. "
                       f"Run `cjm run {client_dir}` again after the data or the workshop changed.")
    before, after = found[-2], found[-1]
    return diff_journeys(Journey.load(before / "journey.json"), Journey.load(after / "journey.json"),
                         before.name, after.name)


def diff_journeys(old: Journey, new: Journey, before: str = "before", after: str = "after") -> JourneyDiff:
    names = {t.id: t.name for t in old.touchpoints} | {t.id: t.name for t in new.touchpoints}
    names |= {s.id: s.name for s in old.stages} | {s.id: s.name for s in new.stages}
    diff = JourneyDiff(before, after)
    for score in new.scores:
        if score.persona is not None:
            continue
        change = _score_change(old.score_of(score.target), score, names.get(score.target, score.target))
        if change:
            diff.moved.append(change)
    old_pains = {p.touchpoint for p in old.pain_points}
    new_pains = {p.touchpoint for p in new.pain_points}
    diff.new_pain_points = [names.get(t, t) for t in sorted(new_pains - old_pains)]
    diff.resolved_pain_points = [names.get(t, t) for t in sorted(old_pains - new_pains)]
    old_ids, new_ids = {t.id for t in old.touchpoints}, {t.id for t in new.touchpoints}
    diff.new_touchpoints = [names[t] for t in sorted(new_ids - old_ids)]
    diff.removed_touchpoints = [names[t] for t in sorted(old_ids - new_ids)]
    return diff


def _score_change(old: Optional[Score], new: Score, name: str) -> Optional[ScoreChange]:
    before = old.value if old else None
    if before is None or new.value is None:
        if before is None and new.value is None:
            return None
        return ScoreChange(new.target, name, before, new.value, beyond_interval=False)
    if abs(new.value - before) < 1e-9:
        return None
    outside = old.ci_low is not None and not (old.ci_low <= new.value <= old.ci_high)
    return ScoreChange(new.target, name, before, new.value, beyond_interval=outside)


def format_diff(diff: JourneyDiff) -> str:
    lines = [f"Changes from run {diff.before} to run {diff.after}:"]
    if diff.is_empty():
        return lines[0] + " none."
    significant = [c for c in diff.moved if c.beyond_interval]
    if significant:
        lines.append("Scores that moved beyond their 95% interval:")
        lines += [f"  {c.name}: {c.before:+.2f} -> {c.after:+.2f}" for c in significant]
    appeared = [c for c in diff.moved if c.before is None or c.after is None]
    lines += [f"  {c.name}: {_fmt(c.before)} -> {_fmt(c.after)}" for c in appeared]
    small = len(diff.moved) - len(significant) - len(appeared)
    if small:
        lines.append(f"{small} other score(s) moved within their interval.")
    for title, items in (("New pain points", diff.new_pain_points),
                         ("Resolved pain points", diff.resolved_pain_points),
                         ("New touchpoints", diff.new_touchpoints),
                         ("Removed touchpoints", diff.removed_touchpoints)):
        if items:
            lines.append(f"{title}: {', '.join(items)}")
    return "\n".join(lines)


def _fmt(value: Optional[float]) -> str:
    return "no evidence" if value is None else f"{value:+.2f}"
