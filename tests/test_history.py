"""Snapshots per run and `cjm diff`: moved scores, new/resolved pain points, new touchpoints."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from cjm_widgets import Journey, PainPoint, Score, Touchpoint, stages_for
from cjm_widgets.cli import main
from cjm_widgets.history import diff_journeys, format_diff, snapshots, write_snapshot


def journey(delivery: float, search: float, pains=("delivery",), extra=()) -> Journey:
    j = Journey(client="Acme", stages=stages_for())
    j.touchpoints = [Touchpoint("search", "Site search", "consideration"),
                     Touchpoint("delivery", "Delivery", "post_purchase"), *extra]
    j.scores = [Score("search", "touchpoint", search, n=40, ci_low=search - 0.2, ci_high=search + 0.2),
                Score("delivery", "touchpoint", delivery, n=40, ci_low=delivery - 0.3, ci_high=delivery + 0.3)]
    j.pain_points = [PainPoint(t, "interval below zero") for t in pains]
    return j


def test_diff_names_what_changed():
    old = journey(delivery=-1.0, search=1.2)
    new = journey(delivery=0.4, search=1.25, pains=("checkout",),
                  extra=[Touchpoint("checkout", "Checkout", "decision")])
    diff = diff_journeys(old, new, "r1", "r2")
    moved = {c.target: c for c in diff.moved}
    assert moved["delivery"].beyond_interval and not moved["search"].beyond_interval
    assert diff.new_pain_points == ["Checkout"] and diff.resolved_pain_points == ["Delivery"]
    assert diff.new_touchpoints == ["Checkout"]
    text = format_diff(diff)
    assert "Delivery: -1.00 -> +0.40" in text and "1 other score(s) moved within" in text


def test_same_journey_has_no_changes():
    assert format_diff(diff_journeys(journey(-1, 1), journey(-1, 1))).endswith("none.")


def snapshot(journey_: Journey, history, when):
    return write_snapshot(journey_.save(history.parent / "journey.json").parent, history, when)


def test_snapshots_sort_by_time_and_diff_cli(tmp_path, capsys):
    history = tmp_path / "history"
    snapshot(journey(-1.0, 1.2), history, datetime(2026, 1, 1, tzinfo=timezone.utc))
    assert main(["diff", str(tmp_path)]) == 2
    assert "needs two" in capsys.readouterr().err
    snapshot(journey(0.5, 1.2, pains=()), history, datetime(2026, 2, 1, tzinfo=timezone.utc))
    snapshot(journey(0.5, 1.2, pains=()), history, datetime(2026, 2, 1, tzinfo=timezone.utc))
    assert [p.name for p in snapshots(tmp_path)] == ["20260101T000000Z", "20260201T000000Z",
                                                   "20260201T000000Z-2"]
    assert main(["diff", str(tmp_path)]) == 0
    assert "none." in capsys.readouterr().out
