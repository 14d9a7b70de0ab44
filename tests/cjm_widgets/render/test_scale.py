"""The -2..+2 display scale: which score counts as negative, and how values and intervals are written."""
from __future__ import annotations

from cjm_widgets.render.scale import FACE_COLORS, FACES, TONE_COLORS, fmt_interval, fmt_percent, fmt_value, tone


def test_tones_turn_at_half_a_point_and_no_evidence_is_its_own_tone():
    assert [tone(v) for v in (-2, -0.5, -0.49, 0, 0.49, 0.5, 2)] == \
        ["negative", "negative", "neutral", "neutral", "neutral", "positive", "positive"]
    assert tone(None) == "none" and set(TONE_COLORS) == {"positive", "neutral", "negative", "none", "insufficient"}


def test_a_value_on_too_few_observations_is_neither_red_nor_green():
    assert [tone(v, "insufficient") for v in (-1.27, 0, 1.5)] == ["insufficient"] * 3
    assert tone(-1.27, "indicative") == "negative" and tone(None, "insufficient") == "none"


def test_values_and_intervals_are_signed_in_the_clients_number_format():
    assert fmt_value(1.25) == "+1.25" and fmt_value(-0.5, "pl") == "\u22120,50"
    assert fmt_interval(-0.4, 0.8) == "[-0.40; +0.80]" and fmt_interval(None, 0.8) == ""
    assert fmt_percent(0.25, "pl") == "25%" and fmt_percent(None) == ""


def test_five_faces_from_worst_to_best():
    assert [value for value, _ in FACES] == [-2, -1, 0, 1, 2] and len(FACE_COLORS) == len(FACES)
