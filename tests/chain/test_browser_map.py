"""The HTML map in headless Chromium: no console errors, no requests, real drawing, inert hostile text."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from samples import HOSTILE, sample_journey

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed at /usr/bin/chromium")


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def opened(browser, tmp_path_factory):
    """The map opened from disk, with everything the page did recorded."""
    from cjm_widgets.render import write_map
    path = write_map(sample_journey(), tmp_path_factory.mktemp("map") / "journey_map.html")
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    seen = {"console": [], "requests": [], "dialogs": [], "errors": []}
    page.on("console", lambda m: seen["console"].append((m.type, m.text)))
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("request", lambda r: seen["requests"].append(r.url))
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    yield page, path, seen
    page.close()


def test_no_console_errors_and_no_requests_but_the_file(opened):
    page, path, seen = opened
    assert [m for m in seen["console"] if m[0] in ("error", "warning")] == []
    assert seen["errors"] == []
    assert seen["requests"] == [path.as_uri()]


def test_stage_names_visible(opened):
    page, _, _ = opened
    for name in ("Awareness", "Consideration", f"Decision {HOSTILE}"):
        assert page.locator("th.stage-name", has_text=name).first.is_visible(), name


def test_screenshot_is_a_real_drawing(opened):
    page, _, _ = opened
    from matplotlib import image
    png = page.screenshot(full_page=True)
    pixels = image.imread(io.BytesIO(png), format="png")
    colours = {tuple(p) for p in (pixels[::4, ::4, :3] * 255).astype(int).reshape(-1, 3)}
    assert len(colours) > 200
    figure = page.locator("figure:not([hidden]) svg")
    box = figure.bounding_box()
    assert box and box["width"] > 400 and box["height"] > 250


def test_hostile_answer_is_shown_as_text_and_runs_nothing(opened):
    page, _, seen = opened
    page.locator('[data-touchpoint="checkout"] > button').click()
    evidence = page.locator('[data-touchpoint="checkout"] .evidence')
    assert evidence.is_visible()
    assert HOSTILE in evidence.inner_text()
    assert seen["dialogs"] == []
    assert page.evaluate("document.querySelectorAll('script').length") == 1
    assert page.locator('[data-touchpoint="checkout"] > button').get_attribute("aria-expanded") == "true"


def test_persona_filter_changes_what_is_visible(opened):
    page, _, _ = opened
    overall = page.locator('[data-touchpoint="ads"] .score[data-for=""]')
    loyal = page.locator('[data-touchpoint="ads"] .score[data-for="p2"]')
    assert overall.is_visible() and not loyal.is_visible()
    page.locator('button[data-filter="p2"]').click()
    assert loyal.is_visible() and not overall.is_visible()
    assert "+1.90" in loyal.inner_text()
    assert not page.locator('.persona[data-persona="p1"]').is_visible()
    assert page.locator('figure[data-for="p2"]').is_visible()
    assert page.locator('button[data-filter="p2"]').get_attribute("aria-pressed") == "true"
    # pain points and moments of truth are the journey's, flagged from all respondents: the page says so
    note = page.locator("nav.filter .filter-note")
    assert note.is_visible() and "all respondents" in note.inner_text()
    assert page.locator('[data-touchpoint="checkout"] .tag.pain').is_visible()
    page.locator('button[data-filter=""]').click()
    assert overall.is_visible() and page.locator('.persona[data-persona="p1"]').is_visible()
    assert not note.is_visible()


@pytest.mark.parametrize("width", [1280, 800])
def test_every_evidence_panel_opens_inside_the_window(browser, tmp_path, width):
    from cjm_widgets.render import write_map
    path = write_map(sample_journey(), tmp_path / "journey_map.html")
    page = browser.new_page(viewport={"width": width, "height": 900})
    try:
        page.goto(path.as_uri())
        cards = page.locator("table.map .tp")
        assert cards.count() >= 3
        for index in range(cards.count()):
            card = cards.nth(index)
            card.scroll_into_view_if_needed()
            card.hover()
            panel = card.locator(".evidence")
            panel.wait_for(state="visible")
            box = panel.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= width, (index, box)
    finally:
        page.close()


def test_a_second_click_closes_the_evidence_panel_and_a_long_one_scrolls(browser, tmp_path):
    from cjm_widgets.render import write_map
    path = write_map(sample_journey(), tmp_path / "journey_map.html")
    page = browser.new_page(viewport={"width": 1400, "height": 700})
    try:
        page.goto(path.as_uri())
        button = page.locator('[data-touchpoint="checkout"] > button')
        panel = page.locator('[data-touchpoint="checkout"] .evidence')
        button.click()
        assert panel.is_visible() and button.get_attribute("aria-expanded") == "true"
        button.click()  # the pointer still on it, the button still focused
        assert not panel.is_visible() and button.get_attribute("aria-expanded") == "false"
        page.mouse.move(5, 5)
        button.hover()
        assert panel.is_visible()  # hovering again shows it again
        button.click()
        page.keyboard.press("Escape")
        assert button.get_attribute("aria-expanded") == "false" and not panel.is_visible()
        assert page.evaluate("getComputedStyle(document.querySelector('.tp .evidence')).overflowY") == "auto"
    finally:
        page.close()


def _stacked_cards(browser, tmp_path):
    """The sample map open at 1400 px: its page, a touchpoint card with another right below it, and that one."""
    from cjm_widgets.render import write_map
    path = write_map(sample_journey(), tmp_path / "journey_map.html")
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(path.as_uri())
    stacked = page.locator("table.map .tp:has(+ .tp)").first
    return page, stacked, stacked.locator("xpath=following-sibling::*[1]")


def _hit(page, card) -> str:
    """The touchpoint whose card takes a click near the top of ``card``."""
    box = card.bounding_box()
    return page.evaluate("([x, y]) => document.elementFromPoint(x, y).closest('.tp').dataset.touchpoint",
                         [box["x"] + box["width"] / 2, box["y"] + 10])


def test_a_pinned_panel_pushes_the_card_below_down_instead_of_covering_it(browser, tmp_path):
    page, stacked, below = _stacked_cards(browser, tmp_path)
    try:
        stacked.locator(":scope > button").click()
        page.mouse.move(2, 2)
        panel, card = stacked.locator(".evidence").bounding_box(), below.bounding_box()
        assert stacked.locator(".evidence").is_visible()
        assert panel["y"] + panel["height"] <= card["y"], (panel, card)
        below.scroll_into_view_if_needed()
        assert _hit(page, below) == below.get_attribute("data-touchpoint")  # clicking the card below reaches it
    finally:
        page.close()


def test_a_closed_panel_stays_closed_when_the_pointer_moves_on_and_the_keyboard_opens_and_closes_it(browser,
                                                                                                     tmp_path):
    """The PL walkthrough: Dostawa opened and closed by clicks, then the pointer on Zwroty below it;
    the button kept focus and the closed panel came back over the card the pointer was on."""
    page, stacked, below = _stacked_cards(browser, tmp_path)
    try:
        button, panel = stacked.locator(":scope > button"), stacked.locator(".evidence")
        button.click()
        button.click()
        assert button.get_attribute("aria-expanded") == "false" and not panel.is_visible()
        below.locator(":scope > button").hover(timeout=5000)  # a panel over it would catch the pointer
        assert page.evaluate("document.activeElement.parentNode.dataset.touchpoint") == \
            stacked.get_attribute("data-touchpoint")  # the closed card's button still has focus
        assert not panel.is_visible()
        assert _hit(page, below) == below.get_attribute("data-touchpoint")
        page.mouse.move(2, 2)
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Tab")  # focus by keyboard alone shows nothing
        assert page.evaluate("document.activeElement.parentNode.dataset.touchpoint") == \
            stacked.get_attribute("data-touchpoint")
        assert not panel.is_visible()
        for key in ("Enter", " "):
            page.keyboard.press(key)
            assert panel.is_visible() and button.get_attribute("aria-expanded") == "true", key
            page.keyboard.press("Escape")
            assert not panel.is_visible() and button.get_attribute("aria-expanded") == "false", key
    finally:
        page.close()


def test_every_score_band_stays_inside_its_card(opened):
    page, _, _ = opened
    overflow = page.evaluate("""() => [...document.querySelectorAll('table.map .tp')].map(tp => {
        const card = tp.getBoundingClientRect(), band = tp.querySelector('.score').getBoundingClientRect();
        return band.right - card.right; })""")
    assert overflow and max(overflow) <= 0.5, overflow
