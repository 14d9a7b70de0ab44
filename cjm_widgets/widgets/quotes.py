"""QuoteTagger: the facilitator reviews interview quotes with the team, the coder's least sure first.

Each row shows a quote with its source, sentiment and the coder's confidence; the team moves it to
the touchpoint it is really about (or sets it aside), gives it its own sign (− 0 +) or confirms it
as coded. The choice is kept in ``Journey.quote_tags`` and ``Journey.quote_signs`` (by the quote's
file and line), so the next run codes the transcripts afresh and still honours it, and the map
marks a reviewed quote as a workshop judgement. The rules are in ``operations``.
"""
from __future__ import annotations

import html

import ipywidgets as widgets

from ..client import run_quotes
from ..labels import number, percent
from ..model import Journey, Observation, quote_key
from ..operations import NOT_A_TOUCHPOINT, QUOTE_SIGNS, confirm_quote, set_quote_sign, tag_quote, untag_quote
from ..transcripts import apply_quote_tags, review_order
from .base import Editor, wrapping_row

SIGN_FACES = dict(zip(QUOTE_SIGNS, ("\u2212", "0", "+")))  # the team's sign as its button shows it
SIGN_NAMES = dict(zip(QUOTE_SIGNS, ("negative", "neutral", "positive")))


class QuoteTagger(Editor):
    """One row per coded interview quote, least sure first: its words, source, sentiment and the
    coder's confidence, a touchpoint picker, the team's sign, Confirm, and a mark once reviewed."""

    def controls(self) -> None:
        self.show = self.redrawing_dropdown()
        self.to_review = widgets.Checkbox(value=False, indent=False)
        self.to_review.observe(lambda _: self.refresh(), "value")

    def build(self, journey: Journey) -> list[widgets.Widget]:
        choices = [(t.name, t.id) for t in journey.touchpoints]
        self.refill(self.show, [(self.t("all_touchpoints"), None), *choices], None)
        self.show.description = self.t("show")
        self.to_review.description = self.t("only_to_review")
        quotes, seen, reviewed = [], set(), journey.quote_signs
        found = run_quotes(self.store.path.parent) if self.store.path else journey.observations
        for observation in apply_quote_tags(found, journey.quote_tags, journey.touchpoints, reviewed):
            key = quote_key(observation)
            if observation.kind != "quote" or key in seen:
                continue
            seen.add(key)
            if self.show.value in (None, observation.touchpoint) and not (self.to_review.value and key in reviewed):
                quotes.append(observation)
        options = [*choices, (self.t("not_a_touchpoint"), NOT_A_TOUCHPOINT)]
        rows = [self._row(quote, options, reviewed.get(quote_key(quote))) for quote in review_order(quotes)]
        empty = "all_reviewed" if self.to_review.value and seen else "no_quotes"
        set_aside = [self._set_aside_row(key) for key, target in journey.quote_tags.items()
                     if target == NOT_A_TOUCHPOINT]
        return [wrapping_row([self.show, self.to_review]), *(rows or [widgets.Label(self.t(empty))]), *set_aside]

    def _set_aside_row(self, key: str) -> widgets.Widget:
        """A quote the team set aside: it is no evidence now; Restore brings it back on the next run."""
        restore = widgets.Button(description=self.t("restore"), icon="undo")
        restore.on_click(lambda _: self.apply(lambda journey: untag_quote(journey, key), "restored"))
        return wrapping_row([restore, widgets.Label(f"{self.t('set_aside')}: {key}")])

    def _row(self, quote: Observation, options, team_sign) -> widgets.Widget:
        """Picker, the team's sign, Confirm (or the reviewed mark and Forget), the quote's words.
        The sign and Confirm take the touchpoint the picker shows now (it saves without a redraw)."""
        key = quote_key(quote)
        picker = widgets.Dropdown(options=options, value=quote.touchpoint, layout=widgets.Layout(width="16em"))
        self.bind(picker, lambda journey, value: tag_quote(journey, key, value))
        sign = widgets.ToggleButtons(options=[(SIGN_FACES[s], s) for s in QUOTE_SIGNS], value=team_sign,
                                     tooltips=[self.t(SIGN_NAMES[s]) for s in QUOTE_SIGNS],
                                     description=self.t("team_sign"),
                                     style={"button_width": "2.6em", "description_width": "initial"})
        sign.observe(lambda event: event["new"] is None or self.apply(
            lambda journey: set_quote_sign(journey, key, event["new"], picker.value), "sign_saved"), "value")
        confirm = widgets.Button(description=self.t("confirm"), icon="check", tooltip=self.t("confirm_hint"),
                                 disabled=team_sign is not None)
        confirm.on_click(lambda _: self.apply(
            lambda journey: confirm_quote(journey, key, picker.value, quote.valence), "confirmed"))
        review = [confirm]
        if team_sign is not None:
            forget = widgets.Button(description=self.t("forget_review"), icon="undo")
            forget.on_click(lambda _: self.apply(lambda journey: untag_quote(journey, key), "review_forgotten"))
            review = [widgets.HTML(f"<b>{html.escape(self.t('reviewed'))}</b>"), forget, confirm]
        source = html.escape(quote.source.label(self.language))
        valence = number(quote.valence, self.language, signed=True)
        sure = html.escape(self.t("coder_confidence", value=percent(quote.confidence, self.language) or "?"))
        words = widgets.HTML(f"<q>{html.escape(quote.text)}</q> <small>{source} · {valence} · {sure}</small>",
                             layout=widgets.Layout(width="60%"))
        return wrapping_row([picker, sign, *review, words])
