"""The journey-map figure: stage columns, touchpoints, the emotion curve with faces and intervals,
and the target curve (the future state, a workshop judgement) dashed beside today's.

Built with matplotlib's object API (``Figure()``, no pyplot state) so it renders the same under
Agg in CI, inline in a notebook, and as SVG inside the HTML map.
"""
from __future__ import annotations

import io
import re
import textwrap
from pathlib import Path
from typing import Optional

import numpy as np
from matplotlib import rc_context
from matplotlib.figure import Figure
from matplotlib.path import Path as MplPath
from matplotlib.ticker import FuncFormatter
from matplotlib.transforms import ScaledTranslation, blended_transform_factory

from ..future import gaps
from ..labels import label, number, percent
from ..model import Journey
from ..personas.look import persona_colors
from .scale import FACE_COLORS, FACES, TONE_COLORS
from .view import has_enough_evidence, scored_personas, stage_columns, tone_of, value_of


def journey_figure(journey: Journey, *, persona: Optional[str] = None,
                   language: Optional[str] = None) -> Figure:
    """The map figure for all respondents (with one line per scored persona) or for one persona."""
    lang = language or journey.language
    columns = stage_columns(journey)
    slots = _slots(columns)
    width = max(9.0, 0.95 * len(slots) + 2.5)
    # constrained layout makes room for the stage headers, the title and the legend (nothing overlaps or clips)
    fig = Figure(figsize=(width, 6.2), layout="constrained")
    ax = fig.add_subplot()
    ax.set_xlim(-0.5, max(len(slots), 1) - 0.5)
    ax.set_ylim(-2.4, 2.4)

    _draw_stage_columns(ax, journey, columns, persona, lang, slot_inches=(width - 1.6) / max(len(slots), 1))
    xs = np.arange(len(slots), dtype=float)
    main = [journey.score_of(tp.id, persona) if tp else None for tp in slots]
    values = np.array([_nan(value_of(s)) for s in main])
    enough = np.array([has_enough_evidence(s) for s in main], dtype=bool)

    low = np.array([_nan(s.ci_low if s else None) for s in main])
    high = np.array([_nan(s.ci_high if s else None) for s in main])
    _draw_band(ax, xs, low, high, np.isfinite(low) & np.isfinite(high) & enough, lang)

    if persona is None:
        colours = persona_colors(journey.personas)
        for p in scored_personas(journey):
            scores = [journey.score_of(tp.id, p.id) if tp else None for tp in slots]
            _plot_curve(ax, xs, scores, label=_legend_text(p.name), color=colours[p.id], linestyle="--",
                        linewidth=1.4, marker="o", markersize=4, zorder=3)
    else:
        _plot_curve(ax, xs, [journey.score_of(tp.id) if tp else None for tp in slots],
                    label=label("all_respondents", lang), color="#9aa0a8", linewidth=1.2, zorder=2)

    _plot_curve(ax, xs, main, color="#1f3b6f", linewidth=2.4, zorder=4, few_marker=False,
                label=_legend_text(journey.persona(persona).name) if persona else label("all_respondents", lang))
    tones = [tone_of(s) for s in main]
    _draw_points(ax, xs, values, main, tones, lang)

    _draw_targets(ax, journey, xs, slots, persona, lang)
    _draw_no_evidence(ax, xs, slots, values, lang)
    _draw_overrides(ax, journey, xs, slots, persona, lang)
    _draw_pain_points(ax, journey, xs, slots, persona, lang)
    _draw_faces(ax, lang)
    _draw_touchpoint_labels(ax, journey, xs, slots, tones)

    title = f"{mpl_text(journey.client)} · {label('map_title', lang)}" if journey.client else label("map_title", lang)
    if persona:
        title += f" · {mpl_text(journey.persona(persona).name)}"
    fig.suptitle(_shorten_lines(title, int(width * 8.5), 2), fontsize=13, fontweight="bold")
    handles, labels_ = ax.get_legend_handles_labels()
    if handles:
        _fit_legend(fig, handles, labels_)
    return fig


def figure_svg(fig: Figure, *, id_prefix: str = "cjm") -> str:
    """The figure as inline SVG text: no XML prolog, no DOCTYPE or metadata links, text kept as text.

    ``id_prefix`` goes before every element id (and the references to it) so several figures can
    live in one HTML page without clashing ids.
    """
    buffer = io.StringIO()
    with rc_context({"svg.fonttype": "none", "svg.hashsalt": "cjm"}):
        fig.savefig(buffer, format="svg", metadata={"Date": None})
    text = buffer.getvalue()
    text = text[text.index("<svg"):]
    start, end = text.find("<metadata>"), text.find("</metadata>")
    if start != -1 and end != -1:  # RDF with creator links: not needed inline
        text = text[:start] + text[end + len("</metadata>"):]
    ids = set(re.findall(r' id="([^"]+)"', text))
    return re.sub(r'( id="|href="#|url\(#)([^")]+)',
                  lambda m: f"{m.group(1)}{id_prefix}-{m.group(2)}" if m.group(2) in ids else m.group(0), text)


def write_figures(journey: Journey, out_dir) -> list[Path]:
    """journey_map.png, .svg and .pdf in ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    fig = journey_figure(journey)
    paths = []
    for suffix in ("png", "svg", "pdf"):
        path = out / f"journey_map.{suffix}"
        if suffix == "svg":
            path.write_text(figure_svg(fig), encoding="utf-8")
        else:
            fig.savefig(path, format=suffix, dpi=150, metadata={"CreationDate": None} if suffix == "pdf" else None)
        paths.append(path)
    return paths


# ---- pieces of the drawing --------------------------------------------------------------

def _plot_curve(ax, xs, scores, *, few_marker: bool = True, **style):
    """A solid line through the points resting on at least min_n observations, broken where a
    touchpoint has no such point; a faint dotted line bridges the gap so the eye can follow the
    curve without reading a value into it. A value on fewer observations is not on the line: it is
    a hollow marker of the line's colour (``few_marker``), or left to ``_draw_points``."""
    values = np.array([_nan(value_of(s)) for s in scores])
    measured = np.array([has_enough_evidence(s) for s in scores], dtype=bool)
    ax.plot(xs, np.where(measured, values, np.nan), **style)
    if measured.sum() > 1 and not measured.all():
        ax.plot(xs[measured], values[measured], color=style["color"], linestyle=":", linewidth=1, alpha=0.6,
                zorder=style.get("zorder", 2) - 0.5)
    few = np.isfinite(values) & ~measured
    if few_marker and few.any():
        ax.plot(xs[few], values[few], linestyle="none", marker="o", markersize=style.get("markersize", 5),
                markerfacecolor="white", markeredgecolor=style["color"], markeredgewidth=1.2,
                zorder=style.get("zorder", 2))


def _draw_band(ax, xs, low, high, shown, lang):
    """The 95% interval of the points resting on at least min_n observations: a band between
    neighbours that both have one, a short bar of its own for a point with no such neighbour (so
    its interval does not vanish). A point on fewer observations has none: its interval, often the
    whole scale, would dominate the curve while saying only that there is too little data."""
    if not shown.any():
        return
    style = {"color": "#5b7db1", "alpha": 0.18, "linewidth": 0}
    ax.fill_between(xs, np.where(shown, low, 0), np.where(shown, high, 0), where=shown,
                    label=label("interval_band", lang), **style)
    alone = shown & ~np.r_[False, shown[:-1]] & ~np.r_[shown[1:], False]
    for x, bottom, top in zip(xs[alone], low[alone], high[alone]):
        ax.fill_between([x - 0.18, x + 0.18], bottom, top, **style)


def _draw_points(ax, xs, values, scores, tones, lang):
    """The main curve's points in their tone's colour; a value on fewer than min_n observations is
    a hollow grey marker with its n beside it, named once in the legend."""
    named = False
    for x, value, score, shade in zip(xs, values, scores, tones):
        if not np.isfinite(value):
            continue
        if shade != "insufficient":
            ax.plot([x], [value], marker="o", markersize=9, color=TONE_COLORS[shade]["fill"],
                    markeredgecolor="white", zorder=5)
            continue
        ax.plot([x], [value], marker="o", markersize=9, markerfacecolor="white", linestyle="none",
                markeredgecolor=TONE_COLORS["insufficient"]["fill"], markeredgewidth=2, zorder=5,
                label=None if named else label("insufficient_evidence", lang))
        ax.annotate(f"n={score.n}", (x, value), xytext=(7, 0), textcoords="offset points", va="center",
                    fontsize=7, color=TONE_COLORS["insufficient"]["text"], zorder=5)
        named = True


def _legend_text(name: str) -> str:
    """A persona's name for the legend: at most two lines of 32 characters, so the legend keeps
    several columns inside the figure."""
    return _shorten_lines(mpl_text(name), 32, 2)


def _fit_legend(fig, handles, labels_):
    """The legend under the axes in as many columns (at most 5) as fit the figure's width: a wider
    legend is cut off at both edges of the PNG and pokes out of the SVG."""
    for ncols in range(min(len(handles), 5), 0, -1):
        legend = fig.legend(handles, labels_, loc="outside lower center", ncols=ncols, frameon=False, fontsize=8)
        if ncols == 1 or legend.get_window_extent().width <= 0.96 * fig.bbox.width:
            return legend
        legend.remove()


def _slots(columns):
    """One x position per touchpoint; an empty stage still takes one (empty) slot."""
    slots = []
    for _, touchpoints in columns:
        slots.extend(touchpoints or [None])
    return slots


def _draw_stage_columns(ax, journey, columns, persona, lang, slot_inches: float):
    top = blended_transform_factory(ax.transData, ax.transAxes)
    start = -0.5
    for index, (stage, touchpoints) in enumerate(columns):
        width = max(len(touchpoints), 1)
        if index % 2 == 0:
            ax.axvspan(start, start + width, color="#f1f3f6", zorder=0, linewidth=0)
        if index:
            ax.axvline(start, color="#c9ced6", linewidth=0.8, zorder=1)
        centre = start + width / 2
        name, size = _fit_header(mpl_text(stage.name), slot_inches * width)
        ax.text(centre, 1.12, name, transform=top, ha="center", va="bottom", fontsize=size, fontweight="bold",
                color="#1f2937", clip_on=False)
        score = journey.score_of(stage.id, persona)
        ax.text(centre, 1.03, _stage_summary(score, lang), transform=top, ha="center", va="bottom", fontsize=8,
                color=TONE_COLORS[tone_of(score)]["text"], clip_on=False)
        start += width
    ax.axhline(0, color="#9aa0a8", linewidth=0.8, linestyle=":", zorder=1)


def _stage_summary(score, lang: str) -> str:
    """A stage's score under its name: "+0,39 (n=169)"; a value on fewer than min_n observations
    says so on a line of its own, as on the map's badges ("0,00 (n=1)" / "niewystarczające")."""
    if score is None or score.value is None:
        return label("no_evidence", lang)
    summary = f"{number(score.value, lang, signed=True)} (n={score.n})"
    return summary + "\n" + label("insufficient", lang) if tone_of(score) == "insufficient" else summary


def _fit_header(name: str, inches: float, size: float = 10.0) -> tuple[str, float]:
    """A stage name broken only between words, in a font small enough for its longest word to fit
    the column ("Осведомлённость" shrinks rather than splitting into "Осведомлённост/ь")."""
    per_char = 0.62 / 72  # inches per character of bold DejaVu Sans at 1 pt, on average
    chars = max(4, int(inches / (per_char * size)))
    longest = max((len(word) for word in name.split()), default=1)
    if longest > chars:
        size = max(6.5, size * chars / longest)
        chars = max(longest, int(inches / (per_char * size)))
    return "\n".join(textwrap.wrap(name, chars, break_long_words=False, break_on_hyphens=False)[:3]), size


def _shorten_lines(text: str, width: int, lines: int) -> str:
    """At most ``lines`` lines of ``width`` characters, broken between words, "…" when cut."""
    wrapped = textwrap.wrap(text, width, break_long_words=False)
    if len(wrapped) > lines:
        wrapped = wrapped[: lines - 1] + [textwrap.shorten(" ".join(wrapped[lines - 1:]), width, placeholder=" …")]
    return "\n".join(wrapped)


def _draw_no_evidence(ax, xs, tps, values, lang):
    for x, tp, value in zip(xs, tps, values):
        if tp is not None and not np.isfinite(value):
            ax.text(x, 0, label("no_evidence", lang), rotation=90, ha="center", va="center", fontsize=8,
                    color="#4b5563", style="italic", zorder=5,
                    bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "#c9ced6"})


TARGET_COLOR = "#0f766e"


def _draw_targets(ax, journey, xs, tps, persona, lang):
    """The target curve, dashed, named a workshop judgement in the legend; a target derived from
    the linked opportunities (the team set none) is a hollow triangle with its own legend entry."""
    found = {r["touchpoint"]: r for r in gaps(journey, persona)["touchpoints"]}
    rows = [found.get(tp.id) if tp else None for tp in tps]
    targets = np.array([_nan(r["target"]) if r else np.nan for r in rows])
    if not np.isfinite(targets).any():
        return
    known = np.isfinite(targets)  # a touchpoint with no target is stepped over: the target is a plan, not data
    ax.plot(xs[known], targets[known], color=TARGET_COLOR, linestyle=(0, (6, 3)), linewidth=1.8, zorder=3.5,
            label=label("target_curve", lang))
    derived = np.array([bool(r and r["derived_from"]) for r in rows])
    team = known & ~derived
    ax.plot(xs[team], targets[team], marker="^", markersize=7, color=TARGET_COLOR, linestyle="none", zorder=4.5)
    if derived.any():
        ax.plot(xs[derived], targets[derived], marker="^", markersize=8, markerfacecolor="white",
                markeredgecolor=TARGET_COLOR, markeredgewidth=1.6, linestyle="none", zorder=4.5,
                label=label("target_curve_derived", lang))


def _draw_overrides(ax, journey, xs, tps, persona, lang):
    shown = False
    for x, tp in zip(xs, tps):
        override = journey.override_of(tp.id, persona) if tp else None
        if override is not None:
            ax.plot([x], [override.value], marker="D", markersize=9, markerfacecolor="none",
                    markeredgecolor="#6b21a8", markeredgewidth=2, linestyle="none", zorder=6,
                    label=None if shown else label("workshop_override", lang))
            shown = True


def _draw_pain_points(ax, journey, xs, tps, persona, lang):
    """A red ring round each pain point on the all-respondents curve: pain points are flagged from
    all respondents' scores, so on a persona's figure a ring on the persona's own point would read
    as the persona's pain; there the legend says whose it is."""
    values = np.array([_nan(value_of(journey.score_of(tp.id))) if tp else np.nan for tp in tps])
    name = label("pain_point" if persona is None else "pain_point_all_respondents", lang)
    index_of = {tp.id: i for i, tp in enumerate(tps) if tp is not None}
    shown = False
    for pain in journey.pain_points:
        if pain.touchpoint not in index_of:
            continue
        i = index_of[pain.touchpoint]
        if not np.isfinite(values[i]):  # no value to circle here: the "!" on its name still marks it
            continue
        ax.plot([xs[i]], [values[i]], marker="o", markersize=17, markerfacecolor="none", markeredgecolor="#b91c1c",
                markeredgewidth=2.2, linestyle="none", zorder=6, label=None if shown else name)
        shown = True


def _face_path(mood: float) -> MplPath:
    """Outline, eyes and a mouth curved by ``mood`` in [-1, 1], as one marker path."""
    circle = MplPath.unit_circle()
    eye = MplPath.circle(radius=0.09)
    left = MplPath(eye.vertices + (-0.35, 0.28), eye.codes)
    right = MplPath(eye.vertices + (0.35, 0.28), eye.codes)
    mouth = MplPath([(-0.45, -0.3), (0.0, -0.3 - 0.45 * mood), (0.45, -0.3)],
                    [MplPath.MOVETO, MplPath.CURVE3, MplPath.CURVE3])
    return MplPath.make_compound_path(circle, left, right, mouth)


def _draw_faces(ax, lang):
    """Five faces left of the axis, one per point of the -2..+2 scale; numbers further left."""
    shift = ScaledTranslation(-16 / 72, 0, ax.figure.dpi_scale_trans)
    where = blended_transform_factory(ax.transAxes, ax.transData) + shift
    for (value, _), colour in zip(FACES, FACE_COLORS):
        ax.plot([0], [value], marker="o", markersize=17, color=colour, transform=where, clip_on=False, zorder=7)
        ax.plot([0], [value], marker=_face_path(value / 2), markersize=17, markerfacecolor="none",
                markeredgecolor="#1f2937", markeredgewidth=1.1, transform=where, clip_on=False, zorder=8)
    ax.set_yticks([v for v, _ in FACES])
    ax.yaxis.set_major_formatter(number_ticks(lang, digits=2, signed=True))
    ax.tick_params(axis="y", pad=30, length=0, labelsize=8)
    ax.set_ylabel(label("emotion", lang), fontsize=9)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)


def _draw_touchpoint_labels(ax, journey, xs, tps, tones):
    pains = {p.touchpoint for p in journey.pain_points}
    names = ["" if tp is None else ("! " if tp.id in pains else "") + mpl_text(tp.name) for tp in tps]
    wrapped = ["\n".join(textwrap.wrap(name, 14, break_long_words=False)[:4]) for name in names]
    ax.set_xticks(xs, wrapped, fontsize=8, rotation=30 if len(tps) > 10 else 0,
                  ha="right" if len(tps) > 10 else "center")
    for tick, shade in zip(ax.get_xticklabels(), tones):
        tick.set_color(TONE_COLORS[shade]["text"])
    ax.tick_params(axis="x", length=0)


def _nan(value: Optional[float]) -> float:
    return np.nan if value is None else float(value)


def number_ticks(language: Optional[str], *, digits: Optional[int] = None, signed: bool = False,
                 absolute: bool = False, share: bool = False) -> FuncFormatter:
    """The tick labels of a numeric axis in the client's number format (labels.number): "4,0",
    "−1,5" in pl and ru. Every figure of the kit formats its numeric axes with this one formatter.

    With ``digits`` None, the ticks shown together get as many decimals as the finest of them needs
    (0, 0,5, 1,0 → one decimal), as matplotlib's own formatter does; ``absolute`` writes |x| (bars
    that diverge around zero count to both sides); ``share`` writes a 0..1 share as a percentage
    (labels.percent: "25%", "25 %").
    """
    def show(x, _position=None):
        value = abs(x) if absolute else x
        if share:
            return percent(value, language)
        return number(value, language, digits=digits if digits is not None else formatter.places, signed=signed)

    formatter = _NumberTicks(show)
    return formatter


class _NumberTicks(FuncFormatter):
    """A FuncFormatter that knows how many decimals the ticks drawn together need."""

    places = 2  # for a value formatted on its own (a cursor read-out before any draw)

    def set_locs(self, locs):
        super().set_locs(locs)
        if len(locs):
            self.places = _decimals(locs)


def _decimals(locations, most: int = 3) -> int:
    """The fewest decimals (up to ``most``) that write every tick location exactly."""
    finite = [float(v) for v in locations if np.isfinite(v)]
    for places in range(most + 1):
        if all(abs(v - round(v, places)) <= 1e-9 * max(1.0, abs(v)) for v in finite):
            return places
    return most


def mpl_text(text: str) -> str:
    """Plain text for matplotlib: a ``$`` in a name must not switch on mathtext."""
    return str(text).replace("$", r"\$")
