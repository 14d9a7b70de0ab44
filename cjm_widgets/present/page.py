"""The two sides of ``cjm present``: the participants' page and the facilitator's panel.

Voting is silent by default (the guide's rule: people vote before they see what others chose).
The facilitator's Reveal switch writes ``reveal`` into the session file; every participant's
kernel watches that file and redraws the map and the vote list with the totals.
"""
from __future__ import annotations

import dataclasses
import html
import threading
from pathlib import Path

import ipywidgets as widgets

from ..widgets import DotVote, MapPreview
from ..labels import label
from .access import qr_svg, read_session, write_session

WATCH_SECONDS = 1.0  # how often a participant's kernel looks at the session file


class ParticipantsMap(MapPreview):
    """The map without vote totals until they are revealed."""

    revealed = False

    def build(self, journey):
        return super().build(journey if self.revealed else dataclasses.replace(journey, votes={}))


class ParticipantsPage(widgets.VBox):
    """The map and the dot vote for one participant's browser tab."""

    def __init__(self, client_dir, *, max_dots: int = 3, watch_seconds: float = WATCH_SECONDS):
        self.client_dir = Path(client_dir)
        self.map = ParticipantsMap(client_dir)
        self.vote = DotVote(client_dir, max_dots=max_dots, show_totals=False)
        self.note = widgets.HTML()
        super().__init__([self.map, self.note, self.vote])
        self.show_totals(bool(read_session(client_dir).get("reveal")))
        self._stop = threading.Event()
        threading.Thread(target=self._watch, args=(watch_seconds,), daemon=True).start()

    def show_totals(self, revealed: bool) -> None:
        self.map.revealed = self.vote.show_totals = revealed
        self.note.value = "" if revealed else f"<i>{html.escape(self.vote.t('totals_hidden'))}</i>"
        self.map.refresh()
        self.vote.refresh()

    def close(self):
        self._stop.set()
        super().close()

    def _watch(self, seconds: float) -> None:
        while not self._stop.wait(seconds):
            revealed = bool(read_session(self.client_dir).get("reveal"))
            if revealed != self.vote.show_totals:
                self.show_totals(revealed)


class FacilitatorPanel(widgets.VBox):
    """For the facilitator's notebook: the access code, the participants' URLs with QR codes, and
    the switch that reveals the vote totals."""

    def __init__(self, client_dir, language: str = "en"):
        self.client_dir = Path(client_dir)
        session = read_session(client_dir)
        if not session:
            super().__init__([widgets.HTML(f"<b>{html.escape(str(client_dir))}</b>: "
                                           f"{html.escape(label('not_presenting', language))} "
                                           f"<code>cjm present {html.escape(str(client_dir))}</code>")])
            return
        codes = "".join(f'<div style="display:inline-block;margin:0 1em 1em 0;text-align:center">{qr_svg(url)}'
                        f'<br><code>{html.escape(url)}</code></div>' for url in session["urls"])
        self.reveal = widgets.ToggleButton(value=bool(session.get("reveal")), description=label("reveal_totals", language))
        self.reveal.observe(lambda change: set_reveal(self.client_dir, change["new"]), "value")
        super().__init__([widgets.HTML(f"<p>{html.escape(label('access_code', language))}: "
                                       f"<b style='font-size:1.6em'>{html.escape(session['code'])}</b></p>{codes}"),
                          self.reveal])


def set_reveal(client_dir, revealed: bool) -> None:
    """Show (or hide again) the vote totals on every participant's page."""
    session = read_session(client_dir)
    if not session:
        raise FileNotFoundError(f"{client_dir}: `cjm present` is not serving this client; start it first.")
    write_session(client_dir, {**session, "reveal": bool(revealed)})
