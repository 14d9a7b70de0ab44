"""QuoteTagger: the facilitator moves an interview quote to the touchpoint it is really about.

The choice is kept in ``Journey.quote_tags`` (by the quote's file and line), so the next run
codes the transcripts afresh and still honours it; the quote moves in the tagger at once.
"""
from __future__ import annotations

import html

import ipywidgets as widgets

from ..client import run_quotes
from ..model import Journey, quote_key
from ..transcripts import apply_quote_tags
from .base import Editor, wrapping_row

NOT_A_TOUCHPOINT = ""


class QuoteTagger(Editor):
    """One row per coded interview quote: its words, source, sentiment and a touchpoint picker."""

    def controls(self) -> None:
        self.show = widgets.Dropdown()
        self._building = False
        self.show.observe(lambda _: None if self._building else self.refresh(), "value")

    def build(self, journey: Journey) -> list[widgets.Widget]:
        choices = [(t.name, t.id) for t in journey.touchpoints]
        self._building = True
        try:
            keep = self.show.value
            self.show.options = [(self.t("all_touchpoints"), None), *choices]
            self.show.value = keep if keep in {c[1] for c in choices} else None
        finally:
            self._building = False
        self.show.description = self.t("show")
        quotes, seen = [], set()
        found = run_quotes(self.store.path.parent) if self.store.path else journey.observations
        for observation in apply_quote_tags(found, journey.quote_tags, journey.touchpoints):
            key = quote_key(observation)
            if observation.kind != "quote" or key in seen:
                continue
            seen.add(key)
            if self.show.value in (None, observation.touchpoint):
                quotes.append(observation)
        options = [*choices, (self.t("not_a_touchpoint"), NOT_A_TOUCHPOINT)]
        rows = [self._row(quote, options) for quote in quotes]
        set_aside = [self._set_aside_row(key) for key, target in journey.quote_tags.items()
                     if target == NOT_A_TOUCHPOINT]
        return [self.show, *(rows or [widgets.Label(self.t("no_quotes"))]), *set_aside]

    def _set_aside_row(self, key: str) -> widgets.Widget:
        """A quote the team set aside: it is no evidence now; Restore brings it back on the next run."""
        restore = widgets.Button(description=self.t("restore"), icon="undo")
        restore.on_click(lambda _: self.apply(lambda journey: self.untag(journey, key), "restored"))
        return wrapping_row([restore, widgets.Label(f"{self.t('set_aside')}: {key}")])

    @staticmethod
    def untag(journey: Journey, key: str) -> None:
        journey.quote_tags = {k: v for k, v in journey.quote_tags.items() if k != key}

    def _row(self, quote, options) -> widgets.Widget:
        picker = widgets.Dropdown(options=options, value=quote.touchpoint, layout=widgets.Layout(width="16em"))
        self.bind(picker, lambda journey, value, key=quote_key(quote): self.tag(journey, key, value))
        words = widgets.HTML(f"<q>{html.escape(quote.text)}</q> <small>{html.escape(quote.source.label())} · "
                             f"{quote.valence:+.2f}</small>", layout=widgets.Layout(width="60%"))
        return wrapping_row([picker, words])

    def tag(self, journey: Journey, key: str, touchpoint_id: str) -> None:
        """Record the tag (the tagger shows the quote moved); the next run applies it to the evidence."""
        journey.quote_tags = {**journey.quote_tags, key: touchpoint_id}
