"""The six workshop notebooks in a real JupyterLab, driven from headless Chromium.

papermill proves the code runs; only a browser proves what the facilitator sees: charts as images
(not "<Figure size ...>"), editors drawn as widgets, and a click in an editor reaching journey.json.
JupyterLab runs on localhost with a token over a temporary copy of the notebooks and the demo client,
and is shut down with its kernels at the end, also when a check fails.
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import DEMO, ROOT

REPO = ROOT
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking"]
NOTEBOOKS = sorted(p.name for p in (REPO / "notebooks").glob("*.ipynb"))
WITH_EDITORS = {"02_interviews.ipynb", "03_personas.ipynb", "04_stages_touchpoints.ipynb",
                "05_emotion_scoring.ipynb", "06_journey_map.ipynb"}
WITH_CHARTS = {"01_survey_intake.ipynb": 1, "02_interviews.ipynb": 1, "03_personas.ipynb": 1,  # images at least
               "05_emotion_scoring.ipynb": 2, "06_journey_map.ipynb": 1}
RUN_TIMEOUT_MS = 60_000

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed at /usr/bin/chromium")

KERNEL_IDLE = """() => {
  const panel = window.jupyterapp.shell.currentWidget;
  const kernel = panel && panel.sessionContext && panel.sessionContext.session && panel.sessionContext.session.kernel;
  return !!kernel && kernel.status === 'idle';
}"""

# Widget labels and descriptions whose text is cut ("Move tou…"), and grids wider than the notebook.
LAYOUT_PROBLEMS = """() => {
  const cut = [...document.querySelectorAll('.jp-Notebook .widget-label, .jp-Notebook .widget-label-basic')]
    .filter(el => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1).map(el => el.textContent);
  const notebook = document.querySelector('.jp-Notebook .jp-OutputArea-output');
  const room = notebook ? notebook.getBoundingClientRect().right : Infinity;
  const wide = [...document.querySelectorAll('.jp-Notebook .widget-gridbox')]
    .filter(el => el.getBoundingClientRect().right > room + 1).map(el => Math.round(el.getBoundingClientRect().width));
  return {cut, wide};
}"""

# Every code cell shows "[n]:" once it has run; "[*]:" while running, "[ ]:" before.
ALL_CELLS_RAN = """() => {
  const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputPrompt')];
  return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
}"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, timeout: float = 2.0):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return json.loads(response.read() or b"null")


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """JupyterLab over <tmp>/notebooks + <tmp>/workshop/demo, so the default client_dir resolves."""
    root = tmp_path_factory.mktemp("lab")
    shutil.copytree(REPO / "notebooks", root / "notebooks")
    shutil.copytree(DEMO, root / "workshop" / "demo", ignore=shutil.ignore_patterns("out", "out.*", "journey.json*"))
    home = root / ".jupyter-home"  # no user settings, workspaces or runtime files from this machine
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(home / "config"), "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
           "JUPYTERLAB_SETTINGS_DIR": str(home / "settings"), "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces"),
           "MPLBACKEND": "Agg"}
    port, token = _free_port(), secrets.token_hex(16)
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", f"--port={port}", "--ServerApp.ip=127.0.0.1",
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}", "--LabApp.expose_app_in_browser=True",
         "--LabApp.news_url=", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
         "--LabApp.extension_manager=readonly", "--ServerApp.port_retries=0",
         *(["--allow-root"] if os.geteuid() == 0 else [])],
        cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=open(root / "lab.log", "wb"), start_new_session=True,
        preexec_fn=_stop_with_parent)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                _get(f"{base}/api/status?token={token}")
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"JupyterLab did not start: {(root / 'lab.log').read_text()[-2000:]}")
                time.sleep(0.2)  # polling a port that is not open yet: there is no event to wait on
        yield base, token, root
    finally:
        _shut_down(server, base, token)


def _stop_with_parent() -> None:
    """In the child: Linux sends SIGTERM (JupyterLab then stops its kernels) if pytest itself is killed."""
    import ctypes
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _shut_down(server: subprocess.Popen, base: str, token: str) -> None:
    """Ask JupyterLab to stop (it shuts its kernels down), then make sure the whole group is gone."""
    try:
        request = urllib.request.Request(f"{base}/api/shutdown?token={token}", method="POST")
        urllib.request.urlopen(request, timeout=5).close()
        server.wait(timeout=15)
    except (OSError, subprocess.TimeoutExpired):
        pass
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
    try:  # kernels run in the server's process group
        os.killpg(server.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


@pytest.fixture(scope="module")
def page(lab):
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            yield page
        finally:
            browser.close()


@pytest.fixture(scope="module")
def executed(lab, page):
    """Each notebook opened in JupyterLab and run with Run All, in workshop order; what it showed."""
    base, token, root = lab
    page.goto(f"{base}/lab?token={token}&reset")
    page.wait_for_function("() => !!window.jupyterapp", timeout=RUN_TIMEOUT_MS)
    page.evaluate("async () => { await window.jupyterapp.started; await window.jupyterapp.restored; }")
    seen = {}
    for name in NOTEBOOKS:
        started = time.monotonic()
        page.evaluate("""async (path) => {
            const panel = await window.jupyterapp.commands.execute('docmanager:open', {path});
            await panel.context.ready;
            await panel.sessionContext.ready;
        }""", f"notebooks/{name}")
        page.wait_for_function(KERNEL_IDLE, timeout=RUN_TIMEOUT_MS)
        page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
        page.wait_for_function(ALL_CELLS_RAN, timeout=RUN_TIMEOUT_MS)
        page.wait_for_function(KERNEL_IDLE, timeout=RUN_TIMEOUT_MS)
        outputs = page.locator(".jp-Notebook .jp-OutputArea-output")
        seen[name] = {
            "errors": page.locator(".jp-Notebook [data-mime-type='application/vnd.jupyter.error']").all_inner_texts(),
            "text": "\n".join(outputs.all_inner_texts()),
            "images": page.locator(".jp-Notebook .jp-RenderedImage img").count(),
            "widgets": page.locator(".jp-Notebook .jp-OutputArea-output .widget-box, "
                                    ".jp-Notebook .jp-OutputArea-output .jupyter-widgets.widget-vbox").count(),
            "layout": page.evaluate(LAYOUT_PROBLEMS),
        }
        if name == "04_stages_touchpoints.ipynb":
            seen["stage_added"] = _add_stage_in_browser(page, root)
        seen[name]["seconds"] = round(time.monotonic() - started, 1)
        page.evaluate("""async () => {
            const panel = window.jupyterapp.shell.currentWidget;
            await panel.context.save();
            panel.dispose();
        }""")
        page.wait_for_function("() => !document.querySelector('.jp-Notebook')", timeout=RUN_TIMEOUT_MS)
        _stop_kernels(base, token)
    return seen


def _stop_kernels(base: str, token: str) -> None:
    """End the notebook's session (and its kernel) through the REST API: no dialog to click away."""
    for session in _get(f"{base}/api/sessions?token={token}"):
        request = urllib.request.Request(f"{base}/api/sessions/{session['id']}?token={token}", method="DELETE")
        urllib.request.urlopen(request, timeout=10).close()


def _add_stage_in_browser(page, root: Path) -> list[str]:
    """Type a new stage into the StageEditor, click its Add button; the stage names then on disk."""
    new_stage = page.locator(".jp-Notebook input[placeholder='New stage']")
    new_stage.fill("Loyalty club")
    row = page.locator(".jp-Notebook .widget-hbox", has=page.locator("input[placeholder='New stage']"))
    row.get_by_role("button", name="Add").click()
    page.wait_for_function("""() => [...document.querySelectorAll('.jp-Notebook input[type=text]')]
                              .some(i => i.value === 'Loyalty club' && i.placeholder !== 'New stage')""",
                           timeout=RUN_TIMEOUT_MS)
    journey = json.loads((root / "workshop" / "demo" / "journey.json").read_text(encoding="utf-8"))
    return [stage["name"] for stage in journey["stages"]]


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs_in_jupyterlab_without_errors(executed, name):
    shown = executed[name]
    assert shown["errors"] == [], shown["errors"]
    assert "<Figure size" not in shown["text"]
    assert shown["text"].strip(), "the notebook showed nothing"


@pytest.mark.parametrize("name", sorted(WITH_CHARTS))
def test_charts_are_shown_as_images(executed, name):
    assert executed[name]["images"] >= WITH_CHARTS[name]


@pytest.mark.parametrize("name", sorted(WITH_EDITORS))
def test_editors_are_drawn_as_widgets(executed, name):
    assert executed[name]["widgets"] >= 1


@pytest.mark.parametrize("name", sorted(WITH_EDITORS))
def test_editor_labels_are_not_cut_and_grids_fit_a_1280_px_notebook(executed, name):
    assert executed[name]["layout"] == {"cut": [], "wide": []}


def test_the_notebooks_run_in_reasonable_time(executed):
    print({name: shown["seconds"] for name, shown in executed.items() if name in NOTEBOOKS})
    assert all(executed[name]["seconds"] < RUN_TIMEOUT_MS / 1000 for name in NOTEBOOKS)


def test_a_stage_added_in_the_browser_reaches_journey_json(executed):
    assert executed["stage_added"][-1] == "Loyalty club"
