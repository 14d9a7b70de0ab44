"""Trends across a client's runs as small multiples: one panel per KPI, the runs' times on x,
and the dates changes went live (an opportunity's ``implemented``) as dashed lines.

Takes the plain dict of ``history.trends`` (render never reads the history itself) and builds a
``matplotlib.figure.Figure`` without pyplot state, like the map figure; ``trends_view`` is the
section the map and report.html both show.
"""
from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Optional

from matplotlib.dates import DateFormatter
from matplotlib.figure import Figure

from ..labels import count, label
from .figure import figure_svg, mpl_text, number_ticks

# (key in a run's row, label key of the panel's title, what one panel plots: one value or one line per stage)
PANELS = (("nps", "nps", False), ("stages", "trend_stage_scores", True),
          ("funnel", "trend_funnel", True), ("aov", "kpi_aov", False),
          ("repeat_rate", "trend_repeat_rate", False), ("retention_90d", "trend_retention_90d", False))


def trends_view(trends: Optional[dict], language: Optional[str] = "en") -> Optional[dict]:
    """The section's title, inline SVG, caption and alt text, once there are two runs to compare."""
    runs = (trends or {}).get("runs") or []
    if len(runs) < 2:
        return None
    return {"title": label("trends", language),
            "svg": figure_svg(trends_figure(trends, language=language), id_prefix="cjm-trends"),
            "caption": label("trends_caption", language, runs=count(len(runs), "run", language)),
            "alt": ", ".join(r["time"][:16].replace("T", " ") for r in runs)}


def trends_figure(trends: dict, language: Optional[str] = "en") -> Figure:
    """Only the panels some run has a value for; an empty history gives one note, not an error."""
    runs = trends.get("runs") or []
    times = [_naive_utc(datetime.fromisoformat(r["time"])) for r in runs]
    same_day = len({t.date() for t in times}) < len(times)  # reruns on one day: show the hour too
    ticks = DateFormatter("%Y-%m-%d %H:%M" if same_day else "%Y-%m-%d")
    shown = [p for p in PANELS if any(r.get(p[0]) not in (None, {}) for r in runs)]  # 0 is a value
    columns = min(3, max(len(shown), 1))
    rows = -(-max(len(shown), 1) // columns)
    fig = Figure(figsize=(4.2 * columns, 3.0 * rows), layout="constrained")
    if not shown:
        ax = fig.add_subplot()
        ax.axis("off")
        ax.text(0.5, 0.5, label("trend_none", language), ha="center")
        return fig
    names = trends.get("stage_names") or {}
    changes = [(date.fromisoformat(c["date"]), c["title"]) for c in trends.get("implemented") or []]
    for i, (key, title, per_stage) in enumerate(shown, start=1):
        ax = fig.add_subplot(rows, columns, i)
        ax.set_title(mpl_text(label(title, language)), fontsize=10)
        if per_stage:
            stages = list(dict.fromkeys(s for r in runs for s in r.get(key) or {}))
            for stage in stages:
                ax.plot(times, [(r.get(key) or {}).get(stage, float("nan")) for r in runs], marker="o",
                        label=mpl_text(names.get(stage, stage)))
            ax.legend(fontsize=7, loc="best")
            if key == "stages":
                ax.set_ylim(-2.2, 2.2)
        else:
            ax.plot(times, [r.get(key) if r.get(key) is not None else float("nan") for r in runs], marker="o")
        for when, what in changes:
            ax.axvline(when, color="0.4", linestyle="--", linewidth=1)
            if i == 1:  # named once, on the first panel
                ax.text(when, 0.98, mpl_text(what), transform=ax.get_xaxis_transform(), rotation=90, fontsize=7,
                        va="top", ha="right", color="0.3")
        ax.set_xticks(times)
        ax.xaxis.set_major_formatter(ticks)
        ax.yaxis.set_major_formatter(number_ticks(language, signed=key == "stages"))  # stage scores as on the map
        ax.tick_params(axis="x", labelrotation=30, labelsize=7)
        ax.grid(alpha=0.3)
    return fig


def _naive_utc(moment: datetime) -> datetime:
    """Run times are stored with their UTC offset; matplotlib plots naive times (an aware one makes it
    warn about time zones in the middle of the notebook)."""
    return moment.astimezone(timezone.utc).replace(tzinfo=None) if moment.tzinfo else moment
