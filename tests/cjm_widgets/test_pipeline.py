"""The workshop steps called as plain functions, in the notebooks' order, on a copy of the demo client."""
from __future__ import annotations

import csv
import json
import shutil

import pandas as pd
import pytest

from conftest import DEMO, TEST_DATA
from cjm_widgets import pipeline
from cjm_widgets.edits import read_journey, update_journey
from cjm_widgets.model import Journey
from cjm_widgets.operations import remove_touchpoint


def demo_copy(folder):
    """The demo client as the repository holds it, without a run's outputs or the team's journey."""
    client = folder / "demo"
    shutil.copytree(DEMO, client, ignore=shutil.ignore_patterns("out", "out.*", "history", "journey.json*",
                                                                ".journey_history"))
    return client


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """Every step once, as `cjm run` calls them, after the team removed a touchpoint the survey measures."""
    client = demo_copy(tmp_path_factory.mktemp("pipeline"))
    update_journey(client, lambda journey: remove_touchpoint(journey, "newsletter"))
    step = pipeline.Step.open(client, client / "staging")
    intake = pipeline.survey_intake(step)
    quotes, quote_problems = pipeline.interviews(step)
    persona_step = pipeline.personas(step)
    journey, _ = pipeline.scoring(step)
    outputs = pipeline.export_map(step)
    return dict(client=client, step=step, intake=intake, quotes=quotes, quote_problems=quote_problems,
                personas=persona_step, journey=journey, outputs=outputs)


def survey_rows(client) -> list[dict]:
    with (client / "data" / "survey.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_steps_write_into_the_folder_they_are_given(run):
    step = run["step"]
    assert step.out == run["client"] / "staging" and not (run["client"] / "out").exists()
    assert (step.out / pipeline.WORK_JOURNEY).is_file() and (step.out / pipeline.EVIDENCE).is_file()


def test_the_survey_step_reports_evidence_for_a_touchpoint_the_team_removed(run):
    intake = run["intake"]
    assert "newsletter" not in {t.id for t in intake.journey.touchpoints}
    assert any("newsletter" in problem for problem in intake.problems)
    assert "newsletter" not in set(intake.evidence["touchpoint"].astype(object))
    counts = dict(zip(intake.per_touchpoint()["touchpoint"], intake.per_touchpoint()["observations"]))
    answered = sum(1 for row in survey_rows(run["client"]) if row["How satisfied were you with the checkout?"].strip())
    assert counts["Checkout"] >= answered  # the checkout rating, plus the effort question and comments


def test_the_nps_is_the_one_computed_by_hand_from_the_export(run):
    rows = survey_rows(run["client"])
    column = next(c for c in rows[0] if c.startswith("How likely are you to recommend"))
    answers = [int(r[column]) for r in rows if r[column].strip()]
    by_hand = 100 * (sum(a >= 9 for a in answers) - sum(a <= 6 for a in answers)) / len(answers)
    nps = run["journey"].kpis["nps"]
    assert nps["n"] == len(answers) and nps["value"] == pytest.approx(by_hand)
    assert nps["ci_low"] < nps["value"] < nps["ci_high"]


def test_interview_quotes_keep_their_file_and_line(run):
    quotes = run["quotes"]
    assert quotes and all(q.kind == "quote" and q.source.file.startswith("0") for q in quotes)
    transcript = run["client"] / "data" / "interviews" / quotes[0].source.file
    assert transcript.is_file() and quotes[0].source.line is not None


def test_personas_cover_every_respondent_and_tag_the_evidence(run):
    personas = run["personas"].journey.personas
    assert len(personas) >= 2 and sum(p.share for p in personas) == pytest.approx(1.0)
    assert sum(p.size for p in personas) == len(survey_rows(run["client"]))
    evidence = pd.read_parquet(run["step"].out / pipeline.EVIDENCE)
    ratings = evidence[evidence["kind"].astype(object) == "rating"]
    assert set(ratings["persona"].dropna().astype(object)) == {p.id for p in personas}
    written = json.loads((run["step"].out / "personas.json").read_text(encoding="utf-8"))
    assert len(written) == len(personas)


def test_scoring_and_export_leave_the_deliverables(run):
    journey = run["journey"]
    scored = {s.target for s in journey.scores if s.level == "touchpoint" and s.value is not None}
    assert {"checkout", "delivery"} <= scored and journey.pain_points
    assert any(row["bottleneck"] for row in journey.kpis["funnel"])
    outputs = run["outputs"]
    assert outputs["journey_map"].read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert Journey.load(outputs["journey"]).kpis["nps"] == journey.kpis["nps"]
    assert json.loads(outputs["kpis"].read_text(encoding="utf-8"))["nps"]["n"] == journey.kpis["nps"]["n"]


def test_the_team_journey_follows_the_language_kit_yaml_names_now(run):
    kit = run["client"] / "kit.yaml"
    kit.write_text(kit.read_text(encoding="utf-8").replace("language: en ", "language: pl "), encoding="utf-8")
    journey = pipeline.team_journey(pipeline.Step.open(run["client"]))
    assert journey.language == "pl" and "newsletter" not in {t.id for t in journey.touchpoints}


def test_the_survey_step_reads_the_survey_the_preflight_parsed_once_and_removes_it(tmp_path):
    """`cjm run` parses the export in its preflight and hands it on: the survey step must use that
    parse (here trimmed to 10 rows, so using it shows) and not leave it behind."""
    from cjm_widgets.preflight import preflight

    client = demo_copy(tmp_path)
    step = pipeline.Step.open(client, tmp_path / "staging")
    survey = preflight(step.kit)
    survey.frame, survey.rows = survey.frame.head(10), survey.rows[:10]
    kept = pipeline.keep_parsed_survey(survey, step.out)
    intake = pipeline.survey_intake(step)
    assert not kept.exists()
    assert set(intake.evidence["row"].dropna().astype(int)) <= set(survey.rows)
    assert intake.evidence["respondent"].nunique() == 10


def test_scoring_keeps_the_orders_problems_beside_the_funnel_ones(tmp_path):
    """A bad date in the orders export is reported by the scoring step even when kit.yaml also has a
    funnel (the funnel's problems once replaced the orders' ones, so a bad row went unmentioned)."""
    client = demo_copy(tmp_path)
    lines = (TEST_DATA / "orders" / "generic_orders.csv").read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace("10.02.2026", "someday")
    (client / "data" / "orders.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    kit = client / "kit.yaml"
    kit.write_text(kit.read_text(encoding="utf-8") + "orders:\n  file: data/orders.csv\n", encoding="utf-8")
    step = pipeline.Step.open(client, tmp_path / "staging")
    assert step.kit.analytics  # the demo has a funnel
    pipeline.survey_intake(step), pipeline.interviews(step), pipeline.personas(step)
    _, problems = pipeline.scoring(step)
    assert any("orders.csv" in p and "someday" in p for p in problems), problems


def test_a_rerun_keeps_the_teams_review_of_quotes_in_the_evidence_table(tmp_path):
    """The facilitator reviews three quotes after a run (a touchpoint and sign corrected, a sign on a quote
    the coder read as neutral, one confirmed as coded); the rerun codes the transcripts afresh and
    out/evidence.parquet still carries the team's choice, marked as a judgement."""
    import pyarrow.parquet as pq

    from cjm_widgets import operations as ops
    from cjm_widgets.model import sign_of

    def chain(client):
        step = pipeline.Step.open(client, client / "out")
        pipeline.survey_intake(step), pipeline.interviews(step), pipeline.personas(step), pipeline.scoring(step)
        return pd.read_parquet(client / "out" / pipeline.EVIDENCE)

    client = demo_copy(tmp_path)
    first = chain(client)
    schema = pq.read_schema(client / "out" / pipeline.EVIDENCE)
    quotes = first[first["kind"] == "quote"].sort_values(["confidence", "file", "line"])  # the QuoteTagger's order
    quotes = quotes[~quotes.duplicated(["file", "line"], keep=False)]  # utterances coded to one touchpoint each
    signed = quotes[quotes["valence"] != 0]
    moved, neutral, confirmed = signed.iloc[0], quotes[quotes["valence"] == 0].iloc[0], signed.iloc[1]
    elsewhere = next(t.id for t in read_journey(client).touchpoints if t.id != moved["touchpoint"])
    key = {name: f"{row['file']}:{int(row['line'])}" for name, row in
           (("moved", moved), ("neutral", neutral), ("confirmed", confirmed))}
    update_journey(client, lambda j: (
        ops.set_quote_sign(j, key["moved"], -sign_of(moved["valence"]), elsewhere),
        ops.set_quote_sign(j, key["neutral"], 1, neutral["touchpoint"]),
        ops.confirm_quote(j, key["confirmed"], confirmed["touchpoint"], confirmed["valence"])))

    again = chain(client)
    rows = again[again["kind"] == "quote"]
    rows = rows.assign(key=rows["file"].astype(str) + ":" + rows["line"].astype(int).astype(str))  # model.quote_key
    kept = {name: rows[rows["key"] == k] for name, k in key.items()}
    assert {name: len(row) for name, row in kept.items()} == dict.fromkeys(key, 1)  # one each, on the team's touchpoint
    assert kept["moved"].iloc[0][["touchpoint", "valence"]].tolist() == [elsewhere, -moved["valence"]]
    assert kept["neutral"].iloc[0][["touchpoint", "valence"]].tolist() == [neutral["touchpoint"], 0.5]
    assert kept["confirmed"].iloc[0][["touchpoint", "valence"]].tolist() == [confirmed["touchpoint"],
                                                                             confirmed["valence"]]
    reviewed = rows["key"].isin(key.values())
    assert set(rows.loc[reviewed, "measure"]) == {"judgement"} and set(rows.loc[reviewed, "confidence"]) == {1.0}
    assert set(rows.loc[~reviewed, "measure"]) == {"sentiment"}  # the rest as the coder read them
    assert pq.read_schema(client / "out" / pipeline.EVIDENCE).equals(schema)  # the contract's columns and types


def test_a_comment_box_kit_yaml_calls_text_gives_every_persona_a_quote_of_its_own(tmp_path):
    """Eight comments many respondents wrote alike, about no touchpoint (so no evidence), read as
    choices to the survey reader, yet kit.yaml says `type: text`: they are open answers to quote, so
    no persona is left without a quote of its own (three of four were)."""
    client = demo_copy(tmp_path)
    said = ["Honestly I just like the colours of your brand", "My sister told me about you years ago",
            "I would like more organic things in the range", "Keep it up, you are my favourite so far",
            "Nothing to add really, all of it was fine", "I wish you had more sizes for tall people",
            "Could you sell gift cards for birthdays too", "Greetings from a happy family of five"]
    rows = survey_rows(client)
    for i, row in enumerate(rows):
        row["What should we improve?"], row["Anything else you would like to tell us?"] = said[i % 8], ""
    with (client / "data" / "survey.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, list(rows[0]))
        writer.writeheader(), writer.writerows(rows)
    kit = client / "kit.yaml"
    kit.write_text(kit.read_text(encoding="utf-8").replace(
        "  questions:                  # which survey column measures which touchpoint\n",
        '  questions:\n    - column: "What should we improve?"\n      type: text\n', 1), encoding="utf-8")
    step = pipeline.Step.open(client, tmp_path / "staging")
    pipeline.survey_intake(step), pipeline.interviews(step)
    personas = pipeline.personas(step).journey.personas
    quotes = [p.quote for p in personas]
    assert len(personas) >= 2 and all(quotes) and len(set(quotes)) == len(quotes), quotes
    assert sum(q in said for q in quotes) >= 2, quotes  # the others quote "What did you like most?"
