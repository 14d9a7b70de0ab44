"""OpportunityBoard: the team's list of opportunities with touchpoint, impact, effort, owner and KPI."""
from __future__ import annotations

from types import SimpleNamespace

import ipywidgets as widgets

from ..model import Journey, Opportunity
from .base import Editor, new_id, text_field, wrapping_row

COLUMNS = ("title", "touchpoint", "impact", "effort", "owner", "kpi", "remove")


class OpportunityBoard(Editor):
    """One row per opportunity; impact and effort on 1..5; each cell saved when it changes."""

    def controls(self) -> None:
        self.new_title = widgets.Text()
        self.add_button = widgets.Button(icon="plus")
        self.add_button.on_click(lambda _: self.add())
        self.rows: list[SimpleNamespace] = []

    def build(self, journey: Journey) -> list[widgets.Widget]:
        self.new_title.placeholder = self.t("new_opportunity")
        self.add_button.description = self.t("add")
        touchpoints = [(self.t("dash"), "")] + [(t.name, t.id) for t in journey.touchpoints]
        self.rows = [self._row(o, touchpoints) for o in journey.opportunities]
        header = [widgets.HTML(f"<b>{self.t(c)}</b>" if c != "remove" else "") for c in COLUMNS]
        cells = [*header, *(getattr(row, c) for row in self.rows for c in COLUMNS)]
        grid = widgets.GridBox(cells, layout=widgets.Layout(grid_template_columns="minmax(6em, 2fr) minmax(5em, 1.5fr) minmax(3.5em, 0.7fr) minmax(3.5em, 0.7fr) "
                                                                               "minmax(5em, 1fr) minmax(5em, 1.5fr) 3em", width="100%", overflow="auto"))
        return [grid, wrapping_row([self.new_title, self.add_button])]

    def _row(self, opportunity: Opportunity, touchpoints) -> SimpleNamespace:
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
            remove=widgets.Button(icon="trash", tooltip=self.t("remove")),
        )
        for widget in (row.title, row.touchpoint, row.impact, row.effort, row.owner, row.kpi, row.remove):
            widget.layout.width = "auto"
        self.bind(row.title, lambda j, v: setattr(_find(j, oid), "title", self.check_name(
            v, [o.title for o in j.opportunities if o.id != oid])))
        self.bind(row.touchpoint, lambda j, v: setattr(_find(j, oid), "touchpoint", j.touchpoint(v).id if v else None))
        self.bind(row.impact, lambda j, v: setattr(_find(j, oid), "impact", int(self.check_number(v, 1, 5, "impact"))))
        self.bind(row.effort, lambda j, v: setattr(_find(j, oid), "effort", int(self.check_number(v, 1, 5, "effort"))))
        self.bind(row.owner, lambda j, v: setattr(_find(j, oid), "owner", v.strip()))
        self.bind(row.kpi, lambda j, v: setattr(_find(j, oid), "kpi", v.strip()))
        row.remove.on_click(lambda _: self.remove(oid))
        return row

    def add(self) -> None:
        def change(journey: Journey) -> None:
            title = self.check_name(self.new_title.value, [o.title for o in journey.opportunities])
            opportunity = Opportunity(new_id(title, [o.id for o in journey.opportunities]), title)
            journey.opportunities = [*journey.opportunities, opportunity]

        if self.apply(change):
            self.new_title.value = ""

    def remove(self, opportunity_id: str) -> None:
        def change(journey: Journey) -> None:
            _find(journey, opportunity_id)
            journey.opportunities = [o for o in journey.opportunities if o.id != opportunity_id]

        self.apply(change)


def _find(journey: Journey, opportunity_id: str) -> Opportunity:
    for opportunity in journey.opportunities:
        if opportunity.id == opportunity_id:
            return opportunity
    raise KeyError(opportunity_id)
