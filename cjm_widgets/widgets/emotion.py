"""EmotionTuner: the team's judgement beside the data score, saved as an Override with a reason.

The data score stays visible and untouched: an override is shown next to it on the map, never
instead of it silently.
"""
from __future__ import annotations

from types import SimpleNamespace

import ipywidgets as widgets

from ..labels import label, number
from ..model import Journey, Override
from .base import FULL_DESCRIPTION, Editor, text_field, wrapping_row


class EmotionTuner(Editor):
    """Per touchpoint: data score (read-only), a -2..+2 slider, a reason, Save and Clear."""

    def controls(self) -> None:
        self.persona = widgets.Dropdown()
        self._building = False
        self.persona.observe(lambda _: None if self._building else self.refresh(), "value")
        self.author = text_field("")
        self.rows: list[SimpleNamespace] = []

    def build(self, journey: Journey) -> list[widgets.Widget]:
        self._building = True
        try:
            keep = self.persona.value
            self.persona.options = [(self.t("all_respondents"), "")] + [(p.name, p.id) for p in journey.personas]
            self.persona.value = keep if keep in [p.id for p in journey.personas] else ""
        finally:
            self._building = False
        self.persona.description = self.t("persona")
        self.author.description = self.t("author")
        persona = self.persona.value or None
        self.rows = [self._row(journey, t.id, persona) for t in journey.touchpoints]
        return [wrapping_row([self.persona, self.author]), *(row.box for row in self.rows)]

    def _row(self, journey: Journey, touchpoint_id: str, persona) -> SimpleNamespace:
        touchpoint = journey.touchpoint(touchpoint_id)
        score = journey.score_of(touchpoint_id, persona)
        override = journey.override_of(touchpoint_id, persona)
        if score is None or score.value is None:
            data = self.t("no_evidence")
        else:
            data = f"{number(score.value, self.language, signed=True)} (n={score.n}, {label(score.confidence, self.language)})"
        start = override.value if override else (score.value if score and score.value is not None else 0.0)
        row = SimpleNamespace(
            id=touchpoint_id,
            data=widgets.Label(f"{self.t('data_field')}: {data}", layout=widgets.Layout(width="auto")),
            slider=widgets.FloatSlider(value=round(start * 2) / 2, min=-2, max=2, step=0.5,
                                       description=self.t("team_score"), style=FULL_DESCRIPTION),
            reason=text_field(override.reason if override else "", placeholder=self.t("reason_field")),
            save=widgets.Button(description=self.t("save"), icon="check"),
            clear=widgets.Button(description=self.t("clear"), icon="times", disabled=override is None),
        )
        row.save.on_click(lambda _: self.save(touchpoint_id, row.slider.value, row.reason.value, persona))
        row.clear.on_click(lambda _: self.clear(touchpoint_id, persona))
        row.box = wrapping_row([widgets.Label(touchpoint.name, layout=widgets.Layout(width="14em")), row.data,
                                row.slider, row.reason, row.save, row.clear])
        return row

    def save(self, touchpoint_id: str, value: float, reason: str, persona=None) -> None:
        def change(journey: Journey) -> None:
            name = journey.touchpoint(touchpoint_id).name
            if not reason.strip():
                self.refuse("reason_missing", name=name)
            checked = self.check_number(value, -2, 2, "team_score")
            others = [o for o in journey.overrides if (o.target, o.persona) != (touchpoint_id, persona)]
            journey.overrides = [*others, Override(touchpoint_id, checked, reason.strip(),
                                                   author=self.author.value.strip(), persona=persona)]

        self.apply(change)

    def clear(self, touchpoint_id: str, persona=None) -> None:
        def change(journey: Journey) -> None:
            journey.overrides = [o for o in journey.overrides if (o.target, o.persona) != (touchpoint_id, persona)]

        self.apply(change)
