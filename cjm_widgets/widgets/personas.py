"""PersonaEditor: the team edits a data-derived persona; every field it touches is marked edited."""
from __future__ import annotations

import html
import re
from types import SimpleNamespace

import ipywidgets as widgets

from ..model import Journey, Persona
from ..personas.look import initials, persona_colors
from .base import Editor, text_field, wrapping_row

HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")


def merge_into(journey: Journey, keep_id: str, absorb_id: str) -> None:
    """Fold persona ``absorb_id`` into ``keep_id``: sizes add up, lists join, evidence follows.

    Scores per persona are dropped for both, since the next run recomputes them for the merged one.
    """
    keep, absorb = journey.persona(keep_id), journey.persona(absorb_id)
    keep.share += absorb.share
    keep.size += absorb.size
    for name in ("goals", "frustrations", "channels"):
        joined = getattr(keep, name) + [v for v in getattr(absorb, name) if v not in getattr(keep, name)]
        setattr(keep, name, joined)
    keep.demographics = {**absorb.demographics, **keep.demographics}
    keep.quote, keep.quote_source = (keep.quote, keep.quote_source) if keep.quote else (absorb.quote,
                                                                                       absorb.quote_source)
    keep.definition = {"merged": [keep.definition, absorb.definition]}
    keep.edited = sorted(set(keep.edited) | set(absorb.edited) | {"merged", "share", "size", "goals",
                                                                    "frustrations", "channels"})
    for item in (*journey.observations, *journey.overrides):
        if item.persona == absorb_id:
            item.persona = keep_id
    journey.scores = [s for s in journey.scores if s.persona not in (keep_id, absorb_id)]
    journey.personas = [p for p in journey.personas if p.id != absorb_id]


class PersonaEditor(Editor):
    """Pick a persona; name, goals, frustrations, quote, colour and picture save as they change."""

    def controls(self) -> None:
        self.picker = widgets.Dropdown()
        self._building = False  # filling the pickers must not redraw again
        self.picker.observe(lambda _: None if self._building else self.refresh(), "value")
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
        self._building = True
        try:
            for picker in (self.picker, self.merge_keep, self.merge_absorb):
                _set_options(picker, options)
        finally:
            self._building = False
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
        for widget in vars(fields).values():
            widget.style.description_width = "12em"
        redraw_avatar = lambda: setattr(self.avatar, "value", _avatar(fields.name.value, fields.color.value))
        self.bind(fields.name, lambda j, v: _edit(j, pid, "name", self.check_name(
            v, [p.name for p in j.personas if p.id != pid])), then=redraw_avatar)
        for name in ("goals", "frustrations"):
            self.bind(getattr(fields, name), lambda j, v, name=name: _edit(
                j, pid, name, [line.strip() for line in v.splitlines() if line.strip()]))
        self.bind(fields.quote, lambda j, v: _edit(j, pid, "quote", v.strip()))
        self.bind(fields.color, lambda j, v: _edit(j, pid, "color", self.check_color(v)), then=redraw_avatar)
        self.bind(fields.picture, lambda j, v: _edit(j, pid, "picture", v.strip()))
        return fields

    def check_color(self, value: str) -> str:
        if not HEX_COLOR.match(value or ""):
            self.refuse("bad_color")
        return value

    def merge(self) -> None:
        keep, absorb = self.merge_keep.value, self.merge_absorb.value

        def change(journey: Journey) -> None:
            if keep == absorb:
                self.refuse("same_persona")
            merge_into(journey, keep, absorb)

        self.apply(change)


def _edit(journey: Journey, persona_id: str, name: str, value) -> None:
    persona = journey.persona(persona_id)
    if getattr(persona, name) != value:
        setattr(persona, name, value)
        persona.edited = sorted({*persona.edited, name})


def _set_options(picker: widgets.Dropdown, options) -> None:
    keep = picker.value
    picker.options = options
    picker.value = keep if keep in [value for _, value in options] else options[0][1]


def _avatar(name: str, color: str) -> str:
    """A placeholder picture: the persona's initials on its colour, until a real picture is chosen."""
    colour = color if HEX_COLOR.match(color or "") else "#888888"
    return (
        f'<div style="width:64px;height:64px;border-radius:50%;background:{colour};color:#fff;'
        f'display:flex;align-items:center;justify-content:center;font:bold 24px sans-serif">'
        f'{html.escape(initials(name))}</div>')
