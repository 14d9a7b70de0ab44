"""TouchpointEditor: a grid with one row per touchpoint; each cell is saved when it changes."""
from __future__ import annotations

from types import SimpleNamespace

import ipywidgets as widgets

from ..model import Journey, Touchpoint
from .base import Editor, new_id, wrapping_row, text_field

CHANNELS = ["website", "app", "social", "email", "ads", "marketplace", "store", "phone", "chat", "courier"]
COLUMNS = ("name", "stage", "channel", "online", "owner", "reach", "importance", "remove")
HEADERS = ("name", "stage", "channel", "online_field", "owner", "reach_field", "importance", "")


class TouchpointEditor(Editor):
    """Name, stage, channel, online, owner, reach (0..1) and importance (1..5) per touchpoint."""

    def controls(self) -> None:
        self.new_name = widgets.Text()
        self.new_stage = widgets.Dropdown()
        self.add_button = widgets.Button(icon="plus")
        self.add_button.on_click(lambda _: self.add())
        self.rows: list[SimpleNamespace] = []

    def build(self, journey: Journey) -> list[widgets.Widget]:
        stages = [(s.name, s.id) for s in journey.stages]
        keep = self.new_stage.value
        self.new_stage.options = stages
        self.new_stage.value = keep if keep in [s.id for s in journey.stages] else (stages[0][1] if stages else None)
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
        for widget in (row.name, row.stage, row.channel, row.online, row.owner, row.reach, row.importance, row.remove):
            widget.layout.width = "auto"
        self.bind(row.name, lambda j, v: setattr(
            j.touchpoint(tid), "name", self.check_name(v, [t.name for t in j.touchpoints if t.id != tid])))
        self.bind(row.stage, lambda j, v: setattr(j.touchpoint(tid), "stage", j.stage(v).id))
        self.bind(row.channel, lambda j, v: setattr(j.touchpoint(tid), "channel", v.strip().lower()))
        self.bind(row.online, lambda j, v: setattr(j.touchpoint(tid), "online", bool(v)))
        self.bind(row.owner, lambda j, v: setattr(j.touchpoint(tid), "owner", v.strip()))
        self.bind(row.reach, lambda j, v: setattr(j.touchpoint(tid), "reach", self.check_number(v, 0, 1, "reach_field")))
        self.bind(row.importance, lambda j, v: setattr(
            j.touchpoint(tid), "importance", self.check_number(v, 1, 5, "importance")))
        row.remove.on_click(lambda _: self.remove(tid))
        return row

    def add(self) -> None:
        def change(journey: Journey) -> None:
            name = self.check_name(self.new_name.value, [t.name for t in journey.touchpoints])
            if not journey.stages:
                self.refuse("no_stages")
            stage = self.new_stage.value or journey.stages[0].id
            touchpoint = Touchpoint(new_id(name, [t.id for t in journey.touchpoints]), name, journey.stage(stage).id)
            journey.touchpoints = [*journey.touchpoints, touchpoint]

        if self.apply(change):
            self.new_name.value = ""

    def remove(self, touchpoint_id: str) -> None:
        """Remove the touchpoint and what hangs on it (pain point, moment of truth); opportunities stay."""
        def change(journey: Journey) -> None:
            journey.touchpoint(touchpoint_id)
            journey.touchpoints = [t for t in journey.touchpoints if t.id != touchpoint_id]
            journey.pain_points = [p for p in journey.pain_points if p.touchpoint != touchpoint_id]
            journey.moments_of_truth = [m for m in journey.moments_of_truth if m.touchpoint != touchpoint_id]
            for opportunity in journey.opportunities:
                if opportunity.touchpoint == touchpoint_id:
                    opportunity.touchpoint = None

        self.apply(change)
