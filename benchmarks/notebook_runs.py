"""`cjm run` against its floor, and `cjm batch` on all cores against one client at a time.

The floor is what any papermill chain of the same notebooks costs: the same number of notebooks,
each only its parameters cell and the real notebook's import lines, executed by papermill with
the same arguments. kit_overhead_ratio = cjm run seconds / floor seconds.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "workshop" / "demo"

FLOOR_SCRIPT = """
import sys, papermill
client, out, notebooks = sys.argv[1], sys.argv[2], sys.argv[3:]
for nb in notebooks:
    papermill.execute_notebook(nb, out + "/" + nb.rsplit("/", 1)[-1], parameters={"client_dir": client,
        "out_dir": out}, kernel_name="python3", progress_bar=False, cwd=client, log_output=False)
"""


def copy_demo(target: Path) -> Path:
    shutil.copytree(DEMO, target, ignore=shutil.ignore_patterns("out", "out.*", "__pycache__"))
    return target


def floor_notebooks(target: Path) -> list[Path]:
    """Each workshop notebook cut down to its parameters cell and its import lines."""
    from cjm_widgets.runner import workshop_notebooks

    target.mkdir(parents=True, exist_ok=True)
    made = []
    for source in workshop_notebooks():
        nb = nbformat.read(source, as_version=4)
        code = [c for c in nb.cells if c.cell_type == "code"]
        imports = [line for c in code for line in c.source.splitlines() if line.startswith(("import ", "from "))]
        nb.cells = [code[0], nbformat.v4.new_code_cell("\n".join(dict.fromkeys(imports)))]
        nbformat.write(nb, target / source.name)
        made.append(target / source.name)
    return made


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"run.py: {' '.join(command[1:4])} failed: {done.stderr.strip()[-500:]}")
    return time.perf_counter() - started


def kit_overhead(workdir: Path, repeats: int = 1) -> dict[str, float]:
    """Best of ``repeats`` for both sides (the machine's other load only ever adds time)."""
    client = copy_demo(workdir / "demo")
    floor_dir, floor_out = workdir / "floor", workdir / "floor_out"
    floor_out.mkdir()
    floor = [str(p) for p in floor_notebooks(floor_dir)]
    kit_s = min(timed([sys.executable, "-m", "cjm_widgets.cli", "run", str(client), "--quiet"])
                for _ in range(repeats))
    floor_s = min(timed([sys.executable, "-c", FLOOR_SCRIPT, str(client), str(floor_out), *floor])
                  for _ in range(repeats))
    timings = json.loads((client / "out" / "run.json").read_text(encoding="utf-8"))["notebooks"]
    return {"kit_run_s": round(kit_s, 2), "floor_run_s": round(floor_s, 2),
            "kit_overhead_ratio": round(kit_s / floor_s, 2),
            "slowest_notebook": max(timings, key=timings.get)}


def batch(workdir: Path, clients: int = 4) -> dict[str, float]:
    dirs = [str(copy_demo(workdir / f"client{i}")) for i in range(clients)]
    parallel = timed([sys.executable, "-m", "cjm_widgets.cli", "batch", *dirs, "--quiet"])
    serial = timed([sys.executable, "-m", "cjm_widgets.cli", "batch", *dirs, "--quiet", "--workers", "1"])
    return {"batch_clients": clients, "batch_parallel_s": round(parallel, 1), "batch_serial_s": round(serial, 1),
            "batch_speedup": round(serial / parallel, 2)}
