"""TouchpointEditor: a grid with one row per touchpoint; each cell is saved when it changes."""
from __future__ import annotations

from types import SimpleNamespace

import ipywidgets as widgets

from ..model import Journey, Touchpoint
from ..operations import add_touchpoint, edit_touchpoint, remove_touchpoint
from .base import Editor, wrapping_row, text_field

CHANNELS = ["website", "app", "social", "email", "ads", "marketplace", "store", "phone", "chat", "courier"]
COLUMNS = ("name", "stage", "channel", "online", "owner", "reach", "importance", "remove")
HEADERS = ("name", "stage", "channel", "online_field", "owner", "reach_field", "importance", "")


class TouchpointEditor(Editor):
    """Name, stage, channel, online, owner, reach (0..1) and importance (1..5) per touchpoint."""

    def controls(self) -> None:
        self.new_stage = widgets.Dropdown()
        self.new_name, self.add_button = self.adder(lambda journey, name: add_touchpoint(journey, name,
                                                                                        self.new_stage.value))
        self.rows: list[SimpleNamespace] = []

    def build(self, journey: Journey) -> list[widgets.Widget]:
        stages = [(s.name, s.id) for s in journey.stages]
        self.refill(self.new_stage, stages, stages[0][1] if stages else None)
        self.new_name.placeholder = self.t("new_touchpoint")
        self.add_button.description = self.t("add")
        self.rows = [self._row(t, stages) for t in journey.touchpoints]
        header = [widgets.HTML(f"<b>{self.t(h)}</b>" if h else "") for h in HEADERS]
        cells = [*header, *(cell for row in self.rows for cell in (getattr(row, c) for c in COLUMNS))]
        grid = widgets.GridBox(cells, layout=widgets.Layout(  # fits a 1280 px notebook; scrolls on a phone
            grid_template_columns="minmax(6em, 2fr) minmax(5em, 1.5fr) minmax(5em, 1.2fr) 3.5em minmax(5em, 1.2fr) "
                                  "minmax(4em, 0.8fr) minmax(4em, 0.8fr) 3em", width="100%", overflow="auto"))
        return [grid, wrapping_row([self.new_name, self.new_stage, self.add_button])]

    def _row(self, touchpoint: Touchpoint, stages) -> SimpleNamespace:
        tid = touchpoint.id
        stage_options = stages if touchpoint.stage in [s for _, s in stages] else [*stages, (touchpoint.stage,) * 2]
        row = SimpleNamespace(
            id=tid,
            name=text_field(touchpoint.name),
            stage=widgets.Dropdown(options=stage_options, value=touchpoint.stage),
            channel=widgets.Combobox(value=touchpoint.channel, options=CHANNELS, continuous_update=False),
            online=widgets.Checkbox(value=touchpoint.online, indent=False),
            owner=text_field(touchpoint.owner),
            reach=widgets.FloatText(value=touchpoint.reach, step=0.05),
            importance=widgets.FloatText(value=touchpoint.importance, step=1),
            remove=widgets.Button(icon="trash", tooltip=self.t("remove")),
        )
        for column in COLUMNS:
            getattr(row, column).layout.width = "auto"
        for field in COLUMNS[:-1]:  # every column but remove is a field of the touchpoint
            self.bind(getattr(row, field), lambda j, v, field=field: edit_touchpoint(j, tid, field, v))
        row.remove.on_click(lambda _: self.apply(lambda journey: remove_touchpoint(journey, tid)))
        return row
