"""The participants' Voilà page in headless Chromium: a vote clicked in the browser lands in journey.json."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import save_client
from cjm_widgets.model import Journey, Opportunity, PainPoint, Stage, Touchpoint
from cjm_widgets.present import voila_command

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(check, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.25)
    raise AssertionError(f"timed out after {seconds:.0f} s waiting for {what}")


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def votes_on_disk(client: Path) -> dict:
    return json.loads((client / "journey.json").read_text(encoding="utf-8"))["votes"]


@pytest.fixture
def voila_page(tmp_path):
    save_client(Journey(client="Acme", stages=[Stage("decision", "Decision")],
                        touchpoints=[Touchpoint("cart", "Cart <b>", "decision")],
                        pain_points=[PainPoint("cart", rule="score below -1")],
                        opportunities=[Opportunity("one_click", "One-click checkout")]), tmp_path)
    port = free_port()
    argv, env = voila_command(tmp_path, port=port, host="127.0.0.1")
    log = open(tmp_path / "voila.log", "w")
    process = subprocess.Popen(argv, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        url = f"http://127.0.0.1:{port}/"
        wait_for(lambda: process.poll() is not None or answers(url), 60, "voila to answer")
        assert process.poll() is None, (tmp_path / "voila.log").read_text()
        yield tmp_path, url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        log.close()


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no Chromium at {CHROMIUM} for the browser test")
def test_a_participant_votes_from_the_voila_page(voila_page):
    from playwright.sync_api import sync_playwright

    client, url = voila_page
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            page = browser.new_page()
            page.goto(url, timeout=60_000)
            page.get_by_text("One-click checkout").first.wait_for(timeout=60_000)
            assert page.get_by_text("Cart <b>").count() >= 1  # respondent-facing text shown, not parsed
            page.locator(".widget-text input").first.fill("Ola")
            page.get_by_role("button", name="+1").nth(1).click()  # the opportunity
            wait_for(lambda: votes_on_disk(client).get("opportunity:one_click") == 1, 30, "the vote on disk")
            page.get_by_text("Dots left: 2").wait_for(timeout=30_000)
        finally:
            browser.close()
    assert votes_on_disk(client) == {"opportunity:one_click": 1}
