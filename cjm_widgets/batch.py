"""`cjm batch`: rerun many clients in parallel processes; one broken client never stops the others.

Processes, not threads: papermill changes the working directory (os.chdir) for each notebook.
"""
from __future__ import annotations

import os
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from .errors import CJMError
from .lifetimes import children_stopped_on_interrupt


@dataclass
class ClientOutcome:
    client_dir: str
    status: str  # "ok" | "failed"
    seconds: float
    error: str = ""
    outputs: list[str] = field(default_factory=list)


def run_one(client_dir: str) -> ClientOutcome:
    """Run one client, turning any failure into an outcome (a worker must never raise)."""
    from .runner import run_client

    started = time.perf_counter()
    try:
        result = run_client(client_dir, progress=False, log=lambda _: None)
    except CJMError as exc:
        return ClientOutcome(client_dir, "failed", _since(started), _one_line(exc))
    except Exception as exc:  # noqa: BLE001 — the batch reports it instead of dying
        return ClientOutcome(client_dir, "failed", _since(started), f"{type(exc).__name__}: {_one_line(exc)}")
    outputs = sorted(p.name for p in result.out.iterdir() if p.is_file())
    return ClientOutcome(client_dir, "ok", _since(started), outputs=outputs)


@children_stopped_on_interrupt()  # Ctrl-C/SIGTERM end every client's run, kernels included
def run_batch(client_dirs: list[str], *, workers: Optional[int] = None, progress: bool = True) -> list[ClientOutcome]:
    """Run clients on the available cores; outcomes come back in the order the clients were given."""
    workers = max(1, min(workers or os.cpu_count() or 1, len(client_dirs)))
    outcomes: dict[str, ClientOutcome] = {}
    bar = _progress(len(client_dirs), progress)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(run_one, str(Path(d))): str(Path(d)) for d in client_dirs}
        for future in as_completed(futures):
            outcome = future.result()
            outcomes[futures[future]] = outcome
            if bar:
                bar.set_postfix_str(f"{Path(outcome.client_dir).name}: {outcome.status}")
                bar.update(1)
    if bar:
        bar.close()
    return [outcomes[str(Path(d))] for d in client_dirs]


def format_summary(outcomes: list[ClientOutcome]) -> str:
    width = max(len("client"), *(len(o.client_dir) for o in outcomes))
    lines = [f"{'client':<{width}}  status  seconds  outputs / error"]
    for o in outcomes:
        detail = ", ".join(o.outputs) if o.status == "ok" else o.error
        lines.append(f"{o.client_dir:<{width}}  {o.status:<6}  {o.seconds:7.1f}  {detail}")
    failed = sum(o.status != "ok" for o in outcomes)
    lines.append(f"{len(outcomes) - failed} ok, {failed} failed")
    return "\n".join(lines)


def _progress(total: int, enabled: bool):
    if not enabled:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="client", desc="cjm batch")


def _since(started: float) -> float:
    return round(time.perf_counter() - started, 2)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())
