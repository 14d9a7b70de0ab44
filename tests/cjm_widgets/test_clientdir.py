"""Where a client folder keeps what: the client's files, the team's decisions, a run's results, history."""
from __future__ import annotations

from cjm_widgets.clientdir import ClientDir


def test_an_editor_handed_journey_json_finds_the_same_folder(tmp_path):
    assert ClientDir.of_journey(tmp_path / "journey.json") == ClientDir(tmp_path) == ClientDir(str(tmp_path))


def test_history_survives_deleting_out_and_results_live_in_out(tmp_path):
    client = ClientDir(tmp_path)
    assert client.out not in client.history.parents and client.history.parent == tmp_path
    assert client.results == client.out / "journey.json" and client.evidence.parent == client.out
    assert client.journey != client.results  # the team's decisions are never a run's output


def test_the_team_files_sit_beside_journey_json(tmp_path):
    client = ClientDir(tmp_path)
    beside = [client.journey, client.ballots, client.lock, client.undo, client.present_session, client.run_lock]
    assert {path.parent for path in beside} == {tmp_path} and len(set(beside)) == len(beside)
    assert client.kit == tmp_path / "kit.yaml" and client.data == tmp_path / "data"
