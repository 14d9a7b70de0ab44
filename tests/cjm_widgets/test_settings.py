"""The kit.yaml `scoring:` mapping: defaults, overrides, and errors that name the key."""
from __future__ import annotations

import pytest
import yaml

from cjm_widgets.errors import ConfigError
from cjm_widgets.settings import ScoringSettings, settings_from_config


def test_defaults_are_the_documented_ones():
    s = settings_from_config(None)
    assert s.weights == {"rating": 1.0, "judgement": 1.0, "quote": 0.7, "text": 0.4}
    assert (s.min_n, s.reliable_n) == (5, 30)
    assert (s.pain_ci_high_below, s.pain_share_negative, s.pain_drop) == (0.0, 0.4, 0.75)
    assert (s.importance_source, s.derived_min_n) == ("auto", 30)
    assert [s.confidence(n) for n in (0, 4, 5, 29, 30)] == [
        "insufficient", "insufficient", "indicative", "indicative", "reliable"]


def test_kit_yaml_block_overrides_some_keys():
    block = yaml.safe_load("""
weights: {quote: 0.5}
min_n: 3
reliable_n: 50
pain_share_negative: 0.5
importance_source: stated
""")
    s = settings_from_config(block)
    assert s.weights == {"rating": 1.0, "judgement": 1.0, "quote": 0.5, "text": 0.4}
    assert (s.min_n, s.reliable_n, s.pain_share_negative, s.importance_source) == (3, 50, 0.5, "stated")
    assert s.pain_drop == ScoringSettings().pain_drop


def test_the_template_block_is_accepted():
    from pathlib import Path

    template = Path(__file__).resolve().parents[2] / "cjm_widgets" / "kit_template.yaml"
    text = template.read_text(encoding="utf-8").replace("{client}", "x")
    assert settings_from_config(yaml.safe_load(text).get("scoring")) == ScoringSettings()


@pytest.mark.parametrize("block, words", [
    ({"min_m": 5}, ["kit.yaml", "scoring.min_m", "min_n"]),
    ({"weights": {"survey": 1}}, ["scoring.weights.survey", "rating"]),
    ({"min_n": "five"}, ["scoring.min_n", "'five'"]),
    ({"min_n": 2.5}, ["scoring.min_n", "whole number"]),
    ({"weights": {"text": -1}}, ["scoring.weights.text", "negative"]),
    ({"importance_source": "guess"}, ["importance_source", "stated, derived, auto"]),
    ({"min_n": 10, "reliable_n": 8}, ["scoring.reliable_n", "min_n (10)"]),
    ({"pain_share_negative": 40}, ["pain_share_negative", "between 0 and 1"]),
    ("min_n: 5", ["mapping"]),
])
def test_bad_settings_name_kit_yaml_and_the_key(block, words):
    with pytest.raises(ConfigError) as err:
        settings_from_config(block, origin="acme/kit.yaml")
    message = str(err.value)
    assert message.startswith("acme/kit.yaml")
    for word in words:
        assert word in message
