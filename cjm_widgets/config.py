"""kit.yaml: read it safely, check every key, and say plainly what is wrong and how to fix it."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

import yaml

from .errors import ConfigError
from .model import Touchpoint
from .stages import LANGUAGES, STAGE_MODELS, stage_ids

KIT_FILE = "kit.yaml"
TEMPLATE = Path(__file__).with_name("kit_template.yaml")

TOP_KEYS = {"client", "language", "stage_model", "survey", "interviews", "analytics", "touchpoints",
            "personas", "scoring", "allow_outside_paths", "stages"}
STAGE_KEYS = {"id", "name", "goals", "actions", "thoughts", "backstage", "kpis"}
STAGE_LANES = ("goals", "actions", "thoughts", "backstage", "kpis")
SECTION_KEYS = {
    "survey": {"file", "sheet", "respondent_id", "questions", "overall", "segments"},
    "interviews": {"dir"},
    "analytics": {"file", "mapping"},
    "personas": {"method", "columns", "k_min", "k_max", "seed", "min_size", "channel_column"},
}
PERSONA_METHODS = {"clusters", "rules"}
QUESTION_KEYS = {"column", "touchpoint", "type", "scale", "direction"}
QUESTION_TYPES = {"likert", "nps", "csat", "ces", "text"}
TOUCHPOINT_KEYS = {"id", "name", "stage", "channel", "online", "owner", "reach", "importance", "keywords"}
ID_PATTERN = re.compile(r"^[A-Za-z0-9_]+$")


@dataclass
class Kit:
    """A client's kit.yaml, checked: paths resolved inside the client directory."""

    root: Path
    client: str
    language: str = "en"
    stage_model: str = "aidp"
    survey: Optional[dict[str, Any]] = None
    interviews: Optional[dict[str, Any]] = None
    analytics: Optional[dict[str, Any]] = None
    personas: dict[str, Any] = field(default_factory=dict)
    touchpoints: list[Touchpoint] = field(default_factory=list)
    stages: list[dict[str, Any]] = field(default_factory=list)  # research notes per stage id
    scoring: dict[str, Any] = field(default_factory=dict)

    def path(self, relative: str) -> Path:
        return self.root / relative

    def data_files(self) -> list[Path]:
        """Every input file the kit will read, for checksums in run.json."""
        files = []
        for section in (self.survey, self.analytics):
            if section and section.get("file"):
                files.append(self.path(section["file"]))
        if self.interviews and self.interviews.get("dir"):
            directory = self.path(self.interviews["dir"])
            if directory.is_dir():
                files.extend(sorted(p for p in directory.iterdir() if p.is_file()))
        return files


def load_kit(client_dir) -> Kit:
    root = Path(client_dir).resolve()
    path = root / KIT_FILE
    if not root.is_dir():
        raise ConfigError(root, "is not a client directory.", fix="Create one with `cjm init DIR`.")
    if not path.is_file():
        raise ConfigError(path, "not found.", fix=f"Create it with `cjm init {client_dir}`.")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigError(path, f"is not valid YAML ({getattr(exc, 'problem', exc)}).",
                          line=mark.line + 1 if mark else None,
                          fix="Check indentation and quotes on that line.") from None
    except UnicodeDecodeError:
        raise ConfigError(path, "is not UTF-8 text.", fix="Save it as UTF-8.") from None
    return parse_kit(data or {}, root, path)


def parse_kit(data: Any, root: Path, origin: Path) -> Kit:
    """Check the whole mapping and report every bad key at once."""
    problems: list[str] = []
    if not isinstance(data, dict):
        raise ConfigError(origin, "should be a mapping of keys (client:, language:, ...).",
                          fix=f"Start from the template: `cjm init` writes one.")
    _unknown(data, TOP_KEYS, "", problems)
    language = data.get("language", "en")
    if language not in LANGUAGES:
        problems.append(f"language: {language!r} is not supported; use one of {', '.join(LANGUAGES)}.")
        language = "en"
    stage_model = data.get("stage_model", "aidp")
    if stage_model not in STAGE_MODELS:
        problems.append(f"stage_model: {stage_model!r} is unknown; use one of {', '.join(STAGE_MODELS)}.")
        stage_model = "aidp"
    allow_outside = bool(data.get("allow_outside_paths", False))
    sections = {}
    for name, keys in SECTION_KEYS.items():
        section = data.get(name)
        if section is None:
            continue
        if not isinstance(section, dict):
            problems.append(f"{name}: should be a mapping (e.g. `{name}:` then `  file: ...`).")
            continue
        _unknown(section, keys, f"{name}.", problems)
        for key in ("file", "dir"):
            if key in section:
                _check_path(section[key], f"{name}.{key}", root, allow_outside, problems,
                            want_dir=(key == "dir"))
        sections[name] = section
    personas = sections.get("personas") or {}
    if personas.get("method", "clusters") not in PERSONA_METHODS:
        problems.append(f"personas.method: {personas.get('method')!r}; use clusters or rules.")
    touchpoints = _touchpoints(data.get("touchpoints") or [], stage_ids(stage_model), problems)
    stages = _stages(data.get("stages") or [], stage_ids(stage_model), problems)
    if "survey" in sections:
        _questions(sections["survey"].get("questions") or [], {t.id for t in touchpoints}, problems)
    scoring = data.get("scoring") or {}
    if not isinstance(scoring, dict):
        problems.append("scoring: should be a mapping of settings.")
        scoring = {}
    if problems:
        raise ConfigError(origin, "has problems:\n  - " + "\n  - ".join(problems),
                          fix="Edit kit.yaml; the template written by `cjm init` documents every key.")
    return Kit(root=root, client=str(data.get("client") or root.name), language=language,
               stage_model=stage_model, survey=sections.get("survey"),
               interviews=sections.get("interviews"), analytics=sections.get("analytics"), personas=personas,
               touchpoints=touchpoints, stages=stages, scoring=scoring)


def write_template(client_dir, client: str = "") -> Path:
    """`cjm init`: a commented kit.yaml and an empty data/ folder; never overwrites."""
    root = Path(client_dir)
    path = root / KIT_FILE
    if path.exists():
        raise ConfigError(path, "already exists.", fix="Edit it, or choose a new directory.")
    (root / "data").mkdir(parents=True, exist_ok=True)
    name = client or root.resolve().name
    path.write_text(TEMPLATE.read_text(encoding="utf-8").replace("{client}", name.replace('"', "'")),
                    encoding="utf-8")
    return path


def _unknown(mapping: dict, allowed: set[str], prefix: str, problems: list[str]) -> None:
    for key in mapping:
        if key not in allowed:
            close = difflib.get_close_matches(str(key), sorted(allowed), n=1)
            hint = f" Did you mean {prefix}{close[0]!r}?" if close else f" Allowed: {', '.join(sorted(allowed))}."
            problems.append(f"{prefix}{key}: unknown key.{hint}")


def _check_path(value, where, root: Path, allow_outside: bool, problems, *, want_dir: bool) -> None:
    if not isinstance(value, str) or not value:
        problems.append(f"{where}: should be a path relative to the client directory.")
        return
    target = (root / value).resolve()
    if not allow_outside and root not in (target, *target.parents):
        problems.append(f"{where}: {value!r} points outside the client directory; "
                        "copy the file into data/ (or set allow_outside_paths: true).")
    elif want_dir and target.exists() and not target.is_dir():
        problems.append(f"{where}: {value!r} is a file; expected a folder.")
    elif not want_dir and target.is_dir():
        problems.append(f"{where}: {value!r} is a folder; expected a file.")
    elif not target.exists():
        problems.append(f"{where}: {value!r} does not exist.")


def _touchpoints(items, valid_stages: list[str], problems) -> list[Touchpoint]:
    result, seen = [], set()
    if not isinstance(items, list):
        problems.append("touchpoints: should be a list (each item starts with `- id: ...`).")
        return result
    for i, item in enumerate(items, 1):
        where = f"touchpoints[{i}]"
        if not isinstance(item, dict):
            problems.append(f"{where}: should be a mapping with id, name, stage.")
            continue
        _unknown(item, TOUCHPOINT_KEYS, f"{where}.", problems)
        tp_id = str(item.get("id", ""))
        if not ID_PATTERN.match(tp_id):
            problems.append(f"{where}.id: {tp_id!r} should be letters, digits or _.")
            continue
        if tp_id in seen:
            problems.append(f"{where}.id: {tp_id!r} is used twice.")
        seen.add(tp_id)
        stage = item.get("stage")
        if stage not in valid_stages:
            problems.append(f"{where}.stage: {stage!r} is not a stage of this model; use one of "
                            f"{', '.join(valid_stages)}.")
        reach, importance = item.get("reach", 1.0), item.get("importance", 3)
        if not isinstance(reach, (int, float)) or not 0 <= reach <= 1:
            problems.append(f"{where}.reach: {reach!r} should be a share between 0 and 1.")
            reach = 1.0
        if not isinstance(importance, (int, float)) or not 1 <= importance <= 5:
            problems.append(f"{where}.importance: {importance!r} should be 1..5.")
            importance = 3
        keywords = item.get("keywords") or []
        result.append(Touchpoint(id=tp_id, name=str(item.get("name") or tp_id), stage=str(stage),
                                 channel=str(item.get("channel", "website")),
                                 online=bool(item.get("online", True)), owner=str(item.get("owner", "")),
                                 reach=float(reach), importance=float(importance),
                                 keywords=[str(k) for k in keywords]))
    return result


def _stages(items, valid_stages: list[str], problems) -> list[dict[str, Any]]:
    """Optional research notes per stage (goals, actions, thoughts...) to start the workshop from."""
    if not isinstance(items, list):
        problems.append("stages: should be a list (each item starts with `- id: ...`).")
        return []
    result = []
    for i, item in enumerate(items, 1):
        where = f"stages[{i}]"
        if not isinstance(item, dict) or item.get("id") not in valid_stages:
            problems.append(f"{where}.id: should be one of {', '.join(valid_stages)}.")
            continue
        _unknown(item, STAGE_KEYS, f"{where}.", problems)
        for lane in STAGE_LANES:
            value = item.get(lane, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                problems.append(f"{where}.{lane}: should be a list of short texts.")
        result.append(item)
    return result


def _questions(items, touchpoint_ids: set[str], problems) -> None:
    if not isinstance(items, list):
        problems.append("survey.questions: should be a list of {column, touchpoint, type}.")
        return
    for i, item in enumerate(items, 1):
        where = f"survey.questions[{i}]"
        if not isinstance(item, dict) or not item.get("column"):
            problems.append(f"{where}: needs at least `column:` (the survey header).")
            continue
        _unknown(item, QUESTION_KEYS, f"{where}.", problems)
        if item.get("touchpoint") not in touchpoint_ids:
            problems.append(f"{where}.touchpoint: {item.get('touchpoint')!r} is not a touchpoint id in "
                            "`touchpoints:`.")
        if item.get("type", "likert") not in QUESTION_TYPES:
            problems.append(f"{where}.type: {item.get('type')!r}; use one of {', '.join(sorted(QUESTION_TYPES))}.")
