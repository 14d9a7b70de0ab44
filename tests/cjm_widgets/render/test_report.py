"""The notebooks report: one offline HTML file, code hidden, tagged cells removed, widgets stripped."""
from __future__ import annotations

import re

import nbformat
import pytest

from cjm_widgets.errors import NotebookError
from cjm_widgets.render import export_report

WIDGET = "application/vnd.jupyter.widget-view+json"


def _executed_notebooks(tmp_path):
    """Two small notebooks that look executed: outputs filled in by hand, one widget, tagged cells."""
    first = nbformat.v4.new_notebook()
    shown = nbformat.v4.new_code_cell("SECRET_CODE = 1\nprint('scores ready')")
    shown.outputs = [nbformat.v4.new_output("stream", name="stdout", text="scores ready\n")]
    widget = nbformat.v4.new_code_cell("slider")
    widget.outputs = [nbformat.v4.new_output("display_data", data={
        "text/plain": "IntSlider(value=3)", WIDGET: {"model_id": "abc", "version_major": 2, "version_minor": 0}})]
    removed = nbformat.v4.new_code_cell("private_cell()", metadata={"tags": ["remove-cell"]})
    removed.outputs = [nbformat.v4.new_output("stream", name="stdout", text="PRIVATE OUTPUT\n")]
    silent = nbformat.v4.new_code_cell("SILENT_CODE = 2")
    first.cells = [nbformat.v4.new_markdown_cell("# Step 1: scores"), shown, widget, removed, silent]
    first.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {
        "state": {}, "version_major": 2, "version_minor": 0}}
    second = nbformat.v4.new_notebook()
    table = nbformat.v4.new_code_cell("VISIBLE_INPUT_TAGGED", metadata={"tags": ["remove-input"]})
    table.outputs = [nbformat.v4.new_output("execute_result", execution_count=1, data={
        "text/html": "<table><tr><td>Punkty bólu — Болевые точки</td></tr></table>", "text/plain": "df"})]
    second.cells = [nbformat.v4.new_markdown_cell("# Step 2: map"), table]
    paths = [tmp_path / "01_scores.ipynb", tmp_path / "02_map.ipynb"]
    nbformat.write(first, paths[0])
    nbformat.write(second, paths[1])
    return paths


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("report")
    path = export_report(_executed_notebooks(tmp), tmp / "out" / "report.html", title="ACME <b>workshop</b>")
    return path.read_text(encoding="utf-8")


def test_report_has_both_notebooks_in_order_with_outputs(report):
    assert report.index("Step 1: scores") < report.index("scores ready") < report.index("Step 2: map")
    assert "Punkty bólu — Болевые точки" in report
    assert "IntSlider(value=3)" in report  # the widget's text fallback stays
    assert "<title>ACME &lt;b&gt;workshop&lt;/b&gt;</title>" in report
    assert "<b>workshop</b>" not in report


def test_report_hides_code_and_removes_tagged_cells(report):
    for code in ("SECRET_CODE", "SILENT_CODE", "VISIBLE_INPUT_TAGGED", "private_cell", "PRIVATE OUTPUT"):
        assert code not in report, code


def test_report_loads_nothing_from_the_network(report):
    assert not re.search(r"<script[^>]+src=", report)
    assert "https://cdn" not in report and "cdnjs" not in report
    assert "require.js" not in report and "MathJax" not in report
    assert WIDGET not in report and "widget-state" not in report
    assert not re.search(r"url\(\s*['\"]?https?:", report) and "<link" not in report


def test_unreadable_notebook_is_named(tmp_path):
    bad = tmp_path / "broken.ipynb"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(NotebookError, match="broken.ipynb"):
        export_report([bad], tmp_path / "r.html", title="x")


def test_report_speaks_the_clients_language(tmp_path):
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_markdown_cell("Survey intake: how to read this", metadata={"tags": ["lang-en"]}),
                      nbformat.v4.new_markdown_cell("Приём анкеты: как это читать", metadata={"tags": ["lang-ru"]}),
                      nbformat.v4.new_markdown_cell("Przyjęcie ankiety", metadata={"tags": ["lang-pl"]}),
                      nbformat.v4.new_markdown_cell("## 42")]
    nbformat.write(notebook, tmp_path / "01.ipynb")
    page = export_report([tmp_path / "01.ipynb"], tmp_path / "report.html", title="Ромашка", language="ru")
    text = page.read_text(encoding="utf-8")
    assert re.search(r'<html lang="ru"', text)
    assert "Приём анкеты" in text and "Survey intake" not in text and "Przyjęcie" not in text and "42" in text
    english = export_report([tmp_path / "01.ipynb"], tmp_path / "en.html", title="X").read_text(encoding="utf-8")
    assert '<html lang="en"' in english and "Survey intake" in english and "Приём" not in english


def test_report_ends_with_the_trends_once_two_runs_are_kept(tmp_path):
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_markdown_cell("# Карта")]
    nbformat.write(notebook, tmp_path / "01.ipynb")
    runs = [{"run": "a", "time": "2026-01-01T10:00:00+00:00", "nps": 10.0, "stages": {"awareness": 0.5}},
            {"run": "b", "time": "2026-02-01T10:00:00+00:00", "nps": 24.0, "stages": {"awareness": 0.9}}]
    trends = {"runs": runs, "implemented": [{"date": "2026-01-15", "title": "Быстрая доставка"}],
              "stage_names": {"awareness": "Осведомлённость"}}
    page = export_report([tmp_path / "01.ipynb"], tmp_path / "report.html", title="Ромашка", language="ru",
                         trends=trends).read_text(encoding="utf-8")
    section = page[page.index(">Динамика по запускам<"):]
    assert page.index("Карта") < page.index(">Динамика по запускам<")
    figure = section[:section.index("</figure>")]
    assert 'aria-label="Динамика по запускам: 2026-01-01 10:00, 2026-02-01 10:00"' in figure
    assert "<svg" in figure and "Осведомлённость" in figure and "Быстрая доставка" in figure
    assert "<figcaption>2 запуска в history/; пунктир: изменения, отмеченные как внедрённые</figcaption>" in figure

    one_run = export_report([tmp_path / "01.ipynb"], tmp_path / "one.html", title="Ромашка", language="ru",
                            trends={"runs": runs[:1]}).read_text(encoding="utf-8")
    assert "Динамика по запускам" not in one_run
