"""The facilitator's kit in workshop/: guides in EN/PL/RU and the printable templates with their PDFs."""
from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from pathlib import Path

import pytest

from cjm_widgets.stages import LANGUAGES, stages_for

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "workshop" / "templates"
GUIDES = ROOT / "workshop" / "guide"
NAMES = ("blank_map", "persona_card", "touchpoint_sheet")
# ISO paper in points. Chromium rounds the page to whole CSS pixels (0.75 pt), so a PDF may be
# up to 0.6 pt (0.2 mm) larger than ISO: 1191.12 x 841.92 for A3; printers treat that as A3.
PAPER = {"blank_map": (1190.55, 841.89), "persona_card": (595.28, 841.89), "touchpoint_sheet": (595.28, 841.89)}
PAPER_TOLERANCE = 1.0


def _load(module: str):
    spec = importlib.util.spec_from_file_location(module, TEMPLATES / f"{module}.py")
    loaded = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(module, loaded)
    spec.loader.exec_module(loaded)
    return loaded


render_templates = _load("render_templates")


def _html(name: str, lang: str) -> str:
    return (TEMPLATES / f"{name}.{lang}.html").read_text(encoding="utf-8")


# ---------------------------------------------------------------- templates


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", NAMES)
def test_committed_template_is_what_the_sources_render(name, lang):
    assert _html(name, lang) == render_templates.render(name, lang), \
        "run `python workshop/templates/build_pdfs.py` after editing workshop/templates/src/"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", NAMES)
def test_template_names_the_aidp_stages_in_its_language(name, lang):
    html = _html(name, lang)
    assert f'<html lang="{lang}">' in html
    for stage in stages_for("aidp", lang):
        assert f">{stage.name}<" in html
    for other in LANGUAGES:
        if other != lang:
            foreign = {s.name for s in stages_for("aidp", other)} - {s.name for s in stages_for("aidp", lang)}
            assert not [n for n in foreign if f">{n}<" in html]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", NAMES)
def test_template_has_a_page_rule_and_nothing_from_outside(name, lang):
    html = _html(name, lang)
    size = "A3 landscape" if name == "blank_map" else "A4 portrait"
    assert re.search(r"@page\s*\{\s*size:\s*" + size + r"\s*;", html)
    for external in ("http:", "https:", "<script", "<link", "@import", "url(", "<img"):
        assert external not in html


@pytest.mark.parametrize("lang", LANGUAGES)
def test_blank_map_has_the_lanes_five_faces_and_empty_cells(lang):
    html = _html("blank_map", lang)
    words = render_templates.texts()[lang]
    assert list(words["lanes"]) == ["goals", "actions", "touchpoints", "thoughts", "emotion", "pain_points",
                                    "opportunities"]
    for lane in words["lanes"].values():
        assert f'<th class="lane">{lane}' in html
    faces = re.findall(r'<svg class="face"[^>]*aria-label="([^"]+)"', html)
    assert faces == [f"{words['faces'][v + 2]} ({'%+d' % v if v else '0'})" for v in (2, 1, 0, -1, -2)]
    stages = len(stages_for("aidp", lang))
    assert html.count("<td></td>") == 6 * stages          # six writing lanes, one empty cell per stage
    assert html.count('<div class="levels lines"') == stages  # the emotion lane: five guide lines per stage


@pytest.mark.parametrize("lang", LANGUAGES)
def test_persona_card_and_touchpoint_sheet_carry_the_five_face_scale(lang):
    words = render_templates.texts()[lang]
    stages = len(stages_for("aidp", lang))
    card = _html("persona_card", lang)
    for key in ("name", "share", "demographics", "goals", "frustrations", "channels", "quote"):
        assert f">{words[key]}<" in card
    # one row of five faces per stage to circle, plus the legend
    assert card.count('<svg class="face"') == 5 * stages + 5
    sheet = _html("touchpoint_sheet", lang)
    for key in ("touchpoint", "channel", "owner", "reach", "importance", "emotion", "evidence"):
        assert f">{words[key]}<" in sheet
    assert sheet.count('<svg class="face"') == 5 * render_templates.TOUCHPOINT_ROWS + 5


def test_every_language_has_the_same_words_to_translate():
    words = render_templates.texts()
    for lang in LANGUAGES:
        assert set(words[lang]) == set(words["en"]), lang
        assert len(words[lang]["faces"]) == 5
        assert len(words[lang]["channel_names"]) == len(words["en"]["channel_names"])


# ---------------------------------------------------------------- PDFs


def _media_boxes(pdf: bytes) -> list[tuple[float, float]]:
    boxes = re.findall(rb"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    return [(float(x1) - float(x0), float(y1) - float(y0)) for x0, y0, x1, y1 in boxes]


def _assert_paper(pdf_path: Path, name: str) -> None:
    pdf = pdf_path.read_bytes()
    assert pdf.startswith(b"%PDF-")
    assert pdf.rstrip().endswith(b"%%EOF")
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) == 1, "the template spills onto a second page"
    (width, height), = _media_boxes(pdf)
    expected_width, expected_height = PAPER[name]
    assert abs(width - expected_width) <= PAPER_TOLERANCE and abs(height - expected_height) <= PAPER_TOLERANCE, \
        (width, height)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", NAMES)
def test_committed_pdf_has_the_paper_size_and_one_page(name, lang):
    _assert_paper(TEMPLATES / "pdf" / f"{name}.{lang}.pdf", name)


@pytest.mark.skipif(not Path("/usr/bin/chromium").exists() or importlib.util.find_spec("playwright") is None,
                    reason="needs /usr/bin/chromium and playwright")
def test_build_pdfs_prints_a_template_at_its_paper_size(tmp_path):
    build_pdfs = _load("build_pdfs")
    sources = [shutil.copy(TEMPLATES / f"{name}.ru.html", tmp_path) for name in ("blank_map", "persona_card")]
    written = build_pdfs.build_pdfs([Path(s) for s in sources], tmp_path / "pdf")
    assert [p.name for p in written] == ["blank_map.ru.pdf", "persona_card.ru.pdf"]
    _assert_paper(written[0], "blank_map")
    _assert_paper(written[1], "persona_card")
