"""OpportunityBoard: the team's list of opportunities with touchpoint, impact, effort, owner and KPI,
the team's estimates of cost and expected effect, the ROI they give, and when a change went live.

Rows come in the order of ``future.rank_opportunities`` (gap × importance × reach ÷ effort), and
the ROI is always shown as an estimate with its assumptions beside it.
"""
from __future__ import annotations

import html
from types import SimpleNamespace

import ipywidgets as widgets

from ..future import rank_opportunities
from ..labels import number, said
from ..model import Journey, Opportunity
from ..operations import ESTIMATE_LABELS, add_opportunity, edit_opportunity, remove_opportunity
from ..render.view import roi_view
from .base import Editor, text_field, wrapping_row

COLUMNS = ("priority", "title", "touchpoint", "impact", "effort", "owner", "kpi", "cost", "expected_effect",
           "value_per_effect", "implemented", "roi", "remove")
FIELDS = ("title", "touchpoint", "impact", "effort", "owner", "kpi", "implemented")  # columns named as the field
ESTIMATE_FIELDS = {key: field for field, key in ESTIMATE_LABELS.items()}  # column (its label) -> field


class OpportunityBoard(Editor):
    """One row per opportunity, highest priority first; impact and effort on 1..5; each cell saved
    when it changes."""

    def controls(self) -> None:
        self.new_title, self.add_button = self.adder(add_opportunity)
        self.rows: list[SimpleNamespace] = []

    def build(self, journey: Journey) -> list[widgets.Widget]:
        self.new_title.placeholder = self.t("new_opportunity")
        self.add_button.description = self.t("add")
        touchpoints = [(self.t("dash"), "")] + [(t.name, t.id) for t in journey.touchpoints]
        by_id = {o.id: o for o in journey.opportunities}
        self.rows = [self._row(by_id[r["opportunity"]], touchpoints, r) for r in rank_opportunities(journey)]
        header = [widgets.HTML(f"<b>{html.escape(self.t(c))}</b>" if c != "remove" else "") for c in COLUMNS]
        cells = [*header, *(getattr(row, c) for row in self.rows for c in COLUMNS)]
        grid = widgets.GridBox(cells, layout=widgets.Layout(
            grid_template_columns="3.5em minmax(6em, 2fr) minmax(5em, 1.5fr) minmax(3.5em, 0.7fr) minmax(3.5em, 0.7fr) "
                                  "minmax(5em, 1fr) minmax(5em, 1.5fr) repeat(3, minmax(4.5em, 1fr)) minmax(8em, 1fr) "
                                  "minmax(10em, 2fr) 3em", width="100%", overflow="auto"))
        hint = widgets.HTML(f"<small>{html.escape(self.t('priority_hint'))}</small>")
        return [grid, hint, wrapping_row([self.new_title, self.add_button])]

    def _row(self, opportunity: Opportunity, touchpoints, ranked: dict) -> SimpleNamespace:
        oid = opportunity.id
        known = [value for _, value in touchpoints]
        row = SimpleNamespace(
            id=oid,
            title=text_field(opportunity.title),
            touchpoint=widgets.Dropdown(options=touchpoints,
                                        value=opportunity.touchpoint if opportunity.touchpoint in known else ""),
            impact=widgets.IntText(value=opportunity.impact),
            effort=widgets.IntText(value=opportunity.effort),
            owner=text_field(opportunity.owner),
            kpi=text_field(opportunity.kpi),
            priority=widgets.HTML(html.escape(self.t("not_ranked") if ranked["priority"] is None
                                              else number(ranked["priority"], self.language)),
                                  tooltip=said(ranked["reason"], self.language) or ""),
            implemented=widgets.DatePicker(value=opportunity.implemented_on()),
            roi=widgets.HTML(roi_html(opportunity, self.language)),
            remove=widgets.Button(icon="trash", tooltip=self.t("remove")),
        )
        for key, field in ESTIMATE_FIELDS.items():  # the ROI cell and the ranking follow an estimate
            value = getattr(opportunity, field)
            setattr(row, key, text_field("" if value is None else f"{value:g}"))
            self.bind(getattr(row, key), lambda j, v, field=field: edit_opportunity(j, oid, field, v),
                      then=lambda: self.refresh())
        for column in (*FIELDS, *ESTIMATE_FIELDS, "remove"):
            getattr(row, column).layout.width = "auto"
        for field in FIELDS:
            self.bind(getattr(row, field), lambda j, v, field=field: edit_opportunity(j, oid, field, v))
        row.remove.on_click(lambda _: self.apply(lambda journey: remove_opportunity(journey, oid)))
        return row


def roi_html(opportunity: Opportunity, language: str) -> str:
    """The ROI cell: the value marked as an estimate with its assumptions, or why there is none."""
    view = roi_view(opportunity, language)
    if not view["value"]:
        return f"<small>{html.escape(view['reason'])}</small>"
    return (f"<b>{html.escape(view['value'])}</b> ({html.escape(view['estimate'])})<br>"
            f"<small>{html.escape(view['assumptions'])}</small>")
