"""Charts for the workshop steps, where people would rather look than read.

Each function returns a matplotlib ``Figure`` built with the object API (no pyplot state), with
its words in the client's language; show it in a notebook with ``cjm_widgets.show.figure``.
"""
from __future__ import annotations

import textwrap
from typing import Mapping, Optional, Sequence, Union

import numpy as np
import pandas as pd
from matplotlib import colormaps
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from ..errors import InputError
from ..labels import count, label, percent
from ..personas.look import persona_colors
from .figure import mpl_text, number_ticks
from .scale import TONE_COLORS

NEUTRAL_GREY = "#c9ced6"
Scale = Union[int, Sequence[float]]  # 5 means 1..5; (0, 10) as in survey.Question.scale


def likert_counts(answers: pd.Series, scale: Scale, *, source: str = "survey") -> np.ndarray:
    """Answers per scale point (low..high); blank cells are no answer and are not counted.

    A number off the scale, or text where a number belongs, is an error, never dropped: the survey
    reader has already turned "don't know" into no answer and counted it (``Question.dont_know``).
    """
    codes, uniques = pd.factorize(answers)  # each distinct answer is read once: exports repeat a few
    k = np.bincount(codes[codes >= 0], minlength=len(uniques))
    distinct = pd.Series(uniques, dtype=object)
    given = (distinct.astype(str).str.strip() != "").to_numpy()
    numbers = pd.to_numeric(distinct, errors="coerce").to_numpy(dtype=float)
    low, high = _bounds(scale)
    with np.errstate(invalid="ignore"):
        off = given & (np.isnan(numbers) | (numbers < low) | (numbers > high) | (numbers != np.round(numbers)))
    if off.any():
        first = int(np.flatnonzero(off[np.maximum(codes, 0)] & (codes >= 0))[0])
        raise InputError(source, f"answer '{distinct[codes[first]]}' is not on the {low}..{high} scale "
                                  f"({count(int(k[off].sum()), 'answer')} like it).", row=answers.index[first],
                         column=answers.name,
                         fix="set this question's scale to the export's number of points, or correct the answer; "
                             "read the export with read_survey, which takes \"don't know\" as no answer.")
    return np.array([k[given & (numbers == point)].sum() for point in range(low, high + 1)], dtype=int)


def survey_likert_chart(survey, scales: Mapping[str, Scale], *, language: str = "en") -> Figure:
    """The Likert chart of a survey's rating columns, each with the "don't know" answers the reader counted."""
    return likert_chart(survey.frame[list(scales)], scales, language=language, source=survey.path.name,
                        dont_know={column: survey.question(column).dont_know for column in scales})


def likert_chart(answers: pd.DataFrame, scale: Union[Scale, Mapping[str, Scale]], *, language: str = "en",
                 source: str = "survey", dont_know: Optional[Mapping[str, int]] = None) -> Figure:
    """Each rating question (a column of ``answers``) as a diverging stacked bar of answer shares.

    Disagreement runs left of zero and agreement right, the middle point split across zero (the
    usual Likert chart); each row says its n and its "don't know" count (``dont_know``, per
    column), so a bar is never read without knowing how many people stand behind it.
    """
    questions = list(answers.columns)
    scales = {q: _bounds(scale[q] if isinstance(scale, Mapping) else scale) for q in questions}
    rows = [(q, likert_counts(answers[q], scales[q], source=source), (dont_know or {}).get(q, 0)) for q in questions]
    fig = Figure(figsize=(10, 1.0 + 0.75 * max(len(rows), 1)), layout="constrained")
    ax = fig.add_subplot()
    for y, (question, counts, dont_know) in enumerate(rows):
        n = int(counts.sum())
        if n == 0:
            ax.text(0, y, label("chart_no_answers", language), ha="center", va="center", color="#4b5563")
            continue
        shares = counts / n
        k = len(counts)
        low = shares[: k // 2].sum() + (shares[k // 2] / 2 if k % 2 else 0)
        left = -low
        for share, colour in zip(shares, _likert_colours(k)):
            ax.barh(y, share, left=left, color=colour, edgecolor="white", linewidth=0.6)
            if share >= 0.07:
                ax.text(left + share / 2, y, percent(share, language), ha="center", va="center", fontsize=8,
                        color="#111827")
            left += share
    ax.set_yticks(range(len(rows)), [_row_label(q, counts, dont_know, language) for q, counts, dont_know in rows])
    ax.invert_yaxis()
    ax.set_xlim(-1, 1)
    ax.axvline(0, color="#374151", linewidth=0.8)
    ax.xaxis.set_major_formatter(number_ticks(language, share=True, absolute=True))
    ax.set_xlabel(label("chart_share_of_answers", language))
    ax.tick_params(axis="y", length=0)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    # the ends and the middle, which read the same on a 1..5, a 1..7 and a 0..10 question
    ends = _likert_colours(5)
    keys = ("chart_lowest", "chart_middle", "chart_highest")
    fig.legend([Patch(color=ends[0]), Patch(color=ends[2]), Patch(color=ends[4])],
               [label(key, language) for key in keys], loc="outside lower center", ncols=3, frameon=False)
    return fig


def quotes_chart(quotes: pd.DataFrame, *, language: str = "en") -> Figure:
    """Interview quotes per touchpoint by sign: negative to the left, positive to the right.

    ``quotes`` has one row per quote with columns ``touchpoint`` (the name to show) and ``valence``
    (-1..+1); neutral quotes (valence 0) are counted in the row's label.
    """
    missing = {"touchpoint", "valence"} - set(quotes.columns)
    if missing:
        raise ValueError(f"quotes_chart needs the columns touchpoint and valence; missing: {sorted(missing)}")
    sign = np.sign(quotes["valence"].astype(float))
    table = pd.crosstab(quotes["touchpoint"], sign).reindex(columns=[-1.0, 0.0, 1.0], fill_value=0)
    table = table.reindex(list(dict.fromkeys(quotes["touchpoint"])))  # first mention order
    fig = Figure(figsize=(9, 1.0 + 0.5 * max(len(table), 1)), layout="constrained")
    ax = fig.add_subplot()
    ys = np.arange(len(table))
    ax.barh(ys, -table[-1.0], color=TONE_COLORS["negative"]["fill"], label=label("negative", language))
    ax.barh(ys, table[1.0], color=TONE_COLORS["positive"]["fill"], label=label("positive", language))
    for y, (neg, neutral, pos) in zip(ys, table.itertuples(index=False)):
        if neg:
            ax.text(-neg, y, f"{neg} ", ha="right", va="center", fontsize=9)
        if pos:
            ax.text(pos, y, f" {pos}", ha="left", va="center", fontsize=9)
    names = [f"{_wrap(name, 32)}\n{count(int(row.sum()), 'quote', language)}"
             + (f" · {label('neutral', language)}: {int(row[0.0])}" if row[0.0] else "")
             for name, row in table.iterrows()]
    ax.set_yticks(ys, names)
    ax.invert_yaxis()
    reach = max(1, int(table[[-1.0, 1.0]].to_numpy().max(initial=0)))
    ax.set_xlim(-reach * 1.2, reach * 1.2)
    ax.axvline(0, color="#374151", linewidth=0.8)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.xaxis.set_major_formatter(number_ticks(language, digits=0, absolute=True))
    ax.tick_params(axis="y", length=0)
    ax.set_xlabel(label("chart_number_of_quotes", language))
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    fig.legend(loc="outside lower center", ncols=2, frameon=False)
    return fig


def persona_shares_chart(personas, *, language: str = "en") -> Figure:
    """Each persona's share of respondents, in the persona's own colour, largest first."""
    ordered = sorted(personas, key=lambda p: -p.share)
    colours = persona_colors(personas)
    fig = Figure(figsize=(8, 1.0 + 0.5 * max(len(ordered), 1)), layout="constrained")
    ax = fig.add_subplot()
    ys = np.arange(len(ordered))
    ax.barh(ys, [p.share for p in ordered], color=[colours[p.id] for p in ordered])
    for y, persona in zip(ys, ordered):
        ax.text(persona.share, y, f"  {percent(persona.share, language)} · {count(persona.size, 'respondent', language)}",
                va="center", fontsize=9)
    ax.set_yticks(ys, [_wrap(p.name, 36) for p in ordered])
    ax.invert_yaxis()
    ax.set_xlim(0, min(1.0, max([p.share for p in ordered], default=0.5) * 1.6))
    ax.xaxis.set_major_formatter(number_ticks(language, share=True))
    ax.set_xlabel(label("chart_share_of_respondents", language))
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return fig


def _bounds(scale: Scale) -> tuple[int, int]:
    """(low, high) whole scale points from 5 (1..5) or (0, 10)."""
    if isinstance(scale, (int, np.integer)):
        return 1, int(scale)
    low, high = scale
    return int(low), int(high)


def _likert_colours(points: int) -> list:
    """Red for the lowest answer to green for the highest, a grey middle point on odd scales."""
    colours = list(colormaps["RdYlGn"](np.linspace(0.08, 0.92, points)))
    if points % 2:
        colours[points // 2] = NEUTRAL_GREY
    return colours


def _row_label(question: str, counts: np.ndarray, dont_know: int, language: str) -> str:
    line = f"n = {int(counts.sum())}"
    if dont_know:
        line += f" · {label('dont_know', language)}: {dont_know}"
    return f"{_wrap(question, 40)}\n{line}"


def _wrap(text: str, width: int) -> str:
    """Long names on two lines at most, breaking between words; a `$` stays a dollar sign."""
    lines = textwrap.wrap(str(text), width, break_long_words=False) or [""]
    shown = lines[:2] if len(lines) <= 2 else [lines[0], textwrap.shorten(" ".join(lines[1:]), width, placeholder="…")]
    return mpl_text("\n".join(shown))
