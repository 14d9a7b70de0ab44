"""The editing rules as plain functions on a Journey, without widgets or files."""
from __future__ import annotations

from datetime import date

import pytest

from cjm_widgets.edits import EditRefused, read_journey, update_journey
from cjm_widgets.labels import label
from cjm_widgets.model import (Journey, MomentOfTruth, Observation, Opportunity, Override, PainPoint, Persona,
                               Score, Source, Stage, Touchpoint)
from cjm_widgets import operations as ops
from cjm_widgets.personas.reconcile import reconcile


@pytest.fixture
def journey() -> Journey:
    return Journey(
        client="Acme", language="en", stage_model="aidp",
        stages=[Stage("awareness", "Awareness"), Stage("decision", "Decision"), Stage("post_purchase", "After")],
        touchpoints=[Touchpoint("ads", "Ads", "awareness"), Touchpoint("cart", "Cart", "decision")],
        personas=[Persona("p1", "Bargain hunter", share=0.6, size=60, goals=["cheap"], demographics={"Age": "25-34"},
                          definition={"segments": ["a"], "members": ["1", "2"]}),
                  Persona("p2", "Busy parent", share=0.4, size=40, goals=["fast", "cheap"], quote="No time",
                          demographics={"Age": "35-44", "Kids": "yes"},
                          definition={"segments": ["b"], "members": ["3"]})],
        observations=[Observation("cart", -0.5, "rating", Source("survey.csv", row=2), persona="p2")],
        scores=[Score("cart", "touchpoint", -1.25, n=12), Score("cart", "touchpoint", -1.5, n=5, persona="p2")],
        overrides=[Override("cart", 1.0, "parents told us", persona="p2")],
        pain_points=[PainPoint("cart", rule="score below -1")],
        moments_of_truth=[MomentOfTruth("cart", reason="the worst moment")],
        opportunities=[Opportunity("one_click", "One-click checkout", touchpoint="cart", stage="decision")])


def refused(key: str, op, *args, **kwargs) -> EditRefused:
    with pytest.raises(EditRefused) as caught:
        op(*args, **kwargs)
    assert caught.value.key == key
    return caught.value


# ---- checks ---------------------------------------------------------------------------------

def test_names_are_trimmed_and_unique_without_case():
    assert ops.check_name("  Delivery ", ["Cart"]) == "Delivery"
    assert str(refused("name_taken", ops.check_name, "cart", ["Cart"])) == label("name_taken", "en", name="cart")
    refused("name_empty", ops.check_name, "   ", [])


def test_a_number_out_of_range_is_named_in_the_journeys_language(journey):
    journey.language = "pl"
    error = refused("out_of_range", ops.check_number, journey, 7, 1, 5, "importance")
    assert error.params["field"] == label("importance", "pl") and (error.params["low"], error.params["high"]) == (1, 5)
    assert refused("not_a_number", ops.check_number, journey, "many", 0, 1, "reach_field").params["field"] == \
        label("reach_field", "pl")


def test_ids_come_from_names_in_any_of_the_three_languages():
    assert ops.new_id("Dostawa i zwroty", []) == "dostawa_i_zwroty"
    assert ops.new_id("Łódź sklep", []) == "lodz_sklep"
    assert ops.new_id("Доставка", []) == "dostavka"
    assert ops.new_id("Cart", ["cart", "cart_2"]) == "cart_3"
    assert ops.new_id("!!!", []) == "item"


# ---- stages ---------------------------------------------------------------------------------

def test_add_rename_and_move_stages(journey):
    stage = ops.add_stage(journey, " Zwroty ")
    assert (stage.id, stage.name) == ("zwroty", "Zwroty") and journey.stages[-1] is stage
    refused("name_taken", ops.add_stage, journey, "zwroty")
    ops.rename_stage(journey, "zwroty", "Returns")
    ops.rename_stage(journey, "zwroty", "returns")  # its own name in another case is no clash
    refused("name_taken", ops.rename_stage, journey, "zwroty", "Decision")
    ops.move_stage(journey, "zwroty", -1)
    assert [s.id for s in journey.stages] == ["awareness", "decision", "zwroty", "post_purchase"]
    ops.move_stage(journey, "awareness", -1)  # the first stays first
    assert journey.stages[0].id == "awareness"
    with pytest.raises(KeyError):
        ops.move_stage(journey, "gone", 1)


def test_a_stage_in_use_is_removed_only_with_somewhere_for_its_touchpoints(journey):
    error = refused("stage_in_use", ops.remove_stage, journey, "decision")
    assert error.in_language("en").startswith("“Decision” still has 1 touchpoint: choose a stage")
    assert error.in_language("ru").startswith("У «Decision» ещё есть точки контакта (1): ")
    refused("stage_in_use", ops.remove_stage, journey, "decision", "decision")
    ops.remove_stage(journey, "decision", "post_purchase")
    assert journey.touchpoint("cart").stage == "post_purchase"
    assert journey.opportunities[0].stage == "post_purchase"
    ops.remove_stage(journey, "post_purchase", "awareness")
    refused("last_stage", ops.remove_stage, journey, "awareness")


def test_an_unused_stage_goes_and_frees_its_opportunities(journey):
    journey.opportunities[0].stage = "post_purchase"
    ops.remove_stage(journey, "post_purchase")
    assert [s.id for s in journey.stages] == ["awareness", "decision"] and journey.opportunities[0].stage is None


def test_position_map_spreads_old_stages_over_new_ones():
    assert ops.position_map(["a", "b", "c"], ["1", "2", "3", "4", "5"]) == {"a": "1", "b": "3", "c": "5"}
    assert ops.position_map(["a"], ["1", "2"]) == {"a": "1"}
    assert ops.position_map(["a"], []) == {}


def test_switching_the_stage_model_moves_touchpoints_by_position_or_choice(journey):
    journey.language = "pl"
    assert ops.switch_plan(journey, "5a") == {"awareness": "aware", "decision": "ask", "post_purchase": "advocate"}
    ops.switch_stage_model(journey, "5a", {"decision": "act"})
    assert journey.stage_model == "5a" and journey.stages[0].name == "Świadomość"
    assert {t.id: t.stage for t in journey.touchpoints} == {"ads": "aware", "cart": "act"}
    assert journey.opportunities[0].stage == "act"
    refused("same_model", ops.switch_stage_model, journey, "5a")


# ---- touchpoints ----------------------------------------------------------------------------

def test_add_a_touchpoint_to_a_stage_or_the_first(journey):
    assert ops.add_touchpoint(journey, "Parcel locker", "decision").stage == "decision"
    assert ops.add_touchpoint(journey, "Newsletter").stage == "awareness"
    assert [t.id for t in journey.touchpoints] == ["ads", "cart", "parcel_locker", "newsletter"]
    with pytest.raises(KeyError):
        ops.add_touchpoint(journey, "Phone", "nowhere")
    refused("no_stages", ops.add_touchpoint, Journey(), "Phone")


def test_touchpoint_fields_are_cleaned_and_checked(journey):
    for field, value in [("name", " Basket "), ("stage", "awareness"), ("channel", " Website "), ("online", 0),
                         ("owner", " E-commerce "), ("reach", "0.4"), ("importance", 5)]:
        ops.edit_touchpoint(journey, "cart", field, value)
    cart = journey.touchpoint("cart")
    assert (cart.name, cart.stage, cart.channel, cart.online, cart.owner, cart.reach, cart.importance) == \
        ("Basket", "awareness", "website", False, "E-commerce", 0.4, 5.0)
    refused("out_of_range", ops.edit_touchpoint, journey, "cart", "reach", 1.5)
    refused("out_of_range", ops.edit_touchpoint, journey, "cart", "importance", 0)
    refused("name_taken", ops.edit_touchpoint, journey, "cart", "name", "ads")
    with pytest.raises(KeyError):
        ops.edit_touchpoint(journey, "cart", "stage", "nowhere")
    assert journey.touchpoint("cart").reach == 0.4


def test_removing_a_touchpoint_takes_what_hangs_on_it(journey):
    ops.remove_touchpoint(journey, "cart")
    assert [t.id for t in journey.touchpoints] == ["ads"]
    assert journey.pain_points == [] and journey.moments_of_truth == []
    assert journey.opportunities[0].touchpoint is None  # the idea stays on the board
    with pytest.raises(KeyError):
        ops.remove_touchpoint(journey, "cart")


# ---- personas -------------------------------------------------------------------------------

def test_persona_edits_are_cleaned_and_marked_edited(journey):
    ops.edit_persona(journey, "p2", "goals", "fast delivery\n\n  track parcel  ")
    ops.edit_persona(journey, "p2", "color", "#1f77b4")
    ops.edit_persona(journey, "p2", "quote", "No time")  # unchanged: not marked
    persona = journey.persona("p2")
    assert persona.goals == ["fast delivery", "track parcel"] and persona.edited == ["color", "goals"]
    refused("bad_color", ops.edit_persona, journey, "p2", "color", "red")
    refused("name_taken", ops.edit_persona, journey, "p2", "name", "bargain HUNTER")
    ops.edit_persona(journey, "p2", "name", "Time-poor parent")
    assert journey.persona("p2").name == "Time-poor parent"


def test_merging_personas_keeps_people_evidence_and_overrides(journey):
    refused("same_persona", ops.merge_into, journey, "p1", "p1")
    ops.merge_into(journey, "p1", "p2")
    (merged,) = journey.personas
    assert (merged.id, merged.size, merged.share) == ("p1", 100, pytest.approx(1.0))
    assert merged.goals == ["cheap", "fast"] and merged.quote == "No time"
    assert merged.demographics == {"Age": "25-34", "Kids": "yes"}
    assert merged.definition["merged"] == [{"id": "p2", "name": "Busy parent"}]
    assert {"merged", "share", "size", "goals"} <= set(merged.edited)
    assert journey.observations[0].persona == "p1" and journey.overrides[0].persona == "p1"
    assert [s.persona for s in journey.scores] == [None]  # the next run scores the merged persona


def test_a_merge_is_found_again_by_the_next_run(journey):
    fresh = [Persona("p1", "Segment a", share=0.6, size=60, definition={"segments": ["a"], "members": ["1", "2"]}),
             Persona("p2", "Segment b", share=0.4, size=40, definition={"segments": ["b"], "members": ["3"]})]
    ops.merge_into(journey, "p1", "p2")
    kept, messages = reconcile(fresh, journey.personas)
    assert [(p.id, p.size) for p in kept] == [("p1", 100)] and messages == []


# ---- scores and targets ---------------------------------------------------------------------

def test_an_override_needs_a_reason_and_replaces_the_earlier_one(journey):
    refused("reason_missing", ops.override_score, journey, "ads", 1.0, "  ")
    refused("out_of_range", ops.override_score, journey, "ads", 3, "why not")
    ops.override_score(journey, "ads", 0.5, " fixed in March ", author=" Ola ")
    ops.override_score(journey, "ads", -1.0, "broken again")
    mine = [o for o in journey.overrides if o.target == "ads"]
    assert mine == [Override("ads", -1.0, "broken again", author="", persona=None)]
    assert len(journey.overrides) == 2  # p2's judgement on the cart stays
    ops.clear_override(journey, "cart", persona="p2")
    ops.clear_override(journey, "ads")
    assert journey.overrides == []


def test_a_target_is_checked_set_and_cleared(journey):
    ops.set_target(journey, "cart", 1.5)
    assert journey.touchpoint("cart").target == 1.5
    refused("out_of_range", ops.set_target, journey, "cart", 2.5)
    ops.set_target(journey, "cart", None)
    assert journey.touchpoint("cart").target is None


# ---- opportunities --------------------------------------------------------------------------

def test_add_edit_and_remove_an_opportunity(journey):
    assert ops.add_opportunity(journey, "Parcel lockers").id == "parcel_lockers"
    refused("name_taken", ops.add_opportunity, journey, "one-click CHECKOUT")
    for field, value in [("touchpoint", "ads"), ("impact", "5"), ("effort", 2), ("owner", " Logistics "),
                         ("kpi", " Delivery CSAT "), ("implemented", date(2026, 3, 31))]:
        ops.edit_opportunity(journey, "parcel_lockers", field, value)
    lockers = journey.opportunities[-1]
    assert (lockers.touchpoint, lockers.impact, lockers.effort, lockers.owner, lockers.kpi, lockers.implemented) == \
        ("ads", 5, 2, "Logistics", "Delivery CSAT", "2026-03-31")
    refused("out_of_range", ops.edit_opportunity, journey, "parcel_lockers", "effort", 0)
    ops.edit_opportunity(journey, "parcel_lockers", "touchpoint", "")
    ops.edit_opportunity(journey, "parcel_lockers", "implemented", " 2026-04-01 ")
    assert lockers.implemented == "2026-04-01"
    assert refused("diff_bad_date", ops.edit_opportunity, journey, "parcel_lockers", "implemented", "spring").params == \
        {"title": "Parcel lockers", "value": "spring"}
    assert lockers.implemented == "2026-04-01"
    ops.edit_opportunity(journey, "parcel_lockers", "implemented", None)
    assert (lockers.touchpoint, lockers.implemented) == (None, "")
    ops.remove_opportunity(journey, "one_click")
    assert [o.id for o in journey.opportunities] == ["parcel_lockers"]
    with pytest.raises(KeyError):
        ops.remove_opportunity(journey, "one_click")


def test_estimates_are_read_as_typed_and_empty_clears_them(journey):
    ops.edit_opportunity(journey, "one_click", "cost", "12 500,50")
    ops.edit_opportunity(journey, "one_click", "effect", "-0,5")
    assert (journey.opportunities[0].cost, journey.opportunities[0].effect) == (12500.5, -0.5)
    journey.language = "ru"
    assert refused("not_negative", ops.edit_opportunity, journey, "one_click", "cost", "-1").params["field"] == \
        label("cost", "ru")
    assert refused("not_a_number", ops.edit_opportunity, journey, "one_click", "effect", "a lot").params["field"] == \
        label("expected_effect", "ru")
    ops.edit_opportunity(journey, "one_click", "cost", " ")
    assert journey.opportunities[0].cost is None


# ---- quotes ---------------------------------------------------------------------------------

def test_tag_set_aside_and_untag_a_quote(journey):
    ops.tag_quote(journey, "interview.txt:12", "cart")
    ops.tag_quote(journey, "interview.txt:14", ops.NOT_A_TOUCHPOINT)
    assert journey.quote_tags == {"interview.txt:12": "cart", "interview.txt:14": ""}
    with pytest.raises(KeyError):
        ops.tag_quote(journey, "interview.txt:12", "gone")
    ops.untag_quote(journey, "interview.txt:14")
    assert journey.quote_tags == {"interview.txt:12": "cart"}



def test_a_quotes_sign_confirm_and_undo_are_the_teams_choice(journey):
    key = "interview.txt:12"
    ops.set_quote_sign(journey, key, -1, "ads")  # the sign is about the touchpoint it shows on: both kept
    assert (journey.quote_tags, journey.quote_signs) == ({key: "ads"}, {key: -1})
    ops.tag_quote(journey, key, "cart")  # moved on: the team's sign goes with it
    assert (journey.quote_tags, journey.quote_signs) == ({key: "cart"}, {key: -1})
    ops.confirm_quote(journey, "interview.txt:14", "ads", 0.62)  # as coded: touchpoint and sign, a judgement too
    ops.confirm_quote(journey, "interview.txt:16", "cart", 0.0)
    assert journey.quote_signs == {key: -1, "interview.txt:14": 1, "interview.txt:16": 0}
    assert journey.quote_tags["interview.txt:14"] == "ads"
    ops.untag_quote(journey, key)  # undo: forget the team's choice, tag and sign
    assert key not in journey.quote_tags and key not in journey.quote_signs
    ops.tag_quote(journey, "interview.txt:14", ops.NOT_A_TOUCHPOINT)  # set aside: no evidence, no sign
    assert journey.quote_signs == {"interview.txt:16": 0}


def test_a_quotes_sign_is_refused_in_the_journeys_language(journey):
    journey.language = "pl"
    before = (dict(journey.quote_tags), dict(journey.quote_signs))
    for bad in (2, 0.5, "+", True, None):
        refused("bad_quote_sign", ops.set_quote_sign, journey, "interview.txt:12", bad, "cart")
    set_aside = refused("sign_set_aside", ops.set_quote_sign, journey, "interview.txt:12", 1, ops.NOT_A_TOUCHPOINT)
    assert "punkt styku" in set_aside.in_language("pl")
    refused("out_of_range", ops.confirm_quote, journey, "interview.txt:12", "cart", float("nan"))
    with pytest.raises(KeyError):
        ops.set_quote_sign(journey, "interview.txt:12", 1, "gone")
    assert (journey.quote_tags, journey.quote_signs) == before  # nothing half-written

# ---- with the locked store -------------------------------------------------------------------

def test_an_operation_is_one_saved_change_and_a_refusal_writes_nothing(tmp_path, journey):
    journey.save(tmp_path / "journey.json")
    update_journey(tmp_path, lambda j: ops.add_stage(j, "Returns"))
    before = (tmp_path / "journey.json").read_bytes()
    with pytest.raises(EditRefused):
        update_journey(tmp_path, lambda j: ops.add_stage(j, "returns"))
    assert (tmp_path / "journey.json").read_bytes() == before
    assert read_journey(tmp_path).stages[-1].name == "Returns"
