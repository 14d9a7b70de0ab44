"""Snapshots per run and `cjm diff`: moved scores and KPIs, changed inputs, pain points, changes made; trends."""
from __future__ import annotations

import json

import pytest
from datetime import datetime, timezone

from cjm_widgets import Journey, Opportunity, PainPoint, Score, Touchpoint, stages_for
from cjm_widgets.cli import main
from cjm_widgets.history import diff_journeys, diff_runs, format_diff, snapshots, trends, write_snapshot
from cjm_widgets.render.trends import trends_figure


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
    assert "Delivery: -1.00 -> +0.40" in text and "1 other score moved within" in text


def test_same_journey_has_no_changes():
    assert format_diff(diff_journeys(journey(-1, 1), journey(-1, 1))).endswith("none.")


def test_diff_speaks_the_language_of_the_journey():
    old = journey(delivery=-1.0, search=1.2)
    new = journey(delivery=0.4, search=1.25, pains=("checkout",),
                  extra=[Touchpoint("checkout", "Checkout", "decision")])
    new.language = "ru"
    text = format_diff(diff_journeys(old, new, "r1", "r2"))
    assert text.splitlines() == ["Изменения с запуска r1 по r2:", "Оценки, вышедшие за свой 95% интервал:",
                                 "  Delivery: \u22121,00 -> +0,40", "Изменились в пределах интервала: 1 оценка.",
                                 "Новые болевые точки: Checkout", "Устранённые болевые точки: Delivery",
                                 "Новые точки контакта: Checkout"]
    new.language = "pl"
    assert format_diff(diff_journeys(new, new, "r1", "r2")) == "Zmiany od przebiegu r1 do r2: brak."


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


def kept_run(client, when, *, nps, survey_sha, delivery=-1.0, implemented=""):
    """A run as the runner keeps it: out/journey.json, kpis.json and run.json, copied to history/."""
    j = journey(delivery, 1.2)
    j.opportunities = [Opportunity("o1", "Courier tracking", touchpoint="delivery", implemented=implemented)]
    j.stages[0].name = "Awareness"
    j.scores.append(Score("awareness", "stage", delivery / 2, n=40))
    out = client / "out"
    j.save(out / "journey.json")
    kpis = {"nps": {"value": nps, "ci_low": nps - 10, "ci_high": nps + 10, "n": 200},
            "aov": {"value": 53.1, "ci_low": 27.0, "ci_high": 79.3, "n": 8},
            "funnel": [{"stage": "awareness", "users": 1000, "conversion": None},
                       {"stage": "interest", "users": 400, "conversion": 0.4}]}
    (out / "kpis.json").write_text(json.dumps(kpis), encoding="utf-8")
    run = {"finished": when.isoformat(), "inputs": {"data/survey.csv": survey_sha, "kit.yaml": "k1"}}
    (out / "run.json").write_text(json.dumps(run), encoding="utf-8")
    return write_snapshot(out, client / "history", when)


def three_runs(client):
    kept_run(client, datetime(2026, 1, 10, tzinfo=timezone.utc), nps=-18.5, survey_sha="aaa")
    kept_run(client, datetime(2026, 2, 10, tzinfo=timezone.utc), nps=-81.5, survey_sha="bbb",
             implemented="2026-02-01")
    kept_run(client, datetime(2026, 3, 10, tzinfo=timezone.utc), nps=-81.5, survey_sha="bbb",
             implemented="2026-02-01")


def test_diff_from_the_first_run_names_the_nps_drop_the_changed_file_and_the_change_made(tmp_path, capsys):
    three_runs(tmp_path)
    assert main(["diff", str(tmp_path)]) == 0  # the last two runs: same data, same scores
    assert "none." in capsys.readouterr().out
    assert main(["diff", str(tmp_path), "--from", "20260110"]) == 0
    out = capsys.readouterr().out
    assert "Changes from run 20260110T000000Z to run 20260310T000000Z" in out
    assert "NPS: -18.5 -> -81.5" in out
    assert "Input files changed: data/survey.csv" in out and "kit.yaml" not in out
    assert "Opportunities implemented in between: Courier tracking (2026-02-01)" in out
    assert "aov" not in out  # unchanged KPIs are not reported


def test_runs_are_chosen_by_index_name_or_prefix(tmp_path, capsys):
    three_runs(tmp_path)
    diff = diff_runs(tmp_path, "-3", "-2")
    assert (diff.before, diff.after) == ("20260110T000000Z", "20260210T000000Z")
    assert [(k.name, k.beyond_interval) for k in diff.kpis] == [("nps", True)]
    assert diff.changed_inputs == ["data/survey.csv"]
    assert diff_runs(tmp_path, "0", "20260310T000000Z").after == "20260310T000000Z"
    assert diff_runs(tmp_path, "-2").implemented == []  # went live before the second run
    assert main(["diff", str(tmp_path), "--from", "2026"]) == 2
    assert "matches several runs" in capsys.readouterr().err
    assert main(["diff", str(tmp_path), "--to", "-7"]) == 2
    assert "only 3 runs are kept" in capsys.readouterr().err
    assert main(["diff", str(tmp_path), "--from", "-1"]) == 2
    assert "is not before run" in capsys.readouterr().err


def test_diff_reads_kpis_from_the_journey_when_a_snapshot_has_no_kpis_json(tmp_path):
    history = tmp_path / "history"
    old, new = journey(-1.0, 1.2), journey(-1.0, 1.2)
    old.kpis = {"nps": {"value": 20.0, "ci_low": 10.0, "ci_high": 30.0, "n": 100},
                "repeat_rate": {"value": 0.3, "ci_low": 0.2, "ci_high": 0.4, "n": 80}}
    new.kpis = {"nps": {"value": 25.0, "ci_low": 15.0, "ci_high": 35.0, "n": 100},
                "repeat_rate": {"value": 0.8, "ci_low": 0.7, "ci_high": 0.9, "n": 80}}
    snapshot(old, history, datetime(2026, 1, 1, tzinfo=timezone.utc))
    snapshot(new, history, datetime(2026, 1, 2, tzinfo=timezone.utc))
    diff = diff_runs(tmp_path)
    assert [(k.name, k.before, k.after, k.beyond_interval) for k in diff.kpis] == [
        ("nps", 20.0, 25.0, False), ("repeat_rate", 0.3, 0.8, True)]
    assert diff.changed_inputs is None
    text = format_diff(diff)
    assert "input checksums not kept for run 20260101T000000Z" in text
    assert "repeat purchase rate: 30% -> 80%" in text
    assert "1 other KPI moved within their interval." in text


def test_trends_per_run_date(tmp_path):
    three_runs(tmp_path)
    found = trends(tmp_path)
    assert [r["time"] for r in found["runs"]] == ["2026-01-10T00:00:00", "2026-02-10T00:00:00", "2026-03-10T00:00:00"]
    assert [r["nps"] for r in found["runs"]] == [-18.5, -81.5, -81.5]
    assert found["runs"][0]["stages"] == {"awareness": -0.5}
    assert found["runs"][0]["funnel"] == {"interest": 0.4}
    assert found["runs"][0]["aov"] == 53.1 and found["runs"][0]["repeat_rate"] is None
    assert found["implemented"] == [{"date": "2026-02-01", "title": "Courier tracking"}]
    figure = trends_figure(found)
    titles = [ax.get_title() for ax in figure.axes]
    assert titles == ["NPS", "Stage scores (-2..+2)", "Funnel conversion", "AOV"]
    nps_axis = figure.axes[0]
    assert list(nps_axis.lines[0].get_ydata()) == [-18.5, -81.5, -81.5]
    marked = [t.get_text() for t in nps_axis.texts]
    assert marked == ["Courier tracking"]
    figure.savefig(tmp_path / "trends.png")
    assert (tmp_path / "trends.png").stat().st_size > 5000


def test_trend_figure_of_a_client_without_runs_says_so(tmp_path):
    found = trends(tmp_path)
    assert found == {"runs": [], "implemented": [], "stage_names": {}}
    figure = trends_figure(found)
    assert "No kept run has KPIs yet" in figure.axes[0].texts[0].get_text()


def test_a_broken_snapshot_file_is_named(tmp_path, capsys):
    three_runs(tmp_path)
    broken = snapshots(tmp_path)[0] / "kpis.json"
    broken.write_text("{not json", encoding="utf-8")
    assert main(["diff", str(tmp_path), "--from", "0"]) == 2
    err = capsys.readouterr().err
    assert str(broken) in err and "not readable JSON" in err and "Delete this snapshot" in err


@pytest.mark.filterwarnings("error")
def test_trends_of_kept_runs_and_the_run_being_written_plot_without_a_warning():
    """Kept runs' times are naive UTC, the run being written carries +00:00: mixed, matplotlib warned
    about time zones in the middle of notebook 06 and the report."""
    runs = [{"time": "2026-01-10T09:00:00", "nps": 10.0}, {"time": "2026-01-10T11:30:00+00:00", "nps": 20.0}]
    figure = trends_figure({"runs": runs, "implemented": [], "stage_names": {}})
    assert list(figure.axes[0].lines[0].get_ydata()) == [10.0, 20.0]
    assert figure.axes[0].xaxis.get_major_formatter()(figure.axes[0].get_xticks()[0]).startswith("2026-01-10 ")
