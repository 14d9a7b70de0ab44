"""The map's history: a snapshot per run under CLIENT/history/, what changed between any two
runs, and the trends across all of them.

A snapshot holds the run's journey.json (with its scores), kpis.json and run.json (the inputs'
sha256 checksums); older snapshots may hold journey.json only. A KPI or score "moved" when its
new value lies outside the earlier run's 95% interval.
"""
from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Optional

from .clientdir import ClientDir
from .errors import CJMError
from .labels import Counted, Phrase, count, label, number, percent, phrase
from .model import Journey, Score

SNAPSHOT_FILES = ("journey.json", "kpis.json", "run.json")  # the results, the KPIs, the inputs' checksums
KPIS = ("nps", "aov", "repeat_rate", "retention_90d")  # kpis.json keys with a value and a 95% interval


@dataclass
class Change:
    """A score or KPI that changed between two runs."""

    name: str  # the touchpoint's or stage's name; for a KPI, its kpis.json key
    before: Optional[float]
    after: Optional[float]
    beyond_interval: bool  # the new value lies outside the previous 95% interval
    target: str = ""  # a score's touchpoint or stage id


@dataclass
class JourneyDiff:
    before: str  # snapshot names
    after: str
    moved: list[Change] = field(default_factory=list)  # scores
    new_pain_points: list[str] = field(default_factory=list)
    resolved_pain_points: list[str] = field(default_factory=list)
    new_touchpoints: list[str] = field(default_factory=list)
    removed_touchpoints: list[str] = field(default_factory=list)
    kpis: list[Change] = field(default_factory=list)
    changed_inputs: Optional[list[str]] = None  # None: a run kept no checksums
    implemented: list[str] = field(default_factory=list)  # opportunities that went live in between
    notes: list[Phrase] = field(default_factory=list)  # what could not be compared, and why
    language: str = "en"  # the newer journey's: `cjm diff` speaks the client's language

    def is_empty(self) -> bool:
        return not (self.moved or self.new_pain_points or self.resolved_pain_points
                    or self.new_touchpoints or self.removed_touchpoints or self.implemented
                    or self.kpis or self.changed_inputs)


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


def find_run(found: list[Path], spec: str) -> Path:
    """A run by its snapshot name, a unique start of it, or an index (-1 the last, 0 the first);
    digits that start a snapshot name are read as the name."""
    names = ", ".join(p.name for p in found)
    exact = [p for p in found if p.name == spec]
    matches = exact or [p for p in found if p.name.startswith(spec)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise CJMError(key="err_run_ambiguous", spec=spec, names=", ".join(p.name for p in matches))
    try:
        index = int(spec)
    except ValueError:
        raise CJMError(key="err_run_unknown", spec=spec, names=names) from None
    if -len(found) <= index < len(found):
        return found[index]
    raise CJMError(key="err_run_index", spec=spec, runs=Counted(len(found), "run"), names=names, low=-len(found),
                   high=len(found) - 1)


def diff_runs(client_dir, before: Optional[str] = None, after: Optional[str] = None) -> JourneyDiff:
    """Compare two kept runs (default: the last two): scores, pain points, KPIs, inputs, changes made."""
    found = snapshots(client_dir)
    if len(found) < 2:
        raise CJMError(key="err_diff_needs_two", path=ClientDir(client_dir).history, runs=Counted(len(found), "run"),
                       dir=client_dir)
    old_dir = find_run(found, before) if before is not None else found[-2]
    new_dir = find_run(found, after) if after is not None else found[-1]
    if found.index(old_dir) >= found.index(new_dir):
        raise CJMError(key="err_run_order", before=old_dir.name, after=new_dir.name)
    old, new = Journey.load(old_dir / "journey.json"), Journey.load(new_dir / "journey.json")
    diff = diff_journeys(old, new, old_dir.name, new_dir.name)
    diff.kpis = kpi_changes(run_kpis(old_dir, old), run_kpis(new_dir, new))
    old_inputs, new_inputs = _run_json(old_dir).get("inputs"), _run_json(new_dir).get("inputs")
    if old_inputs is None or new_inputs is None:
        diff.notes.append(phrase("diff_no_checksums", run=old_dir.name if old_inputs is None else new_dir.name))
    else:
        diff.changed_inputs = sorted(f for f in set(old_inputs) | set(new_inputs)
                                     if old_inputs.get(f) != new_inputs.get(f))
    diff.implemented, bad = implemented_between(new, run_time(old_dir).date(), run_time(new_dir).date())
    diff.notes += bad
    return diff


def run_kpis(snapshot: Path, journey: Journey) -> dict:
    """The run's kpis.json if the snapshot kept one, else the KPIs inside its journey."""
    kept = _read_json(snapshot / "kpis.json")
    return journey.kpis if kept is None else kept


def kpi_changes(old: dict, new: dict) -> list[Change]:
    """Every KPI of KPIS whose value changed, marked when it left the earlier 95% interval."""
    changes = []
    for name in KPIS:
        a, b = old.get(name) or {}, new.get(name) or {}
        if a.get("value") is None or b.get("value") is None or abs(a["value"] - b["value"]) < 1e-9:
            continue
        changes.append(Change(name, a["value"], b["value"], _beyond(a.get("ci_low"), a.get("ci_high"), b["value"])))
    return changes


def implemented_between(journey: Journey, start: date, end: date) -> tuple[list[str], list[Phrase]]:
    """Opportunities whose implemented date lies after ``start`` and on or before ``end``; and
    the ones whose date cannot be read."""
    done, bad = [], []
    for op in journey.opportunities:
        if not op.implemented:
            continue
        when = op.implemented_on()
        if when is None:
            bad.append(phrase("diff_bad_date", title=op.title, value=op.implemented))
        elif start < when <= end:
            done.append("{title} ({when})".format(title=op.title, when=when.isoformat()))
    return done, bad


def run_time(snapshot: Path) -> datetime:
    """When the run finished (UTC): run.json's time, else the snapshot's name."""
    finished = _run_json(snapshot).get("finished")
    if finished:
        try:
            return datetime.fromisoformat(finished).astimezone(timezone.utc).replace(tzinfo=None)
        except ValueError:
            pass
    return datetime.strptime(snapshot.name[:16], "%Y%m%dT%H%M%SZ")


def trends(client_dir, current: Optional[Journey] = None) -> dict:
    """Per kept run: when it finished (UTC), NPS, stage scores, funnel conversion and commerce KPIs; and the
    implemented dates of the latest journey's opportunities, for the trend figure. ``current`` is the
    run being written (not kept yet), drawn as the last point."""
    runs, journey = [], None
    for snapshot in snapshots(client_dir):
        journey = Journey.load(snapshot / "journey.json")
        runs.append(_trend_point(snapshot.name, run_time(snapshot), journey, run_kpis(snapshot, journey)))
    if current is not None:
        journey = current
        runs.append(_trend_point("now", datetime.now(timezone.utc), current, current.kpis))
    implemented = []
    for op in journey.opportunities if journey else []:
        when = op.implemented_on()
        if when:
            implemented.append({"date": when.isoformat(), "title": op.title})
    stage_names = {s.id: s.name for s in journey.stages} if journey else {}
    return {"runs": runs, "implemented": implemented, "stage_names": stage_names}


def _trend_point(name: str, when: datetime, journey: Journey, kpis: dict) -> dict:
    return {
        "run": name, "time": when.isoformat(timespec="seconds"),
        "stages": {s.target: s.value for s in journey.scores
                   if s.level == "stage" and s.persona is None and s.value is not None},
        "funnel": {row["stage"]: row["conversion"] for row in kpis.get("funnel") or []
                   if row.get("conversion") is not None},
        **{name: (kpis.get(name) or {}).get("value") for name in KPIS},
    }


def _run_json(snapshot: Path) -> dict:
    return _read_json(snapshot / "run.json") or {}


def _read_json(path: Path) -> Optional[dict]:
    """A snapshot's JSON file, None when the snapshot has none."""
    if not path.is_file():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CJMError(f"{path}: not readable JSON ({exc}). Delete this snapshot or run again.") from None


def diff_journeys(old: Journey, new: Journey, before: str = "before", after: str = "after") -> JourneyDiff:
    names = {t.id: t.name for t in old.touchpoints} | {t.id: t.name for t in new.touchpoints}
    names |= {s.id: s.name for s in old.stages} | {s.id: s.name for s in new.stages}
    diff = JourneyDiff(before, after, language=new.language or "en")
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


def _score_change(old: Optional[Score], new: Score, name: str) -> Optional[Change]:
    before = old.value if old else None
    if before is None or new.value is None:
        if before is None and new.value is None:
            return None
        return Change(name, before, new.value, False, new.target)
    if abs(new.value - before) < 1e-9:
        return None
    return Change(name, before, new.value, _beyond(old.ci_low, old.ci_high, new.value), new.target)


def _beyond(low: Optional[float], high: Optional[float], value: float) -> bool:
    """The module's rule for "moved": outside the earlier run's 95% interval (never, without one)."""
    return low is not None and not (low <= value <= high)


def format_diff(diff: JourneyDiff) -> str:
    """The changes between two runs as lines for the terminal, in the journey's language."""
    lang = diff.language
    fmt = lambda value: label("no_evidence", lang) if value is None else number(value, lang, signed=True)
    lines = [label("diff_title", lang, before=diff.before, after=diff.after)]
    notes = [label("diff_note", lang, note=note) for note in diff.notes]
    if diff.is_empty():
        return "\n".join([f"{lines[0]} {label('diff_none', lang)}", *notes])
    significant = [c for c in diff.moved if c.beyond_interval]
    if significant:
        lines.append(label("diff_beyond_interval", lang))
        lines += [f"  {c.name}: {fmt(c.before)} -> {fmt(c.after)}" for c in significant]
    appeared = [c for c in diff.moved if c.before is None or c.after is None]
    lines += [f"  {c.name}: {fmt(c.before)} -> {fmt(c.after)}" for c in appeared]
    small = len(diff.moved) - len(significant) - len(appeared)
    if small:
        lines.append(label("diff_within_interval", lang, scores=count(small, "score", lang)))
    for key, items in (("diff_new_pains", diff.new_pain_points), ("diff_resolved_pains", diff.resolved_pain_points),
                       ("diff_new_touchpoints", diff.new_touchpoints),
                       ("diff_removed_touchpoints", diff.removed_touchpoints)):
        if items:
            lines.append(f"{label(key, lang)}: {', '.join(items)}")
    moved_kpis = [k for k in diff.kpis if k.beyond_interval]
    if moved_kpis:
        lines.append(label("diff_kpis_beyond", lang))
        lines += [f"  {label('kpi_' + k.name, lang)}: {_kpi(k.name, k.before, lang)} -> {_kpi(k.name, k.after, lang)}"
                  for k in moved_kpis]
    if len(diff.kpis) > len(moved_kpis):
        lines.append(label("diff_kpis_within", lang, kpis=count(len(diff.kpis) - len(moved_kpis), "kpi", lang)))
    if diff.changed_inputs:
        lines.append(label("diff_changed_inputs", lang, files=", ".join(diff.changed_inputs)))
    if diff.implemented:
        lines.append(label("diff_implemented", lang, items="; ".join(diff.implemented)))
    return "\n".join(lines + notes)


def _kpi(name: str, value: float, lang: str) -> str:
    """NPS as points, AOV as an amount, rates (0..1) as percentages, in the client's number format."""
    if name == "nps":
        return number(value, lang, digits=1, signed=True)
    return number(value, lang) if name == "aov" else percent(value, lang)
