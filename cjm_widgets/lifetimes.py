"""What a run owns and how it ends: one run per client at a time, and Ctrl-C or SIGTERM stop everything.

A ``cjm run`` starts worker processes, and each worker starts a Jupyter kernel in a session of
its own, so a signal to the run reaches neither. While a guard below is active, SIGINT and
SIGTERM first end every process this one started (kernels included, deepest first) and remove
the staging folder of the run; then the process that took charge raises KeyboardInterrupt,
while forked workers, which inherit the handler, end at once. ``out/`` is only ever replaced
inside :func:`uninterrupted`, so it stays whole.
"""
from __future__ import annotations

import contextlib
import fcntl
import functools
import os
import shutil
import signal
import threading
import time
from pathlib import Path
from typing import Iterator

from .clientdir import ClientDir
from .errors import CJMError, ConfigError

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
GRACE_SECONDS = 5.0  # a kernel or worker gets this long after SIGTERM before SIGKILL


class RunInProgress(CJMError):
    """Another ``cjm run`` holds this client's lock."""


@contextlib.contextmanager
def client_lock(client_dir) -> Iterator[Path]:
    """Hold ``client_dir``'s run lock, or refuse at once naming the process that holds it."""
    folder = ClientDir(client_dir)
    if not folder.root.is_dir():
        raise ConfigError(folder.root, key="err_not_client_dir")
    path = folder.run_lock
    with open(path, "a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise RunInProgress(key="err_run_in_progress", dir=client_dir, holder=holder) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}, started {time.strftime('%Y-%m-%d %H:%M:%S')}")
        handle.flush()
        try:
            yield path
        finally:
            handle.truncate(0)
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class _Signals:
    """The handler's state. ``owner`` took charge of the stop (it raises KeyboardInterrupt); forked
    workers inherit the handler and end themselves once their own clean-up is done."""
    owner: int | None = None
    stopping = False
    deferring = 0
    pending: int | None = None
    staging: list[tuple[int, Path]] = []  # (pid of the run, its staging folder)


def _on_stop_signal(signum, frame) -> None:
    if _Signals.deferring:
        _Signals.pending = signum
        return
    if _Signals.stopping:
        # Ctrl-C reaches the whole process group and the owner's SIGTERM follows: a worker finishes
        # its clean-up; a second Ctrl-C at the owner (should unwinding hang) quits at once.
        if os.getpid() == _Signals.owner:
            os._exit(128 + signum)
        return
    _Signals.stopping = True
    stop_descendants()
    for pid, staging in _Signals.staging:
        if pid == os.getpid():
            shutil.rmtree(staging, ignore_errors=True)
    if os.getpid() == _Signals.owner:
        raise KeyboardInterrupt(f"stopped by {signal.Signals(signum).name}")
    os._exit(128 + signum)  # a forked worker: ending now, not unwinding a process pool, cannot hang


@contextlib.contextmanager
def children_stopped_on_interrupt() -> Iterator[None]:
    """While inside: SIGINT and SIGTERM end every descendant process, then raise KeyboardInterrupt.
    (Only the main thread may take signals; called from another thread this changes nothing.)"""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {s: signal.signal(s, _on_stop_signal) for s in STOP_SIGNALS}
    owner = _Signals.owner
    if owner is None:
        _Signals.owner = os.getpid()
    try:
        yield
    finally:
        _Signals.owner, _Signals.stopping = owner, False
        for signum, handler in previous.items():
            signal.signal(signum, handler)


@contextlib.contextmanager
def uninterrupted() -> Iterator[None]:
    """A stop signal arriving inside waits until the block is done (e.g. swapping ``out/`` in)."""
    _Signals.deferring += 1
    try:
        yield
    finally:
        _Signals.deferring -= 1
        signum, _Signals.pending = _Signals.pending, None
        if signum is not None and not _Signals.deferring:
            _on_stop_signal(signum, None)


def guarded_run(run):
    """Decorate ``run_client``: one run per client, stop signals end its kernels, no staging left behind."""
    @functools.wraps(run)
    def guarded(client_dir, *args, **kwargs):
        client = Path(client_dir).resolve()
        entry = (os.getpid(), ClientDir(client).staging)
        with client_lock(client), children_stopped_on_interrupt():
            _Signals.staging.append(entry)
            try:
                return run(client_dir, *args, **kwargs)
            except KeyboardInterrupt:  # the handler has cleaned up; this covers an interrupt from elsewhere
                stop_descendants()
                shutil.rmtree(entry[1], ignore_errors=True)
                raise
            finally:
                _Signals.staging.remove(entry)
    return guarded


def stop_descendants(grace: float = GRACE_SECONDS) -> list[int]:
    """SIGTERM every process started (directly or not) by this one, deepest first; SIGKILL what is
    still alive after ``grace`` seconds. Returns the pids that were signalled."""
    pids = descendants(os.getpid())
    for pid in reversed(pids):
        _signal(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline and any(_alive(pid) for pid in pids):
        time.sleep(0.05)
    for pid in pids:
        if _alive(pid):
            _signal(pid, signal.SIGKILL)
    return pids


def descendants(root: int) -> list[int]:
    """Pids below ``root`` in the process tree, parents before children (read from /proc; on a
    system without /proc the list is empty and kernels end by ipykernel's own parent check)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process ended while we looked
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, queue = [], [root]
    while queue:
        for child in children.get(queue.pop(0), []):
            found.append(child)
            queue.append(child)
    return found


def _alive(pid: int) -> bool:
    """Running, not a zombie waiting for its parent."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def _signal(pid: int, signum: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(pid, signum)
