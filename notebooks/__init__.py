"""The workshop notebooks, shipped inside the package as `cjm_widgets.notebooks` (see pyproject.toml)."""
