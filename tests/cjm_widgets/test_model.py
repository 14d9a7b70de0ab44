"""journey.json: round trip, atomic save with backup, clear errors for bad files."""
from __future__ import annotations

import json
from datetime import date

import pytest

from cjm_widgets import (Journey, JourneyFileError, Observation, Persona, Score, Source, Touchpoint,
                         stages_for)
from cjm_widgets.model import SCHEMA_VERSION, Opportunity, backup_path


def small_journey() -> Journey:
    journey = Journey(client="Acme", language="pl", stages=stages_for("aidp", "pl"))
    journey.touchpoints.append(Touchpoint("search", "Wyszukiwarka", "consideration", reach=0.8))
    journey.personas.append(Persona("p1", "Ania", share=1.0, quote="Szybko", quote_source=Source("s.csv", row=2)))
    journey.observations.append(Observation("search", 0.5, "rating", Source("s.csv", row=2, column="Q1"), raw=4))
    journey.scores.append(Score("search", "touchpoint", 1.0, n=1, evidence=[0]))
    return journey


def test_round_trip_keeps_every_field(tmp_path):
    journey = small_journey()
    path = journey.save(tmp_path / "journey.json")
    loaded = Journey.load(path)
    assert loaded == journey
    assert loaded.personas[0].quote_source.row == 2
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION


def test_save_keeps_the_previous_version_as_backup(tmp_path):
    path = tmp_path / "journey.json"
    first = small_journey()
    first.save(path)
    second = small_journey()
    second.client = "Acme 2"
    second.save(path)
    assert Journey.load(path).client == "Acme 2"
    assert Journey.load(backup_path(path)).client == "Acme"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journey.json", "journey.json.bak"]


def test_corrupt_file_names_line_and_backup(tmp_path):
    path = tmp_path / "journey.json"
    small_journey().save(path)
    small_journey().save(path)
    path.write_text('{"client": "x",\n "stages": [', encoding="utf-8")
    with pytest.raises(JourneyFileError) as err:
        Journey.load(path)
    message = str(err.value)
    assert "journey.json" in message and "line 2" in message and "journey.json.bak" in message


def test_newer_schema_is_refused_with_upgrade_hint(tmp_path):
    path = tmp_path / "journey.json"
    path.write_text(json.dumps({"schema_version": SCHEMA_VERSION + 1}), encoding="utf-8")
    with pytest.raises(JourneyFileError, match="newer kit.*Upgrade"):
        Journey.load(path)


def test_wrong_types_and_unknown_keys_are_named(tmp_path):
    path = tmp_path / "journey.json"
    path.write_text(json.dumps({"stages": [{"id": "a", "name": 3}]}), encoding="utf-8")
    with pytest.raises(JourneyFileError, match=r"journey\.stages\[0\]\.name should be str"):
        Journey.load(path)
    path.write_text(json.dumps({"stagez": []}), encoding="utf-8")
    with pytest.raises(JourneyFileError, match="unknown keys.*stagez"):
        Journey.load(path)



def test_an_old_journey_with_plain_quote_tags_and_no_signs_loads_unchanged(tmp_path):
    old = small_journey().to_dict()
    del old["quote_signs"]  # written before the team could set a quote's sign
    old["quote_tags"] = {"iv.vtt:12": "search", "iv.vtt:14": ""}
    path = tmp_path / "journey.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    loaded = Journey.load(path)
    assert loaded.quote_tags == {"iv.vtt:12": "search", "iv.vtt:14": ""} and loaded.quote_signs == {}
    assert {k: v for k, v in loaded.to_dict().items() if k != "quote_signs"} == old
    loaded.quote_signs = {"iv.vtt:12": -1}
    assert Journey.load(loaded.save(path)).quote_signs == {"iv.vtt:12": -1}
    path.write_text(json.dumps({**old, "quote_signs": {"iv.vtt:12": "-"}}), encoding="utf-8")
    with pytest.raises(JourneyFileError, match=r"journey\.quote_signs\.iv\.vtt:12 should be int"):
        Journey.load(path)

def test_failed_save_leaves_last_good_state(tmp_path, monkeypatch):
    path = tmp_path / "journey.json"
    small_journey().save(path)
    broken = small_journey()
    broken.notes = object()  # not JSON-serialisable: the save fails before touching the file
    with pytest.raises(TypeError):
        broken.save(path)
    assert Journey.load(path) == small_journey()
    assert [p.name for p in tmp_path.iterdir()] == ["journey.json"]


def test_repr_html_escapes_team_text():
    journey = small_journey()
    journey.client = "<script>alert(1)</script>"
    html = journey._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "Wyszukiwarka" in html and "+1.00" in html


@pytest.mark.parametrize("model,language,first,count", [
    ("aidp", "en", "Awareness", 5), ("aidp", "ru", "Осведомлённость", 5),
    ("5a", "pl", "Świadomość", 5), ("ecommerce", "en", "First contact", 7)])
def test_stage_models_are_labelled(model, language, first, count):
    stages = stages_for(model, language)
    assert len(stages) == count and stages[0].name == first


def test_aidp_default_names():
    assert [s.name for s in stages_for()] == ["Awareness", "Interest", "Consideration", "Decision",
                                              "Post-purchase"]


def test_saved_file_is_readable_by_others_like_any_file(tmp_path):
    path = small_journey().save(tmp_path / "journey.json")
    assert path.stat().st_mode & 0o644 == 0o644
    path.chmod(0o640)
    small_journey().save(path)
    assert path.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("language, expected", [
    ("en", "survey.csv, row 12, Q3"), ("pl", "survey.csv, wiersz 12, Q3"), ("ru", "survey.csv, строка 12, Q3")])
def test_a_source_is_written_in_the_language_of_the_page(language, expected):
    assert Source("survey.csv", row=12, column="Q3").label(language) == expected
    assert Source("a.vtt", line=7, time="00:01:02.000").label(language).startswith("a.vtt, ")
    assert Source("a.vtt", line=7).label("pl") == "a.vtt, wiersz 7"


def test_an_opportunitys_go_live_date_is_read_one_way_for_the_diff_the_trends_and_the_board():
    assert Opportunity("o1", "Faster courier", implemented="2026-03-31").implemented_on() == date(2026, 3, 31)
    assert Opportunity("o1", "Faster courier", implemented=" 2026-03-31T10:00 ").implemented_on() == date(2026, 3, 31)
    assert Opportunity("o1", "Faster courier", implemented="next spring").implemented_on() is None
    assert Opportunity("o1", "Faster courier").implemented_on() is None
