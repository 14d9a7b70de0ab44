"""The finished journey map and its exports: figure, one-file HTML, tables, Mermaid, notebook report.

Import from here; the submodules hold one kind of output each.
"""
from .figure import figure_svg, journey_figure, write_figures
from .html import render_map_html, write_map
from .mermaid import mermaid_journey
from .report import export_report
from .tables import write_tables

__all__ = ["export_report", "figure_svg", "journey_figure", "mermaid_journey", "render_map_html",
           "write_figures", "write_map", "write_tables"]
