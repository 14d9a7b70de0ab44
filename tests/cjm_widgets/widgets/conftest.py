"""What the editor tests share: a client folder as a finished run leaves it (two stages, two touchpoints,
two personas, scores, a pain point, an opportunity) and journey.json as the editors saved it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import save_client
from cjm_widgets.model import Journey, Observation, Opportunity, PainPoint, Persona, Score, Source, Stage, Touchpoint


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
