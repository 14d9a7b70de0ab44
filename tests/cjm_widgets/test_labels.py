"""One label table for the map, the cards and the editors: plurals, numbers, persona colour and initials."""
import ast
from pathlib import Path

import pytest

from cjm_widgets.labels import LABELS, NOUNS, TEXTS, count, integer, label, number, percent
from cjm_widgets.model import Persona
from cjm_widgets.personas import persona_cards_html
from cjm_widgets.personas.look import initials, persona_colors

PACKAGE = Path(__file__).resolve().parents[2] / "cjm_widgets"


@pytest.mark.parametrize("n, noun, language, expected", [
    (5, "stage", "ru", "5 этапов"), (44, "respondent", "ru", "44 респондента"), (0, "vote", "ru", "0 голосов"),
    (2, "vote", "ru", "2 голоса"), (21, "persona", "ru", "21 персона"), (1, "transcript", "en", "1 transcript"),
    (2, "transcript", "en", "2 transcripts"), (2, "stage", "pl", "2 etapy"), (5, "stage", "pl", "5 etapów"),
    (22, "touchpoint", "pl", "22 punkty styku"), (1, "observation", "pl", "1 obserwacja"),
    (1, "row", "pl", "1 wiersz"), (2, "row", "pl", "2 wiersze"), (5, "row", "pl", "5 wierszy"),
    (1, "row", "ru", "1 строка"), (2, "row", "ru", "2 строки"), (5, "row", "ru", "5 строк"), (2, "row", "en", "2 rows"),
])
def test_counts_take_the_plural_form_of_the_language(n, noun, language, expected):
    assert count(n, noun, language) == expected


def test_every_counted_noun_has_every_form_its_language_needs():
    for noun, languages in NOUNS.items():
        assert set(languages["en"]) == {"one", "other"}, noun
        for language in ("pl", "ru"):
            assert set(languages[language]) == {"one", "few", "many", "other"}, (noun, language)


def test_numbers_on_screen_follow_the_language():
    assert number(-0.7412, "ru", signed=True) == "\u22120,74"
    assert number(-0.7412, "pl", signed=True) == "\u22120,74"
    assert number(-0.7412, "en", signed=True) == "-0.74"
    assert number(1.25, "pl", signed=True) == "+1,25"
    assert number(-0.001, "ru", signed=True) == "0,00"  # never "−0,00"
    assert number(None, "ru") == "" and number(float("nan"), "en") == ""
    assert percent(0.634, "en") == "63%" and percent(0.634, "ru") == "63\u00a0%"
    assert integer(12345, "en") == "12,345" and integer(12345, "ru") == "12\u00a0345"


def test_one_table_covers_every_language_and_falls_back():
    assert set(LABELS["en"]) == set(LABELS["pl"]) == set(LABELS["ru"]) == set(TEXTS)
    assert label("name_taken", "pl", name="Koszyk") == "„Koszyk” już istnieje: wybierz inną nazwę."
    assert label("pain_points", "de") == "Pain points" and label("missing_key", "ru") == "missing_key"


def test_the_words_that_had_drifted_now_agree():
    assert label("pain_point_title", "pl").lower() == label("pain_point", "pl")
    assert label("pain_point_title", "ru").lower() == label("pain_point", "ru")
    assert label("frustrations_field", "ru").startswith(label("frustrations", "ru"))


def test_no_module_keeps_a_label_table_of_its_own():
    assert not (PACKAGE / "personas" / "labels.py").exists() and not (PACKAGE / "widgets" / "labels.py").exists()
    for path in PACKAGE.rglob("*.py"):
        if path == PACKAGE / "labels.py":
            continue
        names = {target.id for node in ast.parse(path.read_text(encoding="utf-8")).body
                 if isinstance(node, (ast.Assign, ast.AnnAssign))
                 for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
                 if isinstance(target, ast.Name)}
        assert not names & {"LABELS", "TEXTS"}, path


def test_a_persona_has_one_colour_and_one_set_of_initials_on_cards_map_and_editor():
    from cjm_widgets.render import render_map_html
    from cjm_widgets.model import Journey
    from cjm_widgets.widgets.personas import _avatar

    personas = [Persona(id="a", name="Shoppers: young, mobile", share=0.6, size=30),
                Persona(id="b", name="Anna Nowak", share=0.4, size=20, color="#123456")]
    colours = persona_colors(personas)
    assert colours == {"a": "#0072b2", "b": "#123456"}
    assert initials(personas[0].name) == "YM" and initials("Anna Nowak") == "AN" and initials("") == "?"
    # a default name's words, never the digits of its age band ("Powracający klienci: 25–34 lat" gave "23")
    assert initials("Stali klienci, 25–34 lata") == "SK" and initials("Powracający klienci: 25–34 lat") == "PK"
    assert initials("First-time buyers on phones, 18–24") == "FB" and initials("Постоянные покупатели") == "ПП"
    cards = persona_cards_html(personas, language="ru")
    assert "--c:#0072b2" in cards and "--c:#123456" in cards and ">YM<" in cards and "30 респондентов" in cards
    page = render_map_html(Journey(client="X", personas=personas))
    assert "--c: #0072b2" in page and "--c: #123456" in page
    assert "background:#0072b2" in _avatar(personas[0].name, colours["a"]) and ">YM<" in _avatar(personas[0].name,
                                                                                                   colours["a"])


def test_the_russian_map_counts_and_writes_numbers_the_russian_way():
    import re
    from samples import sample_journey
    from cjm_widgets.render import render_map_html

    page = render_map_html(sample_journey("ru"))
    assert "3 этапа · 2 персоны" in page
    assert "\u22121,20" in page and not re.search(r">-\d\.\d\d<", page)
    assert "Кривая эмоций: 3 этапа, 5 точек контакта" in page


def test_every_channel_the_editor_offers_is_said_in_every_language():
    from cjm_widgets.widgets.touchpoints import CHANNELS

    assert all(f"channel_{channel}" in TEXTS for channel in CHANNELS)
