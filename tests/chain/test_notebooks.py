"""The workshop notebooks: their parameter contract, and `cjm run` end to end on the demo."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
from pathlib import Path

import nbformat
import papermill
import pandas as pd
import pytest

from cjm_widgets import Journey
from cjm_widgets.evidence import COLUMNS
from cjm_widgets.cli import main
from cjm_widgets.errors import ConfigError, NotebookError
from cjm_widgets.lifetimes import descendants
from cjm_widgets.runner import run_client, workshop_notebooks
from conftest import DEMO

HOSTILE = "<script>alert(9)</script><img src=x onerror=alert(8)>"
AIDP = ["Awareness", "Interest", "Consideration", "Decision", "Post-purchase"]


@pytest.mark.parametrize("notebook", workshop_notebooks(), ids=lambda p: p.stem)
def test_notebook_contract(notebook):
    """Read without a kernel: typed, documented parameters; committed clean, kernel python3."""
    parameters = papermill.inspect_notebook(str(notebook))
    assert {name: p["inferred_type_name"] for name, p in parameters.items()} == {
        "client_dir": "str", "out_dir": "str", "interactive": "bool"}
    assert all(p["help"] for p in parameters.values())
    book = nbformat.read(notebook, as_version=4)
    assert book.metadata.kernelspec.name == "python3"
    assert all(not c.get("outputs") and not c.get("execution_count") for c in book.cells if c.cell_type == "code")
    # guidance comes from the label table in the client's language, never as English markdown
    assert [c.cell_type for c in book.cells] == ["code"] * len(book.cells)
    assert 'steps.guide("' in book.cells[1].source


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    """One `cjm run` over a copy of the demo client (raw data copied, never touched)."""
    client = tmp_path_factory.mktemp("run") / "demo"
    shutil.copytree(DEMO, client, ignore=shutil.ignore_patterns("out", "out.*"))
    result = run_client(client, progress=False, log=lambda _: None)
    return client, result


def test_run_writes_the_deliverables(demo_run):
    client, result = demo_run
    out = client / "out"
    executed = sorted((out / "notebooks").glob("*.ipynb"))
    assert len(executed) >= 4
    html = (out / "journey_map.html").read_text(encoding="utf-8")
    for name in AIDP:
        assert name in html
    assert "<svg" in html
    assert "<script src=" not in html and "http://" not in html.replace("http://www.w3.org", "")
    assert (out / "report.html").stat().st_size > 10_000
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert "data/survey.csv" in run["inputs"] and len(run["inputs"]["data/survey.csv"]) == 64
    assert set(run["notebooks"]) == {p.name for p in executed}
    assert run["versions"]["papermill"] and run["parameters"]["client_dir"] == str(client.resolve())
    assert not (client / "out.partial").exists()


def test_scores_csv_and_kpis_json_follow_the_readme(demo_run):
    client, _ = demo_run
    out = client / "out"
    with (out / "scores.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0])[:9] == ["level", "stage", "touchpoint", "persona", "score", "n", "ci_low", "ci_high",
                                 "confidence"]
    journey = Journey.load(out / "journey.json")
    personas = ["all"] + [p.name for p in journey.personas]
    scored = {(r["level"], r["stage"] if r["level"] == "stage" else r["touchpoint"], r["persona"]) for r in rows}
    for persona in personas:
        assert all(("stage", s.id, persona) in scored for s in journey.stages)
        assert all(("touchpoint", t.id, persona) in scored for t in journey.touchpoints)
    for row in rows:
        if row["score"]:
            assert float(row["ci_low"]) <= float(row["score"]) <= float(row["ci_high"])
            assert -2 <= float(row["score"]) <= 2
            n = int(row["n"])
            assert row["confidence"] == ("insufficient" if n < 5 else "indicative" if n < 30 else "reliable")
    with (client / "data" / "survey.csv").open(encoding="utf-8", newline="") as handle:
        survey = list(csv.DictReader(handle))
    column = next(c for c in survey[0] if c.startswith("How likely are you to recommend"))
    answers = [int(r[column]) for r in survey if r[column].strip()]
    by_hand = 100 * (sum(a >= 9 for a in answers) - sum(a <= 6 for a in answers)) / len(answers)
    kpis = json.loads((out / "kpis.json").read_text(encoding="utf-8"))
    assert kpis["nps"]["n"] == len(answers) and abs(kpis["nps"]["value"] - by_hand) < 1e-9
    assert any(row["bottleneck"] for row in kpis["funnel"])


def test_run_scores_come_from_the_demo_data(demo_run):
    client, _ = demo_run
    journey = Journey.load(client / "out" / "journey.json")
    evidence = pd.read_parquet(client / "out" / "evidence.parquet")
    assert len(evidence) > 1000 and list(evidence.columns) == list(COLUMNS)
    assert {"rating", "quote"} <= set(evidence["kind"].astype(str))
    assert len(journey.observations) < len(evidence) / 4  # the results keep the rows the map shows
    delivery_rows = evidence[evidence["touchpoint"] == "delivery"]
    assert journey.score_of("delivery").n == len(delivery_rows)
    assert journey.kpis["evidence"]["observations"] == len(evidence)
    assert not (client / "journey.json").exists()  # a run writes no decisions: the team's file stays the team's
    search, delivery = journey.score_of("search"), journey.score_of("delivery")
    assert search.value > 0.5 > -0.5 > delivery.value
    assert search.confidence == "reliable" and search.n >= 30
    assert any(p.touchpoint in {"delivery", "returns"} for p in journey.pain_points)
    assert 2 <= len(journey.personas) <= 6
    assert abs(sum(p.share for p in journey.personas) - 1) < 1e-6


def test_changed_data_changes_the_map(demo_run, tmp_path):
    client, _ = demo_run
    copy = tmp_path / "demo"
    shutil.copytree(client, copy, ignore=shutil.ignore_patterns("out", "out.*"))
    survey = copy / "data" / "survey.csv"
    rows = list(csv.reader(io.StringIO(survey.read_text(encoding="utf-8"), newline="")))
    column = next(i for i, h in enumerate(rows[0]) if "deliver" in h.lower() and "satisf" in h.lower())
    for row in rows[1:]:
        row[column] = "5"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    survey.write_text(buffer.getvalue(), encoding="utf-8")
    with (copy / "data" / "interviews" / "04_david_okafor.txt").open("a", encoding="utf-8") as transcript:
        transcript.write(f"Interviewer: And the delivery?\nDavid: The delivery was horrible {HOSTILE}, awful, "
                         "disgusting, the worst ever. It never arrived, I waited three weeks and nobody answered. "
                         "They charged me twice.\n")
    run_client(copy, progress=False, log=lambda _: None)
    before = Journey.load(client / "out" / "journey.json").score_of("delivery").value
    after = Journey.load(copy / "out" / "journey.json").score_of("delivery").value
    assert before < 0 < after
    assert (copy / "out" / "journey_map.html").read_text() != (client / "out" / "journey_map.html").read_text()
    pages = {name: (copy / "out" / name).read_text(encoding="utf-8") for name in ("journey_map.html", "report.html")}
    assert "&lt;script&gt;alert(9)" in pages["report.html"]  # the strongest negative quote, shown as text
    for text in pages.values():
        assert "<script>alert(9)" not in text and "<img src=x" not in text


def test_a_failing_notebook_is_named_and_old_outputs_stay(demo_run, tmp_path):
    client, _ = demo_run
    copy = tmp_path / "demo"
    shutil.copytree(client, copy)
    before = (copy / "out" / "journey_map.html").read_bytes()
    (copy / "data" / "survey.csv").write_bytes(b"\x00\x01\x02 not a survey \xff\xfe" * 10)
    with pytest.raises(ConfigError, match="survey.csv"):  # preflight: refused before any notebook starts
        run_client(copy, progress=False, log=lambda _: None)
    assert _kernels() == []  # those booted while the data was checked ended with the refusal
    shutil.copy(client / "data" / "survey.csv", copy / "data" / "survey.csv")
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    for path in workshop_notebooks():
        book = nbformat.read(path, as_version=4)
        if path.name.startswith("01_"):
            book.cells.append(nbformat.v4.new_code_cell("raise RuntimeError('broken on purpose')"))
        nbformat.write(book, notebooks / path.name)
    with pytest.raises(NotebookError) as err:
        run_client(copy, notebooks_dir=notebooks, progress=False, log=lambda _: None)
    assert "01_survey_intake.ipynb failed in cell" in str(err.value) and "broken on purpose" in str(err.value)
    assert (copy / "out" / "journey_map.html").read_bytes() == before
    assert _kernels() == []  # those started ahead for the notebooks after it stopped too


def _kernels() -> list[int]:
    """The kernels still running below this process."""
    found = []
    for pid in descendants(os.getpid()):
        try:
            if b"ipykernel" in Path(f"/proc/{pid}/cmdline").read_bytes():
                found.append(pid)
        except OSError:  # ended while we looked
            pass
    return found


def test_cjm_run_on_a_fresh_client(tmp_path, capsys):
    client = tmp_path / "new"
    assert main(["init", str(client), "--client", "New client"]) == 0
    assert main(["run", str(client), "--quiet"]) == 0
    html = (client / "out" / "journey_map.html").read_text(encoding="utf-8")
    assert "New client" in html and all(name in html for name in AIDP)
    assert "journey_map.html" in capsys.readouterr().out
