"""StageEditor: add, rename, reorder and remove stages, or switch to another stage model."""
from __future__ import annotations

from types import SimpleNamespace

import ipywidgets as widgets

from ..model import Journey
from ..operations import add_stage, move_stage, remove_stage, rename_stage, switch_plan, switch_stage_model
from ..stages import STAGE_MODELS, stages_for
from .base import FULL_DESCRIPTION, Editor, wrapping_row, text_field


class StageEditor(Editor):
    """One row per stage (name, up, down, remove); a touchpoint never loses its stage silently.

    Switching the stage model proposes where each stage's touchpoints go (by position) and lets
    the team change each target before pressing Switch.
    """

    def controls(self) -> None:
        self.new_name, self.add_button = self.adder(add_stage)
        self.move_to = widgets.Dropdown(style=FULL_DESCRIPTION)
        self.model = widgets.Dropdown(options=list(STAGE_MODELS), style=FULL_DESCRIPTION)
        self._model_synced = False  # the picker starts on the journey's model, then follows the team
        self.switch_button = widgets.Button(icon="exchange")
        self.switch_button.on_click(lambda _: self.switch())
        self.plan: dict[str, widgets.Dropdown] = {}
        self.rows: list[SimpleNamespace] = []

    def build(self, journey: Journey) -> list[widgets.Widget]:
        self.new_name.placeholder = self.t("new_stage")
        self.add_button.description = self.t("add")
        self.switch_button.description = self.t("switch_model")
        self.move_to.description = self.t("move_to")
        self.model.description = self.t("stage_model")
        if not self._model_synced:
            self.model.value = journey.stage_model
            self.model.observe(lambda _: self.refresh(), "value")
            self._model_synced = True
        self.refill(self.move_to, [(self.t("dash"), "")] + [(s.name, s.id) for s in journey.stages], "")
        self.rows = [self._row(journey, index) for index in range(len(journey.stages))]
        return [*(row.box for row in self.rows), wrapping_row([self.new_name, self.add_button]),
                self.move_to, self._switch_box(journey)]

    def _row(self, journey: Journey, index: int) -> SimpleNamespace:
        stage = journey.stages[index]
        row = SimpleNamespace(id=stage.id, name=text_field(stage.name),
                              up=widgets.Button(icon="arrow-up", tooltip=self.t("move_up"), disabled=index == 0),
                              down=widgets.Button(icon="arrow-down", tooltip=self.t("move_down"),
                                                  disabled=index == len(journey.stages) - 1),
                              remove=widgets.Button(icon="trash", tooltip=self.t("remove")))
        self.bind(row.name, lambda j, value: rename_stage(j, stage.id, value))
        row.up.on_click(lambda _: self.apply(lambda j: move_stage(j, stage.id, -1)))
        row.down.on_click(lambda _: self.apply(lambda j: move_stage(j, stage.id, +1)))
        row.remove.on_click(lambda _: self.remove(stage.id))
        count = len(journey.touchpoints_in(stage.id))
        row.box = wrapping_row([row.name, widgets.Label(f"({count})"), row.up, row.down, row.remove])
        return row

    def _switch_box(self, journey: Journey) -> widgets.VBox:
        self.plan = {}
        if self.model.value == journey.stage_model:
            return widgets.VBox([self.model])
        new = stages_for(self.model.value, journey.language)
        default = switch_plan(journey, self.model.value)
        for stage in journey.stages:
            if journey.touchpoints_in(stage.id):
                self.plan[stage.id] = widgets.Dropdown(options=[(s.name, s.id) for s in new], value=default[stage.id],
                                                       description=self.t("goes_to", name=stage.name),
                                                       style=FULL_DESCRIPTION)
        return widgets.VBox([self.model, *self.plan.values(), self.switch_button])

    # ---- actions ------------------------------------------------------------------------
    def remove(self, stage_id: str) -> None:
        move_to = self.move_to.value
        self.apply(lambda journey: remove_stage(journey, stage_id, move_to))

    def switch(self) -> None:
        model, chosen = self.model.value, {old: pick.value for old, pick in self.plan.items()}
        self.apply(lambda journey: switch_stage_model(journey, model, chosen))
