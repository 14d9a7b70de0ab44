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

from .config import kit_language
from .errors import CJMError
from .labels import label, number
from .lifetimes import children_stopped_on_interrupt


@dataclass
class ClientOutcome:
    client_dir: str
    status: str  # "ok" | "failed"
    seconds: float
    error: str = ""  # in the client's language
    outputs: list[str] = field(default_factory=list)
    language: str = "en"  # kit.yaml's: the summary says this client's line in it


def run_one(client_dir: str) -> ClientOutcome:
    """Run one client, turning any failure into an outcome (a worker must never raise)."""
    from .runner import run_client

    started, language = time.perf_counter(), kit_language(client_dir)
    try:
        result = run_client(client_dir, progress=False, log=lambda _: None)
    except CJMError as exc:
        return ClientOutcome(client_dir, "failed", _since(started), _one_line(exc.in_language(language)),
                             language=language)
    except Exception as exc:  # noqa: BLE001 — the batch reports it instead of dying
        return ClientOutcome(client_dir, "failed", _since(started), f"{type(exc).__name__}: {_one_line(str(exc))}",
                             language=language)
    outputs = sorted(p.name for p in result.out.iterdir() if p.is_file())
    return ClientOutcome(client_dir, "ok", _since(started), outputs=outputs, language=language)


@children_stopped_on_interrupt()  # Ctrl-C/SIGTERM end every client's run, kernels included
def run_batch(client_dirs: list[str], *, workers: Optional[int] = None, progress: bool = True) -> list[ClientOutcome]:
    """Run clients on the available cores; outcomes come back in the order the clients were given."""
    workers = max(1, min(workers or os.cpu_count() or 1, len(client_dirs)))
    outcomes: dict[str, ClientOutcome] = {}
    bar = _progress(len(client_dirs), progress, shared_language(kit_language(d) for d in client_dirs))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(run_one, str(Path(d))): str(Path(d)) for d in client_dirs}
        for future in as_completed(futures):
            outcome = future.result()
            outcomes[futures[future]] = outcome
            if bar:
                status = label(f"batch_{outcome.status}", outcome.language)
                bar.set_postfix_str(f"{Path(outcome.client_dir).name}: {status}")
                bar.update(1)
    if bar:
        bar.close()
    return [outcomes[str(Path(d))] for d in client_dirs]


def format_summary(outcomes: list[ClientOutcome]) -> str:
    """One line per client in that client's language; the header and the totals in the clients'
    language when they share one, else in English."""
    common = shared_language(o.language for o in outcomes)
    rows = [(o.client_dir, label(f"batch_{o.status}", o.language), number(o.seconds, o.language, digits=1),
             ", ".join(o.outputs) if o.status == "ok" else o.error) for o in outcomes]
    header = tuple(label(key, common) for key in ("batch_client", "batch_status", "batch_seconds", "batch_detail"))
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(3)]
    lines = [f"{c:<{widths[0]}}  {s:<{widths[1]}}  {t:>{widths[2]}}  {d}".rstrip() for c, s, t, d in [header, *rows]]
    failed = sum(o.status != "ok" for o in outcomes)
    lines.append(label("batch_total", common, ok=len(outcomes) - failed, failed=failed))
    return "\n".join(lines)


def shared_language(languages) -> str:
    """The clients' language when they all share one, else English: for what speaks to them all."""
    found = set(languages)
    return found.pop() if len(found) == 1 else "en"


def _progress(total: int, enabled: bool, language: str):
    if not enabled:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, unit=label("batch_client", language), desc="cjm batch")


def _since(started: float) -> float:
    return round(time.perf_counter() - started, 2)


def _one_line(text: str) -> str:
    return " ".join(text.split())
