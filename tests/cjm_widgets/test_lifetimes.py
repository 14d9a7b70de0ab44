"""Stopping `cjm run` / `cjm batch` with a real signal leaves no kernel, no staging folder and out/ whole;
a second run on a busy client refuses at once."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import DEMO
from cjm_widgets.cli import main
from cjm_widgets.lifetimes import client_lock, descendants

pytestmark = pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process tree from /proc")


def demo_copy(where: Path) -> Path:
    shutil.copytree(DEMO, where, ignore=shutil.ignore_patterns("out", "out.*", "journey.*", ".journey_history"))
    (where / "out").mkdir()
    (where / "out" / "journey_map.html").write_text("the previous map", encoding="utf-8")
    return where


def kernels_below(pid: int) -> list[int]:
    found = []
    for child in descendants(pid):
        try:
            if b"ipykernel" in Path(f"/proc/{child}/cmdline").read_bytes():
                found.append(child)
        except OSError:
            pass
    return found


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def wait_for(check, seconds: float, what: str):
    """Poll a condition that another process makes true (there is no event to wait on across processes)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.1)
    raise AssertionError(f"no {what} after {seconds:.0f} s")


def start(*args: str) -> subprocess.Popen:
    """In a process group of its own, as a shell starts a command (Ctrl-C reaches the whole group)."""
    return subprocess.Popen([sys.executable, "-m", "cjm_widgets.cli", *args, "--quiet"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def stop_and_check(process: subprocess.Popen, stop, clients: list[Path]) -> None:
    """``stop`` it; every process the command had started (workers, kernels) must end with it."""
    started = descendants(process.pid)
    stop()
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    assert not [pid for pid in started if alive(pid)]  # ended before the command exited, not some time later
    for client in clients:
        assert not (client / "out.partial").exists()
        assert (client / "out" / "journey_map.html").read_text(encoding="utf-8") == "the previous map"


def test_sigterm_stops_a_run_and_its_kernels_and_a_second_run_refuses(tmp_path, capsys):
    client = demo_copy(tmp_path / "acme")
    run = start("run", str(client))
    wait_for(lambda: kernels_below(run.pid), 120, "kernel of the run")

    started = time.monotonic()
    assert main(["run", str(client)]) == 2
    err = capsys.readouterr().err
    assert time.monotonic() - started < 10
    assert "another `cjm run` is already working on this client" in err and f"pid {run.pid}" in err

    stop_and_check(run, lambda: run.send_signal(signal.SIGTERM), [client])  # `kill PID`
    with client_lock(client):  # released: the next run may start
        pass


def test_ctrl_c_stops_a_batch_and_every_kernel(tmp_path):
    clients = [demo_copy(tmp_path / name) for name in ("alpha", "beta")]
    batch = start("batch", "--workers", "2", *map(str, clients))
    wait_for(lambda: len(kernels_below(batch.pid)) >= 2, 180, "kernels of both clients")
    stop_and_check(batch, lambda: os.killpg(batch.pid, signal.SIGINT), clients)  # Ctrl-C in a terminal
