"""Answer vocabularies and numbers, and the one NPS rule every NPS in the kit is computed by."""
from __future__ import annotations

import math

import pytest

from cjm_widgets import kpis
from cjm_widgets.survey.scales import match_label_scale, nps, nps_of_counts, nps_of_valences, parse_number
from cjm_widgets.survey.valences import column_valences

ANSWERS = [0, 3, 6, 7, 8, 9, 10, 10, 5, 9, 9, None]  # 5 promoters, 2 passives, 4 detractors, 1 blank


def test_nps_is_promoters_minus_detractors_over_everyone_who_answered():
    assert nps_of_counts(5, 2, 4) == {"value": pytest.approx(100 / 11), "n": 11, "promoters": 5, "passives": 2,
                                      "detractors": 4}
    assert nps_of_counts(0, 0, 0)["value"] is None


def test_a_questions_summary_the_kpi_lane_and_the_respondents_valences_give_the_same_nps():
    valences, _ = column_valences(ANSWERS, "nps", 0, 10)
    assert nps(ANSWERS) == 9.1  # rounded as the survey summary shows it
    assert kpis.nps_of_valences(valences)["value"] == nps_of_valences(valences)["value"] == pytest.approx(100 / 11)
    assert kpis.nps_of_valences(valences)["ci_low"] < 100 / 11 < kpis.nps_of_valences(valences)["ci_high"]


def test_nps_without_answers_is_none():
    assert nps([None, math.nan]) is None and kpis.nps_of_valences([])["ci_low"] is None


def test_numbers_as_respondents_write_them():
    assert parse_number("149,99 zł") == pytest.approx(149.99)
    assert parse_number("1 200") == 1200 and parse_number("50%") == 50
    assert parse_number("often") is None


def test_a_column_of_labels_is_read_as_its_scale():
    measure, points, _ = match_label_scale(["Very satisfied", "satisfied", "Dissatisfied"])
    assert (measure, points) == ("csat", 5)
