"""Funnels from event logs of any size: one SQL query, run here by DuckDB, or in a warehouse.

An analytics export can be 10^7 events (a GA4 BigQuery export flattened to a table, a Mixpanel or
Snowplow dump). DuckDB reads the CSV or Parquet file itself, out of core, and runs the query the
package renders from ``sql/ordered_funnel.sql.j2`` for the journey's stages and kit.yaml's mapping.
The same text is what `cjm funnel-sql` prints for a client whose events live in BigQuery,
Snowflake or Spark: they run it there and hand the kit the stage counts.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Mapping, Optional, Sequence

import jinja2

from .errors import ConfigError, InputError, problem
from .labels import Counted, Integer
from .survey.tables import column_of, header_key

USER_COLUMNS = ("user", "user_id", "userid", "user id", "client_id", "visitor_id", "user_pseudo_id", "distinct_id",
                "session_id")
EVENT_COLUMNS = ("event", "event_name", "event name", "page", "page_path", "page path", "page_location",
                 "url", "page_url")
TIME_COLUMNS = ("event_timestamp", "timestamp", "event_time", "time", "datetime", "date", "ts", "created_at")
GA4_MICROS = "event_timestamp"  # GA4 exports count microseconds since 1970
_SQL = jinja2.Environment(loader=jinja2.PackageLoader("cjm_widgets", "sql"), autoescape=False,
                          undefined=jinja2.StrictUndefined, keep_trailing_newline=True)


def stage_key(text: str) -> str:
    """How a stage is written in an export or kit.yaml compared with the journey's stage ids
    ("Post-purchase", "post purchase" -> "post_purchase")."""
    return re.sub(r"[\s\-]+", "_", str(text).strip().lower())


def stage_patterns(mapping, ids: Mapping[str, str], path) -> list[tuple[str, str]]:
    """kit.yaml's analytics.mapping as (lower-case wildcard, stage id) pairs, first match wins;
    ``ids`` maps :func:`stage_key` of each stage id to the id. An empty mapping, or one naming a
    stage the journey does not have, is a ConfigError that says what to write."""
    if not mapping:
        raise ConfigError("kit.yaml", key="fun_mapping_empty", log=path.name)
    if not isinstance(mapping, Mapping):
        raise ConfigError("kit.yaml", key="fun_mapping_not_mapping")
    patterns = []
    for pattern, stage in mapping.items():
        if stage_key(str(stage)) not in ids:
            raise ConfigError("kit.yaml", key="fun_mapping_stage", pattern=pattern, stage=stage,
                              ids=", ".join(ids.values()))
        patterns.append((str(pattern).strip().lower(), ids[stage_key(str(stage))]))
    return patterns


def funnel_sql(stage_ids: Sequence[str], patterns: Sequence[tuple[str, str]], *, source: str, user: str,
               event: str, time: str, time_expr: str, time_note: str, window_days: int = 30) -> str:
    """The ordered-funnel query for these stages; ``patterns`` are (wildcard, stage id), first match wins.

    Stages no pattern maps to are not measured: the order runs over the measured ones.
    """
    index = {stage: i for i, stage in enumerate(stage_ids, start=1)}
    measured = [s for s in stage_ids if any(stage == s for _, stage in patterns)]
    steps, previous = [], None
    for stage in measured:
        steps.append({"stage": stage, "index": index[stage], "previous": previous})
        previous = index[stage]
    return _SQL.get_template("ordered_funnel.sql.j2").render(
        source=source, user=user, event=event, time=time, time_expr=time_expr, time_note=time_note,
        window_days=window_days, window_seconds=int(window_days) * 86400, steps=steps,
        patterns=[(_like(p), index[s]) for p, s in patterns])


def event_log_counts(path, stage_ids: Sequence[str], patterns: Sequence[tuple[str, str]], *, window_days: int = 30,
                     language: str = "en") -> tuple[dict[str, Optional[int]], dict[str, int], int, list[str]]:
    """(ordered users per stage, users per stage in any order, unmapped events, problems in
    ``language``) for an event-log file (CSV/TSV or Parquet). Stages with no pattern get None: not measured."""
    import duckdb

    path = Path(path)
    connection = duckdb.connect()
    try:
        source = _register(connection, path)
        columns = [row[0] for row in connection.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()]
        user, event, time = _pick(columns, USER_COLUMNS), _pick(columns, EVENT_COLUMNS), _pick(columns, TIME_COLUMNS)
        if user is None or event is None:
            raise InputError(path, key="fun_not_event_log", columns=", ".join(columns))
        problems = _missing_rows(connection, source, path, user, event, language)
        if time is None:
            problems.append(problem(path.name, language, key="fun_no_time", columns=", ".join(TIME_COLUMNS)))
            time_expr, note = "0", "none in this file"
        else:
            time_expr, note = _time_expression(time)
        query = funnel_sql(stage_ids, patterns, source=source, user=_quote(user), event=_quote(event),
                           time=_quote(time or "0"), time_expr=time_expr, time_note=note, window_days=window_days)
        try:
            result = connection.execute(query).fetchall()
        except duckdb.Error as exc:
            raise InputError(path, key="fun_query_failed", error=exc) from None
    finally:
        connection.close()
    ordered: dict[str, Optional[int]] = {s: None for s in stage_ids}
    any_order: dict[str, int] = {}
    unmapped = 0
    for stage, ordered_users, any_order_users, unmapped_events in result:
        ordered[stage] = int(ordered_users if time else any_order_users)
        any_order[stage] = int(any_order_users)
        unmapped = int(unmapped_events)
    return ordered, any_order, unmapped, problems




def _register(connection, path: Path) -> str:
    """The file as a DuckDB table expression (xlsx is read by pandas first)."""
    suffix = path.suffix.lower()
    literal = "'" + str(path).replace("'", "''") + "'"
    if suffix == ".parquet":
        return f"read_parquet({literal})"
    if suffix in (".xlsx", ".xlsm"):
        import pandas as pd

        connection.register("event_log", pd.read_excel(path, dtype=str))
        return "event_log"
    return f"read_csv({literal}, all_varchar = true, header = true)"


def _missing_rows(connection, source, path: Path, user: str, event: str, language: str) -> list[str]:
    """Events without a user or an event name are left out, and said so (with the first line)."""
    u, e = _quote(user), _quote(event)
    count, first = connection.execute(
        f"SELECT COUNT(*), MIN(n) FROM (SELECT row_number() OVER () + 1 AS n, {u} AS u, {e} AS e FROM {source}) "
        f"WHERE u IS NULL OR TRIM(CAST(u AS VARCHAR)) = '' OR e IS NULL OR TRIM(CAST(e AS VARCHAR)) = ''").fetchone()
    if not count:
        return []
    return [problem(path.name, language, line=first, key="fun_missing_rows", n=Integer(count),
                    events=Counted(count, "event"), user=user, event=event)]


def _time_expression(column: str) -> tuple[str, str]:
    """Seconds since 1970 from the time column: GA4's microseconds, epoch numbers, or date-times."""
    quoted = _quote(column)
    if column.lower() == GA4_MICROS:
        return f"TRY_CAST({quoted} AS DOUBLE) / 1000000", "GA4 microseconds since 1970"
    text = f"CAST({quoted} AS VARCHAR)"
    return (f"COALESCE(TRY_CAST({text} AS DOUBLE), epoch(TRY_CAST({text} AS TIMESTAMP)))",
            "epoch seconds or a date-time")


def _pick(columns: list[str], names: Sequence[str]) -> Optional[str]:
    """The event log's own header (as DuckDB must quote it) for the first of ``names`` it has."""
    index = column_of([header_key(c) for c in columns], names)
    return None if index is None else columns[index]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _like(pattern: str) -> str:
    """kit.yaml's wildcard (``*``, ``?``, case-insensitive) as a SQL LIKE pattern, escaped with ``!``."""
    out = []
    for char in pattern.lower():
        if char in "%_!":
            out.append("!" + char)
        elif char == "*":
            out.append("%")
        elif char == "?":
            out.append("_")
        elif char == "'":
            out.append("''")
        else:
            out.append(char)
    return "".join(out)


def warehouse_sql(stage_ids: Sequence[str], mapping: Mapping[str, str], *, table: str, window_days: int = 30) -> str:
    """The query for a GA4 BigQuery export (or any table with GA4's column names), for `cjm funnel-sql`."""
    return funnel_sql(stage_ids, list(mapping.items()), source=table, user="user_pseudo_id", event="event_name",
                      time=GA4_MICROS, time_expr=f"{GA4_MICROS} / 1000000", time_note="GA4 microseconds since 1970",
                      window_days=window_days)
