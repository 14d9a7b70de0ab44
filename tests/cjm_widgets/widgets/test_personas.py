"""PersonaEditor: edits saved and marked edited, bad input refused, two personas merged."""
from __future__ import annotations

import pytest

from cjm_widgets.widgets import PersonaEditor

from .conftest import by_id, on_disk


def test_persona_edits_are_saved_and_marked_edited(client):
    editor = PersonaEditor(client)
    editor.picker.value = "p2"
    editor.fields.name.value = "Time-poor parent"
    editor.fields.goals.value = "fast delivery\n\n  track parcel  "
    editor.fields.color.value = "#1f77b4"
    editor.fields.picture.value = "pictures/parent.png"
    persona = by_id(on_disk(client)["personas"])["p2"]
    assert persona["name"] == "Time-poor parent"
    assert persona["goals"] == ["fast delivery", "track parcel"]
    assert persona["color"] == "#1f77b4" and persona["picture"] == "pictures/parent.png"
    assert persona["edited"] == ["color", "goals", "name", "picture"]
    assert "#1f77b4" in editor.avatar.value and ">TP<" in editor.avatar.value  # placeholder picture follows


def test_persona_bad_input_shows_a_message(client):
    editor = PersonaEditor(client)
    before = (client / "journey.json").read_bytes()
    editor.fields.name.value = "busy parent"
    assert "already exists" in editor.message.value
    editor.fields.color.value = "red"  # the map takes hex colours only
    assert "#1f77b4" in editor.message.value
    editor.merge_keep.value = editor.merge_absorb.value = "p1"
    editor.merge_button.click()
    assert "two different" in editor.message.value
    assert (client / "journey.json").read_bytes() == before


def test_merging_two_personas_keeps_their_people_and_evidence(client):
    editor = PersonaEditor(client)
    editor.merge_absorb.value = "p2"
    editor.merge_keep.value = "p1"
    editor.merge_button.click()
    saved = on_disk(client)
    assert [p["id"] for p in saved["personas"]] == ["p1"]
    merged = saved["personas"][0]
    assert merged["size"] == 100 and merged["share"] == pytest.approx(1.0)
    assert merged["goals"] == ["cheap", "fast"] and merged["quote"] == "No time <script>"
    assert saved["observations"] == [] and saved["scores"] == []  # results are the next run's to redo
    assert editor.picker.options == (("Bargain hunter", "p1"),)
