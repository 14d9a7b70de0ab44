"""The touchpoint, persona, emotion, opportunity, vote and preview widgets, driven like a facilitator:
set values, click buttons, then read journey.json from disk."""
from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from conftest import save_client
from cjm_widgets.evidence import frame_from_observations, write_evidence
from cjm_widgets.edits import undo
from cjm_widgets.model import (Journey, Observation, Opportunity, PainPoint, Persona, Score, Source, Stage,
                               Touchpoint)
from cjm_widgets.widgets import (DotVote, EmotionTuner, MapPreview, OpportunityBoard, PersonaEditor,
                                 StageEditor, TouchpointEditor)


def on_disk(client: Path) -> dict:
    return json.loads((client / "journey.json").read_text(encoding="utf-8"))


def by_id(items: list[dict], key: str = "id") -> dict:
    return {item[key]: item for item in items}


@pytest.fixture
def client(tmp_path) -> Path:
    journey = Journey(
        client="Acme", language="en",
        stages=[Stage("awareness", "Awareness"), Stage("decision", "Decision")],
        touchpoints=[Touchpoint("ads", "Ads", "awareness", channel="ads"),
                     Touchpoint("cart", "Cart", "decision", reach=0.6, importance=5)],
        personas=[Persona("p1", "Bargain hunter", share=0.6, size=60, goals=["cheap"]),
                  Persona("p2", "Busy parent", share=0.4, size=40, goals=["fast", "cheap"],
                          quote="No time <script>")],
        observations=[Observation("cart", -0.5, "rating", Source("survey.csv", row=2), persona="p2")],
        scores=[Score("cart", "touchpoint", -1.25, n=12, confidence="indicative"),
                Score("cart", "touchpoint", -1.5, n=5, persona="p2")],
        pain_points=[PainPoint("cart", rule="score below -1")],
        opportunities=[Opportunity("one_click", "One-click checkout", touchpoint="cart")])
    save_client(journey, tmp_path)
    return tmp_path


# ---- touchpoints ---------------------------------------------------------------------------

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


def test_a_stage_added_in_one_editor_appears_in_the_other(client):
    stages, touchpoints = StageEditor(client), TouchpointEditor(client)
    stages.new_name.value = "Delivery"
    stages.add_button.click()
    assert ("Delivery", "delivery") in touchpoints.rows[0].stage.options


# ---- personas ------------------------------------------------------------------------------

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


# ---- emotion ---------------------------------------------------------------------------------

def test_emotion_override_needs_a_reason_then_sits_beside_the_data(client):
    tuner = EmotionTuner(client)
    row = next(r for r in tuner.rows if r.id == "cart")
    assert row.data.value == "Data: -1.25 (n=12, indicative)"
    assert next(r for r in tuner.rows if r.id == "ads").data.value == "Data: no evidence"
    row.slider.value = 0.5
    row.save.click()
    assert "Write a reason" in tuner.message.value and on_disk(client)["overrides"] == []
    tuner.author.value = "Ola"
    row = next(r for r in tuner.rows if r.id == "cart")
    row.slider.value = 0.5
    row.reason.value = "Checkout was fixed in March"
    row.save.click()
    saved = on_disk(client)
    assert saved["overrides"] == [{"target": "cart", "value": 0.5, "reason": "Checkout was fixed in March",
                                   "author": "Ola", "persona": None}]
    assert saved["scores"] == []  # journey.json holds the judgement; the data score stays in the results
    assert Journey.load(client / "out" / "journey.json").score_of("cart").value == -1.25
    row = next(r for r in tuner.rows if r.id == "cart")
    row.slider.value = 1.0
    row.save.click()  # a second save replaces the team's judgement, it does not pile up
    assert [o["value"] for o in on_disk(client)["overrides"]] == [1.0]
    next(r for r in tuner.rows if r.id == "cart").clear.click()
    assert on_disk(client)["overrides"] == []


def test_emotion_override_for_one_persona(client):
    tuner = EmotionTuner(client)
    tuner.persona.value = "p2"
    row = next(r for r in tuner.rows if r.id == "cart")
    assert row.data.value.startswith("Data: -1.50")
    row.reason.value = "Parents told us"
    row.save.click()
    assert on_disk(client)["overrides"][0]["persona"] == "p2"


# ---- opportunities ---------------------------------------------------------------------------

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


# ---- votes and preview ---------------------------------------------------------------------

def test_dot_vote_counts_dots_and_stops_at_the_limit(client):
    vote = DotVote(client, max_dots=2)
    assert [row.id for row in vote.rows] == ["pain:cart", "opportunity:one_click"]
    vote.rows[0].vote.click()
    assert "Enter your name" in vote.message.value and on_disk(client)["votes"] == {}
    vote.voter.value = "Ola"
    vote.rows[0].vote.click()
    vote.rows[1].vote.click()
    assert "Dots left: 0" in vote.dots_left.value
    vote.rows[1].vote.click()
    assert "No dots left (2 per person)" in vote.message.value
    assert on_disk(client)["votes"] == {"pain:cart": 1, "opportunity:one_click": 1}
    vote.rows[1].take_back.click()
    assert on_disk(client)["votes"]["opportunity:one_click"] == 0
    assert vote.rows[1].count.value == "0 votes" and "Dots left: 1" in vote.dots_left.value


def test_preview_redraws_after_each_save_and_escapes_text(client):
    preview = MapPreview(client)
    stages = StageEditor(client)
    stages.rows[0].name.value = "Discovery <b>"
    shown = html.unescape(preview.view.value)  # the map sits in an iframe's srcdoc
    assert "Discovery &lt;b&gt;" in shown and "Discovery <b>" not in shown
    undo(client)  # as another kernel would: shows after Refresh
    assert "Awareness" not in preview.view.value
    preview.refresh_button.click()
    assert "Awareness" in preview.view.value


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


def test_quote_tagger_moves_a_quote_and_the_rerun_keeps_it(client):
    from cjm_widgets.transcripts import apply_quote_tags
    from cjm_widgets.widgets import QuoteTagger

    said = Observation("ads", 0.6, "quote", Source("iv.vtt", line=12, column="Ola"), text="The cart <b>rocks</b>",
                       stage="awareness")
    write_evidence(frame_from_observations([said]), client / "out" / "evidence.parquet")  # the run's quotes
    tagger = QuoteTagger(client)
    picker = tagger.children[1].children[0]
    assert picker.value == "ads" and "&lt;b&gt;rocks" in tagger.children[1].children[1].value
    picker.value = "cart"
    saved = on_disk(client)
    assert saved["quote_tags"] == {"iv.vtt:12": "cart"} and saved["observations"] == []
    assert QuoteTagger(client).children[1].children[0].value == "cart"  # shown moved at once
    # a rerun codes the transcript afresh (back on "ads") and the tag puts it where the team said
    rerun = apply_quote_tags([said], Journey.load(client / "journey.json").quote_tags,
                             Journey.load(client / "journey.json").touchpoints)
    assert [(o.touchpoint, o.stage) for o in rerun] == [("cart", "decision")]
    QuoteTagger(client).children[1].children[0].value = ""
    assert on_disk(client)["quote_tags"] == {"iv.vtt:12": ""}
    tagger = QuoteTagger(client)
    restore, label = next(box.children for box in tagger.children  # the set-aside quote comes back
                          if hasattr(box, "children") and "iv.vtt:12" in getattr(box.children[-1], "value", ""))
    restore.click()
    assert on_disk(client)["quote_tags"] == {} and "next run" in tagger.message.value
