"""DotVote: dots counted per voter, stopped at the limit, taken back."""
from __future__ import annotations

from cjm_widgets.widgets import DotVote

from .conftest import on_disk


def test_dot_vote_counts_dots_and_stops_at_the_limit(client):
    vote = DotVote(client, max_dots=2)
    assert [row.id for row in vote.rows] == ["pain:cart", "opportunity:one_click"]
    vote.rows[0].vote.click()
    assert "Enter your name" in vote.message.value and on_disk(client)["votes"] == {}
    vote.voter.value = "Ola"
    vote.rows[0].vote.click()
    vote.rows[1].vote.click()
    assert "Dots left: 0" in vote.dots_left.value
    vote.rows[1].vote.click()
    assert "No dots left (2 per person)" in vote.message.value
    assert on_disk(client)["votes"] == {"pain:cart": 1, "opportunity:one_click": 1}
    vote.rows[1].take_back.click()
    assert on_disk(client)["votes"]["opportunity:one_click"] == 0
    assert vote.rows[1].count.value == "0 votes" and "Dots left: 1" in vote.dots_left.value
