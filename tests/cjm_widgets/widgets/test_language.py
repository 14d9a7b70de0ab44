"""The editors speak the journey's language with the map's words, counts and number format."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import save_client
from cjm_widgets.model import Journey, PainPoint, Persona, Score, Stage, Touchpoint
from cjm_widgets.personas.look import persona_colors
from cjm_widgets.widgets import DotVote, EmotionTuner, PersonaEditor, StageEditor


@pytest.fixture(params=["pl", "ru"])
def client(tmp_path, request) -> Path:
    save_client(Journey(client="Sklep", language=request.param,
            stages=[Stage("awareness", "Świadomość")],
            touchpoints=[Touchpoint("cart", "Koszyk", "awareness")],
            personas=[Persona("p1", "Łowcy okazji", share=1.0, size=60)],
            scores=[Score("cart", "touchpoint", -0.74, n=204, confidence="reliable")],
            pain_points=[PainPoint("cart", rule="…")]), tmp_path)
    return tmp_path


def _texts(widget) -> list[str]:
    found = [getattr(widget, name) for name in ("value", "description") if isinstance(getattr(widget, name, None), str)]
    for child in getattr(widget, "children", ()):
        found += _texts(child)
    return found


def test_dot_vote_names_a_pain_point_as_the_map_does_and_counts_votes(client):
    texts = " ".join(_texts(DotVote(client)))
    language = Journey.load(client / "journey.json").language
    if language == "pl":
        assert "Punkt bólu" in texts and "0 głosów" in texts and "Problem" not in texts
    else:
        assert "Болевая точка" in texts and "0 голосов" in texts and "Проблема" not in texts


def test_emotion_tuner_shows_the_data_score_in_the_languages_format(client):
    texts = _texts(EmotionTuner(client))
    language = Journey.load(client / "journey.json").language
    expected = {"pl": "Dane: \u22120,74 (n=204, wiarygodne)", "ru": "Данные: \u22120,74 (n=204, надёжно)"}[language]
    assert expected in texts


def test_stage_editor_shows_long_descriptions_in_full(client):
    editor = StageEditor(client)
    assert editor.move_to.style.description_width == "initial"
    assert editor.model.style.description_width == "initial"


def test_persona_editor_avatar_uses_the_shared_colour_and_initials(client):
    journey = Journey.load(client / "journey.json")
    editor = PersonaEditor(client)
    colour = persona_colors(journey.personas)["p1"]
    assert f"background:{colour}" in editor.avatar.value and ">ŁO<" in editor.avatar.value
