"""`cjm present` in headless Chromium: the code gates the map, votes land in journey.json and stay silent
until revealed, nothing is fetched from outside this computer, and SIGTERM leaves nothing behind."""
from __future__ import annotations

import json
import re
import signal
import socket
import subprocess
import sys
import threading
import urllib.parse
from pathlib import Path

import pytest

from conftest import save_client
from cjm_widgets.lifetimes import descendants
from cjm_widgets.model import Journey, Opportunity, PainPoint, Stage, Touchpoint
from cjm_widgets.present import read_session, set_reveal

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking"]
needs_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no Chromium at {CHROMIUM}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def listening(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def votes_on_disk(client: Path) -> dict:
    return json.loads((client / "journey.json").read_text(encoding="utf-8"))["votes"]


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.fixture
def presented(tmp_path):
    """A running `cjm present` on a small journey: (client dir, the URL it printed, its process, port)."""
    save_client(Journey(client="Acme", stages=[Stage("decision", "Decision")],
                        touchpoints=[Touchpoint("cart", "Cart <b>", "decision")],
                        pain_points=[PainPoint("cart", rule="score below -1")],
                        opportunities=[Opportunity("one_click", "One-click checkout")]), tmp_path)
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "cjm_widgets.cli", "present", str(tmp_path), "--host",
                                "127.0.0.1", "--port", str(port)], stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    try:
        printed = _read_until(process, r"open (http://\S+)").group(1)
        _read_until(process, r"Voil. is running at")  # Voilà's own log line: it listens now
        threading.Thread(target=process.stdout.read, daemon=True).start()  # keep the pipe from filling up
        assert listening(port)
        yield tmp_path, printed, process, port
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)


def _read_until(process, pattern: str) -> re.Match:
    """Block on the command's output until a line matches: an event, not a guess at how long it takes."""
    seen = []
    for line in process.stdout:
        seen.append(line)
        found = re.search(pattern, line)
        if found:
            return found
    raise AssertionError(f"`cjm present` ended without printing {pattern!r}:\n{''.join(seen)}")


@needs_chromium
def test_the_code_gates_the_page_votes_are_silent_until_revealed_and_all_stays_local(presented):
    from playwright.sync_api import sync_playwright

    client, url, _, port = presented
    code = urllib.parse.parse_qs(urllib.parse.urlparse(url).query)["token"][0]
    assert url == f"http://127.0.0.1:{port}/?token={code}" and code == read_session(client)["code"]
    requests: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            stranger = browser.new_page()
            stranger.goto(f"http://127.0.0.1:{port}/", timeout=60_000)
            stranger.wait_for_load_state("networkidle", timeout=60_000)
            seen = stranger.content()
            assert "One-click checkout" not in seen and "Cart" not in seen and "Acme" not in seen

            page = browser.new_context().new_page()
            page.on("request", lambda request: requests.append(request.url))
            page.goto(url, timeout=60_000)
            page.get_by_text("One-click checkout").first.wait_for(timeout=60_000)
            assert page.get_by_text("Cart <b>").count() >= 1  # respondent-facing text shown, not parsed
            page.get_by_text("Silent voting").wait_for(timeout=30_000)
            page.locator(".widget-text input").first.fill("Ola")
            page.get_by_role("button", name="+1").nth(1).click()  # the opportunity
            page.get_by_text("Dots left: 2").wait_for(timeout=30_000)  # shown once the vote is saved
            assert votes_on_disk(client) == {"opportunity:one_click": 1}
            assert page.get_by_text("1 vote").count() == 0  # silent: no totals yet

            set_reveal(client, True)  # the facilitator's switch
            page.get_by_text("1 vote").first.wait_for(timeout=30_000)
            assert page.get_by_text("Silent voting").count() == 0
        finally:
            browser.close()
    assert votes_on_disk(client) == {"opportunity:one_click": 1}
    outside = {urllib.parse.urlparse(u).hostname for u in requests if not u.startswith(("data:", "about:"))}
    assert outside == {"127.0.0.1"}, sorted(requests)


@needs_chromium
def test_the_voila_page_fits_a_phone(presented):
    from playwright.sync_api import sync_playwright

    _, url, _, _ = presented
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            page = browser.new_page(viewport={"width": 390, "height": 844})
            page.goto(url, timeout=60_000)
            page.get_by_text("One-click checkout").first.wait_for(timeout=60_000)
            assert page.evaluate("() => window.innerWidth") == 390
            too_wide = page.evaluate("""() => [...document.querySelectorAll('.jupyter-widgets')]
                .filter(el => el.offsetParent !== null && el.getBoundingClientRect().right > window.innerWidth + 1)
                .map(el => el.className + ': ' + (el.textContent || '').slice(0, 40))""")
            squeezed = page.evaluate("""() => [...document.querySelectorAll('.jupyter-widgets button, .widget-html')]
                .filter(el => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
                .map(el => (el.textContent || '').slice(0, 40))""")
            assert too_wide == [] and squeezed == []
            for button in page.get_by_role("button", name="+1").all():
                box = button.bounding_box()
                assert box and box["x"] + box["width"] <= 390
        finally:
            browser.close()


def test_sigterm_stops_voila_and_its_kernels(presented):
    client, url, process, port = presented
    urllib_open(url)  # a participant's tab: Voilà starts a kernel for it
    started = descendants(process.pid)  # the page came back rendered: Voilà and the tab's kernel run
    assert len(started) >= 2
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=30) == 0
    assert not listening(port)
    assert not any(alive(pid) for pid in started)
    assert read_session(client) == {}  # the code is gone with the session


def urllib_open(url: str) -> None:
    import urllib.request

    with urllib.request.urlopen(url, timeout=60) as response:
        response.read()
