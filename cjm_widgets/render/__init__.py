"""The finished journey map and its exports: figure, one-file HTML, tables, Mermaid, notebook report.

Import from here; the submodules hold one kind of output each.
"""
from .figure import figure_svg, journey_figure, write_figures

__all__ = ["figure_svg", "journey_figure", "write_figures"]
