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
from .labels import Listed, Phrase, label, phrase, said
from .model import Touchpoint
from .stages import LANGUAGES, STAGE_MODELS, stage_ids, stage_named

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


@dataclass(frozen=True)
class Where:
    """A key or list item of kit.yaml: its path of keys and list positions (to find its line) and its
    name as the user reads it: "survey.file", "touchpoint 'search', stage", "survey.questions, item 3"
    (an item by its id where it has one, else counted from 1 in words, never a 0-or-1 ``[2]``)."""

    path: tuple = ()
    name: object = ""  # text, or a Phrase said in the client's language

    def key(self, key: str) -> "Where":
        if isinstance(self.name, Phrase):
            return Where(self.path + (key,), phrase("kit_item_key", item=self.name, name=key))
        return Where(self.path + (key,), f"{self.name}.{key}" if self.name else key)

    def item(self, index: int, named: Optional[Phrase] = None) -> "Where":
        """The list's item at ``index`` (from 0): ``named`` ("touchpoint 'search'"), else by its number."""
        return Where(self.path + (index,), named or phrase("kit_item", list=self.name, n=index + 1))

    def say(self, language: Optional[str]) -> str:
        return said(self.name, language)


KIT = Where()  # kit.yaml's top level: KIT.key("survey").key("file") is survey.file
QUESTIONS = KIT.key("survey").key("questions")


@dataclass
class Marks:
    """Where each key and value of a YAML file starts (line and column from 1, as an editor counts),
    by path, taken from the parser's own node marks; and the keys a mapping gives twice, which YAML
    would silently reduce to the last one."""

    keys: dict[tuple, tuple[int, int]] = field(default_factory=dict)
    values: dict[tuple, tuple[int, int]] = field(default_factory=dict)
    twice: list[tuple[tuple, int]] = field(default_factory=list)  # (path of the second, line of the first)

    @classmethod
    def of(cls, node) -> "Marks":
        marks = cls()
        if node is not None:
            marks._walk(node, (), set())
        return marks

    def _walk(self, node, path: tuple, seen: set) -> None:
        if id(node) in seen:  # an alias: its marks are those of the anchor, and it may hold itself
            return
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            lines = {}
            for key, value in node.value:
                if not isinstance(key, yaml.ScalarNode) or key.tag == "tag:yaml.org,2002:merge":
                    continue
                here = path + (key.value,)
                if key.value in lines:
                    self.twice.append((here, lines[key.value]))
                lines[key.value] = key.start_mark.line + 1
                self.keys[here] = _position(key.start_mark)
                self.values[here] = _position(value.start_mark)
                self._walk(value, here, seen)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                self.values[path + (index,)] = _position(item.start_mark)
                self._walk(item, path + (index,), seen)

    def at(self, path: tuple, on_key: bool = False) -> tuple[Optional[int], Optional[int]]:
        """The line and column of the value at ``path`` (of its key with ``on_key``); for a key the
        file leaves out, the mapping or item it belongs in; (None, None) when none of it is in the file."""
        found = (self.keys if on_key else self.values).get(path)
        while found is None and len(path) > 1:
            path = path[:-1]
            found = self.keys.get(path) or self.values.get(path)
        return found or (None, None)


def _position(mark) -> tuple[int, int]:
    return mark.line + 1, mark.column + 1


@dataclass(frozen=True)
class At:
    """One problem of kit.yaml said with where it is, so the user can jump there:
    "line 12, column 5, touchpoint 'search', keywordz: unknown key. Did you mean 'keywords'?"."""

    what: object  # a Phrase, or an error that says itself
    line: Optional[int] = None
    column: Optional[int] = None

    def say(self, language: Optional[str]) -> str:
        what = said(self.what, language)
        if self.line is None:
            return what
        return (f"{label('src_line', language, line=self.line)}, "
                f"{label('src_column', language, column=self.column)}, {what}")


class Problems:
    """kit.yaml's problems as they are found, every one kept, each placed by ``marks``."""

    def __init__(self, marks: Marks):
        self.marks, self.found = marks, []

    def add(self, where: Where, text_key: str, *, on_key: bool = False, **params) -> None:
        """The label ``text_key`` said of ``where`` (its ``{where}``), placed at its value (or key)."""
        self.place(where, phrase(text_key, where=where, **params), on_key=on_key)

    def place(self, where: Where, what, *, on_key: bool = False) -> None:
        self.found.append(At(what, *self.marks.at(where.path, on_key)))

    def listed(self) -> Listed:
        """Top to bottom of the file, as the user will fix them; those without a line last."""
        return Listed(tuple(sorted(self.found, key=lambda at: (at.line is None, at.line or 0, at.column or 0))))

    def first_on_line(self, where: Where) -> Phrase | str:
        """" (first on line 12)": where the first of something given twice is, when it is in the file."""
        line = self.marks.at(where.path)[0]
        return "" if line is None else phrase("kit_first_on_line", line=line)


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
    marks: Marks = field(default_factory=Marks, repr=False)  # where each key is in kit.yaml, for later checks

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
    data, marks = read_yaml_marked(path, ConfigError)
    return parse_kit(data or {}, root, path, marks)


def read_yaml(path: Path, error: type[InputError] = InputError) -> Any:
    """A YAML file someone wrote by hand (kit.yaml, a codebook): a syntax error names its line,
    other text than UTF-8 says so, both as ``error``."""
    return read_yaml_marked(path, error)[0]


def read_yaml_marked(path: Path, error: type[InputError] = InputError) -> tuple[Any, Marks]:
    """read_yaml's data and the Marks of its keys and values, from one parse: the node tree the
    parser composes is walked for its marks, then built into data."""
    try:
        loader = yaml.SafeLoader(path.read_text(encoding="utf-8-sig"))
        try:
            node = loader.get_single_node()
            marks = Marks.of(node)  # before the data is built: building merges `<<:` keys into the nodes
            return (loader.construct_document(node) if node is not None else None), marks
        finally:
            loader.dispose()
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


def parse_kit(data: Any, root: Path, origin: Path, marks: Optional[Marks] = None) -> Kit:
    """Check the whole mapping and report every bad key at once, each at its line in ``marks``
    (from read_yaml_marked; none for a mapping that came from no file)."""
    marks = marks or Marks()
    problems = Problems(marks)
    if not isinstance(data, dict):
        raise ConfigError(origin, "should be a mapping of keys (client:, language:, ...).",
                          fix="Start from the template: `cjm init` writes one.")
    for path, first in marks.twice:
        problems.add(Where(path, str(path[-1])), "kit_key_twice", on_key=True,
                     first=phrase("kit_first_on_line", line=first))
    _unknown(data, TOP_KEYS, KIT, problems)
    language = _choice(data.get("language", "en"), KIT.key("language"), LANGUAGES, problems) or "en"
    stage_model = _choice(data.get("stage_model", "aidp"), KIT.key("stage_model"), tuple(STAGE_MODELS),
                          problems) or "aidp"
    allow_outside = data.get("allow_outside_paths", False)
    if not isinstance(allow_outside, bool):
        problems.add(KIT.key("allow_outside_paths"), "kit_bool", value=allow_outside)
        allow_outside = False
    sections = {}
    for name, keys in SECTION_KEYS.items():
        section, where = data.get(name), KIT.key(name)
        if section is None:
            continue
        if not isinstance(section, dict):
            problems.add(where, "kit_section_mapping", name=name)
            continue
        _unknown(section, keys, where, problems)
        for key in ("file", "dir"):
            if key in section:
                _check_path(section[key], where.key(key), root, allow_outside, problems, want_dir=(key == "dir"))
        sections[name] = dict(section)
    touchpoints = _touchpoints(data.get("touchpoints") or [], stage_model, problems)
    stages = _stages(data.get("stages") or [], stage_ids(stage_model), problems)
    if "survey" in sections:
        _survey(sections["survey"], list(dict.fromkeys(t.id for t in touchpoints)), problems)
    if "analytics" in sections:
        section, where = sections["analytics"], KIT.key("analytics")
        section["window_days"] = _whole(section.get("window_days", WINDOW_DAYS), where.key("window_days"), 1,
                                        problems, WINDOW_DAYS)
        mapping = section.get("mapping")
        if mapping is not None and not (isinstance(mapping, dict) and all(isinstance(v, str) for v in mapping.values())):
            problems.add(where.key("mapping"), "kit_analytics_mapping")
    if "orders" in sections:
        section, where = sections["orders"], KIT.key("orders")
        if "file" not in section:
            problems.add(where.key("file"), "kit_orders_file")
        section["format"] = _choice(section.get("format", "auto"), where.key("format"), ORDER_FORMATS,
                                    problems) or "auto"
    personas = _personas(sections.get("personas") or {}, problems)
    scoring = _scoring(data.get("scoring"), problems)
    client = data.get("client")
    if client is not None and not isinstance(client, (str, int, float)):
        problems.add(KIT.key("client"), "kit_client")
        client = None
    if problems.found:
        raise ConfigError(origin, key="err_kit_problems", problems=problems.listed())
    return Kit(root=root, client=str(client or root.name), language=language,
               stage_model=stage_model, survey=sections.get("survey"),
               interviews=sections.get("interviews"), analytics=sections.get("analytics"),
               orders=sections.get("orders"), personas=personas,
               touchpoints=touchpoints, stages=stages, scoring=scoring, marks=marks)


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


def _choice(value, where: Where, allowed, problems: Problems, meant: Optional[str] = None):
    """``value`` when it is one of ``allowed``, else None and a problem: that it is missing, or what
    was ``meant`` (else the closest allowed value)."""
    if isinstance(value, str) and value in allowed:
        return value
    if value is None:
        problems.add(where, "kit_choice_missing", allowed=", ".join(allowed))
    else:
        hint = phrase("kit_did_you_mean", close=meant) if meant else _did_you_mean(value, allowed)
        problems.add(where, "kit_choice", value=value, hint=hint, allowed=", ".join(allowed))
    return None


def _did_you_mean(value, allowed) -> Phrase | str:
    close = difflib.get_close_matches(str(value), list(allowed), n=1)
    return phrase("kit_did_you_mean", close=close[0]) if close else ""


def _whole(value, where: Where, smallest: int, problems: Problems, default: int) -> int:
    """A whole number of at least ``smallest`` (``2`` or ``2.0``; not ``"two"``, not ``true``)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and float(value).is_integer() \
            and value >= smallest:
        return int(value)
    problems.add(where, "kit_whole", value=value, smallest=smallest, default=default)
    return default


def _column_name(value, where: Where, problems: Problems, *, many: bool = False) -> None:
    """A survey column header (text), or a list of them; null is allowed for a single one."""
    if many and not isinstance(value, list):
        problems.add(where, "kit_columns_list")
        return
    for index, item in enumerate(value if many else [value]):
        if not (isinstance(item, str) and item.strip()) and not (item is None and not many):
            problems.add(where.item(index) if many else where, "kit_column_text", value=item)


def _survey(section: dict, touchpoint_ids: list[str], problems: Problems) -> None:
    where = KIT.key("survey")
    if "file" not in section:
        problems.add(where.key("file"), "kit_survey_file")
    sheet = section.get("sheet")
    if sheet is not None and (isinstance(sheet, bool) or not isinstance(sheet, (str, int))):
        problems.add(where.key("sheet"), "kit_sheet", value=sheet)
    for key in ("respondent_id", "overall", "customer_column"):
        _column_name(section.get(key), where.key(key), problems)
    _column_name(section.get("segments") or [], where.key("segments"), problems, many=True)
    _questions(section.get("questions") or [], touchpoint_ids, problems)


def _personas(section: dict, problems: Problems) -> dict[str, Any]:
    """The personas settings with defaults filled in, so the steps never meet a raw ``int()`` error."""
    where = KIT.key("personas")
    settings = dict(section)
    settings["method"] = _choice(section.get("method", "clusters"), where.key("method"), PERSONA_METHODS,
                                 problems) or "clusters"
    for key, smallest, default in PERSONA_NUMBERS:
        settings[key] = _whole(section.get(key, default), where.key(key), smallest, problems, default)
    if settings["k_max"] < settings["k_min"]:  # said at k_max, or at k_min when k_max is the default
        problems.add(where.key("k_max" if "k_max" in section else "k_min"), "kit_k_max", k_max=settings["k_max"],
                     k_min=settings["k_min"])
    _column_name(section.get("columns") or [], where.key("columns"), problems, many=True)
    _column_name(section.get("channel_column"), where.key("channel_column"), problems)
    return settings


def _scoring(scoring, problems: Problems) -> dict[str, Any]:
    """Every scoring key checked by the scoring settings' own rules, every bad one reported."""
    from .settings import ScoringSettings, settings_from_config

    where = KIT.key("scoring")
    if scoring is None:
        return {}
    if not isinstance(scoring, dict):
        problems.add(where, "kit_scoring_mapping")
        return {}
    known = {f.name for f in dataclasses.fields(ScoringSettings)}
    _unknown(scoring, known, where, problems)
    checked = {key: value for key, value in scoring.items() if key in known}
    while checked:  # the scoring rules stop at their first problem: drop the key it names and go on
        try:
            settings_from_config(checked)
            break
        except ConfigError as exc:
            named = re.search(r"`scoring\.([\w.]+)`", exc.problem)  # "`scoring.weights.rating` is negative"
            keys = tuple(named.group(1).split(".")) if named else ()
            key = keys[0] if keys and keys[0] in checked else next(iter(checked))
            # said in the message's language, without kit.yaml's name again, at the line of the key it names
            problems.place(Where(where.path + (keys if keys[:1] == (key,) else (key,))), exc)
            checked.pop(key)
    return scoring


def _unknown(mapping: dict, allowed: set[str], where: Where, problems: Problems) -> None:
    for key in mapping:
        if key not in allowed:
            close = difflib.get_close_matches(str(key), sorted(allowed), n=1)
            hint = phrase("kit_did_you_mean_key", name=close[0]) if close \
                else phrase("kit_allowed_keys", names=", ".join(sorted(allowed)))
            problems.add(where.key(str(key)), "kit_unknown_key", on_key=True, hint=hint)


def _check_path(value, where: Where, root: Path, allow_outside: bool, problems: Problems, *, want_dir: bool) -> None:
    if not isinstance(value, str) or not value:
        problems.add(where, "kit_path_relative")
        return
    target = (root / value).resolve()
    if not allow_outside and root not in (target, *target.parents):
        problems.add(where, "kit_path_outside", value=value)
    elif want_dir and target.exists() and not target.is_dir():
        problems.add(where, "kit_path_is_file", value=value)
    elif not want_dir and target.is_dir():
        problems.add(where, "kit_path_is_folder", value=value)
    elif not target.exists():
        problems.add(where, "kit_path_missing", value=value, hint=_similar_paths(value, root, want_dir))


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


def _touchpoints(items, stage_model: str, problems: Problems) -> list[Touchpoint]:
    """The touchpoints, each named in its problems by its id ("touchpoint 'search'"); one whose id is
    bad or taken is named by its number in the list."""
    result, seen = [], {}  # id -> where it is first
    valid_stages = stage_ids(stage_model)
    listed = KIT.key("touchpoints")
    if not isinstance(items, list):
        problems.add(listed, "kit_list_of_items")
        return result
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            problems.add(listed.item(index), "kit_touchpoint_mapping")
            continue
        tp_id = str(item.get("id", ""))
        valid = ID_PATTERN.match(tp_id) and tp_id not in seen
        where = listed.item(index, phrase("kit_touchpoint", id=tp_id) if valid else None)
        _unknown(item, TOUCHPOINT_KEYS, where, problems)
        if not ID_PATTERN.match(tp_id):
            problems.add(where.key("id"), "kit_id_pattern", value=tp_id)
            continue
        if tp_id in seen:
            problems.add(where.key("id"), "kit_id_twice", value=tp_id, first=problems.first_on_line(seen[tp_id]))
        seen.setdefault(tp_id, where.key("id"))
        stage = item.get("stage")
        _choice(stage, where.key("stage"), valid_stages, problems,
                meant=stage_named(stage_model, stage) if isinstance(stage, str) else None)
        if not isinstance(item.get("online", True), bool):
            problems.add(where.key("online"), "kit_bool", value=item.get("online"))
        keywords = item.get("keywords") or []
        if not isinstance(keywords, list) or not all(isinstance(k, (str, int, float)) for k in keywords):
            problems.add(where.key("keywords"), "kit_keywords")
            keywords = []
        reach, importance = item.get("reach", 1.0), item.get("importance", 3)
        if not isinstance(reach, (int, float)) or not 0 <= reach <= 1:
            problems.add(where.key("reach"), "kit_reach", value=reach)
            reach = 1.0
        if not isinstance(importance, (int, float)) or not 1 <= importance <= 5:
            problems.add(where.key("importance"), "kit_importance", value=importance)
            importance = 3
        result.append(Touchpoint(id=tp_id, name=str(item.get("name") or tp_id), stage=str(stage),
                                 channel=str(item.get("channel", "website")),
                                 online=bool(item.get("online", True)), owner=str(item.get("owner", "")),
                                 reach=float(reach), importance=float(importance),
                                 keywords=[str(k) for k in keywords]))
    return result


def _stages(items, valid_stages: list[str], problems: Problems) -> list[dict[str, Any]]:
    """Optional research notes per stage (goals, actions, thoughts...) to start the workshop from."""
    listed = KIT.key("stages")
    if not isinstance(items, list):
        problems.add(listed, "kit_list_of_items")
        return []
    result = []
    for index, item in enumerate(items):
        if not isinstance(item, dict) or item.get("id") not in valid_stages:
            problems.add(listed.item(index).key("id"), "kit_stage_id", ids=", ".join(valid_stages))
            continue
        where = listed.item(index, phrase("kit_stage", id=item["id"]))
        _unknown(item, STAGE_KEYS, where, problems)
        for lane in STAGE_LANES:
            value = item.get(lane, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                problems.add(where.key(lane), "kit_lane")
        result.append(item)
    return result


def _questions(items, touchpoint_ids: list[str], problems: Problems) -> None:
    if not isinstance(items, list):
        problems.add(QUESTIONS, "kit_questions_list")
        return
    for index, item in enumerate(items):
        where = QUESTIONS.item(index)
        if not isinstance(item, dict) or not item.get("column"):
            problems.add(where.key("column"), "kit_question_column")
            continue
        _unknown(item, QUESTION_KEYS, where, problems)
        touchpoint = item.get("touchpoint")
        coded = item.get("type") == "text" and touchpoint is None  # open answers coded to touchpoints
        mistyped = "type" in item and item["type"] not in MAPPED_TYPES  # said once, below ("txt": did you mean text?)
        if touchpoint not in touchpoint_ids and not coded and not (mistyped and touchpoint is None):
            problems.add(where.key("touchpoint"), "kit_question_touchpoint", value=touchpoint,
                         hint=_did_you_mean(touchpoint, touchpoint_ids),
                         ids=", ".join(touchpoint_ids) or phrase("kit_no_touchpoints"))
        if "type" in item:
            _choice(item["type"], where.key("type"), MAPPED_TYPES, problems)
        if item.get("scale") is not None:
            _scale(item["scale"], where.key("scale"), problems)
        if "direction" in item:
            _choice(item["direction"], where.key("direction"), DIRECTIONS, problems)


def _scale(scale, where: Where, problems: Problems) -> None:
    """Points (5 means 1..5) or [low, high]."""
    def number(v):
        return isinstance(v, (int, float)) and not isinstance(v, bool)

    if number(scale) and float(scale).is_integer() and scale >= 2:
        return
    if isinstance(scale, list) and len(scale) == 2 and all(number(v) for v in scale) and scale[0] < scale[1]:
        return
    problems.add(where, "kit_scale", value=scale)
