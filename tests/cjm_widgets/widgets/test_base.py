"""What every editor shares: editors on one journey redraw after any of them saves; labels in its language."""
from __future__ import annotations

from cjm_widgets.model import Journey, Stage
from cjm_widgets.widgets import StageEditor, TouchpointEditor

from .conftest import on_disk


def test_a_stage_added_in_one_editor_appears_in_the_other(client):
    stages, touchpoints = StageEditor(client), TouchpointEditor(client)
    stages.new_name.value = "Delivery"
    stages.add_button.click()
    assert ("Delivery", "delivery") in touchpoints.rows[0].stage.options


def test_labels_follow_the_journey_language(tmp_path):
    Journey(language="ru", stages=[Stage("a", "Знакомство")]).save(tmp_path / "journey.json")
    editor = StageEditor(tmp_path)
    assert editor.add_button.description == "Добавить" and editor.undo_button.description == "Отменить"
    editor.new_name.value = "Оплата"
    editor.add_button.click()
    assert on_disk(tmp_path)["stages"][-1] == {**on_disk(tmp_path)["stages"][-1], "id": "oplata"}
    editor.new_name.value = " "
    editor.add_button.click()
    assert "Введите название." in editor.message.value
