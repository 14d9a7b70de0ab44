"""The importance-performance chart of insights.importance_performance, drawn for the notebooks and report."""
from __future__ import annotations

from matplotlib.figure import Figure

from ..insights import QUADRANTS
from ..labels import label
from .figure import mpl_text


def ipa_figure(rows: list[dict], language: str = "en"):
    """The importance-performance chart as a matplotlib Figure (no pyplot state, safe in any backend).

    Hollow markers: scores resting on fewer than min_n observations ("insufficient").
    """
    fig = Figure(figsize=(7, 5.5), layout="constrained")
    ax = fig.add_subplot()
    shown = [r for r in rows if r["quadrant"] is not None]
    source = rows[0]["importance_source"] if rows else "stated"
    ax.set_xlim(-2.1, 2.1)
    ax.set_xlabel(label("ipa_performance", language))
    ax.set_ylabel(label("ipa_importance_stated" if source == "stated" else "ipa_importance_derived", language))
    if not shown:
        ax.text(0.5, 0.5, label("ipa_empty", language), transform=ax.transAxes,
                ha="center", va="center")
        return fig
    xs = [r["performance"] for r in shown]
    ys = [r["importance"] for r in shown]
    solid = [r["confidence"] != "insufficient" for r in shown]
    ax.scatter([x for x, s in zip(xs, solid) if s], [y for y, s in zip(ys, solid) if s], color="#1f5f8b", zorder=3)
    ax.scatter([x for x, s in zip(xs, solid) if not s], [y for y, s in zip(ys, solid) if not s],
               facecolors="none", edgecolors="#1f5f8b", zorder=3)
    for row in shown:
        ax.annotate(mpl_text(row["name"]), (row["performance"], row["importance"]), xytext=(4, 4),
                    textcoords="offset points", fontsize=8)
    ax.axvline(shown[0]["performance_split"], color="grey", lw=0.8)
    ax.axhline(shown[0]["importance_split"], color="grey", lw=0.8)
    low, high = min(ys), max(ys)
    pad = (high - low) * 0.15 or 0.5
    ax.set_ylim(low - pad, high + pad)
    corners = ((0.02, 0.98, "left", "top"), (0.98, 0.98, "right", "top"),
               (0.02, 0.02, "left", "bottom"), (0.98, 0.02, "right", "bottom"))
    for text, (x, y, ha, va) in zip(QUADRANTS, corners):
        ax.text(x, y, label(text, language), transform=ax.transAxes, ha=ha, va=va, color="grey", style="italic")
    return fig
