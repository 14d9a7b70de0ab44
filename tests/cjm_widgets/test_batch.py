"""`cjm batch` over three copies of the demo, one with broken data."""
from __future__ import annotations

import shutil
import subprocess
import sys

from conftest import DEMO


def test_batch_keeps_going_past_a_broken_client(tmp_path):
    clients = []
    for name in ("alpha", "broken", "gamma"):
        shutil.copytree(DEMO, tmp_path / name, ignore=shutil.ignore_patterns("out", "out.*"))
        clients.append(tmp_path / name)
    (tmp_path / "broken" / "data" / "survey.csv").write_bytes(b"")
    done = subprocess.run([sys.executable, "-m", "cjm_widgets.cli", "batch", "--quiet", *map(str, clients)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 1
    assert "Traceback" not in done.stdout + done.stderr
    lines = {line.split()[0]: line for line in done.stdout.splitlines() if line.startswith(str(tmp_path))}
    assert " ok " in lines[str(clients[0])] and "journey_map.html" in lines[str(clients[0])]
    assert " ok " in lines[str(clients[2])]
    assert " failed " in lines[str(clients[1])] and "survey.csv" in lines[str(clients[1])]
    assert "2 ok, 1 failed" in done.stdout
    assert (clients[0] / "out" / "journey_map.html").is_file()
    assert not (clients[1] / "out").exists()
