"""The participants' page: a Voilà app showing the map summary and dot voting, no code visible.

Each browser tab gets its own Voilà kernel; their votes meet in the client's journey.json under
the file lock of ``cjm_widgets.edits``, so every vote is kept.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

NOTEBOOK = Path(__file__).with_name("participants.ipynb")
CLIENT_ENV = "CJM_CLIENT_DIR"  # the notebook reads the client directory from here
DOTS_ENV = "CJM_MAX_DOTS"


def voila_command(client_dir, *, port: int = 8866, open_browser: bool = False, host: str = "0.0.0.0",
                  max_dots: int = 3) -> tuple[list[str], dict[str, str]]:
    """The voila command line and environment that serve the participants' page for ``client_dir``."""
    client = Path(client_dir).resolve()
    if not client.is_dir():
        raise FileNotFoundError(f"{client}: no such client directory. Fix: pass the folder holding kit.yaml.")
    argv = [sys.executable, "-m", "voila", str(NOTEBOOK), f"--port={port}", f"--Voila.ip={host}",
            "--Voila.port_retries=0", "--show_tracebacks=False", "--theme=light"]
    if not open_browser:
        argv.append("--no-browser")
    env = {**os.environ, CLIENT_ENV: str(client), DOTS_ENV: str(max_dots)}
    return argv, env


def present(client_dir, *, port: int = 8866, open_browser: bool = False, host: str = "0.0.0.0",
            max_dots: int = 3) -> int:
    """Serve the participants' page until interrupted (Ctrl-C); returns voila's exit code.

    ``host="0.0.0.0"`` lets participants open it from their own laptops on the room's network
    at ``http://<this machine>:<port>``; use ``"127.0.0.1"`` to keep it on this machine.
    """
    argv, env = voila_command(client_dir, port=port, open_browser=open_browser, host=host, max_dots=max_dots)
    print(f"Participants: open http://<this computer's address>:{port} (Ctrl-C stops the page)")
    process = subprocess.Popen(argv, env=env)
    try:
        return process.wait()
    except KeyboardInterrupt:
        process.terminate()
        return process.wait()
