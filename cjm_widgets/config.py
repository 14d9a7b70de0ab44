"""kit.yaml: read it safely, check every key, and say plainly what is wrong and how to fix it."""
from __future__ import annotations

import dataclasses
import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

import yaml

from .clientdir import ClientDir
from .errors import ConfigError, InputError
from .labels import Listed, Phrase, phrase
from .model import Touchpoint
from .stages import LANGUAGES, STAGE_MODELS, stage_ids

KIT_FILE = "kit.yaml"
TEMPLATE = Path(__file__).with_name("kit_template.yaml")

TOP_KEYS = {"client", "language", "stage_model", "survey", "interviews", "analytics", "orders", "touchpoints",
            "personas", "scoring", "allow_outside_paths", "stages"}
STAGE_KEYS = {"id", "name", "goals", "actions", "thoughts", "backstage", "kpis"}
STAGE_LANES = ("goals", "actions", "thoughts", "backstage", "kpis")
SECTION_KEYS = {
    "survey": {"file", "sheet", "respondent_id", "questions", "overall", "segments", "customer_column"},
    "interviews": {"dir"},
    "analytics": {"file", "mapping", "window_days"},
    "orders": {"file", "format"},
    "personas": {"method", "columns", "k_min", "k_max", "seed", "min_size", "channel_column"},
}
PERSONA_METHODS = ("clusters", "rules")
QUESTION_KEYS = {"column", "touchpoint", "type", "scale", "direction"}
# the values kit.yaml may name, checked here and again by the readers that act on them (survey, kpis, orders)
MAPPED_TYPES = ("likert", "nps", "csat", "ces", "text")  # survey question types that become observations
DIRECTIONS = ("higher_is_better", "lower_is_better")
ORDER_FORMATS = ("auto", "shopify", "woocommerce", "generic")
WINDOW_DAYS = 30  # analytics.window_days: how long an ordered funnel may take
# personas: (key, smallest value, default) of the whole-number settings
PERSONA_NUMBERS = (("k_min", 2, 2), ("k_max", 2, 6), ("seed", 0, 0), ("min_size", 1, 10))
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
    orders: Optional[dict[str, Any]] = None
    personas: dict[str, Any] = field(default_factory=dict)
    touchpoints: list[Touchpoint] = field(default_factory=list)
    stages: list[dict[str, Any]] = field(default_factory=list)  # research notes per stage id
    scoring: dict[str, Any] = field(default_factory=dict)

    def path(self, relative: str) -> Path:
        return self.root / relative

    def data_files(self) -> list[Path]:
        """Every input file the kit will read, for checksums in run.json."""
        files = []
        for section in (self.survey, self.analytics, self.orders):
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
        raise ConfigError(root, key="err_not_client_dir")
    if not path.is_file():
        raise ConfigError(path, "not found.", fix=f"Create it with `cjm init {client_dir}`.")
    return parse_kit(read_yaml(path, ConfigError) or {}, root, path)


def read_yaml(path: Path, error: type[InputError] = InputError) -> Any:
    """A YAML file someone wrote by hand (kit.yaml, a codebook): a syntax error names its line,
    other text than UTF-8 says so, both as ``error``."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise error(path, key="err_yaml_invalid", detail=getattr(exc, "problem", None) or str(exc),
                    line=mark.line + 1 if mark else None) from None
    except UnicodeDecodeError:
        raise error(path, key="err_yaml_not_utf8") from None


_LANGUAGE_LINE = re.compile(r"^language:\s*[\"']?(\w+)", re.MULTILINE)


def kit_language(client_dir) -> str:
    """kit.yaml's language without checking the rest, so the CLI speaks it even when the rest is
    wrong, a YAML syntax error included; English when kit.yaml says none."""
    try:
        data = read_yaml(ClientDir(client_dir).kit)
    except OSError:
        return "en"
    except InputError:  # a syntax error elsewhere in the file: its "language:" line may still say
        try:
            said = _LANGUAGE_LINE.search(ClientDir(client_dir).kit.read_text("utf-8-sig", errors="replace"))
        except OSError:
            return "en"
        data = {"language": said.group(1)} if said else {}
    language = str(data.get("language", "en")).lower() if isinstance(data, dict) else "en"
    return language if language in LANGUAGES else "en"


def parse_kit(data: Any, root: Path, origin: Path) -> Kit:
    """Check the whole mapping and report every bad key at once."""
    problems: list = []
    if not isinstance(data, dict):
        raise ConfigError(origin, "should be a mapping of keys (client:, language:, ...).",
                          fix="Start from the template: `cjm init` writes one.")
    _unknown(data, TOP_KEYS, "", problems)
    language = _choice(data.get("language", "en"), "language", LANGUAGES, problems) or "en"
    stage_model = _choice(data.get("stage_model", "aidp"), "stage_model", tuple(STAGE_MODELS), problems) or "aidp"
    allow_outside = data.get("allow_outside_paths", False)
    if not isinstance(allow_outside, bool):
        problems.append(phrase("kit_bool", where="allow_outside_paths", value=allow_outside))
        allow_outside = False
    sections = {}
    for name, keys in SECTION_KEYS.items():
        section = data.get(name)
        if section is None:
            continue
        if not isinstance(section, dict):
            problems.append(phrase("kit_section_mapping", name=name))
            continue
        _unknown(section, keys, f"{name}.", problems)
        for key in ("file", "dir"):
            if key in section:
                _check_path(section[key], f"{name}.{key}", root, allow_outside, problems,
                            want_dir=(key == "dir"))
        sections[name] = dict(section)
    touchpoints = _touchpoints(data.get("touchpoints") or [], stage_ids(stage_model), problems)
    stages = _stages(data.get("stages") or [], stage_ids(stage_model), problems)
    if "survey" in sections:
        _survey(sections["survey"], [t.id for t in touchpoints], problems)
    if "analytics" in sections:
        section = sections["analytics"]
        section["window_days"] = _whole(section.get("window_days", WINDOW_DAYS), "analytics.window_days", 1,
                                        problems, WINDOW_DAYS)
        mapping = section.get("mapping")
        if mapping is not None and not (isinstance(mapping, dict) and all(isinstance(v, str) for v in mapping.values())):
            problems.append(phrase("kit_analytics_mapping"))
    if "orders" in sections:
        section = sections["orders"]
        if "file" not in section:
            problems.append(phrase("kit_orders_file"))
        section["format"] = _choice(section.get("format", "auto"), "orders.format", ORDER_FORMATS, problems) or "auto"
    personas = _personas(sections.get("personas") or {}, problems)
    scoring = _scoring(data.get("scoring"), problems)
    client = data.get("client")
    if client is not None and not isinstance(client, (str, int, float)):
        problems.append(phrase("kit_client"))
        client = None
    if problems:
        raise ConfigError(origin, key="err_kit_problems", problems=Listed(tuple(problems)))
    return Kit(root=root, client=str(client or root.name), language=language,
               stage_model=stage_model, survey=sections.get("survey"),
               interviews=sections.get("interviews"), analytics=sections.get("analytics"),
               orders=sections.get("orders"), personas=personas,
               touchpoints=touchpoints, stages=stages, scoring=scoring)


def write_template(client_dir, client: str = "", language: Optional[str] = None) -> Path:
    """`cjm init`: a commented kit.yaml (in ``language``, English by default: its comments too) and an
    empty data/ folder; never overwrites."""
    from .kit_init import template_text  # the template's comments in the language: kit_init says why there

    root = Path(client_dir)
    path = root / KIT_FILE
    if path.exists():
        raise ConfigError(path, key="err_exists")
    (root / "data").mkdir(parents=True, exist_ok=True)
    name = client or root.resolve().name
    text = template_text(language).replace("{client}", name.replace('"', "'"))
    if language in LANGUAGES:
        text = text.replace("\nlanguage: en ", f"\nlanguage: {language} ", 1)
    path.write_text(text, encoding="utf-8")
    return path


def _choice(value, where: str, allowed, problems: list):
    """``value`` when it is one of ``allowed``, else None and a problem with a did-you-mean."""
    if isinstance(value, str) and value in allowed:
        return value
    problems.append(phrase("kit_choice", where=where, value=value, hint=_did_you_mean(value, allowed),
                           allowed=", ".join(allowed)))
    return None


def _did_you_mean(value, allowed) -> Phrase | str:
    close = difflib.get_close_matches(str(value), list(allowed), n=1)
    return phrase("kit_did_you_mean", close=close[0]) if close else ""


def _whole(value, where: str, smallest: int, problems: list, default: int) -> int:
    """A whole number of at least ``smallest`` (``2`` or ``2.0``; not ``"two"``, not ``true``)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and float(value).is_integer() \
            and value >= smallest:
        return int(value)
    problems.append(phrase("kit_whole", where=where, value=value, smallest=smallest, default=default))
    return default


def _column_name(value, where: str, problems: list, *, many: bool = False) -> None:
    """A survey column header (text), or a list of them; null is allowed for a single one."""
    values = value if many and isinstance(value, list) else [value]
    if many and not isinstance(value, list):
        problems.append(phrase("kit_columns_list", where=where))
        return
    for item in values:
        if not (isinstance(item, str) and item.strip()) and not (item is None and not many):
            problems.append(phrase("kit_column_text", where=where, value=item))


def _survey(section: dict, touchpoint_ids: list[str], problems: list) -> None:
    if "file" not in section:
        problems.append(phrase("kit_survey_file"))
    sheet = section.get("sheet")
    if sheet is not None and (isinstance(sheet, bool) or not isinstance(sheet, (str, int))):
        problems.append(phrase("kit_sheet", value=sheet))
    for key in ("respondent_id", "overall", "customer_column"):
        _column_name(section.get(key), f"survey.{key}", problems)
    _column_name(section.get("segments") or [], "survey.segments", problems, many=True)
    _questions(section.get("questions") or [], touchpoint_ids, problems)


def _personas(section: dict, problems: list) -> dict[str, Any]:
    """The personas settings with defaults filled in, so the steps never meet a raw ``int()`` error."""
    settings = dict(section)
    settings["method"] = _choice(section.get("method", "clusters"), "personas.method", PERSONA_METHODS,
                                 problems) or "clusters"
    for key, smallest, default in PERSONA_NUMBERS:
        settings[key] = _whole(section.get(key, default), f"personas.{key}", smallest, problems, default)
    if settings["k_max"] < settings["k_min"]:
        problems.append(phrase("kit_k_max", k_max=settings["k_max"], k_min=settings["k_min"]))
    _column_name(section.get("columns") or [], "personas.columns", problems, many=True)
    _column_name(section.get("channel_column"), "personas.channel_column", problems)
    return settings


def _scoring(scoring, problems: list) -> dict[str, Any]:
    """Every scoring key checked by the scoring settings' own rules, every bad one reported."""
    from .settings import ScoringSettings, settings_from_config

    if scoring is None:
        return {}
    if not isinstance(scoring, dict):
        problems.append(phrase("kit_scoring_mapping"))
        return {}
    known = {f.name for f in dataclasses.fields(ScoringSettings)}
    _unknown(scoring, known, "scoring.", problems)
    checked = {key: value for key, value in scoring.items() if key in known}
    while checked:  # the scoring rules stop at their first problem: drop the key it names and go on
        try:
            settings_from_config(checked)
            break
        except ConfigError as exc:
            problems.append(exc)  # said in the message's language, without kit.yaml's name again
            named = re.search(r"`scoring\.(\w+)", exc.problem)
            checked.pop(named.group(1) if named and named.group(1) in checked else next(iter(checked)))
    return scoring


def _unknown(mapping: dict, allowed: set[str], prefix: str, problems: list) -> None:
    for key in mapping:
        if key not in allowed:
            close = difflib.get_close_matches(str(key), sorted(allowed), n=1)
            hint = phrase("kit_did_you_mean_key", name=f"{prefix}{close[0]}") if close \
                else phrase("kit_allowed_keys", names=", ".join(sorted(allowed)))
            problems.append(phrase("kit_unknown_key", name=f"{prefix}{key}", hint=hint))


def _check_path(value, where, root: Path, allow_outside: bool, problems, *, want_dir: bool) -> None:
    if not isinstance(value, str) or not value:
        problems.append(phrase("kit_path_relative", where=where))
        return
    target = (root / value).resolve()
    if not allow_outside and root not in (target, *target.parents):
        problems.append(phrase("kit_path_outside", where=where, value=value))
    elif want_dir and target.exists() and not target.is_dir():
        problems.append(phrase("kit_path_is_file", where=where, value=value))
    elif not want_dir and target.is_dir():
        problems.append(phrase("kit_path_is_folder", where=where, value=value))
    elif not target.exists():
        problems.append(phrase("kit_path_missing", where=where, value=value, hint=_similar_paths(value, root, want_dir)))


def _similar_paths(value: str, root: Path, want_dir: bool) -> Phrase:
    """' Did you mean ...?' from the files (or folders) near where the mistyped path points."""
    wanted = (root / value)
    folder = wanted.parent if wanted.parent.is_dir() else root / "data" if (root / "data").is_dir() else root
    names = [p for p in folder.iterdir() if p.is_dir() == want_dir and not p.name.startswith(".")]
    close = difflib.get_close_matches(wanted.name, [p.name for p in names], n=2, cutoff=0.5)
    if not close:
        return phrase("kit_check_name")
    relative = [(folder / name).relative_to(root).as_posix() if root in (folder / name).parents else name
                for name in close]
    return phrase("kit_did_you_mean_path", names=Listed(tuple(repr(r) for r in relative), phrase("kit_or")))


def _touchpoints(items, valid_stages: list[str], problems) -> list[Touchpoint]:
    result, seen = [], set()
    if not isinstance(items, list):
        problems.append(phrase("kit_list_of_items", where="touchpoints"))
        return result
    for i, item in enumerate(items, 1):
        where = f"touchpoints[{i}]"
        if not isinstance(item, dict):
            problems.append(phrase("kit_touchpoint_mapping", where=where))
            continue
        _unknown(item, TOUCHPOINT_KEYS, f"{where}.", problems)
        tp_id = str(item.get("id", ""))
        if not ID_PATTERN.match(tp_id):
            problems.append(phrase("kit_id_pattern", where=where, value=tp_id))
            continue
        if tp_id in seen:
            problems.append(phrase("kit_id_twice", where=where, value=tp_id))
        seen.add(tp_id)
        stage = item.get("stage")
        _choice(stage, f"{where}.stage", valid_stages, problems)
        if not isinstance(item.get("online", True), bool):
            problems.append(phrase("kit_bool", where=f"{where}.online", value=item.get("online")))
        keywords = item.get("keywords") or []
        if not isinstance(keywords, list) or not all(isinstance(k, (str, int, float)) for k in keywords):
            problems.append(phrase("kit_keywords", where=where))
            keywords = []
        reach, importance = item.get("reach", 1.0), item.get("importance", 3)
        if not isinstance(reach, (int, float)) or not 0 <= reach <= 1:
            problems.append(phrase("kit_reach", where=where, value=reach))
            reach = 1.0
        if not isinstance(importance, (int, float)) or not 1 <= importance <= 5:
            problems.append(phrase("kit_importance", where=where, value=importance))
            importance = 3
        result.append(Touchpoint(id=tp_id, name=str(item.get("name") or tp_id), stage=str(stage),
                                 channel=str(item.get("channel", "website")),
                                 online=bool(item.get("online", True)), owner=str(item.get("owner", "")),
                                 reach=float(reach), importance=float(importance),
                                 keywords=[str(k) for k in keywords]))
    return result


def _stages(items, valid_stages: list[str], problems) -> list[dict[str, Any]]:
    """Optional research notes per stage (goals, actions, thoughts...) to start the workshop from."""
    if not isinstance(items, list):
        problems.append(phrase("kit_list_of_items", where="stages"))
        return []
    result = []
    for i, item in enumerate(items, 1):
        where = f"stages[{i}]"
        if not isinstance(item, dict) or item.get("id") not in valid_stages:
            problems.append(phrase("kit_stage_id", where=where, ids=", ".join(valid_stages)))
            continue
        _unknown(item, STAGE_KEYS, f"{where}.", problems)
        for lane in STAGE_LANES:
            value = item.get(lane, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                problems.append(phrase("kit_lane", where=where, lane=lane))
        result.append(item)
    return result


def _questions(items, touchpoint_ids: list[str], problems) -> None:
    if not isinstance(items, list):
        problems.append(phrase("kit_questions_list"))
        return
    for i, item in enumerate(items, 1):
        where = f"survey.questions[{i}]"
        if not isinstance(item, dict) or not item.get("column"):
            problems.append(phrase("kit_question_column", where=where))
            continue
        _unknown(item, QUESTION_KEYS, f"{where}.", problems)
        touchpoint = item.get("touchpoint")
        coded = item.get("type") == "text" and touchpoint is None  # open answers coded to touchpoints
        mistyped = "type" in item and item["type"] not in MAPPED_TYPES  # said once, below ("txt": did you mean text?)
        if touchpoint not in touchpoint_ids and not coded and not (mistyped and touchpoint is None):
            problems.append(phrase("kit_question_touchpoint", where=where, value=touchpoint,
                                   hint=_did_you_mean(touchpoint, touchpoint_ids),
                                   ids=", ".join(touchpoint_ids) or phrase("kit_no_touchpoints")))
        if "type" in item:
            _choice(item["type"], f"{where}.type", MAPPED_TYPES, problems)
        if item.get("scale") is not None:
            _scale(item["scale"], f"{where}.scale", problems)
        if "direction" in item:
            _choice(item["direction"], f"{where}.direction", DIRECTIONS, problems)


def _scale(scale, where: str, problems: list) -> None:
    """Points (5 means 1..5) or [low, high]."""
    def number(v):
        return isinstance(v, (int, float)) and not isinstance(v, bool)

    if number(scale) and float(scale).is_integer() and scale >= 2:
        return
    if isinstance(scale, list) and len(scale) == 2 and all(number(v) for v in scale) and scale[0] < scale[1]:
        return
    problems.append(phrase("kit_scale", where=where, value=scale))
