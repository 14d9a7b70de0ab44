"""The KPI lane: NPS, CSAT and CES with 95% intervals, and the funnel from an analytics export.

NPS's interval uses the variance of the promoter/detractor difference; CSAT's and CES's, a Wilson
interval on the share satisfied or finding it easy. The funnel counts users per
stage, either given per stage or counted from an event log mapped to stages in kit.yaml.
"""
from __future__ import annotations

import math
from pathlib import Path
from typing import Mapping, Optional, Sequence

from .errors import InputError, problem
from .funnel import EVENT_COLUMNS, USER_COLUMNS, event_log_counts, stage_key, stage_patterns
from .model import Journey
from .survey import scales
from .survey.scales import parse_number
from .survey.tables import column_of, header_key, read_table

Z95 = 1.959963984540054


# ---- NPS, CSAT, CES ---------------------------------------------------------------------------

def nps_of_valences(valences) -> dict:
    """NPS from per-respondent NPS valences (+1 promoter, 0 passive, -1 detractor), with its 95% interval."""
    return _with_interval(scales.nps_of_valences(valences))


def _with_interval(counts: dict) -> dict:
    """The NPS with its interval: each answer is +1 / 0 / -1, so the standard error is
    100 x sqrt((p + d - (p - d)^2) / n); the interval is NPS +/- 1.96 se, kept within -100..100."""
    result = {"value": counts["value"], "ci_low": None, "ci_high": None, **counts}
    n, value = counts["n"], counts["value"]
    if n == 0:
        return result
    p, d = counts["promoters"] / n, counts["detractors"] / n
    se = math.sqrt(max(p + d - (p - d) ** 2, 0.0) / n)
    result.update(ci_low=max(-100.0, value - 100 * Z95 * se), ci_high=min(100.0, value + 100 * Z95 * se))
    return result


def wilson_share(k: int, n: int) -> dict:
    """A percentage with its Wilson 95% interval (sound near 0% and 100%, unlike p +/- 1.96 se)."""
    if n == 0:
        return {"value": None, "ci_low": None, "ci_high": None, "n": 0}
    p, z2 = k / n, Z95**2
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = Z95 * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    return {"value": 100 * p, "ci_low": 100 * max(0.0, centre - half),
            "ci_high": 100 * min(1.0, centre + half), "n": n}


def measure_kpis(evidence, touchpoints=None) -> dict[str, dict]:
    """NPS, CSAT and CES per touchpoint and stage, from the rating rows of an evidence frame
    (or a Journey's observations), as one group-by.

    Works on valences, so mixed questions combine: NPS from +1/0/-1, CSAT = share with
    valence >= +0.5 (the top two boxes of a 5- or 7-point scale), CES "easy" likewise (valence
    already turned by the question's direction). Returns {target id: {measure: dict}}.
    """
    import pandas as pd

    if isinstance(evidence, Journey):
        from .evidence import frame_from_observations

        touchpoints = evidence.touchpoints if touchpoints is None else touchpoints
        evidence = frame_from_observations(evidence.observations)
    stage_of = {t.id: t.stage for t in touchpoints or []}
    measure = evidence["measure"].astype(object)
    rows = evidence[(evidence["kind"].astype(object) == "rating") & measure.isin(("nps", "csat", "ces")).to_numpy()]
    if rows.empty:
        return {}
    touchpoint = rows["touchpoint"].astype(object)
    stage = rows["stage"].astype(object).where(rows["stage"].notna(), touchpoint.map(stage_of))
    base = pd.DataFrame({"measure": rows["measure"].astype(object).to_numpy(), "v": rows["valence"].to_numpy(float)})
    stacked = pd.concat([base.assign(target=touchpoint.to_numpy()), base.assign(target=stage.to_numpy())])
    stacked = stacked[stacked["target"].notna()]
    stacked = stacked.assign(promoter=stacked["v"] == 1.0, detractor=stacked["v"] == -1.0, top=stacked["v"] >= 0.5)
    table = stacked.groupby(["target", "measure"], sort=True).agg(
        n=("v", "size"), promoters=("promoter", "sum"), detractors=("detractor", "sum"), top=("top", "sum"))
    result: dict[str, dict] = {}
    for (target, kind), row in table.iterrows():
        n, promoters, detractors = int(row["n"]), int(row["promoters"]), int(row["detractors"])
        if kind == "nps":
            kpi = _with_interval(scales.nps_of_counts(promoters, n - promoters - detractors, detractors))
        else:
            kpi = wilson_share(int(row["top"]), n)
            kpi["meaning"] = "% satisfied (top two boxes)" if kind == "csat" else "% finding it easy"
        result.setdefault(str(target), {})[kind] = kpi
    return result


# ---- funnel -----------------------------------------------------------------------------------

COUNT_COLUMNS = ("ordered_users", "users", "total users", "active users", "visitors", "sessions", "count")
STAGE_COLUMNS = ("stage", "step", "funnel step", "funnel stage")


class Funnel(list):
    """The funnel rows, plus what could not be used: ``problems`` (bad rows, by file and line)
    and ``unmapped`` (event-log rows whose event/page matches no mapping pattern)."""

    def __init__(self, rows=(), problems=(), unmapped: int = 0):
        super().__init__(rows)
        self.problems = list(problems)
        self.unmapped = unmapped


def read_funnel(path, stage_ids: Sequence[str], mapping: Optional[Mapping[str, str]] = None, *,
                window_days: int = 30, language: str = "en") -> Funnel:
    """Users per stage from an analytics export, with conversion, drop-off and the bottleneck.

    Two forms are read (columns in any order and case):
    - counts per stage (CSV or XLSX): a stage column (values are stage ids) and users / sessions /
      count; repeated stages (one row per day, say) are summed;
    - an event log (CSV, Parquet or XLSX, of any size): a user column, an event or page column and
      a time column, mapped to stages by ``mapping`` (kit.yaml analytics.mapping: wildcard pattern ->
      stage id, first match wins). Counted as an ordered funnel (funnel.py): a user counts for a
      stage after reaching the previous measured one within ``window_days``; each row also says how
      many reached the stage in any order (``users_any_order``).

    Problems are said in ``language``.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(path, key="file_not_found", fix_key="fun_not_found_fix")
    columns = [header_key(c) for c in _header(path)]
    ids = {stage_key(s): s for s in stage_ids}
    if column_of(columns, STAGE_COLUMNS) is not None and column_of(columns, COUNT_COLUMNS) is not None:
        return _count_funnel(path, stage_ids, ids, language)
    if column_of(columns, USER_COLUMNS) is not None and column_of(columns, EVENT_COLUMNS) is not None:
        ordered, any_order, unmapped, problems = event_log_counts(path, stage_ids, stage_patterns(mapping, ids, path),
                                                                  window_days=window_days, language=language)
        rows = funnel_rows([(s, ordered.get(s)) for s in stage_ids])
        for row in rows:
            row["users_any_order"] = any_order.get(row["stage"]) if ordered.get(row["stage"]) is not None else None
        return Funnel(rows, problems, unmapped)
    raise InputError(path, line=1, key="fun_unknown_export", columns=", ".join(columns))


def _header(path: Path) -> list[str]:
    """The export's column names, read from its first line only (an event log may be gigabytes)."""
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        return list(pq.read_schema(path).names)
    if suffix in (".xlsx", ".xlsm", ".xls"):
        table = read_table(path)
        return table.records[0][1] if table.records else []
    import csv

    with path.open("rb") as handle:
        head = handle.read(1 << 16)
    text = head.decode("utf-8-sig", errors="replace")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="replace")
    first = text.replace("\r\n", "\n").replace("\r", "\n").split("\n", 1)[0]
    if not first.strip():
        raise InputError(path, key="fun_no_rows")
    delimiter = max(",;\t|", key=first.count)
    return next(csv.reader([first], delimiter=delimiter))


def _count_funnel(path: Path, stage_ids: Sequence[str], ids: dict[str, str], language: str) -> Funnel:
    table = read_table(path, language=language)
    if not table.records:
        raise InputError(path, key="fun_no_rows")
    (_, header), body = table.records[0], table.records[1:]
    columns = [header_key(c) for c in header]
    problems = list(table.problems)
    users = _count_rows(path, body, header, column_of(columns, STAGE_COLUMNS), column_of(columns, COUNT_COLUMNS), ids,
                        problems, language)
    if not any(v is not None for v in users.values()) and problems:
        raise InputError(path, key="fun_no_usable", fix_key="correct_export_fix", first=problems[0])
    return Funnel(funnel_rows([(s, users.get(s)) for s in stage_ids]), problems, 0)


def funnel_rows(counts: Sequence[tuple[str, Optional[float]]]) -> list[dict]:
    """Conversion from the previous stage, its complement the drop-off, and the largest drop flagged."""
    rows = []
    previous = None
    for stage, users in counts:
        conversion = None
        if users is not None and previous:
            conversion = users / previous
        rows.append({"stage": stage, "users": users, "conversion": conversion,
                     "drop_off": None if conversion is None else 1 - conversion, "bottleneck": False})
        if users is not None:
            previous = users  # an unmeasured stage is skipped, not a drop to nothing
    drops = [r for r in rows if r["drop_off"] is not None and r["drop_off"] > 0]
    if drops:
        max(drops, key=lambda r: r["drop_off"])["bottleneck"] = True
    return rows


def _count_rows(path, body, header, stage_col, count_col, ids, problems, language) -> dict[str, Optional[float]]:
    users: dict[str, Optional[float]] = {}
    for line, cells in body:
        stage_text, count_text = _cell(cells, stage_col), _cell(cells, count_col)
        if not stage_text and not count_text:
            continue
        stage = ids.get(stage_key(stage_text))
        if stage is None:
            raise InputError(path, line=line, column=header[stage_col], key="fun_unknown_stage", stage=stage_text,
                             ids=", ".join(ids.values()))
        count = parse_number(count_text)
        if count is None or count < 0:
            problems.append(problem(path.name, language, line=line, column=header[count_col], key="fun_bad_count",
                                    text=count_text))
            continue
        users[stage] = (users.get(stage) or 0) + count
    return {s: (int(v) if v is not None and float(v).is_integer() else v) for s, v in users.items()}


def _cell(cells: list[str], index: int) -> str:
    return cells[index].strip() if index < len(cells) else ""
