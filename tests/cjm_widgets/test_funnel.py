"""The funnel's stage mapping (kit.yaml analytics.mapping), shared by the funnel reader and `cjm funnel-sql`."""
from __future__ import annotations

import shutil

import pytest

from conftest import DEMO
from cjm_widgets.cli import main
from cjm_widgets.errors import ConfigError
from cjm_widgets.funnel import stage_key, stage_patterns

IDS = {stage_key(s): s for s in ["awareness", "post_purchase"]}


def test_a_stage_is_recognised_however_an_export_writes_it():
    assert stage_key(" Post-purchase ") == stage_key("post purchase") == "post_purchase"


def test_the_mapping_becomes_ordered_lower_case_patterns(tmp_path):
    patterns = stage_patterns({"/Product/*": "Awareness", "purchase": "post-purchase"}, IDS, tmp_path / "events.csv")
    assert patterns == [("/product/*", "awareness"), ("purchase", "post_purchase")]


@pytest.mark.parametrize("mapping, message", [
    ({}, "events.csv is an event log, but analytics.mapping is empty"),
    (["page_view"], "should map patterns to stage ids"),
    ({"page_view": "checkout"}, "names stage 'checkout'.*Use one of: awareness, post_purchase"),
])
def test_a_bad_mapping_says_what_to_write(tmp_path, mapping, message):
    with pytest.raises(ConfigError, match=message):
        stage_patterns(mapping, IDS, tmp_path / "events.csv")


def test_cjm_funnel_sql_maps_the_clients_events_to_its_stages(tmp_path, capsys):
    client = tmp_path / "acme"
    shutil.copytree(DEMO, client, ignore=shutil.ignore_patterns("out", "out.*", "history", ".journey_history"))
    kit = client / "kit.yaml"
    kit.write_text(kit.read_text(encoding="utf-8").replace(
        "  file: data/funnel.csv\n",
        "  file: data/funnel.csv\n  mapping: {page_view: Awareness, purchase: post-purchase}\n"), encoding="utf-8")
    assert main(["funnel-sql", str(client)]) == 0
    sql = capsys.readouterr().out
    assert "WHEN event LIKE 'page!_view' ESCAPE '!' THEN 1" in sql  # awareness, the first of five stages
    assert "WHEN event LIKE 'purchase' ESCAPE '!' THEN 5" in sql and "'post_purchase' AS stage" in sql
    kit.write_text(kit.read_text(encoding="utf-8").replace("post-purchase", "checkout"), encoding="utf-8")
    assert main(["funnel-sql", str(client)]) == 2
    assert "not a stage of this journey" in capsys.readouterr().err
