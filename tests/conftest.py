"""Shared fixtures: where the real exports live, and a small scored journey."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REAL_FIXTURES = ROOT.parent / "shared" / "fixtures-real"
DEMO = ROOT / "workshop" / "demo"
TEST_DATA = ROOT / "tests" / "data"  # small exports made for the tests


@pytest.fixture
def real_fixtures() -> Path:
    """The real survey and transcript exports in ../shared/fixtures-real (read-only)."""
    if not REAL_FIXTURES.is_dir():
        pytest.skip("../shared/fixtures-real is not beside this checkout")
    return REAL_FIXTURES


def save_client(journey, client_dir):
    """A client folder as a finished run leaves it: the team's decisions in journey.json, the run's
    results (scores, pain points, evidence rows) in out/journey.json."""
    from cjm_widgets.client import without_evidence

    journey.save(client_dir / "out" / "journey.json")
    return without_evidence(journey).save(client_dir / "journey.json")
