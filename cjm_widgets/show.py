"""Small HTML views for the notebooks, with every piece of respondent or team text escaped.

Markdown would let a quote such as ``<script>`` become live HTML in JupyterLab and in
report.html; these views never do.
"""
from __future__ import annotations

from html import escape

from IPython.display import HTML


def html(template: str, **values) -> HTML:
    """``template`` is the kit's own markup; the values are escaped before they go in."""
    return HTML(template.format(**{key: escape(str(value)) for key, value in values.items()}))


def bullets(items, empty: str = "") -> HTML:
    """A bulleted list of texts (problems, messages, reasons), or ``empty`` when there are none."""
    items = [str(item) for item in items]
    if not items:
        return HTML(f"<p>{escape(empty)}</p>")
    return HTML("<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>")


def quotes(bank: dict) -> HTML:
    """A quote bank ({key: {"positive": [...], "negative": [...]}}) as quotes with their sources."""
    lines = []
    for key, sides in bank.items():
        for side, found in sides.items():
            lines += [f"<p><b>{escape(key)}</b> ({escape(side)}, {o.valence:+.2f}): “{escape(o.text)}” "
                      f"<small>— {escape(o.source.label())}</small></p>" for o in found]
    return HTML("".join(lines))
