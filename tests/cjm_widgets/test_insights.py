"""Pain points, moments of truth and importance-performance, each rule triggered by a small example."""
from __future__ import annotations

import io

import pytest

from cjm_widgets.insights import find_moments_of_truth, find_pain_points, importance_performance
from cjm_widgets.model import Journey, Observation, Opportunity, Override, PainPoint, Source, Stage, Touchpoint
from cjm_widgets.render import ipa_figure
from cjm_widgets.scoring import score_all, score_journey
from cjm_widgets.settings import ScoringSettings


def scored(answers: dict[str, list[float]], **touchpoint_fields) -> Journey:
    """A two-stage journey whose touchpoints (in the dict's order) get these valences."""
    tps, observations = [], []
    for i, (tp, valences) in enumerate(answers.items()):
        fields = touchpoint_fields.get(tp, {})
        tps.append(Touchpoint(tp, tp.title(), "first" if i < 2 else "second", **fields))
        observations += [Observation(tp, v, "rating", Source("survey.csv", row=r), respondent=f"r{r}")
                         for r, v in enumerate(valences)]
    return score_journey(Journey(stages=[Stage("first", "First"), Stage("second", "Second")],
                                 touchpoints=tps, observations=observations))


def test_interval_below_zero_rule_alone():
    # 4 x -1 and 8 x 0: mean -1/3, se 0.1421, t(11) 2.201 -> upper end -0.0205 (valence), share negative 33%
    j = scored({"delivery": [-1.0] * 4 + [0.0] * 8})
    assert j.score_of("delivery").ci_high == pytest.approx(2 * -0.0205, abs=2e-3)
    [pain] = find_pain_points(j, ScoringSettings())
    assert pain.touchpoint == "delivery"
    assert "95% interval" in pain.rule and "negative" not in pain.rule and "drops" not in pain.rule
    assert pain.evidence == [0, 1, 2, 3]  # the negative answers behind it


def test_share_negative_rule_alone():
    j = scored({"returns": [-0.5, -0.5, 1.0, 1.0, 1.0]})
    assert j.score_of("returns").ci_high > 0
    [pain] = find_pain_points(j)
    assert pain.rule.startswith("40% of 5 observations are negative")
    assert pain.evidence == [0, 1]


def test_drop_from_previous_touchpoint_rule_alone():
    j = scored({"cart": [0.75] * 5, "payment": [0.25] * 5})
    [pain] = find_pain_points(j)
    assert pain.touchpoint == "payment"
    assert "drops 1.00 from the previous touchpoint “Cart” (+1.50 to +0.50" in pain.rule
    assert pain.severity == pytest.approx((2 - 0.5) / 4)
    assert pain.evidence == list(range(5, 10))  # nothing negative: all of its evidence


def test_insufficient_scores_are_not_flagged_and_thresholds_are_configurable():
    assert find_pain_points(scored({"chat": [-1.0] * 4})) == []
    j = scored({"returns": [-0.5, -0.5, 1.0, 1.0, 1.0]})
    assert find_pain_points(j, ScoringSettings(pain_share_negative=0.5)) == []
    assert find_pain_points(scored({"chat": [-1.0] * 4}), ScoringSettings(min_n=3))[0].touchpoint == "chat"


def test_pain_points_ranked_by_importance_reach_severity():
    j = scored({"search": [-1.0] * 5, "filters": [0.5] * 5, "delivery": [-0.5] * 6},
               search={"reach": 0.4, "importance": 4}, delivery={"reach": 1.0, "importance": 3})
    pains = find_pain_points(j)
    # search: 4 x 0.4 x (2+2)/4 = 1.6; delivery: 3 x 1.0 x (2+1)/4 = 2.25 (also drops 2.0 from filters)
    assert [(p.touchpoint, p.rank) for p in pains] == [("delivery", 2.25), ("search", 1.6)]
    assert "drops 2.00" in pains[0].rule and "95% interval" in pains[0].rule


def test_moments_of_truth_stated_importance_peak_trough_end():
    j = scored({"ads": [0.25] * 5, "search": [0.75] * 5, "payment": [-0.5] * 5, "delivery": [0.0] * 5},
               payment={"importance": 5})
    reasons = {m.touchpoint: m.reason for m in find_moments_of_truth(j, ScoringSettings(importance_source="stated"))}
    assert reasons == {"search": "peak of the curve (+1.50)",
                       "payment": "high stated importance 5/5; trough of the curve (-1.00)",
                       "delivery": "end of the journey (0.00)"}


def with_overall(n: int) -> tuple[Journey, dict[str, float]]:
    """Respondents whose payment valence tracks their overall answer exactly; ads does not track it."""
    overall = {f"r{i}": (i % 5 - 2) / 2 for i in range(n)}
    payment = [(i % 5 - 2) / 2 for i in range(n)]
    ads = [((i // 5) % 2) * 0.5 for i in range(n)]
    return scored({"ads": ads, "payment": payment}), overall


def test_derived_importance_when_enough_answers_pair_up():
    j, overall = with_overall(30)
    rows = {r["touchpoint"]: r for r in importance_performance(j, ScoringSettings(), overall)}
    assert rows["payment"]["importance_source"] == "derived"
    assert rows["payment"]["importance"] == pytest.approx(1.0)
    assert abs(rows["ads"]["importance"]) < 0.2
    mot = {m.touchpoint: m.reason for m in find_moments_of_truth(j, ScoringSettings(), overall=overall)}
    assert mot["payment"].startswith("high derived importance r = +1.00 with the overall answer (n = 30)")
    assert "high" not in mot.get("ads", "")


def test_auto_falls_back_to_stated_importance_below_derived_min_n():
    j, overall = with_overall(20)
    rows = importance_performance(j, ScoringSettings(), overall)
    assert {r["importance_source"] for r in rows} == {"stated"}
    assert [r["importance"] for r in rows] == [3.0, 3.0]
    derived = importance_performance(j, ScoringSettings(importance_source="derived"), overall)
    assert [r["quadrant"] for r in derived] == [None, None]  # no correlation rests on 30 pairs


def test_quadrants():
    j = scored({"a": [-0.5] * 5, "b": [0.5] * 5, "c": [-0.5] * 5, "d": [0.5] * 5, "e": []},
               a={"importance": 5}, b={"importance": 5}, c={"importance": 1}, d={"importance": 1})
    rows = importance_performance(j, ScoringSettings(importance_source="stated"))
    assert [(r["touchpoint"], r["quadrant"]) for r in rows] == [
        ("a", "concentrate here"), ("b", "keep up the good work"), ("c", "low priority"),
        ("d", "possible overkill"), ("e", None)]
    # importance split: mean of the touchpoints that have a score (5, 5, 1, 1), not of "e"
    assert rows[0]["importance_split"] == 3.0 and rows[0]["performance"] == -1.0


def test_ipa_figure_draws_every_scored_touchpoint():
    j = scored({"a": [-0.5] * 5, "b": [0.5] * 3}, a={"importance": 5})
    j.touchpoints[1].name = "Free $5 shipping"
    fig = ipa_figure(importance_performance(j, ScoringSettings(importance_source="stated")))
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert "A" in texts and r"Free \$5 shipping" in texts and "concentrate here" in texts
    buffer = io.BytesIO()
    fig.savefig(buffer, format="svg")
    assert b"<svg" in buffer.getvalue()
    empty = ipa_figure(importance_performance(scored({"a": []})))
    assert "no touchpoint has both" in empty.axes[0].texts[0].get_text()


def test_score_all_fills_findings_and_keeps_the_workshop_edits():
    j = scored({"cart": [0.75] * 5, "payment": [0.25] * 5})
    j.overrides = [Override("payment", -1.0, "support tickets")]
    j.opportunities = [Opportunity("o1", "One-click pay", touchpoint="payment")]
    j.votes = {"o1": 3}
    j.pain_points = [PainPoint("payment", "old rule", owner="Finance", note="ticket 12")]
    done = score_all(j, ScoringSettings())
    assert [p.touchpoint for p in done.pain_points] == ["payment"]
    assert done.pain_points[0].owner == "Finance" and "drops" in done.pain_points[0].rule
    assert {m.touchpoint for m in done.moments_of_truth} == {"cart", "payment"}
    assert done.overrides == j.overrides and done.opportunities == j.opportunities and done.votes == {"o1": 3}
    assert done.score_of("payment").value == 0.5  # the override sits beside it


@pytest.mark.parametrize("language, expected", [
    ("pl", ["cały przedział 95% (\u22122,00 do \u22122,00) leży poniżej 0,00",
            "negatywne: 100% obserwacji (n = 5; reguła: 40% lub więcej)",
            "spadek o 3,50 względem poprzedniego punktu styku „Ads” (z +1,50 na \u22122,00; reguła: 0,75 lub więcej)"]),
    ("ru", ["весь 95% интервал (от \u22122,00 до \u22122,00) ниже 0,00",
            "негативных: 100\u00a0% наблюдений (n = 5; правило: 40\u00a0% и более)",
            "падение на 3,50 после предыдущей точки контакта «Ads» (с +1,50 до \u22122,00; правило: 0,75 и более)"]),
])
def test_reasons_are_written_in_the_clients_language(language, expected):
    j = scored({"ads": [0.75] * 5, "payment": [-1.0] * 5}, payment={"importance": 5})
    j.language = language
    [pain] = find_pain_points(j)
    assert pain.rule == "; ".join(expected)
    reasons = {m.touchpoint: m.reason for m in find_moments_of_truth(j, ScoringSettings(importance_source="stated"))}
    english = ("peak", "trough", "end of", "high", "stated", "importance")
    assert not any(word in reason for reason in reasons.values() for word in english), reasons
    assert reasons["ads"] == {"pl": "szczyt krzywej (+1,50)", "ru": "пик кривой (+1,50)"}[language]
