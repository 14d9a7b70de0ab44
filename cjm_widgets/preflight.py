"""The data checked against kit.yaml before the first notebook starts: every problem at once.

load_kit checks keys and values without reading data (every notebook calls it). preflight reads
the survey once and checks what only the answers can tell: that each named column exists, and
that a declared scale fits the answers. A wrong scale does not fail later, it silently gives
wrong scores (``scale: 10`` on a 1..5 question) or drops answers (``scale: 3`` on 1..5).
"""
from __future__ import annotations

import pandas as pd

from .config import KIT_FILE, Kit
from .errors import ConfigError, InputError, Placed
from .labels import Counted, Listed, phrase

MIN_ANSWERS = 5  # fewer answers than this say too little about a scale to contradict it


def preflight(kit: Kit):
    """Raise one ConfigError listing every mismatch between kit.yaml and the survey export; return
    the survey as read (None without one), so the run need not parse it a second time."""
    _names_its_data(kit)
    section = kit.survey
    if not section:
        return None
    from .survey import read_survey

    try:
        survey = read_survey(kit.path(section["file"]), sheet=section.get("sheet"), language=kit.language)
    except InputError as exc:  # the reader's own fix says what to do better than the general one
        raise ConfigError(kit.path(KIT_FILE), key="err_survey_unreadable", error=Placed(exc),
                          fix_key="" if exc.fix else None) from None
    problems = survey_problems(survey, section, kit.personas)
    if problems:
        raise ConfigError(kit.path(KIT_FILE), key="err_kit_survey", export=survey.file,
                          problems=Listed(tuple(problems)))
    return survey


def _names_its_data(kit: Kit) -> None:
    """A kit.yaml that names no data file while data/ holds some (a plain `cjm init`, then an
    export copied in) would give an empty map and "Done": say which files wait and how to use them."""
    if kit.data_files():
        return
    folder = kit.path("data")
    waiting = sorted(p.relative_to(kit.root).as_posix() for p in folder.rglob("*")
                     if p.is_file() and not p.name.startswith((".", "~$"))) if folder.is_dir() else []
    if waiting:
        raise ConfigError(kit.path(KIT_FILE), key="err_data_unnamed", files=", ".join(waiting[:5]),
                          first=waiting[0], path=kit.path(waiting[0]))


def survey_problems(survey, section: dict, personas: dict) -> list:
    """One line per key whose column is missing or whose scale the answers contradict, each said
    later in the client's language (``labels.Listed``)."""
    from .survey.observations import find_column, mapped_questions, respondents_frame

    problems: list = []

    def column(key: str, wanted) -> str | None:
        try:
            return find_column(survey, str(wanted), key)
        except InputError as exc:
            problems.append(exc)
            return None

    for i, entry in enumerate(section.get("questions") or [], 1):
        where = f"survey.questions[{i}]"
        if column(f"{where}.column", entry.get("column")) is None:
            continue
        try:
            (mapped,) = mapped_questions(survey, [entry])
        except InputError as exc:
            problems.append(phrase("kit_where", where=where, what=exc))
            continue
        if mapped.measure != "text":
            problems.extend(scale_problems(survey, mapped, entry, where))
    for key in ("overall", "customer_column"):
        if section.get(key):
            found = column(f"survey.{key}", section[key])
            question = survey.question(found) if found else None
            if key == "overall" and question and question.type != "nps" and not question.scale:
                problems.append(phrase("kit_overall_not_rating", column=found, type=question.type))
    for i, wanted in enumerate(section.get("segments") or [], 1):
        column(f"survey.segments[{i}]", wanted)
    for i, wanted in enumerate(personas.get("columns") or [], 1):
        column(f"personas.columns[{i}]", wanted)
    if personas.get("channel_column"):
        column("personas.channel_column", personas["channel_column"])
    if section.get("respondent_id") and column("survey.respondent_id", section["respondent_id"]):
        try:
            respondents_frame(survey, section["respondent_id"])
        except InputError as exc:
            problems.append(phrase("kit_where", where="survey.respondent_id", what=Placed(exc)))
    return problems


def scale_problems(survey, mapped, entry: dict, where: str) -> list:
    """A declared scale that drops answers, or one the answers contradict (phrases of labels.py)."""
    cells = survey.frame[mapped.column]
    if cells.dtype.kind in "fiu":  # read as numbers: no text to look at (a million floats as text cost seconds)
        given, numbers = cells.notna(), cells
    else:
        given = cells.notna() & cells.astype(str).str.strip().ne("")
        numbers = pd.to_numeric(cells, errors="coerce")
    answers = numbers[given]
    key = f"{where}.scale" if entry.get("scale") is not None else f"{where}.type"
    scale = f"{mapped.low:g}..{mapped.high:g}"
    problems = []
    text = int(answers.isna().sum())
    if text:
        example = cells[given & numbers.isna()].iloc[0]
        problems.append(phrase("kit_scale_not_numbers", where=where, text=text,
                               given=Counted(int(given.sum()), "answer"), column=mapped.column,
                               example=str(example)))
    answers = answers.dropna()
    if answers.empty:
        return problems
    low, high = float(answers.min()), float(answers.max())
    fitting = f"scale: {int(high)}" if low >= 1 else f"scale: [{int(low)}, {int(high)}]"
    outside = int(((answers < mapped.low) | (answers > mapped.high)).sum())
    if outside:
        problems.append(phrase("kit_scale_drops", where=key, measure=mapped.measure, scale=scale, outside=outside,
                               given=Counted(answers.size, "answer"), column=mapped.column, low=f"{low:g}",
                               high=f"{high:g}", fitting=fitting))
        return problems
    detected = survey.question(mapped.column).scale
    narrower = detected is not None and detected[1] < mapped.high and high <= detected[1]
    if answers.size >= MIN_ANSWERS and (high <= (mapped.low + mapped.high) / 2 or narrower):
        top = int(detected[1]) if narrower else int(high)
        fix = phrase("kit_scale_nps_fix" if mapped.measure == "nps" else "kit_scale_fix", top=top)
        problems.append(phrase("kit_scale_too_low", where=key, given=Counted(answers.size, "answer"),
                               column=mapped.column, low=f"{low:g}", high=f"{high:g}", measure=mapped.measure,
                               scale=scale, fix=fix))
    return problems
