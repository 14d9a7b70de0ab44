"""What every editor shares: where the journey lives, saving each change at once, undo, messages.

An editor never keeps its own copy of the journey: each action reads the journey from disk,
changes it under the file lock (``cjm_widgets.edits``) and redraws from what was saved. Input
problems are raised as :class:`EditRefused` inside the change and shown in the editor's message
line, so nothing is written and nothing is thrown at the facilitator.
"""
from __future__ import annotations

import copy
import html
import weakref
from pathlib import Path
from typing import Callable, Optional, Union

import ipywidgets as widgets

from ..edits import EditRefused, read_journey, resolve_path, undo, update_journey
from ..errors import CJMError
from ..labels import label
from ..model import Journey

Source = Union[str, Path, Journey]


class JourneyStore:
    """Where an editor reads and saves: a client's journey.json, or a Journey held in memory.

    With a Journey and a path, the file wins when it exists (it holds the team's latest edits);
    otherwise the given journey becomes the file.
    """

    def __init__(self, source: Source, path=None):
        self._journey: Optional[Journey] = None
        self._history: list[Journey] = []
        if isinstance(source, Journey):
            self.path = resolve_path(path) if path is not None else None
            if self.path is None:
                self._journey = source
            elif not self.path.exists():
                update_journey(self.path, lambda journey: _replace(journey, source))
        else:
            self.path = resolve_path(source)

    @property
    def key(self):
        return str(self.path) if self.path else id(self._journey)

    def read(self) -> Journey:
        return read_journey(self.path) if self.path else self._journey

    def update(self, change: Callable[[Journey], None]) -> Journey:
        if self.path:
            return update_journey(self.path, change)
        draft = copy.deepcopy(self._journey)
        change(draft)
        self._history = [*self._history[-19:], copy.deepcopy(self._journey)]
        _replace(self._journey, draft)
        return self._journey

    def undo(self) -> Journey:
        if self.path:
            return undo(self.path)
        if not self._history:
            raise EditRefused(key="nothing_to_undo")
        _replace(self._journey, self._history.pop())
        return self._journey


def _replace(target: Journey, source: Journey) -> None:
    target.__dict__.update(copy.deepcopy(source).__dict__)


# editors showing the same journey redraw after any of them saves
_listeners: dict[object, list[weakref.WeakMethod]] = {}


def _subscribe(key, method) -> None:
    alive = [ref for ref in _listeners.get(key, []) if ref() is not None]
    _listeners[key] = [*alive, weakref.WeakMethod(method)]


def _notify(key, skip=None) -> None:
    for ref in list(_listeners.get(key, [])):
        method = ref()
        if method is not None and method.__self__ is not skip:
            method()


class Editor(widgets.VBox):
    """Base of the workshop editors: subclasses build their rows in :meth:`build`."""

    offers_undo = True  # False where participants use it: Undo reverts anyone's last change

    def __init__(self, source: Source, path=None, **kwargs):
        super().__init__(**kwargs)
        self.store = JourneyStore(source, path)
        self.language = "en"
        self.message = widgets.HTML()
        self.undo_button = widgets.Button(icon="undo")
        self.undo_button.on_click(lambda _: self.undo())
        self._filling = False  # refill is giving a picker new options: no redraw
        self.controls()
        _subscribe(self.store.key, self.refresh)
        self.refresh()

    # ---- for subclasses -------------------------------------------------------------------
    def controls(self) -> None:
        """Create the widgets that outlive a redraw (inputs for new items, pickers)."""

    def build(self, journey: Journey) -> list[widgets.Widget]:
        """The editor's body for this journey."""
        raise NotImplementedError

    def t(self, key: str, **params) -> str:
        return label(key, self.language, **params)

    def redrawing_dropdown(self, **kwargs) -> widgets.Dropdown:
        """A dropdown whose choice redraws the editor (but not while :meth:`refill` gives it options)."""
        dropdown = widgets.Dropdown(**kwargs)
        dropdown.observe(lambda _: None if self._filling else self.refresh(), "value")
        return dropdown

    def refill(self, dropdown: widgets.Dropdown, options: list, default=None) -> None:
        """New options for a dropdown, keeping its choice while it is still offered, else ``default``."""
        self._filling = True
        try:
            keep = dropdown.value
            dropdown.options = options
            dropdown.value = keep if keep in [value for _, value in options] else default
        finally:
            self._filling = False

    def adder(self, add: Callable[[Journey, str], object]) -> tuple[widgets.Text, widgets.Button]:
        """A name box and an Add button that saves ``add(journey, name)`` and empties the box once saved."""
        name, button = widgets.Text(), widgets.Button(icon="plus")

        def on_click(_) -> None:
            if self.apply(lambda journey: add(journey, name.value)):
                name.value = ""

        button.on_click(on_click)
        return name, button

    def apply(self, change: Callable[[Journey], None], done: str = "saved", *, redraw: bool = True) -> bool:
        """Save ``change`` at once; show ``done`` or why it was refused. True when saved.

        ``redraw=False`` for a field edited in place: the field already shows the new value,
        and redrawing would take the focus away from the facilitator's next field.
        """
        return self.attempt(lambda: self.store.update(change), done, redraw=redraw)

    def attempt(self, save: Callable[[], object], done: str = "saved", *, redraw: bool = True) -> bool:
        """Run a save; on refusal show why and redraw from disk, on success redraw every editor."""
        try:
            save()
        except (CJMError, KeyError) as exc:  # KeyError: the item was removed from another editor
            self.refresh()  # fields go back to what is on disk
            self.say(self.t("gone") if isinstance(exc, KeyError) else exc.in_language(self.language), error=True)
            return False
        _notify(self.store.key, skip=None if redraw else self)
        self.say(self.t(done))
        return True

    def bind(self, widget: widgets.Widget, change: Callable[[Journey, object], None],
             then: Optional[Callable[[], None]] = None) -> widgets.Widget:
        """Save ``widget``'s value as soon as it changes, through ``change(journey, value)``.

        ``then`` updates whatever else shows that value, once it is saved.
        """
        def on_change(event) -> None:
            if self.apply(lambda journey: change(journey, event["new"]), redraw=False) and then:
                then()

        widget.observe(on_change, "value")
        return widget

    # ---- shared behaviour -----------------------------------------------------------------
    def refresh(self) -> None:
        try:
            journey = self.store.read()
        except CJMError as exc:
            self.children = [self.message]
            self.say(str(exc), error=True)
            return
        self.language = journey.language
        self.undo_button.description = self.t("undo")
        undo_row = [self.undo_button] if self.offers_undo else []
        self.children = [*self.build(journey), *undo_row, self.message]

    def undo(self) -> None:
        try:
            self.store.undo()
        except EditRefused as exc:
            self.say(exc.in_language(self.language), error=True)
            return
        _notify(self.store.key)
        self.say(self.t("undone"))

    def say(self, text: str, *, error: bool = False) -> None:
        colour = "#b00020" if error else "#1b5e20"
        self.message.value = f'<span style="color:{colour}">{html.escape(text)}</span>'


# A description shown in full instead of cut at ipywidgets' default 80 px ("Move tou…").
FULL_DESCRIPTION = {"description_width": "initial"}


def wrapping_row(children) -> widgets.HBox:
    """A row of widgets that wraps onto a second line on a narrow screen (a phone in Voilà)."""
    return widgets.HBox(children, layout=widgets.Layout(flex_flow="row wrap", align_items="center"))


def text_field(value: str, placeholder: str = "", **kwargs) -> widgets.Text:
    """A text box that reports its value on Enter or leaving the field, not on each key."""
    return widgets.Text(value=value, placeholder=placeholder, continuous_update=False, **kwargs)
