"""Imports run one way (docs: DESIGN.md, Layers): a module may import its own layer and those below.

Read from the source with `ast`, so a lazy import inside a function counts as much as one at the top.
"""
from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "cjm_widgets"
LAYERS = {  # low to high; a top-level module or subpackage of cjm_widgets belongs to exactly one
    "model": {"model", "errors", "stages", "clientdir", "evidence", "labels", "settings", "values"},
    "ingest": {"config", "preflight", "kit_init", "decoding", "input_limits", "survey", "transcripts", "sentiment",
               "orders", "funnel"},
    "analysis": {"scoring", "insights", "kpis", "personas", "commerce", "future", "client"},
    "edit": {"edits", "operations"},
    "render": {"render", "show"},
    "widgets": {"widgets"},
    "run": {"pipeline", "runner", "kernels", "batch", "history", "cli", "drilldown", "lifetimes", "present"},
}
RANK = {layer: rank for rank, layer in enumerate(LAYERS)}
LAYER_OF = {part: layer for layer, parts in LAYERS.items() for part in parts}
FIGURES = ("matplotlib",)


def modules() -> dict[str, Path]:
    """Dotted name -> file, for every module of the package.

    The package root is left out: it is the public face, re-exporting the model and (lazily, on
    first use) the widgets, so it stands above and below every layer at once.
    """
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    del found["cjm_widgets"]
    return found


def imports(name: str, path: Path) -> set[str]:
    """The absolute names a module imports; `from . import x` counts as importing the submodule x."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([node.module] if node.module else []))
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names if _is_module(f"{base}.{alias.name}"))
    return names


def _is_module(name: str) -> bool:
    path = ROOT.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def layer(name: str) -> str | None:
    """The layer of a kit module, from its first part below cjm_widgets (None for the package root)."""
    parts = name.split(".")
    return LAYER_OF.get(parts[1]) if len(parts) > 1 else None


def test_every_module_has_a_layer():
    unplaced = sorted({name.split(".")[1] for name in modules() if layer(name) is None})
    assert unplaced == [], f"add these to LAYERS in tests/repo/test_layers.py (see DESIGN.md, Layers): {unplaced}"


def test_imports_never_run_back_up():
    violations = []
    for name, path in modules().items():
        for target in sorted(imports(name, path)):
            if target.startswith("cjm_widgets.") and layer(name) and layer(target) \
                    and RANK[layer(target)] > RANK[layer(name)]:
                violations.append(f"{name} -> {target} ({layer(name)} -> {layer(target)})")
    assert violations == [], "imports running back up the layers:\n" + "\n".join(violations)


def test_figures_only_in_render():
    violations = [f"{name} -> {target} ({layer(name)} -> figures)" for name, path in modules().items()
                  for target in sorted(imports(name, path))
                  if target.split(".")[0] in FIGURES and layer(name) != "render"]
    assert violations == [], "matplotlib imported outside cjm_widgets/render:\n" + "\n".join(violations)


def test_the_check_sees_an_arrow_running_up(tmp_path):
    """The reader resolves relative imports: `from ..render import x` inside survey/ is ingest -> render."""
    module = tmp_path / "probe.py"
    module.write_text("from ..render import figure\nimport matplotlib.pyplot\n", encoding="utf-8")
    found = imports("cjm_widgets.survey.probe", module)
    assert {"cjm_widgets.render", "cjm_widgets.render.figure", "matplotlib.pyplot"} <= found
    assert RANK[layer("cjm_widgets.render.figure")] > RANK[layer("cjm_widgets.survey.probe")]
