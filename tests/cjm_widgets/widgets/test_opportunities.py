"""OpportunityBoard: add, edit and remove opportunities; values out of range refused."""
from __future__ import annotations

from cjm_widgets.widgets import OpportunityBoard

from .conftest import by_id, on_disk


def test_opportunity_board_adds_and_edits(client):
    board = OpportunityBoard(client)
    board.new_title.value = "Parcel lockers"
    board.add_button.click()
    row = board.rows[-1]
    row.touchpoint.value = "cart"
    row.impact.value = 5
    row.effort.value = 2
    row.owner.value = "Logistics"
    row.kpi.value = "Delivery CSAT"
    saved = by_id(on_disk(client)["opportunities"])["parcel_lockers"]
    assert saved == {"id": "parcel_lockers", "title": "Parcel lockers", "touchpoint": "cart", "stage": None,
                     "impact": 5, "effort": 2, "owner": "Logistics", "kpi": "Delivery CSAT",
                     "cost": None, "effect": None, "value_per_effect": None, "implemented": ""}
    board.rows[-1].effort.value = 0
    assert "Effort must be between 1 and 5" in board.message.value
    assert by_id(on_disk(client)["opportunities"])["parcel_lockers"]["effort"] == 2
    board.new_title.value = "one-click checkout"
    board.add_button.click()
    assert len(on_disk(client)["opportunities"]) == 2
    board.rows[0].remove.click()
    assert [o["id"] for o in on_disk(client)["opportunities"]] == ["parcel_lockers"]
