"""All executed workshop notebooks as one offline HTML report with the code hidden.

nbconvert's stock templates load require.js, MathJax and the widget manager from CDNs, so the
notebooks are merged into one, widget state is stripped, code inputs are tagged ``remove-input``
and the ``cjm_report`` template (lab without any of those scripts) renders it. Cells the
facilitator tagged ``remove-cell`` disappear; ``remove-output`` hides an output. A cell tagged
``lang-pl`` (``lang-en``, ``lang-ru``) is guidance text in that language: only the client's stays, and
the page says its language in ``<html lang>`` so screen readers and translators read it right.
The trends across the client's kept runs (``history.trends``) close the report, as on the map.
"""
from __future__ import annotations

import copy
import html
from pathlib import Path
from typing import Optional

import nbformat
from nbconvert import HTMLExporter
from nbconvert.preprocessors import TagRemovePreprocessor
from traitlets.config import Config

from ..errors import NotebookError
from ..labels import LANGUAGES, language_of
from .trends import trends_view

TEMPLATES = Path(__file__).parent / "templates"
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"


def export_report(notebook_paths, out_path, *, title: str, language: str = "en",
                  trends: Optional[dict] = None) -> Path:
    """Merge the executed notebooks (in the order given) into one HTML report at ``out_path``;
    ``trends`` (``history.trends``) adds the trends section once two runs are kept."""
    language = language_of(language)
    merged = merge_notebooks([Path(p) for p in notebook_paths], title, language)
    merged.cells += trends_cells(trends, language)
    config = Config()
    config.TagRemovePreprocessor.remove_cell_tags = {"remove-cell"}
    config.TagRemovePreprocessor.remove_input_tags = {"remove-input"}
    config.TagRemovePreprocessor.remove_all_outputs_tags = {"remove-output"}
    config.TagRemovePreprocessor.enabled = True
    exporter = HTMLExporter(config=config, template_name="cjm_report",
                            extra_template_basedirs=[str(TEMPLATES)])
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    exporter.language_code = language
    exporter.register_preprocessor(TagRemovePreprocessor(config=config), enabled=True)
    body, _ = exporter.from_notebook_node(merged, resources={"metadata": {"name": title}})
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(body, encoding="utf-8")
    return out


def merge_notebooks(paths: list[Path], title: str, language: str = "en") -> nbformat.NotebookNode:
    """One notebook: a title cell, then each notebook's cells with code inputs tagged to hide.

    Cells tagged for another language (``lang-ru`` in a Polish report) are left out.
    Code cells without output are dropped (only an empty block would remain); widget outputs keep
    their text fallback; cell ids are prefixed per notebook so they stay unique.
    """
    merged = nbformat.v4.new_notebook()
    merged.metadata["title"] = title
    other_languages = {f"lang-{code}" for code in LANGUAGES if code != language}
    merged.cells.append(nbformat.v4.new_markdown_cell(f"# {html.escape(title)}", id="report-title"))
    for number, path in enumerate(paths, start=1):
        try:
            notebook = nbformat.read(path, as_version=4)
        except (OSError, ValueError) as exc:  # missing file, not JSON, not a notebook
            raise NotebookError(f"{path}: cannot be read as a notebook ({exc}).") from None
        if number == 1:
            for key in ("kernelspec", "language_info"):
                if key in notebook.metadata:
                    merged.metadata[key] = copy.deepcopy(notebook.metadata[key])
        for cell in notebook.cells:
            if other_languages & set(cell.get("metadata", {}).get("tags", [])):
                continue
            cell = copy.deepcopy(cell)
            cell["id"] = f"nb{number}-{cell.get('id') or len(merged.cells)}"[:64]
            if cell.cell_type == "code":
                cell.outputs = [_without_widgets(o) for o in cell.outputs]
                cell.outputs = [o for o in cell.outputs if o is not None]
                if not cell.outputs:
                    continue
                tags = cell.metadata.setdefault("tags", [])
                if "remove-input" not in tags:
                    tags.append("remove-input")
            merged.cells.append(cell)
    return merged


def trends_cells(trends: Optional[dict], language: str) -> list:
    """A heading and the trends figure with its caption, as the map shows them; none before two runs."""
    view = trends_view(trends, language)
    if view is None:
        return []
    heading = nbformat.v4.new_markdown_cell(f"## {html.escape(view['title'])}", id="report-trends")
    figure = nbformat.v4.new_code_cell(metadata={"tags": ["remove-input"]}, id="report-trends-figure")
    figure.outputs = [nbformat.v4.new_output("display_data", data={
        "text/html": f'<figure><div role="img" aria-label="{html.escape(view["title"])}: {html.escape(view["alt"])}">'
                     f'{view["svg"]}</div><figcaption>{html.escape(view["caption"])}</figcaption></figure>',
        "text/plain": view["caption"]})]
    return [heading, figure]


def _without_widgets(output):
    """The output without widget views; None when nothing displayable is left."""
    data = output.get("data")
    if data is None or WIDGET_MIME not in data:
        return output
    del data[WIDGET_MIME]
    return output if data else None
