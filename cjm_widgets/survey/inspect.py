"""`cjm survey inspect`: what the kit made of an export, as a JSON-able dict and as a table.

The dict's keys are a contract other tools read: format, encoding, delimiter, header_rows,
respondents, problems, questions [{column, text, type, n, dont_know, scale?, options?, mean?, nps?}].
"""
from __future__ import annotations

from ..labels import Counted, integer, label, number
from .read import read_survey
from .types import Survey


def inspect_survey(path, language: str = "en") -> dict:
    """The report of ``path``, its problems said in ``language``."""
    return inspection(read_survey(path, language=language))


def inspection(survey: Survey) -> dict:
    questions = []
    for q in survey.questions:
        entry = {"column": q.column, "text": q.text, "type": q.type, "n": q.n, "dont_know": q.dont_know}
        if q.scale is not None:
            entry["scale"] = [q.scale[0], q.scale[1]]
        if q.options:
            entry["options"] = list(q.options)
        if q.mean is not None:
            entry["mean"] = q.mean
        if q.nps is not None:
            entry["nps"] = q.nps
        questions.append(entry)
    return {"file": str(survey.path), "format": survey.format, "encoding": survey.encoding,
            "delimiter": survey.delimiter, "header_rows": survey.header_rows,
            "respondents": len(survey.rows), "problems": list(survey.problems), "questions": questions}


def format_inspection(report: dict, width: int = 60, language: str = "en") -> str:
    """A table for the terminal in ``language``: one line per question, then the problems. Column
    names, formats and types stay as kit.yaml spells them."""
    delimiter = report.get("delimiter")
    delimiter = label("insp_tab", language) if delimiter == "\t" else delimiter or "-"
    lines = [f"{report.get('file', '')}",
             label("insp_survey_head", language, format=report["format"], encoding=report["encoding"] or "-",
                   delimiter=delimiter, header_rows=report["header_rows"],
                   respondents=Counted(report["respondents"], "respondent")), ""]
    column, kind, mean, na = (label(key, language) for key in ("insp_column", "insp_type", "insp_mean", "insp_na"))
    lines.append(f"{column:<{width}}  {kind:<7} {'n':>7} {na:>5} {mean:>7} {'NPS':>6}")
    for q in report["questions"]:
        name = _fitted(q["column"], width)
        average = number(q.get("mean"), language)
        nps = number(q.get("nps"), language, digits=0, signed=True)
        dont_know = integer(q["dont_know"], language) if q.get("dont_know") else ""
        lines.append(f"{name:<{width}}  {q['type']:<7} {integer(q['n'], language):>7} {dont_know:>5} "
                     f"{average:>7} {nps:>6}")
    problems = report.get("problems") or []
    lines += ["", label("insp_na_note", language),
              label("insp_problems", language, problems=Counted(len(problems), "problem")) if problems
              else label("insp_no_problems", language)]
    lines.extend(f"  - {p}" for p in problems)
    return "\n".join(lines)


def _fitted(column: str, width: int) -> str:
    """A header cut to ``width``, keeping an array's sub-question at its end ("Listed below are… [The
    test code is readable]"): the rows of one array question differ only there."""
    if len(column) <= width:
        return column
    stem, bracket, sub = column.rpartition(" [")
    if bracket and sub.endswith("]") and len(sub) + 3 < width // 2 + 12:
        return column[: width - len(sub) - 3] + "… [" + sub
    return column[: width - 1] + "…"
