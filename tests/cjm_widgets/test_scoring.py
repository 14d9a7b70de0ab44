"""Touchpoint and stage scores against numbers computed by hand."""
from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings as hsettings, strategies as st

from cjm_widgets.errors import InputError
from cjm_widgets.model import Journey, Observation, Override, Persona, Source, Stage, Touchpoint
from cjm_widgets.scoring import EVIDENCE_SAMPLE, score_journey, t_quantile_975
from cjm_widgets.settings import ScoringSettings


def likert(x: int, k: int = 5) -> float:
    """The design's Likert conversion, written out independently of the kit."""
    return (x - (k + 1) / 2) / ((k - 1) / 2)


def obs(tp, valence, kind="rating", row=1, persona=None, stage=None, respondent=None):
    return Observation(touchpoint=tp, valence=valence, kind=kind, source=Source("survey.csv", row=row),
                       persona=persona, stage=stage, respondent=respondent)


def journey(observations, touchpoints=None, personas=()):
    touchpoints = touchpoints or [Touchpoint("search", "Search", "consider"),
                                  Touchpoint("checkout", "Checkout", "buy")]
    return Journey(stages=[Stage("consider", "Consideration"), Stage("buy", "Decision")],
                   touchpoints=touchpoints, personas=list(personas), observations=observations)


def test_likert_one_to_five_is_neutral_with_a_t_interval():
    j = score_journey(journey([obs("search", likert(x), row=x) for x in [1, 2, 3, 4, 5]]))
    s = j.score_of("search")
    assert s.value == 0.0 and s.n == 5 and s.confidence == "indicative"
    # valences -1, -.5, 0, .5, 1: sample sd^2 = 2.5/4 = 0.625, se = sqrt(0.625/5) = 0.35355 (x2 on display)
    assert s.se == pytest.approx(2 * math.sqrt(0.625 / 5))
    assert s.ci_high == pytest.approx(2.776 * 0.70711, abs=2e-3)
    assert s.ci_low == pytest.approx(-s.ci_high)
    assert s.share_negative == pytest.approx(0.4)
    assert sorted(s.evidence) == [0, 1, 2, 3, 4]
    assert s.evidence[:2] == [0, 4]  # the extreme answers come first


def test_thirty_answers_use_t_29_and_are_reliable():
    answers = [4, 5] * 15
    j = score_journey(journey([obs("search", likert(x), row=i) for i, x in enumerate(answers)]))
    s = j.score_of("search")
    v = np.array([likert(x) for x in answers])
    se = v.std(ddof=1) / math.sqrt(30)
    assert s.value == pytest.approx(2 * 0.75)
    assert s.ci_low == pytest.approx(2 * (0.75 - 2.045 * se), abs=1e-3)
    assert s.confidence == "reliable"


@pytest.mark.parametrize("df, expected", [(1, 12.706), (4, 2.776), (10, 2.228), (29, 2.045), (30, 2.042),
                                          (40, 2.021), (60, 2.000), (120, 1.980), (10_000, 1.960)])
def test_t_quantile_matches_published_tables(df, expected):
    assert t_quantile_975(df) == pytest.approx(expected, abs=1e-3)


@pytest.mark.parametrize("df", [2, 4.5, 7, 29, 33, 45])
def test_t_quantile_leaves_2_5_percent_in_the_tail(df):
    """Integrate Student's t density from the quantile to far out: 0.025 either side."""
    q = t_quantile_975(df)
    x = np.linspace(q, q + 400, 2_000_001)
    log_c = math.lgamma((df + 1) / 2) - math.lgamma(df / 2) - 0.5 * math.log(df * math.pi)
    pdf = np.exp(log_c) * (1 + x * x / df) ** (-(df + 1) / 2)
    tail = float(np.sum((pdf[1:] + pdf[:-1]) / 2 * np.diff(x)))
    assert tail == pytest.approx(0.025, abs=4e-4 if df == 4.5 else 1e-4)


def test_source_weights_by_hand():
    # rating +1 (w 1), rating +0.5 (w 1), quote -1 (w 0.7), text 0 (w 0.4)
    j = score_journey(journey([obs("search", 1.0), obs("search", 0.5), obs("search", -1.0, "quote"),
                               obs("search", 0.0, "text")]))
    s = j.score_of("search")
    mean = (1 + 0.5 - 0.7) / 3.1  # 0.258065
    assert s.value == pytest.approx(2 * mean)
    n_eff = 3.1**2 / (1 + 1 + 0.49 + 0.16)  # 3.6264
    spread = (1 * (1 - mean) ** 2 + 1 * (0.5 - mean) ** 2 + 0.7 * (-1 - mean) ** 2 + 0.4 * mean**2) / 3.1
    assert s.se == pytest.approx(2 * math.sqrt(spread / (n_eff - 1)))
    assert s.n == 4 and s.confidence == "insufficient"
    assert s.evidence == [0, 2, 1, 3]  # 1x1.0, 0.7x1.0, 1x0.5, 0.4x0


def test_switched_off_kind_is_not_counted():
    custom = ScoringSettings(weights={"rating": 1.0, "judgement": 1.0, "quote": 0.7, "text": 0.0})
    s = score_journey(journey([obs("search", 0.5), obs("search", -1.0, "text")]), custom).score_of("search")
    assert s.value == 1.0 and s.n == 1 and s.evidence == [0]


def test_one_observation_has_no_spread_and_an_interval_over_the_whole_scale():
    s = score_journey(journey([obs("search", 0.5)])).score_of("search")
    assert (s.value, s.n, s.se, s.ci_low, s.ci_high) == (1.0, 1, None, -2.0, 2.0)
    assert s.confidence == "insufficient"


def test_touchpoint_without_observations_gets_no_value():
    j = score_journey(journey([obs("search", 0.5)]))
    s = j.score_of("checkout")
    assert s.value is None and s.n == 0 and s.evidence == [] and s.ci_low is None
    stage = j.score_of("buy")
    assert stage.value is None and stage.n == 0 and stage.worst is None


def test_per_persona_scores():
    personas = [Persona("bargain", "Bargain hunter"), Persona("loyal", "Loyal"), Persona("new", "Newcomer")]
    data = [obs("search", -1.0, persona="bargain"), obs("search", -0.5, persona="bargain"),
            obs("search", 1.0, persona="loyal"), obs("checkout", 0.5, persona="loyal"),
            obs("checkout", 0.0, persona="extra")]
    j = score_journey(journey(data, personas=personas))
    assert j.score_of("search").value == pytest.approx(2 * (-0.5 / 3))
    assert j.score_of("search", "bargain").value == -1.5
    assert j.score_of("search", "bargain").evidence == [0, 1]
    assert j.score_of("search", "loyal").value == 2.0
    assert j.score_of("checkout", "bargain").value is None
    assert j.score_of("search", "new").n == 0  # a persona with no answers is scored as "no evidence"
    assert j.score_of("checkout", "extra").value == 0.0  # persona only named on observations
    assert j.score_of("buy", "loyal").value == 1.0
    # every touchpoint and stage, overall and for each of 4 personas
    assert len(j.scores) == (2 + 2) * 5


def test_stage_is_weighted_by_reach_times_importance_and_names_its_worst():
    tps = [Touchpoint("ads", "Ads", "consider", reach=0.9, importance=2),
           Touchpoint("search", "Search", "consider", reach=0.5, importance=5),
           Touchpoint("reviews", "Reviews", "consider", reach=0.2, importance=4),
           Touchpoint("checkout", "Checkout", "buy")]
    data = ([obs("ads", v) for v in (0.5, 1.0)] + [obs("search", v) for v in (-0.5, -1.0, -0.75)])
    j = score_journey(journey(data, touchpoints=tps), ScoringSettings(min_n=1))  # each part counts
    stage = j.score_of("consider")
    # ads 0.75 weight 1.8; search -0.75 weight 2.5; reviews unscored, left out
    assert stage.value == pytest.approx(2 * (1.8 * 0.75 + 2.5 * -0.75) / 4.3)
    assert stage.n == 5 and stage.worst == "search"
    assert sorted(stage.evidence) == [0, 1, 2, 3, 4]
    assert stage.share_negative == pytest.approx(0.6)
    assert stage.ci_low < stage.value < stage.ci_high


def test_a_stage_whose_touchpoints_all_score_zero_or_above_names_no_worst_moment():
    """The PL walkthrough: "Płatność" at +1,19 was its stage's "najgorszy moment". A worst moment went
    badly: below 0 only, overall and for each persona alike."""
    tps = [Touchpoint("ads", "Ads", "consider"), Touchpoint("search", "Search", "consider"),
           Touchpoint("checkout", "Checkout", "buy")]
    data = [obs("ads", 1.0, row=i, persona="fan") for i in range(5)]
    data += [obs("search", 0.25, row=10 + i, persona="fan") for i in range(5)]  # +0,50, the lowest: positive
    data += [obs("checkout", v, row=20 + i, persona="fan") for i, v in enumerate([0.5, -0.5] * 3)]  # exactly 0
    data += [obs("ads", -0.5, row=30 + i, persona="critic") for i in range(5)]
    j = score_journey(journey(data, touchpoints=tps))
    assert j.score_of("ads").value == pytest.approx(0.5) and j.score_of("search").value == pytest.approx(0.5)
    assert j.score_of("consider").worst is None
    assert j.score_of("checkout").value == pytest.approx(0.0) and j.score_of("buy").worst is None
    assert j.score_of("consider", "fan").worst is None
    assert j.score_of("consider", "critic").worst == "ads"  # -1,00 for this persona: it went badly


def test_stage_only_observations_count_for_the_stage_alone():
    data = [obs("search", 0.5), obs(None, -1.0, stage="consider"), obs(None, -0.5, "quote", stage="consider")]
    j = score_journey(journey(data))
    assert j.score_of("search").n == 1 and j.score_of("search").value == 1.0
    stage = j.score_of("consider")
    # touchpoint part 0.5 (weight reach 1 x importance 3); stage part (-1 - 0.35)/1.7 (weight 3)
    assert stage.value == pytest.approx(2 * (0.5 + (-1.35 / 1.7)) / 2)
    assert stage.n == 3 and stage.worst is None  # one answer names no worst moment


def test_overrides_sit_beside_scores_and_input_is_not_changed():
    j = journey([obs("search", 0.5) for _ in range(5)])
    j.overrides = [Override("search", -2.0, "the team saw the session recordings")]
    scored = score_journey(j)
    assert scored.score_of("search").value == 1.0
    assert scored.overrides == j.overrides and j.scores == []


def test_bad_valence_names_the_source():
    with pytest.raises(InputError) as err:
        score_journey(journey([Observation("search", 3.0, "rating", Source("survey.csv", row=7, column="Q3"))]))
    assert "survey.csv" in str(err.value) and "row 7" in str(err.value) and "Q3" in str(err.value)


def test_observation_of_an_unknown_touchpoint_is_reported_not_lost_silently():
    with pytest.warns(UserWarning, match="1 observation"):
        j = score_journey(journey([obs("gone", 0.5), obs("search", 0.5)]))
    assert j.score_of("search").n == 1


@hsettings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["search", "checkout", None]),
                          st.floats(-1, 1, allow_nan=False),
                          st.sampled_from(["rating", "quote", "text", "judgement"]),
                          st.sampled_from([None, "a", "b"])), max_size=40))
def test_any_observations_give_consistent_scores(items):
    data = [obs(tp, v, kind, persona=p, stage="consider" if tp is None else None) for tp, v, kind, p in items]
    j = score_journey(journey(data))
    for s in j.scores:
        # a bounded sample, no repeats: three heads of the score's rows and its ratings by face
        assert len(set(s.evidence)) == len(s.evidence) <= 4 * EVIDENCE_SAMPLE
        if s.level == "touchpoint":
            assert len(s.evidence) >= min(s.n, EVIDENCE_SAMPLE)
        if s.value is None:
            assert s.n == 0
            continue
        assert -2 <= s.ci_low <= s.value <= s.ci_high <= 2
        assert 0 <= s.share_negative <= 1
    overall = [s for s in j.scores if s.persona is None]
    assert sum(s.n for s in overall if s.level == "touchpoint") == sum(1 for d in data if d.touchpoint)
    assert sum(s.n for s in overall if s.level == "stage") == len(data)


def test_evidence_is_a_sample_that_keeps_the_strongest_the_worded_and_the_most_negative():
    data = [obs("search", 0.5, row=i) for i in range(40)] + [obs("search", 1.0, row=40)]
    data += [Observation("search", 0.25, "quote", Source("a.vtt", line=3), text="fine I guess")]
    data += [obs("search", -1.0, row=50 + i) for i in range(2)]
    s = score_journey(journey(data)).score_of("search")
    assert s.n == 44 and len(s.evidence) <= 3 * EVIDENCE_SAMPLE
    assert s.evidence[0] == 40  # +1.0 first, then the -1.0s
    assert {41, 42, 43} <= set(s.evidence)  # the only quote, both negatives
    assert s.distribution["kind:rating"] == 43 and s.distribution["kind:quote"] == 1
    assert s.distribution["face:+1"] == 40 and s.distribution["face:+2"] == 1 and s.distribution["face:-2"] == 2


def test_evidence_holds_ratings_of_every_face_the_answers_have_not_just_the_tied_1s_and_5s():
    """Mostly 3s on a 1..5 scale: the strongest rows are all 1s and 5s, yet a panel's sample answers
    must be able to show a 3 (and a 2 and a 4); the sample stays bounded however many answered."""
    answers = [5] * 300 + [1] * 300 + [4] * 400 + [2] * 400 + [3] * 3000
    s = score_journey(journey([obs("search", likert(x), row=i) for i, x in enumerate(answers)])).score_of("search")
    sampled = [answers[i] for i in s.evidence]
    assert s.n == 4400 and s.distribution["face:0"] == 3000
    assert {2, 3, 4} <= set(sampled) and len(s.evidence) <= 4 * EVIDENCE_SAMPLE
    assert sampled[:2] == [5, 5] and sampled[-1] == 3  # strongest first
    assert len(score_journey(journey([obs("search", likert(x), row=i) for i, x in enumerate(answers * 3)]))
               .score_of("search").evidence) == len(s.evidence)  # three times the survey, the same sample


def test_the_ratings_by_face_follow_the_distribution_one_of_each_face_and_the_rest_by_share():
    """EVIDENCE_SAMPLE ratings by face: 3000 3s beside 400 2s and 400 4s keep three 3s, one 2, one 4."""
    answers = [3] * 3000 + [2] * 400 + [4] * 400
    s = score_journey(journey([obs("search", likert(x), row=i) for i, x in enumerate(answers)])).score_of("search")
    sampled = [answers[i] for i in s.evidence]
    assert sampled.count(3) == 3 and sampled.count(4) >= 1  # 1 + 2 of the 2 spare places by share
    assert len(s.evidence) == len(set(s.evidence)) <= 4 * EVIDENCE_SAMPLE
    # the faces are the ratings': 50 neutral quotes first in the file leave the two 3s in the sample
    quotes = [Observation("search", 0.0, "quote", Source("a.vtt", line=i), text="ok") for i in range(50)]
    s = score_journey(journey(quotes + [obs("search", likert(3), row=i) for i in range(2)])).score_of("search")
    assert {50, 51} <= set(s.evidence)


def test_a_touchpoint_with_too_little_evidence_does_not_widen_or_name_its_stage():
    tps = [Touchpoint("search", "Search", "consider"), Touchpoint("filters", "Filters", "consider"),
           Touchpoint("checkout", "Checkout", "buy")]
    data = [obs("search", -0.5, row=i) for i in range(40)] + [obs("filters", -1.0, row=99)]
    j = score_journey(journey(data, touchpoints=tps))
    stage, search = j.score_of("consider"), j.score_of("search")
    assert j.score_of("filters").confidence == "insufficient"
    assert stage.value == pytest.approx(search.value) and stage.worst == "search"
    assert (stage.ci_low, stage.ci_high) == pytest.approx((search.ci_low, search.ci_high))


def test_a_stage_of_insufficient_touchpoints_alone_names_no_worst_moment():
    tps = [Touchpoint("ads", "Social ads", "consider"), Touchpoint("checkout", "Checkout", "buy")]
    data = [obs("ads", -1.0, row=0)] + [obs("checkout", 0.5, row=i) for i in range(1, 41)]
    stage = score_journey(journey(data, touchpoints=tps)).score_of("consider")
    assert stage.value == pytest.approx(-2.0) and stage.confidence == "insufficient" and stage.worst is None
