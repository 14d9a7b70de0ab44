"""MapPreview: the map as it is on disk, redrawn whenever any editor on the same journey saves."""
from __future__ import annotations

import html

import ipywidgets as widgets

from ..model import Journey
from .base import Editor


def map_html(journey: Journey) -> str:
    """The full map when the renderer is available, else the journey's own summary table."""
    try:
        from ..render import render_map_html
    except ImportError:  # the renderer is optional for the preview
        return journey._repr_html_()
    return render_map_html(journey)


class MapPreview(Editor):
    """Read-only; Refresh picks up changes saved by other kernels (participants' votes)."""

    offers_undo = False

    def controls(self) -> None:
        self.refresh_button = widgets.Button(icon="refresh")
        self.refresh_button.on_click(lambda _: self.refresh())
        self.view = widgets.HTML()

    def build(self, journey: Journey) -> list[widgets.Widget]:
        self.refresh_button.description = self.t("refresh")
        # in a sandboxed frame: the map is a whole page whose CSS must not restyle JupyterLab
        self.view.value = (f'<iframe title="map" sandbox="allow-scripts" srcdoc="{html.escape(map_html(journey))}" '
                           f'style="width:100%;height:640px;border:0"></iframe>')
        return [self.refresh_button, self.view]
