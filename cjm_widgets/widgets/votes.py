"""DotVote: participants spend a few dots on the pain points and opportunities that matter most.

Votes go through :func:`cjm_widgets.edits.cast_vote`, which locks journey.json, so participants
voting at the same moment from their own Voilà kernels never overwrite each other.
"""
from __future__ import annotations

import html
from types import SimpleNamespace

import ipywidgets as widgets

from ..edits import cast_vote, dots_used, vote_items
from ..labels import count
from ..model import Journey
from .base import Editor, wrapping_row


class DotVote(Editor):
    """A name box, the dots left, and +1 / −1 buttons per pain point and opportunity."""

    offers_undo = False

    def __init__(self, source, path=None, *, max_dots: int = 3, show_totals: bool = True, **kwargs):
        if isinstance(source, Journey) and path is None:
            raise TypeError("DotVote needs a client directory (or a Journey and its path): "
                            "votes from several laptops meet in journey.json.")
        self.max_dots = max_dots
        self.show_totals = show_totals  # False for silent voting: nobody sees the totals until revealed
        super().__init__(source, path, **kwargs)

    def controls(self) -> None:
        self.voter = widgets.Text()
        self.dots_left = widgets.HTML()
        self.voter.observe(lambda _: self._show_dots_left(), "value")
        self.rows: list[SimpleNamespace] = []

    def build(self, journey: Journey) -> list[widgets.Widget]:
        self.voter.description = self.t("voter")
        self._show_dots_left()
        kinds = {"pain": self.t("pain_point_title"), "opportunity": self.t("opportunity")}
        self.rows = []
        for key, name in vote_items(journey):
            row = SimpleNamespace(id=key, vote=widgets.Button(description=self.t("vote"), button_style="success"),
                                  take_back=widgets.Button(description=self.t("take_back")),
                                  count=widgets.Label(count(journey.votes.get(key, 0), "vote", self.language)
                                                      if self.show_totals else ""))
            row.vote.on_click(lambda _, key=key: self.vote(key, +1))
            row.take_back.on_click(lambda _, key=key: self.vote(key, -1))
            title = widgets.HTML(f"<small>{html.escape(kinds[key.split(':')[0]])}</small> {html.escape(name)}",
                                 layout=widgets.Layout(width="24em", max_width="100%"))
            row.box = wrapping_row([title, row.count, row.vote, row.take_back])
            self.rows.append(row)
        if not self.rows:
            return [widgets.HTML(html.escape(self.t("nothing_to_vote")))]
        return [wrapping_row([self.voter, self.dots_left]), *(row.box for row in self.rows)]

    def vote(self, item_id: str, dots: int) -> None:
        self.attempt(lambda: cast_vote(self.store.path, item_id, self.voter.value, dots, max_dots=self.max_dots),
                     "voted")

    def _show_dots_left(self) -> None:
        left = self.max_dots - dots_used(self.store.path, self.voter.value) if self.voter.value.strip() else self.max_dots
        self.dots_left.value = f"<b>{html.escape(self.t('dots_left', count=left))}</b>"
