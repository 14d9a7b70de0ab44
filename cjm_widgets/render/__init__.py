"""The finished journey map and its exports: figure, one-file HTML, tables, Mermaid, notebook report.

Import from here; the submodules hold one kind of output each and load on first use, since
matplotlib, openpyxl and nbconvert each cost a second of start-up that a caller may not need.
"""
from __future__ import annotations

import importlib

_HOMES = {
    "likert_chart": "charts", "survey_likert_chart": "charts", "quotes_chart": "charts",
    "persona_shares_chart": "charts",
    "figure_svg": "figure", "journey_figure": "figure", "write_figures": "figure",
    "render_map_html": "html", "write_map": "html",
    "mermaid_journey": "mermaid",
    "export_report": "report",
    "ipa_figure": "ipa",
    "write_tables": "tables",
}

__all__ = sorted(_HOMES)


def __getattr__(name):
    if name not in _HOMES:
        raise AttributeError(f"module 'cjm_widgets.render' has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_HOMES[name]}", __name__), name)
