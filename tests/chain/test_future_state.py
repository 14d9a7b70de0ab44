"""The future state as a workshop uses it: targets set and cleared in the EmotionTuner, ROI entered on
the OpportunityBoard, the target curve on the figure, the gap, the commerce KPIs in their lane and
the trends on the map. Editors are driven like a facilitator, then journey.json is read from disk."""
from __future__ import annotations

import html
import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest

from conftest import save_client
from cjm_widgets.history import trends, write_snapshot
from cjm_widgets.model import Journey, Opportunity, Persona, Score, Stage, Touchpoint
from cjm_widgets.render.figure import journey_figure
from cjm_widgets.render.html import render_map_html
from cjm_widgets.widgets import EmotionTuner, OpportunityBoard


def sample() -> Journey:
    return Journey(
        client="Acme", language="en",
        stages=[Stage("awareness", "Awareness"), Stage("decision", "Decision"),
                Stage("post_purchase", "Post-purchase")],
        touchpoints=[Touchpoint("ads", "Ads", "awareness"),
                     Touchpoint("cart", "Cart", "decision", importance=5, target=1.0),
                     Touchpoint("delivery", "Delivery", "post_purchase")],
        personas=[Persona("p1", "Bargain hunter", share=0.5, size=20)],
        scores=[Score("ads", "touchpoint", 0.5, n=30), Score("cart", "touchpoint", -1.0, n=30),
                Score("delivery", "touchpoint", -0.5, n=30), Score("cart", "touchpoint", -1.5, n=8, persona="p1")],
        opportunities=[
            Opportunity("tracking", "Courier <tracking>", touchpoint="delivery", effort=1, kpi="score", effect=1.25),
            Opportunity("one_click", "One-click checkout", touchpoint="cart", effort=4, kpi="conversion",
                        cost=10000, effect=0.02, value_per_effect=1_000_000, implemented="2026-02-01")],
        kpis={"aov": {"value": 53.1, "n": 40, "ci_low": 47.25, "ci_high": 58.95,
                      "by_persona": {"p1": {"value": 41.5, "n": 9, "ci_low": 30.0, "ci_high": 53.0}}},
              "repeat_rate": {"value": 0.25, "n": 32, "ci_low": 0.13, "ci_high": 0.42, "by_persona": {}},
              "retention_90d": {"value": 0.2, "n": 20, "ci_low": 0.08, "ci_high": 0.42, "by_persona": {}}})


def on_disk(client: Path) -> dict:
    return json.loads((client / "journey.json").read_text(encoding="utf-8"))


@pytest.fixture
def client(tmp_path) -> Path:
    save_client(sample(), tmp_path)
    return tmp_path


# ---- the editors -----------------------------------------------------------------------------

def test_tuner_sets_and_clears_a_target_in_journey_json(client):
    tuner = EmotionTuner(client)
    ads = next(row for row in tuner.rows if row.id == "ads")
    ads.target.value = 1.5
    ads.set_target.click()
    assert {t["id"]: t["target"] for t in on_disk(client)["touchpoints"]}["ads"] == 1.5
    ads = next(row for row in EmotionTuner(client).rows if row.id == "ads")
    assert "+1.50" in ads.target_now.value and "set by the team" in ads.target_now.value
    ads.clear_target.click()
    assert {t["id"]: t["target"] for t in on_disk(client)["touchpoints"]}["ads"] is None
    # no team target, but a linked opportunity with an expected effect on the score: derived, and said so
    delivery = next(row for row in EmotionTuner(client).rows if row.id == "delivery")
    assert "+0.75" in delivery.target_now.value and "derived" in delivery.target_now.value
    assert delivery.clear_target.disabled


def test_opportunity_board_ranks_saves_estimates_and_shows_roi_as_an_estimate(client):
    board = OpportunityBoard(client)
    # priority = gap x importance x reach / effort: tracking 1.25*3*1/1 = 3.75, one-click 2*5*1/4 = 2.5
    assert [row.id for row in board.rows] == ["tracking", "one_click"]
    assert board.rows[0].priority.value == "3.75"
    roi_cell = board.rows[1].roi.value
    assert "<b>100%</b>" in roi_cell and "(estimate)" in roi_cell  # (0.02 * 1e6 - 10000) / 10000
    assert "costs 10,000" in roi_cell and "ROI = (20,000 − 10,000) ÷ 10,000" in roi_cell
    assert "not estimated" in board.rows[0].roi.value

    row = board.rows[0]
    row.cost.value = "500"
    row.value_per_effect.value = "2 000"
    row = next(r for r in board.rows if r.id == "tracking")  # the board redrew with the new ROI
    assert "<b>400%</b>" in row.roi.value  # (1.25 * 2000 - 500) / 500
    row.implemented.value = date(2026, 3, 31)
    saved = {o["id"]: o for o in on_disk(client)["opportunities"]}["tracking"]
    assert (saved["cost"], saved["effect"], saved["value_per_effect"], saved["implemented"]) == \
        (500.0, 1.25, 2000.0, "2026-03-31")

    before = (client / "journey.json").read_bytes()
    row = next(r for r in board.rows if r.id == "tracking")
    row.cost.value = "-5"
    assert "Cost cannot be below 0" in board.message.value
    row = next(r for r in board.rows if r.id == "tracking")
    row.expected_effect.value = "a lot"
    assert "Expected effect must be a number" in board.message.value
    assert (client / "journey.json").read_bytes() == before
    row = next(r for r in board.rows if r.id == "tracking")
    row.cost.value = ""  # an estimate taken back
    assert {o["id"]: o for o in on_disk(client)["opportunities"]}["tracking"]["cost"] is None


# ---- the figure ------------------------------------------------------------------------------

def test_figure_draws_the_target_curve_marked_as_a_judgement():
    fig = journey_figure(sample())
    lines = {line.get_label(): line for line in fig.axes[0].get_lines()}
    target = lines["Target (workshop judgement)"]
    # ads has no target; cart's is the team's (+1); delivery's is derived (-0.5 + 1.25)
    assert list(target.get_xdata()) == [1.0, 2.0] and list(target.get_ydata()) == [1.0, 0.75]
    assert target.get_linestyle() == "--"
    assert list(lines["Target derived from opportunities (the team set none)"].get_ydata()) == [0.75]
    legend = [text.get_text() for text in fig.legends[0].get_texts()]
    assert "Target (workshop judgement)" in legend


def test_persona_figure_derives_from_the_persona_scores():
    journey = sample()
    journey.scores.append(Score("delivery", "touchpoint", -1.0, n=8, persona="p1"))
    lines = {line.get_label(): line for line in journey_figure(journey, persona="p1").axes[0].get_lines()}
    assert list(lines["Target (workshop judgement)"].get_ydata()) == [1.0, 0.25]


# ---- the map ---------------------------------------------------------------------------------

def row_cells(page: str, header: str) -> list[str]:
    """The cells of a map row, one per stage, by the row's header."""
    found = re.search(r'<tr[^>]*><th scope="row"[^>]*>' + re.escape(header) + r"</th>(.*?)</tr>", page, re.S)
    assert found, header
    return re.findall(r"<td[^>]*>(.*?)</td>", found.group(1), re.S)


def test_map_shows_the_gap_per_touchpoint_and_stage():
    page = render_map_html(sample())
    card = page[page.index('data-touchpoint="cart"'):page.index('data-touchpoint="delivery"')]
    assert "gap <b>+2.00</b> → Target +1.00" in card  # +1 - (-1)
    assert "set by the team, a workshop judgement" in card
    delivery = page[page.index('data-touchpoint="delivery"'):]
    assert "gap <b>+1.25</b>" in delivery and "derived: today + expected effects of Courier &lt;tracking&gt;" in delivery
    awareness, decision, post = row_cells(page, "Gap to target")
    assert "gap" not in awareness and "gap <b>+2.00</b>" in decision and "gap <b>+1.25</b>" in post
    assert 'data-for="p1" hidden title="target − today; the target is a workshop judgement">gap <b>+2.50</b>' in decision


def test_map_ranks_opportunities_with_roi_marked_estimate_and_implemented_date():
    page = render_map_html(sample())
    section = page[page.index('id="h-opp"'):page.index("</section>", page.index('id="h-opp"'))]
    rows = re.findall(r'<tr class="opportunity">(.*?)</tr>', section, re.S)
    assert "Courier &lt;tracking&gt;" in rows[0] and "One-click checkout" in rows[1]
    assert "<b>100%</b>" in rows[1] and '<span class="tag estimate">estimate</span>' in rows[1]
    assert "Estimate from the team&#39;s guesses" in rows[1] and "2026-02-01" in rows[1]
    assert "no ROI: the team has not estimated Cost, Value per unit" in rows[0]
    assert "ROI (estimate)" in section and "<tracking>" not in page


def test_commerce_kpis_sit_in_the_lane_of_their_stage():
    page = render_map_html(sample())
    awareness, decision, post = row_cells(page, "KPIs")
    assert "AOV (net, per counted order): 53.10 [47.25; 58.95] (n=40)" in decision
    assert 'data-for="p1" hidden>AOV (net, per counted order): 41.50' in decision
    assert "Repeat purchase rate: 25% [13%; 42%] (n=32)" in post and "90-day retention: 20% [8%; 42%] (n=20)" in post
    assert "AOV" not in awareness + post and "retention" not in awareness + decision
    polish = render_map_html(sample(), language="pl")
    assert "Odsetek ponownych zakupów: 25" in polish


def test_trends_section_for_a_client_with_three_runs(tmp_path):
    out, history = tmp_path / "out", tmp_path / "history"
    for month, nps in ((1, -18.5), (2, -81.5), (3, -60.0)):
        journey = sample()
        journey.kpis["nps"] = {"value": nps, "n": 50, "ci_low": nps - 10, "ci_high": nps + 10}
        journey.save(out / "journey.json")
        (out / "kpis.json").write_text(json.dumps(journey.kpis), encoding="utf-8")
        write_snapshot(out, history, datetime(2026, month, 10))
    found = trends(tmp_path)
    page = render_map_html(sample(), trends=found)
    section = page[page.index('id="h-trends"'):page.index("</section>", page.index('id="h-trends"'))]
    assert "Trends across runs" in section and "3 runs kept in history/" in section
    assert section.count("<svg") == 1 and "2026-01-10 00:00" in section
    texts = [html.unescape(t) for t in re.findall(r"<text[^>]*>([^<]*)</text>", section)]
    assert "NPS" in texts and "One-click checkout" in texts  # the implemented change is marked
    assert "http://" not in section.replace("http://www.w3.org", "")  # inline, no requests

    first_only = {**found, "runs": found["runs"][:1]}
    assert 'id="h-trends"' not in render_map_html(sample(), trends=first_only)
    assert 'id="h-trends"' not in render_map_html(sample())


def test_opportunity_table_carries_rank_estimates_and_roi(tmp_path):
    from cjm_widgets.render.tables import journey_tables, write_tables

    rows = {r["id"]: r for r in journey_tables(sample())["opportunities"]}
    assert (rows["tracking"]["rank"], rows["one_click"]["rank"]) == (1, 2)
    assert rows["one_click"]["roi_estimate"] == pytest.approx(1.0) and rows["one_click"]["implemented"] == "2026-02-01"
    assert rows["one_click"]["roi_assumptions"].startswith("Estimate from the team's guesses")
    assert rows["tracking"]["roi_estimate"] is None and "the team has not estimated Cost" in rows["tracking"]["roi_assumptions"]
    write_tables(Journey(client="Empty"), tmp_path)  # an empty table still names every column
    header = (tmp_path / "opportunities.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.endswith("roi_estimate,roi_assumptions,implemented")


def test_a_touchpoint_of_an_unknown_stage_still_renders_with_its_gap():
    journey = sample()
    journey.touchpoints.append(Touchpoint("chat", "Chat", "support", target=2.0))
    journey.scores.append(Score("chat", "touchpoint", 0.5, n=12))
    page = render_map_html(journey)
    assert "gap <b>+1.50</b> → Target +2.00" in page[page.index('data-touchpoint="chat"'):]
