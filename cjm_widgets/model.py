"""The journey model: plain dataclasses that read and write ``journey.json``.

Everything else in the kit produces or consumes these objects; the model itself imports
nothing of the kit but its errors, so it stays easy to reason about and to test.
"""
from __future__ import annotations

import dataclasses
import functools
import html
import json
import os
import tempfile
import typing
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Callable, Optional

from .errors import JourneyFileError, place

SCHEMA_VERSION = 1

KINDS = ("rating", "quote", "text", "judgement")
JUDGEMENT = "judgement"  # the measure of a quote the team reviewed: its sign is the workshop's, not the coder's


@dataclass
class Source:
    """Where an observation came from: file, and row (survey) or line/time (transcript)."""

    file: str
    row: Optional[int] = None
    line: Optional[int] = None
    column: Optional[str] = None  # survey question column, or the speaker of a quote
    time: Optional[str] = None  # transcript cue start, "HH:MM:SS.mmm"

    def label(self, language: Optional[str] = "en") -> str:
        """"survey.csv, wiersz 12, Q3" in the language of the map or panel that shows it."""
        return place(self.file, language, row=self.row, line=self.line, time=self.time, column=self.column)


@dataclass
class Observation:
    """One piece of evidence about how a touchpoint feels, as a valence in [-1, +1]."""

    touchpoint: Optional[str]  # touchpoint id; None when only the stage is known
    valence: float
    kind: str  # one of KINDS
    source: Source
    stage: Optional[str] = None
    text: str = ""  # the comment or quote, verbatim
    respondent: Optional[str] = None  # survey respondent id or interview participant
    persona: Optional[str] = None  # persona id, set by segmentation
    question: Optional[str] = None  # codebook question id / survey column
    measure: Optional[str] = None  # likert, nps, csat, ces, sentiment, judgement
    raw: Optional[float] = None  # the answer on its native scale
    confidence: Optional[float] = None  # 0..1: how sure the coder is of the touchpoint (quotes, texts), and of a quote's sign


@dataclass
class Stage:
    """A phase of the journey, with what the customer wants, does and thinks there."""

    id: str
    name: str
    goals: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    thoughts: list[str] = field(default_factory=list)
    backstage: list[str] = field(default_factory=list)  # company actions
    kpis: list[str] = field(default_factory=list)


@dataclass
class Touchpoint:
    """One interaction with the brand inside a stage."""

    id: str
    name: str
    stage: str  # stage id
    channel: str = "website"
    online: bool = True
    owner: str = ""
    reach: float = 1.0  # share of customers who meet it, 0..1
    importance: float = 3.0  # 1..5, stated by the team
    keywords: list[str] = field(default_factory=list)  # for coding interview quotes
    target: Optional[float] = None  # future state: the score (-2..+2) the team aims for, a judgement


@dataclass
class Persona:
    """A customer segment made concrete; data-derived first, then edited by the team."""

    id: str
    name: str
    share: float = 0.0
    size: int = 0
    demographics: dict[str, str] = field(default_factory=dict)  # per question: its most given answer
    who: list[str] = field(default_factory=list)  # who they are: 1-3 sentences from the answers that set them apart
    goals: list[str] = field(default_factory=list)
    frustrations: list[str] = field(default_factory=list)
    channels: list[str] = field(default_factory=list)
    quote: str = ""
    quote_source: Optional[Source] = None
    color: str = ""
    picture: str = ""
    definition: dict[str, Any] = field(default_factory=dict)  # the rule or cluster behind it
    edited: list[str] = field(default_factory=list)  # fields the team changed by hand


@dataclass
class Score:
    """The emotion of a touchpoint or stage (overall or for one persona), with its evidence."""

    target: str  # touchpoint or stage id
    level: str  # "touchpoint" | "stage"
    value: Optional[float]  # display scale -2..+2; None when there is no evidence
    n: int = 0
    se: Optional[float] = None
    ci_low: Optional[float] = None
    ci_high: Optional[float] = None
    share_negative: Optional[float] = None
    confidence: str = "insufficient"
    persona: Optional[str] = None  # None = all respondents
    worst: Optional[str] = None  # stage level: its worst touchpoint id, none unless it scores below 0
    evidence: list[int] = field(default_factory=list)  # indexes into Journey.observations
    distribution: dict[str, int] = field(default_factory=dict)  # answers behind it: "likert 5/5" -> count


@dataclass
class Override:
    """A workshop judgement beside the data score; it never replaces it silently."""

    target: str
    value: float  # -2..+2
    reason: str
    author: str = ""
    persona: Optional[str] = None


@dataclass
class PainPoint:
    """A touchpoint flagged by a documented rule, then curated by the team."""

    touchpoint: str
    rule: str  # which rule flagged it, in words
    severity: float = 0.0
    rank: float = 0.0
    evidence: list[int] = field(default_factory=list)
    owner: str = ""
    note: str = ""


@dataclass
class MomentOfTruth:
    touchpoint: str
    reason: str


@dataclass
class Opportunity:
    id: str
    title: str
    touchpoint: Optional[str] = None
    stage: Optional[str] = None
    impact: int = 3  # 1..5
    effort: int = 3  # 1..5
    owner: str = ""
    kpi: str = ""
    cost: Optional[float] = None  # team estimate, money
    effect: Optional[float] = None  # team estimate: expected change of the KPI, in its unit
    value_per_effect: Optional[float] = None  # team estimate: money per unit of that change
    implemented: str = ""  # ISO date the change went live, for monitoring

    def implemented_on(self) -> Optional[date]:
        """The date it went live; None while it has not, or when the text is not a date."""
        try:
            return date.fromisoformat(self.implemented.strip()[:10]) if self.implemented else None
        except ValueError:
            return None


@dataclass
class Journey:
    """One map for one client: stages, touchpoints, personas, evidence, scores and decisions."""

    client: str = ""
    language: str = "en"
    stage_model: str = "aidp"
    stages: list[Stage] = field(default_factory=list)
    touchpoints: list[Touchpoint] = field(default_factory=list)
    personas: list[Persona] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)
    scores: list[Score] = field(default_factory=list)
    overrides: list[Override] = field(default_factory=list)
    pain_points: list[PainPoint] = field(default_factory=list)
    moments_of_truth: list[MomentOfTruth] = field(default_factory=list)
    opportunities: list[Opportunity] = field(default_factory=list)
    votes: dict[str, int] = field(default_factory=dict)  # item id -> dots
    quote_tags: dict[str, str] = field(default_factory=dict)  # quote_key -> touchpoint id ("" = none)
    quote_signs: dict[str, int] = field(default_factory=dict)  # quote_key -> the team's sign -1/0/+1 (reviewed)
    kpis: dict[str, Any] = field(default_factory=dict)  # funnel, NPS, CSAT... per stage
    notes: str = ""
    schema_version: int = SCHEMA_VERSION

    # ---- look-ups -------------------------------------------------------------------
    def stage(self, stage_id: str) -> Stage:
        return _find(self.stages, stage_id, "stage")

    def touchpoint(self, touchpoint_id: str) -> Touchpoint:
        return _find(self.touchpoints, touchpoint_id, "touchpoint")

    def persona(self, persona_id: str) -> Persona:
        return _find(self.personas, persona_id, "persona")

    def opportunity(self, opportunity_id: str) -> Opportunity:
        return _find(self.opportunities, opportunity_id, "opportunity")

    def touchpoints_in(self, stage_id: str) -> list[Touchpoint]:
        return [t for t in self.touchpoints if t.stage == stage_id]

    def score_of(self, target: str, persona: Optional[str] = None) -> Optional[Score]:
        for score in self.scores:
            if score.target == target and score.persona == persona:
                return score
        return None

    def override_of(self, target: str, persona: Optional[str] = None) -> Optional[Override]:
        found = [o for o in self.overrides if o.target == target and o.persona == persona]
        return found[-1] if found else None

    def votes_on_pain(self, touchpoint_id: str) -> int:
        return self.votes.get(pain_vote_key(touchpoint_id), 0)

    def votes_on_opportunity(self, opportunity_id: str) -> int:
        return self.votes.get(opportunity_vote_key(opportunity_id), 0)

    # ---- JSON -----------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any], origin: str = "<dict>") -> "Journey":
        if not isinstance(data, dict):
            raise JourneyFileError(origin, "the file does not hold a JSON object.",
                                   fix="Restore it from the backup or delete it to start afresh.")
        version = data.get("schema_version", SCHEMA_VERSION)
        if not isinstance(version, int) or version > SCHEMA_VERSION:
            raise JourneyFileError(
                origin, f"written by a newer kit (schema {version}; this kit reads {SCHEMA_VERSION}).",
                fix="Upgrade cjm-workshop-kit (pip install -U cjm-workshop-kit).")
        return _build(cls, data, origin, "journey")

    @classmethod
    def load(cls, path) -> "Journey":
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise JourneyFileError(path, "file not found.",
                                   fix="Check the client directory, or run `cjm init`.") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise JourneyFileError(path, f"cannot be read ({exc}).", fix=_restore_fix(path)) from None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise JourneyFileError(path, f"is not valid JSON ({exc.msg}).", line=exc.lineno,
                                   column=f"char {exc.colno}", fix=_restore_fix(path)) from None
        return cls.from_dict(data, str(path))

    def save(self, path) -> Path:
        """Write atomically (temp file + rename), keeping the previous version as ``.bak``."""
        return write_json(path, self.to_dict(), indent=None, backup=True)  # no indent: keeps json's fast C encoder

    # ---- notebook display -----------------------------------------------------------
    def _repr_html_(self) -> str:
        rows = []
        for stage in self.stages:
            tps = self.touchpoints_in(stage.id)
            cells = ", ".join(_score_badge(t.name, self.score_of(t.id)) for t in tps) or "—"
            rows.append(f"<tr><th>{_e(stage.name)}</th><td>{_score_badge('', self.score_of(stage.id))}</td>"
                        f"<td>{cells}</td></tr>")
        head = (f"<p><b>Journey</b> {_e(self.client)} · {len(self.stages)} stages · "
                f"{len(self.touchpoints)} touchpoints · {len(self.personas)} personas · "
                f"{len(self.observations)} observations</p>")
        return head + ("<table><tr><th>Stage</th><th>Score</th><th>Touchpoints</th></tr>"
                       + "".join(rows) + "</table>")


def write_json(path, data, *, durable: bool = True, indent: int | None = 1, backup: bool = False) -> Path:
    """The kit's one way to write a JSON file: UTF-8 text as written (no \\u escapes), atomically."""
    return write_atomically(path, json.dumps(data, ensure_ascii=False, indent=indent), backup=backup, durable=durable)


def write_atomically(path, text: str, *, backup: bool = False, durable: bool = True) -> Path:
    """Write ``text`` so a crash leaves either the old file or the new one, never a mix:
    temp file, fsync, rename; the file keeps its permissions; ``backup`` keeps the old one as .bak.
    ``durable=False`` skips the fsync, for files a power cut may lose (undo entries), not garble."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.chmod(tmp, _file_mode(path))
        if backup and path.exists():
            _backup(path)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path


def quote_key(observation: Observation) -> str:
    """Names an interview utterance across reruns: its file and line (or time)."""
    return source_key(observation.source)


def source_key(source: Source) -> str:
    """``quote_key`` of the utterance at ``source`` (a persona's quote keeps only its source)."""
    return f"{source.file}:{source.line if source.line is not None else source.time}"


def sign_of(valence: float) -> int:
    """-1, 0 or +1: the sign a valence has (0 is neither, as in the quote bank and share negative)."""
    return int(valence > 0) - int(valence < 0)


def pain_vote_key(touchpoint_id: str) -> str:
    """The key of a pain point in Journey.votes (pain points are named by their touchpoint)."""
    return f"pain:{touchpoint_id}"


def opportunity_vote_key(opportunity_id: str) -> str:
    return f"opportunity:{opportunity_id}"


def backup_path(path) -> Path:
    path = Path(path)
    return path.with_name(path.name + ".bak")


def _file_mode(path: Path) -> int:
    """Keep the file's permissions; a new file gets the usual ones (mkstemp would make it 0600)."""
    if path.exists():
        return path.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _backup(path: Path) -> None:
    """Keep the previous version beside the file; a hard link makes it atomic and cheap."""
    bak = backup_path(path)
    tmp = path.with_name(f".{path.name}.bak.{os.getpid()}")
    try:
        os.link(path, tmp)
    except OSError:
        import shutil

        shutil.copy2(path, tmp)
    os.replace(tmp, bak)


def _plain(value):
    """dataclasses.asdict without its deep copies: the model holds only JSON-able leaves."""
    if dataclasses.is_dataclass(value):
        return {name: _plain(getattr(value, name)) for name in _field_types(type(value))}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _restore_fix(path: Path) -> str:
    bak = backup_path(path)
    if bak.exists():
        return f"The previous version is kept at {bak}: copy it over {path.name}."
    return "Delete the file to start afresh (the workshop edits in it are lost)."


def _find(items, item_id, what):
    for item in items:
        if item.id == item_id:
            return item
    raise KeyError(f"no {what} with id {item_id!r}")


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def _score_badge(name: str, score: Optional[Score]) -> str:
    if score is None or score.value is None:
        value = "no evidence"
    else:
        value = f"{score.value:+.2f} (n={score.n}, {score.confidence})"
    return f"{_e(name)} <small>{_e(value)}</small>" if name else _e(value)


# ---- typed construction from JSON ------------------------------------------------------

@functools.lru_cache(maxsize=None)
def _field_types(cls) -> dict[str, Any]:
    """Resolved field types of a model class; resolving them is slow, so once per class."""
    return typing.get_type_hints(cls)


class _Bad(Exception):
    """A value of the wrong shape; carries the path inside the file, built up on the way out."""

    def __init__(self, problem: str, path: str = ""):
        super().__init__(problem)
        self.problem, self.path = problem, path

    def within(self, segment: str) -> "_Bad":
        return _Bad(self.problem, segment + self.path)


def _build(cls, data, origin, where):
    try:
        return _converter(cls)(data)
    except _Bad as bad:
        raise JourneyFileError(origin, f"{where}{bad.path} {bad.problem}", fix=_restore_fix(Path(origin))) from None


@functools.lru_cache(maxsize=None)
def _converter(hint) -> Callable[[Any], Any]:
    """A function checking and building one JSON value of type ``hint``; made once per type,
    since reading a journey converts tens of thousands of values."""
    origin_type, args = typing.get_origin(hint), typing.get_args(hint)
    if origin_type is typing.Union:  # Optional[X]
        inner = _converter(next(a for a in args if a is not type(None)))
        return lambda value: None if value is None else inner(value)
    if dataclasses.is_dataclass(hint):
        return _record_converter(hint)
    if origin_type is list:
        item = _converter(args[0])

        def convert_list(value):
            if not isinstance(value, list):
                raise _Bad("should be a list.")
            result = []
            for index, element in enumerate(value):
                try:
                    result.append(item(element))
                except _Bad as bad:
                    raise bad.within(f"[{index}]") from None
            return result
        return convert_list
    if origin_type is dict:
        item = _converter(args[1])

        def convert_dict(value):
            if not isinstance(value, dict):
                raise _Bad("should be an object.")
            result = {}
            for key, element in value.items():
                try:
                    result[key] = item(element)
                except _Bad as bad:
                    raise bad.within(f".{key}") from None
            return result
        return convert_dict
    if hint is float:
        def convert_float(value):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise _Bad(f"should be a number, found {value!r}.")
            return float(value)
        return convert_float
    if hint in (int, str, bool):
        def convert_plain(value):
            if not isinstance(value, hint) or (hint is int and isinstance(value, bool)):
                raise _Bad(f"should be {hint.__name__}, found {value!r}.")
            return value
        return convert_plain
    return lambda value: value  # Any


def _record_converter(cls) -> Callable[[dict], Any]:
    fields = {name: _converter(hint) for name, hint in _field_types(cls).items()}

    def convert_record(value):
        if not isinstance(value, dict):
            raise _Bad(f"should be an object, found {type(value).__name__}.")
        unknown = value.keys() - fields.keys()
        if unknown:
            raise _Bad(f"has unknown keys {sorted(unknown)}. Remove them, or upgrade the kit if a newer "
                       "version wrote them.")
        kwargs = {}
        for name, element in value.items():
            try:
                kwargs[name] = fields[name](element)
            except _Bad as bad:
                raise bad.within(f".{name}") from None
        try:
            return cls(**kwargs)
        except TypeError as exc:
            raise _Bad(f"is incomplete ({exc}).") from None
    return convert_record
