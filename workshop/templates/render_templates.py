"""Render the printable workshop templates (blank map, persona card, touchpoint sheet) to HTML.

One Jinja source per template in src/ and one block of words per language in src/texts.yaml,
so EN, PL and RU never drift apart in layout. Stage names come from the kit's own aidp model
(cjm_widgets.stages), the same names the notebooks put on the map.

    python workshop/templates/render_templates.py     # rewrites workshop/templates/*.html

The HTML is static and self-contained (no fonts, scripts or images from outside), prints on its
own from a browser, and is what build_pdfs.py turns into PDFs.
"""
from __future__ import annotations

from pathlib import Path

import jinja2
import yaml

from cjm_widgets.stages import LANGUAGES, stages_for

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "src"

# template name -> CSS @page size; the PDF takes its paper size from this rule.
PAGE_SIZES = {
    "blank_map": "A3 landscape",
    "persona_card": "A4 portrait",
    "touchpoint_sheet": "A4 portrait",
}
STAGE_MODEL = "aidp"
TOUCHPOINT_ROWS = 9
# Worst to best, the colours of the kit's five faces (see cjm_widgets/render/scale.py).
FACE_COLORS = ("#c0392b", "#e67e22", "#d4a106", "#7cb342", "#2e8b57")


def texts() -> dict[str, dict]:
    return yaml.safe_load((SOURCES / "texts.yaml").read_text(encoding="utf-8"))


def render(name: str, lang: str) -> str:
    """The HTML of one template in one language."""
    if name not in PAGE_SIZES:
        raise ValueError(f"unknown template {name!r}; choose one of {', '.join(PAGE_SIZES)}")
    words = texts()[lang]
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(SOURCES), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                             keep_trailing_newline=True)
    title = {"blank_map": words["map_title"], "persona_card": words["card_title"],
             "touchpoint_sheet": words["sheet_title"]}[name]
    return env.get_template(f"{name}.html.j2").render(
        lang=lang, t=words, title=title, page_size=PAGE_SIZES[name], face_colors=FACE_COLORS,
        stages=stages_for(STAGE_MODEL, lang), rows=TOUCHPOINT_ROWS)


def html_path(name: str, lang: str, directory: Path = HERE) -> Path:
    return directory / f"{name}.{lang}.html"


def write_all(directory: Path = HERE) -> list[Path]:
    """Write every template in every language; returns the files written."""
    written = []
    for name in PAGE_SIZES:
        for lang in LANGUAGES:
            path = html_path(name, lang, directory)
            path.write_text(render(name, lang), encoding="utf-8", newline="\n")
            written.append(path)
    return written


if __name__ == "__main__":
    for path in write_all():
        print(path.relative_to(HERE.parent.parent))
