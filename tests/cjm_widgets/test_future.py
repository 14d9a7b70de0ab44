"""Future state: gaps to the targets, opportunities ranked by gap x importance x reach / effort, ROI."""
import pytest

from cjm_widgets import Journey, Opportunity, Score, Touchpoint, stages_for
from cjm_widgets.future import gaps, rank_opportunities, roi


def journey() -> Journey:
    j = Journey(client="Acme", stages=stages_for())
    j.touchpoints = [
        Touchpoint("search", "Site search", "consideration", reach=0.8, importance=4.0, target=1.5),
        Touchpoint("checkout", "Checkout", "decision", reach=1.0, importance=5.0, target=1.0),
        Touchpoint("delivery", "Delivery", "post_purchase", reach=1.0, importance=3.0),  # no target set
        Touchpoint("returns", "Returns", "post_purchase", reach=0.2, importance=2.0, target=1.0),
    ]
    j.scores = [Score("search", "touchpoint", 0.5, n=40), Score("checkout", "touchpoint", -1.0, n=40),
                Score("delivery", "touchpoint", -0.5, n=40), Score("returns", "touchpoint", None),
                Score("search", "touchpoint", -0.5, n=10, persona="p1")]
    j.opportunities = [
        Opportunity("o1", "One-page checkout", touchpoint="checkout", effort=4, kpi="conversion",
                    cost=10000, effect=0.02, value_per_effect=1_000_000),
        Opportunity("o2", "Better search", touchpoint="search", effort=2),
        Opportunity("o3", "Courier tracking", touchpoint="delivery", effort=1, kpi="score", effect=0.8),
        Opportunity("o4", "Delivery SMS", touchpoint="delivery", effort=1, kpi="score", effect=2.0),
        Opportunity("o5", "Post-purchase mails", stage="post_purchase", effort=2),
        Opportunity("o6", "Returns label", touchpoint="returns", effort=1),
    ]
    return j


def test_gaps_per_touchpoint_and_stage():
    found = gaps(journey())
    tps = {r["touchpoint"]: r for r in found["touchpoints"]}
    assert tps["search"]["gap"] == pytest.approx(1.0) and tps["search"]["target_source"] == "set by the team"
    assert tps["checkout"]["gap"] == pytest.approx(2.0)
    # derived target: -0.5 + 0.8 + 2.0 capped at +2
    assert tps["delivery"]["target"] == 2.0 and tps["delivery"]["gap"] == pytest.approx(2.5)
    assert tps["delivery"]["target_source"].startswith("derived") and tps["delivery"]["judgement"]
    assert tps["returns"]["gap"] is None and tps["returns"]["reason"].say("en") == "no evidence for a score"
    stages = {r["stage"]: r for r in found["stages"]}
    assert stages["post_purchase"]["gap"] == pytest.approx(2.5) and stages["post_purchase"]["touchpoints"] == 1
    assert stages["awareness"]["gap"] is None and stages["awareness"]["reason"]


def test_gaps_for_a_persona_use_its_scores():
    tps = {r["touchpoint"]: r for r in gaps(journey(), persona="p1")["touchpoints"]}
    assert tps["search"]["gap"] == pytest.approx(2.0) and tps["checkout"]["reason"].say("en") == "no evidence for a score"


def test_no_target_and_no_linked_effect_means_no_gap():
    j = journey()
    j.opportunities = []
    tps = {r["touchpoint"]: r for r in gaps(j)["touchpoints"]}
    assert tps["delivery"]["gap"] is None and tps["delivery"]["reason"].say("pl") == "nie ustalono celu"


def test_opportunities_ranked_by_gap_importance_reach_over_effort():
    ranked = rank_opportunities(journey())
    priorities = {r["opportunity"]: r["priority"] for r in ranked}
    assert priorities["o3"] == pytest.approx(2.5 * 3 * 1.0 / 1)  # 7.5
    assert priorities["o1"] == pytest.approx(2.0 * 5 * 1.0 / 4)  # 2.5
    assert priorities["o2"] == pytest.approx(1.0 * 4 * 0.8 / 2)  # 1.6
    assert priorities["o5"] == pytest.approx(2.5 * 2.5 * 0.6 / 2)  # stage gap, mean importance and reach
    assert [r["opportunity"] for r in ranked][:2] == ["o3", "o4"]
    assert ranked[-1]["opportunity"] == "o6" and ranked[-1]["priority"] is None
    assert ranked[-1]["reason"].say("ru") == "нет данных для оценки"


def test_roi_is_an_estimate_with_its_assumptions():
    o1 = journey().opportunities[0]
    result = roi(o1)
    assert result["value"] == pytest.approx((0.02 * 1_000_000 - 10000) / 10000)  # 1.0
    assert result["estimate"] is True
    assert "costs 10000" in result["assumptions"] and "conversion by +0.02" in result["assumptions"]
    missing = roi(journey().opportunities[1])
    assert missing["value"] is None and missing["reason"] == (
        "no team estimate of cost, expected effect, value per unit of effect")
    free = roi(Opportunity("x", "Free fix", cost=0, effect=1, value_per_effect=10))
    assert free["value"] is None and "above 0" in free["reason"]


def test_why_an_opportunity_is_not_ranked_is_said_in_the_clients_language():
    from cjm_widgets.render.tables import journey_tables

    j = journey()
    j.language = "pl"
    j.opportunities.append(Opportunity("o7", "Nowa paczka", effort=1))  # on no touchpoint or stage
    rows = {row["id"]: row for row in journey_tables(j)["opportunities"]}
    assert rows["o6"]["not_ranked_because"] == "brak danych do oceny"
    assert rows["o7"]["not_ranked_because"] == "niepowiązana z żadnym punktem styku ani etapem mapy"
