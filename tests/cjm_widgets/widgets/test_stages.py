"""StageEditor driven as a facilitator would: type, click, then read journey.json from disk."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from cjm_widgets.model import Journey, Opportunity, Touchpoint
from cjm_widgets.stages import stages_for
from cjm_widgets.widgets.stages import StageEditor

KIT = """client: Sklep
language: pl
stage_model: aidp
touchpoints:
  - {id: ads, name: Reklamy, stage: awareness, channel: ads}
  - {id: cart, name: Koszyk, stage: decision}
"""


def on_disk(client: Path) -> dict:
    return json.loads((client / "journey.json").read_text(encoding="utf-8"))


def stage_names(client: Path) -> list[str]:
    return [s["name"] for s in on_disk(client)["stages"]]


@pytest.fixture
def client(tmp_path) -> Path:
    (tmp_path / "kit.yaml").write_text(KIT, encoding="utf-8")
    return tmp_path


def test_type_a_name_press_add_and_find_the_stage_on_disk(client):
    editor = StageEditor(str(client))
    assert editor.add_button.description == "Dodaj"  # Polish client
    editor.new_name.value = "Dostawa"
    editor.add_button.click()
    saved = on_disk(client)
    assert saved["stages"][-1] == {**saved["stages"][-1], "id": "dostawa", "name": "Dostawa"}
    assert stage_names(client)[0] == "Świadomość"
    assert editor.new_name.value == ""
    assert [row.name.value for row in editor.rows][-1] == "Dostawa"


def test_empty_or_duplicate_names_show_a_message_and_change_nothing(client):
    editor = StageEditor(client)
    editor.new_name.value = "Dostawa"
    editor.add_button.click()
    before = (client / "journey.json").read_bytes()
    for bad in ("   ", "dostawa"):
        editor.new_name.value = bad
        editor.add_button.click()
        assert (client / "journey.json").read_bytes() == before
    assert "już istnieje" in editor.message.value
    editor.rows[0].name.value = "Decyzja"  # rename onto another stage's name
    assert (client / "journey.json").read_bytes() == before
    assert editor.rows[0].name.value == "Świadomość"  # the field shows the disk again


def test_rename_and_reorder(client):
    editor = StageEditor(Journey(stages=stages_for("aidp")), client / "journey.json")
    editor.rows[0].name.value = "Discovery"
    assert stage_names(client)[0] == "Discovery"
    editor.rows[0].down.click()
    assert stage_names(client)[:2] == ["Interest", "Discovery"]
    editor.rows[1].up.click()
    assert stage_names(client)[:2] == ["Discovery", "Interest"]


def test_remove_refuses_while_touchpoints_use_the_stage_unless_moved(client):
    editor = StageEditor(client)
    row = next(r for r in editor.rows if r.id == "decision")
    row.remove.click()
    assert not (client / "journey.json").exists()  # refused before anything was saved
    assert "„Decyzja” ma jeszcze punkty styku (1)" in editor.message.value
    editor.move_to.value = "consideration"
    next(r for r in editor.rows if r.id == "decision").remove.click()
    saved = on_disk(client)
    assert "decision" not in [s["id"] for s in saved["stages"]]
    assert {t["id"]: t["stage"] for t in saved["touchpoints"]}["cart"] == "consideration"


def test_switch_model_keeps_touchpoints_by_position_or_choice(client):
    editor = StageEditor(client)
    editor.model.value = "ecommerce"
    assert set(editor.plan) == {"awareness", "decision"}
    assert editor.plan["awareness"].value == "first_contact"
    editor.plan["decision"].value = "purchase_decision"
    editor.switch_button.click()
    saved = on_disk(client)
    assert saved["stage_model"] == "ecommerce"
    assert stage_names(client)[0] == "Pierwszy kontakt"
    assert {t["id"]: t["stage"] for t in saved["touchpoints"]} == {"ads": "first_contact",
                                                                   "cart": "purchase_decision"}


def test_undo_restores_the_previous_stages(client):
    editor = StageEditor(client)
    editor.new_name.value = "Dostawa"
    editor.add_button.click()
    editor.new_name.value = "Zwroty"
    editor.add_button.click()
    editor.undo_button.click()
    assert stage_names(client)[-1] == "Dostawa"
    assert [row.name.value for row in editor.rows][-1] == "Dostawa"


def test_editing_a_journey_in_memory_changes_that_journey():
    journey = Journey(stages=stages_for("5a"),
                      touchpoints=[Touchpoint("app", "App", "act")], opportunities=[Opportunity("o", "O", stage="act")])
    editor = StageEditor(journey)
    editor.move_to.value = "ask"
    next(r for r in editor.rows if r.id == "act").remove.click()
    assert journey.touchpoints[0].stage == "ask" and journey.opportunities[0].stage == "ask"
    editor.undo_button.click()
    assert [s.id for s in journey.stages][3] == "act"
