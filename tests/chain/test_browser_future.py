"""The future state on the map in headless Chromium: the trends figure and the gaps add no request
and no console error, and the persona filter switches the gap shown on a touchpoint card."""
from __future__ import annotations

import json
from datetime import datetime

import pytest

from test_browser_map import ARGS, CHROMIUM, browser  # noqa: F401  (the shared browser fixture)
from test_future_state import sample

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed at /usr/bin/chromium")


def test_trends_and_gaps_stay_offline_and_follow_the_persona_filter(browser, tmp_path):  # noqa: F811
    from cjm_widgets.history import trends, write_snapshot
    from cjm_widgets.render import write_map

    out = tmp_path / "out"
    for month in (1, 2, 3):
        journey = sample()
        journey.kpis["nps"] = {"value": -10.0 * month, "n": 50, "ci_low": -10.0 * month - 8, "ci_high": -10.0 * month + 8}
        journey.save(out / "journey.json")
        (out / "kpis.json").write_text(json.dumps(journey.kpis), encoding="utf-8")
        write_snapshot(out, tmp_path / "history", datetime(2026, month, 10))
    path = write_map(sample(), tmp_path / "journey_map.html", trends=trends(tmp_path))
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    seen = {"console": [], "requests": []}
    page.on("console", lambda m: seen["console"].append((m.type, m.text)))
    page.on("request", lambda r: seen["requests"].append(r.url))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    assert seen["requests"] == [path.as_uri()]
    assert [m for m in seen["console"] if m[0] in ("error", "warning")] == []
    assert page.locator("#h-trends + figure svg").is_visible()

    card = page.locator('.tp[data-touchpoint="cart"]')
    assert card.locator('.gap[data-for=""]').inner_text() == "gap +2.00 → Target +1.00"
    assert not card.locator('.gap[data-for="p1"]').is_visible()
    page.locator('[data-filter="p1"]').click()
    assert card.locator('.gap[data-for="p1"]').inner_text() == "gap +2.50 → Target +1.00"
    assert not card.locator('.gap[data-for=""]').is_visible()
    page.close()
