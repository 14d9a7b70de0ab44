"""Small views for the notebooks: escaped HTML, and figures as images.

Markdown would let a quote such as ``<script>`` become live HTML in JupyterLab and in
report.html; these views never do. A ``matplotlib.figure.Figure()`` has no display formatter of
its own (JupyterLab and report.html show only "<Figure size ...>"), so ``figure`` hands over the
rendered image instead, and importing this module (every notebook does) teaches the running
IPython to show any such figure as a PNG, so ``display(fig)`` works too.
"""
from __future__ import annotations

import io
from html import escape
from typing import Optional

from IPython import get_ipython
from IPython.display import HTML, SVG, Image

from .labels import label, number


def html(template: str, **values) -> HTML:
    """``template`` is the kit's own markup; the values are escaped before they go in."""
    return HTML(template.format(**{key: escape(str(value)) for key, value in values.items()}))


def bullets(items, empty: str = "") -> HTML:
    """A bulleted list of texts (problems, messages, reasons), or ``empty`` when there are none."""
    items = [str(item) for item in items]
    if not items:
        return HTML(f"<p>{escape(empty)}</p>")
    return HTML("<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>")


def quotes(bank: dict, names: Optional[dict] = None, language: str = "en") -> HTML:
    """A quote bank ({key: {"positive": [...], "negative": [...]}}) as quotes with their sources;
    ``names`` shows a key (a touchpoint id) by its name, the side, valence and quotation marks in
    ``language`` („…” in Polish, «…» in Russian)."""
    names = names or {}
    lines = []
    for key, sides in bank.items():
        for side, found in sides.items():
            lines += [f"<p><b>{escape(str(names.get(key, key)))}</b> ({escape(label(side, language))}, "
                      f"{escape(number(o.valence, language, signed=True))}): "
                      f"{escape(label('quoted', language, text=o.text))} "
                      f"<small>— {escape(o.source.label(language))}</small></p>" for o in found]
    return HTML("".join(lines))


def figure(fig, *, format: str = "png", dpi: int = 110):
    """The figure as an image every front end shows: PNG (default) or SVG bytes, tight around the drawing."""
    if format not in ("png", "svg"):
        raise ValueError(f"format {format!r}: use 'png' or 'svg'")
    buffer = io.BytesIO()
    fig.savefig(buffer, format=format, dpi=dpi, bbox_inches="tight", facecolor="white")
    data = buffer.getvalue()
    return Image(data=data, format="png") if format == "png" else SVG(data=data)


def show_figures_as_images(shell=None) -> None:
    """Register the PNG formatter for matplotlib figures in ``shell`` (the running IPython, if any)."""
    shell = shell or get_ipython()
    if shell is not None:
        shell.display_formatter.formatters["image/png"].for_type_by_name(
            "matplotlib.figure", "Figure", lambda fig: figure(fig).data)


show_figures_as_images()
