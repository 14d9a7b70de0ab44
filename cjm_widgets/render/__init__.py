"""The finished journey map and its exports: figure, one-file HTML, tables, Mermaid, notebook report.

Import from here; the submodules hold one kind of output each.
"""
from .figure import figure_svg, journey_figure, write_figures
from .html import render_map_html, write_map

__all__ = ["figure_svg", "journey_figure", "render_map_html", "write_figures", "write_map"]
