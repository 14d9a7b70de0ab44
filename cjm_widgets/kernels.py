"""Kernels started ahead: a notebook's kernel boots and loads the notebook's own imports while the
notebooks it reads from are still running, so the run's longest chain (survey → personas →
scoring → map) does not wait ~3 s for a kernel and its imports at every step.
"""
from __future__ import annotations

import ast
import os
import queue
import tempfile
import time
import uuid
from typing import Callable

import nbformat
from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import run_sync
from traitlets.config import Config

START_TIMEOUT = 60  # seconds, papermill's default start_timeout
POLL = 0.1  # seconds between looks at whether the run was stopped


def top_level_imports(notebook: str) -> list[str]:
    """The modules a notebook imports at the top of its code cells (not those inside ``if`` blocks:
    the editors, imported only when someone can click)."""
    modules: list[str] = []
    for cell in nbformat.read(notebook, as_version=4).cells:
        if cell.cell_type != "code":
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:  # IPython magics: the kernel will say what is wrong when the cell runs
            continue
        for node in tree.body:
            if isinstance(node, ast.Import):
                modules += [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                modules.append(node.module)
    return list(dict.fromkeys(modules))


def started_kernel(notebook: str, cwd: str, stopped: Callable[[], bool] = lambda: False) -> AsyncKernelManager:
    """A python3 kernel in ``cwd`` with the notebook's imports loaded, silently: its first cell is
    still execution 1 and the notebook's namespace is untouched (modules are only cached). Returns
    early, the kernel ended, once ``stopped()`` is true: a run refused by its checks does not wait."""
    config = Config()  # sockets as files (unique per kernel): no ports to collide, no plain-TCP warning
    config.KernelManager.transport = "ipc"
    config.KernelManager.ip = os.path.join(tempfile.gettempdir(), f"cjm-kernel-{uuid.uuid4().hex}")
    km = AsyncKernelManager(kernel_name="python3", config=config)
    run_sync(_start)(km, cwd, top_level_imports(notebook), stopped)
    return km


async def _start(km: AsyncKernelManager, cwd: str, modules: list[str], stopped: Callable[[], bool]) -> None:
    await km.start_kernel(cwd=cwd)
    client = km.client()
    # the shell channel only: a heartbeat thread stopped while it still makes its socket prints a traceback
    client.start_channels(shell=True, iopub=False, stdin=False, hb=False, control=False)
    try:  # the request waits in the socket until the kernel listens; no kernel_info round trips needed
        code = f"[__import__('importlib').import_module(_m) for _m in {modules!r}]"  # binds no name
        msg_id = client.execute(code, silent=True, store_history=False)
        deadline = time.monotonic() + START_TIMEOUT
        while not stopped():
            try:
                reply = await client.get_shell_msg(timeout=POLL)
            except queue.Empty:
                if not await km.is_alive():
                    raise RuntimeError("the kernel died while starting") from None
                if time.monotonic() > deadline:
                    raise RuntimeError(f"the kernel did not start in {START_TIMEOUT} s") from None
                continue
            if reply["parent_header"].get("msg_id") == msg_id:
                return  # a failed import is not an error here: the notebook's own cell will report it
    finally:
        client.stop_channels()
    await _killed(km)


def stop(km: AsyncKernelManager) -> None:
    if km.has_kernel:
        run_sync(_killed)(km)


async def _killed(km: AsyncKernelManager) -> None:
    """End a kernel at once and remove its connection files. Not ``shutdown_kernel(now=True)``: it
    sends SIGINT first, and a kernel still importing prints that as a KeyboardInterrupt traceback on
    the run's terminal (a client refused by its checks, in a CI run of ``cjm batch``)."""
    if km.has_kernel:
        await km.provisioner.kill()
        await km.provisioner.wait()
    await km.cleanup_resources()
