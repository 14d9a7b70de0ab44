"""All executed workshop notebooks as one offline HTML report with the code hidden.

nbconvert's stock templates load require.js, MathJax and the widget manager from CDNs, so the
notebooks are merged into one, widget state is stripped, code inputs are tagged ``remove-input``
and the ``cjm_report`` template (lab without any of those scripts) renders it. Cells the
facilitator tagged ``remove-cell`` disappear; ``remove-output`` hides an output.
"""
from __future__ import annotations

import copy
import html
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter
from nbconvert.preprocessors import TagRemovePreprocessor
from traitlets.config import Config

from ..errors import NotebookError

TEMPLATES = Path(__file__).parent / "templates"
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"


def export_report(notebook_paths, out_path, *, title: str) -> Path:
    """Merge the executed notebooks (in the order given) into one HTML report at ``out_path``."""
    merged = merge_notebooks([Path(p) for p in notebook_paths], title)
    config = Config()
    config.TagRemovePreprocessor.remove_cell_tags = {"remove-cell"}
    config.TagRemovePreprocessor.remove_input_tags = {"remove-input"}
    config.TagRemovePreprocessor.remove_all_outputs_tags = {"remove-output"}
    config.TagRemovePreprocessor.enabled = True
    exporter = HTMLExporter(config=config, template_name="cjm_report",
                            extra_template_basedirs=[str(TEMPLATES)])
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    exporter.register_preprocessor(TagRemovePreprocessor(config=config), enabled=True)
    body, _ = exporter.from_notebook_node(merged, resources={"metadata": {"name": title}})
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(body, encoding="utf-8")
    return out


def merge_notebooks(paths: list[Path], title: str) -> nbformat.NotebookNode:
    """One notebook: a title cell, then each notebook's cells with code inputs tagged to hide.

    Code cells without output are dropped (only an empty block would remain); widget outputs keep
    their text fallback; cell ids are prefixed per notebook so they stay unique.
    """
    merged = nbformat.v4.new_notebook()
    merged.metadata["title"] = title
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


def _without_widgets(output):
    """The output without widget views; None when nothing displayable is left."""
    data = output.get("data")
    if data is None or WIDGET_MIME not in data:
        return output
    del data[WIDGET_MIME]
    return output if data else None
