"""A short run of benchmarks/votes_load.py: 30 voters and an editing facilitator lose nothing."""
from __future__ import annotations

import sys
from pathlib import Path

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import votes_load  # noqa: E402


def test_thirty_voters_and_a_facilitator_lose_no_vote_and_no_edit(tmp_path):
    figures = votes_load.run_load(votes_load.make_client(tmp_path), participants=30, seconds=120, clicks=5,
                                  max_dots=3, think=0.1)
    assert figures["failures"] == []
    # each voter: +1 +1 +1, a fourth +1 refused at the limit, then -1
    assert figures["votes"] == 30 * 4 and figures["refused"] == 30
    assert figures["edits"] >= 1


def test_the_check_catches_a_lost_vote(tmp_path):
    client = votes_load.make_client(tmp_path)
    figures = votes_load.run_load(client, participants=2, seconds=120, clicks=4, max_dots=3, think=0.01)
    assert figures["failures"] == []
    from cjm_widgets.edits import update_journey

    def lose_one(journey):
        key = next(k for k, v in journey.votes.items() if v)
        journey.votes = {**journey.votes, key: journey.votes[key] - 1}

    update_journey(client, lose_one)
    reports = [{"voter": v, "tally": t, "latencies": [], "refused": 0} for v, t in _tallies(client).items()]
    reports.append({"edits": int(figures["edits"])})
    assert any("totals on disk" in f for f in votes_load.check(client, reports, 3)["failures"])


def _tallies(client: Path) -> dict:
    import json

    return json.loads((client / "journey.ballots.json").read_text(encoding="utf-8"))
