"""edits.py: locked read-modify-write of journey.json, undo, and dot votes from parallel processes."""
from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest

from conftest import save_client
from cjm_widgets.edits import (EditRefused, cast_vote, dots_used, read_journey, undo,
                               update_journey, vote_items)
from cjm_widgets.model import Journey, Opportunity, PainPoint, Stage, Touchpoint

KIT = """client: Acme
language: pl
stage_model: aidp
touchpoints:
  - {id: search, name: Wyszukiwarka, stage: consideration, channel: website, reach: 0.8}
"""


def on_disk(client: Path) -> dict:
    return json.loads((client / "journey.json").read_text(encoding="utf-8"))


@pytest.fixture
def client(tmp_path) -> Path:
    journey = Journey(client="Acme", stages=[Stage("awareness", "Awareness"), Stage("decision", "Decision")],
                      touchpoints=[Touchpoint("ads", "Ads", "awareness"), Touchpoint("cart", "Cart", "decision")],
                      pain_points=[PainPoint("cart", rule="score below -0.5")],
                      opportunities=[Opportunity("faster_checkout", "Faster checkout", touchpoint="cart")])
    save_client(journey, tmp_path)
    return tmp_path


def test_update_saves_at_once_and_keeps_a_backup(client):
    update_journey(client, lambda j: j.stages.append(Stage("service", "Service")))
    assert [s["id"] for s in on_disk(client)["stages"]] == ["awareness", "decision", "service"]
    backup = json.loads((client / "journey.json.bak").read_text(encoding="utf-8"))
    assert [s["id"] for s in backup["stages"]] == ["awareness", "decision"]


def test_first_change_seeds_the_journey_from_kit_yaml(tmp_path):
    (tmp_path / "kit.yaml").write_text(KIT, encoding="utf-8")
    assert not (tmp_path / "journey.json").exists()
    update_journey(tmp_path, lambda j: setattr(j, "notes", "workshop 1"))
    saved = on_disk(tmp_path)
    assert [s["name"] for s in saved["stages"]][0] == "Świadomość"
    assert [t["id"] for t in saved["touchpoints"]] == ["search"]
    assert saved["notes"] == "workshop 1"
    undo(tmp_path)  # back to the seeded journey
    assert on_disk(tmp_path)["notes"] == ""


def undoable(client) -> int:
    return len(list((client / ".journey_history").glob("*.json")))


def test_a_refused_change_writes_nothing(client):
    before = (client / "journey.json").read_bytes()

    def refuse(journey):
        journey.stages.clear()
        raise EditRefused("no")

    with pytest.raises(EditRefused):
        update_journey(client, refuse)
    assert (client / "journey.json").read_bytes() == before
    assert undoable(client) == 0


def test_undo_restores_previous_versions_in_order(client):
    update_journey(client, lambda j: setattr(j, "notes", "one"))
    update_journey(client, lambda j: setattr(j, "notes", "two"))
    assert undo(client).notes == "one"
    assert on_disk(client)["notes"] == "one"
    assert undo(client).notes == ""
    with pytest.raises(EditRefused, match="Nothing to undo"):
        undo(client)


def test_history_keeps_the_last_twenty(client):
    for i in range(25):
        update_journey(client, lambda j, i=i: setattr(j, "notes", str(i)))
    assert undoable(client) == 20
    for _ in range(20):
        undo(client)
    assert on_disk(client)["notes"] == "4"


def test_votes_count_and_respect_max_dots(client):
    assert [key for key, _ in vote_items(read_journey(client))] == ["pain:cart", "opportunity:faster_checkout"]
    cast_vote(client, "pain:cart", "Ola", max_dots=2)
    cast_vote(client, "opportunity:faster_checkout", "Ola", max_dots=2)
    with pytest.raises(EditRefused, match="No dots left"):
        cast_vote(client, "pain:cart", "Ola", max_dots=2)
    cast_vote(client, "pain:cart", "Ivan", dots=2, max_dots=2)
    assert on_disk(client)["votes"] == {"pain:cart": 3, "opportunity:faster_checkout": 1}
    assert dots_used(client, "Ola") == 2
    cast_vote(client, "pain:cart", "Ola", dots=-1)  # take a dot back
    assert on_disk(client)["votes"]["pain:cart"] == 2 and dots_used(client, "Ola") == 1
    with pytest.raises(EditRefused):
        cast_vote(client, "opportunity:faster_checkout", "Ivan", dots=-1)  # Ivan has none there
    with pytest.raises(EditRefused):
        cast_vote(client, "pain:nowhere", "Ola")
    with pytest.raises(EditRefused):
        cast_vote(client, "pain:cart", "  ")


def test_a_refused_vote_is_said_in_the_clients_language(client):
    cast_vote(client, "pain:cart", "Ola", max_dots=1)
    with pytest.raises(EditRefused) as caught:
        cast_vote(client, "pain:cart", "Ola", max_dots=1)
    assert str(caught.value) == "No dots left (1 per person)."
    assert caught.value.in_language("pl") == "Brak kropek (1 na osobę)."
    assert caught.value.in_language("ru") == "Точки закончились (1 на человека)."
    with pytest.raises(EditRefused) as caught:
        cast_vote(client, "pain:cart", "Ola", dots=0)
    assert caught.value.in_language("pl") == "Liczba kropek musi być liczbą całkowitą różną od 0."


def test_undo_takes_back_a_vote_and_the_dot(client):
    cast_vote(client, "pain:cart", "Ola", max_dots=1)
    undo(client)
    assert on_disk(client)["votes"] == {}
    assert dots_used(client, "Ola") == 0


def _vote_many(args):
    client, voter = args
    for _ in range(25):
        cast_vote(client, "pain:cart", voter)
        update_journey(client, lambda j: None)  # interleave plain edits with the votes


def test_parallel_votes_are_all_kept(client):
    voters = [(str(client), f"voter{i}") for i in range(4)]
    with multiprocessing.get_context("fork").Pool(4) as pool:
        pool.map(_vote_many, voters)
    assert on_disk(client)["votes"] == {"pain:cart": 100}
    assert all(dots_used(client, voter) == 25 for _, voter in voters)
