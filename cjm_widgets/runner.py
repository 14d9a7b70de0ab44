"""`cjm run`: execute the workshop notebooks with papermill and rebuild a client's out/ folder.

The run writes into a staging folder and swaps it in only when every notebook succeeded, so a
failing run leaves the previous outputs intact.
"""
from __future__ import annotations

import hashlib
import multiprocessing
import os
import platform
import shutil
import sys
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import metadata, resources
from pathlib import Path
from typing import Callable, Optional

# jsonschema imports an optional IRI checker (rfc3987_syntax, pulled in by Jupyter's extras) that builds a
# grammar for ~1.7 s; nbformat never checks IRIs, so `cjm run` and its forked workers go without it.
sys.modules.setdefault("rfc3987_syntax", None)
import nbformat  # noqa: E402 — after the line above

from .clientdir import ClientDir
from .config import load_kit
from .errors import NotebookError
from .history import trends, write_snapshot
from .labels import Phrase, label, percent, phrase
from .lifetimes import guarded_run, uninterrupted
from .model import write_json
from .pipeline import keep_parsed_survey
from .preflight import preflight
from .transcripts import read_transcripts, unused_keywords

NOTEBOOKS_DIR = Path(resources.files("cjm_widgets.notebooks"))  # notebooks/ of the layout, shipped as package data
VERSIONED = ("cjm-workshop-kit", "pandas", "numpy", "matplotlib", "papermill", "nbconvert", "ipywidgets",
             "jinja2", "vaderSentiment", "simplemma")


@dataclass
class RunResult:
    client_dir: Path
    out: Path
    timings: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0
    language: str = "en"  # kit.yaml's, for what the command line says


def workshop_notebooks(directory: Path | None = None) -> list[Path]:
    """The numbered notebooks, in the order the workshop runs them."""
    directory = Path(directory or os.environ.get("CJM_NOTEBOOKS", NOTEBOOKS_DIR))
    found = sorted(p for p in directory.glob("[0-9][0-9]_*.ipynb"))
    if not found:
        raise NotebookError(f"{directory}: no workshop notebooks (NN_name.ipynb) found.")
    return found


@guarded_run  # one run per client; Ctrl-C/SIGTERM end its kernels and drop the staging folder
def run_client(client_dir, *, notebooks_dir=None, progress: bool = True,
               log: Callable[[str], None] = print) -> RunResult:
    """Run every notebook on one client; on success replace out/ with the fresh outputs.

    Notebooks that do not depend on each other run side by side, one kernel per core.
    """
    started = time.perf_counter()
    client_dir = Path(client_dir).resolve()
    kit = load_kit(client_dir)  # fail early, with every bad key named
    for tp, keyword, share in unused_keywords(kit.touchpoints, kit.language):  # for the team to mend kit.yaml
        log(label("msg_unused_keyword", kit.language, keyword=keyword, tp=tp.name, share=percent(share, kit.language)))
    if kit.interviews and kit.path(kit.interviews["dir"]).is_dir():  # files the run will pass over, said first
        for _, _, problems in read_transcripts(kit.path(kit.interviews["dir"]), language=kit.language):
            for problem in problems:
                log(problem)
    folder = ClientDir(client_dir)
    final, staging = folder.out, folder.staging
    notebooks = workshop_notebooks(notebooks_dir)
    parameters = {"client_dir": str(client_dir), "out_dir": str(staging), "interactive": False}
    result = RunResult(client_dir=client_dir, out=final, language=kit.language)
    _kernel_environment()
    fork = multiprocessing.get_context("fork")
    schedule = _Schedule(notebooks, fork, staging, parameters, client_dir)
    with ProcessPoolExecutor(max_workers=len(notebooks), mp_context=fork, initializer=_adopt_gates,
                             initargs=(schedule.gates, schedule.abort)) as pool:
        schedule.boot(pool)  # the first kernels boot (in workers forked before the survey is read) ...
        try:
            survey = preflight(kit)  # ... while every mismatch between kit.yaml and the data is looked for
        except BaseException:
            schedule.stop()
            raise
        shutil.rmtree(staging, ignore_errors=True)
        (staging / "notebooks").mkdir(parents=True)
        if survey is not None:
            keep_parsed_survey(survey, staging)  # the survey step reads this instead of the export
            del survey
            _release_memory()
        bar = _progress_bar(len(notebooks), kit.language) if progress else None
        while schedule.jobs:
            for notebook in schedule.release():
                if not bar:
                    log(f"[{len(schedule.began)}/{len(notebooks)}] {notebook.stem}")
            schedule.boot(pool)
            if bar:
                bar.set_postfix_str(", ".join(sorted(schedule.began - schedule.done)))
            finished, _ = wait(schedule.jobs, return_when=FIRST_COMPLETED)
            for job in finished:
                notebook = schedule.jobs.pop(job)
                seconds, failure = job.result()
                if failure:
                    schedule.stop()
                    raise NotebookError(key="err_notebook_failed", notebook=notebook.name, failure=failure,
                                        kept=staging / "notebooks" / notebook.name, out=final)
                result.timings[notebook.name] = seconds
                schedule.done.add(notebook.stem)
                if bar:
                    bar.update(1)
        if bar:
            bar.close()
        report = pool.submit(_export_report, staging, label("report_title", kit.language, client=kit.client),
                             kit.language, client_dir)
        shutil.rmtree(staging / "work", ignore_errors=True)  # the steps' hand-over files
        report.result()
    result.seconds = round(time.perf_counter() - started, 3)
    _write_run_json(staging / "run.json", kit, parameters | {"out_dir": str(final)}, result)
    with uninterrupted():  # out/ is replaced whole or not at all
        _swap_in(staging, final)
    write_snapshot(final, folder.history)
    return result


def notebook_needs(notebooks: list[Path]) -> dict[str, set[str]]:
    """What each notebook reads from: its metadata ``"cjm": {"needs": ["01_survey_intake"]}``;
    a notebook that says nothing waits for every notebook before it."""
    needs: dict[str, set[str]] = {}
    for index, notebook in enumerate(notebooks):
        named = nbformat.read(notebook, as_version=4).metadata.get("cjm", {}).get("needs")
        earlier = [n.stem for n in notebooks[:index]]
        if named is None:
            named = earlier
        unknown = [n for n in named if n not in earlier]
        if unknown:
            raise NotebookError(f"{notebook.name}: metadata cjm.needs names {unknown}, which are not earlier "
                                "notebooks. Fix: list only notebooks numbered before it.")
        needs[notebook.stem] = set(named)
    return needs


def _export_report(staging: Path, title: str, language: str, client_dir: Path) -> None:
    """report.html from the executed notebooks, in a worker while the main process moves on; its
    trends end with this run (not kept in history/ yet), as the map's do."""
    from .model import Journey
    from .render import export_report

    results = staging / "journey.json"
    current = Journey.load(results) if results.is_file() else None
    export_report(sorted((staging / "notebooks").glob("*.ipynb")), staging / "report.html", title=title,
                  language=language, trends=trends(client_dir, current=current))


def _release_memory() -> None:
    """Hand freed memory back to the system (glibc keeps it otherwise), so the parent that read a
    large survey does not stay its size for the whole run."""
    import ctypes
    import gc

    gc.collect()
    try:
        import pyarrow

        pyarrow.default_memory_pool().release_unused()
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError, ImportError):  # not glibc: nothing to trim
        pass


def _progress_bar(total: int, language: str):
    from tqdm.auto import tqdm

    return tqdm(total=total, unit=label("unit_notebook", language), desc="cjm run")


class _Schedule:
    """Which notebook's kernel boots and which notebook runs: a kernel boots once every notebook its
    notebook reads from has begun (metadata cjm.needs), the notebook runs once they are done, one
    notebook per core at a time. The events reach the workers with the fork."""

    def __init__(self, notebooks: list[Path], fork, staging: Path, parameters: dict, client_dir: Path):
        self.needs = notebook_needs(notebooks)
        self.cores = max(1, min(os.cpu_count() or 1, len(notebooks)))
        self.gates, self.abort = {n.stem: fork.Event() for n in notebooks}, fork.Event()
        self.pending, self.jobs, self.began, self.done = list(notebooks), {}, set(), set()
        self.staging, self.parameters, self.client_dir = staging, parameters, client_dir

    def boot(self, pool) -> None:
        for notebook in [n for n in self.pending if self.needs[n.stem] <= self.began]:
            self.pending.remove(notebook)
            self.jobs[pool.submit(_execute, str(notebook), str(self.staging / "notebooks" / notebook.name),
                                  self.parameters, str(self.client_dir))] = notebook

    def release(self) -> list[Path]:
        """Open the gates of the notebooks whose inputs are done, as cores are free; returns them."""
        ready = [n for n in self.jobs.values() if n.stem not in self.began and self.needs[n.stem] <= self.done]
        ready = ready[:self.cores - len(self.began - self.done)]
        for notebook in ready:
            self.began.add(notebook.stem)
            self.gates[notebook.stem].set()
        return ready

    def stop(self) -> None:
        """The kernels booting or waiting end without running their notebook."""
        self.abort.set()
        for gate in self.gates.values():
            gate.set()


_GATES: dict = {}  # in each worker: stem -> Event set when the notebook may run, and "abort"


def _adopt_gates(gates: dict, abort) -> None:
    """Pool initializer: the events come with the fork, they cannot be pickled into a task."""
    _GATES.update(gates, abort=abort)


def _execute(notebook: str, executed: str, parameters: dict, cwd: str) -> tuple[float, Optional[Phrase]]:
    """Run one notebook in a worker process (papermill's cwd is process-wide): boot its kernel, wait
    for its gate, execute; never raises. The seconds counted are those after the gate."""
    import papermill

    from .kernels import started_kernel, stop

    km = None
    try:
        km = started_kernel(notebook, cwd, stopped=_GATES["abort"].is_set)
        _GATES[Path(notebook).stem].wait()
        if _GATES["abort"].is_set():
            return 0.0, None
        t0 = time.perf_counter()
        papermill.execute_notebook(notebook, executed, parameters=parameters, kernel_name="python3",
                                   progress_bar=False, cwd=cwd, log_output=False, km=km)
    except papermill.PapermillExecutionError as exc:
        return 0.0, phrase("failed_in_cell", cell=exc.exec_count or exc.cell_index,
                           error=f"{exc.ename}: {_last_line(exc.evalue)}")
    except Exception as exc:  # noqa: BLE001 — a kernel that would not start, a bad notebook file
        return 0.0, phrase("failed_before_start", error=f"{type(exc).__name__}: {_last_line(str(exc))}")
    finally:
        if km is not None:
            stop(km)
    return round(time.perf_counter() - t0, 3), None


def _swap_in(staging: Path, final: Path) -> None:
    """Replace out/ by the staging folder (the editors read results from out/ at once)."""
    old = final.with_name(final.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if final.exists():
        os.replace(final, old)
    os.replace(staging, final)
    shutil.rmtree(old, ignore_errors=True)


def _kernel_environment() -> None:
    """Kernels must find this Python (the venv) and draw figures inline, whatever the shell set."""
    bin_dir = str(Path(sys.executable).parent)
    if not os.environ.get("PATH", "").startswith(bin_dir):
        os.environ["PATH"] = bin_dir + os.pathsep + os.environ.get("PATH", "")
    os.environ.pop("MPLBACKEND", None)


def _write_run_json(path: Path, kit, parameters: dict, result: RunResult) -> None:
    data = {
        "client": kit.client,
        "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "seconds": result.seconds,
        "parameters": parameters,
        "inputs": {str(p.relative_to(kit.root)): _sha256(p) for p in kit.data_files() + [kit.path("kit.yaml"),
                   kit.path("journey.json")] if p.is_file()},
        "notebooks": result.timings,
        "versions": {"python": platform.python_version(), **_versions()},
    }
    write_json(path, data)


def _versions() -> dict[str, str]:
    found = {}
    for name in VERSIONED:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _last_line(text: Optional[str]) -> str:
    lines = [line for line in str(text or "").splitlines() if line.strip()]
    return lines[-1] if lines else ""
