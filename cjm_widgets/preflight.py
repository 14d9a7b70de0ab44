"""The data checked against kit.yaml before the first notebook starts: every problem at once.

load_kit checks keys and values without reading data (every notebook calls it). preflight reads
the survey once and checks what only the answers can tell: that each named column exists, and
that a declared scale fits the answers. A wrong scale does not fail later, it silently gives
wrong scores (``scale: 10`` on a 1..5 question) or drops answers (``scale: 3`` on 1..5).
"""
from __future__ import annotations

import pandas as pd

from .config import KIT, KIT_FILE, QUESTIONS, Kit, Problems, Where
from .errors import ConfigError, InputError, Placed
from .labels import Counted, phrase

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
    problems = survey_problems(survey, kit)
    if problems.found:
        raise ConfigError(kit.path(KIT_FILE), key="err_kit_survey", export=survey.file, problems=problems.listed())
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


def survey_problems(survey, kit: Kit) -> Problems:
    """One line per key whose column is missing or whose scale the answers contradict, each at its
    line in kit.yaml and said later in the client's language (``labels.Listed``)."""
    from .survey.observations import find_column, mapped_questions, respondents_frame

    section, personas = kit.survey, kit.personas
    problems = Problems(kit.marks)

    def column(where: Where, wanted) -> str | None:
        try:
            return find_column(survey, str(wanted), where)
        except InputError as exc:
            problems.place(where, exc)
            return None

    for index, entry in enumerate(section.get("questions") or []):
        where = QUESTIONS.item(index)
        if column(where.key("column"), entry.get("column")) is None:
            continue
        try:
            (mapped,) = mapped_questions(survey, [entry])
        except InputError as exc:
            problems.add(where, "kit_where", what=exc)
            continue
        if mapped.measure != "text":
            scale_problems(survey, mapped, entry, where, problems)
    for key in ("overall", "customer_column"):
        if section.get(key):
            found = column(KIT.key("survey").key(key), section[key])
            question = survey.question(found) if found else None
            if key == "overall" and question and question.type != "nps" and not question.scale:
                problems.add(KIT.key("survey").key(key), "kit_overall_not_rating", column=found, type=question.type)
    for index, wanted in enumerate(section.get("segments") or []):
        column(KIT.key("survey").key("segments").item(index), wanted)
    for index, wanted in enumerate(personas.get("columns") or []):
        column(KIT.key("personas").key("columns").item(index), wanted)
    if personas.get("channel_column"):
        column(KIT.key("personas").key("channel_column"), personas["channel_column"])
    respondent_id = KIT.key("survey").key("respondent_id")
    if section.get("respondent_id") and column(respondent_id, section["respondent_id"]):
        try:
            respondents_frame(survey, section["respondent_id"])
        except InputError as exc:
            problems.add(respondent_id, "kit_where", what=Placed(exc))
    return problems


def scale_problems(survey, mapped, entry: dict, where: Where, problems: Problems) -> None:
    """A declared scale that drops answers, or one the answers contradict: said at the question's
    scale, or at its type when the scale is the type's own (not in kit.yaml)."""
    cells = survey.frame[mapped.column]
    if cells.dtype.kind in "fiu":  # read as numbers: no text to look at (a million floats as text cost seconds)
        given, numbers = cells.notna(), cells
    else:
        given = cells.notna() & cells.astype(str).str.strip().ne("")
        numbers = pd.to_numeric(cells, errors="coerce")
    answers = numbers[given]
    key = where.key("scale" if entry.get("scale") is not None else "type")
    scale = f"{mapped.low:g}..{mapped.high:g}"
    text = int(answers.isna().sum())
    if text:
        example = cells[given & numbers.isna()].iloc[0]
        problems.add(where.key("type"), "kit_scale_not_numbers", text=text, given=Counted(int(given.sum()), "answer"),
                     column=mapped.column, example=str(example))
    answers = answers.dropna()
    if answers.empty:
        return
    low, high = float(answers.min()), float(answers.max())
    fitting = f"scale: {int(high)}" if low >= 1 else f"scale: [{int(low)}, {int(high)}]"
    outside = int(((answers < mapped.low) | (answers > mapped.high)).sum())
    if outside:
        problems.add(key, "kit_scale_drops", measure=mapped.measure, scale=scale, outside=outside,
                     given=Counted(answers.size, "answer"), column=mapped.column, low=f"{low:g}", high=f"{high:g}",
                     fitting=fitting)
        return
    detected = survey.question(mapped.column).scale
    narrower = detected is not None and detected[1] < mapped.high and high <= detected[1]
    if answers.size >= MIN_ANSWERS and (high <= (mapped.low + mapped.high) / 2 or narrower):
        top = int(detected[1]) if narrower else int(high)
        fix = phrase("kit_scale_nps_fix" if mapped.measure == "nps" else "kit_scale_fix", top=top)
        problems.add(key, "kit_scale_too_low", given=Counted(answers.size, "answer"), column=mapped.column,
                     low=f"{low:g}", high=f"{high:g}", measure=mapped.measure, scale=scale, fix=fix)
