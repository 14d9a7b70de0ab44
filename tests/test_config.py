"""kit.yaml: the template loads; every bad key is named with a fix; paths stay inside the client."""
from __future__ import annotations

import pytest
import yaml

from cjm_widgets.cli import main
from cjm_widgets.config import load_kit, write_template
from cjm_widgets.errors import ConfigError


def write_kit(tmp_path, text: str):
    (tmp_path / "kit.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def test_init_writes_a_template_that_loads(tmp_path):
    client = tmp_path / "acme"
    assert main(["init", str(client), "--client", "Acme"]) == 0
    assert (client / "data").is_dir()
    kit = load_kit(client)
    assert kit.client == "Acme" and kit.language == "en" and kit.stage_model == "aidp"
    assert "# " in (client / "kit.yaml").read_text(encoding="utf-8")  # commented for the consultant


def test_init_never_overwrites(tmp_path, capsys):
    write_template(tmp_path)
    assert main(["init", str(tmp_path)]) == 2
    assert "already exists" in capsys.readouterr().err


def test_every_bad_key_is_reported_at_once(tmp_path):
    write_kit(tmp_path, yaml.safe_dump({
        "client": "X", "langauge": "en", "stage_model": "4p",
        "touchpoints": [{"id": "a", "name": "A", "stage": "nowhere", "reach": 3}],
    }))
    with pytest.raises(ConfigError) as err:
        load_kit(tmp_path)
    text = str(err.value)
    assert "langauge: unknown key. Did you mean 'language'?" in text
    assert "stage_model: '4p' is unknown" in text
    assert "touchpoints[1].stage: 'nowhere'" in text
    assert "touchpoints[1].reach: 3" in text


def test_data_paths_must_stay_inside_the_client(tmp_path):
    (tmp_path / "outside.csv").write_text("a\n1\n")
    client = tmp_path / "c"
    client.mkdir()
    write_kit(client, "client: C\nsurvey:\n  file: ../outside.csv\n")
    with pytest.raises(ConfigError, match="points outside the client directory"):
        load_kit(client)


def test_missing_file_and_survey_mapping_to_unknown_touchpoint(tmp_path):
    write_kit(tmp_path, "client: C\nsurvey:\n  file: data/s.csv\n  questions:\n    - column: Q1\n      touchpoint: x\n")
    with pytest.raises(ConfigError) as err:
        load_kit(tmp_path)
    assert "survey.file: 'data/s.csv' does not exist" in str(err.value)
    assert "survey.questions[1].touchpoint: 'x'" in str(err.value)


def test_yaml_syntax_error_names_the_line(tmp_path):
    write_kit(tmp_path, "client: C\nlanguage: [en\n")
    with pytest.raises(ConfigError, match="line"):
        load_kit(tmp_path)


def test_yaml_is_read_safely(tmp_path):
    write_kit(tmp_path, "client: !!python/object/apply:os.system ['echo pwned']\n")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_kit(tmp_path)


def test_cli_run_on_a_folder_without_kit_yaml_is_one_line(tmp_path, capsys):
    assert main(["run", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "kit.yaml: not found" in err and "cjm init" in err


def test_stage_notes_seed_the_journey(tmp_path):
    from cjm_widgets.client import load_journey

    write_kit(tmp_path, yaml.safe_dump({"client": "C", "language": "pl", "stages": [
        {"id": "decision", "goals": ["Zapłacić bez logowania"], "thoughts": ["Czy to bezpieczne?"]}]}))
    journey = load_journey(tmp_path)
    decision = journey.stage("decision")
    assert decision.name == "Decyzja" and decision.goals == ["Zapłacić bez logowania"]
    assert decision.thoughts == ["Czy to bezpieczne?"] and journey.stage("interest").goals == []
    write_kit(tmp_path, yaml.safe_dump({"client": "C", "stages": [{"id": "nope"}, {"id": "decision", "goals": "x"}]}))
    with pytest.raises(ConfigError) as err:
        load_kit(tmp_path)
    assert "stages[1].id" in str(err.value) and "stages[2].goals: should be a list" in str(err.value)
