"""The participants' page: a Voilà app showing the map and dot voting, no code visible.

Each browser tab gets its own Voilà kernel; their votes meet in the client's journey.json under
the file lock of ``cjm_widgets.edits``, so every vote is kept. Only a browser that brings the
session's access code (in the URL or typed into the login form) gets the page; the page loads
nothing from outside this computer.
"""
from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

from ..lifetimes import children_stopped_on_interrupt
from ..clientdir import ClientDir
from ..config import kit_language
from ..labels import label
from .access import check_code, new_code, participant_urls, qr_text, read_session, write_session

NOTEBOOK = Path(__file__).with_name("participants.ipynb")
TEMPLATES = Path(__file__).with_name("share")  # a Jupyter data dir holding voila/templates/cjm
CLIENT_ENV = "CJM_CLIENT_DIR"  # the notebook reads the client directory from here
DOTS_ENV = "CJM_MAX_DOTS"
DEFAULT_PORT = 8866
DEFAULT_HOST = "0.0.0.0"  # laptops in the room must reach it; the access code keeps everyone else out

__all__ = ["FacilitatorPanel", "ParticipantsPage", "present", "read_session", "set_reveal", "voila_command"]


def voila_command(client_dir, *, code: str, port: int = DEFAULT_PORT, open_browser: bool = False,
                  host: str = DEFAULT_HOST, max_dots: int = 3) -> tuple[list[str], dict[str, str]]:
    """The voila command line and environment that serve the participants' page for ``client_dir``."""
    client = Path(client_dir).resolve()
    if not client.is_dir():
        raise FileNotFoundError(f"{client}: no such client directory. Fix: pass the folder holding kit.yaml.")
    argv = [sys.executable, "-m", "voila", str(NOTEBOOK), f"--port={port}", f"--Voila.ip={host}",
            "--Voila.port_retries=0", "--show_tracebacks=False", "--theme=light", "--template=cjm",
            f"--Voila.token={check_code(code)}"]
    if not open_browser:
        argv.append("--no-browser")
    data_path = os.pathsep.join(filter(None, [str(TEMPLATES), os.environ.get("JUPYTER_PATH")]))
    env = {**os.environ, CLIENT_ENV: str(client), DOTS_ENV: str(max_dots), "JUPYTER_PATH": data_path}
    return argv, env


def present(client_dir, *, code: str | None = None, port: int = DEFAULT_PORT, open_browser: bool = False,
            host: str = DEFAULT_HOST, max_dots: int = 3) -> int:
    """Serve the participants' page until Ctrl-C or SIGTERM, which also end Voilà and its kernels.

    Prints the access code and a full URL per network address of this computer, with a QR code.
    """
    code = check_code(code or new_code())
    argv, env = voila_command(client_dir, code=code, port=port, open_browser=open_browser, host=host,
                              max_dots=max_dots)
    client = Path(env[CLIENT_ENV])
    urls = participant_urls(host, port, code)
    write_session(client, {"code": code, "urls": urls, "reveal": False, "pid": os.getpid()})
    language = kit_language(client)
    print(label("present_code", language, code=code))
    for url in urls:
        print(label("present_url", language, url=url))
    print(qr_text(urls[0]))
    print(label("present_facilitator", language), flush=True)
    try:
        with children_stopped_on_interrupt():
            process = subprocess.Popen(argv, env=env)
            try:
                return process.wait()
            except KeyboardInterrupt:  # Voilà and its kernels have been stopped by then
                process.wait()
                return 0
    finally:
        with contextlib.suppress(FileNotFoundError):
            ClientDir(client).present_session.unlink()


def __getattr__(name: str):
    """The widgets load ipywidgets: only when a notebook asks for them, not for ``cjm present``."""
    if name in ("FacilitatorPanel", "ParticipantsPage", "set_reveal"):
        from . import page

        return getattr(page, name)
    raise AttributeError(name)
