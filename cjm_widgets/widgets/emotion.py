"""EmotionTuner: the team's judgement beside the data score, saved as an Override with a reason,
and the future state: the score the team aims for at each touchpoint (a target).

The data score stays visible and untouched: an override is shown next to it on the map, never
instead of it silently. A target is a workshop judgement too, and shown as one.
"""
from __future__ import annotations

from types import SimpleNamespace

import ipywidgets as widgets

from ..future import HIGH, LOW, target_of
from ..labels import label, number
from ..model import Journey
from ..operations import clear_override, override_score, set_target
from .base import FULL_DESCRIPTION, Editor, text_field, wrapping_row


class EmotionTuner(Editor):
    """Per touchpoint: data score (read-only), a -2..+2 slider, a reason, Save and Clear; below it
    the target (future state) with Set target and Clear target."""

    def controls(self) -> None:
        self.persona = self.redrawing_dropdown()
        self.author = text_field("")
        self.rows: list[SimpleNamespace] = []

    def build(self, journey: Journey) -> list[widgets.Widget]:
        self.refill(self.persona, [(self.t("all_respondents"), "")] + [(p.name, p.id) for p in journey.personas], "")
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
        target, _ = target_of(journey, touchpoint, score.value if score else None)
        row.target_now = widgets.Label(self._target_text(journey, touchpoint, target),
                                       layout=widgets.Layout(width="auto"))
        row.target = widgets.FloatSlider(value=round((target if target is not None else start) * 2) / 2,
                                         min=LOW, max=HIGH, step=0.5, description=self.t("target"),
                                         style=FULL_DESCRIPTION)
        row.set_target = widgets.Button(description=self.t("set_target"), icon="bullseye")
        row.clear_target = widgets.Button(description=self.t("clear_target"), icon="times",
                                          disabled=touchpoint.target is None)
        row.save.on_click(lambda _: self.save(touchpoint_id, row.slider.value, row.reason.value, persona))
        row.clear.on_click(lambda _: self.clear(touchpoint_id, persona))
        row.set_target.on_click(lambda _: self.save_target(touchpoint_id, row.target.value))
        row.clear_target.on_click(lambda _: self.save_target(touchpoint_id, None))
        row.box = widgets.VBox([
            wrapping_row([widgets.Label(touchpoint.name, layout=widgets.Layout(width="14em")), row.data,
                          row.slider, row.reason, row.save, row.clear]),
            wrapping_row([widgets.Label("", layout=widgets.Layout(width="14em")), row.target_now, row.target,
                          row.set_target, row.clear_target])])
        return row

    def _target_text(self, journey: Journey, touchpoint, target) -> str:
        """Where the target stands: the team's, derived from linked opportunities, or none yet."""
        if target is None:
            return f"{self.t('target')}: {self.t('no_target')}"
        value = number(target, self.language, signed=True)
        source = self.t("target_by_team") if touchpoint.target is not None else self.t("target_derived")
        return f"{self.t('target')}: {value} ({source})"

    def save_target(self, touchpoint_id: str, value) -> None:
        """Set the touchpoint's target (None clears it), saved at once to journey.json."""
        self.apply(lambda journey: set_target(journey, touchpoint_id, value),
                   "saved" if value is not None else "target_cleared")

    def save(self, touchpoint_id: str, value: float, reason: str, persona=None) -> None:
        author = self.author.value
        self.apply(lambda journey: override_score(journey, touchpoint_id, value, reason, author=author,
                                                  persona=persona))

    def clear(self, touchpoint_id: str, persona=None) -> None:
        self.apply(lambda journey: clear_override(journey, touchpoint_id, persona))
