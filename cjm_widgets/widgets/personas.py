"""PersonaEditor: the team edits a data-derived persona; every field it touches is marked edited."""
from __future__ import annotations

import html
from types import SimpleNamespace

import ipywidgets as widgets

from ..model import Journey, Persona
from ..operations import HEX_COLOR, edit_persona, merge_into
from ..personas.look import initials, persona_colors
from .base import Editor, text_field, wrapping_row


class PersonaEditor(Editor):
    """Pick a persona; name, goals, frustrations, quote, colour and picture save as they change."""

    def controls(self) -> None:
        self.picker = self.redrawing_dropdown()
        self.merge_keep = widgets.Dropdown()
        self.merge_absorb = widgets.Dropdown()
        self.merge_button = widgets.Button(icon="compress")
        self.merge_button.on_click(lambda _: self.merge())
        self.fields = SimpleNamespace()

    def build(self, journey: Journey) -> list[widgets.Widget]:
        if not journey.personas:
            self.fields = SimpleNamespace()
            return [widgets.HTML(html.escape(self.t("no_personas")))]
        options = [(p.name, p.id) for p in journey.personas]
        for dropdown in (self.picker, self.merge_keep, self.merge_absorb):
            self.refill(dropdown, options, options[0][1])
        self.picker.description = self.t("persona")
        self.merge_button.description = self.t("merge")
        persona = journey.persona(self.picker.value)
        colours = persona_colors(journey.personas)
        self.avatar = widgets.HTML(_avatar(persona.name, colours[persona.id]))
        self.fields = self._fields(persona)
        merge = wrapping_row([self.merge_absorb, widgets.Label(self.t("merge_into")), self.merge_keep,
                              self.merge_button])
        return [self.picker, self.avatar, *vars(self.fields).values(), merge]

    def _fields(self, persona: Persona) -> SimpleNamespace:
        pid = persona.id
        fields = SimpleNamespace(
            name=text_field(persona.name, description=self.t("name")),
            goals=widgets.Textarea("\n".join(persona.goals), description=self.t("goals_field"), continuous_update=False),
            frustrations=widgets.Textarea("\n".join(persona.frustrations), description=self.t("frustrations_field"),
                                          continuous_update=False),
            quote=widgets.Textarea(persona.quote, description=self.t("quote"), continuous_update=False),
            color=widgets.ColorPicker(value=persona.color or "#888888", description=self.t("color")),
            picture=text_field(persona.picture, description=self.t("picture")),
        )
        redraw_avatar = lambda: setattr(self.avatar, "value", _avatar(fields.name.value, fields.color.value))
        for name, widget in vars(fields).items():
            widget.style.description_width = "12em"
            self.bind(widget, lambda j, v, name=name: edit_persona(j, pid, name, v),
                      then=redraw_avatar if name in ("name", "color") else None)
        return fields

    def merge(self) -> None:
        keep, absorb = self.merge_keep.value, self.merge_absorb.value
        self.apply(lambda journey: merge_into(journey, keep, absorb))


def _avatar(name: str, color: str) -> str:
    """A placeholder picture: the persona's initials on its colour, until a real picture is chosen."""
    colour = color if HEX_COLOR.match(color or "") else "#888888"
    return (
        f'<div style="width:64px;height:64px;border-radius:50%;background:{colour};color:#fff;'
        f'display:flex;align-items:center;justify-content:center;font:bold 24px sans-serif">'
        f'{html.escape(initials(name))}</div>')
