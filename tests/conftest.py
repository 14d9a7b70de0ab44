"""Shared fixtures: where the real exports live, and a small scored journey."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REAL_FIXTURES = ROOT.parent / "shared" / "fixtures-real"
DEMO = ROOT / "workshop" / "demo"


@pytest.fixture
def real_fixtures() -> Path:
    """The real survey and transcript exports in ../shared/fixtures-real (read-only)."""
    if not REAL_FIXTURES.is_dir():
        pytest.skip("../shared/fixtures-real is not beside this checkout")
    return REAL_FIXTURES
