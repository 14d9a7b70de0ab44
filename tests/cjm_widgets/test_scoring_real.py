"""A real LimeSurvey export, scored end to end, equals a hand computation from the raw CSV."""
from __future__ import annotations

import csv
import math
import statistics

import pytest

from cjm_widgets.model import Journey, Stage, Touchpoint
from cjm_widgets.scoring import score_journey
from cjm_widgets.survey import read_survey, survey_observations

COLUMN = "Rate the overall quality of this unit test: [I rate the overall quality of this unit test as ...]"
LABELS = {"very poor": 1, "poor": 2, "fair": 3, "good": 4, "very good": 5}


def test_limesurvey_text_likert_scores_as_computed_by_hand(real_fixtures):
    path = real_fixtures / "limesurvey" / "limesurvey_results-survey_fullheadings.csv"
    with open(path, encoding="utf-8-sig", newline="") as handle:
        records = list(csv.reader(handle))
    index = records[0].index(COLUMN)
    answers = [LABELS[r[index].strip()] for r in records[1:] if r[index].strip() in LABELS]
    valences = [(x - 3) / 2 for x in answers]
    mean = statistics.fmean(valences)
    se = statistics.stdev(valences) / math.sqrt(len(valences))

    survey = read_survey(path)
    observations, problems = survey_observations(
        survey, [{"column": COLUMN, "touchpoint": "unit_test", "type": "likert", "scale": 5}])
    assert problems == []
    journey = Journey(stages=[Stage("consideration", "Consideration")],
                      touchpoints=[Touchpoint("unit_test", "Unit test", "consideration")],
                      observations=observations)
    score = score_journey(journey).score_of("unit_test")

    assert score.n == len(answers) == 22
    assert score.value == pytest.approx(2 * mean)
    assert score.se == pytest.approx(2 * se)
    assert score.ci_high == pytest.approx(2 * (mean + 2.0796 * se), abs=1e-3)  # t(0.975, 21)
    assert score.confidence == "indicative"
    assert score.share_negative == pytest.approx(sum(v < 0 for v in valences) / 22)
    worst = journey.observations[score.evidence[0]]
    assert worst.valence == -1.0 and worst.source.file.endswith(".csv") and worst.source.row is not None
