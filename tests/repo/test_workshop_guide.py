"""The facilitator's kit in workshop/: guides in EN/PL/RU and the printable templates with their PDFs."""
from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from cjm_widgets.stages import LANGUAGES, stages_for

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


# ---------------------------------------------------------------- facilitator guides

NOTEBOOKS = sorted(p.stem for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
AGENDA_ROW = re.compile(r"^\|\s*(\d\d):(\d\d)[–-](\d\d):(\d\d)\s*\|\s*(\d+)\s*\|(.+)\|\s*$")
STATED_MINUTES = re.compile(r"\((\d+) (?:min|мин)\)")


def _guide(lang: str) -> str:
    return (GUIDES / f"guide.{lang}.md").read_text(encoding="utf-8")


def _headings(text: str) -> list[int]:
    return [len(m.group(1)) for m in re.finditer(r"^(#{1,6}) \S", text, flags=re.M)]


def _agendas(text: str) -> list[tuple[int, list[re.Match]]]:
    """Each agenda table with the total its heading states: [(minutes, rows)]."""
    agendas: list[tuple[int, list[re.Match]]] = []
    stated, new_table = None, False
    for line in text.splitlines():
        if line.startswith("#"):
            found = STATED_MINUTES.search(line)
            stated, new_table = (int(found.group(1)) if found else None), True
        elif (row := AGENDA_ROW.match(line)) is not None:
            assert stated is not None, f"agenda row under a heading with no stated length: {line}"
            if new_table:
                agendas.append((stated, []))
                new_table = False
            agendas[-1][1].append(row)
    return agendas


def test_the_notebooks_the_guides_name_are_the_kits():
    assert NOTEBOOKS == ["01_survey_intake", "02_interviews", "03_personas", "04_stages_touchpoints",
                         "05_emotion_scoring", "06_journey_map"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_guide_has_a_half_day_and_a_full_day_agenda_that_add_up(lang):
    agendas = _agendas(_guide(lang))
    assert [stated for stated, _ in agendas] == [210, 420]  # 3.5 h and 7 h
    for stated, rows in agendas:
        minutes = [int(r.group(5)) for r in rows]
        starts = [int(r.group(1)) * 60 + int(r.group(2)) for r in rows]
        ends = [int(r.group(3)) * 60 + int(r.group(4)) for r in rows]
        assert sum(minutes) == stated
        assert [e - s for s, e in zip(starts, ends)] == minutes, "a slot's minutes disagree with its times"
        assert starts[1:] == ends[:-1], "the agenda has a gap or an overlap"
        assert ends[-1] - starts[0] == stated
        tied = " ".join(r.group(6) for r in rows)
        assert [nb for nb in NOTEBOOKS if f"`{nb}`" not in tied] == [], "every notebook has a slot"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_guide_covers_notebooks_commands_exercises_and_templates(lang):
    text = _guide(lang)
    for notebook in NOTEBOOKS:
        assert f"`{notebook}`" in text
    for must in ("cjm survey inspect", "cjm run", "cjm present", "cjm init", "cjm diff", "journey.json",
                 "journey.json.bak", "journey_map.html", "report.html", "kit.yaml",
                 "PersonaEditor", "StageEditor", "TouchpointEditor", "EmotionTuner", "DotVote", "OpportunityBoard"):
        assert must in text, must
    for stage in stages_for("aidp", lang):
        assert stage.name in text
    for template in re.findall(r"`(\w+)\.\*\.pdf`", text):
        assert (TEMPLATES / "pdf" / f"{template}.{lang}.pdf").exists()
    assert set(re.findall(r"`(\w+)\.\*\.pdf`", text)) >= set(NAMES)


def test_guides_have_the_same_section_structure():
    structures = {lang: _headings(_guide(lang)) for lang in LANGUAGES}
    assert structures["en"].count(1) == 1 and structures["en"].count(2) >= 6
    assert structures["pl"] == structures["en"]
    assert structures["ru"] == structures["en"]
    # numbered sections and exercises line up too, not just the heading levels
    numbers = {lang: re.findall(r"^#+ (\d+(?:\.\d+)?)[. ]", _guide(lang), flags=re.M) for lang in LANGUAGES}
    assert numbers["pl"] == numbers["en"] == numbers["ru"]
    assert {"4.1", "4.2", "4.3", "4.4", "4.5"} <= set(numbers["en"])


@pytest.mark.parametrize("lang", ("pl", "ru"))
def test_translated_guide_is_written_in_its_language(lang):
    text = re.sub(r"`[^`]*`|\([^)]*\.pdf[^)]*\)", "", _guide(lang))
    letters = re.findall(r"[^\W\d_]", text)
    native = re.findall(r"[а-яё]" if lang == "ru" else r"[ąćęłńóśźż]", text, flags=re.I)
    if lang == "ru":
        assert len(native) / len(letters) > 0.85
    else:
        assert len(native) / len(letters) > 0.04  # Polish diacritics: ~6% of letters in running text
        assert " the " not in text


def _help(argv: list[str], capsys) -> str:
    from cjm_widgets.cli import main

    with pytest.raises(SystemExit) as stop:
        main([*argv, "--help"])
    assert stop.value.code == 0, argv
    return capsys.readouterr().out


def test_commands_and_options_in_the_guides_exist(capsys):
    text = "\n".join(_guide(lang) for lang in LANGUAGES)
    commands = set(re.findall(r"`cjm ((?:survey|transcript) inspect|\w+)", text))
    assert {"init", "run", "batch", "present", "diff", "survey inspect", "transcript inspect"} <= commands
    helps = " ".join(_help(command.split(), capsys) for command in sorted(commands))
    for option in set(re.findall(r"`(--[\w-]+)", text)):
        assert option in helps, option
