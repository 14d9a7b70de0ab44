"""The importance-performance chart of insights.importance_performance, drawn for the notebooks and report."""
from __future__ import annotations

import textwrap

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox

from ..insights import QUADRANTS
from ..labels import label
from .figure import mpl_text, number_ticks

# Where a touchpoint's name may sit around its marker (offsets in points), nearest first: the four
# corners, then a line of text further up or down each time; a name away from its marker gets a thin line.
_PLACES = tuple(sorted({(dx, dy) for dx in (5, -5) for dy in (4, -4, 15, -15, 26, -26, 37, -37, 48, -48)}
                       | {(0, 9), (0, -9), (14, 0), (-14, 0)}, key=lambda p: (p[0] ** 2 + p[1] ** 2, -p[1], -p[0])))
_NEAR = 10  # points: names at most this far from their marker need no line to it
_MARKER_POINTS = 4.5  # half the width of a scatter marker (default size 36 pt²)

def ipa_figure(rows: list[dict], language: str = "en"):
    """The importance-performance chart as a matplotlib Figure (no pyplot state, safe in any backend).

    Hollow markers: scores resting on fewer than min_n observations ("insufficient"). Names of
    touchpoints close together are moved apart so none covers another (``_place_names``).
    """
    fig = Figure(figsize=(7, 5.5), layout="constrained")
    ax = fig.add_subplot()
    shown = [r for r in rows if r["quadrant"] is not None]
    source = rows[0]["importance_source"] if rows else "stated"
    ax.set_xlim(-2.1, 2.1)
    ax.xaxis.set_major_formatter(number_ticks(language))
    ax.yaxis.set_major_formatter(number_ticks(language))
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
    ax.axvline(shown[0]["performance_split"], color="grey", lw=0.8)
    ax.axhline(shown[0]["importance_split"], color="grey", lw=0.8)
    low, high = min(ys), max(ys)
    pad = (high - low) * 0.15 or 0.5
    ax.set_ylim(low - pad, high + pad)
    corners = ((0.02, 0.98, "left", "top"), (0.98, 0.98, "right", "top"),
               (0.02, 0.02, "left", "bottom"), (0.98, 0.02, "right", "bottom"))
    for text, (x, y, ha, va) in zip(QUADRANTS, corners):
        ax.text(x, y, label(text, language), transform=ax.transAxes, ha=ha, va=va, color="grey", style="italic")
    _place_names(fig, ax, [(mpl_text(textwrap.fill(str(r["name"]), 24, break_long_words=False)),
                            (r["performance"], r["importance"])) for r in shown])
    return fig


def _place_names(fig, ax, names: list[tuple[str, tuple[float, float]]]) -> None:
    """Each name beside its marker where it covers no other name, no other marker and no quadrant title.

    Greedy and plain: names are placed one by one (top of the chart first), each at the nearest of
    ``_PLACES`` that is free and inside the axes; when none is free, the one covering least. The
    layout is computed first and the names kept out of it, so the positions measured here are
    the ones drawn (in any format and resolution: offsets are in points).
    """
    FigureCanvasAgg(fig)  # a renderer to measure text with; savefig picks its own canvas later
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    radius, gap = _MARKER_POINTS * fig.dpi / 72, fig.dpi / 72
    markers = [Bbox.from_extents(x - radius, y - radius, x + radius, y + radius)
               for x, y in (ax.transData.transform(point) for _, point in names)]
    taken = [t.get_window_extent(renderer) for t in ax.texts]  # the quadrant titles, then each name placed
    for i in sorted(range(len(names)), key=lambda i: (-names[i][1][1], names[i][1][0])):
        text, point = names[i]
        others = taken + markers[:i] + markers[i + 1:]
        best = None
        for dx, dy in _PLACES:
            style = {"ha": "left" if dx > 0 else "right" if dx < 0 else "center",
                     "va": "bottom" if dy > 0 else "top" if dy < 0 else "center"}
            probe = ax.annotate(text, point, xytext=(dx, dy), textcoords="offset points", fontsize=8, **style)
            box = probe.get_window_extent(renderer).padded(gap)  # a little air between two names
            probe.remove()
            cost = sum(_overlap(box, other) for other in others) + 4 * (box.width * box.height - _overlap(box, frame))
            if best is None or cost < best[0]:
                best = (cost, (dx, dy), style, box)
            if cost == 0:
                break
        _, offset, style, box = best
        line = {"arrowstyle": "-", "color": "0.55", "lw": 0.6, "shrinkA": 1, "shrinkB": _MARKER_POINTS}
        note = ax.annotate(text, point, xytext=offset, textcoords="offset points", fontsize=8, **style,
                           arrowprops=line if max(map(abs, offset)) > _NEAR else None)
        note.set_in_layout(False)
        taken.append(box)


def _overlap(a, b) -> float:
    """The area two boxes share (0 when apart)."""
    width = min(a.x1, b.x1) - max(a.x0, b.x0)
    height = min(a.y1, b.y1) - max(a.y0, b.y0)
    return max(width, 0.0) * max(height, 0.0)
