"""TouchpointEditor driven like a facilitator: set cells, click, then read journey.json from disk."""
from __future__ import annotations

from cjm_widgets.widgets import TouchpointEditor

from .conftest import by_id, on_disk


def test_touchpoint_grid_adds_and_edits_rows(client):
    editor = TouchpointEditor(client)
    editor.new_name.value = "Parcel locker"
    editor.new_stage.value = "decision"
    editor.add_button.click()
    row = editor.rows[-1]
    row.channel.value = "courier"
    row.online.value = False
    row.owner.value = "Logistics"
    row.reach.value = 0.35
    row.importance.value = 4
    row.stage.value = "awareness"
    saved = by_id(on_disk(client)["touchpoints"])["parcel_locker"]
    assert saved == {**saved, "name": "Parcel locker", "stage": "awareness", "channel": "courier",
                     "online": False, "owner": "Logistics", "reach": 0.35, "importance": 4.0}


def test_touchpoint_values_out_of_range_show_a_message_and_change_nothing(client):
    editor = TouchpointEditor(client)
    before = (client / "journey.json").read_bytes()
    editor.rows[1].reach.value = 1.5
    assert "Reach must be between 0 and 1" in editor.message.value
    assert editor.rows[1].reach.value == 0.6  # back to what is on disk
    editor.rows[1].importance.value = 9
    assert "Importance must be between 1 and 5" in editor.message.value
    editor.rows[1].name.value = "ads"
    assert "already exists" in editor.message.value
    editor.new_name.value = ""
    editor.add_button.click()
    assert (client / "journey.json").read_bytes() == before


def test_removing_a_touchpoint_drops_its_pain_point_and_frees_opportunities(client):
    editor = TouchpointEditor(client)
    next(r for r in editor.rows if r.id == "cart").remove.click()
    saved = on_disk(client)
    assert [t["id"] for t in saved["touchpoints"]] == ["ads"]
    assert saved["pain_points"] == [] and saved["opportunities"][0]["touchpoint"] is None
