"""StageEditor: add, rename, reorder and remove stages, or switch to another stage model."""
from __future__ import annotations

from types import SimpleNamespace

import ipywidgets as widgets

from ..model import Journey, Stage
from ..stages import STAGE_MODELS, stages_for
from .base import FULL_DESCRIPTION, Editor, new_id, wrapping_row, text_field


def position_map(old: list[str], new: list[str]) -> dict[str, str]:
    """Old stage id -> new stage id by relative position: first to first, last to last."""
    if not new:
        return {}
    span = max(1, len(old) - 1)
    return {stage: new[round(index * (len(new) - 1) / span)] for index, stage in enumerate(old)}


class StageEditor(Editor):
    """One row per stage (name, up, down, remove); a touchpoint never loses its stage silently.

    Switching the stage model proposes where each stage's touchpoints go (by position) and lets
    the team change each target before pressing Switch.
    """

    def controls(self) -> None:
        self.new_name = widgets.Text()
        self.add_button = widgets.Button(icon="plus")
        self.add_button.on_click(lambda _: self.add())
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
        keep = self.move_to.value
        self.move_to.options = [(self.t("dash"), "")] + [(s.name, s.id) for s in journey.stages]
        self.move_to.value = keep if keep in [s.id for s in journey.stages] else ""
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
        self.bind(row.name, lambda j, value: self.rename(j, stage.id, value))
        row.up.on_click(lambda _: self.move(stage.id, -1))
        row.down.on_click(lambda _: self.move(stage.id, +1))
        row.remove.on_click(lambda _: self.remove(stage.id))
        count = len(journey.touchpoints_in(stage.id))
        row.box = wrapping_row([row.name, widgets.Label(f"({count})"), row.up, row.down, row.remove])
        return row

    def _switch_box(self, journey: Journey) -> widgets.VBox:
        if self.model.value == journey.stage_model:
            self.plan = {}
            return widgets.VBox([self.model])
        new = stages_for(self.model.value, journey.language)
        default = position_map([s.id for s in journey.stages], [s.id for s in new])
        self.plan = {}
        lines = []
        for stage in journey.stages:
            if journey.touchpoints_in(stage.id):
                pick = widgets.Dropdown(options=[(s.name, s.id) for s in new], value=default[stage.id],
                                        description=self.t("goes_to", name=stage.name),
                                        style=FULL_DESCRIPTION)
                self.plan[stage.id] = pick
                lines.append(pick)
        return widgets.VBox([self.model, *lines, self.switch_button])

    # ---- actions ------------------------------------------------------------------------
    def add(self) -> None:
        def change(journey: Journey) -> None:
            name = self.check_name(self.new_name.value, [s.name for s in journey.stages])
            stage = Stage(new_id(name, [s.id for s in journey.stages]), name)
            journey.stages = [*journey.stages, stage]

        if self.apply(change):
            self.new_name.value = ""

    def rename(self, journey: Journey, stage_id: str, value: str) -> None:
        others = [s.name for s in journey.stages if s.id != stage_id]
        journey.stage(stage_id).name = self.check_name(value, others)

    def move(self, stage_id: str, step: int) -> None:
        def change(journey: Journey) -> None:
            stages = list(journey.stages)
            index = stages.index(journey.stage(stage_id))
            target = min(max(index + step, 0), len(stages) - 1)
            stages[index], stages[target] = stages[target], stages[index]
            journey.stages = stages

        self.apply(change)

    def remove(self, stage_id: str) -> None:
        def change(journey: Journey) -> None:
            stage = journey.stage(stage_id)
            if len(journey.stages) == 1:
                self.refuse("last_stage")
            users = journey.touchpoints_in(stage_id)
            target = self.move_to.value
            if users and target in ("", stage_id):
                self.refuse("stage_in_use", name=stage.name, count=len(users))
            for touchpoint in users:
                touchpoint.stage = target
            for opportunity in journey.opportunities:
                if opportunity.stage == stage_id:
                    opportunity.stage = target or None
            journey.stages = [s for s in journey.stages if s.id != stage_id]

        self.apply(change)

    def switch(self) -> None:
        model = self.model.value
        chosen = {old: pick.value for old, pick in self.plan.items()}

        def change(journey: Journey) -> None:
            if model == journey.stage_model:
                self.refuse("same_model")
            new = stages_for(model, journey.language)
            target = {**position_map([s.id for s in journey.stages], [s.id for s in new]), **chosen}
            for touchpoint in journey.touchpoints:
                touchpoint.stage = target.get(touchpoint.stage, new[0].id)
            for opportunity in journey.opportunities:
                if opportunity.stage:
                    opportunity.stage = target.get(opportunity.stage, new[0].id)
            journey.stages = new
            journey.stage_model = model

        self.apply(change)
