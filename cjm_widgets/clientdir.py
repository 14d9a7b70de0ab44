"""A client folder's paths, in one place: what lives where, and what the kit may write.

kit.yaml and data/ are the client's (read-only to the kit); journey.json and its companions hold
the team's decisions; out/ is rebuilt by every run; history/ keeps one snapshot per run and
lives outside out/, so deleting out/ loses no history.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ClientDir:
    root: Path

    def __init__(self, root) -> None:
        object.__setattr__(self, "root", Path(root))

    @classmethod
    def of_journey(cls, journey_file) -> "ClientDir":
        """The client folder of a journey.json (editors are handed either)."""
        return cls(Path(journey_file).parent)

    kit = property(lambda self: self.root / "kit.yaml")
    data = property(lambda self: self.root / "data")
    journey = property(lambda self: self.root / "journey.json")  # the team's decisions
    ballots = property(lambda self: self.root / "journey.ballots.json")  # voter -> item -> dots
    lock = property(lambda self: self.root / "journey.json.lock")
    undo = property(lambda self: self.root / ".journey_history")  # the last team edits, for undo
    out = property(lambda self: self.root / "out")  # rebuilt by every run
    staging = property(lambda self: self.root / "out.partial")
    history = property(lambda self: self.root / "history")  # one snapshot per run
    run_lock = property(lambda self: self.root / ".cjm-run.lock")  # held by the one `cjm run` of this client
    present_session = property(lambda self: self.root / ".cjm-present.json")  # `cjm present`'s access code

    @property
    def results(self) -> Path:
        """The last run's journey: scores, findings, KPIs and the evidence rows they show."""
        return self.out / "journey.json"

    @property
    def evidence(self) -> Path:
        return self.out / "evidence.parquet"
