"""QuoteTagger: the facilitator moves an interview quote to the touchpoint it is really about.

The choice is kept in ``Journey.quote_tags`` (by the quote's file and line), so the next run
codes the transcripts afresh and still honours it; the quote moves in the tagger at once.
"""
from __future__ import annotations

import html

import ipywidgets as widgets

from ..client import run_quotes
from ..labels import number
from ..model import Journey, quote_key
from ..operations import NOT_A_TOUCHPOINT, tag_quote, untag_quote
from ..transcripts import apply_quote_tags
from .base import Editor, wrapping_row


class QuoteTagger(Editor):
    """One row per coded interview quote: its words, source, sentiment and a touchpoint picker."""

    def controls(self) -> None:
        self.show = self.redrawing_dropdown()

    def build(self, journey: Journey) -> list[widgets.Widget]:
        choices = [(t.name, t.id) for t in journey.touchpoints]
        self.refill(self.show, [(self.t("all_touchpoints"), None), *choices], None)
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
        restore.on_click(lambda _: self.apply(lambda journey: untag_quote(journey, key), "restored"))
        return wrapping_row([restore, widgets.Label(f"{self.t('set_aside')}: {key}")])

    def _row(self, quote, options) -> widgets.Widget:
        picker = widgets.Dropdown(options=options, value=quote.touchpoint, layout=widgets.Layout(width="16em"))
        self.bind(picker, lambda journey, value, key=quote_key(quote): tag_quote(journey, key, value))
        source = html.escape(quote.source.label(self.language))
        valence = number(quote.valence, self.language, signed=True)
        words = widgets.HTML(f"<q>{html.escape(quote.text)}</q> <small>{source} · {valence}</small>",
                             layout=widgets.Layout(width="60%"))
        return wrapping_row([picker, words])
