"""`cjm survey inspect`: what the kit made of an export, as a JSON-able dict and as a table.

The dict's keys are a contract other tools read: format, encoding, delimiter, header_rows,
respondents, problems, questions [{column, text, type, n, dont_know, scale?, options?, mean?, nps?}].
"""
from __future__ import annotations

from .read import read_survey
from .types import Survey


def inspect_survey(path) -> dict:
    return inspection(read_survey(path))


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


def format_inspection(report: dict, width: int = 60) -> str:
    """A table for the terminal: one line per question, then the problems."""
    delimiter = {"\t": "tab", None: "-"}.get(report.get("delimiter"), report.get("delimiter"))
    lines = [f"{report.get('file', '')}",
             f"format {report['format']} · encoding {report['encoding'] or '-'} · delimiter {delimiter} · "
             f"header rows {report['header_rows']} · respondents {report['respondents']}", ""]
    lines.append(f"{'column':<{width}}  {'type':<7} {'n':>5} {'n/a':>5} {'mean':>6} {'nps':>6}")
    for q in report["questions"]:
        name = q["column"] if len(q["column"]) <= width else q["column"][: width - 1] + "…"
        mean = f"{q['mean']:.2f}" if q.get("mean") is not None else ""
        nps = f"{q['nps']:+.0f}" if q.get("nps") is not None else ""
        dont_know = q.get("dont_know") or ""
        lines.append(f"{name:<{width}}  {q['type']:<7} {q['n']:>5} {dont_know:>5} {mean:>6} {nps:>6}")
    problems = report.get("problems") or []
    lines.append("")
    lines.append("n/a: \"don't know\" / \"not applicable\" answers, left out of n and of every score")
    lines.append(f"{len(problems)} problem(s)" + (":" if problems else ""))
    lines.extend(f"  - {p}" for p in problems)
    return "\n".join(lines)
