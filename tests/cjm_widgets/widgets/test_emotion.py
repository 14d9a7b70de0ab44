"""EmotionTuner: the team's judgement saved beside the data score, with a reason, per persona."""
from __future__ import annotations

from cjm_widgets.model import Journey
from cjm_widgets.widgets import EmotionTuner

from .conftest import on_disk


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
