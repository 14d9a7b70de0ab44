"""Commerce KPIs equal a hand computation on tests/data/orders/*.

The 11 orders (the same in all three formats), last order 2026-06-30:
  alice: 100 (01-05), 50-20=30 (02-10, partial refund, e-mail in another case)
  bob:   80-80=0 (01-20, full refund: not counted), 60 (03-01), 20 (04-15)
  carol: 40 (02-01, cancelled), 70 (02-15, 3 line items), 30 (06-30)
  guest: 25 (03-10);  dave: 90 (04-01, his only order);  erin: 45 (05-20, voided/failed)
Counted: 100, 30, 60, 70, 25, 90, 30, 20 -> n 8, AOV 425/8 = 53.125.
Customers: alice, bob, carol, dave (erin has no counted order) -> repeat 3/4 = 0.75.
90 days before 06-30 is 04-01: all four eligible; alice (36 days) and bob (45) came back within
90 days, carol after 135, dave never -> retention 2/4 = 0.5. Time to second order: 36, 45, 135 -> 45.
"""
import json

import pytest

from conftest import TEST_DATA
from cjm_widgets import stages_for
from cjm_widgets.commerce import commerce_kpis, counted_orders, hashed, lane_of, survey_aov
from cjm_widgets.errors import InputError
from cjm_widgets.orders import read_orders
from cjm_widgets.survey.read import read_survey

DATA = TEST_DATA / "orders"
PERSONAS = {"alice@example.com": "Bargain hunter", " BOB@example.com ": "Bargain hunter",
            "carol@example.com": "Loyal", "frank@example.com": "Loyal", "zoe@example.com": "Newcomer"}


@pytest.fixture(params=["shopify", "woocommerce", "generic"])
def frame(request):
    return read_orders(DATA / f"{request.param}_orders.csv").frame


def test_counted_orders_leave_out_cancelled_voided_and_fully_refunded(frame):
    counted = counted_orders(frame)
    assert sorted(counted["net"]) == [20, 25, 30, 30, 60, 70, 90, 100]


def test_overall_kpis_equal_the_hand_computation(frame):
    kpis = commerce_kpis(frame)
    assert kpis["aov"]["value"] == pytest.approx(53.125) and kpis["aov"]["n"] == 8
    assert kpis["aov"]["ci_low"] < 53.125 < kpis["aov"]["ci_high"]
    assert kpis["repeat_rate"]["value"] == pytest.approx(0.75) and kpis["repeat_rate"]["n"] == 4
    assert kpis["retention_90d"]["value"] == pytest.approx(0.5) and kpis["retention_90d"]["n"] == 4
    assert kpis["orders_per_customer"] == {"value": 1.75, "n": 4}
    assert kpis["time_to_second_order"]["value"] == 45 and kpis["time_to_second_order"]["n"] == 3
    assert kpis["orders"] == {"rows": 11, "counted": 8, "cancelled": 2, "fully_refunded": 1, "guest_orders": 1}
    assert json.loads(json.dumps(kpis)) == kpis  # goes into out/kpis.json as it is


def test_retention_by_first_order_month():
    frame = read_orders(DATA / "shopify_orders.csv").frame
    cohorts = {c["month"]: c for c in commerce_kpis(frame)["retention_by_cohort"]}
    assert list(cohorts) == ["2026-01", "2026-02", "2026-03", "2026-04"]
    # alice (January) came back after 36 days: not within 30, within 60 and 90
    assert [cohorts["2026-01"][f"retention_{d}d"]["value"] for d in (30, 60, 90)] == [0, 1, 1]
    assert [cohorts["2026-03"][f"retention_{d}d"]["value"] for d in (30, 60, 90)] == [0, 1, 1]
    assert cohorts["2026-02"]["retention_90d"]["value"] == 0


def test_retention_needs_the_full_window():
    frame = read_orders(DATA / "shopify_orders.csv").frame
    early = frame[frame["date"] < "2026-05-01"]  # last order 04-15: only alice (01-05) is 90+ days before
    result = commerce_kpis(early)["retention_90d"]
    assert (result["value"], result["n"]) == (1.0, 1)
    assert result["ci_low"] == pytest.approx(0.20655, abs=1e-5) and result["ci_high"] == 1.0


def test_by_persona_joins_on_hashed_email_without_case():
    frame = read_orders(DATA / "shopify_orders.csv").frame
    kpis = commerce_kpis(frame, PERSONAS)
    by = {name: {p: v["value"] for p, v in kpis[name]["by_persona"].items()}
          for name in ("aov", "repeat_rate", "retention_90d")}
    assert by["aov"] == {"Bargain hunter": pytest.approx(52.5), "Loyal": pytest.approx(50.0), "Newcomer": None}
    assert by["repeat_rate"] == {"Bargain hunter": 1.0, "Loyal": 1.0, "Newcomer": None}
    assert by["retention_90d"] == {"Bargain hunter": 1.0, "Loyal": 0.0, "Newcomer": None}
    assert kpis["joined_customers"] == 3
    assert kpis["aov"]["by_persona"]["Newcomer"] == {"value": None, "n": 0, "ci_low": None, "ci_high": None}
    text = repr(kpis)
    assert "example.com" not in text and hashed("alice@example.com") not in text


def test_by_persona_joins_on_customer_ids():
    frame = read_orders(DATA / "generic_orders.csv").frame
    kpis = commerce_kpis(frame, {"C-11": "Loyal", "c-12": "Loyal"})
    assert kpis["aov"]["by_persona"]["Loyal"]["value"] == pytest.approx((100 + 30 + 60 + 20) / 4)
    assert kpis["repeat_rate"]["by_persona"]["Loyal"]["n"] == 2


def test_a_survey_export_joins_its_respondents_to_the_orders():
    survey = read_survey(DATA / "survey_emails.csv").frame
    personas = dict(zip(survey["What is your e-mail?"], survey["Persona"]))
    kpis = commerce_kpis(read_orders(DATA / "shopify_orders.csv").frame, personas)
    assert kpis["aov"]["by_persona"]["Bargain hunter"]["value"] == pytest.approx(52.5)
    assert kpis["retention_90d"]["by_persona"]["Loyal"] == {"value": 0.0, "n": 1, "ci_low": 0.0,
                                                            "ci_high": pytest.approx(0.7935, abs=1e-4)}
    stated = survey_aov(survey["Value of your last order"].tolist(), survey["Persona"].tolist())
    assert stated["value"] == pytest.approx(235 / 3) and stated["n"] == 3  # frank left it blank
    assert stated["by_persona"]["Loyal"]["value"] == 75


def test_survey_order_value_gives_aov_per_persona():
    result = survey_aov(["120", "40 €", "75", "", None],
                        ["Bargain hunter", "Bargain hunter", "Loyal", "Loyal", "Loyal"])
    assert result["value"] == pytest.approx(235 / 3) and result["n"] == 3
    assert result["by_persona"]["Bargain hunter"]["value"] == 80 and result["by_persona"]["Loyal"]["n"] == 1
    with pytest.raises(InputError, match=r"survey.csv, row 2: 'a lot' is not an order value"):
        survey_aov(["10", "a lot"], [None, None], origin="survey.csv")


def test_no_counted_order_gives_empty_kpis_not_a_crash():
    frame = read_orders(DATA / "shopify_orders.csv").frame
    kpis = commerce_kpis(frame[frame["status"] == "voided"])
    assert kpis["aov"]["value"] is None and kpis["aov"]["n"] == 0
    assert kpis["repeat_rate"]["n"] == 0 and kpis["retention_90d"]["value"] is None
    assert kpis["retention_by_cohort"] == [] and kpis["time_to_second_order"]["value"] is None


def test_refunded_status_without_an_amount_is_a_full_refund(tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text("Order ID,Order Status,Order Date,Billing Email,Order Total\n"
                    "1,wc-refunded,2026-01-02,a@x.com,40.00\n2,wc-completed,2026-01-03,a@x.com,10.00\n",
                    encoding="utf-8")
    kpis = commerce_kpis(read_orders(path).frame)
    assert kpis["aov"]["value"] == 10.0 and kpis["orders"]["fully_refunded"] == 1
    assert kpis["aov"]["by_persona"] == {}


@pytest.mark.parametrize("model, aov_stage, retention_stage", [("aidp", "decision", "post_purchase"),
                                                               ("ecommerce", "purchase_decision", "repeat_purchase"),
                                                               ("5a", "act", "advocate")])
def test_each_kpi_has_its_lane_in_the_built_in_stage_models(model, aov_stage, retention_stage):
    ids = [s.id for s in stages_for(model)]
    assert lane_of("aov", ids) == aov_stage
    assert lane_of("repeat_rate", ids) == lane_of("retention_90d", ids) == retention_stage
    assert lane_of("aov", ["browse", "buy"]) is None
